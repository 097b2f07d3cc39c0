<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
  <extra-intake-reviewed>no</extra-intake-reviewed>
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../src/intake/ui/about.py" line="28" />
      <source>&amp;About Intake…</source>
      <translation>&amp;Ynglŷn ag Intake…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="64" />
      <source>About Intake</source>
      <translation>Ynglŷn ag Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="69" />
      <source>Intake helps a victim support service collect what it needs to know kindly, keep it safe on this computer, and report to funders without naming anyone.</source>
      <translation>Mae Intake yn helpu gwasanaeth cymorth i ddioddefwyr i gasglu'r hyn mae angen iddo ei wybod mewn ffordd garedig, i'w gadw'n ddiogel ar y cyfrifiadur hwn, ac i adrodd i gyllidwyr heb enwi neb.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="66" />
      <source>Intake {0}</source>
      <translation>Intake {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="79" />
      <source>Languages of the forms ({0})</source>
      <translation>Ieithoedd y ffurflenni ({0})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="76" />
      <source>Languages of the screens</source>
      <translation>Ieithoedd y sgriniau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="94" />
      <source>Printed forms use the DejaVu fonts (free licence) and Noto Naskh Arabic (SIL Open Font Licence).</source>
      <translation>Mae ffurflenni wedi'u hargraffu yn defnyddio ffontiau DejaVu (trwydded rydd) a Noto Naskh Arabic (SIL Open Font Licence).</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="84" />
      <source>Translations not yet checked were drafted with care but may contain mistakes. Please have a fluent speaker check them before relying on them; docs/translations.md explains how.</source>
      <translation>Cafodd y cyfieithiadau sydd heb eu gwirio eto eu drafftio'n ofalus, ond gallen nhw gynnwys camgymeriadau. Gofynnwch i siaradwr rhugl eu gwirio cyn dibynnu arnyn nhw; mae docs/translations.md yn esbonio sut.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="55" />
      <source>{0}: not yet checked by a fluent speaker</source>
      <translation>{0}: heb ei wirio eto gan siaradwr rhugl</translation>
    </message>
  </context>
  <context>
    <name>CaptureDialog</name>
    <message>
      <location filename="../src/intake/ui/capture.py" line="92" />
      <source>&amp;Done</source>
      <translation>&amp;Wedi gorffen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="48" />
      <source>&amp;Find a question (type a few letters):</source>
      <translation>&amp;Dod o hyd i gwestiwn (teipiwch ychydig o lythrennau):</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="91" />
      <source>&amp;Mark as mentioned</source>
      <translation>&amp;Nodi bod y person wedi sôn am hyn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="89" />
      <source>&amp;Record what they said</source>
      <translation>&amp;Cofnodi beth ddywedon nhw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="50" />
      <source>Find a question</source>
      <translation>Dod o hyd i gwestiwn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="42" />
      <source>Note something the person mentioned</source>
      <translation>Nodi rhywbeth y soniodd y person amdano</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="165" />
      <source>Noted. When this question comes, it will be asked gently.</source>
      <translation>Wedi'i nodi. Pan ddaw'r cwestiwn hwn, bydd yn cael ei ofyn yn dyner.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="69" />
      <source>Questions that match</source>
      <translation>Cwestiynau sy'n cyfateb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="158" />
      <source>Recorded as 'prefer not to say'. It will not be asked again.</source>
      <translation>Wedi'i gofnodi fel 'mae'n well gennyf beidio â dweud'. Fydd e ddim yn cael ei ofyn eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="150" />
      <source>Recorded. It will not be asked again.</source>
      <translation>Wedi'i gofnodi. Fydd e ddim yn cael ei ofyn eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="90" />
      <source>They would rather &amp;not say</source>
      <translation>Byddai'n well ganddyn nhw &amp;beidio â dweud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="51" />
      <source>for example: religion, housing, date of birth</source>
      <translation>er enghraifft: crefydd, tai, dyddiad geni</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Day</source>
      <translation>Diwrnod</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Month</source>
      <translation>Mis</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Year</source>
      <translation>Blwyddyn</translation>
    </message>
  </context>
  <context>
    <name>EngineWords</name>
    <message>
      <location filename="../src/intake/paper/answers.py" line="59" />
      <source>A 'none of these' kind of box is ticked beside others.</source>
      <translation>Mae blwch fel 'dim un o'r rhain' wedi'i dicio ochr yn ochr â blychau eraill.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="66" />
      <source>Both an answer and 'prefer not to say' are given.</source>
      <translation>Mae ateb wedi'i roi, a 'mae'n well gennyf beidio â dweud' hefyd.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="58" />
      <source>More boxes are ticked than this question allows.</source>
      <translation>Mae mwy o flychau wedi'u ticio nag y mae'r cwestiwn hwn yn ei ganiatáu.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="57" />
      <source>More than one box is ticked, but this question takes one.</source>
      <translation>Mae mwy nag un blwch wedi'i dicio, ond dim ond un ateb mae'r cwestiwn hwn yn ei dderbyn.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="98" />
      <source>No one in this workspace has the reference on this form. It may have been made by another service, or the person's record may have been erased. Nothing has been recorded.</source>
      <translation>Does gan neb yn y man gwaith hwn y cyfeirnod sydd ar y ffurflen hon. Efallai iddi gael ei gwneud gan wasanaeth arall, neu efallai fod cofnod y person wedi'i ddileu. Does dim byd wedi'i gofnodi.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="31" />
      <source>One of these options goes on its own. Please choose it alone, or the others.</source>
      <translation>Dim ond ar ei ben ei hun y mae modd dewis un o'r dewisiadau hyn. Dewiswch hwnnw yn unig, neu'r lleill.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="45" />
      <source>Please choose a number from {0} to {1}.</source>
      <translation>Dewiswch rif o {0} i {1}.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="33" />
      <source>Please choose at least {0} of the options.</source>
      <translation>Dewiswch o leiaf {0} o'r dewisiadau.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="30" />
      <source>Please choose from the options shown.</source>
      <translation>Dewiswch o'r dewisiadau sy'n cael eu dangos.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="34" />
      <source>Please choose up to {0} of the options.</source>
      <translation>Dewiswch hyd at {0} o'r dewisiadau.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="44" />
      <source>Please give a number of {0} or less.</source>
      <translation>Rhowch rif sy'n {0} neu lai.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="43" />
      <source>Please give a number of {0} or more.</source>
      <translation>Rhowch rif sy'n {0} neu fwy.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="41" />
      <source>Please give a number, using digits.</source>
      <translation>Rhowch rif, gan ddefnyddio digidau.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="42" />
      <source>Please give a whole number.</source>
      <translation>Rhowch rif cyfan.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="38" />
      <source>Please give the date as day, month and year.</source>
      <translation>Rhowch y dyddiad fel diwrnod, mis a blwyddyn.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="35" />
      <source>Please type your answer in words.</source>
      <translation>Teipiwch eich ateb mewn geiriau.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="40" />
      <source>That date is a long time ago. Please check the year.</source>
      <translation>Mae'r dyddiad hwnnw amser maith yn ôl. Gwiriwch y flwyddyn.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="39" />
      <source>That date is after today. Please check the year.</source>
      <translation>Mae'r dyddiad hwnnw ar ôl heddiw. Gwiriwch y flwyddyn.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="36" />
      <source>That is a little long. Please use {0} letters or fewer.</source>
      <translation>Mae hynny ychydig yn hir. Ysgrifennwch {0} o lythrennau neu lai, os gwelwch yn dda.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="65" />
      <source>The answer is longer than this question allows.</source>
      <translation>Mae'r ateb yn hirach nag y mae'r cwestiwn hwn yn ei ganiatáu.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="63" />
      <source>The answer is not a number, or not a whole number.</source>
      <translation>Dydy'r ateb ddim yn rhif, neu ddim yn rhif cyfan.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="56" />
      <source>The answer is not one of the choices this question offers.</source>
      <translation>Dydy'r ateb ddim yn un o'r dewisiadau mae'r cwestiwn hwn yn eu cynnig.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="61" />
      <source>The date is in the future, which this question does not allow.</source>
      <translation>Mae'r dyddiad yn y dyfodol, a dydy'r cwestiwn hwn ddim yn caniatáu hynny.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="60" />
      <source>The date is not a real date. Check the day, month and year.</source>
      <translation>Dydy'r dyddiad ddim yn ddyddiad go iawn. Gwiriwch y diwrnod, y mis a'r flwyddyn.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="64" />
      <source>The number is outside the range this question allows.</source>
      <translation>Mae'r rhif y tu allan i'r ystod y mae'r cwestiwn hwn yn ei chaniatáu.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="103" />
      <source>The person on this form has no open journey to add answers to. Open a new journey on their page first, then import the form again.</source>
      <translation>Does gan y person ar y ffurflen hon ddim taith agored i ychwanegu atebion ati. Agorwch daith newydd ar dudalen y person yn gyntaf, yna mewnforiwch y ffurflen eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="62" />
      <source>The year is earlier than this question allows.</source>
      <translation>Mae'r flwyddyn yn gynharach nag y mae'r cwestiwn hwn yn ei ganiatáu.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="37" />
      <source>There is no such date. Please check the day and month.</source>
      <translation>Does dim dyddiad o'r fath. Gwiriwch y diwrnod a'r mis.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="92" />
      <source>This form belongs to the person below.</source>
      <translation>Mae'r ffurflen hon yn perthyn i'r person isod.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="55" />
      <source>This form has a field Intake did not make; it was left out.</source>
      <translation>Mae maes ar y ffurflen hon na chafodd ei wneud gan Intake; cafodd ei adael allan.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="94" />
      <source>This form has no reference on it, so Intake cannot tell whose it is. Open the person's page and type the answers in with Transcribe paper instead.</source>
      <translation>Does dim cyfeirnod ar y ffurflen hon, felly dydy Intake ddim yn gallu dweud i bwy mae hi'n perthyn. Agorwch dudalen y person a theipiwch yr atebion gyda 'Teipio ffurflen bapur' yn lle hynny.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="67" />
      <source>This is needed but empty.</source>
      <translation>Mae angen hwn, ond mae'n wag.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="69" />
      <source>This is not an Intake reference (they look like V-7KQ2-MX4P).</source>
      <translation>Dydy hwn ddim yn gyfeirnod Intake (maen nhw'n edrych fel V-7KQ2-MX4P).</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="29" />
      <source>This one needs an answer, or you can choose 'Prefer not to say'.</source>
      <translation>Mae angen ateb i'r cwestiwn hwn, neu gallwch chi ddewis 'Mae'n well gennyf beidio â dweud'.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="68" />
      <source>This row has a different number of cells from the column names.</source>
      <translation>Mae nifer y celloedd yn y rhes hon yn wahanol i nifer enwau'r colofnau.</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <location filename="../src/intake/ui/admin.py" line="138" />
      <source> (no access)</source>
      <translation> (dim mynediad)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="283" />
      <source> (only asked of some)</source>
      <translation> (dim ond yn cael ei ofyn i rai)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="331" />
      <source> ({0} asked later)</source>
      <translation> ({0} i'w gofyn yn nes ymlaen)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="211" />
      <source> minutes</source>
      <translation> munud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="216" />
      <source> months</source>
      <translation> mis</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="763" />
      <source> — some figures withheld</source>
      <translation> — rhai ffigurau wedi'u hatal</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="106" />
      <source>&amp;Add a colleague…</source>
      <translation>&amp;Ychwanegu cydweithiwr…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="455" />
      <source>&amp;Add note</source>
      <translation>&amp;Ychwanegu nodyn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="218" />
      <source>&amp;Back</source>
      <translation>&amp;Yn ôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="155" />
      <source>&amp;Back up now…</source>
      <translation>Gwneud copi wrth &amp;gefn nawr…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="176" />
      <source>&amp;Bigger text</source>
      <translation>Testun m&amp;wy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="81" />
      <source>&amp;Choose another folder…</source>
      <translation>Dewis &amp;ffolder arall…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="126" />
      <source>&amp;Close</source>
      <translation>&amp;Cau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="508" />
      <source>&amp;Completeness</source>
      <translation>C&amp;yflawnrwydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="70" />
      <source>&amp;Continue</source>
      <translation>&amp;Parhau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="120" />
      <source>&amp;Continue the conversation</source>
      <translation>Parhau â'r &amp;sgwrs</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="295" />
      <source>&amp;Current password</source>
      <translation>&amp;Cyfrinair presennol</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="45" />
      <source>&amp;Date of birth</source>
      <translation>&amp;Dyddiad geni</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="232" />
      <source>&amp;Erase what is past its time now…</source>
      <translation>Dileu &amp;nawr yr hyn sydd y tu hwnt i'w gyfnod cadw…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="519" />
      <source>&amp;Export to a folder…</source>
      <translation>Allforio i &amp;ffolder…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="639" />
      <source>&amp;Find people with gaps</source>
      <translation>Dod o &amp;hyd i bobl â bylchau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="43" />
      <source>&amp;First name</source>
      <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="73" />
      <source>&amp;Forgotten password?</source>
      <translation>&amp;Wedi anghofio'r cyfrinair?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="131" />
      <source>&amp;Hand over to answer alone</source>
      <translation>Tr&amp;osglwyddo i'r person ateb ar ei ben ei hun</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="201" />
      <source>&amp;Help</source>
      <translation>&amp;Cymorth</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="194" />
      <source>&amp;High contrast</source>
      <translation>&amp;Cyferbyniad uchel</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="661" />
      <source>&amp;Import</source>
      <translation>&amp;Mewnforio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="746" />
      <source>&amp;Import {0} referrals</source>
      <translation>&amp;Mewnforio {0} o atgyfeiriadau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="128" />
      <source>&amp;Intake</source>
      <translation>&amp;Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="219" />
      <source>&amp;Keep closed journeys for</source>
      <translation>Ca&amp;dw teithiau wedi'u cau am</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="184" />
      <source>&amp;Language</source>
      <translation>&amp;Iaith</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="497" />
      <source>&amp;Language of the return</source>
      <translation>&amp;Iaith yr adroddiad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="384" />
      <source>&amp;Language:</source>
      <translation>&amp;Iaith:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="44" />
      <source>&amp;Last name</source>
      <translation>&amp;Cyfenw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="132" />
      <source>&amp;Lock</source>
      <translation>&amp;Cloi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="218" />
      <source>&amp;Lock after this long without use</source>
      <translation>&amp;Cloi ar ôl hyn o amser heb ei ddefnyddio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="139" />
      <source>&amp;Make a new secret</source>
      <translation>&amp;Gwneud cyfrinach newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="396" />
      <source>&amp;Make the PDF</source>
      <translation>&amp;Gwneud y PDF</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="149" />
      <source>&amp;Manage</source>
      <translation>&amp;Rheoli</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="648" />
      <source>&amp;Mapping file:</source>
      <translation>Ffeil &amp;fapio:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="146" />
      <source>&amp;My caseload</source>
      <translation>&amp;Fy llwyth achosion</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="74" />
      <source>&amp;Name</source>
      <translation>E&amp;nw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="296" />
      <source>&amp;New password</source>
      <translation>Cyfrinair &amp;newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="130" />
      <source>&amp;New referral</source>
      <translation>Atgyfeiriad &amp;newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="129" />
      <source>&amp;New referral…</source>
      <translation>&amp;Atgyfeiriad newydd…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="219" />
      <source>&amp;Next</source>
      <translation>&amp;Nesaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="145" />
      <source>&amp;Open journeys only</source>
      <translation>Teithiau &amp;agored yn unig</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="69" />
      <source>&amp;Open this person</source>
      <translation>&amp;Agor cofnod y person hwn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="310" />
      <source>&amp;Paper:</source>
      <translation>&amp;Papur:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="371" />
      <source>&amp;Password</source>
      <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="493" />
      <source>&amp;Period</source>
      <translation>&amp;Cyfnod</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="166" />
      <source>&amp;Print it</source>
      <translation>&amp;Argraffu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="207" />
      <source>&amp;Print…</source>
      <translation>&amp;Argraffu…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="135" />
      <source>&amp;Quit</source>
      <translation>&amp;Gadael</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="570" />
      <source>&amp;Record {0} answers</source>
      <translation>&amp;Cofnodi {0} o atebion</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="647" />
      <source>&amp;Referral file:</source>
      <translation>Ffeil a&amp;tgyfeirio:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="156" />
      <source>&amp;Restore from a backup…</source>
      <translation>Ad&amp;fer o gopi wrth gefn…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="491" />
      <source>&amp;Return</source>
      <translation>&amp;Adroddiad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="152" />
      <source>&amp;Returns and gaps…</source>
      <translation>&amp;Adroddiadau a bylchau…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="76" />
      <source>&amp;Role</source>
      <translation>&amp;Rôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="338" />
      <source>&amp;Save answers</source>
      <translation>Cadw'r &amp;atebion</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="206" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="157" />
      <source>&amp;Settings…</source>
      <translation>G&amp;osodiadau…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="516" />
      <source>&amp;Show the return</source>
      <translation>&amp;Dangos yr adroddiad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="179" />
      <source>&amp;Smaller text</source>
      <translation>Testun &amp;llai</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="383" />
      <source>&amp;Stage:</source>
      <translation>&amp;Cam:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="220" />
      <source>&amp;Start using Intake</source>
      <translation>&amp;Dechrau defnyddio Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="150" />
      <source>&amp;Summary</source>
      <translation>&amp;Crynodeb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="166" />
      <source>&amp;Text size</source>
      <translation>&amp;Maint y testun</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="74" />
      <source>&amp;Unlock</source>
      <translation>&amp;Datgloi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="370" />
      <source>&amp;User name</source>
      <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="154" />
      <source>&amp;Users and roles…</source>
      <translation>&amp;Defnyddwyr a rolau…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="154" />
      <source>&amp;Victims' Code</source>
      <translation>Cod &amp;Dioddefwyr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="165" />
      <source>&amp;View</source>
      <translation>&amp;Gweld</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="58" />
      <source>A blank form</source>
      <translation>Ffurflen wag</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="59" />
      <source>A caseworker copy</source>
      <translation>Copi'r gweithiwr achos</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="453" />
      <source>A note for the team (the person may ask to see it)</source>
      <translation>Nodyn i'r tîm (gall y person ofyn am gael ei weld)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="91" />
      <source>Add</source>
      <translation>Ychwanegu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="63" />
      <source>Add a colleague</source>
      <translation>Ychwanegu cydweithiwr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="39" />
      <source>Administrator</source>
      <translation>Gweinyddwr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="93" />
      <source>Already recorded: no change</source>
      <translation>Wedi'i gofnodi'n barod: dim newid</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="116" />
      <source>Already recorded: {0}</source>
      <translation>Wedi'i gofnodi'n barod: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="45" />
      <source>Anonymised reporting to funders</source>
      <translation>Adrodd dienw i gyllidwyr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="374" />
      <source>Answer</source>
      <translation>Ateb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="533" />
      <source>Answer on the form</source>
      <translation>Ateb ar y ffurflen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="241" />
      <source>Answered</source>
      <translation>Wedi'u hateb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="567" />
      <source>Answers on the form</source>
      <translation>Atebion ar y ffurflen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="149" />
      <source>Any stage</source>
      <translation>Unrhyw gam</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="326" />
      <source>Ask later</source>
      <translation>Gofyn yn nes ymlaen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="653" />
      <source>Ask your Intake administrator to reset your password. If every administrator password is lost, an administrator can use the printed recovery secret to set a new one.</source>
      <translation>Gofynnwch i'ch gweinyddwr Intake ailosod eich cyfrinair. Os yw cyfrinair pob gweinyddwr wedi'i golli, gall gweinyddwr ddefnyddio'r gyfrinach adfer sydd wedi'i hargraffu i osod un newydd.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="243" />
      <source>Asked later</source>
      <translation>I'w gofyn yn nes ymlaen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="88" />
      <source>Back to the people list</source>
      <translation>Yn ôl i'r rhestr o bobl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="329" />
      <source>Back up</source>
      <translation>Gwneud copi wrth gefn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="373" />
      <source>Bar chart</source>
      <translation>Siart bar</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="477" />
      <source>Blank form</source>
      <translation>Ffurflen wag</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="107" />
      <source>Born {0}</source>
      <translation>Ganwyd {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="650" />
      <source>C&amp;heck the files</source>
      <translation>&amp;Gwirio'r ffeiliau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="152" />
      <source>C&amp;onsent</source>
      <translation>C&amp;ytundeb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="643" />
      <source>CSV files (*.csv)</source>
      <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="101" />
      <source>Calendar year</source>
      <translation>Blwyddyn galendr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="205" />
      <source>Cancel</source>
      <translation>Canslo</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="147" />
      <source>Case summary</source>
      <translation>Crynodeb o'r achos</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="37" />
      <source>Caseworker</source>
      <translation>Gweithiwr achos</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="392" />
      <source>Caseworker copy</source>
      <translation>Copi'r gweithiwr achos</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="391" />
      <source>Caseworker copy: include questions only asked in conversation</source>
      <translation>Copi'r gweithiwr achos: cynnwys cwestiynau sy'n cael eu gofyn mewn sgwrs yn unig</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="311" />
      <source>Change</source>
      <translation>Newid</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="198" />
      <source>Change my &amp;password…</source>
      <translation>Newid fy &amp;nghyfrinair…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="288" />
      <source>Change my password</source>
      <translation>Newid fy nghyfrinair</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="602" />
      <source>Chec&amp;k completeness</source>
      <translation>&amp;Gwirio cyflawnrwydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="508" />
      <source>Check before recording</source>
      <translation>Gwirio cyn cofnodi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="603" />
      <source>Check completeness</source>
      <translation>Gwirio cyflawnrwydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="488" />
      <source>Check-in ({0}): {1}</source>
      <translation>Gwiriad lles ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="90" />
      <source>Checking the secret…</source>
      <translation>Yn gwirio'r gyfrinach…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="885" />
      <source>Checking… this can take a little while.</source>
      <translation>Yn gwirio… gall hyn gymryd ychydig o amser.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="705" />
      <source>Choose a first day before the last day.</source>
      <translation>Dewiswch ddiwrnod cyntaf sydd cyn y diwrnod olaf.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="89" />
      <source>Choose a folder</source>
      <translation>Dewis ffolder</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="795" />
      <source>Choose a folder for the return</source>
      <translation>Dewis ffolder ar gyfer yr adroddiad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="547" />
      <source>Choose a return and a period, then Show the return. The preview is exactly what the files will hold.</source>
      <translation>Dewiswch adroddiad a chyfnod, yna pwyswch Dangos yr adroddiad. Mae'r rhagolwg yn dangos yn union beth fydd yn y ffeiliau.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="706" />
      <source>Choose both files first.</source>
      <translation>Dewiswch y ddwy ffeil yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="381" />
      <source>Choose the backup folder</source>
      <translation>Dewis y ffolder ar gyfer y copi wrth gefn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="580" />
      <source>Choose the filled-in form</source>
      <translation>Dewis y ffurflen wedi'i llenwi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="633" />
      <source>Choose the referral file (CSV, saved from the spreadsheet) and the mapping file that says what its columns mean. Intake checks every row first, and imports only when every row fits: nothing is half imported.</source>
      <translation>Dewiswch y ffeil atgyfeirio (CSV, wedi'i chadw o'r daenlen) a'r ffeil fapio sy'n dweud beth mae ei cholofnau'n ei olygu. Mae Intake yn gwirio pob rhes yn gyntaf, a dim ond pan fydd pob rhes yn addas y bydd yn mewnforio: does dim byd yn cael ei hanner mewnforio.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="677" />
      <source>Choose the {0}</source>
      <translation>Dewis y {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="676" />
      <source>Choose…</source>
      <translation>Dewis…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="141" />
      <source>Clear the search</source>
      <translation>Clirio'r chwiliad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="521" />
      <source>Close</source>
      <translation>Cau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="126" />
      <source>Close this journey</source>
      <translation>Cau'r daith hon</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="223" />
      <source>Closed journeys older than this are erased for good, with everything recorded in them. Check your data protection policy for the right period.</source>
      <translation>Mae teithiau wedi'u cau sy'n hŷn na hyn yn cael eu dileu am byth, gyda phopeth a gofnodwyd ynddyn nhw. Edrychwch ar eich polisi diogelu data i weld beth yw'r cyfnod cywir.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="167" />
      <source>Column headings</source>
      <translation>Penawdau colofnau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="615" />
      <source>Completeness</source>
      <translation>Cyflawnrwydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="383" />
      <source>Consent</source>
      <translation>Cytundeb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent given</source>
      <translation>Cytundeb wedi'i roi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent withdrawn</source>
      <translation>Cytundeb wedi'i dynnu'n ôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="815" />
      <source>Counting and protecting the figures…</source>
      <translation>Yn cyfrif ac yn diogelu'r ffigurau…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="755" />
      <source>Counting… this can take a little while for a large service.</source>
      <translation>Yn cyfrif… gall hyn gymryd ychydig o amser i wasanaeth mawr.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="41" />
      <source>DD/MM/YYYY, if known</source>
      <translation>DD/MM/BBBB, os yw'n hysbys</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Date of birth</source>
      <translation>Dyddiad geni</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="411" />
      <source>Delivered</source>
      <translation>Wedi'i chyflawni</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="123" />
      <source>Do this if the printed secret may have been seen by someone else, or is lost. The old secret stops working at once. The new one is shown only here: print it or write it down, and keep it safe.</source>
      <translation>Gwnewch hyn os gallai rhywun arall fod wedi gweld y gyfrinach sydd wedi'i hargraffu, neu os yw wedi'i cholli. Mae'r hen gyfrinach yn stopio gweithio ar unwaith. Dim ond yma y bydd yr un newydd yn cael ei dangos: argraffwch hi neu ysgrifennwch hi i lawr, a'i chadw'n ddiogel.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="818" />
      <source>Done.</source>
      <translation>Wedi gorffen.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="263" />
      <source>Done. {0} journey(s) erased.</source>
      <translation>Wedi gorffen. Nifer y teithiau a ddilëwyd: {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="250" />
      <source>Erase</source>
      <translation>Dileu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="251" />
      <source>Erase every closed journey past the retention period? This cannot be undone.</source>
      <translation>Dileu pob taith wedi'i chau sydd y tu hwnt i'r cyfnod cadw? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="742" />
      <source>Every row fits: {0} referrals with {1} answers. Nothing is imported yet.</source>
      <translation>Mae pob rhes yn addas: {0} o atgyfeiriadau gyda {1} o atebion. Does dim byd wedi'i fewnforio eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="374" />
      <source>Every stage</source>
      <translation>Pob cam</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="606" />
      <source>Everyone's journeys</source>
      <translation>Teithiau pawb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="72" />
      <source>Everything is kept in one folder, encrypted. Nobody can read it without a password, even if the laptop is lost. The usual place is fine for most services.</source>
      <translation>Mae popeth yn cael ei gadw mewn un ffolder, wedi'i amgryptio. Does neb yn gallu ei ddarllen heb gyfrinair, hyd yn oed os bydd y gliniadur yn cael ei golli. Mae'r lle arferol yn iawn i'r rhan fwyaf o wasanaethau.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="98" />
      <source>Everything we hold about them (PDF)…</source>
      <translation>Popeth sydd gennym ni amdanyn nhw (PDF)…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="410" />
      <source>Explained</source>
      <translation>Wedi'i hesbonio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="806" />
      <source>Export</source>
      <translation>Allforio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="810" />
      <source>Export progress</source>
      <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="569" />
      <source>Figures</source>
      <translation>Ffigurau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>Fillable form</source>
      <translation>Ffurflen y gellir ei llenwi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>Fillable: to fill in on a computer, tablet or phone</source>
      <translation>Gellir ei llenwi: i'w llenwi ar gyfrifiadur, llechen neu ffôn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="608" />
      <source>Filled-in form</source>
      <translation>Ffurflen wedi'i llenwi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="102" />
      <source>Financial year (April to March)</source>
      <translation>Blwyddyn ariannol (Ebrill i Fawrth)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="640" />
      <source>Find people with gaps</source>
      <translation>Dod o hyd i bobl â bylchau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="77" />
      <source>First &amp;password</source>
      <translation>&amp;Cyfrinair cyntaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="110" />
      <source>First day</source>
      <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="80" />
      <source>Folder for the encrypted information</source>
      <translation>Ffolder ar gyfer yr wybodaeth wedi'i hamgryptio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="593" />
      <source>For case reviews: how many journeys open in the period have each question answered, declined (prefer not to say), put off until later, or not yet asked. It stays inside Intake and is never exported.</source>
      <translation>Ar gyfer adolygiadau achos: faint o'r teithiau a oedd ar agor yn ystod y cyfnod sydd â phob cwestiwn wedi'i ateb, wedi'i wrthod (mae'n well gennyf beidio â dweud), wedi'i ohirio tan yn nes ymlaen, neu heb ei ofyn eto. Mae'n aros yn Intake a dydy e byth yn cael ei allforio.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="526" />
      <source>For example: read aloud, leaflet given</source>
      <translation>Er enghraifft: wedi'i ddarllen yn uchel, taflen wedi'i rhoi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="651" />
      <source>Forgotten password</source>
      <translation>Wedi anghofio'r cyfrinair</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="813" />
      <source>Gathering everything held…</source>
      <translation>Yn casglu popeth sydd gennym ni…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="84" />
      <source>Give them the first password in person. They can change it from Manage, Change my password.</source>
      <translation>Rhowch y cyfrinair cyntaf iddyn nhw wyneb yn wyneb. Gallan nhw ei newid yn Rheoli, Newid fy nghyfrinair.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="366" />
      <source>Given</source>
      <translation>Wedi'i roi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="133" />
      <source>Hand over: the person answers their part alone, on a locked screen</source>
      <translation>Trosglwyddo: mae'r person yn ateb ei ran ar ei ben ei hun, ar sgrin wedi'i chloi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="525" />
      <source>How it was explained</source>
      <translation>Sut cafodd ei esbonio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="377" />
      <source>How was it explained?</source>
      <translation>Sut cafodd ei esbonio?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="527" />
      <source>How was this explained to the person?</source>
      <translation>Sut cafodd hyn ei esbonio i'r person?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="169" />
      <source>I have printed it or written it down, and put it somewhere safe</source>
      <translation>Rydw i wedi'i hargraffu neu wedi'i hysgrifennu, ac wedi'i rhoi yn rhywle diogel</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="158" />
      <source>If every password is ever forgotten, this secret is the only way back in. Print it or write it down now, and keep it somewhere safe and private, away from this laptop. It will not be shown again.</source>
      <translation>Os bydd pob cyfrinair yn mynd yn angof rywbryd, y gyfrinach hon yw'r unig ffordd o fynd yn ôl i mewn. Argraffwch hi neu ysgrifennwch hi i lawr nawr, a'i chadw yn rhywle diogel a phreifat, i ffwrdd o'r gliniadur hwn. Fydd hi ddim yn cael ei dangos eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="153" />
      <source>Import &amp;referrals…</source>
      <translation>Mewnforio a&amp;tgyfeiriadau…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="140" />
      <source>Import a &amp;filled-in PDF form…</source>
      <translation>Mewnforio ffurflen PDF wedi'i &amp;llenwi…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="798" />
      <source>Import referrals</source>
      <translation>Mewnforio atgyfeiriadau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="774" />
      <source>Imported {0} referrals: {1} new people and {2} already known. {3} answers are recorded, so they will not be asked again.</source>
      <translation>Wedi mewnforio {0} o atgyfeiriadau: {1} o bobl newydd a {2} oedd yn hysbys yn barod. Mae {3} o atebion wedi'u cofnodi, felly fyddan nhw ddim yn cael eu gofyn eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="758" />
      <source>Importing referrals…</source>
      <translation>Yn mewnforio atgyfeiriadau…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="822" />
      <source>Information we hold</source>
      <translation>Gwybodaeth sydd gennym ni</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="370" />
      <source>Intake cannot open records because its form pack has a problem. Nothing saved has been touched. Please ask your administrator to run 'intake forms check'. The first problem is: {0}</source>
      <translation>Dydy Intake ddim yn gallu agor cofnodion oherwydd bod problem gyda'i becyn ffurflenni. Does dim byd sydd wedi'i gadw wedi cael ei gyffwrdd. Gofynnwch i'ch gweinyddwr redeg 'intake forms check'. Y broblem gyntaf yw: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="302" />
      <source>Intake cannot reach a printer from this computer. Save the PDF, then open it and print it from your PDF reader.</source>
      <translation>Dydy Intake ddim yn gallu cyrraedd argraffydd o'r cyfrifiadur hwn. Cadwch y PDF, yna agorwch ef a'i argraffu o'ch darllenydd PDF.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="74" />
      <source>Intake could not read or write a file it needs. Check there is space on the disk and that the folder is not read-only, then try again.</source>
      <translation>Doedd Intake ddim yn gallu darllen nac ysgrifennu ffeil sydd ei hangen arno. Gwiriwch fod lle ar y ddisg ac nad yw'r ffolder yn un darllen yn unig, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="48" />
      <source>Intake is locked</source>
      <translation>Mae Intake wedi'i gloi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="49" />
      <source>Intake keeps the information your service collects safe and private on this computer. Let's set it up. This takes about two minutes.</source>
      <translation>Mae Intake yn cadw'r wybodaeth mae eich gwasanaeth yn ei chasglu yn ddiogel ac yn breifat ar y cyfrifiadur hwn. Gadewch i ni ei osod. Mae hyn yn cymryd tua dau funud.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="185" />
      <source>Intake recovery secret</source>
      <translation>Cyfrinach adfer Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="525" />
      <source>Journey</source>
      <translation>Taith</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="485" />
      <source>Journey closed</source>
      <translation>Taith wedi'i chau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="114" />
      <source>Journey:</source>
      <translation>Taith:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="217" />
      <source>Keep closed journeys for</source>
      <translation>Cadw teithiau wedi'u cau am</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="189" />
      <source>Keep this somewhere safe and private, away from the laptop.</source>
      <translation>Cadwch hwn yn rhywle diogel a phreifat, i ffwrdd o'r gliniadur.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="103" />
      <source>Kind of year</source>
      <translation>Math o flwyddyn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="324" />
      <source>Known</source>
      <translation>Yn hysbys</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="380" />
      <source>Language</source>
      <translation>Iaith</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="496" />
      <source>Language of the return</source>
      <translation>Iaith yr adroddiad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="110" />
      <source>Last day</source>
      <translation>Diwrnod olaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="212" />
      <source>Lock after this long without use</source>
      <translation>Cloi ar ôl hyn o amser heb ei ddefnyddio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="912" />
      <source>Looking… one moment.</source>
      <translation>Yn chwilio… un eiliad.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="328" />
      <source>Making and checking a backup…</source>
      <translation>Yn gwneud ac yn gwirio copi wrth gefn…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="437" />
      <source>Making the form…</source>
      <translation>Yn gwneud y ffurflen…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="805" />
      <source>Making the return…</source>
      <translation>Yn gwneud yr adroddiad…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="38" />
      <source>Manager</source>
      <translation>Rheolwr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="645" />
      <source>Mapping file</source>
      <translation>Ffeil fapio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="645" />
      <source>Mapping files (*.yaml *.yml)</source>
      <translation>Ffeiliau mapio (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="70" />
      <source>Message</source>
      <translation>Neges</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="61" />
      <source>Moving from another computer? &amp;Restore a backup instead…</source>
      <translation>Symud o gyfrifiadur arall? &amp;Adfer copi wrth gefn yn lle hynny…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="294" />
      <source>Name</source>
      <translation>Enw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="57" />
      <source>Name of your &amp;organisation</source>
      <translation>Enw eich &amp;sefydliad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="56" />
      <source>Name of your organisation</source>
      <translation>Enw eich sefydliad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="203" />
      <source>New journey</source>
      <translation>Taith newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="452" />
      <source>New note</source>
      <translation>Nodyn newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="186" />
      <source>New password</source>
      <translation>Cyfrinair newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="297" />
      <source>New password &amp;again</source>
      <translation>Cyfrinair newydd e&amp;to</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="187" />
      <source>New password for {0}</source>
      <translation>Cyfrinair newydd i {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="131" />
      <source>New recovery secret</source>
      <translation>Cyfrinach adfer newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="543" />
      <source>New referral</source>
      <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="225" />
      <source>No one matches. Check the spelling, or start a new referral.</source>
      <translation>Does neb yn cyfateb. Gwiriwch y sillafu, neu dechreuwch atgyfeiriad newydd.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="909" />
      <source>No open journey has gaps in the stages it has reached.</source>
      <translation>Does dim bylchau mewn unrhyw daith agored yn y camau mae wedi'u cyrraedd.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="156" />
      <source>No&amp;tes</source>
      <translation>Nodi&amp;adau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="131" />
      <source>No, &amp;create a new person</source>
      <translation>Na, creu person &amp;newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="374" />
      <source>No.</source>
      <translation>Rhif</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="98" />
      <source>None open</source>
      <translation>Dim un ar agor</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="244" />
      <source>Not asked</source>
      <translation>Heb eu gofyn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="364" />
      <source>Not asked yet</source>
      <translation>Heb ei ofyn eto</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="127" />
      <source>Note something &amp;mentioned</source>
      <translation>&amp;Nodi rhywbeth y soniwyd amdano</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="241" />
      <source>Note something mentioned</source>
      <translation>Nodi rhywbeth y soniwyd amdano</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="129" />
      <source>Note something the person mentioned, for any question</source>
      <translation>Nodi rhywbeth y soniodd y person amdano, ar gyfer unrhyw gwestiwn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="446" />
      <source>Notes</source>
      <translation>Nodiadau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="400" />
      <source>Nothing from this stage is printed on that paper.</source>
      <translation>Does dim byd o'r cam hwn wedi'i argraffu ar y papur hwnnw.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="541" />
      <source>Nothing is filled in on this form.</source>
      <translation>Does dim byd wedi'i lenwi ar y ffurflen hon.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="465" />
      <source>Nothing is typed in yet. Type an answer beside its number first.</source>
      <translation>Does dim byd wedi'i deipio eto. Teipiwch ateb wrth ymyl ei rif yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="764" />
      <source>Nothing was imported. {0}</source>
      <translation>Chafodd dim byd ei fewnforio. {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="816" />
      <source>Noting the export in the audit trail…</source>
      <translation>Yn nodi'r allforio yn y trywydd archwilio…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="113" />
      <source>Open a new &amp;journey</source>
      <translation>Agor &amp;taith newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="412" />
      <source>Open a record</source>
      <translation>Agor cofnod</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Open journeys</source>
      <translation>Teithiau agored</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="323" />
      <source>PDF files (*.pdf)</source>
      <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="91" />
      <source>Pape&amp;r and records…</source>
      <translation>Papu&amp;r a chofnodion…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="443" />
      <source>Paper form</source>
      <translation>Ffurflen bapur</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="354" />
      <source>Paper form for this person</source>
      <translation>Ffurflen bapur i'r person hwn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="93" />
      <source>Paper forms, typing in a paper form, and a copy of their records</source>
      <translation>Ffurflenni papur, teipio ffurflen bapur, a chopi o'u cofnodion</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="368" />
      <source>Password</source>
      <translation>Cyfrinair</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="114" />
      <source>Password &amp;again</source>
      <translation>Cyfrinair e&amp;to</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="91" />
      <source>Pause the conversation and go back to the person's page</source>
      <translation>Seibio'r sgwrs a mynd yn ôl i dudalen y person</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="129" />
      <source>People</source>
      <translation>Pobl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="161" />
      <source>People found</source>
      <translation>Pobl a gafwyd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="509" />
      <source>People with &amp;gaps</source>
      <translation>Pobl â &amp;bylchau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="647" />
      <source>People with gaps</source>
      <translation>Pobl â bylchau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="630" />
      <source>People with open journeys whose questions are not yet answered or declined, in the stages they have reached, so the team can plan the kindest way to fill the gaps, or to leave them. Only shown here.</source>
      <translation>Pobl â theithiau agored sydd â chwestiynau heb eu hateb na'u gwrthod eto, yn y camau maen nhw wedi'u cyrraedd, er mwyn i'r tîm allu cynllunio'r ffordd fwyaf caredig o lenwi'r bylchau, neu eu gadael. Dim ond yma mae hyn yn cael ei ddangos.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="120" />
      <source>Please enter your user name and password.</source>
      <translation>Rhowch eich enw defnyddiwr a'ch cyfrinair.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="96" />
      <source>Please give the date of birth as day/month/year, or leave it empty.</source>
      <translation>Rhowch y dyddiad geni fel diwrnod/mis/blwyddyn, neu gadewch ef yn wag.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="91" />
      <source>Please type at least one name.</source>
      <translation>Teipiwch o leiaf un enw.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="136" />
      <source>Please wait</source>
      <translation>Arhoswch am eiliad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="62" />
      <source>Possible matches</source>
      <translation>Cyfatebiaethau posibl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="713" />
      <source>Practice workspace. Sign in as {0} with the password: {1}</source>
      <translation>Man gwaith ymarfer. Mewngofnodwch fel {0} gyda'r cyfrinair: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="43" />
      <source>Practice workspace: made-up people only. Nothing here is real.</source>
      <translation>Man gwaith ymarfer: pobl ddychmygol yn unig. Does dim byd yma'n go iawn.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="242" />
      <source>Prefer not to say</source>
      <translation>Mae'n well gennyf beidio â dweud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="292" />
      <source>Print</source>
      <translation>Argraffu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="138" />
      <source>Print a &amp;blank form…</source>
      <translation>Argraffu ffurflen &amp;wag…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="354" />
      <source>Print a blank form</source>
      <translation>Argraffu ffurflen wag</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="96" />
      <source>Print their paper form (what we still need)…</source>
      <translation>Argraffu eu ffurflen bapur (yr hyn sydd ei angen arnom ni o hyd)…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="57" />
      <source>Printed for this person (known questions left out)</source>
      <translation>Wedi'i hargraffu i'r person hwn (heb y cwestiynau sydd wedi'u hateb yn barod)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="107" />
      <source>Quarter</source>
      <translation>Chwarter</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="240" />
      <source>Question</source>
      <translation>Cwestiwn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="109" />
      <source>Question {0}</source>
      <translation>Cwestiwn {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="258" />
      <source>Question {0}: {1}</source>
      <translation>Cwestiwn {0}: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="361" />
      <source>Questions already answered are left out. The form shows the reference {0} and a code that finds the record when it comes back. It never shows the person's name.</source>
      <translation>Mae cwestiynau sydd wedi'u hateb yn barod yn cael eu gadael allan. Mae'r ffurflen yn dangos y cyfeirnod {0} a chod sy'n dod o hyd i'r cofnod pan ddaw'r ffurflen yn ôl. Dydy hi byth yn dangos enw'r person.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="297" />
      <source>Questions to fill</source>
      <translation>Cwestiynau i'w llenwi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="113" />
      <source>Re&amp;move access</source>
      <translation>Dileu &amp;mynediad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="592" />
      <source>Reading the form…</source>
      <translation>Yn darllen y ffurflen…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="814" />
      <source>Reading the journeys…</source>
      <translation>Yn darllen y teithiau…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="529" />
      <source>Record consent</source>
      <translation>Cofnodi cytundeb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="345" />
      <source>Record consent: {0}</source>
      <translation>Cofnodi cytundeb: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="609" />
      <source>Recorded {0} answers and {1} check-ins.</source>
      <translation>Wedi cofnodi {0} o atebion a {1} o wiriadau lles.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="666" />
      <source>Recovery</source>
      <translation>Adfer</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="51" />
      <source>Recovery &amp;secret</source>
      <translation>&amp;Cyfrinach adfer</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="164" />
      <source>Recovery secret</source>
      <translation>Cyfrinach adfer</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="293" />
      <source>Reference</source>
      <translation>Cyfeirnod</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="105" />
      <source>Reference {0}</source>
      <translation>Cyfeirnod {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="289" />
      <source>Reference {0}. Choose the stage and the paper you have, then type each answer beside its number. Leave a row empty if it was left empty on the paper. Tab or Enter moves to the next row.</source>
      <translation>Cyfeirnod {0}. Dewiswch y cam a'r papur sydd gennych chi, yna teipiwch bob ateb wrth ymyl ei rif. Gadewch res yn wag os cafodd ei gadael yn wag ar y papur. Mae Tab neu Enter yn symud i'r rhes nesaf.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="643" />
      <source>Referral file</source>
      <translation>Ffeil atgyfeirio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="483" />
      <source>Referral received</source>
      <translation>Atgyfeiriad wedi'i dderbyn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="296" />
      <source>Referred</source>
      <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="183" />
      <source>Referred {0} ({1})</source>
      <translation>Atgyfeiriwyd {0} ({1})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="301" />
      <source>Reopen this journey</source>
      <translation>Ailagor y daith hon</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="158" />
      <source>Replace the recovery &amp;secret…</source>
      <translation>Newid y g&amp;yfrinach adfer…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="118" />
      <source>Replace the recovery secret</source>
      <translation>Newid y gyfrinach adfer</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="189" />
      <source>Reset</source>
      <translation>Ailosod</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="112" />
      <source>Reset &amp;password…</source>
      <translation>A&amp;ilosod cyfrinair…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="182" />
      <source>Reset password</source>
      <translation>Ailosod cyfrinair</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="360" />
      <source>Restore</source>
      <translation>Adfer</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="395" />
      <source>Restore this backup? Intake will lock first. The current data is kept aside, never deleted. You will then sign in with a password that was valid when the backup was made.</source>
      <translation>Adfer y copi wrth gefn hwn? Bydd Intake yn cloi yn gyntaf. Mae'r data presennol yn cael ei gadw o'r neilltu, a byth yn cael ei ddileu. Yna byddwch chi'n mewngofnodi gyda chyfrinair a oedd yn ddilys pan gafodd y copi wrth gefn ei wneud.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="409" />
      <source>Restoring and checking…</source>
      <translation>Yn adfer ac yn gwirio…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="488" />
      <source>Return</source>
      <translation>Adroddiad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="507" />
      <source>Return pre&amp;view</source>
      <translation>&amp;Rhagolwg o'r adroddiad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="479" />
      <source>Returns and case reviews</source>
      <translation>Adroddiadau ac adolygiadau achos</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="409" />
      <source>Right</source>
      <translation>Hawl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="108" />
      <source>Role</source>
      <translation>Rôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="656" />
      <source>Rows that do not fit</source>
      <translation>Rhesi nad ydyn nhw'n addas</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="784" />
      <source>Rows {0}: someone similar is already recorded. Please check they are not the same person.</source>
      <translation>Rhesi {0}: mae rhywun tebyg wedi'i gofnodi'n barod. Gwiriwch nad yr un person ydyn nhw.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="235" />
      <source>Save</source>
      <translation>Cadw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="323" />
      <source>Save {0}</source>
      <translation>Cadw {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="137" />
      <source>Search by name, reference (V-…) or date of birth</source>
      <translation>Chwilio yn ôl enw, cyfeirnod (V-…) neu ddyddiad geni</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="138" />
      <source>Search people</source>
      <translation>Chwilio am bobl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="194" />
      <source>Searching…</source>
      <translation>Yn chwilio…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="297" />
      <source>Sending to the printer…</source>
      <translation>Yn anfon at yr argraffydd…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="111" />
      <source>Set &amp;role</source>
      <translation>Gosod &amp;rôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="66" />
      <source>Set the new password</source>
      <translation>Gosod y cyfrinair newydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="205" />
      <source>Set up Intake</source>
      <translation>Gosod Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="233" />
      <source>Setting up the encrypted workspace… this takes a few seconds.</source>
      <translation>Yn gosod y man gwaith wedi'i amgryptio… mae hyn yn cymryd ychydig o eiliadau.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="204" />
      <source>Settings</source>
      <translation>Gosodiadau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="44" />
      <source>Sharing with named agencies</source>
      <translation>Rhannu â gwasanaethau a enwyd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="700" />
      <source>Show the return again for the new choice.</source>
      <translation>Dangoswch yr adroddiad eto ar gyfer y dewis newydd.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="52" />
      <source>Sign in to continue. Personal information is hidden while locked.</source>
      <translation>Mewngofnodwch i barhau. Mae gwybodaeth bersonol wedi'i chuddio tra bo'r sgrin wedi'i chloi.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="386" />
      <source>Sign in with a user name and password that worked when the backup was made (a manager or an administrator). Intake checks the backup first, then keeps the information in this folder: {0}</source>
      <translation>Mewngofnodwch gydag enw defnyddiwr a chyfrinair a oedd yn gweithio pan wnaed y copi wrth gefn (rheolwr neu weinyddwr). Mae Intake yn gwirio'r copi wrth gefn yn gyntaf, yna'n cadw'r wybodaeth yn y ffolder hon: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="456" />
      <source>Some answers need a look before saving; they are marked below. Nothing has been saved yet.</source>
      <translation>Mae angen edrych ar rai atebion cyn cadw; maen nhw wedi'u marcio isod. Does dim byd wedi'i gadw eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="879" />
      <source>Someone no longer listed</source>
      <translation>Rhywun sydd ddim ar y rhestr mwyach</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="78" />
      <source>Something unexpected went wrong. Nothing saved before has been lost. Please try again; if it happens again, tell your administrator.</source>
      <translation>Aeth rhywbeth o'i le yn annisgwyl. Does dim byd a gafodd ei gadw o'r blaen wedi'i golli. Rhowch gynnig arall arni; os bydd yn digwydd eto, dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="239" />
      <source>Stage</source>
      <translation>Cam</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="245" />
      <source>Stage not reached</source>
      <translation>Cam heb ei gyrraedd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="137" />
      <source>Stage:</source>
      <translation>Cam:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="146" />
      <source>Status</source>
      <translation>Statws</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="817" />
      <source>Subject access</source>
      <translation>Mynediad gwrthrych at ddata</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="43" />
      <source>Support from this service</source>
      <translation>Cymorth gan y gwasanaeth hwn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="159" />
      <source>T&amp;imeline</source>
      <translation>&amp;Llinell amser</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="556" />
      <source>Tables in the return</source>
      <translation>Tablau yn yr adroddiad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="139" />
      <source>That user name and password do not match. Please try again. After a few tries Intake waits a little longer each time, to keep the records safe.</source>
      <translation>Dydy'r enw defnyddiwr a'r cyfrinair ddim yn cyfateb. Rhowch gynnig arall arni. Ar ôl ychydig o gynigion, mae Intake yn aros ychydig yn hirach bob tro, i gadw'r cofnodion yn ddiogel.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="201" />
      <source>The PDF is ready. Print it, or save it as a file.</source>
      <translation>Mae'r PDF yn barod. Argraffwch ef, neu cadwch ef fel ffeil.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="341" />
      <source>The backup is made and checked. It is encrypted with the same key, in:
{0}
Copy that folder to a safe place, such as an encrypted USB stick.</source>
      <translation>Mae'r copi wrth gefn wedi'i wneud a'i wirio. Mae wedi'i amgryptio gyda'r un allwedd, yn:
{0}
Copïwch y ffolder i le diogel, fel cof bach USB wedi'i amgryptio.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="420" />
      <source>The backup is restored. Please sign in.</source>
      <translation>Mae'r copi wrth gefn wedi'i adfer. Mewngofnodwch.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="737" />
      <source>The file has no referrals in it.</source>
      <translation>Does dim atgyfeiriadau yn y ffeil.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="715" />
      <source>The mapping file is not a text file. Save it as UTF-8 text.</source>
      <translation>Dydy'r ffeil fapio ddim yn ffeil testun. Cadwch hi fel testun UTF-8.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="666" />
      <source>The new password is set. Please sign in.</source>
      <translation>Mae'r cyfrinair newydd wedi'i osod. Mewngofnodwch.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="312" />
      <source>The printer did not take the PDF. Check it is switched on and connected, then try again, or save the PDF and print it from there.</source>
      <translation>Wnaeth yr argraffydd ddim derbyn y PDF. Gwiriwch ei fod wedi'i droi ymlaen a'i gysylltu, yna rhowch gynnig arall arni, neu cadwch y PDF a'i argraffu oddi yno.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="369" />
      <source>The questions could not be loaded</source>
      <translation>Doedd dim modd llwytho'r cwestiynau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="833" />
      <source>The return is saved in {0}</source>
      <translation>Mae'r adroddiad wedi'i gadw yn {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="838" />
      <source>The return is saved in:
{0}

{1}

Figures shown as {2} are withheld so that no one can be identified. The export is noted in the audit trail.</source>
      <translation>Mae'r adroddiad wedi'i gadw yn:
{0}

{1}

Mae ffigurau sy'n cael eu dangos fel {2} wedi'u hatal fel na all neb gael ei adnabod. Mae'r allforio wedi'i nodi yn y trywydd archwilio.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="315" />
      <source>The two new passwords are not the same.</source>
      <translation>Dydy'r ddau gyfrinair newydd ddim yr un fath.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="141" />
      <source>The two passwords are not the same. Please type them again.</source>
      <translation>Dydy'r ddau gyfrinair ddim yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="57" />
      <source>Their information will be left out of every anonymised return from now on, including returns for earlier periods made after today.</source>
      <translation>Bydd eu gwybodaeth yn cael ei gadael allan o bob adroddiad dienw o hyn ymlaen, gan gynnwys adroddiadau ar gyfer cyfnodau cynharach sy'n cael eu gwneud ar ôl heddiw.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="665" />
      <source>There is no return template that fits these questions yet.</source>
      <translation>Does dim templed adroddiad sy'n addas i'r cwestiynau hyn eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="547" />
      <source>These could not be read, so they will not be recorded. You can ask them again in person:</source>
      <translation>Doedd dim modd darllen y rhain, felly fyddan nhw ddim yn cael eu cofnodi. Gallwch chi eu gofyn eto wyneb yn wyneb:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="54" />
      <source>These people are already known, with the same date of birth and a similar name. If one of them is this person, open their record so nothing is asked twice.</source>
      <translation>Mae'r bobl hyn yn hysbys yn barod, gyda'r un dyddiad geni ac enw tebyg. Os mai un ohonyn nhw yw'r person hwn, agorwch gofnod y person hwnnw fel nad oes dim byd yn cael ei ofyn ddwywaith.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="587" />
      <source>This file is too large to be an Intake form.</source>
      <translation>Mae'r ffeil hon yn rhy fawr i fod yn ffurflen Intake.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="824" />
      <source>This holds everything about this person, including notes. Give it only to them, and keep any saved copy somewhere safe.</source>
      <translation>Mae'r ddogfen hon yn cynnwys popeth am y person hwn, gan gynnwys nodiadau. Rhowch hi iddyn nhw yn unig, a chadwch unrhyw gopi sydd wedi'i gadw yn rhywle diogel.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="351" />
      <source>This journey is closed. Reopen it on the person's page to add answers.</source>
      <translation>Mae'r daith hon wedi'i chau. Ailagorwch hi ar dudalen y person i ychwanegu atebion.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="305" />
      <source>Three or four unrelated words work well; at least 12 characters.</source>
      <translation>Mae tri neu bedwar gair sydd ddim yn perthyn i'w gilydd yn gweithio'n dda; o leiaf 12 nod.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="406" />
      <source>Tick each right when it has been explained, and when delivered.</source>
      <translation>Ticiwch bob hawl pan fydd wedi'i hesbonio, a phan fydd wedi'i chyflawni.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="158" />
      <source>Timeline</source>
      <translation>Llinell amser</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="195" />
      <source>Total</source>
      <translation>Cyfanswm</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="371" />
      <source>Totals of each row</source>
      <translation>Cyfansymiau pob rhes</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="283" />
      <source>Type in a paper form</source>
      <translation>Teipio ffurflen bapur</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="97" />
      <source>Type in a paper form they filled in…</source>
      <translation>Teipio ffurflen bapur a lenwon nhw…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="37" />
      <source>Type the recovery secret exactly as printed (capital letters and dashes are optional), the user name, and a new password for that user. Passwords need at least {0} characters.</source>
      <translation>Teipiwch y gyfrinach adfer yn union fel y cafodd ei hargraffu (does dim rhaid defnyddio priflythrennau na llinellau toriad), yr enw defnyddiwr, a chyfrinair newydd i'r defnyddiwr hwnnw. Mae angen o leiaf {0} nod mewn cyfrinair.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="170" />
      <source>Type to search.</source>
      <translation>Teipiwch i chwilio.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="76" />
      <source>Unlock</source>
      <translation>Datgloi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="113" />
      <source>Unlocking…</source>
      <translation>Yn datgloi…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="32" />
      <source>Use the recovery secret</source>
      <translation>Defnyddio'r gyfrinach adfer</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="659" />
      <source>Use the recovery secret…</source>
      <translation>Defnyddio'r gyfrinach adfer…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="367" />
      <source>User name</source>
      <translation>Enw defnyddiwr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="103" />
      <source>Users</source>
      <translation>Defnyddwyr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="98" />
      <source>Users and roles</source>
      <translation>Defnyddwyr a rolau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="438" />
      <source>Victims' Code</source>
      <translation>Cod Dioddefwyr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="503" />
      <source>Victims' Code right {0} {1}</source>
      <translation>Hawl {0} yn y Cod Dioddefwyr {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="48" />
      <source>We will stop recording new information for their support. What is already recorded is kept until the retention period ends, unless they ask for it to be erased. Talk with your manager about closing their support kindly.</source>
      <translation>Byddwn ni'n stopio cofnodi gwybodaeth newydd ar gyfer eu cymorth. Mae'r hyn sydd wedi'i gofnodi'n barod yn cael ei gadw tan ddiwedd y cyfnod cadw, oni bai eu bod nhw'n gofyn i ni ei ddileu. Siaradwch â'ch rheolwr am sut i ddod â'u cymorth i ben yn garedig.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="53" />
      <source>We will stop sharing their information with other agencies from now on. Anything already shared cannot be taken back, but we will tell those agencies.</source>
      <translation>Byddwn ni'n stopio rhannu eu gwybodaeth â gwasanaethau eraill o hyn ymlaen. Does dim modd cymryd yn ôl unrhyw beth sydd wedi'i rannu'n barod, ond byddwn ni'n dweud wrth y gwasanaethau hynny.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="48" />
      <source>Welcome to Intake</source>
      <translation>Croeso i Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="533" />
      <source>What happens</source>
      <translation>Beth sy'n digwydd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="522" />
      <source>What this changes:</source>
      <translation>Beth mae hyn yn ei newid:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="71" />
      <source>Where the information is kept</source>
      <translation>Ble mae'r wybodaeth yn cael ei chadw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="298" />
      <source>Which</source>
      <translation>Pa rai</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="305" />
      <source>Which paper</source>
      <translation>Pa bapur</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="101" />
      <source>Who can use Intake</source>
      <translation>Pwy sy'n gallu defnyddio Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="36" />
      <source>Who has been referred?</source>
      <translation>Pwy sydd wedi cael ei atgyfeirio?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="605" />
      <source>Whose journeys</source>
      <translation>Teithiau pwy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="91" />
      <source>Will be recorded</source>
      <translation>Bydd yn cael ei gofnodi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="92" />
      <source>Will replace what was recorded before</source>
      <translation>Bydd yn cymryd lle'r hyn a gofnodwyd o'r blaen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="344" />
      <source>Withdraw</source>
      <translation>Tynnu'n ôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="391" />
      <source>Withdraw consent</source>
      <translation>Tynnu cytundeb yn ôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="346" />
      <source>Withdraw consent: {0}</source>
      <translation>Tynnu cytundeb yn ôl: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="368" />
      <source>Withdrawn</source>
      <translation>Wedi'i dynnu'n ôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="817" />
      <source>Writing the four files…</source>
      <translation>Yn ysgrifennu'r pedair ffeil…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="105" />
      <source>Year</source>
      <translation>Blwyddyn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="98" />
      <source>You will look after Intake for your service: adding colleagues, backups and the recovery secret. Choose a password you can remember but others could not guess. Three or four unrelated words work well, for example 'kettle river orange march'. It needs at least {0} characters.</source>
      <translation>Chi fydd yn gofalu am Intake ar gyfer eich gwasanaeth: ychwanegu cydweithwyr, copïau wrth gefn a'r gyfrinach adfer. Dewiswch gyfrinair y gallwch chi ei gofio ond na allai pobl eraill ei ddyfalu. Mae tri neu bedwar gair sydd ddim yn perthyn i'w gilydd yn gweithio'n dda, er enghraifft 'tegell afon oren mawrth'. Mae angen o leiaf {0} nod.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="111" />
      <source>Your &amp;name</source>
      <translation>E&amp;ich enw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="97" />
      <source>Your administrator account</source>
      <translation>Eich cyfrif gweinyddwr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="157" />
      <source>Your recovery secret</source>
      <translation>Eich cyfrinach adfer</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>closed</source>
      <translation>wedi'i chau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="181" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/bbbb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>delivered</source>
      <translation>wedi'i chyflawni</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>explained</source>
      <translation>wedi'i hesbonio</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="537" />
      <source>explained in person</source>
      <translation>esboniwyd wyneb yn wyneb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>open</source>
      <translation>ar agor</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>practice</source>
      <translation>ymarfer</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="135" />
      <source>prefer not to say</source>
      <translation>mae'n well gennyf beidio â dweud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="492" />
      <source>preferred not to say</source>
      <translation>dewisodd beidio â dweud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="116" />
      <source>to</source>
      <translation>i</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="137" />
      <source>to ask later</source>
      <translation>i'w ofyn yn nes ymlaen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="156" />
      <source>{0} ({1} of {2})</source>
      <translation>{0} ({1} o {2})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="779" />
      <source>{0} answers the person had already given were kept.</source>
      <translation>Cafodd {0} o atebion roedd y person wedi'u rhoi'n barod eu cadw.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="244" />
      <source>{0} closed journey(s) are past the retention period.</source>
      <translation>Nifer y teithiau wedi'u cau sydd y tu hwnt i'r cyfnod cadw: {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="227" />
      <source>{0} found. Press Enter or double-click to open.</source>
      <translation>Wedi dod o hyd i {0}. Pwyswch Enter neu cliciwch ddwywaith i agor.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="894" />
      <source>{0} journeys open in {1}. Showing: {2}.</source>
      <translation>{0} o deithiau ar agor yn ystod {1}. Yn dangos: {2}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="318" />
      <source>{0} known · {1} declined · {2} later · {3} not asked yet</source>
      <translation>{0} yn hysbys · {1} wedi dewis peidio â dweud · {2} yn nes ymlaen · {3} heb eu gofyn eto</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="766" />
      <source>{0} means a figure is withheld so that no one can be identified. </source>
      <translation>Mae {0} yn golygu bod ffigur wedi'i atal fel na all neb gael ei adnabod. </translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="907" />
      <source>{0} open journeys have questions still to fill.</source>
      <translation>Mae gan {0} o deithiau agored gwestiynau sydd heb eu llenwi eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="451" />
      <source>{0} questions already answered are left out. It shows the reference, not the name.</source>
      <translation>Mae {0} o gwestiynau sydd wedi'u hateb yn barod wedi'u gadael allan. Mae'n dangos y cyfeirnod, nid yr enw.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="732" />
      <source>{0} rows do not fit, so nothing can be imported yet. Fix them in the spreadsheet, save it as CSV again, and check again.</source>
      <translation>Dydy {0} o resi ddim yn addas, felly does dim modd mewnforio dim byd eto. Cywirwch nhw yn y daenlen, cadwch hi fel CSV eto, a gwiriwch eto.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="84" />
      <source>{0} to {1}</source>
      <translation>{0} – {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="514" />
      <source>{0}, reference {1}</source>
      <translation>{0}, cyfeirnod {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="772" />
      <source>{0}, {1}. Made on {2}.</source>
      <translation>{0}, {1}. Wedi'i wneud ar {2}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="464" />
      <source>{0}: column headings</source>
      <translation>{0}: penawdau colofnau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="124" />
      <source>{0}: prefer not to say</source>
      <translation>{0}: mae'n well gennyf beidio â dweud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="462" />
      <source>{0}: row headings</source>
      <translation>{0}: penawdau rhesi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="231" />
      <source>{0}: withheld so that no one can be identified</source>
      <translation>{0}: wedi'i atal fel na all neb gael ei adnabod</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="89" />
      <source>← &amp;Pause and go back</source>
      <translation>← S&amp;eibio a mynd yn ôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="87" />
      <source>← &amp;People</source>
      <translation>← &amp;Pobl</translation>
    </message>
  </context>
  <context>
    <name>IntakeTranslation</name>
    <message>
      <location filename="../tools/i18n.py" line="1" />
      <source>reviewed</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>InterviewView</name>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="114" />
      <source>&amp;Back</source>
      <translation>&amp;Yn ôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="355" />
      <source>&amp;Finish</source>
      <translation>Gor&amp;ffen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="118" />
      <source>&amp;Next</source>
      <translation>&amp;Nesaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="115" />
      <source>&amp;Prefer not to say</source>
      <translation>&amp;Mae'n well gennyf beidio â dweud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="116" />
      <source>&amp;Skip for now</source>
      <translation>&amp;Hepgor am nawr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="418" />
      <source>Already known, so not asked: {0}</source>
      <translation>Yn hysbys yn barod, felly heb eu gofyn: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="412" />
      <source>Answers given: {0}</source>
      <translation>Atebion a roddwyd: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="277" />
      <source>Anything you would like to add (optional)</source>
      <translation>Unrhyw beth yr hoffech chi ei ychwanegu (dewisol)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="116" />
      <source>Ask &amp;later</source>
      <translation>G&amp;ofyn yn nes ymlaen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="123" />
      <source>Ask this question later</source>
      <translation>Gofyn y cwestiwn hwn yn nes ymlaen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="120" />
      <source>Back to the previous step</source>
      <translation>Yn ôl i'r sgrin flaenorol</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="414" />
      <source>Chose not to say: {0}</source>
      <translation>Wedi dewis peidio â dweud: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="92" />
      <source>Ctrl+K</source>
      <translation>Ctrl+K</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="110" />
      <source>Message</source>
      <translation>Neges</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="125" />
      <source>Next</source>
      <translation>Nesaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="88" />
      <source>Note something &amp;mentioned</source>
      <translation>Nodi rhywbeth y &amp;soniwyd amdano</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="90" />
      <source>Note something the person mentioned, for any question</source>
      <translation>Nodi rhywbeth y soniodd y person amdano, ar gyfer unrhyw gwestiwn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="252" />
      <source>Please check this one.</source>
      <translation>Gwiriwch yr ateb hwn, os gwelwch yn dda.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="121" />
      <source>Prefer not to say</source>
      <translation>Mae'n well gennyf beidio â dweud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="380" />
      <source>Question {0} of {1}</source>
      <translation>Cwestiwn {0} o {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="86" />
      <source>Save status</source>
      <translation>Statws cadw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="242" />
      <source>Saved</source>
      <translation>Wedi'i gadw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="268" />
      <source>Say to the person:</source>
      <translation>Dywedwch wrth y person:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="123" />
      <source>Skip this question for now</source>
      <translation>Hepgor y cwestiwn hwn am nawr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="411" />
      <source>That is the end of this part. Thank you.</source>
      <translation>Dyna ddiwedd y rhan hon. Diolch.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="42" />
      <source>This could not be saved just now. Nothing saved before is lost. Please try again; if it keeps happening, tell your administrator.</source>
      <translation>Doedd dim modd cadw hyn nawr. Does dim byd a gafodd ei gadw o'r blaen wedi'i golli. Rhowch gynnig arall arni; os yw'n dal i ddigwydd, dywedwch wrth eich gweinyddwr.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="416" />
      <source>To come back to later: {0}</source>
      <translation>I ddod yn ôl atyn nhw yn nes ymlaen: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="385" />
      <source>Why we ask: {0}</source>
      <translation>Pam rydyn ni'n gofyn: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="271" />
      <source>You could say</source>
      <translation>Gallech chi ddweud</translation>
    </message>
  </context>
  <context>
    <name>SelfCompletion</name>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="256" />
      <source>&amp;Carry on</source>
      <translation>&amp;Parhau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="281" />
      <source>&amp;Finish</source>
      <translation>Gor&amp;ffen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="305" />
      <source>&amp;Lock the screen</source>
      <translation>&amp;Cloi'r sgrin</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="280" />
      <source>&amp;Prefer not to say</source>
      <translation>&amp;Mae'n well gennyf beidio â dweud</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="241" />
      <source>&amp;Start</source>
      <translation>&amp;Dechrau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="258" />
      <source>Carry on with the questions</source>
      <translation>Parhau â'r cwestiynau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="207" />
      <source>Choose your language:</source>
      <translation>Dewiswch eich iaith:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>Easy</source>
      <translation>Hawdd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="236" />
      <source>High contrast</source>
      <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="234" />
      <source>High contrast (white on black)</source>
      <translation>Cyferbyniad uchel (gwyn ar ddu)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="269" />
      <source>How did it feel to answer these questions on your own?</source>
      <translation>Sut roedd hi'n teimlo i ateb y cwestiynau hyn ar eich pen eich hun?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>How did it feel?</source>
      <translation>Sut roedd hi'n teimlo?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="151" />
      <source>I would like a break</source>
      <translation>Hoffwn i gael seibiant</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="150" />
      <source>I'd like a &amp;break</source>
      <translation>Hoffwn i gael &amp;seibiant</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Larger</source>
      <translation>Mwy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Largest</source>
      <translation>Mwyaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="307" />
      <source>Lock the screen and hand back to staff</source>
      <translation>Cloi'r sgrin a rhoi'r ddyfais yn ôl i'r staff</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="74" />
      <source>Notes</source>
      <translation>Nodiadau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="267" />
      <source>One last question</source>
      <translation>Un cwestiwn olaf</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="154" />
      <source>Or press Shift three times</source>
      <translation>Neu pwyswch Shift dair gwaith</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="152" />
      <source>Quick &amp;exit</source>
      <translation>&amp;Gadael yn gyflym</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="153" />
      <source>Quick exit: hide this screen now</source>
      <translation>Gadael yn gyflym: cuddio'r sgrin hon nawr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="81" />
      <source>Sign in</source>
      <translation>Mewngofnodi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Standard</source>
      <translation>Safonol</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="243" />
      <source>Start the questions</source>
      <translation>Dechrau'r cwestiynau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="252" />
      <source>Take your time.</source>
      <translation>Cymerwch eich amser.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="221" />
      <source>Text size:</source>
      <translation>Maint y testun:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="226" />
      <source>Text size: {0}</source>
      <translation>Maint y testun: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="295" />
      <source>Thank you.</source>
      <translation>Diolch.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="196" />
      <source>These questions are for you to answer on your own, at your own pace. Each one says why we ask. You can choose 'Prefer not to say' or 'Skip for now' for any question.</source>
      <translation>Mae'r cwestiynau hyn i chi eu hateb ar eich pen eich hun, yn eich amser eich hun. Mae pob un yn dweud pam rydyn ni'n gofyn. Gallwch chi ddewis 'Mae'n well gennyf beidio â dweud' neu 'Hepgor am nawr' ar gyfer unrhyw gwestiwn.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>Very hard</source>
      <translation>Anodd iawn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="193" />
      <source>Welcome</source>
      <translation>Croeso</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="273" />
      <source>Why we ask: so we can make giving information easier for people.</source>
      <translation>Pam rydyn ni'n gofyn: er mwyn i ni allu ei gwneud hi'n haws i bobl roi gwybodaeth.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="155" />
      <source>You can skip any question, or stop at any time.</source>
      <translation>Gallwch chi hepgor unrhyw gwestiwn, neu stopio ar unrhyw adeg.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="298" />
      <source>Your answers are saved. Please let the staff member know you have finished. The screen will now lock.</source>
      <translation>Mae eich atebion wedi'u cadw. Rhowch wybod i'r aelod o staff eich bod chi wedi gorffen. Bydd y sgrin yn cloi nawr.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="254" />
      <source>Your answers so far are saved. When you are ready, carry on.</source>
      <translation>Mae eich atebion hyd yma wedi'u cadw. Pan fyddwch chi'n barod, gallwch chi barhau.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="107" />
      <source>Your questions</source>
      <translation>Eich cwestiynau</translation>
    </message>
  </context>
  <context>
    <name>VictimsCode</name>
    <message>
      <location filename="../src/intake/ui/rights.py" line="15" />
      <source>To be able to understand and to be understood</source>
      <translation>Deall a chael eich deall</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="25" />
      <source>To be given information about the offender following a conviction</source>
      <translation>Cael gwybodaeth am y troseddwr ar ôl euogfarn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="23" />
      <source>To be given information about the outcome of the case and any appeals</source>
      <translation>Cael gwybodaeth am ganlyniad yr achos ac unrhyw apeliadau</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="22" />
      <source>To be given information about the trial, trial process and role as a witness</source>
      <translation>Cael gwybodaeth am yr achos llys, proses yr achos llys a'ch rhan fel tyst</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="24" />
      <source>To be paid expenses and have property returned</source>
      <translation>Cael treuliau wedi'u talu a chael eiddo yn ôl</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="19" />
      <source>To be provided with information about compensation</source>
      <translation>Cael gwybodaeth am iawndal</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="20" />
      <source>To be provided with information about the investigation and prosecution</source>
      <translation>Cael gwybodaeth am yr ymchwiliad a'r erlyniad</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="17" />
      <source>To be provided with information when reporting the crime</source>
      <translation>Cael gwybodaeth wrth riportio'r drosedd</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="18" />
      <source>To be referred to services that support victims, with support tailored to needs</source>
      <translation>Cael eich atgyfeirio at wasanaethau sy'n cefnogi dioddefwyr, gyda chymorth sy'n addas i'ch anghenion</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="16" />
      <source>To have the details of the crime recorded without unjustified delay</source>
      <translation>Cael manylion y drosedd wedi'u cofnodi heb oedi diangen</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="21" />
      <source>To make a Victim Personal Statement</source>
      <translation>Gwneud Datganiad Personol Dioddefwr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="26" />
      <source>To make a complaint about rights not being met</source>
      <translation>Gwneud cwyn os nad yw eich hawliau'n cael eu bodloni</translation>
    </message>
  </context>
</TS>
