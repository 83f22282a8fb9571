<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="49" />
            <source>&amp;New study</source>
            <translation>नई जाँच (&amp;N)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="50" />
            <source>&amp;Open image or PDF…</source>
            <translation>चित्र या PDF खोलें… (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="51" />
            <source>&amp;Capture with camera…</source>
            <translation>कैमरे से कैप्चर करें… (&amp;C)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="52" />
            <source>&amp;Paste image</source>
            <translation>चित्र चिपकाएँ (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="53" />
            <source>&amp;Interpret</source>
            <translation>व्याख्या करें (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="55" />
            <source>&amp;Cancel interpretation</source>
            <translation>व्याख्या रद्द करें (&amp;C)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="56" />
            <source>Ask a &amp;follow-up question</source>
            <translation>अनुवर्ती प्रश्न पूछें (&amp;F)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="58" />
            <source>C&amp;onfirm report…</source>
            <translation>रिपोर्ट की पुष्टि करें… (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="59" />
            <source>&amp;Save PDF…</source>
            <translation>PDF सहेजें… (&amp;S)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="60" />
            <source>&amp;Print…</source>
            <translation>प्रिंट करें… (&amp;P)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="61" />
            <source>Study &amp;history</source>
            <translation>जाँच इतिहास (&amp;H)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="62" />
            <source>&amp;Models</source>
            <translation>मॉडल (&amp;M)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="63" />
            <source>&amp;Settings…</source>
            <translation>सेटिंग्स… (&amp;S)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="65" />
            <source>&amp;Quit</source>
            <translation>बाहर निकलें (&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="66" />
            <source>Zoom &amp;in</source>
            <translation>ज़ूम इन (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="68" />
            <source>Zoom &amp;out</source>
            <translation>ज़ूम आउट (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="70" />
            <source>&amp;Fit to window</source>
            <translation>विंडो में फ़िट करें (&amp;F)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="71" />
            <source>Open the &amp;log folder</source>
            <translation>लॉग फ़ोल्डर खोलें (&amp;L)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="73" />
            <source>&amp;About PULSE Desktop</source>
            <translation>PULSE Desktop के बारे में (&amp;A)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="84" />
            <source>&amp;File</source>
            <translation>फ़ाइल (&amp;F)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="85" />
            <source>&amp;Study</source>
            <translation>जाँच (&amp;S)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="86" />
            <source>&amp;View</source>
            <translation>दृश्य (&amp;V)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="87" />
            <source>&amp;Tools</source>
            <translation>उपकरण (&amp;T)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="88" />
            <source>&amp;Help</source>
            <translation>सहायता (&amp;H)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="94" />
            <source>Main</source>
            <translation>मुख्य</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="127" />
            <source>About PULSE Desktop</source>
            <translation>PULSE Desktop के बारे में</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="128" />
            <source>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;An offline ECG reader running PULSE-7B on this computer.&lt;br&gt;&lt;br&gt;Interpretations are computer-generated and unconfirmed until a qualified clinician confirms them.&lt;br&gt;&lt;br&gt;Python %2</source>
            <translation>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;एक ऑफ़लाइन ईसीजी रीडर, जो इसी कंप्यूटर पर PULSE-7B चलाता है।&lt;br&gt;&lt;br&gt;व्याख्याएँ कंप्यूटर द्वारा तैयार की जाती हैं और तब तक अपुष्ट रहती हैं जब तक कोई योग्य चिकित्सक उनकी पुष्टि न करे।&lt;br&gt;&lt;br&gt;Python %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="76" />
            <source>This computer ran out of memory.</source>
            <translation>इस कंप्यूटर की मेमोरी समाप्त हो गई।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="77" />
            <source>Close other programs, or choose a smaller model bundle in Models.</source>
            <translation>अन्य प्रोग्राम बंद करें, या मॉडल में कोई छोटा मॉडल बंडल चुनें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="163" />
            <source>PULSE Desktop</source>
            <translation>PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="41" />
            <source>Press Enter to accept, or Escape to cancel.</source>
            <translation>स्वीकार करने के लिए Enter दबाएँ, या रद्द करने के लिए Escape।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="73" />
            <source>Print the report</source>
            <translation>रिपोर्ट प्रिंट करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="25" />
            <source>reachable in %1 ms; serves %2; %3 slot(s)</source>
            <translation>%1 मि.से. में पहुँच योग्य; %2 उपलब्ध कराता है; %3 स्लॉट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="26" />
            <source>an unnamed model</source>
            <translation>एक बिना नाम का मॉडल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="28" />
            <source>Its manifest sha256 equals the installed bundle %1.</source>
            <translation>इसका manifest sha256 स्थापित बंडल %1 के बराबर है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="29" />
            <source>No installed bundle has its manifest sha256: install the same bundle here.</source>
            <translation>किसी स्थापित बंडल का manifest sha256 यह नहीं है: यही बंडल यहाँ स्थापित करें।</translation>
        </message>
    </context>
    <context>
        <name>BugReportDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="125" />
            <source>Something went wrong</source>
            <translation>कुछ गड़बड़ हो गई</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="127" />
            <source>PULSE Desktop hit an unexpected problem and stopped this task. Your saved studies are safe. Please send the details below to your support contact.</source>
            <translation>PULSE Desktop को एक अप्रत्याशित समस्या आई और उसने यह कार्य रोक दिया। आपकी सहेजी गई जाँचें सुरक्षित हैं। कृपया नीचे दिया गया विवरण अपने सहायता संपर्क को भेजें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="135" />
            <source>Details</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="136" />
            <source>The text to send to your support contact.</source>
            <translation>वह पाठ जो अपने सहायता संपर्क को भेजना है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="139" />
            <source>Copy details</source>
            <translation>विवरण कॉपी करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="141" />
            <source>Put the details on the clipboard.</source>
            <translation>विवरण क्लिपबोर्ड पर रखें।</translation>
        </message>
    </context>
    <context>
        <name>CapturePage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="82" />
            <source>Camera:</source>
            <translation>कैमरा:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="87" />
            <source>Camera %1</source>
            <translation>कैमरा %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="89" />
            <source>Which camera to use, when the computer has more than one.</source>
            <translation>कौन-सा कैमरा उपयोग करना है, जब कंप्यूटर में एक से अधिक हों।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="92" />
            <source>Capture automatically</source>
            <translation>अपने-आप कैप्चर करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="95" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>अन्यथा चित्र लेने के लिए Space दबाएँ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="102" />
            <source>Hold the printed ECG flat, fill the frame with it, and keep still.</source>
            <translation>छपे हुए ईसीजी को समतल पकड़ें, उसे पूरे फ़्रेम में भरें, और स्थिर रहें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="107" />
            <source>Back</source>
            <translation>वापस</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="108" />
            <source>Stop the camera and go back to New study.</source>
            <translation>कैमरा रोकें और नई जाँच पर लौटें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="110" />
            <source>Capture (Space)</source>
            <translation>कैप्चर करें (Space)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="113" />
            <source>Take the picture now.</source>
            <translation>अभी चित्र लें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="158" />
            <source>Paper found. Hold still… %1%</source>
            <translation>कागज़ मिल गया। स्थिर रहें… %1%</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="159" />
            <source>Looking for the ECG paper…</source>
            <translation>ईसीजी कागज़ ढूँढ़ा जा रहा है…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="164" />
            <source>camera capture</source>
            <translation>कैमरा कैप्चर</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="29" />
            <source>Clinician's report</source>
            <translation>चिकित्सक की रिपोर्ट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="32" />
            <source>Edit the interpretation here if needed. The model's original words stay on the left and are printed with your changes marked.</source>
            <translation>ज़रूरत हो तो व्याख्या यहाँ संपादित करें। मॉडल के मूल शब्द बाईं ओर रहते हैं और आपके बदलाव चिह्नित करके प्रिंट किए जाते हैं।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="39" />
            <source>The interpretation appears here for editing once the model has finished.</source>
            <translation>मॉडल के काम पूरा करने के बाद व्याख्या संपादन के लिए यहाँ दिखती है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="53" />
            <source>Use the model's text</source>
            <translation>मॉडल का पाठ उपयोग करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="55" />
            <source>Replace your changes with the model's original text.</source>
            <translation>अपने बदलावों की जगह मॉडल का मूल पाठ रखें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="56" />
            <source>Confirm…</source>
            <translation>पुष्टि करें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="59" />
            <source>Confirm the report under your name; it can no longer be edited afterwards.</source>
            <translation>अपने नाम से रिपोर्ट की पुष्टि करें; इसके बाद इसे बदला नहीं जा सकता।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="66" />
            <source>Save PDF…</source>
            <translation>PDF सहेजें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="69" />
            <source>Save the report as a PDF file.</source>
            <translation>रिपोर्ट को PDF फ़ाइल के रूप में सहेजें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="70" />
            <source>Print…</source>
            <translation>प्रिंट करें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="73" />
            <source>Print the report</source>
            <translation>रिपोर्ट प्रिंट करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="90" />
            <source>Edited by the clinician.</source>
            <translation>चिकित्सक द्वारा संपादित।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="97" />
            <source>Confirmed by %1, %2.</source>
            <translation>%1 द्वारा पुष्टि, %2।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="101" />
            <source>UNCONFIRMED: computer-generated interpretation, to be reviewed by a qualified clinician.</source>
            <translation>अपुष्ट: कंप्यूटर द्वारा तैयार व्याख्या; किसी योग्य चिकित्सक द्वारा जाँच आवश्यक।</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="20" />
            <source>The interpretation appears here as the model writes it.</source>
            <translation>मॉडल जैसे-जैसे व्याख्या लिखता है, वह यहाँ दिखती है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Question</source>
            <translation>प्रश्न</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Follow-up question</source>
            <translation>अनुवर्ती प्रश्न</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="64" />
            <source>Incomplete: stopped before the model finished.</source>
            <translation>अपूर्ण: मॉडल के पूरा करने से पहले रोका गया।</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="49" />
            <source>Study history</source>
            <translation>जाँच इतिहास</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="53" />
            <source>Search by patient name or ID…</source>
            <translation>रोगी के नाम या आईडी से खोजें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="56" />
            <source>Lists the studies whose patient name or ID holds this text.</source>
            <translation>वे जाँचें दिखाता है जिनमें रोगी के नाम या आईडी में यह पाठ है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="57" />
            <source>Search by patient name or ID</source>
            <translation>रोगी के नाम या आईडी से खोजें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="59" />
            <source>Between</source>
            <translation>अवधि:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="61" />
            <source>List only the studies made between the two dates.</source>
            <translation>केवल दोनों तारीख़ों के बीच की गई जाँचें दिखाएँ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>The first day listed, as YYYY-MM-DD.</source>
            <translation>दिखाया गया पहला दिन, YYYY-MM-DD (वर्ष-माह-दिन) के रूप में।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>The last day listed, as YYYY-MM-DD.</source>
            <translation>दिखाया गया अंतिम दिन, YYYY-MM-DD (वर्ष-माह-दिन) के रूप में।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>To</source>
            <translation>तक</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="75" />
            <source>and</source>
            <translation>से</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="80" />
            <source>One row per saved study, newest first; Enter reopens the chosen one.</source>
            <translation>हर सहेजी गई जाँच की एक पंक्ति, सबसे नई पहले; Enter चुनी गई जाँच फिर से खोलता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="81" />
            <source>Saved studies</source>
            <translation>सहेजी गई जाँचें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Date</source>
            <translation>तारीख़</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Patient</source>
            <translation>रोगी</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>ID</source>
            <translation>आईडी</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="83" />
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="83" />
            <source>Model</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="101" />
            <source>Reopen</source>
            <translation>फिर से खोलें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="104" />
            <source>Open the chosen study to read, edit or confirm it.</source>
            <translation>चुनी गई जाँच को पढ़ने, बदलने या पुष्टि करने के लिए खोलें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="105" />
            <source>Print…</source>
            <translation>प्रिंट करें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="108" />
            <source>Print the chosen study's report.</source>
            <translation>चुनी गई जाँच की रिपोर्ट प्रिंट करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="109" />
            <source>Export…</source>
            <translation>निर्यात करें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="113" />
            <source>Delete…</source>
            <translation>हटाएँ…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="116" />
            <source>Delete the chosen study, after asking.</source>
            <translation>पूछने के बाद चुनी गई जाँच हटाएँ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="134" />
            <source>The study history cannot be opened: %1</source>
            <translation>जाँच इतिहास नहीं खोला जा सकता: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="135" />
            <source>1 study</source>
            <translation>1 जाँच</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="136" />
            <source>%1 studies</source>
            <translation>%1 जाँचें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="139" />
            <source>confirmed by %1</source>
            <translation>%1 द्वारा पुष्टि</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>unconfirmed</source>
            <translation>अपुष्ट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>draft</source>
            <translation>मसौदा</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="141" />
            <source>incomplete</source>
            <translation>अपूर्ण</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="160" />
            <source>Reopen a study</source>
            <translation>कोई जाँच फिर से खोलें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="112" />
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="173" />
            <source>Export the study to a folder</source>
            <translation>जाँच को किसी फ़ोल्डर में निर्यात करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="176" />
            <source>Exporting…</source>
            <translation>निर्यात हो रहा है…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="178" />
            <source>Exported to %1</source>
            <translation>%1 में निर्यात किया गया</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="184" />
            <source>this patient</source>
            <translation>इस रोगी</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="185" />
            <source>Delete study</source>
            <translation>जाँच हटाएँ</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="186" />
            <source>Delete the study of %1 from %2, with its images and report? This cannot be undone.</source>
            <translation>%1 की %2 की जाँच, उसके चित्रों और रिपोर्ट सहित, हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
        </message>
    </context>
    <context>
        <name>ImageCanvas</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/image_canvas.py" line="47" />
            <source>Drag to the corner of the ECG paper</source>
            <translation>ईसीजी कागज़ के कोने तक खींचें</translation>
        </message>
    </context>
    <context>
        <name>InterpretPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>The picture the model reads.</source>
            <translation>वह चित्र जिसे मॉडल पढ़ता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>ECG picture</source>
            <translation>ईसीजी का चित्र</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="61" />
            <source>Cancel (Esc)</source>
            <translation>रद्द करें (Esc)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="64" />
            <source>Stop the model; the text written so far is kept.</source>
            <translation>मॉडल रोकें; अब तक लिखा गया पाठ रखा जाता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="65" />
            <source>Interpret again</source>
            <translation>फिर से व्याख्या करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="68" />
            <source>Ask the model again from the start.</source>
            <translation>मॉडल से शुरू से फिर पूछें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="73" />
            <source>The model's words (verbatim, never changed)</source>
            <translation>मॉडल के शब्द (शब्दशः, कभी नहीं बदले जाते)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="77" />
            <source>The model's answer and the follow-up answers, as written; read only.</source>
            <translation>मॉडल का उत्तर और अनुवर्ती उत्तर, जैसे लिखे गए; केवल पढ़ने के लिए।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="83" />
            <source>Ask a follow-up question about this ECG…</source>
            <translation>इस ईसीजी के बारे में अनुवर्ती प्रश्न पूछें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="85" />
            <source>Type a question about this ECG and press Enter.</source>
            <translation>इस ईसीजी के बारे में प्रश्न लिखें और Enter दबाएँ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="86" />
            <source>Follow-up question</source>
            <translation>अनुवर्ती प्रश्न</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="87" />
            <source>Ask</source>
            <translation>पूछें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="90" />
            <source>Ask the model the follow-up question.</source>
            <translation>मॉडल से अनुवर्ती प्रश्न पूछें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="122" />
            <source>ID %1</source>
            <translation>आईडी %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="124" />
            <source>No patient details</source>
            <translation>रोगी का कोई विवरण नहीं</translation>
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
            <translation>पहले चल रही व्याख्या रद्द करें (Esc)।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="225" />
            <source>Start a new study</source>
            <translation>नई जाँच शुरू करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="231" />
            <source>Open an ECG image or PDF</source>
            <translation>ईसीजी का चित्र या PDF खोलें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="232" />
            <source>ECG images and PDFs (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Digital ECG recordings (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;All files (*)</source>
            <translation>ईसीजी चित्र और PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;डिजिटल ईसीजी रिकॉर्डिंग (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="241" />
            <source>pasted image</source>
            <translation>चिपकाया गया चित्र</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="242" />
            <source>The clipboard holds no image. Copy an ECG image first.</source>
            <translation>क्लिपबोर्ड में कोई चित्र नहीं है। पहले ईसीजी का चित्र कॉपी करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="274" />
            <source>Wait for the interpretation to finish, or cancel it.</source>
            <translation>व्याख्या पूरी होने की प्रतीक्षा करें, या उसे रद्द करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="276" />
            <source>dropped image</source>
            <translation>छोड़ा गया चित्र</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="297" />
            <source>This study has changes that are not saved. Save them first?</source>
            <translation>इस जाँच में ऐसे बदलाव हैं जो सहेजे नहीं गए हैं। पहले उन्हें सहेजें?</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="307" />
            <location filename="../../pulse_desktop/gui/main_window.py" line="316" />
            <source>Close PULSE Desktop</source>
            <translation>PULSE Desktop बंद करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="308" />
            <source>The model is still working. Stop it and close? The text written so far is kept.</source>
            <translation>मॉडल अभी काम कर रहा है। उसे रोककर बंद करें? अब तक लिखा गया पाठ रखा जाएगा।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="73" />
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="74" />
            <source>Some settings could not be used; the app uses the defaults for them.</source>
            <translation>कुछ सेटिंग्स उपयोग नहीं की जा सकीं; ऐप उनके लिए डिफ़ॉल्ट मान उपयोग करता है।</translation>
        </message>
    </context>
    <context>
        <name>MeasurementPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="22" />
            <source>Measured from the digital recording</source>
            <translation>डिजिटल रिकॉर्डिंग से माप</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="45" />
            <source>not measured: %1</source>
            <translation>मापा नहीं गया: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="47" />
            <source>Measured by PULSE Desktop (method %1); computer measurements, to be confirmed by a clinician.</source>
            <translation>PULSE Desktop द्वारा मापा गया (विधि %1); कंप्यूटर द्वारा माप, किसी चिकित्सक द्वारा पुष्टि आवश्यक।</translation>
        </message>
    </context>
    <context>
        <name>ModelsPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="62" />
            <source>Models</source>
            <translation>मॉडल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="70" />
            <source>The installed model bundles; the chosen one's details are shown below.</source>
            <translation>इंस्टॉल किए गए मॉडल बंडल; चुने गए बंडल का विवरण नीचे दिखाया गया है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="71" />
            <source>Model bundles</source>
            <translation>मॉडल बंडल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Bundle</source>
            <translation>बंडल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="114" />
            <source>Quantization</source>
            <translation>क्वांटाइज़ेशन</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>Size</source>
            <translation>आकार</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>State</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="93" />
            <source>Where the chosen bundle is, and how it was checked.</source>
            <translation>चुना गया बंडल कहाँ है, और उसकी जाँच कैसे हुई।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="94" />
            <source>Bundle details</source>
            <translation>बंडल का विवरण</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="97" />
            <source>Import a bundle folder…</source>
            <translation>बंडल फ़ोल्डर आयात करें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="100" />
            <source>Copy a prepared bundle folder (with its manifest.json) onto this computer.</source>
            <translation>तैयार बंडल फ़ोल्डर (उसकी manifest.json के साथ) इस कंप्यूटर पर कॉपी करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="102" />
            <source>Convert downloaded PULSE-7B weights…</source>
            <translation>डाउनलोड किए गए PULSE-7B वेट्स बदलें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="105" />
            <source>Make a bundle from the downloaded PULSE-7B checkpoint; this takes tens of minutes.</source>
            <translation>डाउनलोड किए गए PULSE-7B चेकपॉइंट से बंडल बनाएँ; इसमें दसियों मिनट लगते हैं।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="109" />
            <source>Q4_K_M (smallest, about 4.5 GB)</source>
            <translation>Q4_K_M (सबसे छोटा, लगभग 4.5 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="110" />
            <source>Q5_K_M (about 5.2 GB)</source>
            <translation>Q5_K_M (लगभग 5.2 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="111" />
            <source>Q8_0 (most faithful, about 7.5 GB)</source>
            <translation>Q8_0 (सबसे सटीक, लगभग 7.5 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="113" />
            <source>How finely the converted language model keeps its weights.</source>
            <translation>बदला गया भाषा मॉडल अपने वेट्स कितनी बारीकी से रखता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="115" />
            <source>Use this bundle</source>
            <translation>यह बंडल उपयोग करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="118" />
            <source>Read every ECG with the chosen bundle.</source>
            <translation>हर ईसीजी को चुने गए बंडल से पढ़ें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="133" />
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="136" />
            <source>Stop the import or the conversion; nothing is installed.</source>
            <translation>आयात या बदलाव रोकें; कुछ भी इंस्टॉल नहीं होता।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="153" />
            <source>damaged: %1</source>
            <translation>क्षतिग्रस्त: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="154" />
            <source>in use</source>
            <translation>उपयोग में</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>ready</source>
            <translation>तैयार</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>failed validation</source>
            <translation>सत्यापन विफल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="156" />
            <source>not a clinical model</source>
            <translation>नैदानिक मॉडल नहीं</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="178" />
            <source>No model is installed yet. Set one up in Models before interpreting.</source>
            <translation>अभी कोई मॉडल इंस्टॉल नहीं है। व्याख्या से पहले मॉडल में एक मॉडल सेट करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="180" />
            <source>No installed model can be used. Open Models to see why.</source>
            <translation>कोई भी इंस्टॉल किया गया मॉडल उपयोग नहीं किया जा सकता। कारण देखने के लिए मॉडल खोलें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="187" />
            <source>NOT A CLINICAL MODEL (%1 bundle "%2")</source>
            <translation>नैदानिक मॉडल नहीं (%1 बंडल "%2")</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="192" />
            <source>The model bundles installed on this computer. The one in use reads every ECG; choose another here or in Settings.</source>
            <translation>इस कंप्यूटर पर इंस्टॉल किए गए मॉडल बंडल। जो उपयोग में है वही हर ईसीजी पढ़ता है; दूसरा यहाँ या सेटिंग्स में चुनें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="195" />
            <source>&lt;b&gt;Welcome. PULSE Desktop needs its model before it can read ECGs.&lt;/b&gt;&lt;br&gt;The model (PULSE-7B) runs entirely on this computer; nothing is sent anywhere. Set it up once:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import a bundle folder&lt;/b&gt; if someone prepared one (for example on a USB stick): choose the folder that contains &lt;i&gt;manifest.json&lt;/i&gt;. This is the quickest way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Convert downloaded weights&lt;/b&gt; if you have the PULSE-7B checkpoint folder. Conversion takes a long time (tens of minutes) and needs about 30 GB of free memory and disk.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;b&gt;स्वागत है। ईसीजी पढ़ने से पहले PULSE Desktop को अपना मॉडल चाहिए।&lt;/b&gt;&lt;br&gt;मॉडल (PULSE-7B) पूरी तरह इसी कंप्यूटर पर चलता है; कुछ भी कहीं नहीं भेजा जाता। इसे एक बार सेट करें:&lt;ul&gt;&lt;li&gt;&lt;b&gt;बंडल फ़ोल्डर आयात करें&lt;/b&gt; अगर किसी ने तैयार किया है (जैसे USB स्टिक पर): वह फ़ोल्डर चुनें जिसमें &lt;i&gt;manifest.json&lt;/i&gt; है। यह सबसे तेज़ तरीका है।&lt;/li&gt;&lt;li&gt;&lt;b&gt;डाउनलोड किए गए वेट्स बदलें&lt;/b&gt; अगर आपके पास PULSE-7B चेकपॉइंट फ़ोल्डर है। रूपांतरण में बहुत समय लगता है (दसियों मिनट) और लगभग 30 GB खाली मेमोरी और डिस्क चाहिए।&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="216" />
            <source>Not a clinical model: this %1 bundle exists for testing. Its answers are meaningless; never use them for a patient.</source>
            <translation>नैदानिक मॉडल नहीं: यह %1 बंडल केवल परीक्षण के लिए है। इसके उत्तर अर्थहीन हैं; इन्हें कभी किसी रोगी के लिए उपयोग न करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="218" />
            <source>Folder</source>
            <translation>फ़ोल्डर</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Vision precision</source>
            <translation>विज़न परिशुद्धता</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Merge</source>
            <translation>मर्ज</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Context</source>
            <translation>संदर्भ</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Created</source>
            <translation>बनाया गया</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>Validation</source>
            <translation>सत्यापन</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>passed</source>
            <translation>सफल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>FAILED</source>
            <translation>विफल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="226" />
            <source>Problem</source>
            <translation>समस्या</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="238" />
            <source>Choose the bundle folder</source>
            <translation>बंडल फ़ोल्डर चुनें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="240" />
            <source>Importing %1</source>
            <translation>%1 आयात हो रहा है</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="245" />
            <source>Choose the downloaded PULSE-7B checkpoint folder</source>
            <translation>डाउनलोड किया गया PULSE-7B चेकपॉइंट फ़ोल्डर चुनें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="248" />
            <source>Converting %1 (%2)</source>
            <translation>%1 बदला जा रहा है (%2)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="258" />
            <source>Installed %1.</source>
            <translation>%1 इंस्टॉल हो गया।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="260" />
            <source>Cancelled; nothing was installed.</source>
            <translation>रद्द किया गया; कुछ भी इंस्टॉल नहीं हुआ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="261" />
            <source>Failed: %1</source>
            <translation>विफल: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="287" />
            <source>Cancelling…</source>
            <translation>रद्द किया जा रहा है…</translation>
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
            <translation>अगर जन्म तिथि ज्ञात नहीं है</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Female</source>
            <translation>महिला</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Male</source>
            <translation>पुरुष</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Other</source>
            <translation>अन्य</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="40" />
            <source>e.g. chest pain, pre-operative</source>
            <translation>जैसे सीने में दर्द, ऑपरेशन से पहले</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="41" />
            <source>&amp;Name</source>
            <translation>नाम (&amp;N)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="42" />
            <source>Patient &amp;ID</source>
            <translation>रोगी आईडी (&amp;I)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="43" />
            <source>Date of &amp;birth</source>
            <translation>जन्म तिथि (&amp;B)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="44" />
            <source>&amp;Age</source>
            <translation>आयु (&amp;A)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="45" />
            <source>Se&amp;x</source>
            <translation>लिंग (&amp;X)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="46" />
            <source>In&amp;dication</source>
            <translation>जाँच का कारण (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="47" />
            <source>The patient's full name, as printed on the report.</source>
            <translation>रोगी का पूरा नाम, जैसा रिपोर्ट पर छपता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="48" />
            <source>The hospital or clinic number of the patient.</source>
            <translation>अस्पताल या क्लिनिक में रोगी की संख्या।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="49" />
            <source>Year, month and day, as YYYY-MM-DD.</source>
            <translation>वर्ष, माह और दिन, YYYY-MM-DD के रूप में।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="50" />
            <source>In years; give it when the date of birth is unknown.</source>
            <translation>वर्षों में; जब जन्म तिथि पता न हो तब लिखें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="51" />
            <source>The patient's sex, printed on the report.</source>
            <translation>रोगी का लिंग, रिपोर्ट पर छपता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="52" />
            <source>Why the ECG was recorded, printed on the report.</source>
            <translation>ईसीजी क्यों रिकॉर्ड किया गया, रिपोर्ट पर छपता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="84" />
            <source>Write the date of birth as YYYY-MM-DD, or leave it empty and give the age.</source>
            <translation>जन्म तिथि YYYY-MM-DD (वर्ष-माह-दिन) के रूप में लिखें, या इसे खाली छोड़कर आयु लिखें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="86" />
            <source>The date of birth is in the future.</source>
            <translation>जन्म तिथि भविष्य में है।</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="30" />
            <source>The camera's picture, with the paper's outline once it is found.</source>
            <translation>कैमरे का चित्र, कागज़ मिलते ही उसकी रूपरेखा के साथ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="31" />
            <source>Camera preview</source>
            <translation>कैमरा पूर्वावलोकन</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="44" />
            <source>Starting the camera…</source>
            <translation>कैमरा शुरू हो रहा है…</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="23" />
            <source>Loading the model</source>
            <translation>मॉडल लोड करना</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="24" />
            <source>Preparing the image</source>
            <translation>चित्र तैयार करना</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="25" />
            <source>Reading the image (vision)</source>
            <translation>चित्र पढ़ना (विज़न)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="26" />
            <source>Passing the image to the language model</source>
            <translation>चित्र भाषा मॉडल को देना</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="27" />
            <source>Writing the answer</source>
            <translation>उत्तर लिखना</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="68" />
            <source>Starting…</source>
            <translation>शुरू हो रहा है…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="76" />
            <source>Stopped. The text written so far is kept and marked as incomplete.</source>
            <translation>रोका गया। अब तक लिखा गया पाठ रखा गया है और अपूर्ण के रूप में चिह्नित है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="78" />
            <source>Stopped by an error.</source>
            <translation>किसी त्रुटि के कारण रुका।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="80" />
            <source>Finished.</source>
            <translation>पूरा हुआ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="107" />
            <source>1 token written</source>
            <translation>1 टोकन लिखा गया</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="108" />
            <source>%1 tokens written</source>
            <translation>%1 टोकन लिखे गए</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="119" />
            <source>Writing…</source>
            <translation>लिखा जा रहा है…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="128" />
            <source>Image part %1 of %2</source>
            <translation>चित्र का भाग %1 / %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="130" />
            <source>%1 of %2 tokens (%3%)</source>
            <translation>%2 में से %1 टोकन (%3%)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="141" />
            <source> (about %1 tokens/s here)</source>
            <translation> (यहाँ लगभग %1 टोकन/सेकंड)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="142" />
            <source>%1: the answer appears below as it is written.</source>
            <translation>%1: उत्तर जैसे-जैसे लिखा जाता है, नीचे दिखता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="146" />
            <source>%1. About %2 left before the answer starts (speeds measured on this computer).</source>
            <translation>%1। उत्तर शुरू होने में लगभग %2 बाकी (गति इसी कंप्यूटर पर मापी गई)।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="149" />
            <source>%1. About %2 left in this step.</source>
            <translation>%1। इस चरण में लगभग %2 बाकी।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="152" />
            <source>%1. Measuring the speed of this computer…</source>
            <translation>%1। इस कंप्यूटर की गति मापी जा रही है…</translation>
        </message>
    </context>
    <context>
        <name>ReportFlow</name>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="46" />
            <source>Confirm the report</source>
            <translation>रिपोर्ट की पुष्टि करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="47" />
            <source>Your name, as it will be printed on the report ("Confirmed by"):</source>
            <translation>आपका नाम, जैसा वह रिपोर्ट पर छपेगा ("पुष्टिकर्ता"):</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="53" />
            <source>Report confirmed by %1.</source>
            <translation>रिपोर्ट की पुष्टि %1 ने की।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="63" />
            <source>the study could not be saved</source>
            <translation>जाँच सहेजी नहीं जा सकी</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="65" />
            <source>The report needs the study to be saved first (%1).</source>
            <translation>रिपोर्ट के लिए पहले जाँच का सहेजा जाना ज़रूरी है (%1)।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="66" />
            <source>Check the data folder, then try again.</source>
            <translation>डेटा फ़ोल्डर जाँचें, फिर दोबारा प्रयास करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="75" />
            <source>Save the report as PDF</source>
            <translation>रिपोर्ट को PDF के रूप में सहेजें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="76" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF फ़ाइलें (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="87" />
            <source>Writing the PDF…</source>
            <translation>PDF लिखी जा रही है…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="91" />
            <source>Saved %1</source>
            <translation>%1 सहेजा गया</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="114" />
            <source>Preparing the pages…</source>
            <translation>पृष्ठ तैयार किए जा रहे हैं…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="124" />
            <source>ECG report %1</source>
            <translation>ईसीजी रिपोर्ट %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="133" />
            <source>Sent %1 page(s) to the printer.</source>
            <translation>%1 पृष्ठ प्रिंटर को भेजे गए।</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="81" />
            <source>Strai&amp;ghtened</source>
            <translation>सीधा किया गया (&amp;R)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="83" />
            <source>Show the picture straightened and cut to the paper, as the model reads it.</source>
            <translation>चित्र को सीधा करके कागज़ तक काटकर दिखाएँ, जैसा मॉडल उसे पढ़ता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="85" />
            <source>&amp;Original (drag the corners)</source>
            <translation>मूल (कोने खींचें) (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="87" />
            <source>Show the picture as opened, with four corner handles that mark the paper's outline.</source>
            <translation>चित्र को वैसा ही दिखाएँ जैसा खोला गया था, चार कोनों के हैंडल के साथ जो कागज़ की रूपरेखा बताते हैं।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>ज़ूम आउट (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out</source>
            <translation>ज़ूम आउट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in (Ctrl++)</source>
            <translation>ज़ूम इन (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in</source>
            <translation>ज़ूम इन</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit</source>
            <translation>फ़िट करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window (Ctrl+0)</source>
            <translation>विंडो में फ़िट करें (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window</source>
            <translation>विंडो में फ़िट करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="109" />
            <source>The opened ECG. Ctrl++ and Ctrl+- zoom, Ctrl+0 fits it to the window, the arrow keys scroll. In the original view, keys 1 to 4 choose a corner of the paper and the arrow keys move it.</source>
            <translation>खुला हुआ ईसीजी। Ctrl++ और Ctrl+- ज़ूम करते हैं, Ctrl+0 इसे विंडो में फ़िट करता है, तीर कुंजियाँ स्क्रॉल करती हैं। मूल दृश्य में, कुंजियाँ 1 से 4 कागज़ का एक कोना चुनती हैं और तीर कुंजियाँ उसे खिसकाती हैं।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="111" />
            <source>ECG picture</source>
            <translation>ईसीजी का चित्र</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="125" />
            <source>Image quality</source>
            <translation>चित्र की गुणवत्ता</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="128" />
            <source>Patient</source>
            <translation>रोगी</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="133" />
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="138" />
            <source>Question to the model</source>
            <translation>मॉडल से प्रश्न</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="137" />
            <source>What the model is asked about this ECG; Settings holds the default question.</source>
            <translation>इस ईसीजी के बारे में मॉडल से क्या पूछा जाता है; डिफ़ॉल्ट प्रश्न सेटिंग्स में है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="147" />
            <source>Choose another image</source>
            <translation>दूसरा चित्र चुनें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="149" />
            <source>Start again with another picture.</source>
            <translation>दूसरे चित्र के साथ फिर से शुरू करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="150" />
            <source>Interpret (Ctrl+Enter)</source>
            <translation>व्याख्या करें (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="154" />
            <source>Send the picture and the question to the model.</source>
            <translation>चित्र और प्रश्न मॉडल को भेजें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Cannot be read: %1</source>
            <translation>पढ़ा नहीं जा सकता: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Warning: %1</source>
            <translation>चेतावनी: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="175" />
            <source>Note: %1</source>
            <translation>टिप्पणी: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="192" />
            <source>Undo the turn</source>
            <translation>घुमाव पूर्ववत करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="195" />
            <source>Show the picture the way it was opened.</source>
            <translation>चित्र को वैसा दिखाएँ जैसा वह खोला गया था।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="197" />
            <source>Turn 90° clockwise</source>
            <translation>घड़ी की दिशा में 90° घुमाएँ</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="200" />
            <source>Turn the picture a quarter turn clockwise and read it again.</source>
            <translation>चित्र को घड़ी की दिशा में चौथाई घुमाएँ और फिर से पढ़ें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="202" />
            <source>Page of the file:</source>
            <translation>फ़ाइल का पृष्ठ:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="206" />
            <source>Which page of the PDF or multi-page picture to read.</source>
            <translation>PDF या कई पेज वाले चित्र का कौन-सा पेज पढ़ना है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="218" />
            <source>Turned by %1° clockwise to be the right way up.</source>
            <translation>सही दिशा में लाने के लिए घड़ी की दिशा में %1° घुमाया गया।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="220" />
            <source>Turned by %1° clockwise so that the rows run across. Which way up is a guess: check it, and turn it twice more if it is upside down.</source>
            <translation>पंक्तियों को आड़ा करने के लिए घड़ी की दिशा में %1° घुमाया गया। कौन-सा सिरा ऊपर है, यह अनुमान है: जाँच लें, और उल्टा हो तो दो बार और घुमाएँ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="223" />
            <source>This page may be upside down (which way up could not be told): check it, and turn it twice if so.</source>
            <translation>यह पृष्ठ शायद उल्टा है (कौन-सा सिरा ऊपर है, यह तय नहीं हो सका): जाँच लें, और ऐसा हो तो इसे दो बार घुमाएँ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="270" />
            <source>Grid: %1 pixels per mm.</source>
            <translation>ग्रिड: %1 पिक्सेल प्रति मिमी।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="272" />
            <source>Drawn from the digital recording (3x4 page); the model reads this page as it is.</source>
            <translation>डिजिटल रिकॉर्डिंग से बनाया गया (3x4 पृष्ठ); मॉडल इस पृष्ठ को जैसा है वैसा पढ़ता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="274" />
            <source>Shown as opened (no straightening applied).</source>
            <translation>जैसा खोला गया वैसा दिखाया गया (सीधा नहीं किया गया)।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="298" />
            <source>No quality problems found.</source>
            <translation>गुणवत्ता की कोई समस्या नहीं मिली।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="318" />
            <source>Accept and interpret anyway</source>
            <translation>फिर भी स्वीकार करें और व्याख्या करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="319" />
            <source>The acceptance is recorded and printed on the report.</source>
            <translation>यह स्वीकृति दर्ज की जाती है और रिपोर्ट पर छापी जाती है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="320" />
            <source>Accept and interpret anyway: %1</source>
            <translation>फिर भी स्वीकार करें और व्याख्या करें: %1</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsTab</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="42" />
            <source>The address of the clinic's interpretation server.</source>
            <translation>क्लिनिक के व्याख्या सर्वर का पता।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="46" />
            <source>The API key the server's administrator gave you.</source>
            <translation>सर्वर के व्यवस्थापक द्वारा दी गई API कुंजी।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="49" />
            <source>The certificate fingerprint printed when the server was started; the app refuses a server whose certificate differs.</source>
            <translation>सर्वर शुरू होने पर छपा प्रमाणपत्र फ़िंगरप्रिंट; अलग प्रमाणपत्र वाले सर्वर को ऐप अस्वीकार करता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="53" />
            <source>This computer only</source>
            <translation>केवल यह कंप्यूटर</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="54" />
            <source>Use the server, fall back to this computer</source>
            <translation>सर्वर का उपयोग करें, विफल होने पर यह कंप्यूटर</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="55" />
            <source>Use the server only</source>
            <translation>केवल सर्वर</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="57" />
            <source>Where the model reads the ECGs.</source>
            <translation>मॉडल ईसीजी कहाँ पढ़ता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="58" />
            <source>Check the server</source>
            <translation>सर्वर जाँचें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="61" />
            <source>Reach the server and say what it serves.</source>
            <translation>सर्वर से जुड़ें और बताएँ कि वह क्या चला रहा है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="65" />
            <source>Server address</source>
            <translation>सर्वर का पता</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="66" />
            <source>API key</source>
            <translation>API कुंजी</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="67" />
            <source>Certificate fingerprint</source>
            <translation>प्रमाणपत्र फ़िंगरप्रिंट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="68" />
            <source>Interpret on</source>
            <translation>व्याख्या कहाँ करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="78" />
            <source>Checking…</source>
            <translation>जाँच हो रही है…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="46" />
            <source>Settings</source>
            <translation>सेटिंग्स</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="58" />
            <source>e.g. District Hospital, Cardiology</source>
            <translation>जैसे ज़िला अस्पताल, हृदय रोग विभाग</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="64" />
            <source>Browse…</source>
            <translation>ब्राउज़ करें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="75" />
            <source>Facility name (report header)</source>
            <translation>स्वास्थ्य संस्थान का नाम (रिपोर्ट का शीर्षक)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="63" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="76" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="191" />
            <source>Facility logo</source>
            <translation>स्वास्थ्य संस्थान का लोगो</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="59" />
            <source>Printed at the top of every report.</source>
            <translation>हर रिपोर्ट के ऊपर छपता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="62" />
            <source>A PNG or JPEG picture printed beside the facility's name.</source>
            <translation>PNG या JPEG चित्र, जो स्वास्थ्य संस्थान के नाम के पास छापा जाता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="66" />
            <source>Choose the logo picture.</source>
            <translation>लोगो का चित्र चुनें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="74" />
            <source>The paper size of the PDF and of the printout.</source>
            <translation>PDF और प्रिंट का काग़ज़ आकार।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="77" />
            <source>Paper size</source>
            <translation>कागज़ का आकार</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="78" />
            <source>Report</source>
            <translation>रिपोर्ट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="84" />
            <source>Asked about every ECG, unless changed on the review page.</source>
            <translation>हर ईसीजी के बारे में पूछा जाता है, जब तक जाँच वाले पेज पर बदला न जाए।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="87" />
            <source>Automatic (first clinical bundle)</source>
            <translation>स्वचालित (पहला नैदानिक बंडल)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="96" />
            <source>Which installed model reads the ECGs.</source>
            <translation>कौन-सा इंस्टॉल किया गया मॉडल ईसीजी पढ़ता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="100" />
            <source>Automatic (from free GPU memory)</source>
            <translation>स्वचालित (खाली GPU मेमोरी के अनुसार)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="102" />
            <source>Layers of the language model placed on the GPU; 0 = CPU only.</source>
            <translation>भाषा मॉडल की परतें जो GPU पर रखी जाती हैं; 0 = केवल CPU।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="106" />
            <source>Automatic</source>
            <translation>स्वचालित</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="108" />
            <source>How many processor threads the model uses.</source>
            <translation>मॉडल प्रोसेसर के कितने थ्रेड उपयोग करता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="109" />
            <source>Default question</source>
            <translation>डिफ़ॉल्ट प्रश्न</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="110" />
            <source>Model bundle</source>
            <translation>मॉडल बंडल</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="111" />
            <source>GPU layers</source>
            <translation>GPU परतें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="112" />
            <source>Start reading the ECG as soon as it is opened</source>
            <translation>ईसीजी खुलते ही उसे पढ़ना शुरू करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="116" />
            <source>While you check the picture and enter the patient's details, the model is loaded and reads the image, so that the answer starts sooner after Interpret. It uses the processor (and the model's memory) meanwhile; nothing is shown or saved until you press Interpret.</source>
            <translation>जब आप चित्र जाँचते हैं और रोगी का विवरण भरते हैं, तब तक मॉडल लोड होकर चित्र पढ़ लेता है, ताकि व्याख्या करें दबाने के बाद उत्तर जल्दी शुरू हो। इस दौरान यह प्रोसेसर (और मॉडल की मेमोरी) का उपयोग करता है; व्याख्या करें दबाने तक कुछ भी दिखाया या सहेजा नहीं जाता।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="119" />
            <source>CPU threads</source>
            <translation>CPU थ्रेड</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="121" />
            <source>Interpretation</source>
            <translation>व्याख्या</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="124" />
            <source>Interpretation server</source>
            <translation>व्याख्या सर्वर</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="132" />
            <source>The camera that opens first: 0 is the computer's first camera.</source>
            <translation>जो कैमरा पहले खुलता है: 0 कंप्यूटर का पहला कैमरा है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="133" />
            <source>Capture automatically when the paper is found, sharp and still</source>
            <translation>कागज़ मिलने, साफ़ और स्थिर होने पर अपने-आप कैप्चर करें</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="136" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>अन्यथा चित्र लेने के लिए Space दबाएँ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="137" />
            <source>Camera number</source>
            <translation>कैमरा संख्या</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="139" />
            <source>Camera</source>
            <translation>कैमरा</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="145" />
            <source>System language</source>
            <translation>सिस्टम की भाषा</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="154" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="156" />
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="153" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="155" />
            <source>A new language takes effect when the app is started again.</source>
            <translation>नई भाषा ऐप को दोबारा शुरू करने पर लागू होगी।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="158" />
            <source>Display</source>
            <translation>प्रदर्शन</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="173" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="175" />
            <source>How large the window's text is, compared with the system's; 200% doubles it.</source>
            <translation>सिस्टम की तुलना में विंडो के पाठ का आकार; 200% इसे दोगुना करता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>As the system asks</source>
            <translation>सिस्टम के अनुसार</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>High contrast</source>
            <translation>उच्च कंट्रास्ट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="180" />
            <source>Normal contrast</source>
            <translation>सामान्य कंट्रास्ट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="183" />
            <source>High contrast shows white text on black, with strong colours for warnings.</source>
            <translation>उच्च कंट्रास्ट काले पर सफ़ेद पाठ दिखाता है, चेतावनियों के लिए गहरे रंगों के साथ।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="185" />
            <source>Text size</source>
            <translation>पाठ का आकार</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="186" />
            <source>Contrast</source>
            <translation>कंट्रास्ट</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="187" />
            <source>Text size and contrast take effect when the app is started again.</source>
            <translation>पाठ का आकार और कंट्रास्ट ऐप दोबारा शुरू करने पर लागू होते हैं।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="192" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>चित्र (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="23" />
            <source>New study</source>
            <translation>नई जाँच</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="26" />
            <source>Photograph the printed ECG, or open a scan, a picture or a PDF from the cart.</source>
            <translation>छपे हुए ईसीजी की फ़ोटो लें, या ईसीजी मशीन से स्कैन, चित्र या PDF खोलें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="38" />
            <source>Set up the model…</source>
            <translation>मॉडल सेट करें…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="40" />
            <source>Opens Models, where the model is imported or converted.</source>
            <translation>मॉडल पेज खोलता है, जहाँ मॉडल आयात या बदला जाता है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="45" />
            <source>Capture with camera
Ctrl+K</source>
            <translation>कैमरे से कैप्चर करें
Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="48" />
            <source>Photograph the printed ECG with the camera.</source>
            <translation>छपे हुए ईसीजी का कैमरे से फ़ोटो लें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="49" />
            <source>Open file…
Ctrl+O</source>
            <translation>फ़ाइल खोलें…
Ctrl+O</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="52" />
            <source>Open a scan, a photo, a PDF or a digital ECG recording.</source>
            <translation>स्कैन, फ़ोटो, PDF या डिजिटल ईसीजी रिकॉर्डिंग खोलें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="53" />
            <source>Paste image
Ctrl+V</source>
            <translation>चित्र चिपकाएँ
Ctrl+V</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="56" />
            <source>Use an ECG image copied to the clipboard.</source>
            <translation>क्लिपबोर्ड पर कॉपी किया गया ईसीजी चित्र उपयोग करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="59" />
            <source>…or drop an image or PDF file anywhere on this window.</source>
            <translation>…या किसी चित्र या PDF फ़ाइल को इस विंडो में कहीं भी छोड़ें।</translation>
        </message>
    </context>
    <context>
        <name>StepBar</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>1  Image</source>
            <translation>1  चित्र</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>2  Check and patient</source>
            <translation>2  जाँच और रोगी</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>3  Interpret</source>
            <translation>3  व्याख्या</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>4  Confirm</source>
            <translation>4  पुष्टि</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>5  Save or print</source>
            <translation>5  सहेजें या प्रिंट करें</translation>
        </message>
    </context>
    <context>
        <name>StudyController</name>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="231" />
            <source>Open or capture an ECG first.</source>
            <translation>पहले कोई ईसीजी खोलें या कैप्चर करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="232" />
            <source>The image cannot be interpreted: see the findings above.</source>
            <translation>इस चित्र की व्याख्या नहीं की जा सकती: ऊपर दिए गए निष्कर्ष देखें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="233" />
            <source>Accept the quality warnings (or take a better picture) to continue.</source>
            <translation>आगे बढ़ने के लिए गुणवत्ता चेतावनियाँ स्वीकार करें (या बेहतर फ़ोटो लें)।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="234" />
            <source>The model is busy.</source>
            <translation>मॉडल व्यस्त है।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="252" />
            <source>Retake the picture following the hints.</source>
            <translation>सुझावों के अनुसार फ़ोटो दोबारा लें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="235" />
            <source>Follow-up questions need this study's interpretation in memory.</source>
            <translation>अनुवर्ती प्रश्नों के लिए इस जाँच की व्याख्या मेमोरी में होनी चाहिए।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="265" />
            <source>Interpret the ECG again to ask more questions.</source>
            <translation>और प्रश्न पूछने के लिए ईसीजी की फिर से व्याख्या करें।</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="319" />
            <source>The model has read the picture: the interpretation will start sooner.</source>
            <translation>मॉडल ने चित्र पढ़ लिया है: व्याख्या जल्दी शुरू होगी।</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ठीक है</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बंद करें</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>सहेजें</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>न सहेजें</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>लागू करें</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>रीसेट करें</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>सहायता</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>हाँ (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>नहीं (&amp;N)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खोलें</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>डिफ़ॉल्ट बहाल करें</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>रोकें</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>फिर प्रयास करें</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>अनदेखा करें</translation>
        </message>
    </context>
</TS>
