<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <extra-intake-reviewed>no</extra-intake-reviewed>
  <context>
    <name>CaptureDialog</name>
    <message>
      <location filename="../src/intake/ui/capture.py" line="92" />
      <source>&amp;Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="48" />
      <source>&amp;Find a question (type a few letters):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="91" />
      <source>&amp;Mark as mentioned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="89" />
      <source>&amp;Record what they said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="50" />
      <source>Find a question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="42" />
      <source>Note something the person mentioned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="165" />
      <source>Noted. When this question comes, it will be asked gently.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="69" />
      <source>Questions that match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="158" />
      <source>Recorded as 'prefer not to say'. It will not be asked again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="150" />
      <source>Recorded. It will not be asked again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="90" />
      <source>They would rather &amp;not say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="51" />
      <source>for example: religion, housing, date of birth</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <location filename="../src/intake/ui/admin.py" line="152" />
      <source> (no access)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="288" />
      <source> (only asked of some)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="329" />
      <source> ({0} asked later)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="225" />
      <source> minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="230" />
      <source> months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="738" />
      <source> — some figures withheld</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="120" />
      <source>&amp;Add a colleague…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="455" />
      <source>&amp;Add note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="206" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="146" />
      <source>&amp;Back up now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="167" />
      <source>&amp;Bigger text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="72" />
      <source>&amp;Choose another folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="140" />
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="501" />
      <source>&amp;Completeness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="70" />
      <source>&amp;Continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="120" />
      <source>&amp;Continue the conversation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="309" />
      <source>&amp;Current password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="45" />
      <source>&amp;Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="246" />
      <source>&amp;Erase what is past its time now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="512" />
      <source>&amp;Export to a folder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="631" />
      <source>&amp;Find people with gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="43" />
      <source>&amp;First name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="69" />
      <source>&amp;Forgotten password?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="131" />
      <source>&amp;Hand over to answer alone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="185" />
      <source>&amp;High contrast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="668" />
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="753" />
      <source>&amp;Import {0} referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="119" />
      <source>&amp;Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="233" />
      <source>&amp;Keep closed journeys for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="175" />
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="388" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="44" />
      <source>&amp;Last name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="123" />
      <source>&amp;Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="232" />
      <source>&amp;Lock after this long without use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="139" />
      <source>&amp;Make a new secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="400" />
      <source>&amp;Make the PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="140" />
      <source>&amp;Manage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="655" />
      <source>&amp;Mapping file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="146" />
      <source>&amp;My caseload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="88" />
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="310" />
      <source>&amp;New password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="130" />
      <source>&amp;New referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="120" />
      <source>&amp;New referral…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="207" />
      <source>&amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="145" />
      <source>&amp;Open journeys only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="69" />
      <source>&amp;Open this person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="309" />
      <source>&amp;Paper:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="393" />
      <source>&amp;Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="491" />
      <source>&amp;Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="157" />
      <source>&amp;Print it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="211" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="126" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="577" />
      <source>&amp;Record {0} answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="654" />
      <source>&amp;Referral file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="147" />
      <source>&amp;Restore from a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="489" />
      <source>&amp;Return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="143" />
      <source>&amp;Returns and gaps…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="90" />
      <source>&amp;Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="337" />
      <source>&amp;Save answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="210" />
      <source>&amp;Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="148" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="509" />
      <source>&amp;Show the return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="170" />
      <source>&amp;Smaller text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>&amp;Stage:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="208" />
      <source>&amp;Start using Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="150" />
      <source>&amp;Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="157" />
      <source>&amp;Text size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="70" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="392" />
      <source>&amp;User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="145" />
      <source>&amp;Users and roles…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="154" />
      <source>&amp;Victims' Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="156" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="453" />
      <source>A note for the team (the person may ask to see it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="105" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="77" />
      <source>Add a colleague</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="39" />
      <source>Administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="115" />
      <source>Already recorded: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="45" />
      <source>Anonymised reporting to funders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="373" />
      <source>Answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="540" />
      <source>Answer on the form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="574" />
      <source>Answers on the form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="149" />
      <source>Any stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="326" />
      <source>Ask later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="608" />
      <source>Ask your Intake administrator to reset your password. If every administrator password is lost, an administrator can use the printed recovery secret to set a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="88" />
      <source>Back to the people list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="343" />
      <source>Back up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="371" />
      <source>Bar chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="484" />
      <source>Blank form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="107" />
      <source>Born {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="657" />
      <source>C&amp;heck the files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="152" />
      <source>C&amp;onsent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="650" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="107" />
      <source>Calendar year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="62" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="147" />
      <source>Case summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="37" />
      <source>Caseworker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="396" />
      <source>Caseworker copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="395" />
      <source>Caseworker copy: include questions only asked in conversation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="325" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="189" />
      <source>Change my &amp;password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="302" />
      <source>Change my password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="594" />
      <source>Chec&amp;k completeness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="515" />
      <source>Check before recording</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="595" />
      <source>Check completeness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="488" />
      <source>Check-in ({0}): {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="90" />
      <source>Checking the secret…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="859" />
      <source>Checking… this can take a little while.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="681" />
      <source>Choose a first day before the last day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="80" />
      <source>Choose a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="770" />
      <source>Choose a folder for the return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="539" />
      <source>Choose a return and a period, then Show the return. The preview is exactly what the files will hold.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="713" />
      <source>Choose both files first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="369" />
      <source>Choose the backup folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="587" />
      <source>Choose the filled-in form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="640" />
      <source>Choose the referral file (CSV, saved from the spreadsheet) and the mapping file that says what its columns mean. Intake checks every row first, and imports only when every row fits: nothing is half imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="684" />
      <source>Choose the {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="683" />
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="141" />
      <source>Clear the search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="514" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="126" />
      <source>Close this journey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="237" />
      <source>Closed journeys older than this are erased for good, with everything recorded in them. Check your data protection policy for the right period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="167" />
      <source>Column headings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="607" />
      <source>Completeness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="383" />
      <source>Consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="790" />
      <source>Counting and protecting the figures…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="730" />
      <source>Counting… this can take a little while for a large service.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="41" />
      <source>DD/MM/YYYY, if known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="411" />
      <source>Delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="123" />
      <source>Do this if the printed secret may have been seen by someone else, or is lost. The old secret stops working at once. The new one is shown only here: print it or write it down, and keep it safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="793" />
      <source>Done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="277" />
      <source>Done. {0} journey(s) erased.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="264" />
      <source>Erase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="265" />
      <source>Erase every closed journey past the retention period? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="749" />
      <source>Every row fits: {0} referrals with {1} answers. Nothing is imported yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="378" />
      <source>Every stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="598" />
      <source>Everyone's journeys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="63" />
      <source>Everything is kept in one folder, encrypted. Nobody can read it without a password, even if the laptop is lost. The usual place is fine for most services.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="98" />
      <source>Everything we hold about them (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="410" />
      <source>Explained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="781" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="785" />
      <source>Export progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="561" />
      <source>Figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="391" />
      <source>Fillable form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="391" />
      <source>Fillable: to fill in on a computer, tablet or phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="615" />
      <source>Filled-in form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="108" />
      <source>Financial year (April to March)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="632" />
      <source>Find people with gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="91" />
      <source>First &amp;password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="116" />
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="71" />
      <source>Folder for the encrypted information</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="585" />
      <source>For case reviews: how many journeys open in the period have each question answered, declined (prefer not to say), put off until later, or not yet asked. It stays inside Intake and is never exported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="526" />
      <source>For example: read aloud, leaflet given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="606" />
      <source>Forgotten password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="820" />
      <source>Gathering everything held…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="98" />
      <source>Give them the first password in person. They can change it from Manage, Change my password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="366" />
      <source>Given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="133" />
      <source>Hand over: the person answers their part alone, on a locked screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="525" />
      <source>How it was explained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="377" />
      <source>How was it explained?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="527" />
      <source>How was this explained to the person?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="160" />
      <source>I have printed it or written it down, and put it somewhere safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="149" />
      <source>If every password is ever forgotten, this secret is the only way back in. Print it or write it down now, and keep it somewhere safe and private, away from this laptop. It will not be shown again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="144" />
      <source>Import &amp;referrals…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="131" />
      <source>Import a &amp;filled-in PDF form…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="805" />
      <source>Import referrals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="781" />
      <source>Imported {0} referrals: {1} new people and {2} already known. {3} answers are recorded, so they will not be asked again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="765" />
      <source>Importing referrals…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="829" />
      <source>Information we hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="338" />
      <source>Intake cannot open records because its form pack has a problem. Nothing saved has been touched. Please ask your administrator to run 'intake forms check'. The first problem is: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="306" />
      <source>Intake cannot reach a printer from this computer. Save the PDF, then open it and print it from your PDF reader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="66" />
      <source>Intake could not read or write a file it needs. Check there is space on the disk and that the folder is not read-only, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="44" />
      <source>Intake is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="46" />
      <source>Intake keeps the information your service collects safe and private on this computer. Let's set it up. This takes about two minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="176" />
      <source>Intake recovery secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="492" />
      <source>Journey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="485" />
      <source>Journey closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="114" />
      <source>Journey:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="231" />
      <source>Keep closed journeys for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="180" />
      <source>Keep this somewhere safe and private, away from the laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="109" />
      <source>Kind of year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="324" />
      <source>Known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="384" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="116" />
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="226" />
      <source>Lock after this long without use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="886" />
      <source>Looking… one moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="342" />
      <source>Making and checking a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="440" />
      <source>Making the form…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="780" />
      <source>Making the return…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="38" />
      <source>Manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="652" />
      <source>Mapping file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="652" />
      <source>Mapping files (*.yaml *.yml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="66" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="54" />
      <source>Name of your &amp;organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="53" />
      <source>Name of your organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="203" />
      <source>New journey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="452" />
      <source>New note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="200" />
      <source>New password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="311" />
      <source>New password &amp;again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="201" />
      <source>New password for {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="131" />
      <source>New recovery secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="510" />
      <source>New referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="225" />
      <source>No one matches. Check the spelling, or start a new referral.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="883" />
      <source>No open journey has gaps in the stages it has reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="156" />
      <source>No&amp;tes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="131" />
      <source>No, &amp;create a new person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="373" />
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="98" />
      <source>None open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="364" />
      <source>Not asked yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="127" />
      <source>Note something &amp;mentioned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="241" />
      <source>Note something mentioned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="129" />
      <source>Note something the person mentioned, for any question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="446" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="399" />
      <source>Nothing from this stage is printed on that paper.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="548" />
      <source>Nothing is filled in on this form.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="464" />
      <source>Nothing is typed in yet. Type an answer beside its number first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="771" />
      <source>Nothing was imported. {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="791" />
      <source>Noting the export in the audit trail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="113" />
      <source>Open a new &amp;journey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="379" />
      <source>Open a record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Open journeys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="327" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="91" />
      <source>Pape&amp;r and records…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="450" />
      <source>Paper form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="358" />
      <source>Paper form for this person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="93" />
      <source>Paper forms, typing in a paper form, and a copy of their records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="390" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="105" />
      <source>Password &amp;again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="91" />
      <source>Pause the conversation and go back to the person's page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="129" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="161" />
      <source>People found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="502" />
      <source>People with &amp;gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="639" />
      <source>People with gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="622" />
      <source>People with open journeys whose questions are not yet answered or declined, in the stages they have reached, so the team can plan the kindest way to fill the gaps, or to leave them. Only shown here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="116" />
      <source>Please enter your user name and password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="96" />
      <source>Please give the date of birth as day/month/year, or leave it empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="91" />
      <source>Please type at least one name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="140" />
      <source>Please wait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="62" />
      <source>Possible matches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="667" />
      <source>Practice workspace. Sign in as {0} with the password: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="49" />
      <source>Practice workspace: made-up people only. Nothing here is real.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="534" />
      <source>Prefer not to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="296" />
      <source>Print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="129" />
      <source>Print a &amp;blank form…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="358" />
      <source>Print a blank form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="96" />
      <source>Print their paper form (what we still need)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="113" />
      <source>Quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="540" />
      <source>Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="108" />
      <source>Question {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="257" />
      <source>Question {0}: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="365" />
      <source>Questions already answered are left out. The form shows the reference {0} and a code that finds the record when it comes back. It never shows the person's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="127" />
      <source>Re&amp;move access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="599" />
      <source>Reading the form…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="789" />
      <source>Reading the journeys…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="343" />
      <source>Record consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="345" />
      <source>Record consent: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="616" />
      <source>Recorded {0} answers and {1} check-ins.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="621" />
      <source>Recovery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="51" />
      <source>Recovery &amp;secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="155" />
      <source>Recovery secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="105" />
      <source>Reference {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="288" />
      <source>Reference {0}. Choose the stage and the paper you have, then type each answer beside its number. Leave a row empty if it was left empty on the paper. Tab or Enter moves to the next row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="650" />
      <source>Referral file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="483" />
      <source>Referral received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="183" />
      <source>Referred {0} ({1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="301" />
      <source>Reopen this journey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="149" />
      <source>Replace the recovery &amp;secret…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="118" />
      <source>Replace the recovery secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="203" />
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="126" />
      <source>Reset &amp;password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="196" />
      <source>Reset password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="374" />
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="375" />
      <source>Restore this backup? Intake will lock first. The current data is kept aside, never deleted. You will then sign in with a password that was valid when the backup was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="400" />
      <source>Restoring and checking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="486" />
      <source>Return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="500" />
      <source>Return pre&amp;view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="477" />
      <source>Returns and case reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="409" />
      <source>Right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="122" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="663" />
      <source>Rows that do not fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="791" />
      <source>Rows {0}: someone similar is already recorded. Please check they are not the same person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="249" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="327" />
      <source>Save {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="137" />
      <source>Search by name, reference (V-…) or date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="138" />
      <source>Search people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="194" />
      <source>Searching…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="301" />
      <source>Sending to the printer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="125" />
      <source>Set &amp;role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="66" />
      <source>Set the new password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="194" />
      <source>Set up Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="221" />
      <source>Setting up the encrypted workspace… this takes a few seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="218" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="44" />
      <source>Sharing with named agencies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="676" />
      <source>Show the return again for the new choice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="48" />
      <source>Sign in to continue. Personal information is hidden while locked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="455" />
      <source>Some answers need a look before saving; they are marked below. Nothing has been saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="853" />
      <source>Someone no longer listed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="70" />
      <source>Something unexpected went wrong. Nothing saved before has been lost. Please try again; if it happens again, tell your administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="376" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="137" />
      <source>Stage:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="146" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="824" />
      <source>Subject access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="43" />
      <source>Support from this service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="159" />
      <source>T&amp;imeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="548" />
      <source>Tables in the return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="133" />
      <source>That user name and password do not match. Please try again. After a few tries Intake waits a little longer each time, to keep the records safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="205" />
      <source>The PDF is ready. Print it, or save it as a file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="355" />
      <source>The backup is made and checked. It is encrypted with the same key, in:
{0}
Copy that folder to a safe place, such as an encrypted USB stick.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="408" />
      <source>The backup is restored. Please sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="744" />
      <source>The file has no referrals in it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="722" />
      <source>The mapping file is not a text file. Save it as UTF-8 text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="621" />
      <source>The new password is set. Please sign in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="316" />
      <source>The printer did not take the PDF. Check it is switched on and connected, then try again, or save the PDF and print it from there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="337" />
      <source>The questions could not be loaded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="808" />
      <source>The return is saved in {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="813" />
      <source>The return is saved in:
{0}

{1}

Figures shown as {2} are withheld so that no one can be identified. The export is noted in the audit trail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="329" />
      <source>The two new passwords are not the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="132" />
      <source>The two passwords are not the same. Please type them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="57" />
      <source>Their information will be left out of every anonymised return from now on, including returns for earlier periods made after today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="657" />
      <source>There is no return template that fits these questions yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="554" />
      <source>These could not be read, so they will not be recorded. You can ask them again in person:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="54" />
      <source>These people are already known, with the same date of birth and a similar name. If one of them is this person, open their record so nothing is asked twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="594" />
      <source>This file is too large to be an Intake form.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="831" />
      <source>This holds everything about this person, including notes. Give it only to them, and keep any saved copy somewhere safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="350" />
      <source>This journey is closed. Reopen it on the person's page to add answers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="319" />
      <source>Three or four unrelated words work well; at least 12 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="406" />
      <source>Tick each right when it has been explained, and when delivered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="158" />
      <source>Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="200" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="369" />
      <source>Totals of each row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="282" />
      <source>Type in a paper form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="97" />
      <source>Type in a paper form they filled in…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="37" />
      <source>Type the recovery secret exactly as printed (capital letters and dashes are optional), the user name, and a new password for that user. Passwords need at least {0} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="170" />
      <source>Type to search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="72" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="109" />
      <source>Unlocking…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="32" />
      <source>Use the recovery secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="614" />
      <source>Use the recovery secret…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="389" />
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="117" />
      <source>Users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="112" />
      <source>Users and roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="438" />
      <source>Victims' Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="503" />
      <source>Victims' Code right {0} {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="48" />
      <source>We will stop recording new information for their support. What is already recorded is kept until the retention period ends, unless they ask for it to be erased. Talk with your manager about closing their support kindly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="53" />
      <source>We will stop sharing their information with other agencies from now on. Anything already shared cannot be taken back, but we will tell those agencies.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="45" />
      <source>Welcome to Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="540" />
      <source>What happens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="522" />
      <source>What this changes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="62" />
      <source>Where the information is kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="304" />
      <source>Which paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="115" />
      <source>Who can use Intake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="36" />
      <source>Who has been referred?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="597" />
      <source>Whose journeys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="344" />
      <source>Withdraw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="391" />
      <source>Withdraw consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="346" />
      <source>Withdraw consent: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="368" />
      <source>Withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="792" />
      <source>Writing the four files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="111" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="89" />
      <source>You will look after Intake for your service: adding colleagues, backups and the recovery secret. Choose a password you can remember but others could not guess. Three or four unrelated words work well, for example 'kettle river orange march'. It needs at least {0} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="102" />
      <source>Your &amp;name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="88" />
      <source>Your administrator account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="148" />
      <source>Your recovery secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="180" />
      <source>dd/mm/yyyy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>explained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="546" />
      <source>explained in person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>practice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="134" />
      <source>prefer not to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="492" />
      <source>preferred not to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="122" />
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="136" />
      <source>to ask later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="160" />
      <source>{0} ({1} of {2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="786" />
      <source>{0} answers the person had already given were kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="258" />
      <source>{0} closed journey(s) are past the retention period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="227" />
      <source>{0} found. Press Enter or double-click to open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="868" />
      <source>{0} journeys open in {1}. Showing: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="318" />
      <source>{0} known · {1} declined · {2} later · {3} not asked yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="741" />
      <source>{0} means a figure is withheld so that no one can be identified. </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="881" />
      <source>{0} open journeys have questions still to fill.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="458" />
      <source>{0} questions already answered are left out. It shows the reference, not the name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="739" />
      <source>{0} rows do not fit, so nothing can be imported yet. Fix them in the spreadsheet, save it as CSV again, and check again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="521" />
      <source>{0}, reference {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="747" />
      <source>{0}, {1}. Made on {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="462" />
      <source>{0}: column headings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="123" />
      <source>{0}: prefer not to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="460" />
      <source>{0}: row headings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="236" />
      <source>{0}: withheld so that no one can be identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="89" />
      <source>← &amp;Pause and go back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="87" />
      <source>← &amp;People</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>InterviewView</name>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="113" />
      <source>&amp;Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="351" />
      <source>&amp;Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="117" />
      <source>&amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="114" />
      <source>&amp;Prefer not to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="115" />
      <source>&amp;Skip for now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="414" />
      <source>Already known, so not asked: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="408" />
      <source>Answers given: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="273" />
      <source>Anything you would like to add (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="115" />
      <source>Ask &amp;later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="122" />
      <source>Ask this question later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="119" />
      <source>Back to the previous step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="410" />
      <source>Chose not to say: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="91" />
      <source>Ctrl+K</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="109" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="124" />
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="87" />
      <source>Note something &amp;mentioned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="89" />
      <source>Note something the person mentioned, for any question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="248" />
      <source>Please check this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="120" />
      <source>Prefer not to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="376" />
      <source>Question {0} of {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="85" />
      <source>Save status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="241" />
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="264" />
      <source>Say to the person:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="122" />
      <source>Skip this question for now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="407" />
      <source>That is the end of this part. Thank you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="41" />
      <source>This could not be saved just now. Nothing saved before is lost. Please try again; if it keeps happening, tell your administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="412" />
      <source>To come back to later: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="381" />
      <source>Why we ask: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="267" />
      <source>You could say</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SelfCompletion</name>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="220" />
      <source>&amp;Carry on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="245" />
      <source>&amp;Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="269" />
      <source>&amp;Lock the screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="244" />
      <source>&amp;Prefer not to say</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="205" />
      <source>&amp;Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="222" />
      <source>Carry on with the questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="173" />
      <source>Choose your language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="240" />
      <source>Easy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="201" />
      <source>High contrast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="199" />
      <source>High contrast (white on black)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="233" />
      <source>How did it feel to answer these questions on your own?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="240" />
      <source>How did it feel?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="123" />
      <source>I would like a break</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="122" />
      <source>I'd like a &amp;break</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Larger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Largest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="271" />
      <source>Lock the screen and hand back to staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="74" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="231" />
      <source>One last question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="127" />
      <source>Or press Shift three times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="124" />
      <source>Quick &amp;exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="126" />
      <source>Quick exit: hide this screen now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="81" />
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Standard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="207" />
      <source>Start the questions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="216" />
      <source>Take your time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="186" />
      <source>Text size:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="191" />
      <source>Text size: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="259" />
      <source>Thank you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="162" />
      <source>These questions are for you to answer on your own, at your own pace. Each one says why we ask. You can choose 'Prefer not to say' or 'Skip for now' for any question.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="240" />
      <source>Very hard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="159" />
      <source>Welcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="237" />
      <source>Why we ask: so we can make giving information easier for people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="128" />
      <source>You can skip any question, or stop at any time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="262" />
      <source>Your answers are saved. Please let the staff member know you have finished. The screen will now lock.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="218" />
      <source>Your answers so far are saved. When you are ready, carry on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="107" />
      <source>Your questions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VictimsCode</name>
    <message>
      <location filename="../src/intake/ui/rights.py" line="15" />
      <source>To be able to understand and to be understood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="25" />
      <source>To be given information about the offender following a conviction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="23" />
      <source>To be given information about the outcome of the case and any appeals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="22" />
      <source>To be given information about the trial, trial process and role as a witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="24" />
      <source>To be paid expenses and have property returned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="19" />
      <source>To be provided with information about compensation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="20" />
      <source>To be provided with information about the investigation and prosecution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="17" />
      <source>To be provided with information when reporting the crime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="18" />
      <source>To be referred to services that support victims, with support tailored to needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="16" />
      <source>To have the details of the crime recorded without unjustified delay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="21" />
      <source>To make a Victim Personal Statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="26" />
      <source>To make a complaint about rights not being met</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
