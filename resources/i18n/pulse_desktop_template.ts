<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="49"/>
        <source>&amp;New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="50"/>
        <source>&amp;Open image or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="51"/>
        <source>&amp;Capture with camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="52"/>
        <source>&amp;Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="53"/>
        <source>&amp;Interpret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="55"/>
        <source>&amp;Cancel interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="56"/>
        <source>Ask a &amp;follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="58"/>
        <source>C&amp;onfirm report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="59"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="60"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="61"/>
        <source>Study &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="62"/>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="63"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="65"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="66"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="68"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="70"/>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="71"/>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="73"/>
        <source>&amp;About PULSE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="84"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="85"/>
        <source>&amp;Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="86"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="87"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="88"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="94"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="127"/>
        <source>About PULSE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/actions.py" line="128"/>
        <source>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;An offline ECG reader running PULSE-7B on this computer.&lt;br&gt;&lt;br&gt;Interpretations are computer-generated and unconfirmed until a qualified clinician confirms them.&lt;br&gt;&lt;br&gt;Python %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="76"/>
        <source>This computer ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="77"/>
        <source>Close other programs, or choose a smaller model bundle in Models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="163"/>
        <source>PULSE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/prompts.py" line="41"/>
        <source>Press Enter to accept, or Escape to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/prompts.py" line="73"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="25"/>
        <source>reachable in %1 ms; serves %2; %3 slot(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="26"/>
        <source>an unnamed model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="28"/>
        <source>Its manifest sha256 equals the installed bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="29"/>
        <source>No installed bundle has its manifest sha256: install the same bundle here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BugReportDialog</name>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="125"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="127"/>
        <source>PULSE Desktop hit an unexpected problem and stopped this task. Your saved studies are safe. Please send the details below to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="135"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="136"/>
        <source>The text to send to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="139"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/errors.py" line="141"/>
        <source>Put the details on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="82"/>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="87"/>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="89"/>
        <source>Which camera to use, when the computer has more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="92"/>
        <source>Capture automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="95"/>
        <source>Otherwise press Space to take the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="102"/>
        <source>Hold the printed ECG flat, fill the frame with it, and keep still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="107"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="108"/>
        <source>Stop the camera and go back to New study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="110"/>
        <source>Capture (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="113"/>
        <source>Take the picture now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="158"/>
        <source>Paper found. Hold still… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="159"/>
        <source>Looking for the ECG paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="164"/>
        <source>camera capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="29"/>
        <source>Clinician&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="32"/>
        <source>Edit the interpretation here if needed. The model&apos;s original words stay on the left and are printed with your changes marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="39"/>
        <source>The interpretation appears here for editing once the model has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="53"/>
        <source>Use the model&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="55"/>
        <source>Replace your changes with the model&apos;s original text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="56"/>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="59"/>
        <source>Confirm the report under your name; it can no longer be edited afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="66"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="69"/>
        <source>Save the report as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="70"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="73"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="90"/>
        <source>Edited by the clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="97"/>
        <source>Confirmed by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="101"/>
        <source>UNCONFIRMED: computer-generated interpretation, to be reviewed by a qualified clinician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="20"/>
        <source>The interpretation appears here as the model writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62"/>
        <source>Follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="64"/>
        <source>Incomplete: stopped before the model finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="49"/>
        <source>Study history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="53"/>
        <source>Search by patient name or ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="56"/>
        <source>Lists the studies whose patient name or ID holds this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="57"/>
        <source>Search by patient name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="59"/>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="61"/>
        <source>List only the studies made between the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="66"/>
        <source>The first day listed, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="66"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="67"/>
        <source>The last day listed, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="67"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="75"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="80"/>
        <source>One row per saved study, newest first; Enter reopens the chosen one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="81"/>
        <source>Saved studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="82"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="82"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="82"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="83"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="83"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="101"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="104"/>
        <source>Open the chosen study to read, edit or confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="105"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="108"/>
        <source>Print the chosen study&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="109"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="113"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="116"/>
        <source>Delete the chosen study, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="134"/>
        <source>The study history cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="135"/>
        <source>1 study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="136"/>
        <source>%1 studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="139"/>
        <source>confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="140"/>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="140"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="141"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="160"/>
        <source>Reopen a study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="112"/>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="173"/>
        <source>Export the study to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="176"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="178"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="184"/>
        <source>this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="185"/>
        <source>Delete study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="186"/>
        <source>Delete the study of %1 from %2, with its images and report? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/image_canvas.py" line="47"/>
        <source>Drag to the corner of the ECG paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterpretPage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47"/>
        <source>The picture the model reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47"/>
        <source>ECG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="61"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="64"/>
        <source>Stop the model; the text written so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="65"/>
        <source>Interpret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="68"/>
        <source>Ask the model again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="73"/>
        <source>The model&apos;s words (verbatim, never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="77"/>
        <source>The model&apos;s answer and the follow-up answers, as written; read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="83"/>
        <source>Ask a follow-up question about this ECG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="85"/>
        <source>Type a question about this ECG and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="86"/>
        <source>Follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="87"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="90"/>
        <source>Ask the model the follow-up question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="122"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="124"/>
        <source>No patient details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="42"/>
        <location filename="../../pulse_desktop/gui/main_window.py" line="208"/>
        <source>PULSE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="223"/>
        <source>Cancel the running interpretation first (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="225"/>
        <source>Start a new study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="231"/>
        <source>Open an ECG image or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="232"/>
        <source>ECG images and PDFs (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Digital ECG recordings (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="241"/>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="242"/>
        <source>The clipboard holds no image. Copy an ECG image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="274"/>
        <source>Wait for the interpretation to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="276"/>
        <source>dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="297"/>
        <source>This study has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="307"/>
        <location filename="../../pulse_desktop/gui/main_window.py" line="316"/>
        <source>Close PULSE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="308"/>
        <source>The model is still working. Stop it and close? The text written so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/app.py" line="73"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/app.py" line="74"/>
        <source>Some settings could not be used; the app uses the defaults for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="22"/>
        <source>Measured from the digital recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="45"/>
        <source>not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="47"/>
        <source>Measured by PULSE Desktop (method %1); computer measurements, to be confirmed by a clinician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="62"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="70"/>
        <source>The installed model bundles; the chosen one&apos;s details are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="71"/>
        <source>Model bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="72"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="72"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="72"/>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="114"/>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="73"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="73"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="93"/>
        <source>Where the chosen bundle is, and how it was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="94"/>
        <source>Bundle details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="97"/>
        <source>Import a bundle folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="100"/>
        <source>Copy a prepared bundle folder (with its manifest.json) onto this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="102"/>
        <source>Convert downloaded PULSE-7B weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="105"/>
        <source>Make a bundle from the downloaded PULSE-7B checkpoint; this takes tens of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="109"/>
        <source>Q4_K_M (smallest, about 4.5 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="110"/>
        <source>Q5_K_M (about 5.2 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="111"/>
        <source>Q8_0 (most faithful, about 7.5 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="113"/>
        <source>How finely the converted language model keeps its weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="115"/>
        <source>Use this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="118"/>
        <source>Read every ECG with the chosen bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="136"/>
        <source>Stop the import or the conversion; nothing is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="153"/>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="154"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="155"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="155"/>
        <source>failed validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="156"/>
        <source>not a clinical model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="178"/>
        <source>No model is installed yet. Set one up in Models before interpreting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="180"/>
        <source>No installed model can be used. Open Models to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="187"/>
        <source>NOT A CLINICAL MODEL (%1 bundle &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="192"/>
        <source>The model bundles installed on this computer. The one in use reads every ECG; choose another here or in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="195"/>
        <source>&lt;b&gt;Welcome. PULSE Desktop needs its model before it can read ECGs.&lt;/b&gt;&lt;br&gt;The model (PULSE-7B) runs entirely on this computer; nothing is sent anywhere. Set it up once:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import a bundle folder&lt;/b&gt; if someone prepared one (for example on a USB stick): choose the folder that contains &lt;i&gt;manifest.json&lt;/i&gt;. This is the quickest way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Convert downloaded weights&lt;/b&gt; if you have the PULSE-7B checkpoint folder. Conversion takes a long time (tens of minutes) and needs about 30 GB of free memory and disk.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="216"/>
        <source>Not a clinical model: this %1 bundle exists for testing. Its answers are meaningless; never use them for a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="218"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="221"/>
        <source>Vision precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="221"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="222"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="222"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="223"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="223"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="223"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="226"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="238"/>
        <source>Choose the bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="240"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="245"/>
        <source>Choose the downloaded PULSE-7B checkpoint folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="248"/>
        <source>Converting %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="258"/>
        <source>Installed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="260"/>
        <source>Cancelled; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="261"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="287"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="30"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="33"/>
        <source>if the date of birth is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="40"/>
        <source>e.g. chest pain, pre-operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="41"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="42"/>
        <source>Patient &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="43"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="44"/>
        <source>&amp;Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="45"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="46"/>
        <source>In&amp;dication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="47"/>
        <source>The patient&apos;s full name, as printed on the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="48"/>
        <source>The hospital or clinic number of the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="49"/>
        <source>Year, month and day, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="50"/>
        <source>In years; give it when the date of birth is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="51"/>
        <source>The patient&apos;s sex, printed on the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="52"/>
        <source>Why the ECG was recorded, printed on the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="84"/>
        <source>Write the date of birth as YYYY-MM-DD, or leave it empty and give the age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="86"/>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="30"/>
        <source>The camera&apos;s picture, with the paper&apos;s outline once it is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="31"/>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="44"/>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="23"/>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="24"/>
        <source>Preparing the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="25"/>
        <source>Reading the image (vision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="26"/>
        <source>Passing the image to the language model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="27"/>
        <source>Writing the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="68"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="76"/>
        <source>Stopped. The text written so far is kept and marked as incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="78"/>
        <source>Stopped by an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="80"/>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="107"/>
        <source>1 token written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="108"/>
        <source>%1 tokens written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="119"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="128"/>
        <source>Image part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="130"/>
        <source>%1 of %2 tokens (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="141"/>
        <source> (about %1 tokens/s here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="142"/>
        <source>%1: the answer appears below as it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="146"/>
        <source>%1. About %2 left before the answer starts (speeds measured on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="149"/>
        <source>%1. About %2 left in this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="152"/>
        <source>%1. Measuring the speed of this computer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="46"/>
        <source>Confirm the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="47"/>
        <source>Your name, as it will be printed on the report (&quot;Confirmed by&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="53"/>
        <source>Report confirmed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="63"/>
        <source>the study could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="65"/>
        <source>The report needs the study to be saved first (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="66"/>
        <source>Check the data folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="75"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="76"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="87"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="91"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="114"/>
        <source>Preparing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="124"/>
        <source>ECG report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/report_flow.py" line="133"/>
        <source>Sent %1 page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="81"/>
        <source>Strai&amp;ghtened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="83"/>
        <source>Show the picture straightened and cut to the paper, as the model reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="85"/>
        <source>&amp;Original (drag the corners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="87"/>
        <source>Show the picture as opened, with four corner handles that mark the paper&apos;s outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="98"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="98"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="99"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="99"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="100"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="100"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="100"/>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="109"/>
        <source>The opened ECG. Ctrl++ and Ctrl+- zoom, Ctrl+0 fits it to the window, the arrow keys scroll. In the original view, keys 1 to 4 choose a corner of the paper and the arrow keys move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="111"/>
        <source>ECG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="125"/>
        <source>Image quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="128"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="133"/>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="138"/>
        <source>Question to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="137"/>
        <source>What the model is asked about this ECG; Settings holds the default question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="147"/>
        <source>Choose another image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="149"/>
        <source>Start again with another picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="150"/>
        <source>Interpret (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="154"/>
        <source>Send the picture and the question to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="174"/>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="174"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="175"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="192"/>
        <source>Undo the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="195"/>
        <source>Show the picture the way it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="197"/>
        <source>Turn 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="200"/>
        <source>Turn the picture a quarter turn clockwise and read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="202"/>
        <source>Page of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="206"/>
        <source>Which page of the PDF or multi-page picture to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="218"/>
        <source>Turned by %1° clockwise to be the right way up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="220"/>
        <source>Turned by %1° clockwise so that the rows run across. Which way up is a guess: check it, and turn it twice more if it is upside down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="223"/>
        <source>This page may be upside down (which way up could not be told): check it, and turn it twice if so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="270"/>
        <source>Grid: %1 pixels per mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="272"/>
        <source>Drawn from the digital recording (3x4 page); the model reads this page as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="274"/>
        <source>Shown as opened (no straightening applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="298"/>
        <source>No quality problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="318"/>
        <source>Accept and interpret anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="319"/>
        <source>The acceptance is recorded and printed on the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="320"/>
        <source>Accept and interpret anyway: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettingsTab</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="42"/>
        <source>The address of the clinic&apos;s interpretation server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="46"/>
        <source>The API key the server&apos;s administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="49"/>
        <source>The certificate fingerprint printed when the server was started; the app refuses a server whose certificate differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="53"/>
        <source>This computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="54"/>
        <source>Use the server, fall back to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="55"/>
        <source>Use the server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="57"/>
        <source>Where the model reads the ECGs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="58"/>
        <source>Check the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="61"/>
        <source>Reach the server and say what it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="65"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="66"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="67"/>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="68"/>
        <source>Interpret on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/server_settings.py" line="78"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="58"/>
        <source>e.g. District Hospital, Cardiology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="64"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="75"/>
        <source>Facility name (report header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="63"/>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="76"/>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="191"/>
        <source>Facility logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="59"/>
        <source>Printed at the top of every report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="62"/>
        <source>A PNG or JPEG picture printed beside the facility&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="66"/>
        <source>Choose the logo picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="74"/>
        <source>The paper size of the PDF and of the printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="77"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="78"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="84"/>
        <source>Asked about every ECG, unless changed on the review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="87"/>
        <source>Automatic (first clinical bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="96"/>
        <source>Which installed model reads the ECGs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="100"/>
        <source>Automatic (from free GPU memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="102"/>
        <source>Layers of the language model placed on the GPU; 0 = CPU only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="106"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="108"/>
        <source>How many processor threads the model uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="109"/>
        <source>Default question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="110"/>
        <source>Model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="111"/>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="112"/>
        <source>Start reading the ECG as soon as it is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="116"/>
        <source>While you check the picture and enter the patient&apos;s details, the model is loaded and reads the image, so that the answer starts sooner after Interpret. It uses the processor (and the model&apos;s memory) meanwhile; nothing is shown or saved until you press Interpret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="119"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="121"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="124"/>
        <source>Interpretation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="132"/>
        <source>The camera that opens first: 0 is the computer&apos;s first camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="133"/>
        <source>Capture automatically when the paper is found, sharp and still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="136"/>
        <source>Otherwise press Space to take the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="137"/>
        <source>Camera number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="139"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="145"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="154"/>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="156"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="153"/>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="155"/>
        <source>A new language takes effect when the app is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="158"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="173"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="175"/>
        <source>How large the window&apos;s text is, compared with the system&apos;s; 200% doubles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179"/>
        <source>As the system asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="180"/>
        <source>Normal contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="183"/>
        <source>High contrast shows white text on black, with strong colours for warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="185"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="186"/>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="187"/>
        <source>Text size and contrast take effect when the app is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="192"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="23"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="26"/>
        <source>Photograph the printed ECG, or open a scan, a picture or a PDF from the cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="38"/>
        <source>Set up the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="40"/>
        <source>Opens Models, where the model is imported or converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="45"/>
        <source>Capture with camera
Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="48"/>
        <source>Photograph the printed ECG with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="49"/>
        <source>Open file…
Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="52"/>
        <source>Open a scan, a photo, a PDF or a digital ECG recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="53"/>
        <source>Paste image
Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="56"/>
        <source>Use an ECG image copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="59"/>
        <source>…or drop an image or PDF file anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19"/>
        <source>1  Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19"/>
        <source>2  Check and patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19"/>
        <source>3  Interpret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20"/>
        <source>4  Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20"/>
        <source>5  Save or print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="231"/>
        <source>Open or capture an ECG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="232"/>
        <source>The image cannot be interpreted: see the findings above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="233"/>
        <source>Accept the quality warnings (or take a better picture) to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="234"/>
        <source>The model is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="252"/>
        <source>Retake the picture following the hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="235"/>
        <source>Follow-up questions need this study&apos;s interpretation in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="265"/>
        <source>Interpret the ECG again to ask more questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="319"/>
        <source>The model has read the picture: the interpretation will start sooner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
