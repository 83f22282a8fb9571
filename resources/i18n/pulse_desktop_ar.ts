<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="49" />
            <source>&amp;New study</source>
            <translation>فحص جديد (&amp;N)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="50" />
            <source>&amp;Open image or PDF…</source>
            <translation>فتح صورة أو ملف PDF… (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="51" />
            <source>&amp;Capture with camera…</source>
            <translation>التقاط بالكاميرا… (&amp;C)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="52" />
            <source>&amp;Paste image</source>
            <translation>لصق صورة (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="53" />
            <source>&amp;Interpret</source>
            <translation>تفسير (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="55" />
            <source>&amp;Cancel interpretation</source>
            <translation>إلغاء التفسير (&amp;C)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="56" />
            <source>Ask a &amp;follow-up question</source>
            <translation>طرح سؤال متابعة (&amp;F)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="58" />
            <source>C&amp;onfirm report…</source>
            <translation>تأكيد التقرير… (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="59" />
            <source>&amp;Save PDF…</source>
            <translation>حفظ PDF… (&amp;S)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="60" />
            <source>&amp;Print…</source>
            <translation>طباعة… (&amp;P)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="61" />
            <source>Study &amp;history</source>
            <translation>سجل الفحوص (&amp;H)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="62" />
            <source>&amp;Models</source>
            <translation>النماذج (&amp;M)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="63" />
            <source>&amp;Settings…</source>
            <translation>الإعدادات… (&amp;S)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="65" />
            <source>&amp;Quit</source>
            <translation>إنهاء (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="66" />
            <source>Zoom &amp;in</source>
            <translation>تكبير (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="68" />
            <source>Zoom &amp;out</source>
            <translation>تصغير (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="70" />
            <source>&amp;Fit to window</source>
            <translation>ملاءمة للنافذة (&amp;F)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="71" />
            <source>Open the &amp;log folder</source>
            <translation>فتح مجلد السجلات (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="73" />
            <source>&amp;About PULSE Desktop</source>
            <translation>حول PULSE Desktop (&amp;A)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="84" />
            <source>&amp;File</source>
            <translation>ملف (&amp;F)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="85" />
            <source>&amp;Study</source>
            <translation>الفحص (&amp;S)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="86" />
            <source>&amp;View</source>
            <translation>عرض (&amp;V)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="87" />
            <source>&amp;Tools</source>
            <translation>أدوات (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="88" />
            <source>&amp;Help</source>
            <translation>مساعدة (&amp;H)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="94" />
            <source>Main</source>
            <translation>الرئيسي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="127" />
            <source>About PULSE Desktop</source>
            <translation>حول PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="128" />
            <source>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;An offline ECG reader running PULSE-7B on this computer.&lt;br&gt;&lt;br&gt;Interpretations are computer-generated and unconfirmed until a qualified clinician confirms them.&lt;br&gt;&lt;br&gt;Python %2</source>
            <translation>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;قارئ لتخطيط القلب يعمل دون اتصال بالإنترنت ويشغّل PULSE-7B على هذا الحاسوب.&lt;br&gt;&lt;br&gt;التفسيرات مولَّدة بالحاسوب وغير مؤكَّدة إلى أن يؤكدها طبيب مؤهَّل.&lt;br&gt;&lt;br&gt;Python %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="76" />
            <source>This computer ran out of memory.</source>
            <translation>نفدت ذاكرة هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="77" />
            <source>Close other programs, or choose a smaller model bundle in Models.</source>
            <translation>أغلق برامج أخرى، أو اختر حزمة نموذج أصغر في النماذج.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="163" />
            <source>PULSE Desktop</source>
            <translation>PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="41" />
            <source>Press Enter to accept, or Escape to cancel.</source>
            <translation>اضغط Enter للقبول، أو Escape للإلغاء.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="73" />
            <source>Print the report</source>
            <translation>طباعة التقرير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="25" />
            <source>reachable in %1 ms; serves %2; %3 slot(s)</source>
            <translation>يمكن الوصول إليه خلال %1 ملي ثانية؛ يقدّم %2؛ عدد الفتحات %3</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="26" />
            <source>an unnamed model</source>
            <translation>نموذجًا بلا اسم</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="28" />
            <source>Its manifest sha256 equals the installed bundle %1.</source>
            <translation>بصمة sha256 لبيانه تطابق الحزمة المثبّتة %1.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="29" />
            <source>No installed bundle has its manifest sha256: install the same bundle here.</source>
            <translation>لا توجد حزمة مثبّتة لها بصمة sha256 هذه: ثبّت الحزمة نفسها هنا.</translation>
        </message>
    </context>
    <context>
        <name>BugReportDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="125" />
            <source>Something went wrong</source>
            <translation>حدث خطأ</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="127" />
            <source>PULSE Desktop hit an unexpected problem and stopped this task. Your saved studies are safe. Please send the details below to your support contact.</source>
            <translation>واجه PULSE Desktop مشكلة غير متوقعة وأوقف هذه المهمة. فحوصك المحفوظة سليمة. يُرجى إرسال التفاصيل أدناه إلى جهة الدعم الفني لديك.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="135" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="136" />
            <source>The text to send to your support contact.</source>
            <translation>النص الذي يُرسل إلى جهة الدعم لديك.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="139" />
            <source>Copy details</source>
            <translation>نسخ التفاصيل</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="141" />
            <source>Put the details on the clipboard.</source>
            <translation>وضع التفاصيل في الحافظة.</translation>
        </message>
    </context>
    <context>
        <name>CapturePage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="82" />
            <source>Camera:</source>
            <translation>الكاميرا:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="87" />
            <source>Camera %1</source>
            <translation>الكاميرا %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="89" />
            <source>Which camera to use, when the computer has more than one.</source>
            <translation>الكاميرا المستخدمة، عندما يكون في الحاسوب أكثر من كاميرا.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="92" />
            <source>Capture automatically</source>
            <translation>التقاط تلقائي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="95" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>وإلا فاضغط مفتاح المسافة لالتقاط الصورة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="102" />
            <source>Hold the printed ECG flat, fill the frame with it, and keep still.</source>
            <translation>أمسك ورقة تخطيط القلب المطبوعة مستوية، واجعلها تملأ الإطار، وثبّت يدك.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="107" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="108" />
            <source>Stop the camera and go back to New study.</source>
            <translation>إيقاف الكاميرا والعودة إلى فحص جديد.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="110" />
            <source>Capture (Space)</source>
            <translation>التقاط (Space)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="113" />
            <source>Take the picture now.</source>
            <translation>التقاط الصورة الآن.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="158" />
            <source>Paper found. Hold still… %1%</source>
            <translation>تم العثور على الورقة. ثبّت يدك… %1%</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="159" />
            <source>Looking for the ECG paper…</source>
            <translation>جارٍ البحث عن ورقة تخطيط القلب…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="164" />
            <source>camera capture</source>
            <translation>التقاط بالكاميرا</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="29" />
            <source>Clinician's report</source>
            <translation>تقرير الطبيب</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="32" />
            <source>Edit the interpretation here if needed. The model's original words stay on the left and are printed with your changes marked.</source>
            <translation>عدّل التفسير هنا عند الحاجة. يبقى نص النموذج الأصلي في الجانب الآخر ويُطبع مع تمييز تعديلاتك.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="39" />
            <source>The interpretation appears here for editing once the model has finished.</source>
            <translation>يظهر التفسير هنا للتعديل بعد أن ينتهي النموذج.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="53" />
            <source>Use the model's text</source>
            <translation>استخدام نص النموذج</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="55" />
            <source>Replace your changes with the model's original text.</source>
            <translation>استبدال تعديلاتك بالنص الأصلي للنموذج.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="56" />
            <source>Confirm…</source>
            <translation>تأكيد…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="59" />
            <source>Confirm the report under your name; it can no longer be edited afterwards.</source>
            <translation>تأكيد التقرير باسمك؛ ولا يمكن تعديله بعد ذلك.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="66" />
            <source>Save PDF…</source>
            <translation>حفظ PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="69" />
            <source>Save the report as a PDF file.</source>
            <translation>حفظ التقرير كملف PDF.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="70" />
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="73" />
            <source>Print the report</source>
            <translation>طباعة التقرير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="90" />
            <source>Edited by the clinician.</source>
            <translation>عدّله الطبيب.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="97" />
            <source>Confirmed by %1, %2.</source>
            <translation>أكّده %1، %2.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="101" />
            <source>UNCONFIRMED: computer-generated interpretation, to be reviewed by a qualified clinician.</source>
            <translation>غير مؤكَّد: تفسير مولَّد بالحاسوب، يجب أن يراجعه طبيب مؤهَّل.</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="20" />
            <source>The interpretation appears here as the model writes it.</source>
            <translation>يظهر التفسير هنا أثناء كتابة النموذج له.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Follow-up question</source>
            <translation>سؤال متابعة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="64" />
            <source>Incomplete: stopped before the model finished.</source>
            <translation>غير مكتمل: توقّف قبل أن ينتهي النموذج.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="49" />
            <source>Study history</source>
            <translation>سجل الفحوص</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="53" />
            <source>Search by patient name or ID…</source>
            <translation>البحث باسم المريض أو رقمه التعريفي…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="56" />
            <source>Lists the studies whose patient name or ID holds this text.</source>
            <translation>يعرض الفحوص التي يحتوي اسم المريض أو رقمه التعريفي فيها على هذا النص.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="57" />
            <source>Search by patient name or ID</source>
            <translation>البحث باسم المريض أو رقمه التعريفي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="59" />
            <source>Between</source>
            <translation>بين</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="61" />
            <source>List only the studies made between the two dates.</source>
            <translation>عرض الفحوص التي أُجريت بين التاريخين فقط.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>The first day listed, as YYYY-MM-DD.</source>
            <translation>أول يوم معروض، بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>The last day listed, as YYYY-MM-DD.</source>
            <translation>آخر يوم معروض، بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="75" />
            <source>and</source>
            <translation>و</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="80" />
            <source>One row per saved study, newest first; Enter reopens the chosen one.</source>
            <translation>صف لكل فحص محفوظ، الأحدث أولًا؛ يعيد مفتاح Enter فتح الفحص المختار.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="81" />
            <source>Saved studies</source>
            <translation>الفحوص المحفوظة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Patient</source>
            <translation>المريض</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>ID</source>
            <translation>الرقم التعريفي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="83" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="83" />
            <source>Model</source>
            <translation>النموذج</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="101" />
            <source>Reopen</source>
            <translation>إعادة فتح</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="104" />
            <source>Open the chosen study to read, edit or confirm it.</source>
            <translation>فتح الفحص المختار لقراءته أو تعديله أو تأكيده.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="105" />
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="108" />
            <source>Print the chosen study's report.</source>
            <translation>طباعة تقرير الفحص المختار.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="109" />
            <source>Export…</source>
            <translation>تصدير…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="113" />
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="116" />
            <source>Delete the chosen study, after asking.</source>
            <translation>حذف الفحص المختار، بعد السؤال.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="134" />
            <source>The study history cannot be opened: %1</source>
            <translation>تعذّر فتح سجل الفحوص: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="135" />
            <source>1 study</source>
            <translation>فحص واحد</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="136" />
            <source>%1 studies</source>
            <translation>عدد الفحوص: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="139" />
            <source>confirmed by %1</source>
            <translation>أكّده %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>unconfirmed</source>
            <translation>غير مؤكَّد</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="141" />
            <source>incomplete</source>
            <translation>غير مكتمل</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="160" />
            <source>Reopen a study</source>
            <translation>إعادة فتح فحص</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="112" />
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="173" />
            <source>Export the study to a folder</source>
            <translation>تصدير الفحص إلى مجلد</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="176" />
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="178" />
            <source>Exported to %1</source>
            <translation>تم التصدير إلى %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="184" />
            <source>this patient</source>
            <translation>هذا المريض</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="185" />
            <source>Delete study</source>
            <translation>حذف الفحص</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="186" />
            <source>Delete the study of %1 from %2, with its images and report? This cannot be undone.</source>
            <translation>هل تريد حذف فحص %1 بتاريخ %2 مع صوره وتقريره؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
    </context>
    <context>
        <name>ImageCanvas</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/image_canvas.py" line="47" />
            <source>Drag to the corner of the ECG paper</source>
            <translation>اسحب إلى زاوية ورقة تخطيط القلب</translation>
        </message>
    </context>
    <context>
        <name>InterpretPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>The picture the model reads.</source>
            <translation>الصورة التي يقرؤها النموذج.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>ECG picture</source>
            <translation>صورة تخطيط القلب</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="61" />
            <source>Cancel (Esc)</source>
            <translation>إلغاء (Esc)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="64" />
            <source>Stop the model; the text written so far is kept.</source>
            <translation>إيقاف النموذج؛ ويُحتفظ بالنص المكتوب حتى الآن.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="65" />
            <source>Interpret again</source>
            <translation>إعادة التفسير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="68" />
            <source>Ask the model again from the start.</source>
            <translation>اسأل النموذج مرة أخرى من البداية.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="73" />
            <source>The model's words (verbatim, never changed)</source>
            <translation>نص النموذج (حرفيًا، دون أي تغيير)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="77" />
            <source>The model's answer and the follow-up answers, as written; read only.</source>
            <translation>إجابة النموذج وإجابات أسئلة المتابعة كما كُتبت؛ للقراءة فقط.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="83" />
            <source>Ask a follow-up question about this ECG…</source>
            <translation>اطرح سؤال متابعة عن تخطيط القلب هذا…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="85" />
            <source>Type a question about this ECG and press Enter.</source>
            <translation>اكتب سؤالًا عن تخطيط القلب هذا واضغط Enter.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="86" />
            <source>Follow-up question</source>
            <translation>سؤال متابعة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="87" />
            <source>Ask</source>
            <translation>اسأل</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="90" />
            <source>Ask the model the follow-up question.</source>
            <translation>اطرح سؤال المتابعة على النموذج.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="122" />
            <source>ID %1</source>
            <translation>الرقم التعريفي %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="124" />
            <source>No patient details</source>
            <translation>لا توجد بيانات للمريض</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="42" />
            <location filename="../../pulse_desktop/gui/main_window.py" line="208" />
            <source>PULSE Desktop</source>
            <translation>PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="223" />
            <source>Cancel the running interpretation first (Esc).</source>
            <translation>ألغِ التفسير الجاري أولًا (Esc).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="225" />
            <source>Start a new study</source>
            <translation>بدء فحص جديد</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="231" />
            <source>Open an ECG image or PDF</source>
            <translation>فتح صورة أو ملف PDF لتخطيط القلب</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="232" />
            <source>ECG images and PDFs (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Digital ECG recordings (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;All files (*)</source>
            <translation>صور تخطيط القلب وملفات PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;تسجيلات تخطيط القلب الرقمية (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="241" />
            <source>pasted image</source>
            <translation>صورة ملصقة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="242" />
            <source>The clipboard holds no image. Copy an ECG image first.</source>
            <translation>لا توجد صورة في الحافظة. انسخ صورة تخطيط القلب أولًا.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="274" />
            <source>Wait for the interpretation to finish, or cancel it.</source>
            <translation>انتظر حتى ينتهي التفسير، أو ألغِه.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="276" />
            <source>dropped image</source>
            <translation>صورة مُفلتة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="297" />
            <source>This study has changes that are not saved. Save them first?</source>
            <translation>في هذا الفحص تغييرات غير محفوظة. هل تريد حفظها أولًا؟</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="307" />
            <location filename="../../pulse_desktop/gui/main_window.py" line="316" />
            <source>Close PULSE Desktop</source>
            <translation>إغلاق PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="308" />
            <source>The model is still working. Stop it and close? The text written so far is kept.</source>
            <translation>لا يزال النموذج يعمل. هل تريد إيقافه والإغلاق؟ يُحتفظ بالنص المكتوب حتى الآن.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="73" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="74" />
            <source>Some settings could not be used; the app uses the defaults for them.</source>
            <translation>تعذّر استخدام بعض الإعدادات؛ يستخدم التطبيق القيم الافتراضية بدلًا منها.</translation>
        </message>
    </context>
    <context>
        <name>MeasurementPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="22" />
            <source>Measured from the digital recording</source>
            <translation>قياسات من التسجيل الرقمي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="45" />
            <source>not measured: %1</source>
            <translation>لم يُقَس: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="47" />
            <source>Measured by PULSE Desktop (method %1); computer measurements, to be confirmed by a clinician.</source>
            <translation>قاسه PULSE Desktop (الطريقة %1)؛ قياسات حاسوبية، يجب أن يؤكدها طبيب.</translation>
        </message>
    </context>
    <context>
        <name>ModelsPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="62" />
            <source>Models</source>
            <translation>النماذج</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="70" />
            <source>The installed model bundles; the chosen one's details are shown below.</source>
            <translation>حزم النموذج المثبّتة؛ تظهر تفاصيل الحزمة المختارة أدناه.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="71" />
            <source>Model bundles</source>
            <translation>حزم النموذج</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Bundle</source>
            <translation>الحزمة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="114" />
            <source>Quantization</source>
            <translation>التكميم</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="93" />
            <source>Where the chosen bundle is, and how it was checked.</source>
            <translation>مكان الحزمة المختارة وكيف جرى التحقق منها.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="94" />
            <source>Bundle details</source>
            <translation>تفاصيل الحزمة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="97" />
            <source>Import a bundle folder…</source>
            <translation>استيراد مجلد حزمة…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="100" />
            <source>Copy a prepared bundle folder (with its manifest.json) onto this computer.</source>
            <translation>نسخ مجلد حزمة جاهز (مع ملف manifest.json الخاص به) إلى هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="102" />
            <source>Convert downloaded PULSE-7B weights…</source>
            <translation>تحويل أوزان PULSE-7B التي تم تنزيلها…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="105" />
            <source>Make a bundle from the downloaded PULSE-7B checkpoint; this takes tens of minutes.</source>
            <translation>إنشاء حزمة من نقطة الحفظ PULSE-7B التي تم تنزيلها؛ يستغرق ذلك عشرات الدقائق.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="109" />
            <source>Q4_K_M (smallest, about 4.5 GB)</source>
            <translation>Q4_K_M (الأصغر، نحو 4.5 غيغابايت)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="110" />
            <source>Q5_K_M (about 5.2 GB)</source>
            <translation>Q5_K_M (نحو 5.2 غيغابايت)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="111" />
            <source>Q8_0 (most faithful, about 7.5 GB)</source>
            <translation>Q8_0 (الأدق، نحو 7.5 غيغابايت)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="113" />
            <source>How finely the converted language model keeps its weights.</source>
            <translation>مدى الدقة التي يحتفظ بها النموذج اللغوي المحوَّل بأوزانه.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="115" />
            <source>Use this bundle</source>
            <translation>استخدام هذه الحزمة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="118" />
            <source>Read every ECG with the chosen bundle.</source>
            <translation>قراءة كل تخطيط قلب بالحزمة المختارة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="133" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="136" />
            <source>Stop the import or the conversion; nothing is installed.</source>
            <translation>إيقاف الاستيراد أو التحويل؛ ولا يُثبَّت شيء.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="153" />
            <source>damaged: %1</source>
            <translation>تالفة: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="154" />
            <source>in use</source>
            <translation>قيد الاستخدام</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>ready</source>
            <translation>جاهزة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>failed validation</source>
            <translation>فشل التحقق</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="156" />
            <source>not a clinical model</source>
            <translation>ليس نموذجًا سريريًا</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="178" />
            <source>No model is installed yet. Set one up in Models before interpreting.</source>
            <translation>لم يُثبَّت أي نموذج بعد. ثبّت نموذجًا في النماذج قبل التفسير.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="180" />
            <source>No installed model can be used. Open Models to see why.</source>
            <translation>لا يمكن استخدام أي نموذج مثبَّت. افتح النماذج لمعرفة السبب.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="187" />
            <source>NOT A CLINICAL MODEL (%1 bundle "%2")</source>
            <translation>ليس نموذجًا سريريًا (حزمة %1 «%2»)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="192" />
            <source>The model bundles installed on this computer. The one in use reads every ECG; choose another here or in Settings.</source>
            <translation>حزم النماذج المثبَّتة على هذا الحاسوب. الحزمة قيد الاستخدام تقرأ كل تخطيط قلب؛ اختر غيرها هنا أو في الإعدادات.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="195" />
            <source>&lt;b&gt;Welcome. PULSE Desktop needs its model before it can read ECGs.&lt;/b&gt;&lt;br&gt;The model (PULSE-7B) runs entirely on this computer; nothing is sent anywhere. Set it up once:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import a bundle folder&lt;/b&gt; if someone prepared one (for example on a USB stick): choose the folder that contains &lt;i&gt;manifest.json&lt;/i&gt;. This is the quickest way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Convert downloaded weights&lt;/b&gt; if you have the PULSE-7B checkpoint folder. Conversion takes a long time (tens of minutes) and needs about 30 GB of free memory and disk.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;b&gt;مرحبًا. يحتاج PULSE Desktop إلى نموذجه قبل أن يتمكن من قراءة تخطيطات القلب.&lt;/b&gt;&lt;br&gt;يعمل النموذج (PULSE-7B) بالكامل على هذا الحاسوب؛ ولا يُرسَل أي شيء إلى أي مكان. ثبّته مرة واحدة:&lt;ul&gt;&lt;li&gt;&lt;b&gt;استيراد مجلد حزمة&lt;/b&gt; إذا كان أحدهم قد أعدّ حزمة (على ذاكرة USB مثلًا): اختر المجلد الذي يحتوي على &lt;i&gt;manifest.json&lt;/i&gt;. هذه أسرع طريقة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;تحويل الأوزان التي تم تنزيلها&lt;/b&gt; إذا كان لديك مجلد نقطة الحفظ لـ PULSE-7B. يستغرق التحويل وقتًا طويلًا (عشرات الدقائق) ويحتاج إلى نحو 30 غيغابايت من الذاكرة والقرص الفارغين.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="216" />
            <source>Not a clinical model: this %1 bundle exists for testing. Its answers are meaningless; never use them for a patient.</source>
            <translation>ليس نموذجًا سريريًا: حزمة %1 هذه موجودة للاختبار فقط. إجاباتها بلا معنى؛ لا تستخدمها أبدًا لأي مريض.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="218" />
            <source>Folder</source>
            <translation>المجلد</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Vision precision</source>
            <translation>دقة الرؤية</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Merge</source>
            <translation>الدمج</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Created</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>Validation</source>
            <translation>التحقق</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>passed</source>
            <translation>ناجح</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>FAILED</source>
            <translation>فاشل</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="226" />
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="238" />
            <source>Choose the bundle folder</source>
            <translation>اختر مجلد الحزمة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="240" />
            <source>Importing %1</source>
            <translation>جارٍ استيراد %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="245" />
            <source>Choose the downloaded PULSE-7B checkpoint folder</source>
            <translation>اختر مجلد نقطة الحفظ لـ PULSE-7B الذي تم تنزيله</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="248" />
            <source>Converting %1 (%2)</source>
            <translation>جارٍ تحويل %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="258" />
            <source>Installed %1.</source>
            <translation>تم تثبيت %1.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="260" />
            <source>Cancelled; nothing was installed.</source>
            <translation>أُلغي؛ لم يُثبَّت أي شيء.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="261" />
            <source>Failed: %1</source>
            <translation>فشل: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="287" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>PatientForm</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="30" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="33" />
            <source>if the date of birth is unknown</source>
            <translation>إذا كان تاريخ الميلاد غير معروف</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Other</source>
            <translation>آخر</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="40" />
            <source>e.g. chest pain, pre-operative</source>
            <translation>مثلًا: ألم في الصدر، قبل الجراحة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="41" />
            <source>&amp;Name</source>
            <translation>الاسم (&amp;N)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="42" />
            <source>Patient &amp;ID</source>
            <translation>رقم المريض التعريفي (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="43" />
            <source>Date of &amp;birth</source>
            <translation>تاريخ الميلاد (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="44" />
            <source>&amp;Age</source>
            <translation>العمر (&amp;A)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="45" />
            <source>Se&amp;x</source>
            <translation>الجنس (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="46" />
            <source>In&amp;dication</source>
            <translation>دواعي الفحص (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="47" />
            <source>The patient's full name, as printed on the report.</source>
            <translation>الاسم الكامل للمريض كما يُطبع على التقرير.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="48" />
            <source>The hospital or clinic number of the patient.</source>
            <translation>رقم المريض في المستشفى أو العيادة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="49" />
            <source>Year, month and day, as YYYY-MM-DD.</source>
            <translation>السنة والشهر واليوم، بالصيغة YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="50" />
            <source>In years; give it when the date of birth is unknown.</source>
            <translation>بالسنوات؛ اذكره عندما يكون تاريخ الميلاد غير معروف.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="51" />
            <source>The patient's sex, printed on the report.</source>
            <translation>جنس المريض، ويُطبع على التقرير.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="52" />
            <source>Why the ECG was recorded, printed on the report.</source>
            <translation>سبب تسجيل تخطيط القلب، ويُطبع على التقرير.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="84" />
            <source>Write the date of birth as YYYY-MM-DD, or leave it empty and give the age.</source>
            <translation>اكتب تاريخ الميلاد بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم)، أو اتركه فارغًا واذكر العمر.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="86" />
            <source>The date of birth is in the future.</source>
            <translation>تاريخ الميلاد في المستقبل.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="30" />
            <source>The camera's picture, with the paper's outline once it is found.</source>
            <translation>صورة الكاميرا، مع حدود الورقة بمجرد العثور عليها.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="31" />
            <source>Camera preview</source>
            <translation>معاينة الكاميرا</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="44" />
            <source>Starting the camera…</source>
            <translation>جارٍ تشغيل الكاميرا…</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="23" />
            <source>Loading the model</source>
            <translation>تحميل النموذج</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="24" />
            <source>Preparing the image</source>
            <translation>تجهيز الصورة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="25" />
            <source>Reading the image (vision)</source>
            <translation>قراءة الصورة (الرؤية)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="26" />
            <source>Passing the image to the language model</source>
            <translation>تمرير الصورة إلى النموذج اللغوي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="27" />
            <source>Writing the answer</source>
            <translation>كتابة الإجابة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="68" />
            <source>Starting…</source>
            <translation>جارٍ البدء…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="76" />
            <source>Stopped. The text written so far is kept and marked as incomplete.</source>
            <translation>توقّف. يُحتفظ بالنص المكتوب حتى الآن ويُعلَّم بأنه غير مكتمل.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="78" />
            <source>Stopped by an error.</source>
            <translation>توقّف بسبب خطأ.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="80" />
            <source>Finished.</source>
            <translation>انتهى.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="107" />
            <source>1 token written</source>
            <translation>كُتب رمز واحد</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="108" />
            <source>%1 tokens written</source>
            <translation>الرموز المكتوبة: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="119" />
            <source>Writing…</source>
            <translation>جارٍ الكتابة…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="128" />
            <source>Image part %1 of %2</source>
            <translation>جزء الصورة %1 من %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="130" />
            <source>%1 of %2 tokens (%3%)</source>
            <translation>%1 من %2 رمز (%3%)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="141" />
            <source> (about %1 tokens/s here)</source>
            <translation> (نحو %1 رمز/ث هنا)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="142" />
            <source>%1: the answer appears below as it is written.</source>
            <translation>%1: تظهر الإجابة أدناه أثناء كتابتها.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="146" />
            <source>%1. About %2 left before the answer starts (speeds measured on this computer).</source>
            <translation>%1. يتبقى نحو %2 قبل أن تبدأ الإجابة (سرعات مقيسة على هذا الحاسوب).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="149" />
            <source>%1. About %2 left in this step.</source>
            <translation>%1. يتبقى نحو %2 في هذه الخطوة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="152" />
            <source>%1. Measuring the speed of this computer…</source>
            <translation>%1. جارٍ قياس سرعة هذا الحاسوب…</translation>
        </message>
    </context>
    <context>
        <name>ReportFlow</name>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="46" />
            <source>Confirm the report</source>
            <translation>تأكيد التقرير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="47" />
            <source>Your name, as it will be printed on the report ("Confirmed by"):</source>
            <translation>اسمك كما سيُطبع على التقرير («أكّده»):</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="53" />
            <source>Report confirmed by %1.</source>
            <translation>أكّد %1 التقرير.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="63" />
            <source>the study could not be saved</source>
            <translation>تعذّر حفظ الفحص</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="65" />
            <source>The report needs the study to be saved first (%1).</source>
            <translation>يتطلب التقرير حفظ الفحص أولًا (%1).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="66" />
            <source>Check the data folder, then try again.</source>
            <translation>تحقق من مجلد البيانات، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="75" />
            <source>Save the report as PDF</source>
            <translation>حفظ التقرير بصيغة PDF</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="76" />
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="87" />
            <source>Writing the PDF…</source>
            <translation>جارٍ كتابة ملف PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="91" />
            <source>Saved %1</source>
            <translation>تم حفظ %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="114" />
            <source>Preparing the pages…</source>
            <translation>جارٍ تجهيز الصفحات…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="124" />
            <source>ECG report %1</source>
            <translation>تقرير تخطيط القلب %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="133" />
            <source>Sent %1 page(s) to the printer.</source>
            <translation>أُرسلت %1 صفحة (صفحات) إلى الطابعة.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="81" />
            <source>Strai&amp;ghtened</source>
            <translation>المُقوَّمة (&amp;R)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="83" />
            <source>Show the picture straightened and cut to the paper, as the model reads it.</source>
            <translation>عرض الصورة مُقوَّمة ومقصوصة على حدود الورقة، كما يقرؤها النموذج.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="85" />
            <source>&amp;Original (drag the corners)</source>
            <translation>الأصلية (اسحب الزوايا) (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="87" />
            <source>Show the picture as opened, with four corner handles that mark the paper's outline.</source>
            <translation>عرض الصورة كما فُتحت، مع أربعة مقابض عند الزوايا تحدّد حدود الورقة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>تصغير (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in (Ctrl++)</source>
            <translation>تكبير (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window (Ctrl+0)</source>
            <translation>ملاءمة للنافذة (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window</source>
            <translation>ملاءمة للنافذة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="109" />
            <source>The opened ECG. Ctrl++ and Ctrl+- zoom, Ctrl+0 fits it to the window, the arrow keys scroll. In the original view, keys 1 to 4 choose a corner of the paper and the arrow keys move it.</source>
            <translation>تخطيط القلب المفتوح. Ctrl++ وCtrl+- للتكبير والتصغير، وCtrl+0 لملاءمته للنافذة، ومفاتيح الأسهم للتمرير. في العرض الأصلي، تختار المفاتيح من 1 إلى 4 زاوية من زوايا الورقة وتحرّكها مفاتيح الأسهم.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="111" />
            <source>ECG picture</source>
            <translation>صورة تخطيط القلب</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="125" />
            <source>Image quality</source>
            <translation>جودة الصورة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="128" />
            <source>Patient</source>
            <translation>المريض</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="133" />
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="138" />
            <source>Question to the model</source>
            <translation>السؤال الموجَّه إلى النموذج</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="137" />
            <source>What the model is asked about this ECG; Settings holds the default question.</source>
            <translation>ما يُسأل عنه النموذج بشأن تخطيط القلب هذا؛ والسؤال الافتراضي في الإعدادات.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="147" />
            <source>Choose another image</source>
            <translation>اختيار صورة أخرى</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="149" />
            <source>Start again with another picture.</source>
            <translation>البدء من جديد بصورة أخرى.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="150" />
            <source>Interpret (Ctrl+Enter)</source>
            <translation>تفسير (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="154" />
            <source>Send the picture and the question to the model.</source>
            <translation>إرسال الصورة والسؤال إلى النموذج.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Cannot be read: %1</source>
            <translation>لا يمكن قراءته: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Warning: %1</source>
            <translation>تحذير: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="175" />
            <source>Note: %1</source>
            <translation>ملاحظة: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="192" />
            <source>Undo the turn</source>
            <translation>التراجع عن التدوير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="195" />
            <source>Show the picture the way it was opened.</source>
            <translation>عرض الصورة كما فُتحت.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="197" />
            <source>Turn 90° clockwise</source>
            <translation>تدوير 90° باتجاه عقارب الساعة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="200" />
            <source>Turn the picture a quarter turn clockwise and read it again.</source>
            <translation>تدوير الصورة ربع دورة باتجاه عقارب الساعة وقراءتها من جديد.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="202" />
            <source>Page of the file:</source>
            <translation>صفحة الملف:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="206" />
            <source>Which page of the PDF or multi-page picture to read.</source>
            <translation>الصفحة المراد قراءتها من ملف PDF أو الصورة متعددة الصفحات.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="218" />
            <source>Turned by %1° clockwise to be the right way up.</source>
            <translation>تم تدويرها %1° باتجاه عقارب الساعة لتصبح في الوضع الصحيح.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="220" />
            <source>Turned by %1° clockwise so that the rows run across. Which way up is a guess: check it, and turn it twice more if it is upside down.</source>
            <translation>تم تدويرها %1° باتجاه عقارب الساعة لتصبح الصفوف أفقية. أيّ الجهتين إلى الأعلى هو تخمين: تحقّق من ذلك، ودوّرها مرتين أخريين إن كانت مقلوبة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="223" />
            <source>This page may be upside down (which way up could not be told): check it, and turn it twice if so.</source>
            <translation>قد تكون هذه الصفحة مقلوبة (تعذّر معرفة أيّ الجهتين إلى الأعلى): تحقّق من ذلك، ودوّرها مرتين إن كانت كذلك.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="270" />
            <source>Grid: %1 pixels per mm.</source>
            <translation>الشبكة: %1 بكسل لكل مم.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="272" />
            <source>Drawn from the digital recording (3x4 page); the model reads this page as it is.</source>
            <translation>مرسومة من التسجيل الرقمي (صفحة 3x4)؛ يقرأ النموذج هذه الصفحة كما هي.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="274" />
            <source>Shown as opened (no straightening applied).</source>
            <translation>معروضة كما فُتحت (دون تقويم).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="298" />
            <source>No quality problems found.</source>
            <translation>لم تُكتشف مشكلات في الجودة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="318" />
            <source>Accept and interpret anyway</source>
            <translation>القبول والتفسير على أي حال</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="319" />
            <source>The acceptance is recorded and printed on the report.</source>
            <translation>يُسجَّل القبول ويُطبع على التقرير.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="320" />
            <source>Accept and interpret anyway: %1</source>
            <translation>القبول والتفسير على أي حال: %1</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsTab</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="42" />
            <source>The address of the clinic's interpretation server.</source>
            <translation>عنوان خادم التفسير الخاص بالعيادة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="46" />
            <source>The API key the server's administrator gave you.</source>
            <translation>مفتاح الواجهة البرمجية الذي أعطاك إياه مسؤول الخادم.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="49" />
            <source>The certificate fingerprint printed when the server was started; the app refuses a server whose certificate differs.</source>
            <translation>بصمة الشهادة التي طُبعت عند تشغيل الخادم؛ يرفض التطبيق أي خادم تختلف شهادته.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="53" />
            <source>This computer only</source>
            <translation>هذا الحاسوب فقط</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="54" />
            <source>Use the server, fall back to this computer</source>
            <translation>استخدام الخادم، والرجوع إلى هذا الحاسوب عند تعذره</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="55" />
            <source>Use the server only</source>
            <translation>الخادم فقط</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="57" />
            <source>Where the model reads the ECGs.</source>
            <translation>أين يقرأ النموذج تخطيطات القلب.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="58" />
            <source>Check the server</source>
            <translation>فحص الخادم</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="61" />
            <source>Reach the server and say what it serves.</source>
            <translation>الاتصال بالخادم وبيان النموذج الذي يقدمه.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="65" />
            <source>Server address</source>
            <translation>عنوان الخادم</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="66" />
            <source>API key</source>
            <translation>مفتاح الواجهة البرمجية</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="67" />
            <source>Certificate fingerprint</source>
            <translation>بصمة الشهادة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="68" />
            <source>Interpret on</source>
            <translation>التفسير على</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="78" />
            <source>Checking…</source>
            <translation>جارٍ الفحص…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="46" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="58" />
            <source>e.g. District Hospital, Cardiology</source>
            <translation>مثلًا: مستشفى المنطقة، قسم أمراض القلب</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="64" />
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="75" />
            <source>Facility name (report header)</source>
            <translation>اسم المنشأة الصحية (رأس التقرير)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="63" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="76" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="191" />
            <source>Facility logo</source>
            <translation>شعار المنشأة الصحية</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="59" />
            <source>Printed at the top of every report.</source>
            <translation>يُطبع أعلى كل تقرير.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="62" />
            <source>A PNG or JPEG picture printed beside the facility's name.</source>
            <translation>صورة PNG أو JPEG تُطبع بجانب اسم المنشأة الصحية.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="66" />
            <source>Choose the logo picture.</source>
            <translation>اختيار صورة الشعار.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="74" />
            <source>The paper size of the PDF and of the printout.</source>
            <translation>مقاس الورق لملف PDF وللطباعة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="77" />
            <source>Paper size</source>
            <translation>حجم الورق</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="78" />
            <source>Report</source>
            <translation>التقرير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="84" />
            <source>Asked about every ECG, unless changed on the review page.</source>
            <translation>يُطرح عن كل تخطيط قلب، ما لم يُغيَّر في صفحة المراجعة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="87" />
            <source>Automatic (first clinical bundle)</source>
            <translation>تلقائي (أول حزمة سريرية)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="96" />
            <source>Which installed model reads the ECGs.</source>
            <translation>النموذج المثبّت الذي يقرأ تخطيطات القلب.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="100" />
            <source>Automatic (from free GPU memory)</source>
            <translation>تلقائي (حسب ذاكرة GPU الفارغة)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="102" />
            <source>Layers of the language model placed on the GPU; 0 = CPU only.</source>
            <translation>طبقات النموذج اللغوي الموضوعة على GPU؛ 0 = المعالج (CPU) فقط.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="106" />
            <source>Automatic</source>
            <translation>تلقائي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="108" />
            <source>How many processor threads the model uses.</source>
            <translation>عدد خيوط المعالج التي يستخدمها النموذج.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="109" />
            <source>Default question</source>
            <translation>السؤال الافتراضي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="110" />
            <source>Model bundle</source>
            <translation>حزمة النموذج</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="111" />
            <source>GPU layers</source>
            <translation>طبقات GPU</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="112" />
            <source>Start reading the ECG as soon as it is opened</source>
            <translation>بدء قراءة تخطيط القلب فور فتحه</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="116" />
            <source>While you check the picture and enter the patient's details, the model is loaded and reads the image, so that the answer starts sooner after Interpret. It uses the processor (and the model's memory) meanwhile; nothing is shown or saved until you press Interpret.</source>
            <translation>أثناء تحققك من الصورة وإدخال بيانات المريض، يُحمَّل النموذج ويقرأ الصورة، لكي تبدأ الإجابة أسرع بعد الضغط على تفسير. يستخدم النموذج في هذه الأثناء المعالج (وذاكرة النموذج)؛ ولا يُعرض أو يُحفظ أي شيء حتى تضغط على تفسير.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="119" />
            <source>CPU threads</source>
            <translation>خيوط المعالج (CPU)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="121" />
            <source>Interpretation</source>
            <translation>التفسير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="124" />
            <source>Interpretation server</source>
            <translation>خادم التفسير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="132" />
            <source>The camera that opens first: 0 is the computer's first camera.</source>
            <translation>الكاميرا التي تُفتح أولًا: 0 هي أول كاميرا في الحاسوب.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="133" />
            <source>Capture automatically when the paper is found, sharp and still</source>
            <translation>التقاط تلقائي عندما تُكتشف الورقة واضحة وثابتة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="136" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>وإلا فاضغط مفتاح المسافة لالتقاط الصورة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="137" />
            <source>Camera number</source>
            <translation>رقم الكاميرا</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="139" />
            <source>Camera</source>
            <translation>الكاميرا</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="145" />
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="154" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="156" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="153" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="155" />
            <source>A new language takes effect when the app is started again.</source>
            <translation>تُطبَّق اللغة الجديدة عند تشغيل التطبيق مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="158" />
            <source>Display</source>
            <translation>العرض</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="173" />
            <source>%1%</source>
            <translation>%1٪</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="175" />
            <source>How large the window's text is, compared with the system's; 200% doubles it.</source>
            <translation>حجم نص النافذة مقارنةً بحجم نص النظام؛ و200٪ يضاعفه.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>As the system asks</source>
            <translation>حسب إعداد النظام</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="180" />
            <source>Normal contrast</source>
            <translation>تباين عادي</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="183" />
            <source>High contrast shows white text on black, with strong colours for warnings.</source>
            <translation>يعرض التباين العالي نصًا أبيض على خلفية سوداء، بألوان قوية للتحذيرات.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="185" />
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="186" />
            <source>Contrast</source>
            <translation>التباين</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="187" />
            <source>Text size and contrast take effect when the app is started again.</source>
            <translation>يسري حجم النص والتباين عند تشغيل التطبيق مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="192" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>الصور (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="23" />
            <source>New study</source>
            <translation>فحص جديد</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="26" />
            <source>Photograph the printed ECG, or open a scan, a picture or a PDF from the cart.</source>
            <translation>صوّر تخطيط القلب المطبوع، أو افتح صورة ممسوحة ضوئيًا أو صورة أو ملف PDF من جهاز تخطيط القلب.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="38" />
            <source>Set up the model…</source>
            <translation>تثبيت النموذج…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="40" />
            <source>Opens Models, where the model is imported or converted.</source>
            <translation>يفتح صفحة النماذج، حيث يُستورد النموذج أو يُحوَّل.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="45" />
            <source>Capture with camera
Ctrl+K</source>
            <translation>التقاط بالكاميرا
Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="48" />
            <source>Photograph the printed ECG with the camera.</source>
            <translation>تصوير تخطيط القلب المطبوع بالكاميرا.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="49" />
            <source>Open file…
Ctrl+O</source>
            <translation>فتح ملف…
Ctrl+O</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="52" />
            <source>Open a scan, a photo, a PDF or a digital ECG recording.</source>
            <translation>فتح صورة ممسوحة ضوئيًا أو صورة فوتوغرافية أو ملف PDF أو تسجيل تخطيط قلب رقمي.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="53" />
            <source>Paste image
Ctrl+V</source>
            <translation>لصق صورة
Ctrl+V</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="56" />
            <source>Use an ECG image copied to the clipboard.</source>
            <translation>استخدام صورة تخطيط قلب منسوخة إلى الحافظة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="59" />
            <source>…or drop an image or PDF file anywhere on this window.</source>
            <translation>…أو أفلت صورة أو ملف PDF في أي مكان من هذه النافذة.</translation>
        </message>
    </context>
    <context>
        <name>StepBar</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>1  Image</source>
            <translation>1  الصورة</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>2  Check and patient</source>
            <translation>2  التحقق والمريض</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>3  Interpret</source>
            <translation>3  التفسير</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>4  Confirm</source>
            <translation>4  التأكيد</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>5  Save or print</source>
            <translation>5  الحفظ أو الطباعة</translation>
        </message>
    </context>
    <context>
        <name>StudyController</name>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="231" />
            <source>Open or capture an ECG first.</source>
            <translation>افتح تخطيط قلب أو التقطه أولًا.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="232" />
            <source>The image cannot be interpreted: see the findings above.</source>
            <translation>لا يمكن تفسير الصورة: انظر النتائج أعلاه.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="233" />
            <source>Accept the quality warnings (or take a better picture) to continue.</source>
            <translation>اقبل تحذيرات الجودة (أو التقط صورة أفضل) للمتابعة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="234" />
            <source>The model is busy.</source>
            <translation>النموذج مشغول.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="252" />
            <source>Retake the picture following the hints.</source>
            <translation>أعد التقاط الصورة باتباع الإرشادات.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="235" />
            <source>Follow-up questions need this study's interpretation in memory.</source>
            <translation>تحتاج أسئلة المتابعة إلى وجود تفسير هذا الفحص في الذاكرة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="265" />
            <source>Interpret the ECG again to ask more questions.</source>
            <translation>أعد تفسير تخطيط القلب لطرح مزيد من الأسئلة.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="319" />
            <source>The model has read the picture: the interpretation will start sooner.</source>
            <translation>قرأ النموذج الصورة: سيبدأ التفسير أسرع.</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>تجاهل التغييرات</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>تطبيق</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>إعادة تعيين</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>نعم (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>لا (&amp;N)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>استعادة الافتراضيات</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>تجاهل</translation>
        </message>
    </context>
</TS>
