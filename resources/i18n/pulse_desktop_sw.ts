<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="49" />
            <source>&amp;New study</source>
            <translation>Uchunguzi &amp;mpya</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="50" />
            <source>&amp;Open image or PDF…</source>
            <translation>F&amp;ungua picha au PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="51" />
            <source>&amp;Capture with camera…</source>
            <translation>&amp;Piga picha kwa kamera…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="52" />
            <source>&amp;Paste image</source>
            <translation>Bandi&amp;ka picha</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="53" />
            <source>&amp;Interpret</source>
            <translation>&amp;Fasiri</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="55" />
            <source>&amp;Cancel interpretation</source>
            <translation>&amp;Sitisha ufasiri</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="56" />
            <source>Ask a &amp;follow-up question</source>
            <translation>Uliza swali la &amp;ziada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="58" />
            <source>C&amp;onfirm report…</source>
            <translation>&amp;Thibitisha ripoti…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="59" />
            <source>&amp;Save PDF…</source>
            <translation>&amp;Hifadhi PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="60" />
            <source>&amp;Print…</source>
            <translation>&amp;Chapisha…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="61" />
            <source>Study &amp;history</source>
            <translation>&amp;Historia ya uchunguzi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="62" />
            <source>&amp;Models</source>
            <translation>&amp;Modeli</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="63" />
            <source>&amp;Settings…</source>
            <translation>&amp;Mipangilio…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="65" />
            <source>&amp;Quit</source>
            <translation>&amp;Ondoka</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="66" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Kuza</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="68" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Punguza</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="70" />
            <source>&amp;Fit to window</source>
            <translation>Tosheleza &amp;dirishani</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="71" />
            <source>Open the &amp;log folder</source>
            <translation>Fungua folda ya &amp;kumbukumbu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="73" />
            <source>&amp;About PULSE Desktop</source>
            <translation>&amp;Kuhusu PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="84" />
            <source>&amp;File</source>
            <translation>&amp;Faili</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="85" />
            <source>&amp;Study</source>
            <translation>&amp;Uchunguzi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="86" />
            <source>&amp;View</source>
            <translation>&amp;Mwonekano</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="87" />
            <source>&amp;Tools</source>
            <translation>&amp;Zana</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="88" />
            <source>&amp;Help</source>
            <translation>Msaa&amp;da</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="94" />
            <source>Main</source>
            <translation>Kuu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="127" />
            <source>About PULSE Desktop</source>
            <translation>Kuhusu PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="128" />
            <source>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;An offline ECG reader running PULSE-7B on this computer.&lt;br&gt;&lt;br&gt;Interpretations are computer-generated and unconfirmed until a qualified clinician confirms them.&lt;br&gt;&lt;br&gt;Python %2</source>
            <translation>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;Kisomaji cha ECG kisichohitaji mtandao, kinachoendesha PULSE-7B kwenye kompyuta hii.&lt;br&gt;&lt;br&gt;Ufasiri hutolewa na kompyuta na haujathibitishwa hadi mtaalamu wa afya aliyehitimu authibitishe.&lt;br&gt;&lt;br&gt;Python %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="76" />
            <source>This computer ran out of memory.</source>
            <translation>Kompyuta hii imeishiwa na kumbukumbu.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="77" />
            <source>Close other programs, or choose a smaller model bundle in Models.</source>
            <translation>Funga programu nyingine, au chagua kifurushi kidogo cha modeli katika Modeli.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="163" />
            <source>PULSE Desktop</source>
            <translation>PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="41" />
            <source>Press Enter to accept, or Escape to cancel.</source>
            <translation>Bonyeza Enter kukubali, au Escape kughairi.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="73" />
            <source>Print the report</source>
            <translation>Chapisha ripoti</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="25" />
            <source>reachable in %1 ms; serves %2; %3 slot(s)</source>
            <translation>linafikika kwa ms %1; linahudumia %2; nafasi %3</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="26" />
            <source>an unnamed model</source>
            <translation>modeli isiyo na jina</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="28" />
            <source>Its manifest sha256 equals the installed bundle %1.</source>
            <translation>sha256 ya manifest yake ni sawa na ya kifurushi kilichosakinishwa %1.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="29" />
            <source>No installed bundle has its manifest sha256: install the same bundle here.</source>
            <translation>Hakuna kifurushi kilichosakinishwa chenye sha256 hiyo ya manifest: sakinisha kifurushi hicho hicho hapa.</translation>
        </message>
    </context>
    <context>
        <name>BugReportDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="125" />
            <source>Something went wrong</source>
            <translation>Hitilafu imetokea</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="127" />
            <source>PULSE Desktop hit an unexpected problem and stopped this task. Your saved studies are safe. Please send the details below to your support contact.</source>
            <translation>PULSE Desktop imekumbwa na tatizo lisilotarajiwa na imesimamisha kazi hii. Uchunguzi wako uliohifadhiwa uko salama. Tafadhali tuma maelezo yaliyo hapa chini kwa mtu wako wa msaada wa kiufundi.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="135" />
            <source>Details</source>
            <translation>Maelezo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="136" />
            <source>The text to send to your support contact.</source>
            <translation>Maandishi ya kutuma kwa mtu wako wa msaada.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="139" />
            <source>Copy details</source>
            <translation>Nakili maelezo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="141" />
            <source>Put the details on the clipboard.</source>
            <translation>Weka maelezo kwenye ubao wa kunakili.</translation>
        </message>
    </context>
    <context>
        <name>CapturePage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="82" />
            <source>Camera:</source>
            <translation>Kamera:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="87" />
            <source>Camera %1</source>
            <translation>Kamera %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="89" />
            <source>Which camera to use, when the computer has more than one.</source>
            <translation>Kamera ya kutumia, kompyuta ikiwa na zaidi ya moja.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="92" />
            <source>Capture automatically</source>
            <translation>Piga picha kiotomatiki</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="95" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>La sivyo, bonyeza Space kupiga picha.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="102" />
            <source>Hold the printed ECG flat, fill the frame with it, and keep still.</source>
            <translation>Shikilia ECG iliyochapishwa ikiwa bapa, ijaze kwenye fremu, na usitikisike.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="107" />
            <source>Back</source>
            <translation>Rudi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="108" />
            <source>Stop the camera and go back to New study.</source>
            <translation>Simamisha kamera na urudi kwenye Uchunguzi mpya.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="110" />
            <source>Capture (Space)</source>
            <translation>Piga picha (Space)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="113" />
            <source>Take the picture now.</source>
            <translation>Piga picha sasa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="158" />
            <source>Paper found. Hold still… %1%</source>
            <translation>Karatasi imepatikana. Usitikisike… %1%</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="159" />
            <source>Looking for the ECG paper…</source>
            <translation>Inatafuta karatasi ya ECG…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="164" />
            <source>camera capture</source>
            <translation>picha ya kamera</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="29" />
            <source>Clinician's report</source>
            <translation>Ripoti ya mtaalamu wa afya</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="32" />
            <source>Edit the interpretation here if needed. The model's original words stay on the left and are printed with your changes marked.</source>
            <translation>Hariri ufasiri hapa ikihitajika. Maneno asilia ya modeli yanabaki upande wa kushoto na yanachapishwa pamoja na mabadiliko yako yakiwa yamewekewa alama.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="39" />
            <source>The interpretation appears here for editing once the model has finished.</source>
            <translation>Ufasiri unaonekana hapa ili uuhariri baada ya modeli kumaliza.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="53" />
            <source>Use the model's text</source>
            <translation>Tumia maandishi ya modeli</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="55" />
            <source>Replace your changes with the model's original text.</source>
            <translation>Badilisha mabadiliko yako kwa maandishi asilia ya modeli.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="56" />
            <source>Confirm…</source>
            <translation>Thibitisha…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="59" />
            <source>Confirm the report under your name; it can no longer be edited afterwards.</source>
            <translation>Thibitisha ripoti kwa jina lako; baada ya hapo haiwezi kuhaririwa tena.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="66" />
            <source>Save PDF…</source>
            <translation>Hifadhi PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="69" />
            <source>Save the report as a PDF file.</source>
            <translation>Hifadhi ripoti kama faili ya PDF.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="70" />
            <source>Print…</source>
            <translation>Chapisha…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="73" />
            <source>Print the report</source>
            <translation>Chapisha ripoti</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="90" />
            <source>Edited by the clinician.</source>
            <translation>Imehaririwa na mtaalamu wa afya.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="97" />
            <source>Confirmed by %1, %2.</source>
            <translation>Imethibitishwa na %1, %2.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="101" />
            <source>UNCONFIRMED: computer-generated interpretation, to be reviewed by a qualified clinician.</source>
            <translation>HAIJATHIBITISHWA: ufasiri uliotolewa na kompyuta; unapaswa kukaguliwa na mtaalamu wa afya aliyehitimu.</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="20" />
            <source>The interpretation appears here as the model writes it.</source>
            <translation>Ufasiri unaonekana hapa kadiri modeli inavyouandika.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Question</source>
            <translation>Swali</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Follow-up question</source>
            <translation>Swali la ziada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="64" />
            <source>Incomplete: stopped before the model finished.</source>
            <translation>Haujakamilika: ulisimamishwa kabla modeli haijamaliza.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="49" />
            <source>Study history</source>
            <translation>Historia ya uchunguzi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="53" />
            <source>Search by patient name or ID…</source>
            <translation>Tafuta kwa jina au namba ya mgonjwa…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="56" />
            <source>Lists the studies whose patient name or ID holds this text.</source>
            <translation>Huonyesha uchunguzi ambao jina au namba ya mgonjwa ina maandishi haya.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="57" />
            <source>Search by patient name or ID</source>
            <translation>Tafuta kwa jina au namba ya mgonjwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="59" />
            <source>Between</source>
            <translation>Kati ya</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="61" />
            <source>List only the studies made between the two dates.</source>
            <translation>Onyesha tu uchunguzi uliofanywa kati ya tarehe hizo mbili.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>The first day listed, as YYYY-MM-DD.</source>
            <translation>Siku ya kwanza inayoonyeshwa, kwa muundo YYYY-MM-DD (mwaka-mwezi-siku).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>From</source>
            <translation>Kuanzia</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>The last day listed, as YYYY-MM-DD.</source>
            <translation>Siku ya mwisho inayoonyeshwa, kwa muundo YYYY-MM-DD (mwaka-mwezi-siku).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>To</source>
            <translation>Hadi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="75" />
            <source>and</source>
            <translation>na</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="80" />
            <source>One row per saved study, newest first; Enter reopens the chosen one.</source>
            <translation>Mstari mmoja kwa kila uchunguzi uliohifadhiwa, mpya kwanza; Enter hufungua tena uliochaguliwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="81" />
            <source>Saved studies</source>
            <translation>Uchunguzi uliohifadhiwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Patient</source>
            <translation>Mgonjwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>ID</source>
            <translation>Namba</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="83" />
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="83" />
            <source>Model</source>
            <translation>Modeli</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="101" />
            <source>Reopen</source>
            <translation>Fungua tena</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="104" />
            <source>Open the chosen study to read, edit or confirm it.</source>
            <translation>Fungua uchunguzi uliochaguliwa ili kuusoma, kuuhariri au kuuthibitisha.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="105" />
            <source>Print…</source>
            <translation>Chapisha…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="108" />
            <source>Print the chosen study's report.</source>
            <translation>Chapisha ripoti ya uchunguzi uliochaguliwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="109" />
            <source>Export…</source>
            <translation>Hamisha…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="113" />
            <source>Delete…</source>
            <translation>Futa…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="116" />
            <source>Delete the chosen study, after asking.</source>
            <translation>Futa uchunguzi uliochaguliwa, baada ya kuuliza.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="134" />
            <source>The study history cannot be opened: %1</source>
            <translation>Historia ya uchunguzi haiwezi kufunguliwa: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="135" />
            <source>1 study</source>
            <translation>Uchunguzi 1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="136" />
            <source>%1 studies</source>
            <translation>Uchunguzi %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="139" />
            <source>confirmed by %1</source>
            <translation>imethibitishwa na %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>unconfirmed</source>
            <translation>haijathibitishwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>draft</source>
            <translation>rasimu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="141" />
            <source>incomplete</source>
            <translation>haujakamilika</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="160" />
            <source>Reopen a study</source>
            <translation>Fungua tena uchunguzi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="112" />
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="173" />
            <source>Export the study to a folder</source>
            <translation>Hamisha uchunguzi kwenda kwenye folda</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="176" />
            <source>Exporting…</source>
            <translation>Inahamisha…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="178" />
            <source>Exported to %1</source>
            <translation>Umehamishwa kwenda %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="184" />
            <source>this patient</source>
            <translation>mgonjwa huyu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="185" />
            <source>Delete study</source>
            <translation>Futa uchunguzi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="186" />
            <source>Delete the study of %1 from %2, with its images and report? This cannot be undone.</source>
            <translation>Ufute uchunguzi wa %1 wa tarehe %2, pamoja na picha zake na ripoti yake? Hatua hii haiwezi kutenduliwa.</translation>
        </message>
    </context>
    <context>
        <name>ImageCanvas</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/image_canvas.py" line="47" />
            <source>Drag to the corner of the ECG paper</source>
            <translation>Buruta hadi kwenye pembe ya karatasi ya ECG</translation>
        </message>
    </context>
    <context>
        <name>InterpretPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>The picture the model reads.</source>
            <translation>Picha ambayo modeli inaisoma.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>ECG picture</source>
            <translation>Picha ya ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="61" />
            <source>Cancel (Esc)</source>
            <translation>Ghairi (Esc)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="64" />
            <source>Stop the model; the text written so far is kept.</source>
            <translation>Simamisha modeli; maandishi yaliyoandikwa hadi sasa yanahifadhiwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="65" />
            <source>Interpret again</source>
            <translation>Fasiri tena</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="68" />
            <source>Ask the model again from the start.</source>
            <translation>Uliza modeli tena tangu mwanzo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="73" />
            <source>The model's words (verbatim, never changed)</source>
            <translation>Maneno ya modeli (kama yalivyo, hayabadilishwi kamwe)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="77" />
            <source>The model's answer and the follow-up answers, as written; read only.</source>
            <translation>Jibu la modeli na majibu ya ziada, kama yalivyoandikwa; ya kusoma tu.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="83" />
            <source>Ask a follow-up question about this ECG…</source>
            <translation>Uliza swali la ziada kuhusu ECG hii…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="85" />
            <source>Type a question about this ECG and press Enter.</source>
            <translation>Andika swali kuhusu ECG hii kisha bonyeza Enter.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="86" />
            <source>Follow-up question</source>
            <translation>Swali la ziada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="87" />
            <source>Ask</source>
            <translation>Uliza</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="90" />
            <source>Ask the model the follow-up question.</source>
            <translation>Uliza modeli swali la ziada.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="122" />
            <source>ID %1</source>
            <translation>Namba %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="124" />
            <source>No patient details</source>
            <translation>Hakuna taarifa za mgonjwa</translation>
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
            <translation>Kwanza ghairi ufasiri unaoendelea (Esc).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="225" />
            <source>Start a new study</source>
            <translation>Anza uchunguzi mpya</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="231" />
            <source>Open an ECG image or PDF</source>
            <translation>Fungua picha au PDF ya ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="232" />
            <source>ECG images and PDFs (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Digital ECG recordings (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;All files (*)</source>
            <translation>Picha na PDF za ECG (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Rekodi za kidijitali za ECG (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;Faili zote (*)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="241" />
            <source>pasted image</source>
            <translation>picha iliyobandikwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="242" />
            <source>The clipboard holds no image. Copy an ECG image first.</source>
            <translation>Ubao wa kunakili hauna picha. Kwanza nakili picha ya ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="274" />
            <source>Wait for the interpretation to finish, or cancel it.</source>
            <translation>Subiri ufasiri ukamilike, au uughairi.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="276" />
            <source>dropped image</source>
            <translation>picha iliyodondoshwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="297" />
            <source>This study has changes that are not saved. Save them first?</source>
            <translation>Uchunguzi huu una mabadiliko ambayo hayajahifadhiwa. Uyahifadhi kwanza?</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="307" />
            <location filename="../../pulse_desktop/gui/main_window.py" line="316" />
            <source>Close PULSE Desktop</source>
            <translation>Funga PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="308" />
            <source>The model is still working. Stop it and close? The text written so far is kept.</source>
            <translation>Modeli bado inafanya kazi. Uisimamishe na kufunga? Maandishi yaliyoandikwa hadi sasa yanahifadhiwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="73" />
            <source>Settings</source>
            <translation>Mipangilio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="74" />
            <source>Some settings could not be used; the app uses the defaults for them.</source>
            <translation>Baadhi ya mipangilio haikuweza kutumika; programu inatumia chaguo-msingi badala yake.</translation>
        </message>
    </context>
    <context>
        <name>MeasurementPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="22" />
            <source>Measured from the digital recording</source>
            <translation>Vipimo kutoka kwenye rekodi ya kidijitali</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="45" />
            <source>not measured: %1</source>
            <translation>haikupimwa: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="47" />
            <source>Measured by PULSE Desktop (method %1); computer measurements, to be confirmed by a clinician.</source>
            <translation>Imepimwa na PULSE Desktop (mbinu %1); vipimo vya kompyuta, vinapaswa kuthibitishwa na mtaalamu wa afya.</translation>
        </message>
    </context>
    <context>
        <name>ModelsPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="62" />
            <source>Models</source>
            <translation>Modeli</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="70" />
            <source>The installed model bundles; the chosen one's details are shown below.</source>
            <translation>Vifurushi vya modeli vilivyosakinishwa; maelezo ya kilichochaguliwa yanaonyeshwa hapa chini.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="71" />
            <source>Model bundles</source>
            <translation>Vifurushi vya modeli</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Bundle</source>
            <translation>Kifurushi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Kind</source>
            <translation>Aina</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="114" />
            <source>Quantization</source>
            <translation>Ukadiriaji (quantization)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>Size</source>
            <translation>Ukubwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>State</source>
            <translation>Hali</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="93" />
            <source>Where the chosen bundle is, and how it was checked.</source>
            <translation>Mahali kifurushi kilichochaguliwa kilipo, na jinsi kilivyokaguliwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="94" />
            <source>Bundle details</source>
            <translation>Maelezo ya kifurushi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="97" />
            <source>Import a bundle folder…</source>
            <translation>Ingiza folda ya kifurushi…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="100" />
            <source>Copy a prepared bundle folder (with its manifest.json) onto this computer.</source>
            <translation>Nakili folda ya kifurushi iliyoandaliwa (pamoja na manifest.json yake) kwenye kompyuta hii.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="102" />
            <source>Convert downloaded PULSE-7B weights…</source>
            <translation>Badilisha uzito wa PULSE-7B uliopakuliwa…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="105" />
            <source>Make a bundle from the downloaded PULSE-7B checkpoint; this takes tens of minutes.</source>
            <translation>Tengeneza kifurushi kutoka kwenye checkpoint ya PULSE-7B iliyopakuliwa; huchukua makumi ya dakika.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="109" />
            <source>Q4_K_M (smallest, about 4.5 GB)</source>
            <translation>Q4_K_M (ndogo zaidi, takriban GB 4.5)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="110" />
            <source>Q5_K_M (about 5.2 GB)</source>
            <translation>Q5_K_M (takriban GB 5.2)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="111" />
            <source>Q8_0 (most faithful, about 7.5 GB)</source>
            <translation>Q8_0 (sahihi zaidi, takriban GB 7.5)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="113" />
            <source>How finely the converted language model keeps its weights.</source>
            <translation>Jinsi modeli ya lugha iliyobadilishwa inavyohifadhi uzito wake kwa usahihi.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="115" />
            <source>Use this bundle</source>
            <translation>Tumia kifurushi hiki</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="118" />
            <source>Read every ECG with the chosen bundle.</source>
            <translation>Soma kila ECG kwa kifurushi kilichochaguliwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="133" />
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="136" />
            <source>Stop the import or the conversion; nothing is installed.</source>
            <translation>Simamisha uingizaji au ubadilishaji; hakuna kinachosakinishwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="153" />
            <source>damaged: %1</source>
            <translation>kimeharibika: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="154" />
            <source>in use</source>
            <translation>kinatumika</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>ready</source>
            <translation>tayari</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>failed validation</source>
            <translation>kimeshindwa uthibitishaji</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="156" />
            <source>not a clinical model</source>
            <translation>si modeli ya kitabibu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="178" />
            <source>No model is installed yet. Set one up in Models before interpreting.</source>
            <translation>Bado hakuna modeli iliyosakinishwa. Sakinisha moja katika Modeli kabla ya kufasiri.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="180" />
            <source>No installed model can be used. Open Models to see why.</source>
            <translation>Hakuna modeli iliyosakinishwa inayoweza kutumika. Fungua Modeli uone sababu.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="187" />
            <source>NOT A CLINICAL MODEL (%1 bundle "%2")</source>
            <translation>SI MODELI YA KITABIBU (kifurushi cha %1 "%2")</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="192" />
            <source>The model bundles installed on this computer. The one in use reads every ECG; choose another here or in Settings.</source>
            <translation>Vifurushi vya modeli vilivyosakinishwa kwenye kompyuta hii. Kinachotumika ndicho kinasoma kila ECG; chagua kingine hapa au katika Mipangilio.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="195" />
            <source>&lt;b&gt;Welcome. PULSE Desktop needs its model before it can read ECGs.&lt;/b&gt;&lt;br&gt;The model (PULSE-7B) runs entirely on this computer; nothing is sent anywhere. Set it up once:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import a bundle folder&lt;/b&gt; if someone prepared one (for example on a USB stick): choose the folder that contains &lt;i&gt;manifest.json&lt;/i&gt;. This is the quickest way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Convert downloaded weights&lt;/b&gt; if you have the PULSE-7B checkpoint folder. Conversion takes a long time (tens of minutes) and needs about 30 GB of free memory and disk.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;b&gt;Karibu. PULSE Desktop inahitaji modeli yake kabla ya kusoma ECG.&lt;/b&gt;&lt;br&gt;Modeli (PULSE-7B) inafanya kazi kwenye kompyuta hii pekee; hakuna kinachotumwa popote. Iweke mara moja:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Ingiza folda ya kifurushi&lt;/b&gt; kama kuna mtu aliyeandaa (kwa mfano kwenye USB): chagua folda yenye &lt;i&gt;manifest.json&lt;/i&gt;. Hii ndiyo njia ya haraka zaidi.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Badilisha uzito uliopakuliwa&lt;/b&gt; kama una folda ya checkpoint ya PULSE-7B. Ubadilishaji huchukua muda mrefu (makumi ya dakika) na unahitaji takriban GB 30 za kumbukumbu na nafasi ya diski iliyo wazi.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="216" />
            <source>Not a clinical model: this %1 bundle exists for testing. Its answers are meaningless; never use them for a patient.</source>
            <translation>Si modeli ya kitabibu: kifurushi hiki cha %1 ni kwa majaribio tu. Majibu yake hayana maana; usiyatumie kamwe kwa mgonjwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="218" />
            <source>Folder</source>
            <translation>Folda</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Vision precision</source>
            <translation>Usahihi wa uoni</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Merge</source>
            <translation>Muungano</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Context</source>
            <translation>Muktadha</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Created</source>
            <translation>Kimeundwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>Validation</source>
            <translation>Uthibitishaji</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>passed</source>
            <translation>kimefaulu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>FAILED</source>
            <translation>KIMESHINDWA</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="226" />
            <source>Problem</source>
            <translation>Tatizo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="238" />
            <source>Choose the bundle folder</source>
            <translation>Chagua folda ya kifurushi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="240" />
            <source>Importing %1</source>
            <translation>Inaingiza %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="245" />
            <source>Choose the downloaded PULSE-7B checkpoint folder</source>
            <translation>Chagua folda ya checkpoint ya PULSE-7B iliyopakuliwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="248" />
            <source>Converting %1 (%2)</source>
            <translation>Inabadilisha %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="258" />
            <source>Installed %1.</source>
            <translation>%1 kimesakinishwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="260" />
            <source>Cancelled; nothing was installed.</source>
            <translation>Imeghairiwa; hakuna kilichosakinishwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="261" />
            <source>Failed: %1</source>
            <translation>Imeshindwa: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="287" />
            <source>Cancelling…</source>
            <translation>Inaghairi…</translation>
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
            <translation>kama tarehe ya kuzaliwa haijulikani</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Female</source>
            <translation>Mwanamke</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Male</source>
            <translation>Mwanaume</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Other</source>
            <translation>Nyingine</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="40" />
            <source>e.g. chest pain, pre-operative</source>
            <translation>k.m. maumivu ya kifua, kabla ya upasuaji</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="41" />
            <source>&amp;Name</source>
            <translation>&amp;Jina</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="42" />
            <source>Patient &amp;ID</source>
            <translation>&amp;Namba ya mgonjwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="43" />
            <source>Date of &amp;birth</source>
            <translation>Tarehe ya &amp;kuzaliwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="44" />
            <source>&amp;Age</source>
            <translation>Um&amp;ri</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="45" />
            <source>Se&amp;x</source>
            <translation>J&amp;insia</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="46" />
            <source>In&amp;dication</source>
            <translation>&amp;Sababu ya kipimo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="47" />
            <source>The patient's full name, as printed on the report.</source>
            <translation>Jina kamili la mgonjwa, kama linavyochapishwa kwenye ripoti.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="48" />
            <source>The hospital or clinic number of the patient.</source>
            <translation>Namba ya mgonjwa ya hospitali au kliniki.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="49" />
            <source>Year, month and day, as YYYY-MM-DD.</source>
            <translation>Mwaka, mwezi na siku, kwa muundo YYYY-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="50" />
            <source>In years; give it when the date of birth is unknown.</source>
            <translation>Kwa miaka; uandike wakati tarehe ya kuzaliwa haijulikani.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="51" />
            <source>The patient's sex, printed on the report.</source>
            <translation>Jinsia ya mgonjwa, inayochapishwa kwenye ripoti.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="52" />
            <source>Why the ECG was recorded, printed on the report.</source>
            <translation>Sababu ya kurekodi ECG, inayochapishwa kwenye ripoti.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="84" />
            <source>Write the date of birth as YYYY-MM-DD, or leave it empty and give the age.</source>
            <translation>Andika tarehe ya kuzaliwa kwa muundo YYYY-MM-DD (mwaka-mwezi-siku), au iache wazi na uandike umri.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="86" />
            <source>The date of birth is in the future.</source>
            <translation>Tarehe ya kuzaliwa iko katika siku zijazo.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="30" />
            <source>The camera's picture, with the paper's outline once it is found.</source>
            <translation>Picha ya kamera, pamoja na mpaka wa karatasi mara inapopatikana.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="31" />
            <source>Camera preview</source>
            <translation>Onyesho la kamera</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="44" />
            <source>Starting the camera…</source>
            <translation>Inawasha kamera…</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="23" />
            <source>Loading the model</source>
            <translation>Kupakia modeli</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="24" />
            <source>Preparing the image</source>
            <translation>Kuandaa picha</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="25" />
            <source>Reading the image (vision)</source>
            <translation>Kusoma picha (uoni)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="26" />
            <source>Passing the image to the language model</source>
            <translation>Kupeleka picha kwa modeli ya lugha</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="27" />
            <source>Writing the answer</source>
            <translation>Kuandika jibu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="68" />
            <source>Starting…</source>
            <translation>Inaanza…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="76" />
            <source>Stopped. The text written so far is kept and marked as incomplete.</source>
            <translation>Imesimamishwa. Maandishi yaliyoandikwa hadi sasa yamehifadhiwa na kuwekewa alama kuwa hayajakamilika.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="78" />
            <source>Stopped by an error.</source>
            <translation>Imesimamishwa na hitilafu.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="80" />
            <source>Finished.</source>
            <translation>Imekamilika.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="107" />
            <source>1 token written</source>
            <translation>Tokeni 1 imeandikwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="108" />
            <source>%1 tokens written</source>
            <translation>Tokeni %1 zimeandikwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="119" />
            <source>Writing…</source>
            <translation>Inaandika…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="128" />
            <source>Image part %1 of %2</source>
            <translation>Sehemu ya picha %1 kati ya %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="130" />
            <source>%1 of %2 tokens (%3%)</source>
            <translation>Tokeni %1 kati ya %2 (%3%)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="141" />
            <source> (about %1 tokens/s here)</source>
            <translation> (takriban tokeni %1 kwa sekunde hapa)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="142" />
            <source>%1: the answer appears below as it is written.</source>
            <translation>%1: jibu linaonekana hapa chini kadiri linavyoandikwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="146" />
            <source>%1. About %2 left before the answer starts (speeds measured on this computer).</source>
            <translation>%1. Zimebaki takriban %2 kabla jibu halijaanza (kasi zilizopimwa kwenye kompyuta hii).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="149" />
            <source>%1. About %2 left in this step.</source>
            <translation>%1. Zimebaki takriban %2 katika hatua hii.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="152" />
            <source>%1. Measuring the speed of this computer…</source>
            <translation>%1. Inapima kasi ya kompyuta hii…</translation>
        </message>
    </context>
    <context>
        <name>ReportFlow</name>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="46" />
            <source>Confirm the report</source>
            <translation>Thibitisha ripoti</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="47" />
            <source>Your name, as it will be printed on the report ("Confirmed by"):</source>
            <translation>Jina lako, kama litakavyochapishwa kwenye ripoti ("Imethibitishwa na"):</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="53" />
            <source>Report confirmed by %1.</source>
            <translation>Ripoti imethibitishwa na %1.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="63" />
            <source>the study could not be saved</source>
            <translation>uchunguzi haukuweza kuhifadhiwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="65" />
            <source>The report needs the study to be saved first (%1).</source>
            <translation>Ripoti inahitaji uchunguzi uhifadhiwe kwanza (%1).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="66" />
            <source>Check the data folder, then try again.</source>
            <translation>Kagua folda ya data, kisha ujaribu tena.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="75" />
            <source>Save the report as PDF</source>
            <translation>Hifadhi ripoti kama PDF</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="76" />
            <source>PDF files (*.pdf)</source>
            <translation>Faili za PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="87" />
            <source>Writing the PDF…</source>
            <translation>Inaandika PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="91" />
            <source>Saved %1</source>
            <translation>Imehifadhiwa %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="114" />
            <source>Preparing the pages…</source>
            <translation>Inaandaa kurasa…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="124" />
            <source>ECG report %1</source>
            <translation>Ripoti ya ECG %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="133" />
            <source>Sent %1 page(s) to the printer.</source>
            <translation>Kurasa %1 zimetumwa kwa printa.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="81" />
            <source>Strai&amp;ghtened</source>
            <translation>Ili&amp;yonyooshwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="83" />
            <source>Show the picture straightened and cut to the paper, as the model reads it.</source>
            <translation>Onyesha picha iliyonyooshwa na kukatwa hadi karatasi, kama modeli inavyoisoma.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="85" />
            <source>&amp;Original (drag the corners)</source>
            <translation>Ya &amp;asili (buruta pembe)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="87" />
            <source>Show the picture as opened, with four corner handles that mark the paper's outline.</source>
            <translation>Onyesha picha kama ilivyofunguliwa, ikiwa na vishikio vinne vya pembe vinavyoonyesha mpaka wa karatasi.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>Punguza (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out</source>
            <translation>Punguza</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in (Ctrl++)</source>
            <translation>Kuza (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in</source>
            <translation>Kuza</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit</source>
            <translation>Tosheleza</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window (Ctrl+0)</source>
            <translation>Tosheleza dirishani (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window</source>
            <translation>Tosheleza dirishani</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="109" />
            <source>The opened ECG. Ctrl++ and Ctrl+- zoom, Ctrl+0 fits it to the window, the arrow keys scroll. In the original view, keys 1 to 4 choose a corner of the paper and the arrow keys move it.</source>
            <translation>ECG iliyofunguliwa. Ctrl++ na Ctrl+- hukuza na kupunguza, Ctrl+0 huitosheleza dirishani, vitufe vya mishale husogeza. Katika mwonekano wa asili, vitufe 1 hadi 4 huchagua pembe ya karatasi na vitufe vya mishale huisogeza.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="111" />
            <source>ECG picture</source>
            <translation>Picha ya ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="125" />
            <source>Image quality</source>
            <translation>Ubora wa picha</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="128" />
            <source>Patient</source>
            <translation>Mgonjwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="133" />
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="138" />
            <source>Question to the model</source>
            <translation>Swali kwa modeli</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="137" />
            <source>What the model is asked about this ECG; Settings holds the default question.</source>
            <translation>Kinachoulizwa modeli kuhusu ECG hii; swali la kawaida liko kwenye Mipangilio.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="147" />
            <source>Choose another image</source>
            <translation>Chagua picha nyingine</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="149" />
            <source>Start again with another picture.</source>
            <translation>Anza upya kwa picha nyingine.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="150" />
            <source>Interpret (Ctrl+Enter)</source>
            <translation>Fasiri (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="154" />
            <source>Send the picture and the question to the model.</source>
            <translation>Tuma picha na swali kwa modeli.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Cannot be read: %1</source>
            <translation>Haisomeki: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Warning: %1</source>
            <translation>Onyo: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="175" />
            <source>Note: %1</source>
            <translation>Taarifa: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="192" />
            <source>Undo the turn</source>
            <translation>Tendua mzunguko</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="195" />
            <source>Show the picture the way it was opened.</source>
            <translation>Onyesha picha kama ilivyofunguliwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="197" />
            <source>Turn 90° clockwise</source>
            <translation>Zungusha 90° kisaa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="200" />
            <source>Turn the picture a quarter turn clockwise and read it again.</source>
            <translation>Zungusha picha robo mzunguko kwa mwelekeo wa saa na uisome tena.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="202" />
            <source>Page of the file:</source>
            <translation>Ukurasa wa faili:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="206" />
            <source>Which page of the PDF or multi-page picture to read.</source>
            <translation>Ukurasa wa PDF au wa picha yenye kurasa nyingi wa kusoma.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="218" />
            <source>Turned by %1° clockwise to be the right way up.</source>
            <translation>Imezungushwa %1° kisaa ili ikae sawasawa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="220" />
            <source>Turned by %1° clockwise so that the rows run across. Which way up is a guess: check it, and turn it twice more if it is upside down.</source>
            <translation>Imezungushwa %1° kisaa ili mistari ikae mlalo. Upande wa juu ni makisio: hakikisha, na uizungushe mara mbili zaidi ikiwa imepinduka juu chini.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="223" />
            <source>This page may be upside down (which way up could not be told): check it, and turn it twice if so.</source>
            <translation>Ukurasa huu huenda umepinduka juu chini (upande wa juu haukuweza kujulikana): hakikisha, na uuzungushe mara mbili ikiwa ndivyo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="270" />
            <source>Grid: %1 pixels per mm.</source>
            <translation>Gridi: pikseli %1 kwa mm.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="272" />
            <source>Drawn from the digital recording (3x4 page); the model reads this page as it is.</source>
            <translation>Imechorwa kutoka kwenye rekodi ya kidijitali (ukurasa wa 3x4); modeli inasoma ukurasa huu kama ulivyo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="274" />
            <source>Shown as opened (no straightening applied).</source>
            <translation>Inaonyeshwa kama ilivyofunguliwa (haijanyooshwa).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="298" />
            <source>No quality problems found.</source>
            <translation>Hakuna matatizo ya ubora yaliyopatikana.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="318" />
            <source>Accept and interpret anyway</source>
            <translation>Kubali na ufasiri hata hivyo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="319" />
            <source>The acceptance is recorded and printed on the report.</source>
            <translation>Ukubali huu unarekodiwa na kuchapishwa kwenye ripoti.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="320" />
            <source>Accept and interpret anyway: %1</source>
            <translation>Kubali na ufasiri hata hivyo: %1</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsTab</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="42" />
            <source>The address of the clinic's interpretation server.</source>
            <translation>Anwani ya seva ya ufasiri ya kliniki.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="46" />
            <source>The API key the server's administrator gave you.</source>
            <translation>Ufunguo wa API uliopewa na msimamizi wa seva.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="49" />
            <source>The certificate fingerprint printed when the server was started; the app refuses a server whose certificate differs.</source>
            <translation>Alama ya cheti iliyochapishwa seva ilipoanzishwa; programu inakataa seva ambayo cheti chake ni tofauti.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="53" />
            <source>This computer only</source>
            <translation>Kompyuta hii tu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="54" />
            <source>Use the server, fall back to this computer</source>
            <translation>Tumia seva, ikishindikana tumia kompyuta hii</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="55" />
            <source>Use the server only</source>
            <translation>Seva tu</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="57" />
            <source>Where the model reads the ECGs.</source>
            <translation>Mahali modeli inaposoma ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="58" />
            <source>Check the server</source>
            <translation>Kagua seva</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="61" />
            <source>Reach the server and say what it serves.</source>
            <translation>Fikia seva na useme inatoa modeli gani.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="65" />
            <source>Server address</source>
            <translation>Anwani ya seva</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="66" />
            <source>API key</source>
            <translation>Ufunguo wa API</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="67" />
            <source>Certificate fingerprint</source>
            <translation>Alama ya cheti</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="68" />
            <source>Interpret on</source>
            <translation>Fasiri kwenye</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="78" />
            <source>Checking…</source>
            <translation>Inakagua…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="46" />
            <source>Settings</source>
            <translation>Mipangilio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="58" />
            <source>e.g. District Hospital, Cardiology</source>
            <translation>k.m. Hospitali ya Wilaya, Kitengo cha Moyo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="64" />
            <source>Browse…</source>
            <translation>Vinjari…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="75" />
            <source>Facility name (report header)</source>
            <translation>Jina la kituo cha afya (kichwa cha ripoti)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="63" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="76" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="191" />
            <source>Facility logo</source>
            <translation>Nembo ya kituo cha afya</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="59" />
            <source>Printed at the top of every report.</source>
            <translation>Huchapishwa juu ya kila ripoti.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="62" />
            <source>A PNG or JPEG picture printed beside the facility's name.</source>
            <translation>Picha ya PNG au JPEG inayochapishwa kando ya jina la kituo cha afya.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="66" />
            <source>Choose the logo picture.</source>
            <translation>Chagua picha ya nembo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="74" />
            <source>The paper size of the PDF and of the printout.</source>
            <translation>Ukubwa wa karatasi wa PDF na wa chapa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="77" />
            <source>Paper size</source>
            <translation>Ukubwa wa karatasi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="78" />
            <source>Report</source>
            <translation>Ripoti</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="84" />
            <source>Asked about every ECG, unless changed on the review page.</source>
            <translation>Huulizwa kwa kila ECG, isipokuwa likibadilishwa kwenye ukurasa wa kukagua.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="87" />
            <source>Automatic (first clinical bundle)</source>
            <translation>Kiotomatiki (kifurushi cha kwanza cha kitabibu)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="96" />
            <source>Which installed model reads the ECGs.</source>
            <translation>Modeli iliyosakinishwa inayosoma ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="100" />
            <source>Automatic (from free GPU memory)</source>
            <translation>Kiotomatiki (kulingana na kumbukumbu ya GPU iliyo wazi)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="102" />
            <source>Layers of the language model placed on the GPU; 0 = CPU only.</source>
            <translation>Tabaka za modeli ya lugha zinazowekwa kwenye GPU; 0 = CPU pekee.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="106" />
            <source>Automatic</source>
            <translation>Kiotomatiki</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="108" />
            <source>How many processor threads the model uses.</source>
            <translation>Idadi ya nyuzi za prosesa ambazo modeli inatumia.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="109" />
            <source>Default question</source>
            <translation>Swali la msingi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="110" />
            <source>Model bundle</source>
            <translation>Kifurushi cha modeli</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="111" />
            <source>GPU layers</source>
            <translation>Tabaka za GPU</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="112" />
            <source>Start reading the ECG as soon as it is opened</source>
            <translation>Anza kusoma ECG mara tu inapofunguliwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="116" />
            <source>While you check the picture and enter the patient's details, the model is loaded and reads the image, so that the answer starts sooner after Interpret. It uses the processor (and the model's memory) meanwhile; nothing is shown or saved until you press Interpret.</source>
            <translation>Wakati unakagua picha na kuingiza taarifa za mgonjwa, modeli inapakiwa na kusoma picha, ili jibu lianze mapema zaidi baada ya Fasiri. Kwa wakati huo inatumia prosesa (na kumbukumbu ya modeli); hakuna kinachoonyeshwa wala kuhifadhiwa hadi ubonyeze Fasiri.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="119" />
            <source>CPU threads</source>
            <translation>Nyuzi za CPU</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="121" />
            <source>Interpretation</source>
            <translation>Ufasiri</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="124" />
            <source>Interpretation server</source>
            <translation>Seva ya ufasiri</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="132" />
            <source>The camera that opens first: 0 is the computer's first camera.</source>
            <translation>Kamera inayofunguka kwanza: 0 ni kamera ya kwanza ya kompyuta.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="133" />
            <source>Capture automatically when the paper is found, sharp and still</source>
            <translation>Piga picha kiotomatiki karatasi inapopatikana, ikiwa wazi na imetulia</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="136" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>La sivyo, bonyeza Space kupiga picha.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="137" />
            <source>Camera number</source>
            <translation>Namba ya kamera</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="139" />
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="145" />
            <source>System language</source>
            <translation>Lugha ya mfumo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="154" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="156" />
            <source>Language</source>
            <translation>Lugha</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="153" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="155" />
            <source>A new language takes effect when the app is started again.</source>
            <translation>Lugha mpya itatumika programu itakapoanzishwa tena.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="158" />
            <source>Display</source>
            <translation>Mwonekano</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="173" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="175" />
            <source>How large the window's text is, compared with the system's; 200% doubles it.</source>
            <translation>Ukubwa wa maandishi ya dirisha ukilinganisha na ya mfumo; 200% huyaongeza mara mbili.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>As the system asks</source>
            <translation>Kama mfumo unavyotaka</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>High contrast</source>
            <translation>Utofauti mkubwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="180" />
            <source>Normal contrast</source>
            <translation>Utofauti wa kawaida</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="183" />
            <source>High contrast shows white text on black, with strong colours for warnings.</source>
            <translation>Utofauti mkubwa huonyesha maandishi meupe juu ya rangi nyeusi, na rangi kali kwa maonyo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="185" />
            <source>Text size</source>
            <translation>Ukubwa wa maandishi</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="186" />
            <source>Contrast</source>
            <translation>Utofauti</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="187" />
            <source>Text size and contrast take effect when the app is started again.</source>
            <translation>Ukubwa wa maandishi na utofauti hutumika programu ikianzishwa tena.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="192" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Picha (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="23" />
            <source>New study</source>
            <translation>Uchunguzi mpya</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="26" />
            <source>Photograph the printed ECG, or open a scan, a picture or a PDF from the cart.</source>
            <translation>Piga picha ECG iliyochapishwa, au fungua skani, picha au PDF kutoka kwenye mashine ya ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="38" />
            <source>Set up the model…</source>
            <translation>Weka modeli…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="40" />
            <source>Opens Models, where the model is imported or converted.</source>
            <translation>Hufungua Modeli, ambapo modeli huingizwa au kubadilishwa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="45" />
            <source>Capture with camera
Ctrl+K</source>
            <translation>Piga picha kwa kamera
Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="48" />
            <source>Photograph the printed ECG with the camera.</source>
            <translation>Piga picha ya ECG iliyochapishwa kwa kamera.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="49" />
            <source>Open file…
Ctrl+O</source>
            <translation>Fungua faili…
Ctrl+O</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="52" />
            <source>Open a scan, a photo, a PDF or a digital ECG recording.</source>
            <translation>Fungua skani, picha, PDF au rekodi ya ECG ya kidijitali.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="53" />
            <source>Paste image
Ctrl+V</source>
            <translation>Bandika picha
Ctrl+V</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="56" />
            <source>Use an ECG image copied to the clipboard.</source>
            <translation>Tumia picha ya ECG iliyonakiliwa kwenye ubao wa kunakili.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="59" />
            <source>…or drop an image or PDF file anywhere on this window.</source>
            <translation>…au dondosha picha au faili ya PDF mahali popote kwenye dirisha hili.</translation>
        </message>
    </context>
    <context>
        <name>StepBar</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>1  Image</source>
            <translation>1  Picha</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>2  Check and patient</source>
            <translation>2  Ukaguzi na mgonjwa</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>3  Interpret</source>
            <translation>3  Ufasiri</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>4  Confirm</source>
            <translation>4  Uthibitisho</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>5  Save or print</source>
            <translation>5  Hifadhi au chapisha</translation>
        </message>
    </context>
    <context>
        <name>StudyController</name>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="231" />
            <source>Open or capture an ECG first.</source>
            <translation>Kwanza fungua au piga picha ya ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="232" />
            <source>The image cannot be interpreted: see the findings above.</source>
            <translation>Picha haiwezi kufasiriwa: angalia matokeo yaliyo juu.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="233" />
            <source>Accept the quality warnings (or take a better picture) to continue.</source>
            <translation>Kubali maonyo ya ubora (au piga picha bora zaidi) ili kuendelea.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="234" />
            <source>The model is busy.</source>
            <translation>Modeli ina shughuli.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="252" />
            <source>Retake the picture following the hints.</source>
            <translation>Piga picha tena ukifuata maelekezo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="235" />
            <source>Follow-up questions need this study's interpretation in memory.</source>
            <translation>Maswali ya ziada yanahitaji ufasiri wa uchunguzi huu uwe kwenye kumbukumbu.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="265" />
            <source>Interpret the ECG again to ask more questions.</source>
            <translation>Fasiri ECG tena ili kuuliza maswali zaidi.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="319" />
            <source>The model has read the picture: the interpretation will start sooner.</source>
            <translation>Modeli imeshasoma picha: ufasiri utaanza mapema zaidi.</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Sawa</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Funga</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Hifadhi</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Usihifadhi</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tekeleza</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Weka upya</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Msaada</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ndiyo</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Hapana</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Rejesha chaguo-msingi</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Acha</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Jaribu tena</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Puuza</translation>
        </message>
    </context>
</TS>
