<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
  <extra-intake-reviewed>no</extra-intake-reviewed>
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../src/intake/ui/about.py" line="28" />
      <source>&amp;About Intake…</source>
      <translation>&amp;O programie Intake…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="64" />
      <source>About Intake</source>
      <translation>O programie Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="69" />
      <source>Intake helps a victim support service collect what it needs to know kindly, keep it safe on this computer, and report to funders without naming anyone.</source>
      <translation>Intake pomaga organizacji wspierającej ofiary przestępstw w życzliwy sposób zbierać potrzebne informacje, bezpiecznie przechowywać je na tym komputerze i przygotowywać dla instytucji finansujących sprawozdania, w których nikt nie jest wymieniony z imienia i nazwiska.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="66" />
      <source>Intake {0}</source>
      <translation>Intake {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="79" />
      <source>Languages of the forms ({0})</source>
      <translation>Języki formularzy ({0})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="76" />
      <source>Languages of the screens</source>
      <translation>Języki ekranów programu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="94" />
      <source>Printed forms use the DejaVu fonts (free licence) and Noto Naskh Arabic (SIL Open Font Licence).</source>
      <translation>Drukowane formularze używają czcionek DejaVu (wolna licencja) i Noto Naskh Arabic (licencja SIL Open Font Licence).</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="84" />
      <source>Translations not yet checked were drafted with care but may contain mistakes. Please have a fluent speaker check them before relying on them; docs/translations.md explains how.</source>
      <translation>Niesprawdzone jeszcze tłumaczenia przygotowano starannie, ale mogą zawierać błędy. Zanim zacznie się na nich polegać, proszę poprosić osobę biegle znającą dany język o ich sprawdzenie; jak to zrobić, wyjaśnia plik docs/translations.md.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/about.py" line="55" />
      <source>{0}: not yet checked by a fluent speaker</source>
      <translation>{0}: tłumaczenie jeszcze niesprawdzone przez osobę biegle znającą język</translation>
    </message>
  </context>
  <context>
    <name>CaptureDialog</name>
    <message>
      <location filename="../src/intake/ui/capture.py" line="92" />
      <source>&amp;Done</source>
      <translation>&amp;Gotowe</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="48" />
      <source>&amp;Find a question (type a few letters):</source>
      <translation>&amp;Wyszukaj pytanie (wystarczy kilka liter):</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="91" />
      <source>&amp;Mark as mentioned</source>
      <translation>&amp;Oznacz jako wspomniane</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="89" />
      <source>&amp;Record what they said</source>
      <translation>&amp;Zapisz to, co osoba powiedziała</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="50" />
      <source>Find a question</source>
      <translation>Wyszukaj pytanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="42" />
      <source>Note something the person mentioned</source>
      <translation>Zanotuj coś, o czym wspomniała osoba</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="165" />
      <source>Noted. When this question comes, it will be asked gently.</source>
      <translation>Zanotowano. Kiedy przyjdzie kolej na to pytanie, zostanie ono zadane w delikatny sposób.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="69" />
      <source>Questions that match</source>
      <translation>Pasujące pytania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="158" />
      <source>Recorded as 'prefer not to say'. It will not be asked again.</source>
      <translation>Zapisano jako „Wolę nie odpowiadać”. To pytanie nie zostanie zadane ponownie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="150" />
      <source>Recorded. It will not be asked again.</source>
      <translation>Zapisano. To pytanie nie zostanie zadane ponownie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="90" />
      <source>They would rather &amp;not say</source>
      <translation>Osoba woli &amp;nie odpowiadać</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/capture.py" line="51" />
      <source>for example: religion, housing, date of birth</source>
      <translation>na przykład: wyznanie, mieszkanie, data urodzenia</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Day</source>
      <translation>Dzień</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Month</source>
      <translation>Miesiąc</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/editors.py" line="191" />
      <source>Year</source>
      <translation>Rok</translation>
    </message>
  </context>
  <context>
    <name>EngineWords</name>
    <message>
      <location filename="../src/intake/paper/answers.py" line="59" />
      <source>A 'none of these' kind of box is ticked beside others.</source>
      <translation>Zaznaczono pole w rodzaju „żadne z powyższych” razem z innymi polami.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="66" />
      <source>Both an answer and 'prefer not to say' are given.</source>
      <translation>Podano odpowiedź i jednocześnie zaznaczono „Wolę nie odpowiadać”.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="58" />
      <source>More boxes are ticked than this question allows.</source>
      <translation>Zaznaczono więcej pól, niż pozwala to pytanie.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="57" />
      <source>More than one box is ticked, but this question takes one.</source>
      <translation>Zaznaczono więcej niż jedno pole, a w tym pytaniu można wybrać tylko jedno.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="98" />
      <source>No one in this workspace has the reference on this form. It may have been made by another service, or the person's record may have been erased. Nothing has been recorded.</source>
      <translation>Nikt w tym obszarze roboczym nie ma numeru referencyjnego podanego na tym formularzu. Formularz mógł zostać utworzony przez inną organizację albo karta osoby mogła zostać usunięta. Nic nie zostało zapisane.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="31" />
      <source>One of these options goes on its own. Please choose it alone, or the others.</source>
      <translation>Jedną z tych odpowiedzi można wybrać tylko osobno. Proszę wybrać tylko ją albo pozostałe.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="45" />
      <source>Please choose a number from {0} to {1}.</source>
      <translation>Proszę wybrać liczbę od {0} do {1}.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="33" />
      <source>Please choose at least {0} of the options.</source>
      <translation>Proszę wybrać co najmniej {0} z podanych odpowiedzi.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="30" />
      <source>Please choose from the options shown.</source>
      <translation>Proszę wybrać spośród podanych odpowiedzi.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="34" />
      <source>Please choose up to {0} of the options.</source>
      <translation>Proszę wybrać najwyżej {0} z podanych odpowiedzi.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="44" />
      <source>Please give a number of {0} or less.</source>
      <translation>Proszę podać liczbę nie większą niż {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="43" />
      <source>Please give a number of {0} or more.</source>
      <translation>Proszę podać liczbę nie mniejszą niż {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="41" />
      <source>Please give a number, using digits.</source>
      <translation>Proszę wpisać liczbę cyframi.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="42" />
      <source>Please give a whole number.</source>
      <translation>Proszę podać liczbę całkowitą.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="38" />
      <source>Please give the date as day, month and year.</source>
      <translation>Proszę podać datę: dzień, miesiąc i rok.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="35" />
      <source>Please type your answer in words.</source>
      <translation>Proszę wpisać odpowiedź słowami.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="40" />
      <source>That date is a long time ago. Please check the year.</source>
      <translation>To data sprzed bardzo dawna. Proszę sprawdzić rok.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="39" />
      <source>That date is after today. Please check the year.</source>
      <translation>Ta data jest późniejsza niż dzisiejsza. Proszę sprawdzić rok.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="36" />
      <source>That is a little long. Please use {0} letters or fewer.</source>
      <translation>To trochę za długie. Proszę skrócić odpowiedź do {0} znaków.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="65" />
      <source>The answer is longer than this question allows.</source>
      <translation>Odpowiedź jest dłuższa, niż pozwala to pytanie.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="63" />
      <source>The answer is not a number, or not a whole number.</source>
      <translation>Odpowiedź nie jest liczbą albo nie jest liczbą całkowitą.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="56" />
      <source>The answer is not one of the choices this question offers.</source>
      <translation>Tej odpowiedzi nie ma wśród możliwości podanych w tym pytaniu.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="61" />
      <source>The date is in the future, which this question does not allow.</source>
      <translation>Ta data jest w przyszłości, a w tym pytaniu nie jest to dozwolone.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="60" />
      <source>The date is not a real date. Check the day, month and year.</source>
      <translation>Taka data nie istnieje. Proszę sprawdzić dzień, miesiąc i rok.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="64" />
      <source>The number is outside the range this question allows.</source>
      <translation>Liczba jest poza zakresem dozwolonym w tym pytaniu.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="103" />
      <source>The person on this form has no open journey to add answers to. Open a new journey on their page first, then import the form again.</source>
      <translation>Osoba z tego formularza nie ma otwartej ścieżki wsparcia, do której można dodać odpowiedzi. Proszę najpierw otworzyć nową ścieżkę wsparcia na karcie osoby, a potem ponownie zaimportować formularz.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="62" />
      <source>The year is earlier than this question allows.</source>
      <translation>Rok jest wcześniejszy, niż pozwala to pytanie.</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="37" />
      <source>There is no such date. Please check the day and month.</source>
      <translation>Taka data nie istnieje. Proszę sprawdzić dzień i miesiąc.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="92" />
      <source>This form belongs to the person below.</source>
      <translation>Ten formularz należy do osoby podanej poniżej.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="55" />
      <source>This form has a field Intake did not make; it was left out.</source>
      <translation>W tym formularzu jest pole, którego Intake nie utworzył; zostało pominięte.</translation>
    </message>
    <message>
      <location filename="../src/intake/app/paper_service.py" line="94" />
      <source>This form has no reference on it, so Intake cannot tell whose it is. Open the person's page and type the answers in with Transcribe paper instead.</source>
      <translation>Na tym formularzu nie ma numeru referencyjnego, więc Intake nie może ustalić, czyj to formularz. Proszę otworzyć kartę osoby i zamiast tego wpisać odpowiedzi za pomocą polecenia „Przepisz formularz papierowy”.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="67" />
      <source>This is needed but empty.</source>
      <translation>To pole jest wymagane, ale jest puste.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="69" />
      <source>This is not an Intake reference (they look like V-7KQ2-MX4P).</source>
      <translation>To nie jest numer referencyjny Intake (takie numery wyglądają tak: V-7KQ2-MX4P).</translation>
    </message>
    <message>
      <location filename="../src/intake/interview/validation.py" line="29" />
      <source>This one needs an answer, or you can choose 'Prefer not to say'.</source>
      <translation>To pytanie wymaga odpowiedzi. Można też wybrać „Wolę nie odpowiadać”.</translation>
    </message>
    <message>
      <location filename="../src/intake/paper/answers.py" line="68" />
      <source>This row has a different number of cells from the column names.</source>
      <translation>Ten wiersz ma inną liczbę komórek niż liczba nazw kolumn.</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <location filename="../src/intake/ui/admin.py" line="138" />
      <source> (no access)</source>
      <translation> (brak dostępu)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="283" />
      <source> (only asked of some)</source>
      <translation> (zadawane tylko niektórym)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="331" />
      <source> ({0} asked later)</source>
      <translation> (w tym do zapytania później: {0})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="211" />
      <source> minutes</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="216" />
      <source> months</source>
      <translation> mies.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="763" />
      <source> — some figures withheld</source>
      <translation> — niektóre liczby ukryte</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="106" />
      <source>&amp;Add a colleague…</source>
      <translation>&amp;Dodaj osobę z zespołu…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="455" />
      <source>&amp;Add note</source>
      <translation>Dod&amp;aj notatkę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="218" />
      <source>&amp;Back</source>
      <translation>&amp;Wstecz</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="155" />
      <source>&amp;Back up now…</source>
      <translation>Utwórz &amp;kopię zapasową teraz…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="176" />
      <source>&amp;Bigger text</source>
      <translation>&amp;Większy tekst</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="81" />
      <source>&amp;Choose another folder…</source>
      <translation>Wybierz &amp;inny folder…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="126" />
      <source>&amp;Close</source>
      <translation>&amp;Zamknij</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="508" />
      <source>&amp;Completeness</source>
      <translation>&amp;Kompletność</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="70" />
      <source>&amp;Continue</source>
      <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="120" />
      <source>&amp;Continue the conversation</source>
      <translation>&amp;Kontynuuj rozmowę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="295" />
      <source>&amp;Current password</source>
      <translation>&amp;Obecne hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="45" />
      <source>&amp;Date of birth</source>
      <translation>&amp;Data urodzenia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="232" />
      <source>&amp;Erase what is past its time now…</source>
      <translation>&amp;Usuń teraz dane po upływie okresu przechowywania…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="519" />
      <source>&amp;Export to a folder…</source>
      <translation>&amp;Eksportuj do folderu…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="639" />
      <source>&amp;Find people with gaps</source>
      <translation>&amp;Znajdź osoby z brakami</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="43" />
      <source>&amp;First name</source>
      <translation>&amp;Imię</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="73" />
      <source>&amp;Forgotten password?</source>
      <translation>&amp;Zapomniane hasło?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="131" />
      <source>&amp;Hand over to answer alone</source>
      <translation>Przekaż do &amp;samodzielnego wypełnienia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="201" />
      <source>&amp;Help</source>
      <translation>Pomo&amp;c</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="194" />
      <source>&amp;High contrast</source>
      <translation>Wysoki &amp;kontrast</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="661" />
      <source>&amp;Import</source>
      <translation>&amp;Importuj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="746" />
      <source>&amp;Import {0} referrals</source>
      <translation>&amp;Importuj skierowania ({0})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="128" />
      <source>&amp;Intake</source>
      <translation>&amp;Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="219" />
      <source>&amp;Keep closed journeys for</source>
      <translation>&amp;Przechowuj zamknięte ścieżki wsparcia przez</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="184" />
      <source>&amp;Language</source>
      <translation>&amp;Język</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="497" />
      <source>&amp;Language of the return</source>
      <translation>&amp;Język sprawozdania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="384" />
      <source>&amp;Language:</source>
      <translation>&amp;Język:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="44" />
      <source>&amp;Last name</source>
      <translation>&amp;Nazwisko</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="132" />
      <source>&amp;Lock</source>
      <translation>&amp;Zablokuj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="218" />
      <source>&amp;Lock after this long without use</source>
      <translation>&amp;Blokuj po takim czasie bezczynności</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="139" />
      <source>&amp;Make a new secret</source>
      <translation>&amp;Utwórz nowy kod</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="396" />
      <source>&amp;Make the PDF</source>
      <translation>&amp;Utwórz PDF</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="149" />
      <source>&amp;Manage</source>
      <translation>Za&amp;rządzanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="648" />
      <source>&amp;Mapping file:</source>
      <translation>Plik &amp;mapowania:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="146" />
      <source>&amp;My caseload</source>
      <translation>&amp;Moje sprawy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="74" />
      <source>&amp;Name</source>
      <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="296" />
      <source>&amp;New password</source>
      <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="130" />
      <source>&amp;New referral</source>
      <translation>&amp;Nowe skierowanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="129" />
      <source>&amp;New referral…</source>
      <translation>&amp;Nowe skierowanie…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="219" />
      <source>&amp;Next</source>
      <translation>&amp;Dalej</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="145" />
      <source>&amp;Open journeys only</source>
      <translation>&amp;Tylko otwarte ścieżki wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="69" />
      <source>&amp;Open this person</source>
      <translation>&amp;Otwórz kartę tej osoby</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="310" />
      <source>&amp;Paper:</source>
      <translation>Rodzaj &amp;formularza:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="371" />
      <source>&amp;Password</source>
      <translation>&amp;Hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="493" />
      <source>&amp;Period</source>
      <translation>&amp;Okres</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="166" />
      <source>&amp;Print it</source>
      <translation>Wydrukuj &amp;kod</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="207" />
      <source>&amp;Print…</source>
      <translation>&amp;Drukuj…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="135" />
      <source>&amp;Quit</source>
      <translation>Za&amp;kończ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="570" />
      <source>&amp;Record {0} answers</source>
      <translation>&amp;Zapisz odpowiedzi ({0})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="647" />
      <source>&amp;Referral file:</source>
      <translation>Plik ze &amp;skierowaniami:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="156" />
      <source>&amp;Restore from a backup…</source>
      <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="491" />
      <source>&amp;Return</source>
      <translation>&amp;Sprawozdanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="152" />
      <source>&amp;Returns and gaps…</source>
      <translation>&amp;Sprawozdania i braki…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="76" />
      <source>&amp;Role</source>
      <translation>&amp;Rola</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="338" />
      <source>&amp;Save answers</source>
      <translation>&amp;Zapisz odpowiedzi</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="206" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="157" />
      <source>&amp;Settings…</source>
      <translation>Us&amp;tawienia…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="516" />
      <source>&amp;Show the return</source>
      <translation>&amp;Wyświetl sprawozdanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="179" />
      <source>&amp;Smaller text</source>
      <translation>&amp;Mniejszy tekst</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="383" />
      <source>&amp;Stage:</source>
      <translation>&amp;Etap:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="220" />
      <source>&amp;Start using Intake</source>
      <translation>&amp;Zacznij korzystać z Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="150" />
      <source>&amp;Summary</source>
      <translation>&amp;Podsumowanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="166" />
      <source>&amp;Text size</source>
      <translation>&amp;Rozmiar tekstu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="74" />
      <source>&amp;Unlock</source>
      <translation>&amp;Odblokuj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="370" />
      <source>&amp;User name</source>
      <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="154" />
      <source>&amp;Users and roles…</source>
      <translation>&amp;Użytkownicy i role…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="154" />
      <source>&amp;Victims' Code</source>
      <translation>Ko&amp;deks praw ofiar</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="165" />
      <source>&amp;View</source>
      <translation>Wid&amp;ok</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="58" />
      <source>A blank form</source>
      <translation>Pusty formularz</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="59" />
      <source>A caseworker copy</source>
      <translation>Kopia dla osoby prowadzącej sprawę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="453" />
      <source>A note for the team (the person may ask to see it)</source>
      <translation>Notatka dla zespołu (osoba może poprosić o wgląd w nią)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="91" />
      <source>Add</source>
      <translation>Dodaj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="63" />
      <source>Add a colleague</source>
      <translation>Dodaj osobę z zespołu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="39" />
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="93" />
      <source>Already recorded: no change</source>
      <translation>Już zapisano: bez zmian</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="116" />
      <source>Already recorded: {0}</source>
      <translation>Już zapisano: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="45" />
      <source>Anonymised reporting to funders</source>
      <translation>Anonimowe sprawozdania dla instytucji finansujących</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="374" />
      <source>Answer</source>
      <translation>Odpowiedź</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="533" />
      <source>Answer on the form</source>
      <translation>Odpowiedź w formularzu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="241" />
      <source>Answered</source>
      <translation>Z odpowiedzią</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="567" />
      <source>Answers on the form</source>
      <translation>Odpowiedzi w formularzu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="149" />
      <source>Any stage</source>
      <translation>Dowolny etap</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="326" />
      <source>Ask later</source>
      <translation>Zapytaj później</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="653" />
      <source>Ask your Intake administrator to reset your password. If every administrator password is lost, an administrator can use the printed recovery secret to set a new one.</source>
      <translation>Hasło może zresetować administrator Intake. Jeśli wszystkie hasła administratorów zostaną utracone, administrator może ustawić nowe hasło za pomocą wydrukowanego kodu odzyskiwania.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="243" />
      <source>Asked later</source>
      <translation>Do zapytania później</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="88" />
      <source>Back to the people list</source>
      <translation>Powrót do listy osób</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="329" />
      <source>Back up</source>
      <translation>Kopia zapasowa</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="373" />
      <source>Bar chart</source>
      <translation>Wykres słupkowy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="477" />
      <source>Blank form</source>
      <translation>Pusty formularz</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="107" />
      <source>Born {0}</source>
      <translation>Data urodzenia: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="650" />
      <source>C&amp;heck the files</source>
      <translation>Sp&amp;rawdź pliki</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="152" />
      <source>C&amp;onsent</source>
      <translation>&amp;Zgody</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="643" />
      <source>CSV files (*.csv)</source>
      <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="101" />
      <source>Calendar year</source>
      <translation>Rok kalendarzowy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="205" />
      <source>Cancel</source>
      <translation>Anuluj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="147" />
      <source>Case summary</source>
      <translation>Podsumowanie sprawy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="37" />
      <source>Caseworker</source>
      <translation>Osoba prowadząca sprawę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="392" />
      <source>Caseworker copy</source>
      <translation>Kopia dla osoby prowadzącej sprawę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="391" />
      <source>Caseworker copy: include questions only asked in conversation</source>
      <translation>Kopia dla osoby prowadzącej sprawę: z pytaniami zadawanymi tylko w rozmowie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="311" />
      <source>Change</source>
      <translation>Zmień</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="198" />
      <source>Change my &amp;password…</source>
      <translation>Zmień moje &amp;hasło…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="288" />
      <source>Change my password</source>
      <translation>Zmień moje hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="602" />
      <source>Chec&amp;k completeness</source>
      <translation>Sp&amp;rawdź kompletność</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="508" />
      <source>Check before recording</source>
      <translation>Sprawdź przed zapisaniem</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="603" />
      <source>Check completeness</source>
      <translation>Sprawdź kompletność</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="488" />
      <source>Check-in ({0}): {1}</source>
      <translation>Pytanie o samopoczucie ({0}): {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="90" />
      <source>Checking the secret…</source>
      <translation>Sprawdzanie kodu…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="885" />
      <source>Checking… this can take a little while.</source>
      <translation>Sprawdzanie… To może chwilę potrwać.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="705" />
      <source>Choose a first day before the last day.</source>
      <translation>Pierwszy dzień musi być wcześniejszy niż ostatni.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="89" />
      <source>Choose a folder</source>
      <translation>Wybierz folder</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="795" />
      <source>Choose a folder for the return</source>
      <translation>Wybierz folder na sprawozdanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="547" />
      <source>Choose a return and a period, then Show the return. The preview is exactly what the files will hold.</source>
      <translation>Proszę wybrać sprawozdanie i okres, a potem kliknąć „Wyświetl sprawozdanie”. Podgląd pokazuje dokładnie to, co znajdzie się w plikach.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="706" />
      <source>Choose both files first.</source>
      <translation>Najpierw proszę wybrać oba pliki.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="381" />
      <source>Choose the backup folder</source>
      <translation>Wybierz folder z kopią zapasową</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="580" />
      <source>Choose the filled-in form</source>
      <translation>Wybierz wypełniony formularz</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="633" />
      <source>Choose the referral file (CSV, saved from the spreadsheet) and the mapping file that says what its columns mean. Intake checks every row first, and imports only when every row fits: nothing is half imported.</source>
      <translation>Proszę wybrać plik ze skierowaniami (CSV zapisany z arkusza kalkulacyjnego) i plik mapowania, który określa, co oznaczają jego kolumny. Intake najpierw sprawdza każdy wiersz i importuje dane tylko wtedy, gdy wszystkie wiersze pasują: nic nie zostaje zaimportowane tylko w części.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="677" />
      <source>Choose the {0}</source>
      <translation>Wybierz {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="676" />
      <source>Choose…</source>
      <translation>Wybierz…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="141" />
      <source>Clear the search</source>
      <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="521" />
      <source>Close</source>
      <translation>Zamknij</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="126" />
      <source>Close this journey</source>
      <translation>Zamknij tę ścieżkę wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="223" />
      <source>Closed journeys older than this are erased for good, with everything recorded in them. Check your data protection policy for the right period.</source>
      <translation>Zamknięte ścieżki wsparcia starsze niż ten okres są trwale usuwane razem ze wszystkim, co w nich zapisano. Właściwy okres określa polityka ochrony danych organizacji.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="167" />
      <source>Column headings</source>
      <translation>Nagłówki kolumn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="615" />
      <source>Completeness</source>
      <translation>Kompletność</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="383" />
      <source>Consent</source>
      <translation>Zgoda</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent given</source>
      <translation>Udzielono zgody</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="497" />
      <source>Consent withdrawn</source>
      <translation>Wycofano zgodę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="815" />
      <source>Counting and protecting the figures…</source>
      <translation>Liczenie i zabezpieczanie liczb…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="755" />
      <source>Counting… this can take a little while for a large service.</source>
      <translation>Liczenie… W dużej organizacji może to chwilę potrwać.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="41" />
      <source>DD/MM/YYYY, if known</source>
      <translation>DD/MM/RRRR, jeśli wiadomo</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Date of birth</source>
      <translation>Data urodzenia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="411" />
      <source>Delivered</source>
      <translation>Zrealizowane</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="123" />
      <source>Do this if the printed secret may have been seen by someone else, or is lost. The old secret stops working at once. The new one is shown only here: print it or write it down, and keep it safe.</source>
      <translation>Proszę to zrobić, jeśli wydrukowany kod mógł zobaczyć ktoś inny albo jeśli kod zaginął. Stary kod od razu przestaje działać. Nowy kod jest pokazywany tylko tutaj: proszę go wydrukować albo zapisać i przechowywać w bezpiecznym miejscu.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="818" />
      <source>Done.</source>
      <translation>Gotowe.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="263" />
      <source>Done. {0} journey(s) erased.</source>
      <translation>Gotowe. Usunięte ścieżki wsparcia: {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="250" />
      <source>Erase</source>
      <translation>Usuń</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="251" />
      <source>Erase every closed journey past the retention period? This cannot be undone.</source>
      <translation>Usunąć wszystkie zamknięte ścieżki wsparcia, których okres przechowywania minął? Tego nie można cofnąć.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="742" />
      <source>Every row fits: {0} referrals with {1} answers. Nothing is imported yet.</source>
      <translation>Wszystkie wiersze pasują. Skierowania: {0}, odpowiedzi: {1}. Nic nie zostało jeszcze zaimportowane.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="374" />
      <source>Every stage</source>
      <translation>Wszystkie etapy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="606" />
      <source>Everyone's journeys</source>
      <translation>Ścieżki wsparcia całego zespołu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="72" />
      <source>Everything is kept in one folder, encrypted. Nobody can read it without a password, even if the laptop is lost. The usual place is fine for most services.</source>
      <translation>Wszystko jest przechowywane w jednym zaszyfrowanym folderze. Bez hasła nikt nie może tego odczytać, nawet jeśli laptop zaginie. Domyślne miejsce odpowiada większości organizacji.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="98" />
      <source>Everything we hold about them (PDF)…</source>
      <translation>Wszystkie dane, które mamy o tej osobie (PDF)…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="410" />
      <source>Explained</source>
      <translation>Wyjaśnione</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="806" />
      <source>Export</source>
      <translation>Eksport</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="810" />
      <source>Export progress</source>
      <translation>Postęp eksportu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="569" />
      <source>Figures</source>
      <translation>Liczby</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>Fillable form</source>
      <translation>Formularz do wypełnienia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="387" />
      <source>Fillable: to fill in on a computer, tablet or phone</source>
      <translation>Formularz do wypełnienia: na komputerze, tablecie lub telefonie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="608" />
      <source>Filled-in form</source>
      <translation>Wypełniony formularz</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="102" />
      <source>Financial year (April to March)</source>
      <translation>Rok finansowy (od kwietnia do marca)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="640" />
      <source>Find people with gaps</source>
      <translation>Znajdź osoby z brakami</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="77" />
      <source>First &amp;password</source>
      <translation>Pierwsze &amp;hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="110" />
      <source>First day</source>
      <translation>Pierwszy dzień</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="80" />
      <source>Folder for the encrypted information</source>
      <translation>Folder na zaszyfrowane dane</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="593" />
      <source>For case reviews: how many journeys open in the period have each question answered, declined (prefer not to say), put off until later, or not yet asked. It stays inside Intake and is never exported.</source>
      <translation>Do przeglądów spraw: w ilu ścieżkach wsparcia otwartych w tym okresie każde pytanie ma odpowiedź, ma zaznaczone „Wolę nie odpowiadać”, zostało odłożone na później albo nie zostało jeszcze zadane. Te dane zostają w Intake i nigdy nie są eksportowane.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="526" />
      <source>For example: read aloud, leaflet given</source>
      <translation>Na przykład: przeczytano na głos, przekazano ulotkę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="651" />
      <source>Forgotten password</source>
      <translation>Zapomniane hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="813" />
      <source>Gathering everything held…</source>
      <translation>Zbieranie wszystkich przechowywanych danych…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="84" />
      <source>Give them the first password in person. They can change it from Manage, Change my password.</source>
      <translation>Pierwsze hasło proszę przekazać osobiście. Można je potem zmienić w menu Zarządzanie, polecenie Zmień moje hasło.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="366" />
      <source>Given</source>
      <translation>Udzielona</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="133" />
      <source>Hand over: the person answers their part alone, on a locked screen</source>
      <translation>Przekazanie: osoba sama odpowiada na swoją część pytań, na zablokowanym ekranie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="525" />
      <source>How it was explained</source>
      <translation>Jak to wyjaśniono</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="377" />
      <source>How was it explained?</source>
      <translation>Jak to wyjaśniono?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="527" />
      <source>How was this explained to the person?</source>
      <translation>Jak wyjaśniono to tej osobie?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="169" />
      <source>I have printed it or written it down, and put it somewhere safe</source>
      <translation>Kod jest wydrukowany lub zapisany i schowany w bezpiecznym miejscu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="158" />
      <source>If every password is ever forgotten, this secret is the only way back in. Print it or write it down now, and keep it somewhere safe and private, away from this laptop. It will not be shown again.</source>
      <translation>Jeśli kiedyś wszystkie hasła zostaną zapomniane, ten kod będzie jedynym sposobem odzyskania dostępu. Proszę go teraz wydrukować albo zapisać i przechowywać w bezpiecznym, prywatnym miejscu, z dala od tego laptopa. Nie zostanie pokazany ponownie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="153" />
      <source>Import &amp;referrals…</source>
      <translation>&amp;Importuj skierowania…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="140" />
      <source>Import a &amp;filled-in PDF form…</source>
      <translation>Importuj &amp;wypełniony formularz PDF…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="798" />
      <source>Import referrals</source>
      <translation>Importuj skierowania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="774" />
      <source>Imported {0} referrals: {1} new people and {2} already known. {3} answers are recorded, so they will not be asked again.</source>
      <translation>Zaimportowane skierowania: {0}. Nowe osoby: {1}, osoby już znane: {2}. Zapisane odpowiedzi: {3}, więc te pytania nie będą zadawane ponownie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="758" />
      <source>Importing referrals…</source>
      <translation>Importowanie skierowań…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="822" />
      <source>Information we hold</source>
      <translation>Informacje, które przechowujemy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="370" />
      <source>Intake cannot open records because its form pack has a problem. Nothing saved has been touched. Please ask your administrator to run 'intake forms check'. The first problem is: {0}</source>
      <translation>Intake nie może otworzyć kart osób, ponieważ w pakiecie formularzy jest błąd. Żadne zapisane dane nie zostały naruszone. Proszę poprosić administratora o uruchomienie polecenia 'intake forms check'. Pierwszy problem: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="302" />
      <source>Intake cannot reach a printer from this computer. Save the PDF, then open it and print it from your PDF reader.</source>
      <translation>Intake nie może połączyć się z drukarką z tego komputera. Proszę zapisać plik PDF, a potem otworzyć go i wydrukować w programie do czytania plików PDF.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="74" />
      <source>Intake could not read or write a file it needs. Check there is space on the disk and that the folder is not read-only, then try again.</source>
      <translation>Intake nie może odczytać lub zapisać potrzebnego pliku. Proszę sprawdzić, czy na dysku jest wolne miejsce i czy folder nie jest tylko do odczytu, a potem spróbować ponownie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="48" />
      <source>Intake is locked</source>
      <translation>Intake jest zablokowany</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="49" />
      <source>Intake keeps the information your service collects safe and private on this computer. Let's set it up. This takes about two minutes.</source>
      <translation>Intake bezpiecznie i poufnie przechowuje na tym komputerze informacje zbierane przez organizację. Skonfigurujmy go teraz. Zajmie to około dwóch minut.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="185" />
      <source>Intake recovery secret</source>
      <translation>Kod odzyskiwania Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="525" />
      <source>Journey</source>
      <translation>Ścieżka wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="485" />
      <source>Journey closed</source>
      <translation>Zamknięto ścieżkę wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="114" />
      <source>Journey:</source>
      <translation>Ścieżka wsparcia:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="217" />
      <source>Keep closed journeys for</source>
      <translation>Przechowuj zamknięte ścieżki wsparcia przez</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="189" />
      <source>Keep this somewhere safe and private, away from the laptop.</source>
      <translation>Proszę przechowywać ten kod w bezpiecznym, prywatnym miejscu, z dala od laptopa.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="103" />
      <source>Kind of year</source>
      <translation>Rodzaj roku</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="324" />
      <source>Known</source>
      <translation>Znane</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="380" />
      <source>Language</source>
      <translation>Język</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="496" />
      <source>Language of the return</source>
      <translation>Język sprawozdania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="110" />
      <source>Last day</source>
      <translation>Ostatni dzień</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="212" />
      <source>Lock after this long without use</source>
      <translation>Blokuj po takim czasie bezczynności</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="912" />
      <source>Looking… one moment.</source>
      <translation>Wyszukiwanie… Chwileczkę.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="328" />
      <source>Making and checking a backup…</source>
      <translation>Tworzenie i sprawdzanie kopii zapasowej…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="437" />
      <source>Making the form…</source>
      <translation>Tworzenie formularza…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="805" />
      <source>Making the return…</source>
      <translation>Tworzenie sprawozdania…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="38" />
      <source>Manager</source>
      <translation>Kierownik</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="645" />
      <source>Mapping file</source>
      <translation>Plik mapowania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="645" />
      <source>Mapping files (*.yaml *.yml)</source>
      <translation>Pliki mapowania (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="70" />
      <source>Message</source>
      <translation>Komunikat</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="61" />
      <source>Moving from another computer? &amp;Restore a backup instead…</source>
      <translation>Przenosisz się z innego komputera? &amp;Przywróć zamiast tego kopię zapasową…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="294" />
      <source>Name</source>
      <translation>Imię i nazwisko</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="57" />
      <source>Name of your &amp;organisation</source>
      <translation>Nazwa &amp;organizacji</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="56" />
      <source>Name of your organisation</source>
      <translation>Nazwa organizacji</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="203" />
      <source>New journey</source>
      <translation>Nowa ścieżka wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="452" />
      <source>New note</source>
      <translation>Nowa notatka</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="186" />
      <source>New password</source>
      <translation>Nowe hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="297" />
      <source>New password &amp;again</source>
      <translation>Nowe hasło &amp;ponownie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="187" />
      <source>New password for {0}</source>
      <translation>Nowe hasło dla: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="131" />
      <source>New recovery secret</source>
      <translation>Nowy kod odzyskiwania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="543" />
      <source>New referral</source>
      <translation>Nowe skierowanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="225" />
      <source>No one matches. Check the spelling, or start a new referral.</source>
      <translation>Nie znaleziono nikogo. Proszę sprawdzić pisownię albo dodać nowe skierowanie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="909" />
      <source>No open journey has gaps in the stages it has reached.</source>
      <translation>Żadna otwarta ścieżka wsparcia nie ma braków na etapach, do których dotarła.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="156" />
      <source>No&amp;tes</source>
      <translation>No&amp;tatki</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="131" />
      <source>No, &amp;create a new person</source>
      <translation>Nie, &amp;utwórz nową osobę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="374" />
      <source>No.</source>
      <translation>Nr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="98" />
      <source>None open</source>
      <translation>Brak otwartych</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="244" />
      <source>Not asked</source>
      <translation>Nie pytano</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="364" />
      <source>Not asked yet</source>
      <translation>Jeszcze nie pytano</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="127" />
      <source>Note something &amp;mentioned</source>
      <translation>Zanotuj wz&amp;miankę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="241" />
      <source>Note something mentioned</source>
      <translation>Zanotuj wzmiankę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="129" />
      <source>Note something the person mentioned, for any question</source>
      <translation>Zanotuj coś, o czym wspomniała osoba, przy dowolnym pytaniu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="446" />
      <source>Notes</source>
      <translation>Notatki</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="400" />
      <source>Nothing from this stage is printed on that paper.</source>
      <translation>Na tym formularzu nie ma pytań z tego etapu.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="541" />
      <source>Nothing is filled in on this form.</source>
      <translation>W tym formularzu nic nie wypełniono.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="465" />
      <source>Nothing is typed in yet. Type an answer beside its number first.</source>
      <translation>Nic jeszcze nie wpisano. Najpierw proszę wpisać odpowiedź obok jej numeru.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="764" />
      <source>Nothing was imported. {0}</source>
      <translation>Nic nie zostało zaimportowane. {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="816" />
      <source>Noting the export in the audit trail…</source>
      <translation>Odnotowywanie eksportu w dzienniku audytu…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="113" />
      <source>Open a new &amp;journey</source>
      <translation>Otwórz &amp;nową ścieżkę wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="412" />
      <source>Open a record</source>
      <translation>Otwieranie karty osoby</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="54" />
      <source>Open journeys</source>
      <translation>Otwarte ścieżki wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="323" />
      <source>PDF files (*.pdf)</source>
      <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="91" />
      <source>Pape&amp;r and records…</source>
      <translation>&amp;Formularze papierowe i dane…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="443" />
      <source>Paper form</source>
      <translation>Formularz papierowy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="354" />
      <source>Paper form for this person</source>
      <translation>Formularz papierowy dla tej osoby</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="93" />
      <source>Paper forms, typing in a paper form, and a copy of their records</source>
      <translation>Formularze papierowe, przepisywanie formularza papierowego i kopia danych tej osoby</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="368" />
      <source>Password</source>
      <translation>Hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="114" />
      <source>Password &amp;again</source>
      <translation>Hasło &amp;ponownie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="91" />
      <source>Pause the conversation and go back to the person's page</source>
      <translation>Wstrzymaj rozmowę i wróć do karty osoby</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="129" />
      <source>People</source>
      <translation>Osoby</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="161" />
      <source>People found</source>
      <translation>Znalezione osoby</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="509" />
      <source>People with &amp;gaps</source>
      <translation>Osoby z &amp;brakami</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="647" />
      <source>People with gaps</source>
      <translation>Osoby z brakami</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="630" />
      <source>People with open journeys whose questions are not yet answered or declined, in the stages they have reached, so the team can plan the kindest way to fill the gaps, or to leave them. Only shown here.</source>
      <translation>Osoby z otwartymi ścieżkami wsparcia, w których na osiągniętych już etapach są pytania jeszcze bez odpowiedzi i bez odmowy. Dzięki temu zespół może zaplanować najłagodniejszy sposób uzupełnienia braków albo zdecydować, że je zostawi. Widoczne tylko tutaj.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="120" />
      <source>Please enter your user name and password.</source>
      <translation>Proszę wpisać nazwę użytkownika i hasło.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="96" />
      <source>Please give the date of birth as day/month/year, or leave it empty.</source>
      <translation>Proszę podać datę urodzenia w formacie dzień/miesiąc/rok albo zostawić to pole puste.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="91" />
      <source>Please type at least one name.</source>
      <translation>Proszę wpisać co najmniej imię albo nazwisko.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="136" />
      <source>Please wait</source>
      <translation>Proszę czekać</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="62" />
      <source>Possible matches</source>
      <translation>Możliwe dopasowania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="713" />
      <source>Practice workspace. Sign in as {0} with the password: {1}</source>
      <translation>Obszar roboczy do ćwiczeń. Proszę zalogować się jako {0}, używając hasła: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="43" />
      <source>Practice workspace: made-up people only. Nothing here is real.</source>
      <translation>Obszar roboczy do ćwiczeń: tylko zmyślone osoby. Nic tutaj nie jest prawdziwe.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="242" />
      <source>Prefer not to say</source>
      <translation>Wolę nie odpowiadać</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="292" />
      <source>Print</source>
      <translation>Drukuj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="138" />
      <source>Print a &amp;blank form…</source>
      <translation>Wydrukuj &amp;pusty formularz…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="354" />
      <source>Print a blank form</source>
      <translation>Wydrukuj pusty formularz</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="96" />
      <source>Print their paper form (what we still need)…</source>
      <translation>Wydrukuj formularz papierowy dla tej osoby (tylko brakujące pytania)…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="57" />
      <source>Printed for this person (known questions left out)</source>
      <translation>Wydrukowany dla tej osoby (bez pytań, na które znamy już odpowiedź)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="107" />
      <source>Quarter</source>
      <translation>Kwartał</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="240" />
      <source>Question</source>
      <translation>Pytanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="109" />
      <source>Question {0}</source>
      <translation>Pytanie {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="258" />
      <source>Question {0}: {1}</source>
      <translation>Pytanie {0}: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="361" />
      <source>Questions already answered are left out. The form shows the reference {0} and a code that finds the record when it comes back. It never shows the person's name.</source>
      <translation>Pytania, na które już jest odpowiedź, są pominięte. Na formularzu jest numer referencyjny {0} i kod, dzięki któremu po zwrocie formularza można odnaleźć kartę osoby. Na formularzu nigdy nie ma imienia i nazwiska osoby.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="297" />
      <source>Questions to fill</source>
      <translation>Pytania do uzupełnienia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="113" />
      <source>Re&amp;move access</source>
      <translation>&amp;Odbierz dostęp</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="592" />
      <source>Reading the form…</source>
      <translation>Odczytywanie formularza…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="814" />
      <source>Reading the journeys…</source>
      <translation>Odczytywanie ścieżek wsparcia…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="529" />
      <source>Record consent</source>
      <translation>Zapisz zgodę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="345" />
      <source>Record consent: {0}</source>
      <translation>Zapisz zgodę: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="609" />
      <source>Recorded {0} answers and {1} check-ins.</source>
      <translation>Zapisano. Odpowiedzi: {0}. Pytania o samopoczucie: {1}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="666" />
      <source>Recovery</source>
      <translation>Odzyskiwanie dostępu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="51" />
      <source>Recovery &amp;secret</source>
      <translation>&amp;Kod odzyskiwania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="164" />
      <source>Recovery secret</source>
      <translation>Kod odzyskiwania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="293" />
      <source>Reference</source>
      <translation>Numer referencyjny</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="105" />
      <source>Reference {0}</source>
      <translation>Numer referencyjny {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="289" />
      <source>Reference {0}. Choose the stage and the paper you have, then type each answer beside its number. Leave a row empty if it was left empty on the paper. Tab or Enter moves to the next row.</source>
      <translation>Numer referencyjny {0}. Proszę wybrać etap i rodzaj formularza papierowego, a potem wpisać każdą odpowiedź obok jej numeru. Jeśli na papierze wiersz jest pusty, proszę zostawić go pustym. Klawisz Tab lub Enter przenosi do następnego wiersza.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="643" />
      <source>Referral file</source>
      <translation>Plik ze skierowaniami</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="483" />
      <source>Referral received</source>
      <translation>Otrzymano skierowanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="296" />
      <source>Referred</source>
      <translation>Data skierowania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="183" />
      <source>Referred {0} ({1})</source>
      <translation>Skierowanie z {0} (ścieżka {1})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="301" />
      <source>Reopen this journey</source>
      <translation>Otwórz ponownie tę ścieżkę wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="158" />
      <source>Replace the recovery &amp;secret…</source>
      <translation>Wymień kod &amp;odzyskiwania…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="118" />
      <source>Replace the recovery secret</source>
      <translation>Wymień kod odzyskiwania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="189" />
      <source>Reset</source>
      <translation>Zresetuj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="112" />
      <source>Reset &amp;password…</source>
      <translation>Zresetuj &amp;hasło…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="182" />
      <source>Reset password</source>
      <translation>Zresetuj hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="360" />
      <source>Restore</source>
      <translation>Przywróć</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="395" />
      <source>Restore this backup? Intake will lock first. The current data is kept aside, never deleted. You will then sign in with a password that was valid when the backup was made.</source>
      <translation>Przywrócić tę kopię zapasową? Intake najpierw się zablokuje. Obecne dane zostaną zachowane osobno, nigdy nie są usuwane. Potem trzeba będzie zalogować się hasłem, które było ważne w chwili tworzenia kopii.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="409" />
      <source>Restoring and checking…</source>
      <translation>Przywracanie i sprawdzanie…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="488" />
      <source>Return</source>
      <translation>Sprawozdanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="507" />
      <source>Return pre&amp;view</source>
      <translation>&amp;Podgląd sprawozdania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="479" />
      <source>Returns and case reviews</source>
      <translation>Sprawozdania i przeglądy spraw</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="409" />
      <source>Right</source>
      <translation>Prawo</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="108" />
      <source>Role</source>
      <translation>Rola</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="656" />
      <source>Rows that do not fit</source>
      <translation>Wiersze, które nie pasują</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="784" />
      <source>Rows {0}: someone similar is already recorded. Please check they are not the same person.</source>
      <translation>Wiersze {0}: podobna osoba jest już zapisana. Proszę sprawdzić, czy to nie ta sama osoba.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="235" />
      <source>Save</source>
      <translation>Zapisz</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="323" />
      <source>Save {0}</source>
      <translation>Zapisz: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="137" />
      <source>Search by name, reference (V-…) or date of birth</source>
      <translation>Szukaj według imienia i nazwiska, numeru referencyjnego (V-…) lub daty urodzenia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="138" />
      <source>Search people</source>
      <translation>Szukaj osób</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="194" />
      <source>Searching…</source>
      <translation>Wyszukiwanie…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="297" />
      <source>Sending to the printer…</source>
      <translation>Wysyłanie do drukarki…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="111" />
      <source>Set &amp;role</source>
      <translation>Ustaw &amp;rolę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="66" />
      <source>Set the new password</source>
      <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="205" />
      <source>Set up Intake</source>
      <translation>Konfiguracja Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="233" />
      <source>Setting up the encrypted workspace… this takes a few seconds.</source>
      <translation>Tworzenie zaszyfrowanego obszaru roboczego… To potrwa kilka sekund.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="204" />
      <source>Settings</source>
      <translation>Ustawienia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="44" />
      <source>Sharing with named agencies</source>
      <translation>Przekazywanie informacji wskazanym instytucjom</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="700" />
      <source>Show the return again for the new choice.</source>
      <translation>Proszę ponownie wyświetlić sprawozdanie dla nowego wyboru.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="52" />
      <source>Sign in to continue. Personal information is hidden while locked.</source>
      <translation>Proszę się zalogować, aby kontynuować. Gdy program jest zablokowany, dane osobowe są ukryte.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="386" />
      <source>Sign in with a user name and password that worked when the backup was made (a manager or an administrator). Intake checks the backup first, then keeps the information in this folder: {0}</source>
      <translation>Zaloguj się nazwą użytkownika i hasłem, które działały w chwili tworzenia kopii zapasowej (kierownika lub administratora). Intake najpierw sprawdzi kopię, a potem zapisze informacje w tym folderze: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="456" />
      <source>Some answers need a look before saving; they are marked below. Nothing has been saved yet.</source>
      <translation>Niektóre odpowiedzi trzeba sprawdzić przed zapisaniem; są oznaczone poniżej. Nic jeszcze nie zostało zapisane.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="879" />
      <source>Someone no longer listed</source>
      <translation>Osoba, której nie ma już na liście</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/widgets.py" line="78" />
      <source>Something unexpected went wrong. Nothing saved before has been lost. Please try again; if it happens again, tell your administrator.</source>
      <translation>Wystąpił nieoczekiwany problem. Nic, co zapisano wcześniej, nie zostało utracone. Proszę spróbować ponownie; jeśli to się powtórzy, proszę powiedzieć o tym administratorowi.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="239" />
      <source>Stage</source>
      <translation>Etap</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="245" />
      <source>Stage not reached</source>
      <translation>Etap jeszcze nieosiągnięty</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="137" />
      <source>Stage:</source>
      <translation>Etap:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="146" />
      <source>Status</source>
      <translation>Stan</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="817" />
      <source>Subject access</source>
      <translation>Dostęp osoby do jej danych</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="43" />
      <source>Support from this service</source>
      <translation>Wsparcie od naszej organizacji</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="159" />
      <source>T&amp;imeline</source>
      <translation>Oś &amp;czasu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="556" />
      <source>Tables in the return</source>
      <translation>Tabele w sprawozdaniu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="139" />
      <source>That user name and password do not match. Please try again. After a few tries Intake waits a little longer each time, to keep the records safe.</source>
      <translation>Nazwa użytkownika i hasło nie pasują do siebie. Proszę spróbować ponownie. Po kilku próbach Intake za każdym razem czeka trochę dłużej, żeby chronić dane.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="201" />
      <source>The PDF is ready. Print it, or save it as a file.</source>
      <translation>Plik PDF jest gotowy. Można go wydrukować albo zapisać jako plik.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="341" />
      <source>The backup is made and checked. It is encrypted with the same key, in:
{0}
Copy that folder to a safe place, such as an encrypted USB stick.</source>
      <translation>Kopia zapasowa jest utworzona i sprawdzona. Jest zaszyfrowana tym samym kluczem i znajduje się w folderze:
{0}
Proszę skopiować ten folder w bezpieczne miejsce, na przykład na zaszyfrowany pendrive.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="420" />
      <source>The backup is restored. Please sign in.</source>
      <translation>Kopia zapasowa została przywrócona. Proszę się zalogować.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="737" />
      <source>The file has no referrals in it.</source>
      <translation>W pliku nie ma żadnych skierowań.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="715" />
      <source>The mapping file is not a text file. Save it as UTF-8 text.</source>
      <translation>Plik mapowania nie jest plikiem tekstowym. Proszę zapisać go jako tekst w kodowaniu UTF-8.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="666" />
      <source>The new password is set. Please sign in.</source>
      <translation>Nowe hasło jest ustawione. Proszę się zalogować.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="312" />
      <source>The printer did not take the PDF. Check it is switched on and connected, then try again, or save the PDF and print it from there.</source>
      <translation>Drukarka nie przyjęła pliku PDF. Proszę sprawdzić, czy jest włączona i podłączona, i spróbować ponownie albo zapisać plik PDF i wydrukować go z zapisanego pliku.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="369" />
      <source>The questions could not be loaded</source>
      <translation>Nie udało się wczytać pytań</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="833" />
      <source>The return is saved in {0}</source>
      <translation>Sprawozdanie zapisano w folderze {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="838" />
      <source>The return is saved in:
{0}

{1}

Figures shown as {2} are withheld so that no one can be identified. The export is noted in the audit trail.</source>
      <translation>Sprawozdanie zapisano w folderze:
{0}

{1}

Liczby oznaczone jako {2} są ukryte, żeby nie dało się nikogo zidentyfikować. Eksport został odnotowany w dzienniku audytu.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="315" />
      <source>The two new passwords are not the same.</source>
      <translation>Nowe hasła nie są takie same.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="141" />
      <source>The two passwords are not the same. Please type them again.</source>
      <translation>Hasła nie są takie same. Proszę wpisać je ponownie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="57" />
      <source>Their information will be left out of every anonymised return from now on, including returns for earlier periods made after today.</source>
      <translation>Od teraz informacje o tej osobie będą pomijane we wszystkich anonimowych sprawozdaniach, również w sprawozdaniach za wcześniejsze okresy tworzonych po dzisiejszym dniu.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="665" />
      <source>There is no return template that fits these questions yet.</source>
      <translation>Nie ma jeszcze szablonu sprawozdania pasującego do tych pytań.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="547" />
      <source>These could not be read, so they will not be recorded. You can ask them again in person:</source>
      <translation>Tych odpowiedzi nie udało się odczytać, więc nie zostaną zapisane. Można zadać te pytania ponownie osobiście:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="54" />
      <source>These people are already known, with the same date of birth and a similar name. If one of them is this person, open their record so nothing is asked twice.</source>
      <translation>Te osoby są już w systemie: mają tę samą datę urodzenia i podobne imię lub nazwisko. Jeśli jedna z nich to ta osoba, proszę otworzyć jej kartę, żeby o nic nie pytać dwa razy.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="587" />
      <source>This file is too large to be an Intake form.</source>
      <translation>Ten plik jest zbyt duży, żeby mógł być formularzem Intake.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="824" />
      <source>This holds everything about this person, including notes. Give it only to them, and keep any saved copy somewhere safe.</source>
      <translation>Ten dokument zawiera wszystkie dane o tej osobie, w tym notatki. Proszę przekazać go tylko jej, a każdą zapisaną kopię przechowywać w bezpiecznym miejscu.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="351" />
      <source>This journey is closed. Reopen it on the person's page to add answers.</source>
      <translation>Ta ścieżka wsparcia jest zamknięta. Aby dodać odpowiedzi, proszę otworzyć ją ponownie na karcie osoby.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="305" />
      <source>Three or four unrelated words work well; at least 12 characters.</source>
      <translation>Dobrze sprawdzają się trzy lub cztery niezwiązane ze sobą słowa; co najmniej 12 znaków.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="406" />
      <source>Tick each right when it has been explained, and when delivered.</source>
      <translation>Proszę zaznaczyć każde prawo, gdy zostanie wyjaśnione, a potem gdy zostanie zrealizowane.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="158" />
      <source>Timeline</source>
      <translation>Oś czasu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="195" />
      <source>Total</source>
      <translation>Razem</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="371" />
      <source>Totals of each row</source>
      <translation>Sumy dla każdego wiersza</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="283" />
      <source>Type in a paper form</source>
      <translation>Przepisz formularz papierowy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="97" />
      <source>Type in a paper form they filled in…</source>
      <translation>Przepisz formularz papierowy wypełniony przez tę osobę…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="37" />
      <source>Type the recovery secret exactly as printed (capital letters and dashes are optional), the user name, and a new password for that user. Passwords need at least {0} characters.</source>
      <translation>Proszę wpisać kod odzyskiwania dokładnie tak, jak jest wydrukowany (wielkie litery i myślniki są nieobowiązkowe), nazwę użytkownika i nowe hasło dla tego użytkownika. Minimalna długość hasła (w znakach): {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="170" />
      <source>Type to search.</source>
      <translation>Aby wyszukać, proszę zacząć pisać.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="76" />
      <source>Unlock</source>
      <translation>Odblokuj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/unlock.py" line="113" />
      <source>Unlocking…</source>
      <translation>Odblokowywanie…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/recovery.py" line="32" />
      <source>Use the recovery secret</source>
      <translation>Użyj kodu odzyskiwania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="659" />
      <source>Use the recovery secret…</source>
      <translation>Użyj kodu odzyskiwania…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="367" />
      <source>User name</source>
      <translation>Nazwa użytkownika</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="103" />
      <source>Users</source>
      <translation>Użytkownicy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="98" />
      <source>Users and roles</source>
      <translation>Użytkownicy i role</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="438" />
      <source>Victims' Code</source>
      <translation>Kodeks praw ofiar</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="503" />
      <source>Victims' Code right {0} {1}</source>
      <translation>Kodeks praw ofiar, prawo {0}: {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="48" />
      <source>We will stop recording new information for their support. What is already recorded is kept until the retention period ends, unless they ask for it to be erased. Talk with your manager about closing their support kindly.</source>
      <translation>Przestaniemy zapisywać nowe informacje związane ze wsparciem tej osoby. To, co już zapisano, będzie przechowywane do końca okresu przechowywania, chyba że osoba poprosi o usunięcie. Proszę porozmawiać z przełożonym o tym, jak życzliwie zakończyć wsparcie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="53" />
      <source>We will stop sharing their information with other agencies from now on. Anything already shared cannot be taken back, but we will tell those agencies.</source>
      <translation>Od teraz przestaniemy przekazywać informacje o tej osobie innym instytucjom. Tego, co już przekazano, nie da się cofnąć, ale poinformujemy o tym te instytucje.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="48" />
      <source>Welcome to Intake</source>
      <translation>Witamy w Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="533" />
      <source>What happens</source>
      <translation>Co się stanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="522" />
      <source>What this changes:</source>
      <translation>Co to zmienia:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="71" />
      <source>Where the information is kept</source>
      <translation>Gdzie przechowywane są informacje</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="298" />
      <source>Which</source>
      <translation>Które pytania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="305" />
      <source>Which paper</source>
      <translation>Rodzaj formularza</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="101" />
      <source>Who can use Intake</source>
      <translation>Kto może korzystać z Intake</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/referral.py" line="36" />
      <source>Who has been referred?</source>
      <translation>Kto został skierowany?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="605" />
      <source>Whose journeys</source>
      <translation>Czyje ścieżki wsparcia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="91" />
      <source>Will be recorded</source>
      <translation>Zostanie zapisane</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="92" />
      <source>Will replace what was recorded before</source>
      <translation>Zastąpi to, co zapisano wcześniej</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="344" />
      <source>Withdraw</source>
      <translation>Wycofaj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="391" />
      <source>Withdraw consent</source>
      <translation>Wycofaj zgodę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="346" />
      <source>Withdraw consent: {0}</source>
      <translation>Wycofaj zgodę: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="368" />
      <source>Withdrawn</source>
      <translation>Wycofana</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="817" />
      <source>Writing the four files…</source>
      <translation>Zapisywanie czterech plików…</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="105" />
      <source>Year</source>
      <translation>Rok</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="98" />
      <source>You will look after Intake for your service: adding colleagues, backups and the recovery secret. Choose a password you can remember but others could not guess. Three or four unrelated words work well, for example 'kettle river orange march'. It needs at least {0} characters.</source>
      <translation>To konto służy do opieki nad Intake w organizacji: dodawania osób z zespołu, tworzenia kopii zapasowych i zarządzania kodem odzyskiwania. Proszę wybrać hasło, które łatwo zapamiętać, ale którego inni nie zgadną. Dobrze sprawdzają się trzy lub cztery niezwiązane ze sobą słowa, na przykład „czajnik rzeka tulipan marzec”. Minimalna długość hasła (w znakach): {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="111" />
      <source>Your &amp;name</source>
      <translation>Imię i &amp;nazwisko</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="97" />
      <source>Your administrator account</source>
      <translation>Konto administratora</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/setup.py" line="157" />
      <source>Your recovery secret</source>
      <translation>Kod odzyskiwania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>closed</source>
      <translation>zamknięta</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="181" />
      <source>dd/mm/yyyy</source>
      <translation>dd/mm/rrrr</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>delivered</source>
      <translation>zrealizowane</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="62" />
      <source>explained</source>
      <translation>wyjaśnione</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="537" />
      <source>explained in person</source>
      <translation>wyjaśniono osobiście</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="181" />
      <source>open</source>
      <translation>otwarta</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/main.py" line="86" />
      <source>practice</source>
      <translation>tryb ćwiczeń</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="135" />
      <source>prefer not to say</source>
      <translation>wolę nie odpowiadać</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="492" />
      <source>preferred not to say</source>
      <translation>wybrano „Wolę nie odpowiadać”</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="116" />
      <source>to</source>
      <translation>do</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="137" />
      <source>to ask later</source>
      <translation>do zapytania później</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="156" />
      <source>{0} ({1} of {2})</source>
      <translation>{0} ({1} z {2})</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="779" />
      <source>{0} answers the person had already given were kept.</source>
      <translation>Zachowano odpowiedzi udzielone już wcześniej: {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/admin.py" line="244" />
      <source>{0} closed journey(s) are past the retention period.</source>
      <translation>Zamknięte ścieżki wsparcia po upływie okresu przechowywania: {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/people.py" line="227" />
      <source>{0} found. Press Enter or double-click to open.</source>
      <translation>Znaleziono: {0}. Aby otworzyć, proszę nacisnąć Enter lub kliknąć dwukrotnie.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="894" />
      <source>{0} journeys open in {1}. Showing: {2}.</source>
      <translation>Ścieżki wsparcia otwarte w okresie {1}: {0}. Widok: {2}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="318" />
      <source>{0} known · {1} declined · {2} later · {3} not asked yet</source>
      <translation>znane: {0} · wolę nie odpowiadać: {1} · zapytaj później: {2} · jeszcze nie pytano: {3}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="766" />
      <source>{0} means a figure is withheld so that no one can be identified. </source>
      <translation>{0} oznacza liczbę ukrytą, żeby nie dało się nikogo zidentyfikować. </translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="907" />
      <source>{0} open journeys have questions still to fill.</source>
      <translation>Otwarte ścieżki wsparcia z pytaniami do uzupełnienia: {0}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="451" />
      <source>{0} questions already answered are left out. It shows the reference, not the name.</source>
      <translation>Pominięte pytania, na które już jest odpowiedź: {0}. Formularz pokazuje numer referencyjny, a nie imię i nazwisko.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="732" />
      <source>{0} rows do not fit, so nothing can be imported yet. Fix them in the spreadsheet, save it as CSV again, and check again.</source>
      <translation>Wiersze, które nie pasują: {0}, więc nie można jeszcze niczego zaimportować. Proszę je poprawić w arkuszu kalkulacyjnym, ponownie zapisać arkusz jako CSV i jeszcze raz sprawdzić pliki.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="84" />
      <source>{0} to {1}</source>
      <translation>od {0} do {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/paper_dialogs.py" line="514" />
      <source>{0}, reference {1}</source>
      <translation>{0}, numer referencyjny {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="772" />
      <source>{0}, {1}. Made on {2}.</source>
      <translation>{0}, {1}. Utworzono {2}.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="464" />
      <source>{0}: column headings</source>
      <translation>{0}: nagłówki kolumn</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/transcription.py" line="124" />
      <source>{0}: prefer not to say</source>
      <translation>{0}: wolę nie odpowiadać</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="462" />
      <source>{0}: row headings</source>
      <translation>{0}: nagłówki wierszy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/manager.py" line="231" />
      <source>{0}: withheld so that no one can be identified</source>
      <translation>{0}: ukryte, żeby nie dało się nikogo zidentyfikować</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_screen.py" line="89" />
      <source>← &amp;Pause and go back</source>
      <translation>← Ws&amp;trzymaj i wróć</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/person.py" line="87" />
      <source>← &amp;People</source>
      <translation>← &amp;Lista osób</translation>
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
      <translation>&amp;Wstecz</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="355" />
      <source>&amp;Finish</source>
      <translation>&amp;Zakończ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="118" />
      <source>&amp;Next</source>
      <translation>&amp;Dalej</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="115" />
      <source>&amp;Prefer not to say</source>
      <translation>Wolę &amp;nie odpowiadać</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="116" />
      <source>&amp;Skip for now</source>
      <translation>&amp;Pomiń na razie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="418" />
      <source>Already known, so not asked: {0}</source>
      <translation>Nie zadano, bo odpowiedź jest już znana: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="412" />
      <source>Answers given: {0}</source>
      <translation>Udzielone odpowiedzi: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="277" />
      <source>Anything you would like to add (optional)</source>
      <translation>Czy chce Pan/Pani coś dodać? (nieobowiązkowe)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="116" />
      <source>Ask &amp;later</source>
      <translation>Zapytaj &amp;później</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="123" />
      <source>Ask this question later</source>
      <translation>Zadaj to pytanie później</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="120" />
      <source>Back to the previous step</source>
      <translation>Wróć do poprzedniego kroku</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="414" />
      <source>Chose not to say: {0}</source>
      <translation>Wybrano „Wolę nie odpowiadać”: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="92" />
      <source>Ctrl+K</source>
      <translation>Ctrl+K</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="110" />
      <source>Message</source>
      <translation>Komunikat</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="125" />
      <source>Next</source>
      <translation>Dalej</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="88" />
      <source>Note something &amp;mentioned</source>
      <translation>Zanotuj wz&amp;miankę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="90" />
      <source>Note something the person mentioned, for any question</source>
      <translation>Zanotuj coś, o czym wspomniała osoba, przy dowolnym pytaniu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="252" />
      <source>Please check this one.</source>
      <translation>Proszę sprawdzić tę odpowiedź.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="121" />
      <source>Prefer not to say</source>
      <translation>Wolę nie odpowiadać</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="380" />
      <source>Question {0} of {1}</source>
      <translation>Pytanie {0} z {1}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="86" />
      <source>Save status</source>
      <translation>Stan zapisu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="242" />
      <source>Saved</source>
      <translation>Zapisano</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="268" />
      <source>Say to the person:</source>
      <translation>Do powiedzenia osobie:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="123" />
      <source>Skip this question for now</source>
      <translation>Na razie pomiń to pytanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="411" />
      <source>That is the end of this part. Thank you.</source>
      <translation>To koniec tej części. Dziękujemy.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="42" />
      <source>This could not be saved just now. Nothing saved before is lost. Please try again; if it keeps happening, tell your administrator.</source>
      <translation>Nie udało się tego teraz zapisać. Nic, co zapisano wcześniej, nie zostało utracone. Proszę spróbować ponownie; jeśli to się powtarza, proszę powiedzieć o tym administratorowi.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="416" />
      <source>To come back to later: {0}</source>
      <translation>Pytania na później: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="385" />
      <source>Why we ask: {0}</source>
      <translation>Dlaczego pytamy: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/interview_view.py" line="271" />
      <source>You could say</source>
      <translation>Można powiedzieć</translation>
    </message>
  </context>
  <context>
    <name>SelfCompletion</name>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="256" />
      <source>&amp;Carry on</source>
      <translation>&amp;Kontynuuj</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="281" />
      <source>&amp;Finish</source>
      <translation>&amp;Zakończ</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="305" />
      <source>&amp;Lock the screen</source>
      <translation>&amp;Zablokuj ekran</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="280" />
      <source>&amp;Prefer not to say</source>
      <translation>Wolę &amp;nie odpowiadać</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="241" />
      <source>&amp;Start</source>
      <translation>&amp;Zacznij</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="258" />
      <source>Carry on with the questions</source>
      <translation>Kontynuuj odpowiadanie na pytania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="207" />
      <source>Choose your language:</source>
      <translation>Proszę wybrać język:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>Easy</source>
      <translation>Łatwo</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="236" />
      <source>High contrast</source>
      <translation>Wysoki kontrast</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="234" />
      <source>High contrast (white on black)</source>
      <translation>Wysoki kontrast (biały tekst na czarnym tle)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="269" />
      <source>How did it feel to answer these questions on your own?</source>
      <translation>Jak się Panu/Pani odpowiadało na te pytania samodzielnie?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>How did it feel?</source>
      <translation>Jak się Panu/Pani odpowiadało?</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="151" />
      <source>I would like a break</source>
      <translation>Chcę zrobić przerwę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="150" />
      <source>I'd like a &amp;break</source>
      <translation>&amp;Chcę zrobić przerwę</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Larger</source>
      <translation>Większy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Largest</source>
      <translation>Największy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="307" />
      <source>Lock the screen and hand back to staff</source>
      <translation>Zablokuj ekran i oddaj urządzenie osobie z zespołu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="74" />
      <source>Notes</source>
      <translation>Notatki</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="267" />
      <source>One last question</source>
      <translation>Jeszcze jedno, ostatnie pytanie</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="154" />
      <source>Or press Shift three times</source>
      <translation>Można też trzy razy nacisnąć klawisz Shift</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="152" />
      <source>Quick &amp;exit</source>
      <translation>&amp;Szybkie wyjście</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="153" />
      <source>Quick exit: hide this screen now</source>
      <translation>Szybkie wyjście: od razu ukryj ten ekran</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="81" />
      <source>Sign in</source>
      <translation>Zaloguj się</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="37" />
      <source>Standard</source>
      <translation>Standardowy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="243" />
      <source>Start the questions</source>
      <translation>Zacznij odpowiadać na pytania</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="252" />
      <source>Take your time.</source>
      <translation>Proszę się nie spieszyć.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="221" />
      <source>Text size:</source>
      <translation>Rozmiar tekstu:</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="226" />
      <source>Text size: {0}</source>
      <translation>Rozmiar tekstu: {0}</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="295" />
      <source>Thank you.</source>
      <translation>Dziękujemy.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="196" />
      <source>These questions are for you to answer on your own, at your own pace. Each one says why we ask. You can choose 'Prefer not to say' or 'Skip for now' for any question.</source>
      <translation>Na te pytania odpowiada Pan/Pani samodzielnie, we własnym tempie. Przy każdym jest wyjaśnienie, dlaczego pytamy. Przy każdym pytaniu można wybrać „Wolę nie odpowiadać” albo „Pomiń na razie”.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="276" />
      <source>Very hard</source>
      <translation>Bardzo trudno</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="193" />
      <source>Welcome</source>
      <translation>Witamy</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="273" />
      <source>Why we ask: so we can make giving information easier for people.</source>
      <translation>Dlaczego pytamy: żeby ułatwić ludziom przekazywanie informacji.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="155" />
      <source>You can skip any question, or stop at any time.</source>
      <translation>Można pominąć każde pytanie albo w każdej chwili przerwać.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="298" />
      <source>Your answers are saved. Please let the staff member know you have finished. The screen will now lock.</source>
      <translation>Pana/Pani odpowiedzi zostały zapisane. Proszę dać znać osobie z naszego zespołu, że to już koniec. Ekran zostanie teraz zablokowany.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="254" />
      <source>Your answers so far are saved. When you are ready, carry on.</source>
      <translation>Dotychczasowe odpowiedzi są zapisane. Można kontynuować, kiedy tylko Pan/Pani zechce.</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/self_completion.py" line="107" />
      <source>Your questions</source>
      <translation>Pytania do Pana/Pani</translation>
    </message>
  </context>
  <context>
    <name>VictimsCode</name>
    <message>
      <location filename="../src/intake/ui/rights.py" line="15" />
      <source>To be able to understand and to be understood</source>
      <translation>Prawo do rozumienia i bycia zrozumianym</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="25" />
      <source>To be given information about the offender following a conviction</source>
      <translation>Prawo do informacji o sprawcy po skazaniu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="23" />
      <source>To be given information about the outcome of the case and any appeals</source>
      <translation>Prawo do informacji o wyniku sprawy i ewentualnych apelacjach</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="22" />
      <source>To be given information about the trial, trial process and role as a witness</source>
      <translation>Prawo do informacji o procesie, jego przebiegu i roli świadka</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="24" />
      <source>To be paid expenses and have property returned</source>
      <translation>Prawo do zwrotu wydatków i zwrotu mienia</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="19" />
      <source>To be provided with information about compensation</source>
      <translation>Prawo do informacji o odszkodowaniu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="20" />
      <source>To be provided with information about the investigation and prosecution</source>
      <translation>Prawo do informacji o śledztwie i oskarżeniu</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="17" />
      <source>To be provided with information when reporting the crime</source>
      <translation>Prawo do informacji przy zgłaszaniu przestępstwa</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="18" />
      <source>To be referred to services that support victims, with support tailored to needs</source>
      <translation>Prawo do skierowania do organizacji wspierających ofiary i do wsparcia dopasowanego do potrzeb</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="16" />
      <source>To have the details of the crime recorded without unjustified delay</source>
      <translation>Prawo do zarejestrowania szczegółów przestępstwa bez nieuzasadnionej zwłoki</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="21" />
      <source>To make a Victim Personal Statement</source>
      <translation>Prawo do złożenia osobistego oświadczenia ofiary (Victim Personal Statement)</translation>
    </message>
    <message>
      <location filename="../src/intake/ui/rights.py" line="26" />
      <source>To make a complaint about rights not being met</source>
      <translation>Prawo do złożenia skargi, jeśli prawa nie są przestrzegane</translation>
    </message>
  </context>
</TS>
