<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <extra-intake-reviewed>no</extra-intake-reviewed>
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../src/intake/ui/about.py" line="28" />
      <source>&amp;About Intake…</source>
      <translation>&amp;حول Intake…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="64" />
      <source>About Intake</source>
      <translation>حول Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="69" />
      <source>Intake helps a victim support service collect what it needs to know kindly, keep it safe on this computer, and report to funders without naming anyone.</source>
      <translation>يساعد Intake خدمة دعم ضحايا الجريمة على جمع ما تحتاج إلى معرفته بلطف، وحفظه بأمان على هذا الكمبيوتر، وتقديم التقارير إلى الجهات التي تموّلها من دون ذكر اسم أي شخص.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="66" />
      <source>Intake {0}</source>
      <translation>Intake {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="79" />
      <source>Languages of the forms ({0})</source>
      <translation>لغات النماذج ({0})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="76" />
      <source>Languages of the screens</source>
      <translation>لغات الشاشات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="94" />
      <source>Printed forms use the DejaVu fonts (free licence) and Noto Naskh Arabic (SIL Open Font Licence).</source>
      <translation>تستخدم النماذج المطبوعة خطوط DejaVu (برخصة حرة) وخط Noto Naskh Arabic (برخصة SIL Open Font Licence).</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="84" />
      <source>Translations not yet checked were drafted with care but may contain mistakes. Please have a fluent speaker check them before relying on them; docs/translations.md explains how.</source>
      <translation>صِيغت الترجمات التي لم تُراجَع بعد بعناية، لكنها قد تحتوي على أخطاء. يُرجى أن يراجعها شخص يتقن اللغة قبل الاعتماد عليها؛ ويشرح الملف docs/translations.md طريقة ذلك.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="55" />
      <source>{0}: not yet checked by a fluent speaker</source>
      <translation>{0}: لم تُراجَع الترجمة بعد من قِبل شخص يتقن اللغة</translation>
    </message>
  </context>
  <context>
    <name>CaptureDialog</name>
    <message>
      <location filename="../src/intake/ui/capture.py" line="92" />
      <source>&amp;Done</source>
      <translation>&amp;إنهاء</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="48" />
      <source>&amp;Find a question (type a few letters):</source>
      <translation>&amp;البحث عن سؤال (بكتابة بعض الأحرف):</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="91" />
      <source>&amp;Mark as mentioned</source>
      <translation>تسجيل أنه &amp;ذُكر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="89" />
      <source>&amp;Record what they said</source>
      <translation>&amp;تسجيل ما قاله الشخص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="50" />
      <source>Find a question</source>
      <translation>البحث عن سؤال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="42" />
      <source>Note something the person mentioned</source>
      <translation>تدوين شيء ذكره الشخص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="165" />
      <source>Noted. When this question comes, it will be asked gently.</source>
      <translation>تم التدوين. عندما يحين وقت هذا السؤال، سيُطرح بلطف.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="69" />
      <source>Questions that match</source>
      <translation>الأسئلة المطابقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="158" />
      <source>Recorded as 'prefer not to say'. It will not be asked again.</source>
      <translation>سُجّل على أنه «أفضّل عدم الإجابة». لن يُطرح مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="150" />
      <source>Recorded. It will not be asked again.</source>
      <translation>تم التسجيل. لن يُطرح السؤال مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="90" />
      <source>They would rather &amp;not say</source>
      <translation>الشخص يفضّل &amp;عدم الإجابة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="51" />
      <source>for example: religion, housing, date of birth</source>
      <translation>مثلًا: الدين، السكن، تاريخ الميلاد</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Month</source>
      <translation>الشهر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Year</source>
      <translation>السنة</translation>
    </message>
  </context>
  <context>
    <name>EngineWords</name>
    <message>
      <location filename="../src/intake/paper/answers.py" line="59" />
      <source>A 'none of these' kind of box is ticked beside others.</source>
      <translation>عُلِّم مربع من نوع «لا شيء مما سبق» إلى جانب مربعات أخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="66" />
      <source>Both an answer and 'prefer not to say' are given.</source>
      <translation>توجد إجابة، واختير «أفضّل عدم الإجابة» أيضًا.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="58" />
      <source>More boxes are ticked than this question allows.</source>
      <translation>عُلِّمت مربعات أكثر مما يسمح به هذا السؤال.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="57" />
      <source>More than one box is ticked, but this question takes one.</source>
      <translation>عُلِّم أكثر من مربع واحد، لكن هذا السؤال يقبل مربعًا واحدًا فقط.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="98" />
      <source>No one in this workspace has the reference on this form. It may have been made by another service, or the person's record may have been erased. Nothing has been recorded.</source>
      <translation>لا يوجد في مساحة العمل هذه أي شخص له الرقم المرجعي الموجود في هذا النموذج. ربما أعدّته خدمة أخرى، أو ربما مُحي سجل الشخص. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="31" />
      <source>One of these options goes on its own. Please choose it alone, or the others.</source>
      <translation>أحد هذه الخيارات لا يُختار إلا وحده. يُرجى اختياره وحده، أو اختيار الخيارات الأخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="45" />
      <source>Please choose a number from {0} to {1}.</source>
      <translation>يُرجى اختيار رقم من {0} إلى {1}.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="33" />
      <source>Please choose at least {0} of the options.</source>
      <translation>يُرجى اختيار {0} من الخيارات على الأقل.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="30" />
      <source>Please choose from the options shown.</source>
      <translation>يُرجى الاختيار من الخيارات المعروضة.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="34" />
      <source>Please choose up to {0} of the options.</source>
      <translation>يُرجى اختيار {0} من الخيارات كحدّ أقصى.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="44" />
      <source>Please give a number of {0} or less.</source>
      <translation>يُرجى كتابة رقم لا يزيد على {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="43" />
      <source>Please give a number of {0} or more.</source>
      <translation>يُرجى كتابة رقم لا يقل عن {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="41" />
      <source>Please give a number, using digits.</source>
      <translation>يُرجى كتابة العدد بالأرقام.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="42" />
      <source>Please give a whole number.</source>
      <translation>يُرجى كتابة عدد صحيح.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="38" />
      <source>Please give the date as day, month and year.</source>
      <translation>يُرجى كتابة التاريخ باليوم والشهر والسنة.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="35" />
      <source>Please type your answer in words.</source>
      <translation>يُرجى كتابة إجابتك بالكلمات.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="40" />
      <source>That date is a long time ago. Please check the year.</source>
      <translation>هذا التاريخ بعيد جدًا في الماضي. يُرجى التحقق من السنة.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="39" />
      <source>That date is after today. Please check the year.</source>
      <translation>هذا التاريخ بعد اليوم. يُرجى التحقق من السنة.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="36" />
      <source>That is a little long. Please use {0} letters or fewer.</source>
      <translation>هذا أطول قليلًا من اللازم. يُرجى ألا يزيد عدد الأحرف على {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="65" />
      <source>The answer is longer than this question allows.</source>
      <translation>الإجابة أطول مما يسمح به هذا السؤال.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="63" />
      <source>The answer is not a number, or not a whole number.</source>
      <translation>الإجابة ليست رقمًا، أو ليست عددًا صحيحًا.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="56" />
      <source>The answer is not one of the choices this question offers.</source>
      <translation>الإجابة ليست من الخيارات التي يعرضها هذا السؤال.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="61" />
      <source>The date is in the future, which this question does not allow.</source>
      <translation>التاريخ في المستقبل، وهذا السؤال لا يسمح بذلك.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="60" />
      <source>The date is not a real date. Check the day, month and year.</source>
      <translation>التاريخ غير صحيح. يُرجى التحقق من اليوم والشهر والسنة.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="64" />
      <source>The number is outside the range this question allows.</source>
      <translation>الرقم خارج النطاق الذي يسمح به هذا السؤال.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="103" />
      <source>The person on this form has no open journey to add answers to. Open a new journey on their page first, then import the form again.</source>
      <translation>ليس للشخص صاحب هذا النموذج رحلة دعم مفتوحة يمكن إضافة الإجابات إليها. يُرجى أولًا فتح رحلة دعم جديدة من صفحة الشخص، ثم استيراد النموذج مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="62" />
      <source>The year is earlier than this question allows.</source>
      <translation>السنة أقدم مما يسمح به هذا السؤال.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="37" />
      <source>There is no such date. Please check the day and month.</source>
      <translation>لا يوجد تاريخ كهذا. يُرجى التحقق من اليوم والشهر.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="92" />
      <source>This form belongs to the person below.</source>
      <translation>هذا النموذج يخص الشخص المذكور أدناه.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="55" />
      <source>This form has a field Intake did not make; it was left out.</source>
      <translation>في هذا النموذج حقل لم يُنشئه Intake؛ لذلك تُرك جانبًا.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="94" />
      <source>This form has no reference on it, so Intake cannot tell whose it is. Open the person's page and type the answers in with Transcribe paper instead.</source>
      <translation>لا يوجد رقم مرجعي في هذا النموذج، لذلك لا يستطيع Intake معرفة صاحبه. يُرجى بدلًا من ذلك فتح صفحة الشخص وإدخال الإجابات باستخدام «إدخال نموذج ورقي».</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="67" />
      <source>This is needed but empty.</source>
      <translation>هذا مطلوب لكنه فارغ.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="69" />
      <source>This is not an Intake reference (they look like V-7KQ2-MX4P).</source>
      <translation>هذا ليس رقمًا مرجعيًا من Intake (تبدو الأرقام المرجعية هكذا: V-7KQ2-MX4P).</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="29" />
      <source>This one needs an answer, or you can choose 'Prefer not to say'.</source>
      <translation>هذا السؤال يحتاج إلى إجابة، أو يمكنك اختيار «أفضّل عدم الإجابة».</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="68" />
      <source>This row has a different number of cells from the column names.</source>
      <translation>عدد الخلايا في هذا الصف يختلف عن عدد أسماء الأعمدة.</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <location filename="../src/intake/ui/admin.py" line="138" />
      <source> (no access)</source>
      <translation> (بلا صلاحية دخول)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="283" />
      <source> (only asked of some)</source>
      <translation> (يُطرح على بعض الأشخاص فقط)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="331" />
      <source> ({0} asked later)</source>
      <translation> ({0} للطرح لاحقًا)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="211" />
      <source> minutes</source>
      <translation> دقيقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="216" />
      <source> months</source>
      <translation> شهرًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="763" />
      <source> — some figures withheld</source>
      <translation> — بعض الأرقام محجوبة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="106" />
      <source>&amp;Add a colleague…</source>
      <translation>&amp;إضافة زميل…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="455" />
      <source>&amp;Add note</source>
      <translation>&amp;إضافة ملاحظة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="218" />
      <source>&amp;Back</source>
      <translation>&amp;رجوع</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="155" />
      <source>&amp;Back up now…</source>
      <translation>إنشاء &amp;نسخة احتياطية الآن…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="176" />
      <source>&amp;Bigger text</source>
      <translation>نص &amp;أكبر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="81" />
      <source>&amp;Choose another folder…</source>
      <translation>&amp;اختيار مجلد آخر…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="126" />
      <source>&amp;Close</source>
      <translation>إ&amp;غلاق</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="508" />
      <source>&amp;Completeness</source>
      <translation>اكتمال ال&amp;بيانات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="70" />
      <source>&amp;Continue</source>
      <translation>&amp;متابعة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="120" />
      <source>&amp;Continue the conversation</source>
      <translation>مواصلة ال&amp;حديث</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="295" />
      <source>&amp;Current password</source>
      <translation>كلمة المرور ال&amp;حالية</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="45" />
      <source>&amp;Date of birth</source>
      <translation>&amp;تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="232" />
      <source>&amp;Erase what is past its time now…</source>
      <translation>&amp;محو ما انتهت مدته الآن…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="519" />
      <source>&amp;Export to a folder…</source>
      <translation>&amp;تصدير إلى مجلد…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="639" />
      <source>&amp;Find people with gaps</source>
      <translation>البحث عن &amp;أشخاص لديهم نواقص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="43" />
      <source>&amp;First name</source>
      <translation>الاسم ال&amp;أول</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="73" />
      <source>&amp;Forgotten password?</source>
      <translation>هل &amp;نسيت كلمة المرور؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="131" />
      <source>&amp;Hand over to answer alone</source>
      <translation>&amp;تسليم الجهاز للإجابة على انفراد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="201" />
      <source>&amp;Help</source>
      <translation>&amp;مساعدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="194" />
      <source>&amp;High contrast</source>
      <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="661" />
      <source>&amp;Import</source>
      <translation>&amp;استيراد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="746" />
      <source>&amp;Import {0} referrals</source>
      <translation>&amp;استيراد {0} من الإحالات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="128" />
      <source>&amp;Intake</source>
      <translation>&amp;Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="219" />
      <source>&amp;Keep closed journeys for</source>
      <translation>الاحتفاظ برحلات الدعم المغلقة &amp;لمدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="184" />
      <source>&amp;Language</source>
      <translation>ال&amp;لغة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="497" />
      <source>&amp;Language of the return</source>
      <translation>&amp;لغة التقرير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="384" />
      <source>&amp;Language:</source>
      <translation>ال&amp;لغة:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="44" />
      <source>&amp;Last name</source>
      <translation>اسم ال&amp;عائلة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="132" />
      <source>&amp;Lock</source>
      <translation>&amp;قفل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="218" />
      <source>&amp;Lock after this long without use</source>
      <translation>&amp;القفل بعد هذه المدة من عدم الاستخدام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="139" />
      <source>&amp;Make a new secret</source>
      <translation>&amp;إنشاء رمز استرداد جديد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="396" />
      <source>&amp;Make the PDF</source>
      <translation>&amp;إنشاء ملف PDF</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="149" />
      <source>&amp;Manage</source>
      <translation>&amp;الإدارة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="648" />
      <source>&amp;Mapping file:</source>
      <translation>ملف &amp;ربط الأعمدة:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="146" />
      <source>&amp;My caseload</source>
      <translation>&amp;حالاتي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="74" />
      <source>&amp;Name</source>
      <translation>&amp;الاسم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="296" />
      <source>&amp;New password</source>
      <translation>كلمة المرور ال&amp;جديدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="130" />
      <source>&amp;New referral</source>
      <translation>إحالة &amp;جديدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="129" />
      <source>&amp;New referral…</source>
      <translation>إحالة &amp;جديدة…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="219" />
      <source>&amp;Next</source>
      <translation>ال&amp;تالي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="145" />
      <source>&amp;Open journeys only</source>
      <translation>&amp;رحلات الدعم المفتوحة فقط</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="69" />
      <source>&amp;Open this person</source>
      <translation>&amp;فتح سجل هذا الشخص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="310" />
      <source>&amp;Paper:</source>
      <translation>&amp;نوع الورقة:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="371" />
      <source>&amp;Password</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="493" />
      <source>&amp;Period</source>
      <translation>ال&amp;فترة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="166" />
      <source>&amp;Print it</source>
      <translation>&amp;طباعته</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="207" />
      <source>&amp;Print…</source>
      <translation>&amp;طباعة…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="135" />
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="570" />
      <source>&amp;Record {0} answers</source>
      <translation>&amp;تسجيل {0} من الإجابات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="647" />
      <source>&amp;Referral file:</source>
      <translation>ملف ال&amp;إحالات:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="156" />
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="491" />
      <source>&amp;Return</source>
      <translation>&amp;التقرير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="152" />
      <source>&amp;Returns and gaps…</source>
      <translation>ال&amp;تقارير والنواقص…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="76" />
      <source>&amp;Role</source>
      <translation>ال&amp;دور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="338" />
      <source>&amp;Save answers</source>
      <translation>&amp;حفظ الإجابات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="206" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;حفظ كملف PDF…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="157" />
      <source>&amp;Settings…</source>
      <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="516" />
      <source>&amp;Show the return</source>
      <translation>&amp;عرض التقرير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="179" />
      <source>&amp;Smaller text</source>
      <translation>&amp;نص أصغر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="383" />
      <source>&amp;Stage:</source>
      <translation>ال&amp;مرحلة:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="220" />
      <source>&amp;Start using Intake</source>
      <translation>&amp;بدء استخدام Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="150" />
      <source>&amp;Summary</source>
      <translation>ال&amp;ملخص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="166" />
      <source>&amp;Text size</source>
      <translation>&amp;حجم النص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="74" />
      <source>&amp;Unlock</source>
      <translation>&amp;فتح القفل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="370" />
      <source>&amp;User name</source>
      <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="154" />
      <source>&amp;Users and roles…</source>
      <translation>ال&amp;مستخدمون والأدوار…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="154" />
      <source>&amp;Victims' Code</source>
      <translation>&amp;قانون حقوق الضحايا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="165" />
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="58" />
      <source>A blank form</source>
      <translation>نموذج فارغ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="59" />
      <source>A caseworker copy</source>
      <translation>نسخة مسؤول الحالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="453" />
      <source>A note for the team (the person may ask to see it)</source>
      <translation>ملاحظة للفريق (قد يطلب الشخص الاطلاع عليها)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="91" />
      <source>Add</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="63" />
      <source>Add a colleague</source>
      <translation>إضافة زميل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="39" />
      <source>Administrator</source>
      <translation>مسؤول النظام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="93" />
      <source>Already recorded: no change</source>
      <translation>مسجّل من قبل: لا تغيير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="116" />
      <source>Already recorded: {0}</source>
      <translation>مسجّل من قبل: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="45" />
      <source>Anonymised reporting to funders</source>
      <translation>تقارير من دون أسماء للجهات التي تموّلنا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="374" />
      <source>Answer</source>
      <translation>الإجابة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="533" />
      <source>Answer on the form</source>
      <translation>الإجابة في النموذج</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="241" />
      <source>Answered</source>
      <translation>أُجيب عنها</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="567" />
      <source>Answers on the form</source>
      <translation>الإجابات في النموذج</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="149" />
      <source>Any stage</source>
      <translation>أي مرحلة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="326" />
      <source>Ask later</source>
      <translation>طرح السؤال لاحقًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="653" />
      <source>Ask your Intake administrator to reset your password. If every administrator password is lost, an administrator can use the printed recovery secret to set a new one.</source>
      <translation>يُرجى أن تطلب من مسؤول نظام Intake إعادة تعيين كلمة المرور الخاصة بك. إذا فُقدت كلمات مرور جميع مسؤولي النظام، يمكن لأحد مسؤولي النظام استخدام رمز الاسترداد السري المطبوع لتعيين كلمة مرور جديدة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="243" />
      <source>Asked later</source>
      <translation>للطرح لاحقًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="88" />
      <source>Back to the people list</source>
      <translation>العودة إلى قائمة الأشخاص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="329" />
      <source>Back up</source>
      <translation>نسخ احتياطي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="373" />
      <source>Bar chart</source>
      <translation>مخطط شريطي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="477" />
      <source>Blank form</source>
      <translation>نموذج فارغ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="107" />
      <source>Born {0}</source>
      <translation>تاريخ الميلاد: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="650" />
      <source>C&amp;heck the files</source>
      <translation>&amp;فحص الملفات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="152" />
      <source>C&amp;onsent</source>
      <translation>&amp;الموافقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="643" />
      <source>CSV files (*.csv)</source>
      <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="101" />
      <source>Calendar year</source>
      <translation>سنة ميلادية</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="205" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="147" />
      <source>Case summary</source>
      <translation>ملخص الحالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="37" />
      <source>Caseworker</source>
      <translation>مسؤول حالات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="392" />
      <source>Caseworker copy</source>
      <translation>نسخة مسؤول الحالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="391" />
      <source>Caseworker copy: include questions only asked in conversation</source>
      <translation>نسخة مسؤول الحالة: تشمل الأسئلة التي تُطرح في المحادثة فقط</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="311" />
      <source>Change</source>
      <translation>تغيير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="198" />
      <source>Change my &amp;password…</source>
      <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="288" />
      <source>Change my password</source>
      <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="602" />
      <source>Chec&amp;k completeness</source>
      <translation>فحص ا&amp;كتمال البيانات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="508" />
      <source>Check before recording</source>
      <translation>المراجعة قبل التسجيل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="603" />
      <source>Check completeness</source>
      <translation>فحص اكتمال البيانات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="488" />
      <source>Check-in ({0}): {1}</source>
      <translation>سؤال الاطمئنان ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="90" />
      <source>Checking the secret…</source>
      <translation>جارٍ التحقق من رمز الاسترداد…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="885" />
      <source>Checking… this can take a little while.</source>
      <translation>جارٍ الفحص… قد يستغرق هذا بعض الوقت.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="705" />
      <source>Choose a first day before the last day.</source>
      <translation>يُرجى اختيار يوم أول يسبق اليوم الأخير.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="89" />
      <source>Choose a folder</source>
      <translation>اختيار مجلد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="795" />
      <source>Choose a folder for the return</source>
      <translation>اختيار مجلد للتقرير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="547" />
      <source>Choose a return and a period, then Show the return. The preview is exactly what the files will hold.</source>
      <translation>يُرجى اختيار تقرير وفترة، ثم الضغط على «عرض التقرير». المعاينة تطابق تمامًا ما ستحتويه الملفات.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="706" />
      <source>Choose both files first.</source>
      <translation>يُرجى اختيار الملفين أولًا.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="381" />
      <source>Choose the backup folder</source>
      <translation>اختيار مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="580" />
      <source>Choose the filled-in form</source>
      <translation>اختيار النموذج المعبّأ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="633" />
      <source>Choose the referral file (CSV, saved from the spreadsheet) and the mapping file that says what its columns mean. Intake checks every row first, and imports only when every row fits: nothing is half imported.</source>
      <translation>يُرجى اختيار ملف الإحالات (بصيغة CSV، محفوظًا من جدول البيانات) وملف ربط الأعمدة الذي يوضح معنى أعمدته. يفحص Intake كل صف أولًا، ولا يستورد إلا عندما تكون كل الصفوف مناسبة: لا يُستورد أي شيء بشكل جزئي.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="677" />
      <source>Choose the {0}</source>
      <translation>اختيار {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="676" />
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="141" />
      <source>Clear the search</source>
      <translation>مسح البحث</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="521" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="126" />
      <source>Close this journey</source>
      <translation>إغلاق رحلة الدعم هذه</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="223" />
      <source>Closed journeys older than this are erased for good, with everything recorded in them. Check your data protection policy for the right period.</source>
      <translation>رحلات الدعم المغلقة الأقدم من هذه المدة تُمحى نهائيًا، مع كل ما سُجّل فيها. يُرجى مراجعة سياسة حماية البيانات لديكم لمعرفة المدة المناسبة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="167" />
      <source>Column headings</source>
      <translation>عناوين الأعمدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="615" />
      <source>Completeness</source>
      <translation>اكتمال البيانات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="383" />
      <source>Consent</source>
      <translation>الموافقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent given</source>
      <translation>أُعطيت الموافقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent withdrawn</source>
      <translation>سُحبت الموافقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="815" />
      <source>Counting and protecting the figures…</source>
      <translation>جارٍ عدّ الأرقام وحمايتها…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="755" />
      <source>Counting… this can take a little while for a large service.</source>
      <translation>جارٍ العدّ… قد يستغرق هذا بعض الوقت في الخدمات الكبيرة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="41" />
      <source>DD/MM/YYYY, if known</source>
      <translation>يوم/شهر/سنة، إن كان معروفًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Date of birth</source>
      <translation>تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="411" />
      <source>Delivered</source>
      <translation>تم تقديمه</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="123" />
      <source>Do this if the printed secret may have been seen by someone else, or is lost. The old secret stops working at once. The new one is shown only here: print it or write it down, and keep it safe.</source>
      <translation>يُستخدم هذا إذا كان من المحتمل أن شخصًا آخر قد رأى رمز الاسترداد المطبوع، أو إذا ضاع. يتوقف الرمز القديم عن العمل فورًا. لا يظهر الرمز الجديد إلا هنا: يُرجى طباعته أو كتابته، وحفظه في مكان آمن.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="818" />
      <source>Done.</source>
      <translation>تم.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="263" />
      <source>Done. {0} journey(s) erased.</source>
      <translation>تم. مُحيت {0} من رحلات الدعم.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="250" />
      <source>Erase</source>
      <translation>محو</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="251" />
      <source>Erase every closed journey past the retention period? This cannot be undone.</source>
      <translation>هل تريد محو كل رحلات الدعم المغلقة التي تجاوزت مدة الاحتفاظ؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="742" />
      <source>Every row fits: {0} referrals with {1} answers. Nothing is imported yet.</source>
      <translation>كل الصفوف مناسبة: {0} من الإحالات و{1} من الإجابات. لم يُستورد أي شيء بعد.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="374" />
      <source>Every stage</source>
      <translation>كل المراحل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="606" />
      <source>Everyone's journeys</source>
      <translation>رحلات الدعم للجميع</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="72" />
      <source>Everything is kept in one folder, encrypted. Nobody can read it without a password, even if the laptop is lost. The usual place is fine for most services.</source>
      <translation>يُحفظ كل شيء في مجلد واحد، مشفّرًا. لا يستطيع أحد قراءته من دون كلمة مرور، حتى لو ضاع الكمبيوتر المحمول. المكان المعتاد مناسب لمعظم الخدمات.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="98" />
      <source>Everything we hold about them (PDF)…</source>
      <translation>كل ما نحتفظ به عن الشخص (PDF)…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="410" />
      <source>Explained</source>
      <translation>تم شرحه</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="806" />
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="810" />
      <source>Export progress</source>
      <translation>تقدّم التصدير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="569" />
      <source>Figures</source>
      <translation>الأرقام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>Fillable form</source>
      <translation>نموذج قابل للتعبئة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>Fillable: to fill in on a computer, tablet or phone</source>
      <translation>قابل للتعبئة: لتعبئته على كمبيوتر أو جهاز لوحي أو هاتف</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="608" />
      <source>Filled-in form</source>
      <translation>نموذج معبّأ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="102" />
      <source>Financial year (April to March)</source>
      <translation>السنة المالية (من أبريل/نيسان إلى مارس/آذار)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="640" />
      <source>Find people with gaps</source>
      <translation>البحث عن أشخاص لديهم نواقص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="77" />
      <source>First &amp;password</source>
      <translation>&amp;كلمة المرور الأولى</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="110" />
      <source>First day</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="80" />
      <source>Folder for the encrypted information</source>
      <translation>مجلد المعلومات المشفّرة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="593" />
      <source>For case reviews: how many journeys open in the period have each question answered, declined (prefer not to say), put off until later, or not yet asked. It stays inside Intake and is never exported.</source>
      <translation>لمراجعات الحالات: عدد رحلات الدعم المفتوحة في هذه الفترة التي أُجيب فيها عن كل سؤال، أو اختير فيها «أفضّل عدم الإجابة»، أو أُجّل فيها السؤال إلى وقت لاحق، أو لم يُطرح فيها بعد. تبقى هذه المعلومات داخل Intake ولا تُصدَّر أبدًا.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="526" />
      <source>For example: read aloud, leaflet given</source>
      <translation>مثلًا: قُرئ بصوت عالٍ، أُعطي منشور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="651" />
      <source>Forgotten password</source>
      <translation>نسيان كلمة المرور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="813" />
      <source>Gathering everything held…</source>
      <translation>جارٍ جمع كل ما نحتفظ به…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="84" />
      <source>Give them the first password in person. They can change it from Manage, Change my password.</source>
      <translation>يُرجى إعطاء كلمة المرور الأولى للزميل شخصيًا. يمكنه تغييرها من «الإدارة»، ثم «تغيير كلمة المرور».</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="366" />
      <source>Given</source>
      <translation>أُعطيت</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="133" />
      <source>Hand over: the person answers their part alone, on a locked screen</source>
      <translation>تسليم الجهاز: يجيب الشخص عن الجزء الخاص به وحده، على شاشة مؤمّنة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="525" />
      <source>How it was explained</source>
      <translation>كيف تم الشرح</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="377" />
      <source>How was it explained?</source>
      <translation>كيف تم الشرح؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="527" />
      <source>How was this explained to the person?</source>
      <translation>كيف شُرح هذا للشخص؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="169" />
      <source>I have printed it or written it down, and put it somewhere safe</source>
      <translation>لقد طبعته أو كتبته، ووضعته في مكان آمن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="158" />
      <source>If every password is ever forgotten, this secret is the only way back in. Print it or write it down now, and keep it somewhere safe and private, away from this laptop. It will not be shown again.</source>
      <translation>إذا نُسيت كل كلمات المرور يومًا ما، فهذا الرمز هو الطريقة الوحيدة للدخول من جديد. يُرجى طباعته أو كتابته الآن، وحفظه في مكان آمن وخاص، بعيدًا عن هذا الكمبيوتر المحمول. لن يظهر مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="153" />
      <source>Import &amp;referrals…</source>
      <translation>استيراد ال&amp;إحالات…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="140" />
      <source>Import a &amp;filled-in PDF form…</source>
      <translation>استيراد نموذج PDF &amp;معبّأ…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="798" />
      <source>Import referrals</source>
      <translation>استيراد الإحالات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="774" />
      <source>Imported {0} referrals: {1} new people and {2} already known. {3} answers are recorded, so they will not be asked again.</source>
      <translation>تم استيراد {0} من الإحالات: {1} من الأشخاص الجدد و{2} من الأشخاص المعروفين من قبل. سُجّلت {3} من الإجابات، لذلك لن تُطرح هذه الأسئلة مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="758" />
      <source>Importing referrals…</source>
      <translation>جارٍ استيراد الإحالات…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="822" />
      <source>Information we hold</source>
      <translation>المعلومات التي نحتفظ بها</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="370" />
      <source>Intake cannot open records because its form pack has a problem. Nothing saved has been touched. Please ask your administrator to run 'intake forms check'. The first problem is: {0}</source>
      <translation>لا يستطيع Intake فتح السجلات لأن في حزمة النماذج مشكلة. لم يُمسّ أي شيء محفوظ. يُرجى أن تطلب من مسؤول النظام تشغيل 'intake forms check'. المشكلة الأولى هي: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="302" />
      <source>Intake cannot reach a printer from this computer. Save the PDF, then open it and print it from your PDF reader.</source>
      <translation>لا يستطيع Intake الوصول إلى طابعة من هذا الكمبيوتر. يُرجى حفظ ملف PDF، ثم فتحه وطباعته من برنامج قراءة ملفات PDF.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="74" />
      <source>Intake could not read or write a file it needs. Check there is space on the disk and that the folder is not read-only, then try again.</source>
      <translation>لم يتمكن Intake من قراءة ملف يحتاجه أو الكتابة فيه. يُرجى التأكد من وجود مساحة كافية على القرص وأن المجلد ليس للقراءة فقط، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="48" />
      <source>Intake is locked</source>
      <translation>Intake مقفل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="49" />
      <source>Intake keeps the information your service collects safe and private on this computer. Let's set it up. This takes about two minutes.</source>
      <translation>يحفظ Intake المعلومات التي تجمعها خدمتكم بأمان وخصوصية على هذا الكمبيوتر. لنبدأ الإعداد. يستغرق ذلك نحو دقيقتين.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="185" />
      <source>Intake recovery secret</source>
      <translation>رمز الاسترداد السري الخاص بـ Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="525" />
      <source>Journey</source>
      <translation>رحلة الدعم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="485" />
      <source>Journey closed</source>
      <translation>أُغلقت رحلة الدعم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="114" />
      <source>Journey:</source>
      <translation>رحلة الدعم:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="217" />
      <source>Keep closed journeys for</source>
      <translation>الاحتفاظ برحلات الدعم المغلقة لمدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="189" />
      <source>Keep this somewhere safe and private, away from the laptop.</source>
      <translation>يُرجى حفظ هذا في مكان آمن وخاص، بعيدًا عن الكمبيوتر المحمول.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="103" />
      <source>Kind of year</source>
      <translation>نوع السنة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="324" />
      <source>Known</source>
      <translation>معروفة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="380" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="496" />
      <source>Language of the return</source>
      <translation>لغة التقرير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="110" />
      <source>Last day</source>
      <translation>اليوم الأخير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="212" />
      <source>Lock after this long without use</source>
      <translation>القفل بعد هذه المدة من عدم الاستخدام</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="912" />
      <source>Looking… one moment.</source>
      <translation>جارٍ البحث… لحظة واحدة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="328" />
      <source>Making and checking a backup…</source>
      <translation>جارٍ إنشاء نسخة احتياطية والتحقق منها…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="437" />
      <source>Making the form…</source>
      <translation>جارٍ إنشاء النموذج…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="805" />
      <source>Making the return…</source>
      <translation>جارٍ إنشاء التقرير…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="38" />
      <source>Manager</source>
      <translation>مدير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="645" />
      <source>Mapping file</source>
      <translation>ملف ربط الأعمدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="645" />
      <source>Mapping files (*.yaml *.yml)</source>
      <translation>ملفات ربط الأعمدة (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="70" />
      <source>Message</source>
      <translation>رسالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="61" />
      <source>Moving from another computer? &amp;Restore a backup instead…</source>
      <translation>هل تنتقل من حاسوب آخر؟ &amp;استعادة نسخة احتياطية بدلًا من ذلك…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="294" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="57" />
      <source>Name of your &amp;organisation</source>
      <translation>اسم &amp;مؤسستكم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="56" />
      <source>Name of your organisation</source>
      <translation>اسم مؤسستكم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="203" />
      <source>New journey</source>
      <translation>رحلة دعم جديدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="452" />
      <source>New note</source>
      <translation>ملاحظة جديدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="186" />
      <source>New password</source>
      <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="297" />
      <source>New password &amp;again</source>
      <translation>كلمة المرور الجديدة مرة &amp;ثانية</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="187" />
      <source>New password for {0}</source>
      <translation>كلمة مرور جديدة للمستخدم {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="131" />
      <source>New recovery secret</source>
      <translation>رمز استرداد سري جديد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="543" />
      <source>New referral</source>
      <translation>إحالة جديدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="225" />
      <source>No one matches. Check the spelling, or start a new referral.</source>
      <translation>لا يوجد أحد مطابق. يُرجى التحقق من الإملاء، أو بدء إحالة جديدة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="909" />
      <source>No open journey has gaps in the stages it has reached.</source>
      <translation>لا توجد رحلة دعم مفتوحة فيها نواقص في المراحل التي وصلت إليها.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="156" />
      <source>No&amp;tes</source>
      <translation>م&amp;لاحظات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="131" />
      <source>No, &amp;create a new person</source>
      <translation>لا، &amp;إنشاء سجل لشخص جديد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="374" />
      <source>No.</source>
      <translation>رقم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="98" />
      <source>None open</source>
      <translation>لا يوجد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="244" />
      <source>Not asked</source>
      <translation>لم يُسأل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="364" />
      <source>Not asked yet</source>
      <translation>لم يُسأل بعد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="127" />
      <source>Note something &amp;mentioned</source>
      <translation>تدوين شيء &amp;ذُكر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="241" />
      <source>Note something mentioned</source>
      <translation>تدوين شيء ذُكر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="129" />
      <source>Note something the person mentioned, for any question</source>
      <translation>تدوين شيء ذكره الشخص، لأي سؤال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="446" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="400" />
      <source>Nothing from this stage is printed on that paper.</source>
      <translation>لا يوجد في تلك الورقة شيء مطبوع من هذه المرحلة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="541" />
      <source>Nothing is filled in on this form.</source>
      <translation>لم يُعبّأ أي شيء في هذا النموذج.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="465" />
      <source>Nothing is typed in yet. Type an answer beside its number first.</source>
      <translation>لم تُكتب أي إجابة بعد. يُرجى أولًا كتابة إجابة بجانب رقمها.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="764" />
      <source>Nothing was imported. {0}</source>
      <translation>لم يُستورد أي شيء. {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="816" />
      <source>Noting the export in the audit trail…</source>
      <translation>جارٍ تسجيل التصدير في سجل التدقيق…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="113" />
      <source>Open a new &amp;journey</source>
      <translation>فتح &amp;رحلة دعم جديدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="412" />
      <source>Open a record</source>
      <translation>فتح سجل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Open journeys</source>
      <translation>رحلات الدعم المفتوحة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="323" />
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="91" />
      <source>Pape&amp;r and records…</source>
      <translation>ال&amp;نماذج الورقية والسجلات…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="443" />
      <source>Paper form</source>
      <translation>نموذج ورقي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="354" />
      <source>Paper form for this person</source>
      <translation>نموذج ورقي لهذا الشخص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="93" />
      <source>Paper forms, typing in a paper form, and a copy of their records</source>
      <translation>النماذج الورقية، وإدخال نموذج ورقي، ونسخة من سجلات الشخص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="368" />
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="114" />
      <source>Password &amp;again</source>
      <translation>كلمة المرور مرة &amp;ثانية</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="91" />
      <source>Pause the conversation and go back to the person's page</source>
      <translation>إيقاف المحادثة مؤقتًا والعودة إلى صفحة الشخص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="129" />
      <source>People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="161" />
      <source>People found</source>
      <translation>الأشخاص الذين عُثر عليهم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="509" />
      <source>People with &amp;gaps</source>
      <translation>أشخاص لديهم &amp;نواقص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="647" />
      <source>People with gaps</source>
      <translation>أشخاص لديهم نواقص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="630" />
      <source>People with open journeys whose questions are not yet answered or declined, in the stages they have reached, so the team can plan the kindest way to fill the gaps, or to leave them. Only shown here.</source>
      <translation>أشخاص لديهم رحلات دعم مفتوحة فيها أسئلة لم يُجَب عنها بعد ولم يُختر فيها «أفضّل عدم الإجابة»، في المراحل التي وصلوا إليها، حتى يخطط الفريق لألطف طريقة لاستكمال النواقص، أو لتركها. تظهر هنا فقط.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="120" />
      <source>Please enter your user name and password.</source>
      <translation>يُرجى إدخال اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="96" />
      <source>Please give the date of birth as day/month/year, or leave it empty.</source>
      <translation>يُرجى كتابة تاريخ الميلاد بصيغة يوم/شهر/سنة، أو تركه فارغًا.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="91" />
      <source>Please type at least one name.</source>
      <translation>يُرجى كتابة اسم واحد على الأقل.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="136" />
      <source>Please wait</source>
      <translation>يُرجى الانتظار</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="62" />
      <source>Possible matches</source>
      <translation>تطابقات محتملة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="713" />
      <source>Practice workspace. Sign in as {0} with the password: {1}</source>
      <translation>مساحة العمل التدريبية. يمكنك تسجيل الدخول باسم المستخدم {0} وكلمة المرور: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="43" />
      <source>Practice workspace: made-up people only. Nothing here is real.</source>
      <translation>مساحة العمل التدريبية: أشخاص وهميون فقط. لا شيء هنا حقيقي.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="242" />
      <source>Prefer not to say</source>
      <translation>أفضّل عدم الإجابة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="292" />
      <source>Print</source>
      <translation>طباعة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="138" />
      <source>Print a &amp;blank form…</source>
      <translation>طباعة نموذج &amp;فارغ…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="354" />
      <source>Print a blank form</source>
      <translation>طباعة نموذج فارغ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="96" />
      <source>Print their paper form (what we still need)…</source>
      <translation>طباعة النموذج الورقي للشخص (الأسئلة التي ما زلنا نحتاجها)…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="57" />
      <source>Printed for this person (known questions left out)</source>
      <translation>مطبوع لهذا الشخص (من دون الأسئلة المعروفة إجاباتها)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="107" />
      <source>Quarter</source>
      <translation>ربع السنة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="240" />
      <source>Question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="109" />
      <source>Question {0}</source>
      <translation>السؤال {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="258" />
      <source>Question {0}: {1}</source>
      <translation>السؤال {0}: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="361" />
      <source>Questions already answered are left out. The form shows the reference {0} and a code that finds the record when it comes back. It never shows the person's name.</source>
      <translation>لا تُدرج الأسئلة التي أُجيب عنها من قبل. يُظهر النموذج الرقم المرجعي {0} ورمزًا يحدد السجل عندما يعود النموذج إلينا. ولا يُظهر اسم الشخص أبدًا.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="297" />
      <source>Questions to fill</source>
      <translation>الأسئلة الناقصة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="113" />
      <source>Re&amp;move access</source>
      <translation>إزالة &amp;صلاحية الدخول</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="592" />
      <source>Reading the form…</source>
      <translation>جارٍ قراءة النموذج…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="814" />
      <source>Reading the journeys…</source>
      <translation>جارٍ قراءة رحلات الدعم…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="529" />
      <source>Record consent</source>
      <translation>تسجيل الموافقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="345" />
      <source>Record consent: {0}</source>
      <translation>تسجيل الموافقة: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="609" />
      <source>Recorded {0} answers and {1} check-ins.</source>
      <translation>سُجّلت {0} من الإجابات و{1} من أسئلة الاطمئنان.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="666" />
      <source>Recovery</source>
      <translation>الاسترداد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="51" />
      <source>Recovery &amp;secret</source>
      <translation>&amp;رمز الاسترداد السري</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="164" />
      <source>Recovery secret</source>
      <translation>رمز الاسترداد السري</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="293" />
      <source>Reference</source>
      <translation>الرقم المرجعي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="105" />
      <source>Reference {0}</source>
      <translation>الرقم المرجعي {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="289" />
      <source>Reference {0}. Choose the stage and the paper you have, then type each answer beside its number. Leave a row empty if it was left empty on the paper. Tab or Enter moves to the next row.</source>
      <translation>الرقم المرجعي {0}. يُرجى اختيار المرحلة ونوع الورقة التي لديك، ثم كتابة كل إجابة بجانب رقمها. يُرجى ترك الصف فارغًا إذا كان فارغًا في الورقة. ينقل مفتاح Tab أو Enter إلى الصف التالي.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="643" />
      <source>Referral file</source>
      <translation>ملف الإحالات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="483" />
      <source>Referral received</source>
      <translation>وصلت الإحالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="296" />
      <source>Referred</source>
      <translation>تاريخ الإحالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="183" />
      <source>Referred {0} ({1})</source>
      <translation>تاريخ الإحالة {0} ({1})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="301" />
      <source>Reopen this journey</source>
      <translation>إعادة فتح رحلة الدعم هذه</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="158" />
      <source>Replace the recovery &amp;secret…</source>
      <translation>استبدال &amp;رمز الاسترداد السري…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="118" />
      <source>Replace the recovery secret</source>
      <translation>استبدال رمز الاسترداد السري</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="189" />
      <source>Reset</source>
      <translation>إعادة تعيين</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="112" />
      <source>Reset &amp;password…</source>
      <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="182" />
      <source>Reset password</source>
      <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="360" />
      <source>Restore</source>
      <translation>استعادة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="395" />
      <source>Restore this backup? Intake will lock first. The current data is kept aside, never deleted. You will then sign in with a password that was valid when the backup was made.</source>
      <translation>هل تريد استعادة هذه النسخة الاحتياطية؟ سيُقفل Intake أولًا. تُحفظ البيانات الحالية جانبًا، ولا تُحذف أبدًا. بعد ذلك ستسجّل الدخول بكلمة مرور كانت صالحة وقت إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="409" />
      <source>Restoring and checking…</source>
      <translation>جارٍ الاستعادة والتحقق…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="488" />
      <source>Return</source>
      <translation>التقرير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="507" />
      <source>Return pre&amp;view</source>
      <translation>&amp;معاينة التقرير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="479" />
      <source>Returns and case reviews</source>
      <translation>التقارير ومراجعات الحالات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="409" />
      <source>Right</source>
      <translation>الحق</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="108" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="656" />
      <source>Rows that do not fit</source>
      <translation>الصفوف غير المناسبة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="784" />
      <source>Rows {0}: someone similar is already recorded. Please check they are not the same person.</source>
      <translation>الصفوف {0}: يوجد شخص مشابه مسجّل من قبل. يُرجى التأكد من أنه ليس الشخص نفسه.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="235" />
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="323" />
      <source>Save {0}</source>
      <translation>حفظ {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="137" />
      <source>Search by name, reference (V-…) or date of birth</source>
      <translation>البحث بالاسم أو الرقم المرجعي (V-…) أو تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="138" />
      <source>Search people</source>
      <translation>البحث عن الأشخاص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="194" />
      <source>Searching…</source>
      <translation>جارٍ البحث…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="297" />
      <source>Sending to the printer…</source>
      <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="111" />
      <source>Set &amp;role</source>
      <translation>تعيين ال&amp;دور</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="66" />
      <source>Set the new password</source>
      <translation>تعيين كلمة المرور الجديدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="205" />
      <source>Set up Intake</source>
      <translation>إعداد Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="233" />
      <source>Setting up the encrypted workspace… this takes a few seconds.</source>
      <translation>جارٍ إعداد مساحة العمل المشفّرة… يستغرق هذا بضع ثوانٍ.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="204" />
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="44" />
      <source>Sharing with named agencies</source>
      <translation>المشاركة مع جهات محددة بالاسم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="700" />
      <source>Show the return again for the new choice.</source>
      <translation>يُرجى الضغط على «عرض التقرير» مرة أخرى للاختيار الجديد.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="52" />
      <source>Sign in to continue. Personal information is hidden while locked.</source>
      <translation>يُرجى تسجيل الدخول للمتابعة. المعلومات الشخصية مخفية أثناء القفل.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="386" />
      <source>Sign in with a user name and password that worked when the backup was made (a manager or an administrator). Intake checks the backup first, then keeps the information in this folder: {0}</source>
      <translation>سجّل الدخول باسم مستخدم وكلمة مرور كانا يعملان عند إنشاء النسخة الاحتياطية (لمدير أو مسؤول). يتحقق Intake من النسخة الاحتياطية أولًا، ثم يحفظ المعلومات في هذا المجلد: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="456" />
      <source>Some answers need a look before saving; they are marked below. Nothing has been saved yet.</source>
      <translation>بعض الإجابات تحتاج إلى مراجعة قبل الحفظ؛ وهي مُعلَّمة أدناه. لم يُحفظ أي شيء بعد.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="879" />
      <source>Someone no longer listed</source>
      <translation>شخص لم يعد مدرجًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="78" />
      <source>Something unexpected went wrong. Nothing saved before has been lost. Please try again; if it happens again, tell your administrator.</source>
      <translation>حدث خطأ غير متوقع. لم يضِع أي شيء حُفظ من قبل. يُرجى المحاولة مرة أخرى؛ وإذا تكرر ذلك، يُرجى إبلاغ مسؤول النظام.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="239" />
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="245" />
      <source>Stage not reached</source>
      <translation>لم تُبلغ المرحلة بعد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="137" />
      <source>Stage:</source>
      <translation>المرحلة:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="146" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="817" />
      <source>Subject access</source>
      <translation>طلب الاطلاع على البيانات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="43" />
      <source>Support from this service</source>
      <translation>الدعم من هذه الخدمة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="159" />
      <source>T&amp;imeline</source>
      <translation>التسلسل ال&amp;زمني</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="556" />
      <source>Tables in the return</source>
      <translation>الجداول في التقرير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="139" />
      <source>That user name and password do not match. Please try again. After a few tries Intake waits a little longer each time, to keep the records safe.</source>
      <translation>اسم المستخدم وكلمة المرور غير متطابقين. يُرجى المحاولة مرة أخرى. بعد عدة محاولات ينتظر Intake وقتًا أطول قليلًا في كل مرة، للحفاظ على أمان السجلات.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="201" />
      <source>The PDF is ready. Print it, or save it as a file.</source>
      <translation>ملف PDF جاهز. يمكنك طباعته، أو حفظه كملف.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="341" />
      <source>The backup is made and checked. It is encrypted with the same key, in:
{0}
Copy that folder to a safe place, such as an encrypted USB stick.</source>
      <translation>تم إنشاء النسخة الاحتياطية والتحقق منها. وهي مشفّرة بالمفتاح نفسه، في:
{0}
يُرجى نسخ ذلك المجلد إلى مكان آمن، مثل ذاكرة USB مشفّرة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="420" />
      <source>The backup is restored. Please sign in.</source>
      <translation>تمت استعادة النسخة الاحتياطية. يُرجى تسجيل الدخول.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="737" />
      <source>The file has no referrals in it.</source>
      <translation>لا يحتوي الملف على أي إحالات.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="715" />
      <source>The mapping file is not a text file. Save it as UTF-8 text.</source>
      <translation>ملف ربط الأعمدة ليس ملفًا نصيًا. يُرجى حفظه كنص بترميز UTF-8.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="666" />
      <source>The new password is set. Please sign in.</source>
      <translation>تم تعيين كلمة المرور الجديدة. يُرجى تسجيل الدخول.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="312" />
      <source>The printer did not take the PDF. Check it is switched on and connected, then try again, or save the PDF and print it from there.</source>
      <translation>لم تستقبل الطابعة ملف PDF. يُرجى التأكد من أنها مشغّلة ومتصلة، ثم المحاولة مرة أخرى، أو حفظ ملف PDF وطباعته من هناك.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="369" />
      <source>The questions could not be loaded</source>
      <translation>تعذّر تحميل الأسئلة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="833" />
      <source>The return is saved in {0}</source>
      <translation>حُفظ التقرير في {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="838" />
      <source>The return is saved in:
{0}

{1}

Figures shown as {2} are withheld so that no one can be identified. The export is noted in the audit trail.</source>
      <translation>حُفظ التقرير في:
{0}

{1}

الأرقام التي تظهر على شكل {2} محجوبة حتى لا يمكن التعرّف على أي شخص. تم تسجيل التصدير في سجل التدقيق.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="315" />
      <source>The two new passwords are not the same.</source>
      <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="141" />
      <source>The two passwords are not the same. Please type them again.</source>
      <translation>كلمتا المرور غير متطابقتين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="57" />
      <source>Their information will be left out of every anonymised return from now on, including returns for earlier periods made after today.</source>
      <translation>من الآن فصاعدًا، لن تُدرج معلومات الشخص في أي تقرير من دون أسماء، بما في ذلك تقارير الفترات السابقة التي تُعدّ بعد اليوم.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="665" />
      <source>There is no return template that fits these questions yet.</source>
      <translation>لا يوجد بعد قالب تقرير يناسب هذه الأسئلة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="547" />
      <source>These could not be read, so they will not be recorded. You can ask them again in person:</source>
      <translation>تعذّرت قراءة هذه الإجابات، لذلك لن تُسجَّل. يمكنك طرح هذه الأسئلة مرة أخرى وجهًا لوجه:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="54" />
      <source>These people are already known, with the same date of birth and a similar name. If one of them is this person, open their record so nothing is asked twice.</source>
      <translation>هؤلاء الأشخاص معروفون من قبل، ولهم تاريخ الميلاد نفسه واسم مشابه. إذا كان أحدهم هو هذا الشخص، يُرجى فتح سجله حتى لا يُسأل أي شيء مرتين.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="587" />
      <source>This file is too large to be an Intake form.</source>
      <translation>هذا الملف أكبر من أن يكون نموذج Intake.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="824" />
      <source>This holds everything about this person, including notes. Give it only to them, and keep any saved copy somewhere safe.</source>
      <translation>يحتوي هذا على كل شيء عن هذا الشخص، بما في ذلك الملاحظات. يُرجى إعطاؤه للشخص نفسه فقط، وحفظ أي نسخة محفوظة في مكان آمن.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="351" />
      <source>This journey is closed. Reopen it on the person's page to add answers.</source>
      <translation>رحلة الدعم هذه مغلقة. يُرجى إعادة فتحها من صفحة الشخص لإضافة إجابات.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="305" />
      <source>Three or four unrelated words work well; at least 12 characters.</source>
      <translation>ثلاث أو أربع كلمات لا علاقة بينها تصلح جيدًا؛ 12 حرفًا على الأقل.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="406" />
      <source>Tick each right when it has been explained, and when delivered.</source>
      <translation>يُرجى وضع علامة على كل حق عندما يُشرح، وعندما يُقدَّم.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="158" />
      <source>Timeline</source>
      <translation>التسلسل الزمني</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="195" />
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="371" />
      <source>Totals of each row</source>
      <translation>مجموع كل صف</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="283" />
      <source>Type in a paper form</source>
      <translation>إدخال نموذج ورقي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="97" />
      <source>Type in a paper form they filled in…</source>
      <translation>إدخال نموذج ورقي عبّأه الشخص…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="37" />
      <source>Type the recovery secret exactly as printed (capital letters and dashes are optional), the user name, and a new password for that user. Passwords need at least {0} characters.</source>
      <translation>يُرجى كتابة رمز الاسترداد السري كما هو مطبوع تمامًا (لا يهم إن كانت الأحرف كبيرة أو صغيرة، والشرطات اختيارية)، واسم المستخدم، وكلمة مرور جديدة لهذا المستخدم. يجب ألا يقل عدد أحرف كلمة المرور عن {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="170" />
      <source>Type to search.</source>
      <translation>يمكنك الكتابة للبحث.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="76" />
      <source>Unlock</source>
      <translation>فتح القفل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="113" />
      <source>Unlocking…</source>
      <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="32" />
      <source>Use the recovery secret</source>
      <translation>استخدام رمز الاسترداد السري</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="659" />
      <source>Use the recovery secret…</source>
      <translation>استخدام رمز الاسترداد السري…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="367" />
      <source>User name</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="103" />
      <source>Users</source>
      <translation>المستخدمون</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="98" />
      <source>Users and roles</source>
      <translation>المستخدمون والأدوار</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="438" />
      <source>Victims' Code</source>
      <translation>قانون حقوق الضحايا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="503" />
      <source>Victims' Code right {0} {1}</source>
      <translation>الحق رقم {0} من قانون حقوق الضحايا: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="48" />
      <source>We will stop recording new information for their support. What is already recorded is kept until the retention period ends, unless they ask for it to be erased. Talk with your manager about closing their support kindly.</source>
      <translation>سنتوقف عن تسجيل معلومات جديدة لدعم هذا الشخص. ما سُجّل من قبل يُحتفظ به حتى تنتهي مدة الاحتفاظ، ما لم يطلب الشخص محوه. يُرجى التحدث مع مديرك عن إنهاء دعمه بلطف.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="53" />
      <source>We will stop sharing their information with other agencies from now on. Anything already shared cannot be taken back, but we will tell those agencies.</source>
      <translation>من الآن فصاعدًا، سنتوقف عن مشاركة معلومات الشخص مع جهات أخرى. لا يمكن استرجاع ما تمت مشاركته من قبل، لكننا سنُبلغ تلك الجهات.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="48" />
      <source>Welcome to Intake</source>
      <translation>أهلًا بك في Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="533" />
      <source>What happens</source>
      <translation>ما سيحدث</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="522" />
      <source>What this changes:</source>
      <translation>ما الذي يتغيّر:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="71" />
      <source>Where the information is kept</source>
      <translation>مكان حفظ المعلومات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="298" />
      <source>Which</source>
      <translation>أي الأسئلة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="305" />
      <source>Which paper</source>
      <translation>نوع الورقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="101" />
      <source>Who can use Intake</source>
      <translation>من يمكنه استخدام Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="36" />
      <source>Who has been referred?</source>
      <translation>من الشخص الذي تمت إحالته؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="605" />
      <source>Whose journeys</source>
      <translation>رحلات الدعم حسب مسؤول الحالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="91" />
      <source>Will be recorded</source>
      <translation>سيُسجَّل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="92" />
      <source>Will replace what was recorded before</source>
      <translation>سيحل محل ما سُجّل من قبل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="344" />
      <source>Withdraw</source>
      <translation>سحب</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="391" />
      <source>Withdraw consent</source>
      <translation>سحب الموافقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="346" />
      <source>Withdraw consent: {0}</source>
      <translation>سحب الموافقة: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="368" />
      <source>Withdrawn</source>
      <translation>سُحبت</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="817" />
      <source>Writing the four files…</source>
      <translation>جارٍ كتابة الملفات الأربعة…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="105" />
      <source>Year</source>
      <translation>السنة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="98" />
      <source>You will look after Intake for your service: adding colleagues, backups and the recovery secret. Choose a password you can remember but others could not guess. Three or four unrelated words work well, for example 'kettle river orange march'. It needs at least {0} characters.</source>
      <translation>ستكون مسؤوليتك رعاية Intake لخدمتكم: إضافة الزملاء، والنسخ الاحتياطية، ورمز الاسترداد السري. يُرجى اختيار كلمة مرور يمكنك تذكّرها ولا يستطيع غيرك تخمينها. ثلاث أو أربع كلمات لا علاقة بينها تصلح جيدًا، مثلًا 'kettle river orange march'. يجب ألا يقل عدد أحرفها عن {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="111" />
      <source>Your &amp;name</source>
      <translation>&amp;اسمك</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="97" />
      <source>Your administrator account</source>
      <translation>حساب مسؤول النظام الخاص بك</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="157" />
      <source>Your recovery secret</source>
      <translation>رمز الاسترداد السري الخاص بك</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>closed</source>
      <translation>مغلقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="181" />
      <source>dd/mm/yyyy</source>
      <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>delivered</source>
      <translation>تم تقديمه</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>explained</source>
      <translation>تم شرحه</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="537" />
      <source>explained in person</source>
      <translation>تم الشرح وجهًا لوجه</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>open</source>
      <translation>مفتوحة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>practice</source>
      <translation>تدريب</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="135" />
      <source>prefer not to say</source>
      <translation>أفضّل عدم الإجابة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="492" />
      <source>preferred not to say</source>
      <translation>تم اختيار «أفضّل عدم الإجابة»</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="116" />
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="137" />
      <source>to ask later</source>
      <translation>لطرحه لاحقًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="156" />
      <source>{0} ({1} of {2})</source>
      <translation>{0} ({1} من {2})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="779" />
      <source>{0} answers the person had already given were kept.</source>
      <translation>تم الاحتفاظ بـ {0} من الإجابات التي أعطاها الشخص من قبل.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="244" />
      <source>{0} closed journey(s) are past the retention period.</source>
      <translation>{0} من رحلات الدعم المغلقة تجاوزت مدة الاحتفاظ.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="227" />
      <source>{0} found. Press Enter or double-click to open.</source>
      <translation>عدد النتائج: {0}. للفتح، يمكنك الضغط على Enter أو النقر نقرًا مزدوجًا.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="894" />
      <source>{0} journeys open in {1}. Showing: {2}.</source>
      <translation>{0} من رحلات الدعم مفتوحة في {1}. المعروض: {2}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="318" />
      <source>{0} known · {1} declined · {2} later · {3} not asked yet</source>
      <translation>معروفة: {0} · عدم الإجابة: {1} · لاحقًا: {2} · لم يُسأل بعد: {3}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="766" />
      <source>{0} means a figure is withheld so that no one can be identified. </source>
      <translation>{0} يعني أن الرقم محجوب حتى لا يمكن التعرّف على أي شخص. </translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="907" />
      <source>{0} open journeys have questions still to fill.</source>
      <translation>{0} من رحلات الدعم المفتوحة ما زالت فيها أسئلة ناقصة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="451" />
      <source>{0} questions already answered are left out. It shows the reference, not the name.</source>
      <translation>لم تُدرج {0} من الأسئلة التي أُجيب عنها من قبل. يُظهر النموذج الرقم المرجعي، لا الاسم.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="732" />
      <source>{0} rows do not fit, so nothing can be imported yet. Fix them in the spreadsheet, save it as CSV again, and check again.</source>
      <translation>{0} من الصفوف غير مناسبة، لذلك لا يمكن استيراد أي شيء بعد. يُرجى تصحيحها في جدول البيانات، وحفظه بصيغة CSV مرة أخرى، ثم الفحص من جديد.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="84" />
      <source>{0} to {1}</source>
      <translation>{0} إلى {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="514" />
      <source>{0}, reference {1}</source>
      <translation>{0}، الرقم المرجعي {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="772" />
      <source>{0}, {1}. Made on {2}.</source>
      <translation>{0}، {1}. أُعدّ في {2}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="464" />
      <source>{0}: column headings</source>
      <translation>{0}: عناوين الأعمدة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="124" />
      <source>{0}: prefer not to say</source>
      <translation>{0}: أفضّل عدم الإجابة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="462" />
      <source>{0}: row headings</source>
      <translation>{0}: عناوين الصفوف</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="231" />
      <source>{0}: withheld so that no one can be identified</source>
      <translation>{0}: محجوب حتى لا يمكن التعرّف على أي شخص</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="89" />
      <source>← &amp;Pause and go back</source>
      <translation>→ إيقاف &amp;مؤقت والعودة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="87" />
      <source>← &amp;People</source>
      <translation>→ ال&amp;أشخاص</translation>
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
      <translation>&amp;رجوع</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="355" />
      <source>&amp;Finish</source>
      <translation>&amp;إنهاء</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="118" />
      <source>&amp;Next</source>
      <translation>ال&amp;تالي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="115" />
      <source>&amp;Prefer not to say</source>
      <translation>&amp;أفضّل عدم الإجابة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="116" />
      <source>&amp;Skip for now</source>
      <translation>تخطي &amp;مؤقتًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="418" />
      <source>Already known, so not asked: {0}</source>
      <translation>معروفة من قبل، لذلك لم تُطرح: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="412" />
      <source>Answers given: {0}</source>
      <translation>الإجابات المقدَّمة: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="277" />
      <source>Anything you would like to add (optional)</source>
      <translation>أي شيء تحب أن تضيفه (اختياري)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="116" />
      <source>Ask &amp;later</source>
      <translation>طرح السؤال &amp;لاحقًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="123" />
      <source>Ask this question later</source>
      <translation>طرح هذا السؤال لاحقًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="120" />
      <source>Back to the previous step</source>
      <translation>العودة إلى الخطوة السابقة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="414" />
      <source>Chose not to say: {0}</source>
      <translation>تم اختيار عدم الإجابة: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="92" />
      <source>Ctrl+K</source>
      <translation>Ctrl+K</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="110" />
      <source>Message</source>
      <translation>رسالة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="125" />
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="88" />
      <source>Note something &amp;mentioned</source>
      <translation>تدوين شيء &amp;ذُكر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="90" />
      <source>Note something the person mentioned, for any question</source>
      <translation>تدوين شيء ذكره الشخص، لأي سؤال</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="252" />
      <source>Please check this one.</source>
      <translation>يُرجى التحقق من هذه الإجابة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="121" />
      <source>Prefer not to say</source>
      <translation>أفضّل عدم الإجابة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="380" />
      <source>Question {0} of {1}</source>
      <translation>السؤال {0} من {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="86" />
      <source>Save status</source>
      <translation>حالة الحفظ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="242" />
      <source>Saved</source>
      <translation>تم الحفظ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="268" />
      <source>Say to the person:</source>
      <translation>يُقال للشخص:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="123" />
      <source>Skip this question for now</source>
      <translation>تخطي هذا السؤال مؤقتًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="411" />
      <source>That is the end of this part. Thank you.</source>
      <translation>هذه نهاية هذا الجزء. شكرًا لك.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="42" />
      <source>This could not be saved just now. Nothing saved before is lost. Please try again; if it keeps happening, tell your administrator.</source>
      <translation>تعذّر الحفظ الآن. لم يضِع أي شيء حُفظ من قبل. يُرجى المحاولة مرة أخرى؛ وإذا استمر ذلك، يُرجى إبلاغ مسؤول النظام.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="416" />
      <source>To come back to later: {0}</source>
      <translation>للعودة إليها لاحقًا: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="385" />
      <source>Why we ask: {0}</source>
      <translation>لماذا نسأل: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="271" />
      <source>You could say</source>
      <translation>يمكنك أن تقول</translation>
    </message>
  </context>
  <context>
    <name>SelfCompletion</name>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="256" />
      <source>&amp;Carry on</source>
      <translation>&amp;متابعة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="281" />
      <source>&amp;Finish</source>
      <translation>&amp;إنهاء</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="305" />
      <source>&amp;Lock the screen</source>
      <translation>&amp;قفل الشاشة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="280" />
      <source>&amp;Prefer not to say</source>
      <translation>&amp;أفضّل عدم الإجابة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="241" />
      <source>&amp;Start</source>
      <translation>&amp;البدء</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="258" />
      <source>Carry on with the questions</source>
      <translation>متابعة الأسئلة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="207" />
      <source>Choose your language:</source>
      <translation>يمكنك اختيار لغتك:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>Easy</source>
      <translation>سهل</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="236" />
      <source>High contrast</source>
      <translation>تباين عالٍ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="234" />
      <source>High contrast (white on black)</source>
      <translation>تباين عالٍ (أبيض على أسود)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="269" />
      <source>How did it feel to answer these questions on your own?</source>
      <translation>ما كان شعورك تجاه الإجابة عن هذه الأسئلة بمفردك؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>How did it feel?</source>
      <translation>ما كان شعورك؟</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="151" />
      <source>I would like a break</source>
      <translation>أرغب في استراحة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="150" />
      <source>I'd like a &amp;break</source>
      <translation>أرغب في &amp;استراحة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Larger</source>
      <translation>أكبر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Largest</source>
      <translation>الأكبر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="307" />
      <source>Lock the screen and hand back to staff</source>
      <translation>قفل الشاشة وإعادة الجهاز إلى الموظف</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="74" />
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="267" />
      <source>One last question</source>
      <translation>سؤال أخير</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="154" />
      <source>Or press Shift three times</source>
      <translation>أو يمكنك الضغط على مفتاح Shift ثلاث مرات</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="152" />
      <source>Quick &amp;exit</source>
      <translation>&amp;خروج سريع</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="153" />
      <source>Quick exit: hide this screen now</source>
      <translation>خروج سريع: إخفاء هذه الشاشة الآن</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="81" />
      <source>Sign in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Standard</source>
      <translation>عادي</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="243" />
      <source>Start the questions</source>
      <translation>بدء الأسئلة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="252" />
      <source>Take your time.</source>
      <translation>لا داعي للعجلة.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="221" />
      <source>Text size:</source>
      <translation>حجم النص:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="226" />
      <source>Text size: {0}</source>
      <translation>حجم النص: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="295" />
      <source>Thank you.</source>
      <translation>شكرًا لك.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="196" />
      <source>These questions are for you to answer on your own, at your own pace. Each one says why we ask. You can choose 'Prefer not to say' or 'Skip for now' for any question.</source>
      <translation>هذه الأسئلة لتجيب عنها بنفسك، وبالسرعة التي تناسبك. كل سؤال يوضح لماذا نسأل. يمكنك اختيار «أفضّل عدم الإجابة» أو «تخطي مؤقتًا» لأي سؤال.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>Very hard</source>
      <translation>صعب جدًا</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="193" />
      <source>Welcome</source>
      <translation>أهلًا بك</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="273" />
      <source>Why we ask: so we can make giving information easier for people.</source>
      <translation>لماذا نسأل: حتى نجعل تقديم المعلومات أسهل على الناس.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="155" />
      <source>You can skip any question, or stop at any time.</source>
      <translation>يمكنك تخطي أي سؤال، أو التوقف في أي وقت.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="298" />
      <source>Your answers are saved. Please let the staff member know you have finished. The screen will now lock.</source>
      <translation>حُفظت إجاباتك. يُرجى إخبار الموظف بأنك انتهيت. ستُقفل الشاشة الآن.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="254" />
      <source>Your answers so far are saved. When you are ready, carry on.</source>
      <translation>حُفظت إجاباتك حتى الآن. يمكنك المتابعة متى شئت.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="107" />
      <source>Your questions</source>
      <translation>أسئلتك</translation>
    </message>
  </context>
  <context>
    <name>VictimsCode</name>
    <message>
      <location filename="../src/intake/ui/rights.py" line="15" />
      <source>To be able to understand and to be understood</source>
      <translation>أن تفهم وأن يُفهم كلامك</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="25" />
      <source>To be given information about the offender following a conviction</source>
      <translation>أن تحصل على معلومات عن الجاني بعد إدانته</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="23" />
      <source>To be given information about the outcome of the case and any appeals</source>
      <translation>أن تحصل على معلومات عن نتيجة القضية وأي استئناف</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="22" />
      <source>To be given information about the trial, trial process and role as a witness</source>
      <translation>أن تحصل على معلومات عن المحاكمة وإجراءاتها ودورك كشاهد</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="24" />
      <source>To be paid expenses and have property returned</source>
      <translation>أن تُدفع لك النفقات وأن تُعاد إليك ممتلكاتك</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="19" />
      <source>To be provided with information about compensation</source>
      <translation>أن تحصل على معلومات عن التعويض</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="20" />
      <source>To be provided with information about the investigation and prosecution</source>
      <translation>أن تحصل على معلومات عن التحقيق والملاحقة القضائية</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="17" />
      <source>To be provided with information when reporting the crime</source>
      <translation>أن تحصل على معلومات عند الإبلاغ عن الجريمة</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="18" />
      <source>To be referred to services that support victims, with support tailored to needs</source>
      <translation>أن تُحال إلى خدمات تدعم الضحايا، مع دعم يناسب احتياجاتك</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="16" />
      <source>To have the details of the crime recorded without unjustified delay</source>
      <translation>أن تُسجَّل تفاصيل الجريمة من دون تأخير غير مبرر</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="21" />
      <source>To make a Victim Personal Statement</source>
      <translation>أن تقدّم بيانًا شخصيًا للضحية (Victim Personal Statement)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="26" />
      <source>To make a complaint about rights not being met</source>
      <translation>أن تقدّم شكوى إذا لم تُحترم حقوقك</translation>
    </message>
  </context>
</TS>
