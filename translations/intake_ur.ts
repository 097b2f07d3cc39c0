<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
  <extra-intake-reviewed>no</extra-intake-reviewed>
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../src/intake/ui/about.py" line="28" />
      <source>&amp;About Intake…</source>
      <translation>Intake کے &amp;بارے میں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="64" />
      <source>About Intake</source>
      <translation>Intake کے بارے میں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="69" />
      <source>Intake helps a victim support service collect what it needs to know kindly, keep it safe on this computer, and report to funders without naming anyone.</source>
      <translation>Intake کے ذریعے جرم کے متاثرین کی مدد کرنے والی سروس اپنی ضرورت کی معلومات نرمی سے جمع کر سکتی ہے، انہیں اس کمپیوٹر پر محفوظ رکھ سکتی ہے، اور کسی کا نام لیے بغیر فنڈ دینے والوں کو رپورٹ دے سکتی ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="66" />
      <source>Intake {0}</source>
      <translation>Intake {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="79" />
      <source>Languages of the forms ({0})</source>
      <translation>فارموں کی زبانیں ({0})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="76" />
      <source>Languages of the screens</source>
      <translation>اسکرینوں کی زبانیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="94" />
      <source>Printed forms use the DejaVu fonts (free licence) and Noto Naskh Arabic (SIL Open Font Licence).</source>
      <translation>پرنٹ کیے گئے فارموں میں DejaVu فونٹس (آزاد لائسنس) اور Noto Naskh Arabic (SIL Open Font Licence) استعمال ہوتے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="84" />
      <source>Translations not yet checked were drafted with care but may contain mistakes. Please have a fluent speaker check them before relying on them; docs/translations.md explains how.</source>
      <translation>جن ترجموں کی ابھی جانچ نہیں ہوئی وہ احتیاط سے تیار کیے گئے ہیں، لیکن ان میں غلطیاں ہو سکتی ہیں۔ ان پر بھروسا کرنے سے پہلے براہِ کرم کسی ایسے شخص سے ان کی جانچ کروائیں جو یہ زبان روانی سے بولتا ہو؛ docs/translations.md میں اس کا طریقہ بتایا گیا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="55" />
      <source>{0}: not yet checked by a fluent speaker</source>
      <translation>{0}: ترجمہ ابھی کسی روانی سے یہ زبان بولنے والے نے نہیں جانچا</translation>
    </message>
  </context>
  <context>
    <name>CaptureDialog</name>
    <message>
      <location filename="../src/intake/ui/capture.py" line="92" />
      <source>&amp;Done</source>
      <translation>&amp;ہو گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="48" />
      <source>&amp;Find a question (type a few letters):</source>
      <translation>&amp;سوال تلاش کریں (چند حروف لکھیں):</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="91" />
      <source>&amp;Mark as mentioned</source>
      <translation>&amp;ذکر کے طور پر نشان لگائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="89" />
      <source>&amp;Record what they said</source>
      <translation>&amp;درج کریں کہ انہوں نے کیا کہا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="50" />
      <source>Find a question</source>
      <translation>سوال تلاش کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="42" />
      <source>Note something the person mentioned</source>
      <translation>اس شخص کی ذکر کی ہوئی کوئی بات نوٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="165" />
      <source>Noted. When this question comes, it will be asked gently.</source>
      <translation>نوٹ کر لیا گیا۔ جب یہ سوال آئے گا تو اسے نرمی سے پوچھا جائے گا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="69" />
      <source>Questions that match</source>
      <translation>ملتے جلتے سوال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="158" />
      <source>Recorded as 'prefer not to say'. It will not be asked again.</source>
      <translation>'میں نہیں بتانا چاہتا/چاہتی' کے طور پر درج کر لیا گیا۔ یہ دوبارہ نہیں پوچھا جائے گا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="150" />
      <source>Recorded. It will not be asked again.</source>
      <translation>درج کر لیا گیا۔ یہ دوبارہ نہیں پوچھا جائے گا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="90" />
      <source>They would rather &amp;not say</source>
      <translation>وہ &amp;نہیں بتانا چاہتے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="51" />
      <source>for example: religion, housing, date of birth</source>
      <translation>مثلاً: مذہب، رہائش، تاریخِ پیدائش</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Day</source>
      <translation>دن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Month</source>
      <translation>مہینہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Year</source>
      <translation>سال</translation>
    </message>
  </context>
  <context>
    <name>EngineWords</name>
    <message>
      <location filename="../src/intake/paper/answers.py" line="59" />
      <source>A 'none of these' kind of box is ticked beside others.</source>
      <translation>'ان میں سے کوئی نہیں' جیسے خانے کے ساتھ دوسرے خانوں پر بھی نشان لگا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="66" />
      <source>Both an answer and 'prefer not to say' are given.</source>
      <translation>جواب بھی دیا گیا ہے اور 'میں نہیں بتانا چاہتا/چاہتی' بھی چنا گیا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="58" />
      <source>More boxes are ticked than this question allows.</source>
      <translation>اس سوال میں جتنے خانوں کی اجازت ہے، اس سے زیادہ پر نشان لگا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="57" />
      <source>More than one box is ticked, but this question takes one.</source>
      <translation>ایک سے زیادہ خانوں پر نشان لگا ہے، لیکن اس سوال میں صرف ایک چنا جا سکتا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="98" />
      <source>No one in this workspace has the reference on this form. It may have been made by another service, or the person's record may have been erased. Nothing has been recorded.</source>
      <translation>اس ورک اسپیس میں کسی کا بھی وہ حوالہ نمبر نہیں جو اس فارم پر ہے۔ ہو سکتا ہے یہ فارم کسی اور سروس نے بنایا ہو، یا اس شخص کا ریکارڈ مٹا دیا گیا ہو۔ کچھ بھی درج نہیں کیا گیا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="31" />
      <source>One of these options goes on its own. Please choose it alone, or the others.</source>
      <translation>ان میں سے ایک جواب اکیلا ہی چنا جا سکتا ہے۔ براہِ کرم یا تو صرف وہی چنیں، یا باقی جوابات۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="45" />
      <source>Please choose a number from {0} to {1}.</source>
      <translation>براہِ کرم {0} سے {1} تک کوئی عدد چنیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="33" />
      <source>Please choose at least {0} of the options.</source>
      <translation>براہِ کرم کم از کم {0} جواب چنیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="30" />
      <source>Please choose from the options shown.</source>
      <translation>براہِ کرم دکھائے گئے جوابات میں سے چنیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="34" />
      <source>Please choose up to {0} of the options.</source>
      <translation>براہِ کرم زیادہ سے زیادہ {0} جواب چنیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="44" />
      <source>Please give a number of {0} or less.</source>
      <translation>براہِ کرم {0} یا اس سے کم کوئی عدد لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="43" />
      <source>Please give a number of {0} or more.</source>
      <translation>براہِ کرم {0} یا اس سے زیادہ کوئی عدد لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="41" />
      <source>Please give a number, using digits.</source>
      <translation>براہِ کرم عدد ہندسوں میں لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="42" />
      <source>Please give a whole number.</source>
      <translation>براہِ کرم پورا عدد لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="38" />
      <source>Please give the date as day, month and year.</source>
      <translation>براہِ کرم تاریخ دن، مہینے اور سال کے ساتھ لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="35" />
      <source>Please type your answer in words.</source>
      <translation>براہِ کرم اپنا جواب الفاظ میں لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="40" />
      <source>That date is a long time ago. Please check the year.</source>
      <translation>یہ تاریخ بہت پرانی ہے۔ براہِ کرم سال دیکھ لیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="39" />
      <source>That date is after today. Please check the year.</source>
      <translation>یہ تاریخ آج کے بعد کی ہے۔ براہِ کرم سال دیکھ لیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="36" />
      <source>That is a little long. Please use {0} letters or fewer.</source>
      <translation>یہ تھوڑا لمبا ہے۔ براہِ کرم اسے {0} حروف کے اندر رکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="65" />
      <source>The answer is longer than this question allows.</source>
      <translation>جواب اس سوال کی اجازت سے زیادہ لمبا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="63" />
      <source>The answer is not a number, or not a whole number.</source>
      <translation>جواب عدد نہیں ہے، یا پورا عدد نہیں ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="56" />
      <source>The answer is not one of the choices this question offers.</source>
      <translation>یہ جواب ان جوابات میں سے نہیں جو اس سوال میں دیے گئے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="61" />
      <source>The date is in the future, which this question does not allow.</source>
      <translation>تاریخ مستقبل کی ہے، جس کی یہ سوال اجازت نہیں دیتا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="60" />
      <source>The date is not a real date. Check the day, month and year.</source>
      <translation>یہ کوئی اصل تاریخ نہیں ہے۔ دن، مہینہ اور سال دیکھ لیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="64" />
      <source>The number is outside the range this question allows.</source>
      <translation>عدد اس حد سے باہر ہے جس کی یہ سوال اجازت دیتا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="103" />
      <source>The person on this form has no open journey to add answers to. Open a new journey on their page first, then import the form again.</source>
      <translation>اس فارم والے شخص کا کوئی کھلا سفر نہیں جس میں جوابات شامل کیے جا سکیں۔ پہلے اس شخص کے صفحے پر نیا سفر کھولیں، پھر فارم دوبارہ امپورٹ کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="62" />
      <source>The year is earlier than this question allows.</source>
      <translation>سال اس سے پہلے کا ہے جس کی یہ سوال اجازت دیتا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="37" />
      <source>There is no such date. Please check the day and month.</source>
      <translation>ایسی کوئی تاریخ نہیں ہوتی۔ براہِ کرم دن اور مہینہ دیکھ لیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="92" />
      <source>This form belongs to the person below.</source>
      <translation>یہ فارم نیچے دیے گئے شخص کا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="55" />
      <source>This form has a field Intake did not make; it was left out.</source>
      <translation>اس فارم میں ایک ایسا خانہ ہے جو Intake نے نہیں بنایا تھا؛ اسے چھوڑ دیا گیا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="94" />
      <source>This form has no reference on it, so Intake cannot tell whose it is. Open the person's page and type the answers in with Transcribe paper instead.</source>
      <translation>اس فارم پر کوئی حوالہ نمبر نہیں، اس لیے Intake نہیں بتا سکتا کہ یہ کس کا ہے۔ اس کے بجائے اس شخص کا صفحہ کھولیں اور 'کاغذی فارم ٹائپ کریں' سے جوابات ٹائپ کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="67" />
      <source>This is needed but empty.</source>
      <translation>یہ ضروری ہے لیکن خالی ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="69" />
      <source>This is not an Intake reference (they look like V-7KQ2-MX4P).</source>
      <translation>یہ Intake کا حوالہ نمبر نہیں ہے (حوالہ نمبر اس طرح کے ہوتے ہیں: V-7KQ2-MX4P)۔</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="29" />
      <source>This one needs an answer, or you can choose 'Prefer not to say'.</source>
      <translation>اس سوال کا جواب ضروری ہے، یا آپ 'میں نہیں بتانا چاہتا/چاہتی' چن سکتے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="68" />
      <source>This row has a different number of cells from the column names.</source>
      <translation>اس قطار میں خانوں کی تعداد کالموں کے ناموں کی تعداد سے مختلف ہے۔</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <location filename="../src/intake/ui/admin.py" line="138" />
      <source> (no access)</source>
      <translation> (رسائی نہیں)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="283" />
      <source> (only asked of some)</source>
      <translation> (صرف کچھ لوگوں سے پوچھا جاتا ہے)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="331" />
      <source> ({0} asked later)</source>
      <translation> ({0} بعد میں پوچھنے کے لیے)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="211" />
      <source> minutes</source>
      <translation> منٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="216" />
      <source> months</source>
      <translation> مہینے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="763" />
      <source> — some figures withheld</source>
      <translation> — کچھ اعداد روکے گئے ہیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="106" />
      <source>&amp;Add a colleague…</source>
      <translation>کسی ساتھی کو &amp;شامل کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="455" />
      <source>&amp;Add note</source>
      <translation>نوٹ &amp;شامل کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="218" />
      <source>&amp;Back</source>
      <translation>&amp;پیچھے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="155" />
      <source>&amp;Back up now…</source>
      <translation>ابھی &amp;بیک اپ لیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="176" />
      <source>&amp;Bigger text</source>
      <translation>&amp;بڑا متن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="81" />
      <source>&amp;Choose another folder…</source>
      <translation>کوئی اور فولڈر &amp;چنیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="126" />
      <source>&amp;Close</source>
      <translation>&amp;بند کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="508" />
      <source>&amp;Completeness</source>
      <translation>&amp;تکمیل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="70" />
      <source>&amp;Continue</source>
      <translation>&amp;جاری رکھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="120" />
      <source>&amp;Continue the conversation</source>
      <translation>بات چیت &amp;جاری رکھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="295" />
      <source>&amp;Current password</source>
      <translation>&amp;موجودہ پاس ورڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="45" />
      <source>&amp;Date of birth</source>
      <translation>&amp;تاریخِ پیدائش</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="232" />
      <source>&amp;Erase what is past its time now…</source>
      <translation>جن کی مدت ختم ہو چکی ہے انہیں ابھی &amp;مٹائیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="519" />
      <source>&amp;Export to a folder…</source>
      <translation>کسی فولڈر میں &amp;ایکسپورٹ کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="639" />
      <source>&amp;Find people with gaps</source>
      <translation>ادھورے جوابات والے لوگ &amp;تلاش کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="43" />
      <source>&amp;First name</source>
      <translation>&amp;پہلا نام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="73" />
      <source>&amp;Forgotten password?</source>
      <translation>&amp;پاس ورڈ بھول گئے؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="131" />
      <source>&amp;Hand over to answer alone</source>
      <translation>&amp;حوالے کریں تاکہ وہ اکیلے جواب دیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="201" />
      <source>&amp;Help</source>
      <translation>م&amp;دد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="194" />
      <source>&amp;High contrast</source>
      <translation>&amp;ہائی کنٹراسٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="661" />
      <source>&amp;Import</source>
      <translation>&amp;امپورٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="746" />
      <source>&amp;Import {0} referrals</source>
      <translation>{0} ریفرل &amp;امپورٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="128" />
      <source>&amp;Intake</source>
      <translation>&amp;Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="219" />
      <source>&amp;Keep closed journeys for</source>
      <translation>بند سفر &amp;اتنی مدت تک رکھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="184" />
      <source>&amp;Language</source>
      <translation>&amp;زبان</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="497" />
      <source>&amp;Language of the return</source>
      <translation>&amp;رپورٹ کی زبان</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="384" />
      <source>&amp;Language:</source>
      <translation>&amp;زبان:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="44" />
      <source>&amp;Last name</source>
      <translation>&amp;خاندانی نام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="132" />
      <source>&amp;Lock</source>
      <translation>&amp;تالا لگائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="218" />
      <source>&amp;Lock after this long without use</source>
      <translation>اتنی دیر استعمال نہ ہونے پر &amp;تالا لگائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="139" />
      <source>&amp;Make a new secret</source>
      <translation>نیا خفیہ کوڈ &amp;بنائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="396" />
      <source>&amp;Make the PDF</source>
      <translation>PDF &amp;بنائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="149" />
      <source>&amp;Manage</source>
      <translation>&amp;انتظام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="648" />
      <source>&amp;Mapping file:</source>
      <translation>&amp;میپنگ فائل:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="146" />
      <source>&amp;My caseload</source>
      <translation>&amp;میرے کیس</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="74" />
      <source>&amp;Name</source>
      <translation>&amp;نام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="296" />
      <source>&amp;New password</source>
      <translation>&amp;نیا پاس ورڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="130" />
      <source>&amp;New referral</source>
      <translation>&amp;نیا ریفرل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="129" />
      <source>&amp;New referral…</source>
      <translation>&amp;نیا ریفرل…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="219" />
      <source>&amp;Next</source>
      <translation>&amp;آگے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="145" />
      <source>&amp;Open journeys only</source>
      <translation>صرف &amp;کھلے سفر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="69" />
      <source>&amp;Open this person</source>
      <translation>اس شخص کا ریکارڈ &amp;کھولیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="310" />
      <source>&amp;Paper:</source>
      <translation>&amp;کاغذ:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="371" />
      <source>&amp;Password</source>
      <translation>&amp;پاس ورڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="493" />
      <source>&amp;Period</source>
      <translation>&amp;مدت</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="166" />
      <source>&amp;Print it</source>
      <translation>اسے &amp;پرنٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="207" />
      <source>&amp;Print…</source>
      <translation>&amp;پرنٹ کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="135" />
      <source>&amp;Quit</source>
      <translation>&amp;باہر نکلیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="570" />
      <source>&amp;Record {0} answers</source>
      <translation>{0} جوابات &amp;درج کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="647" />
      <source>&amp;Referral file:</source>
      <translation>&amp;ریفرل فائل:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="156" />
      <source>&amp;Restore from a backup…</source>
      <translation>بیک اپ سے &amp;بحال کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="491" />
      <source>&amp;Return</source>
      <translation>&amp;رپورٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="152" />
      <source>&amp;Returns and gaps…</source>
      <translation>&amp;رپورٹیں اور ادھورے جوابات…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="76" />
      <source>&amp;Role</source>
      <translation>&amp;کردار</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="338" />
      <source>&amp;Save answers</source>
      <translation>جوابات &amp;محفوظ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="206" />
      <source>&amp;Save as PDF…</source>
      <translation>PDF کے طور پر &amp;محفوظ کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="157" />
      <source>&amp;Settings…</source>
      <translation>&amp;ترتیبات…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="516" />
      <source>&amp;Show the return</source>
      <translation>رپورٹ &amp;دکھائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="179" />
      <source>&amp;Smaller text</source>
      <translation>&amp;چھوٹا متن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="383" />
      <source>&amp;Stage:</source>
      <translation>&amp;مرحلہ:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="220" />
      <source>&amp;Start using Intake</source>
      <translation>Intake کا استعمال &amp;شروع کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="150" />
      <source>&amp;Summary</source>
      <translation>&amp;خلاصہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="166" />
      <source>&amp;Text size</source>
      <translation>&amp;متن کا سائز</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="74" />
      <source>&amp;Unlock</source>
      <translation>&amp;تالا کھولیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="370" />
      <source>&amp;User name</source>
      <translation>&amp;یوزر نیم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="154" />
      <source>&amp;Users and roles…</source>
      <translation>&amp;صارفین اور کردار…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="154" />
      <source>&amp;Victims' Code</source>
      <translation>&amp;متاثرین کا ضابطہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="165" />
      <source>&amp;View</source>
      <translation>&amp;منظر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="58" />
      <source>A blank form</source>
      <translation>خالی فارم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="59" />
      <source>A caseworker copy</source>
      <translation>کیس ورکر کی کاپی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="453" />
      <source>A note for the team (the person may ask to see it)</source>
      <translation>ٹیم کے لیے نوٹ (یہ شخص اسے دیکھنے کا کہہ سکتا ہے)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="91" />
      <source>Add</source>
      <translation>شامل کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="63" />
      <source>Add a colleague</source>
      <translation>کسی ساتھی کو شامل کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="39" />
      <source>Administrator</source>
      <translation>ایڈمنسٹریٹر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="93" />
      <source>Already recorded: no change</source>
      <translation>پہلے سے درج: کوئی تبدیلی نہیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="116" />
      <source>Already recorded: {0}</source>
      <translation>پہلے سے درج: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="45" />
      <source>Anonymised reporting to funders</source>
      <translation>فنڈ دینے والوں کے لیے بغیر ناموں کے اعداد و شمار</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="374" />
      <source>Answer</source>
      <translation>جواب</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="533" />
      <source>Answer on the form</source>
      <translation>فارم پر جواب</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="241" />
      <source>Answered</source>
      <translation>جواب دیا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="567" />
      <source>Answers on the form</source>
      <translation>فارم پر جوابات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="149" />
      <source>Any stage</source>
      <translation>کوئی بھی مرحلہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="326" />
      <source>Ask later</source>
      <translation>بعد میں پوچھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="653" />
      <source>Ask your Intake administrator to reset your password. If every administrator password is lost, an administrator can use the printed recovery secret to set a new one.</source>
      <translation>اپنے Intake ایڈمنسٹریٹر سے کہیں کہ وہ آپ کا پاس ورڈ ری سیٹ کریں۔ اگر ہر ایڈمنسٹریٹر کا پاس ورڈ گم ہو جائے، تو کوئی ایڈمنسٹریٹر پرنٹ کیے ہوئے بحالی کے خفیہ کوڈ سے نیا پاس ورڈ بنا سکتا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="243" />
      <source>Asked later</source>
      <translation>بعد میں پوچھنے کے لیے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="88" />
      <source>Back to the people list</source>
      <translation>لوگوں کی فہرست پر واپس</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="329" />
      <source>Back up</source>
      <translation>بیک اپ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="373" />
      <source>Bar chart</source>
      <translation>بار چارٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="477" />
      <source>Blank form</source>
      <translation>خالی فارم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="107" />
      <source>Born {0}</source>
      <translation>پیدائش {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="650" />
      <source>C&amp;heck the files</source>
      <translation>فائلیں &amp;جانچیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="152" />
      <source>C&amp;onsent</source>
      <translation>&amp;رضامندی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="643" />
      <source>CSV files (*.csv)</source>
      <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="101" />
      <source>Calendar year</source>
      <translation>کیلنڈر سال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="205" />
      <source>Cancel</source>
      <translation>منسوخ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="147" />
      <source>Case summary</source>
      <translation>کیس کا خلاصہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="37" />
      <source>Caseworker</source>
      <translation>کیس ورکر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="392" />
      <source>Caseworker copy</source>
      <translation>کیس ورکر کی کاپی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="391" />
      <source>Caseworker copy: include questions only asked in conversation</source>
      <translation>کیس ورکر کی کاپی: وہ سوال بھی شامل کریں جو صرف بات چیت میں پوچھے جاتے ہیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="311" />
      <source>Change</source>
      <translation>بدلیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="198" />
      <source>Change my &amp;password…</source>
      <translation>اپنا &amp;پاس ورڈ بدلیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="288" />
      <source>Change my password</source>
      <translation>اپنا پاس ورڈ بدلیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="602" />
      <source>Chec&amp;k completeness</source>
      <translation>تکمیل &amp;جانچیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="508" />
      <source>Check before recording</source>
      <translation>درج کرنے سے پہلے جانچ لیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="603" />
      <source>Check completeness</source>
      <translation>تکمیل جانچیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="488" />
      <source>Check-in ({0}): {1}</source>
      <translation>حال احوال ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="90" />
      <source>Checking the secret…</source>
      <translation>خفیہ کوڈ جانچا جا رہا ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="885" />
      <source>Checking… this can take a little while.</source>
      <translation>جانچ ہو رہی ہے… اس میں تھوڑا وقت لگ سکتا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="705" />
      <source>Choose a first day before the last day.</source>
      <translation>ایسا پہلا دن چنیں جو آخری دن سے پہلے ہو۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="89" />
      <source>Choose a folder</source>
      <translation>ایک فولڈر چنیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="795" />
      <source>Choose a folder for the return</source>
      <translation>رپورٹ کے لیے ایک فولڈر چنیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="547" />
      <source>Choose a return and a period, then Show the return. The preview is exactly what the files will hold.</source>
      <translation>ایک رپورٹ اور ایک مدت چنیں، پھر "رپورٹ دکھائیں" دبائیں۔ پیش نظارہ بالکل وہی ہے جو فائلوں میں ہو گا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="706" />
      <source>Choose both files first.</source>
      <translation>پہلے دونوں فائلیں چنیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="381" />
      <source>Choose the backup folder</source>
      <translation>بیک اپ کا فولڈر چنیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="580" />
      <source>Choose the filled-in form</source>
      <translation>بھرا ہوا فارم چنیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="633" />
      <source>Choose the referral file (CSV, saved from the spreadsheet) and the mapping file that says what its columns mean. Intake checks every row first, and imports only when every row fits: nothing is half imported.</source>
      <translation>ریفرل فائل چنیں (CSV، جو اسپریڈشیٹ سے محفوظ کی گئی ہو) اور وہ میپنگ فائل جو بتاتی ہے کہ اس کے کالموں کا کیا مطلب ہے۔ Intake پہلے ہر قطار جانچتا ہے، اور صرف تب امپورٹ کرتا ہے جب ہر قطار ٹھیک ہو: کچھ بھی آدھا امپورٹ نہیں ہوتا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="677" />
      <source>Choose the {0}</source>
      <translation>{0} چنیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="676" />
      <source>Choose…</source>
      <translation>چنیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="141" />
      <source>Clear the search</source>
      <translation>تلاش صاف کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="521" />
      <source>Close</source>
      <translation>بند کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="126" />
      <source>Close this journey</source>
      <translation>یہ سفر بند کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="223" />
      <source>Closed journeys older than this are erased for good, with everything recorded in them. Check your data protection policy for the right period.</source>
      <translation>اس سے پرانے بند سفر، ان میں درج ہر چیز سمیت، ہمیشہ کے لیے مٹا دیے جاتے ہیں۔ صحیح مدت جاننے کے لیے اپنی ڈیٹا کے تحفظ کی پالیسی دیکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="167" />
      <source>Column headings</source>
      <translation>کالموں کے عنوان</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="615" />
      <source>Completeness</source>
      <translation>تکمیل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="383" />
      <source>Consent</source>
      <translation>رضامندی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent given</source>
      <translation>رضامندی دی گئی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent withdrawn</source>
      <translation>رضامندی واپس لے لی گئی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="815" />
      <source>Counting and protecting the figures…</source>
      <translation>اعداد گنے اور محفوظ کیے جا رہے ہیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="755" />
      <source>Counting… this can take a little while for a large service.</source>
      <translation>گنتی ہو رہی ہے… بڑی سروس کے لیے اس میں تھوڑا وقت لگ سکتا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="41" />
      <source>DD/MM/YYYY, if known</source>
      <translation>دن/مہینہ/سال، اگر معلوم ہو</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Date of birth</source>
      <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="411" />
      <source>Delivered</source>
      <translation>فراہم کیا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="123" />
      <source>Do this if the printed secret may have been seen by someone else, or is lost. The old secret stops working at once. The new one is shown only here: print it or write it down, and keep it safe.</source>
      <translation>یہ تب کریں جب ہو سکتا ہے کہ پرنٹ کیا ہوا خفیہ کوڈ کسی اور نے دیکھ لیا ہو، یا وہ گم ہو گیا ہو۔ پرانا خفیہ کوڈ فوراً کام کرنا بند کر دیتا ہے۔ نیا کوڈ صرف یہیں دکھایا جاتا ہے: اسے پرنٹ کریں یا لکھ لیں، اور محفوظ رکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="818" />
      <source>Done.</source>
      <translation>ہو گیا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="263" />
      <source>Done. {0} journey(s) erased.</source>
      <translation>ہو گیا۔ {0} سفر مٹا دیے گئے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="250" />
      <source>Erase</source>
      <translation>مٹائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="251" />
      <source>Erase every closed journey past the retention period? This cannot be undone.</source>
      <translation>کیا محفوظ رکھنے کی مدت سے گزرے ہوئے تمام بند سفر مٹا دیے جائیں؟ اسے واپس نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="742" />
      <source>Every row fits: {0} referrals with {1} answers. Nothing is imported yet.</source>
      <translation>ہر قطار ٹھیک ہے: {0} ریفرل، {1} جوابات کے ساتھ۔ ابھی کچھ بھی امپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="374" />
      <source>Every stage</source>
      <translation>ہر مرحلہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="606" />
      <source>Everyone's journeys</source>
      <translation>سب کے سفر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="72" />
      <source>Everything is kept in one folder, encrypted. Nobody can read it without a password, even if the laptop is lost. The usual place is fine for most services.</source>
      <translation>سب کچھ ایک فولڈر میں، خفیہ کاری کے ساتھ رکھا جاتا ہے۔ پاس ورڈ کے بغیر کوئی اسے نہیں پڑھ سکتا، چاہے لیپ ٹاپ گم ہو جائے۔ زیادہ تر سروسز کے لیے عام جگہ ٹھیک ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="98" />
      <source>Everything we hold about them (PDF)…</source>
      <translation>ان کے بارے میں ہمارے پاس موجود سب کچھ (PDF)…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="410" />
      <source>Explained</source>
      <translation>سمجھایا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="806" />
      <source>Export</source>
      <translation>ایکسپورٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="810" />
      <source>Export progress</source>
      <translation>ایکسپورٹ کی پیش رفت</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="569" />
      <source>Figures</source>
      <translation>اعداد و شمار</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>Fillable form</source>
      <translation>بھرنے کے قابل فارم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>Fillable: to fill in on a computer, tablet or phone</source>
      <translation>بھرنے کے قابل: کمپیوٹر، ٹیبلٹ یا فون پر بھرنے کے لیے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="608" />
      <source>Filled-in form</source>
      <translation>بھرا ہوا فارم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="102" />
      <source>Financial year (April to March)</source>
      <translation>مالی سال (اپریل سے مارچ)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="640" />
      <source>Find people with gaps</source>
      <translation>ادھورے جوابات والے لوگ تلاش کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="77" />
      <source>First &amp;password</source>
      <translation>&amp;پہلا پاس ورڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="110" />
      <source>First day</source>
      <translation>پہلا دن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="80" />
      <source>Folder for the encrypted information</source>
      <translation>خفیہ کاری شدہ معلومات کا فولڈر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="593" />
      <source>For case reviews: how many journeys open in the period have each question answered, declined (prefer not to say), put off until later, or not yet asked. It stays inside Intake and is never exported.</source>
      <translation>کیس کے جائزوں کے لیے: اس مدت میں کھلے کتنے سفروں میں ہر سوال کا جواب دیا گیا، جواب سے انکار کیا گیا (میں نہیں بتانا چاہتا/چاہتی)، بعد کے لیے چھوڑا گیا، یا ابھی پوچھا نہیں گیا۔ یہ Intake کے اندر ہی رہتا ہے اور کبھی ایکسپورٹ نہیں ہوتا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="526" />
      <source>For example: read aloud, leaflet given</source>
      <translation>مثلاً: پڑھ کر سنایا، کتابچہ دیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="651" />
      <source>Forgotten password</source>
      <translation>پاس ورڈ بھول گئے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="813" />
      <source>Gathering everything held…</source>
      <translation>موجود تمام معلومات جمع کی جا رہی ہیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="84" />
      <source>Give them the first password in person. They can change it from Manage, Change my password.</source>
      <translation>انہیں پہلا پاس ورڈ خود ملاقات میں دیں۔ وہ اسے "انتظام"، "اپنا پاس ورڈ بدلیں" سے بدل سکتے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="366" />
      <source>Given</source>
      <translation>دی گئی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="133" />
      <source>Hand over: the person answers their part alone, on a locked screen</source>
      <translation>حوالے کریں: وہ شخص اپنے حصے کے سوالوں کے جواب اکیلے دیتا ہے، تالا لگی اسکرین پر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="525" />
      <source>How it was explained</source>
      <translation>یہ کیسے سمجھایا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="377" />
      <source>How was it explained?</source>
      <translation>یہ کیسے سمجھایا گیا؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="527" />
      <source>How was this explained to the person?</source>
      <translation>اس شخص کو یہ کیسے سمجھایا گیا؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="169" />
      <source>I have printed it or written it down, and put it somewhere safe</source>
      <translation>میں نے اسے پرنٹ کر لیا ہے یا لکھ لیا ہے، اور کسی محفوظ جگہ رکھ دیا ہے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="158" />
      <source>If every password is ever forgotten, this secret is the only way back in. Print it or write it down now, and keep it somewhere safe and private, away from this laptop. It will not be shown again.</source>
      <translation>اگر کبھی سب پاس ورڈ بھول جائیں، تو دوبارہ اندر آنے کا واحد راستہ یہی خفیہ کوڈ ہے۔ اسے ابھی پرنٹ کریں یا لکھ لیں، اور اس لیپ ٹاپ سے دور کسی محفوظ اور نجی جگہ رکھیں۔ یہ دوبارہ نہیں دکھایا جائے گا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="153" />
      <source>Import &amp;referrals…</source>
      <translation>&amp;ریفرل امپورٹ کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="140" />
      <source>Import a &amp;filled-in PDF form…</source>
      <translation>&amp;بھرا ہوا PDF فارم امپورٹ کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="798" />
      <source>Import referrals</source>
      <translation>ریفرل امپورٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="774" />
      <source>Imported {0} referrals: {1} new people and {2} already known. {3} answers are recorded, so they will not be asked again.</source>
      <translation>{0} ریفرل امپورٹ ہو گئے: {1} نئے لوگ اور {2} پہلے سے معلوم۔ {3} جوابات درج ہو گئے ہیں، اس لیے یہ سوال دوبارہ نہیں پوچھے جائیں گے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="758" />
      <source>Importing referrals…</source>
      <translation>ریفرل امپورٹ ہو رہے ہیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="822" />
      <source>Information we hold</source>
      <translation>ہمارے پاس موجود معلومات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="370" />
      <source>Intake cannot open records because its form pack has a problem. Nothing saved has been touched. Please ask your administrator to run 'intake forms check'. The first problem is: {0}</source>
      <translation>Intake ریکارڈ نہیں کھول سکتا کیونکہ اس کے فارم پیک میں ایک مسئلہ ہے۔ محفوظ کی ہوئی کسی چیز کو چھیڑا نہیں گیا۔ براہِ کرم اپنے ایڈمنسٹریٹر سے 'intake forms check' چلانے کو کہیں۔ پہلا مسئلہ یہ ہے: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="302" />
      <source>Intake cannot reach a printer from this computer. Save the PDF, then open it and print it from your PDF reader.</source>
      <translation>Intake اس کمپیوٹر سے کسی پرنٹر تک نہیں پہنچ سکتا۔ PDF محفوظ کریں، پھر اسے کھول کر اپنے PDF ریڈر سے پرنٹ کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="74" />
      <source>Intake could not read or write a file it needs. Check there is space on the disk and that the folder is not read-only, then try again.</source>
      <translation>Intake ایک ضروری فائل پڑھ یا لکھ نہیں سکا۔ دیکھ لیں کہ ڈسک پر جگہ ہے اور فولڈر صرف پڑھنے کے لیے (read-only) نہیں ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="48" />
      <source>Intake is locked</source>
      <translation>Intake پر تالا لگا ہے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="49" />
      <source>Intake keeps the information your service collects safe and private on this computer. Let's set it up. This takes about two minutes.</source>
      <translation>Intake آپ کی سروس کی جمع کی ہوئی معلومات کو اس کمپیوٹر پر محفوظ اور نجی رکھتا ہے۔ آئیے اسے تیار کریں۔ اس میں تقریباً دو منٹ لگتے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="185" />
      <source>Intake recovery secret</source>
      <translation>Intake — بحالی کا خفیہ کوڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="525" />
      <source>Journey</source>
      <translation>سفر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="485" />
      <source>Journey closed</source>
      <translation>سفر بند ہوا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="114" />
      <source>Journey:</source>
      <translation>سفر:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="217" />
      <source>Keep closed journeys for</source>
      <translation>بند سفر اتنی مدت تک رکھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="189" />
      <source>Keep this somewhere safe and private, away from the laptop.</source>
      <translation>اسے لیپ ٹاپ سے دور، کسی محفوظ اور نجی جگہ رکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="103" />
      <source>Kind of year</source>
      <translation>سال کی قسم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="324" />
      <source>Known</source>
      <translation>معلوم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="380" />
      <source>Language</source>
      <translation>زبان</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="496" />
      <source>Language of the return</source>
      <translation>رپورٹ کی زبان</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="110" />
      <source>Last day</source>
      <translation>آخری دن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="212" />
      <source>Lock after this long without use</source>
      <translation>اتنی دیر استعمال نہ ہونے پر تالا لگائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="912" />
      <source>Looking… one moment.</source>
      <translation>دیکھا جا رہا ہے… ایک لمحہ۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="328" />
      <source>Making and checking a backup…</source>
      <translation>بیک اپ بنایا اور جانچا جا رہا ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="437" />
      <source>Making the form…</source>
      <translation>فارم بنایا جا رہا ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="805" />
      <source>Making the return…</source>
      <translation>رپورٹ بنائی جا رہی ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="38" />
      <source>Manager</source>
      <translation>مینیجر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="645" />
      <source>Mapping file</source>
      <translation>میپنگ فائل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="645" />
      <source>Mapping files (*.yaml *.yml)</source>
      <translation>میپنگ فائلیں (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="70" />
      <source>Message</source>
      <translation>پیغام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="61" />
      <source>Moving from another computer? &amp;Restore a backup instead…</source>
      <translation>کسی دوسرے کمپیوٹر سے منتقل ہو رہے ہیں؟ اس کے بجائے &amp;بیک اپ بحال کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="294" />
      <source>Name</source>
      <translation>نام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="57" />
      <source>Name of your &amp;organisation</source>
      <translation>آپ کے &amp;ادارے کا نام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="56" />
      <source>Name of your organisation</source>
      <translation>آپ کے ادارے کا نام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="203" />
      <source>New journey</source>
      <translation>نیا سفر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="452" />
      <source>New note</source>
      <translation>نیا نوٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="186" />
      <source>New password</source>
      <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="297" />
      <source>New password &amp;again</source>
      <translation>نیا پاس ورڈ &amp;دوبارہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="187" />
      <source>New password for {0}</source>
      <translation>{0} کے لیے نیا پاس ورڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="131" />
      <source>New recovery secret</source>
      <translation>بحالی کا نیا خفیہ کوڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="543" />
      <source>New referral</source>
      <translation>نیا ریفرل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="225" />
      <source>No one matches. Check the spelling, or start a new referral.</source>
      <translation>کوئی نہیں ملا۔ ہجے جانچیں، یا نیا ریفرل شروع کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="909" />
      <source>No open journey has gaps in the stages it has reached.</source>
      <translation>کسی بھی کھلے سفر کے اب تک کے مراحل میں کوئی سوال ادھورا نہیں ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="156" />
      <source>No&amp;tes</source>
      <translation>&amp;نوٹس</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="131" />
      <source>No, &amp;create a new person</source>
      <translation>جی نہیں، نئے شخص کا ریکارڈ &amp;بنائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="374" />
      <source>No.</source>
      <translation>نمبر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="98" />
      <source>None open</source>
      <translation>کوئی کھلا نہیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="244" />
      <source>Not asked</source>
      <translation>نہیں پوچھا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="364" />
      <source>Not asked yet</source>
      <translation>ابھی نہیں پوچھا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="127" />
      <source>Note something &amp;mentioned</source>
      <translation>ذکر کی ہوئی بات &amp;نوٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="241" />
      <source>Note something mentioned</source>
      <translation>ذکر کی ہوئی بات نوٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="129" />
      <source>Note something the person mentioned, for any question</source>
      <translation>کسی بھی سوال کے لیے، اس شخص کی ذکر کی ہوئی کوئی بات نوٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="446" />
      <source>Notes</source>
      <translation>نوٹس</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="400" />
      <source>Nothing from this stage is printed on that paper.</source>
      <translation>اس مرحلے کی کوئی چیز اس کاغذ پر پرنٹ نہیں ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="541" />
      <source>Nothing is filled in on this form.</source>
      <translation>اس فارم پر کچھ بھی نہیں بھرا گیا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="465" />
      <source>Nothing is typed in yet. Type an answer beside its number first.</source>
      <translation>ابھی کچھ بھی نہیں لکھا گیا۔ پہلے کوئی جواب اس کے نمبر کے ساتھ لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="764" />
      <source>Nothing was imported. {0}</source>
      <translation>کچھ بھی امپورٹ نہیں ہوا۔ {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="816" />
      <source>Noting the export in the audit trail…</source>
      <translation>ایکسپورٹ کو آڈٹ ریکارڈ میں درج کیا جا رہا ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="113" />
      <source>Open a new &amp;journey</source>
      <translation>نیا &amp;سفر کھولیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="412" />
      <source>Open a record</source>
      <translation>ریکارڈ کھولیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Open journeys</source>
      <translation>کھلے سفر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="323" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="91" />
      <source>Pape&amp;r and records…</source>
      <translation>&amp;کاغذ اور ریکارڈ…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="443" />
      <source>Paper form</source>
      <translation>کاغذی فارم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="354" />
      <source>Paper form for this person</source>
      <translation>اس شخص کا کاغذی فارم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="93" />
      <source>Paper forms, typing in a paper form, and a copy of their records</source>
      <translation>کاغذی فارم، کاغذی فارم کے جوابات ٹائپ کرنا، اور ان کے ریکارڈ کی کاپی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="368" />
      <source>Password</source>
      <translation>پاس ورڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="114" />
      <source>Password &amp;again</source>
      <translation>پاس ورڈ &amp;دوبارہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="91" />
      <source>Pause the conversation and go back to the person's page</source>
      <translation>بات چیت روکیں اور اس شخص کے صفحے پر واپس جائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="129" />
      <source>People</source>
      <translation>لوگ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="161" />
      <source>People found</source>
      <translation>ملنے والے لوگ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="509" />
      <source>People with &amp;gaps</source>
      <translation>&amp;ادھورے جوابات والے لوگ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="647" />
      <source>People with gaps</source>
      <translation>ادھورے جوابات والے لوگ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="630" />
      <source>People with open journeys whose questions are not yet answered or declined, in the stages they have reached, so the team can plan the kindest way to fill the gaps, or to leave them. Only shown here.</source>
      <translation>کھلے سفر والے وہ لوگ جن کے اب تک کے مراحل میں کچھ سوالوں کا نہ ابھی جواب دیا گیا ہے نہ انکار کیا گیا ہے، تاکہ ٹیم سوچ سکے کہ یہ کمی پوری کرنے کا، یا اسے ویسے ہی چھوڑ دینے کا، سب سے مہربان طریقہ کیا ہے۔ یہ صرف یہیں دکھایا جاتا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="120" />
      <source>Please enter your user name and password.</source>
      <translation>براہِ کرم اپنا یوزر نیم اور پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="96" />
      <source>Please give the date of birth as day/month/year, or leave it empty.</source>
      <translation>براہِ کرم تاریخِ پیدائش دن/مہینہ/سال کی صورت میں لکھیں، یا اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="91" />
      <source>Please type at least one name.</source>
      <translation>براہِ کرم کم از کم ایک نام لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="136" />
      <source>Please wait</source>
      <translation>براہِ کرم انتظار کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="62" />
      <source>Possible matches</source>
      <translation>ممکنہ طور پر ملتے جلتے ریکارڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="713" />
      <source>Practice workspace. Sign in as {0} with the password: {1}</source>
      <translation>مشق کی ورک اسپیس۔ {0} کے طور پر اس پاس ورڈ سے سائن ان کریں: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="43" />
      <source>Practice workspace: made-up people only. Nothing here is real.</source>
      <translation>مشق کی ورک اسپیس: صرف فرضی لوگ۔ یہاں کچھ بھی اصلی نہیں ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="242" />
      <source>Prefer not to say</source>
      <translation>میں نہیں بتانا چاہتا/چاہتی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="292" />
      <source>Print</source>
      <translation>پرنٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="138" />
      <source>Print a &amp;blank form…</source>
      <translation>&amp;خالی فارم پرنٹ کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="354" />
      <source>Print a blank form</source>
      <translation>خالی فارم پرنٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="96" />
      <source>Print their paper form (what we still need)…</source>
      <translation>ان کا کاغذی فارم پرنٹ کریں (جو ابھی ہمیں چاہیے)…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="57" />
      <source>Printed for this person (known questions left out)</source>
      <translation>اس شخص کے لیے پرنٹ کیا گیا (جن سوالوں کے جواب معلوم ہیں وہ شامل نہیں)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="107" />
      <source>Quarter</source>
      <translation>سہ ماہی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="240" />
      <source>Question</source>
      <translation>سوال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="109" />
      <source>Question {0}</source>
      <translation>سوال {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="258" />
      <source>Question {0}: {1}</source>
      <translation>سوال {0}: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="361" />
      <source>Questions already answered are left out. The form shows the reference {0} and a code that finds the record when it comes back. It never shows the person's name.</source>
      <translation>جن سوالوں کے جواب پہلے دیے جا چکے ہیں وہ شامل نہیں کیے گئے۔ فارم پر حوالہ نمبر {0} اور ایک کوڈ ہوتا ہے جس سے فارم واپس آنے پر ریکارڈ مل جاتا ہے۔ اس پر کبھی اس شخص کا نام نہیں ہوتا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="297" />
      <source>Questions to fill</source>
      <translation>باقی سوالات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="113" />
      <source>Re&amp;move access</source>
      <translation>رسائی &amp;ختم کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="592" />
      <source>Reading the form…</source>
      <translation>فارم پڑھا جا رہا ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="814" />
      <source>Reading the journeys…</source>
      <translation>سفر پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="529" />
      <source>Record consent</source>
      <translation>رضامندی درج کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="345" />
      <source>Record consent: {0}</source>
      <translation>رضامندی درج کریں: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="609" />
      <source>Recorded {0} answers and {1} check-ins.</source>
      <translation>{0} جوابات اور حال احوال کے {1} جوابات درج کر لیے گئے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="666" />
      <source>Recovery</source>
      <translation>بحالی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="51" />
      <source>Recovery &amp;secret</source>
      <translation>بحالی کا &amp;خفیہ کوڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="164" />
      <source>Recovery secret</source>
      <translation>بحالی کا خفیہ کوڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="293" />
      <source>Reference</source>
      <translation>حوالہ نمبر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="105" />
      <source>Reference {0}</source>
      <translation>حوالہ نمبر {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="289" />
      <source>Reference {0}. Choose the stage and the paper you have, then type each answer beside its number. Leave a row empty if it was left empty on the paper. Tab or Enter moves to the next row.</source>
      <translation>حوالہ نمبر {0}۔ مرحلہ اور آپ کے پاس موجود کاغذ چنیں، پھر ہر جواب اس کے نمبر کے ساتھ لکھیں۔ اگر کاغذ پر کوئی قطار خالی چھوڑی گئی تھی تو اسے خالی رہنے دیں۔ Tab یا Enter دبانے سے اگلی قطار آ جاتی ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="643" />
      <source>Referral file</source>
      <translation>ریفرل فائل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="483" />
      <source>Referral received</source>
      <translation>ریفرل موصول ہوا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="296" />
      <source>Referred</source>
      <translation>ریفرل کی تاریخ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="183" />
      <source>Referred {0} ({1})</source>
      <translation>ریفرل کی تاریخ {0} ({1})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="301" />
      <source>Reopen this journey</source>
      <translation>یہ سفر دوبارہ کھولیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="158" />
      <source>Replace the recovery &amp;secret…</source>
      <translation>بحالی کا &amp;خفیہ کوڈ بدلیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="118" />
      <source>Replace the recovery secret</source>
      <translation>بحالی کا خفیہ کوڈ بدلیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="189" />
      <source>Reset</source>
      <translation>ری سیٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="112" />
      <source>Reset &amp;password…</source>
      <translation>&amp;پاس ورڈ ری سیٹ کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="182" />
      <source>Reset password</source>
      <translation>پاس ورڈ ری سیٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="360" />
      <source>Restore</source>
      <translation>بحال کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="395" />
      <source>Restore this backup? Intake will lock first. The current data is kept aside, never deleted. You will then sign in with a password that was valid when the backup was made.</source>
      <translation>کیا یہ بیک اپ بحال کیا جائے؟ پہلے Intake پر تالا لگ جائے گا۔ موجودہ ڈیٹا الگ رکھ دیا جاتا ہے، کبھی مٹایا نہیں جاتا۔ پھر آپ اس پاس ورڈ سے سائن ان کریں گے جو بیک اپ بنتے وقت درست تھا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="409" />
      <source>Restoring and checking…</source>
      <translation>بحال کیا اور جانچا جا رہا ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="488" />
      <source>Return</source>
      <translation>رپورٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="507" />
      <source>Return pre&amp;view</source>
      <translation>رپورٹ کا &amp;پیش نظارہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="479" />
      <source>Returns and case reviews</source>
      <translation>رپورٹیں اور کیس کے جائزے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="409" />
      <source>Right</source>
      <translation>حق</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="108" />
      <source>Role</source>
      <translation>کردار</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="656" />
      <source>Rows that do not fit</source>
      <translation>وہ قطاریں جو ٹھیک نہیں بیٹھتیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="784" />
      <source>Rows {0}: someone similar is already recorded. Please check they are not the same person.</source>
      <translation>قطاریں {0}: ان جیسا کوئی شخص پہلے سے درج ہے۔ براہِ کرم جانچ لیں کہ یہ ایک ہی شخص تو نہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="235" />
      <source>Save</source>
      <translation>محفوظ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="323" />
      <source>Save {0}</source>
      <translation>{0} محفوظ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="137" />
      <source>Search by name, reference (V-…) or date of birth</source>
      <translation>نام، حوالہ نمبر (V-…) یا تاریخِ پیدائش سے تلاش کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="138" />
      <source>Search people</source>
      <translation>لوگ تلاش کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="194" />
      <source>Searching…</source>
      <translation>تلاش جاری ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="297" />
      <source>Sending to the printer…</source>
      <translation>پرنٹر کو بھیجا جا رہا ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="111" />
      <source>Set &amp;role</source>
      <translation>&amp;کردار مقرر کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="66" />
      <source>Set the new password</source>
      <translation>نیا پاس ورڈ مقرر کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="205" />
      <source>Set up Intake</source>
      <translation>Intake تیار کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="233" />
      <source>Setting up the encrypted workspace… this takes a few seconds.</source>
      <translation>خفیہ کاری شدہ ورک اسپیس تیار کی جا رہی ہے… اس میں چند سیکنڈ لگتے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="204" />
      <source>Settings</source>
      <translation>ترتیبات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="44" />
      <source>Sharing with named agencies</source>
      <translation>چنی ہوئی سروسز کے ساتھ شیئر کرنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="700" />
      <source>Show the return again for the new choice.</source>
      <translation>نئے انتخاب کے لیے رپورٹ دوبارہ دکھائیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="52" />
      <source>Sign in to continue. Personal information is hidden while locked.</source>
      <translation>جاری رکھنے کے لیے سائن ان کریں۔ تالا لگا ہونے کے دوران ذاتی معلومات چھپی رہتی ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="386" />
      <source>Sign in with a user name and password that worked when the backup was made (a manager or an administrator). Intake checks the backup first, then keeps the information in this folder: {0}</source>
      <translation>اس صارف نام اور پاس ورڈ سے سائن ان کریں جو بیک اپ بنتے وقت کام کرتے تھے (کسی مینیجر یا ایڈمنسٹریٹر کا)۔ Intake پہلے بیک اپ کی جانچ کرتا ہے، پھر معلومات اس فولڈر میں رکھتا ہے: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="456" />
      <source>Some answers need a look before saving; they are marked below. Nothing has been saved yet.</source>
      <translation>محفوظ کرنے سے پہلے کچھ جوابات کو دیکھنے کی ضرورت ہے؛ ان پر نیچے نشان لگا ہے۔ ابھی کچھ بھی محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="879" />
      <source>Someone no longer listed</source>
      <translation>کوئی جو اب فہرست میں نہیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="78" />
      <source>Something unexpected went wrong. Nothing saved before has been lost. Please try again; if it happens again, tell your administrator.</source>
      <translation>کچھ غیر متوقع خرابی ہو گئی۔ پہلے محفوظ کی ہوئی کوئی چیز ضائع نہیں ہوئی۔ براہِ کرم دوبارہ کوشش کریں؛ اگر پھر ایسا ہو، تو اپنے ایڈمنسٹریٹر کو بتائیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="239" />
      <source>Stage</source>
      <translation>مرحلہ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="245" />
      <source>Stage not reached</source>
      <translation>مرحلے تک نہیں پہنچے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="137" />
      <source>Stage:</source>
      <translation>مرحلہ:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="146" />
      <source>Status</source>
      <translation>صورتحال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="817" />
      <source>Subject access</source>
      <translation>ذاتی معلومات تک رسائی (Subject access)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="43" />
      <source>Support from this service</source>
      <translation>اس سروس سے مدد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="159" />
      <source>T&amp;imeline</source>
      <translation>&amp;ٹائم لائن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="556" />
      <source>Tables in the return</source>
      <translation>رپورٹ میں شامل جدولیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="139" />
      <source>That user name and password do not match. Please try again. After a few tries Intake waits a little longer each time, to keep the records safe.</source>
      <translation>یہ یوزر نیم اور پاس ورڈ آپس میں نہیں ملتے۔ براہِ کرم دوبارہ کوشش کریں۔ چند کوششوں کے بعد، ریکارڈ محفوظ رکھنے کے لیے، Intake ہر بار تھوڑا زیادہ انتظار کرواتا ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="201" />
      <source>The PDF is ready. Print it, or save it as a file.</source>
      <translation>PDF تیار ہے۔ اسے پرنٹ کریں، یا فائل کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="341" />
      <source>The backup is made and checked. It is encrypted with the same key, in:
{0}
Copy that folder to a safe place, such as an encrypted USB stick.</source>
      <translation>بیک اپ بن گیا ہے اور جانچ لیا گیا ہے۔ یہ اسی کلید سے خفیہ کاری شدہ ہے، اور یہاں ہے:
{0}
اس فولڈر کو کسی محفوظ جگہ کاپی کریں، جیسے خفیہ کاری شدہ USB اسٹک۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="420" />
      <source>The backup is restored. Please sign in.</source>
      <translation>بیک اپ بحال ہو گیا ہے۔ براہِ کرم سائن ان کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="737" />
      <source>The file has no referrals in it.</source>
      <translation>اس فائل میں کوئی ریفرل نہیں ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="715" />
      <source>The mapping file is not a text file. Save it as UTF-8 text.</source>
      <translation>میپنگ فائل ٹیکسٹ فائل نہیں ہے۔ اسے UTF-8 ٹیکسٹ کے طور پر محفوظ کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="666" />
      <source>The new password is set. Please sign in.</source>
      <translation>نیا پاس ورڈ مقرر ہو گیا ہے۔ براہِ کرم سائن ان کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="312" />
      <source>The printer did not take the PDF. Check it is switched on and connected, then try again, or save the PDF and print it from there.</source>
      <translation>پرنٹر نے PDF قبول نہیں کی۔ دیکھ لیں کہ پرنٹر آن ہے اور جڑا ہوا ہے، پھر دوبارہ کوشش کریں، یا PDF محفوظ کر کے وہاں سے پرنٹ کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="369" />
      <source>The questions could not be loaded</source>
      <translation>سوال لوڈ نہیں ہو سکے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="833" />
      <source>The return is saved in {0}</source>
      <translation>رپورٹ {0} میں محفوظ ہو گئی ہے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="838" />
      <source>The return is saved in:
{0}

{1}

Figures shown as {2} are withheld so that no one can be identified. The export is noted in the audit trail.</source>
      <translation>رپورٹ یہاں محفوظ ہو گئی ہے:
{0}

{1}

{2} کی صورت میں دکھائے گئے اعداد روک لیے گئے ہیں تاکہ کسی کی شناخت نہ ہو سکے۔ یہ ایکسپورٹ آڈٹ ریکارڈ میں درج ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="315" />
      <source>The two new passwords are not the same.</source>
      <translation>دونوں نئے پاس ورڈ ایک جیسے نہیں ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="141" />
      <source>The two passwords are not the same. Please type them again.</source>
      <translation>دونوں پاس ورڈ ایک جیسے نہیں ہیں۔ براہِ کرم انہیں دوبارہ لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="57" />
      <source>Their information will be left out of every anonymised return from now on, including returns for earlier periods made after today.</source>
      <translation>اب سے ان کی معلومات بغیر ناموں کی ہر رپورٹ سے باہر رکھی جائیں گی، ان پچھلی مدتوں کی رپورٹوں سمیت جو آج کے بعد بنائی جائیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="665" />
      <source>There is no return template that fits these questions yet.</source>
      <translation>ابھی کوئی ایسا رپورٹ سانچہ نہیں ہے جو ان سوالوں کے مطابق ہو۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="547" />
      <source>These could not be read, so they will not be recorded. You can ask them again in person:</source>
      <translation>یہ پڑھے نہیں جا سکے، اس لیے درج نہیں کیے جائیں گے۔ آپ یہ سوال ملاقات میں دوبارہ پوچھ سکتے ہیں:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="54" />
      <source>These people are already known, with the same date of birth and a similar name. If one of them is this person, open their record so nothing is asked twice.</source>
      <translation>یہ لوگ پہلے سے معلوم ہیں، اسی تاریخِ پیدائش اور ملتے جلتے نام کے ساتھ۔ اگر ان میں سے کوئی یہی شخص ہے، تو اس کا ریکارڈ کھولیں تاکہ کچھ بھی دو بار نہ پوچھا جائے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="587" />
      <source>This file is too large to be an Intake form.</source>
      <translation>یہ فائل Intake فارم ہونے کے لیے بہت بڑی ہے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="824" />
      <source>This holds everything about this person, including notes. Give it only to them, and keep any saved copy somewhere safe.</source>
      <translation>اس میں اس شخص کے بارے میں سب کچھ ہے، نوٹس سمیت۔ یہ صرف انہیں دیں، اور محفوظ کی ہوئی کوئی بھی کاپی کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="351" />
      <source>This journey is closed. Reopen it on the person's page to add answers.</source>
      <translation>یہ سفر بند ہے۔ جوابات شامل کرنے کے لیے اسے اس شخص کے صفحے پر دوبارہ کھولیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="305" />
      <source>Three or four unrelated words work well; at least 12 characters.</source>
      <translation>تین یا چار غیر متعلق الفاظ اچھے رہتے ہیں؛ کم از کم 12 حروف۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="406" />
      <source>Tick each right when it has been explained, and when delivered.</source>
      <translation>ہر حق پر نشان لگائیں جب وہ سمجھا دیا جائے، اور جب وہ فراہم کر دیا جائے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="158" />
      <source>Timeline</source>
      <translation>ٹائم لائن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="195" />
      <source>Total</source>
      <translation>کل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="371" />
      <source>Totals of each row</source>
      <translation>ہر قطار کا کل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="283" />
      <source>Type in a paper form</source>
      <translation>کاغذی فارم ٹائپ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="97" />
      <source>Type in a paper form they filled in…</source>
      <translation>ان کا بھرا ہوا کاغذی فارم ٹائپ کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="37" />
      <source>Type the recovery secret exactly as printed (capital letters and dashes are optional), the user name, and a new password for that user. Passwords need at least {0} characters.</source>
      <translation>بحالی کا خفیہ کوڈ بالکل ویسے ہی لکھیں جیسے پرنٹ ہوا ہے (بڑے حروف اور ڈیش لگانا ضروری نہیں)، یوزر نیم، اور اس صارف کے لیے نیا پاس ورڈ۔ پاس ورڈ میں کم از کم {0} حروف ہونے چاہییں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="170" />
      <source>Type to search.</source>
      <translation>تلاش کے لیے لکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="76" />
      <source>Unlock</source>
      <translation>تالا کھولیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="113" />
      <source>Unlocking…</source>
      <translation>تالا کھولا جا رہا ہے…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="32" />
      <source>Use the recovery secret</source>
      <translation>بحالی کا خفیہ کوڈ استعمال کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="659" />
      <source>Use the recovery secret…</source>
      <translation>بحالی کا خفیہ کوڈ استعمال کریں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="367" />
      <source>User name</source>
      <translation>یوزر نیم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="103" />
      <source>Users</source>
      <translation>صارفین</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="98" />
      <source>Users and roles</source>
      <translation>صارفین اور کردار</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="438" />
      <source>Victims' Code</source>
      <translation>متاثرین کا ضابطہ (Victims' Code)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="503" />
      <source>Victims' Code right {0} {1}</source>
      <translation>متاثرین کے ضابطے کا حق {0}: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="48" />
      <source>We will stop recording new information for their support. What is already recorded is kept until the retention period ends, unless they ask for it to be erased. Talk with your manager about closing their support kindly.</source>
      <translation>ہم ان کی مدد کے لیے نئی معلومات درج کرنا بند کر دیں گے۔ جو پہلے سے درج ہے وہ محفوظ رکھنے کی مدت ختم ہونے تک رکھا جائے گا، جب تک وہ اسے مٹانے کا نہ کہیں۔ ان کی مدد نرمی سے ختم کرنے کے بارے میں اپنے مینیجر سے بات کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="53" />
      <source>We will stop sharing their information with other agencies from now on. Anything already shared cannot be taken back, but we will tell those agencies.</source>
      <translation>ہم اب سے ان کی معلومات دوسری سروسز کے ساتھ شیئر کرنا بند کر دیں گے۔ جو پہلے شیئر ہو چکا ہے وہ واپس نہیں لیا جا سکتا، لیکن ہم ان سروسز کو بتا دیں گے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="48" />
      <source>Welcome to Intake</source>
      <translation>Intake میں خوش آمدید</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="533" />
      <source>What happens</source>
      <translation>کیا ہو گا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="522" />
      <source>What this changes:</source>
      <translation>اس سے کیا بدلے گا:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="71" />
      <source>Where the information is kept</source>
      <translation>معلومات کہاں رکھی جاتی ہیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="298" />
      <source>Which</source>
      <translation>کون سے سوال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="305" />
      <source>Which paper</source>
      <translation>کون سا کاغذ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="101" />
      <source>Who can use Intake</source>
      <translation>Intake کون استعمال کر سکتا ہے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="36" />
      <source>Who has been referred?</source>
      <translation>کسے ریفر کیا گیا ہے؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="605" />
      <source>Whose journeys</source>
      <translation>کس کے سفر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="91" />
      <source>Will be recorded</source>
      <translation>درج کیا جائے گا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="92" />
      <source>Will replace what was recorded before</source>
      <translation>پہلے درج کی گئی بات کی جگہ لے گا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="344" />
      <source>Withdraw</source>
      <translation>واپس لیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="391" />
      <source>Withdraw consent</source>
      <translation>رضامندی واپس لیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="346" />
      <source>Withdraw consent: {0}</source>
      <translation>رضامندی واپس لیں: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="368" />
      <source>Withdrawn</source>
      <translation>واپس لے لی گئی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="817" />
      <source>Writing the four files…</source>
      <translation>چاروں فائلیں لکھی جا رہی ہیں…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="105" />
      <source>Year</source>
      <translation>سال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="98" />
      <source>You will look after Intake for your service: adding colleagues, backups and the recovery secret. Choose a password you can remember but others could not guess. Three or four unrelated words work well, for example 'kettle river orange march'. It needs at least {0} characters.</source>
      <translation>آپ اپنی سروس کے لیے Intake کی دیکھ بھال کریں گے: ساتھیوں کو شامل کرنا، بیک اپ اور بحالی کا خفیہ کوڈ۔ ایسا پاس ورڈ چنیں جو آپ کو یاد رہے لیکن دوسرے اس کا اندازہ نہ لگا سکیں۔ تین یا چار غیر متعلق الفاظ اچھے رہتے ہیں، مثلاً 'kettle river orange march'۔ اس میں کم از کم {0} حروف ہونے چاہییں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="111" />
      <source>Your &amp;name</source>
      <translation>آپ کا &amp;نام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="97" />
      <source>Your administrator account</source>
      <translation>آپ کا ایڈمنسٹریٹر اکاؤنٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="157" />
      <source>Your recovery secret</source>
      <translation>آپ کا بحالی کا خفیہ کوڈ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>closed</source>
      <translation>بند</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="181" />
      <source>dd/mm/yyyy</source>
      <translation>دن/مہینہ/سال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>delivered</source>
      <translation>فراہم کیا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>explained</source>
      <translation>سمجھایا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="537" />
      <source>explained in person</source>
      <translation>ملاقات میں سمجھایا گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>open</source>
      <translation>کھلا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>practice</source>
      <translation>مشق</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="135" />
      <source>prefer not to say</source>
      <translation>میں نہیں بتانا چاہتا/چاہتی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="492" />
      <source>preferred not to say</source>
      <translation>نہیں بتانا چاہا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="116" />
      <source>to</source>
      <translation>تا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="137" />
      <source>to ask later</source>
      <translation>بعد میں پوچھنا ہے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="156" />
      <source>{0} ({1} of {2})</source>
      <translation>{0} ({2} میں سے {1})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="779" />
      <source>{0} answers the person had already given were kept.</source>
      <translation>اس شخص کے پہلے سے دیے ہوئے {0} جوابات برقرار رکھے گئے۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="244" />
      <source>{0} closed journey(s) are past the retention period.</source>
      <translation>{0} بند سفر محفوظ رکھنے کی مدت سے گزر چکے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="227" />
      <source>{0} found. Press Enter or double-click to open.</source>
      <translation>{0} ملے۔ کھولنے کے لیے Enter دبائیں یا ڈبل کلک کریں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="894" />
      <source>{0} journeys open in {1}. Showing: {2}.</source>
      <translation>{1} میں {0} سفر کھلے تھے۔ دکھایا جا رہا ہے: {2}۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="318" />
      <source>{0} known · {1} declined · {2} later · {3} not asked yet</source>
      <translation>{0} معلوم · {1} نہیں بتانا چاہا · {2} بعد میں · {3} ابھی نہیں پوچھے گئے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="766" />
      <source>{0} means a figure is withheld so that no one can be identified. </source>
      <translation>{0} کا مطلب ہے کہ کوئی عدد روک لیا گیا ہے تاکہ کسی کی شناخت نہ ہو سکے۔ </translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="907" />
      <source>{0} open journeys have questions still to fill.</source>
      <translation>{0} کھلے سفروں میں ابھی کچھ سوال باقی ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="451" />
      <source>{0} questions already answered are left out. It shows the reference, not the name.</source>
      <translation>پہلے سے جواب دیے گئے {0} سوال شامل نہیں کیے گئے۔ اس پر حوالہ نمبر ہوتا ہے، نام نہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="732" />
      <source>{0} rows do not fit, so nothing can be imported yet. Fix them in the spreadsheet, save it as CSV again, and check again.</source>
      <translation>{0} قطاریں ٹھیک نہیں بیٹھتیں، اس لیے ابھی کچھ بھی امپورٹ نہیں ہو سکتا۔ انہیں اسپریڈشیٹ میں درست کریں، اسے دوبارہ CSV کے طور پر محفوظ کریں، اور پھر سے جانچیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="84" />
      <source>{0} to {1}</source>
      <translation>{0} سے {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="514" />
      <source>{0}, reference {1}</source>
      <translation>{0}، حوالہ نمبر {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="772" />
      <source>{0}, {1}. Made on {2}.</source>
      <translation>{0}، {1}۔ {2} کو بنائی گئی۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="464" />
      <source>{0}: column headings</source>
      <translation>{0}: کالموں کے عنوان</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="124" />
      <source>{0}: prefer not to say</source>
      <translation>{0}: میں نہیں بتانا چاہتا/چاہتی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="462" />
      <source>{0}: row headings</source>
      <translation>{0}: قطاروں کے عنوان</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="231" />
      <source>{0}: withheld so that no one can be identified</source>
      <translation>{0}: روکا گیا تاکہ کسی کی شناخت نہ ہو سکے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="89" />
      <source>← &amp;Pause and go back</source>
      <translation>→ &amp;رکیں اور واپس جائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="87" />
      <source>← &amp;People</source>
      <translation>→ &amp;لوگ</translation>
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
      <translation>&amp;پیچھے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="355" />
      <source>&amp;Finish</source>
      <translation>&amp;ختم کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="118" />
      <source>&amp;Next</source>
      <translation>&amp;آگے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="115" />
      <source>&amp;Prefer not to say</source>
      <translation>&amp;میں نہیں بتانا چاہتا/چاہتی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="116" />
      <source>&amp;Skip for now</source>
      <translation>&amp;ابھی چھوڑ دیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="418" />
      <source>Already known, so not asked: {0}</source>
      <translation>پہلے سے معلوم، اس لیے نہیں پوچھے گئے: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="412" />
      <source>Answers given: {0}</source>
      <translation>دیے گئے جوابات: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="277" />
      <source>Anything you would like to add (optional)</source>
      <translation>کوئی اور بات جو آپ شامل کرنا چاہیں (اختیاری)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="116" />
      <source>Ask &amp;later</source>
      <translation>&amp;بعد میں پوچھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="123" />
      <source>Ask this question later</source>
      <translation>یہ سوال بعد میں پوچھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="120" />
      <source>Back to the previous step</source>
      <translation>پچھلے قدم پر واپس جائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="414" />
      <source>Chose not to say: {0}</source>
      <translation>نہیں بتانا چاہا: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="92" />
      <source>Ctrl+K</source>
      <translation>Ctrl+K</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="110" />
      <source>Message</source>
      <translation>پیغام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="125" />
      <source>Next</source>
      <translation>آگے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="88" />
      <source>Note something &amp;mentioned</source>
      <translation>ذکر کی ہوئی بات &amp;نوٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="90" />
      <source>Note something the person mentioned, for any question</source>
      <translation>کسی بھی سوال کے لیے، اس شخص کی ذکر کی ہوئی کوئی بات نوٹ کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="252" />
      <source>Please check this one.</source>
      <translation>براہِ کرم یہ جواب ایک بار دیکھ لیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="121" />
      <source>Prefer not to say</source>
      <translation>میں نہیں بتانا چاہتا/چاہتی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="380" />
      <source>Question {0} of {1}</source>
      <translation>{1} میں سے سوال {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="86" />
      <source>Save status</source>
      <translation>محفوظ ہونے کی صورتحال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="242" />
      <source>Saved</source>
      <translation>محفوظ ہو گیا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="268" />
      <source>Say to the person:</source>
      <translation>اس شخص سے کہیں:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="123" />
      <source>Skip this question for now</source>
      <translation>یہ سوال ابھی چھوڑ دیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="411" />
      <source>That is the end of this part. Thank you.</source>
      <translation>یہ حصہ ختم ہوا۔ شکریہ۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="42" />
      <source>This could not be saved just now. Nothing saved before is lost. Please try again; if it keeps happening, tell your administrator.</source>
      <translation>یہ ابھی محفوظ نہیں ہو سکا۔ پہلے محفوظ کی ہوئی کوئی چیز ضائع نہیں ہوئی۔ براہِ کرم دوبارہ کوشش کریں؛ اگر ایسا ہوتا رہے، تو اپنے ایڈمنسٹریٹر کو بتائیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="416" />
      <source>To come back to later: {0}</source>
      <translation>بعد میں واپس آنے کے لیے: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="385" />
      <source>Why we ask: {0}</source>
      <translation>ہم کیوں پوچھتے ہیں: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="271" />
      <source>You could say</source>
      <translation>آپ کہہ سکتے ہیں</translation>
    </message>
  </context>
  <context>
    <name>SelfCompletion</name>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="256" />
      <source>&amp;Carry on</source>
      <translation>&amp;جاری رکھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="281" />
      <source>&amp;Finish</source>
      <translation>&amp;ختم کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="305" />
      <source>&amp;Lock the screen</source>
      <translation>&amp;اسکرین پر تالا لگائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="280" />
      <source>&amp;Prefer not to say</source>
      <translation>&amp;میں نہیں بتانا چاہتا/چاہتی</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="241" />
      <source>&amp;Start</source>
      <translation>&amp;شروع کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="258" />
      <source>Carry on with the questions</source>
      <translation>سوالات جاری رکھیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="207" />
      <source>Choose your language:</source>
      <translation>اپنی زبان چنیں:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>Easy</source>
      <translation>آسان</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="236" />
      <source>High contrast</source>
      <translation>ہائی کنٹراسٹ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="234" />
      <source>High contrast (white on black)</source>
      <translation>ہائی کنٹراسٹ (کالے پر سفید)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="269" />
      <source>How did it feel to answer these questions on your own?</source>
      <translation>ان سوالوں کے جواب اکیلے دینا آپ کو کیسا لگا؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>How did it feel?</source>
      <translation>آپ کو کیسا لگا؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="151" />
      <source>I would like a break</source>
      <translation>مجھے وقفہ چاہیے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="150" />
      <source>I'd like a &amp;break</source>
      <translation>مجھے &amp;وقفہ چاہیے</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Larger</source>
      <translation>بڑا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Largest</source>
      <translation>سب سے بڑا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="307" />
      <source>Lock the screen and hand back to staff</source>
      <translation>اسکرین پر تالا لگائیں اور عملے کو واپس دیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="74" />
      <source>Notes</source>
      <translation>نوٹس</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="267" />
      <source>One last question</source>
      <translation>ایک آخری سوال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="154" />
      <source>Or press Shift three times</source>
      <translation>یا Shift تین بار دبائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="152" />
      <source>Quick &amp;exit</source>
      <translation>&amp;فوراً باہر نکلیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="153" />
      <source>Quick exit: hide this screen now</source>
      <translation>فوراً باہر نکلیں: یہ اسکرین ابھی چھپائیں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="81" />
      <source>Sign in</source>
      <translation>سائن ان کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Standard</source>
      <translation>معیاری</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="243" />
      <source>Start the questions</source>
      <translation>سوالات شروع کریں</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="252" />
      <source>Take your time.</source>
      <translation>آرام سے، کوئی جلدی نہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="221" />
      <source>Text size:</source>
      <translation>متن کا سائز:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="226" />
      <source>Text size: {0}</source>
      <translation>متن کا سائز: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="295" />
      <source>Thank you.</source>
      <translation>شکریہ۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="196" />
      <source>These questions are for you to answer on your own, at your own pace. Each one says why we ask. You can choose 'Prefer not to say' or 'Skip for now' for any question.</source>
      <translation>یہ سوال آپ کے لیے ہیں، تاکہ آپ اکیلے، اپنی رفتار سے جواب دے سکیں۔ ہر سوال کے ساتھ لکھا ہے کہ ہم کیوں پوچھتے ہیں۔ آپ کسی بھی سوال کے لیے 'میں نہیں بتانا چاہتا/چاہتی' یا 'ابھی چھوڑ دیں' چن سکتے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>Very hard</source>
      <translation>بہت مشکل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="193" />
      <source>Welcome</source>
      <translation>خوش آمدید</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="273" />
      <source>Why we ask: so we can make giving information easier for people.</source>
      <translation>ہم کیوں پوچھتے ہیں: تاکہ ہم لوگوں کے لیے معلومات دینا آسان بنا سکیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="155" />
      <source>You can skip any question, or stop at any time.</source>
      <translation>آپ کوئی بھی سوال چھوڑ سکتے ہیں، یا کسی بھی وقت رک سکتے ہیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="298" />
      <source>Your answers are saved. Please let the staff member know you have finished. The screen will now lock.</source>
      <translation>آپ کے جوابات محفوظ ہو گئے ہیں۔ براہِ کرم عملے کے رکن کو بتا دیں کہ آپ نے ختم کر لیا ہے۔ اب اسکرین پر تالا لگ جائے گا۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="254" />
      <source>Your answers so far are saved. When you are ready, carry on.</source>
      <translation>اب تک کے آپ کے جوابات محفوظ ہیں۔ جب آپ تیار ہوں، تو جاری رکھیں۔</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="107" />
      <source>Your questions</source>
      <translation>آپ کے سوالات</translation>
    </message>
  </context>
  <context>
    <name>VictimsCode</name>
    <message>
      <location filename="../src/intake/ui/rights.py" line="15" />
      <source>To be able to understand and to be understood</source>
      <translation>سمجھنے اور سمجھے جانے کے قابل ہونا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="25" />
      <source>To be given information about the offender following a conviction</source>
      <translation>سزا کے بعد مجرم کے بارے میں معلومات ملنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="23" />
      <source>To be given information about the outcome of the case and any appeals</source>
      <translation>کیس کے نتیجے اور کسی بھی اپیل کے بارے میں معلومات ملنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="22" />
      <source>To be given information about the trial, trial process and role as a witness</source>
      <translation>مقدمے کی سماعت، اس کے طریقۂ کار اور گواہ کے طور پر کردار کے بارے میں معلومات ملنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="24" />
      <source>To be paid expenses and have property returned</source>
      <translation>اخراجات کی ادائیگی اور چیزیں واپس ملنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="19" />
      <source>To be provided with information about compensation</source>
      <translation>معاوضے کے بارے میں معلومات ملنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="20" />
      <source>To be provided with information about the investigation and prosecution</source>
      <translation>تحقیقات اور مقدمے کی کارروائی کے بارے میں معلومات ملنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="17" />
      <source>To be provided with information when reporting the crime</source>
      <translation>جرم کی اطلاع دیتے وقت معلومات ملنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="18" />
      <source>To be referred to services that support victims, with support tailored to needs</source>
      <translation>متاثرین کی مدد کرنے والی سروسز کو ریفر کیا جانا، اور ضروریات کے مطابق مدد ملنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="16" />
      <source>To have the details of the crime recorded without unjustified delay</source>
      <translation>جرم کی تفصیلات کا بلاجواز تاخیر کے بغیر درج کیا جانا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="21" />
      <source>To make a Victim Personal Statement</source>
      <translation>متاثرہ شخص کا ذاتی بیان (Victim Personal Statement) دینا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="26" />
      <source>To make a complaint about rights not being met</source>
      <translation>حقوق پورے نہ ہونے پر شکایت کرنا</translation>
    </message>
  </context>
</TS>
