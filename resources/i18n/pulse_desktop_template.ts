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
        <location filename="../../pulse_desktop/gui/errors.py" line="159"/>
        <source>PULSE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/prompts.py" line="55"/>
        <source>Print the report</source>
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
        <location filename="../../pulse_desktop/gui/errors.py" line="136"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="79"/>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="83"/>
        <source>Camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="86"/>
        <source>Capture automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="95"/>
        <source>Hold the printed ECG flat, fill the frame with it, and keep still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="100"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="102"/>
        <source>Capture (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="149"/>
        <source>Paper found. Hold still… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="150"/>
        <source>Looking for the ECG paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="155"/>
        <source>camera capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="27"/>
        <source>Clinician&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="29"/>
        <source>Edit the interpretation here if needed. The model&apos;s original words stay on the left and are printed with your changes marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="35"/>
        <source>The interpretation appears here for editing once the model has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="47"/>
        <source>Use the model&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="49"/>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="57"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="60"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="79"/>
        <source>Edited by the clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="86"/>
        <source>Confirmed by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="90"/>
        <source>UNCONFIRMED: computer-generated interpretation, to be reviewed by a qualified clinician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="18"/>
        <source>The interpretation appears here as the model writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="60"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="60"/>
        <source>Follow-up question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62"/>
        <source>Incomplete: stopped before the model finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="48"/>
        <source>Study history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="52"/>
        <source>Search by patient name or ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="56"/>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="67"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="72"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="72"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="72"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="73"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="91"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="94"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="97"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="100"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="120"/>
        <source>The study history cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="121"/>
        <source>1 study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="122"/>
        <source>%1 studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="125"/>
        <source>confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="126"/>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="126"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="127"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="146"/>
        <source>Reopen a study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="159"/>
        <source>Export the study to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="162"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="164"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="170"/>
        <source>this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="171"/>
        <source>Delete study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/history_page.py" line="172"/>
        <source>Delete the study of %1 from %2, with its images and report? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/image_canvas.py" line="41"/>
        <source>Drag to the corner of the ECG paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterpretPage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="55"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="58"/>
        <source>Interpret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="65"/>
        <source>The model&apos;s words (verbatim, never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="72"/>
        <source>Ask a follow-up question about this ECG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="74"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="103"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="105"/>
        <source>No patient details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="42"/>
        <location filename="../../pulse_desktop/gui/main_window.py" line="159"/>
        <source>PULSE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="174"/>
        <source>Cancel the running interpretation first (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="176"/>
        <source>Start a new study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="182"/>
        <source>Open an ECG image or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="183"/>
        <source>ECG images and PDFs (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Digital ECG recordings (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF) (*.hea *.xml *.dcm *.edf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="192"/>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="193"/>
        <source>The clipboard holds no image. Copy an ECG image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="225"/>
        <source>Wait for the interpretation to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="227"/>
        <source>dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="248"/>
        <source>This study has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="258"/>
        <location filename="../../pulse_desktop/gui/main_window.py" line="267"/>
        <source>Close PULSE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/main_window.py" line="259"/>
        <source>The model is still working. Stop it and close? The text written so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/app.py" line="57"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/app.py" line="58"/>
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
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="61"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="69"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="69"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="69"/>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="70"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="70"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="91"/>
        <source>Import a bundle folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="94"/>
        <source>Convert downloaded PULSE-7B weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="99"/>
        <source>Q4_K_M (smallest, about 4.5 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="100"/>
        <source>Q5_K_M (about 5.2 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="101"/>
        <source>Q8_0 (most faithful, about 7.5 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="103"/>
        <source>How finely the converted language model keeps its weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="104"/>
        <source>Use this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="121"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="140"/>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="141"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="142"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="142"/>
        <source>failed validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="143"/>
        <source>not a clinical model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="165"/>
        <source>No model is installed yet. Set one up in Models before interpreting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="167"/>
        <source>No installed model can be used. Open Models to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="174"/>
        <source>NOT A CLINICAL MODEL (%1 bundle &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="179"/>
        <source>The model bundles installed on this computer. The one in use reads every ECG; choose another here or in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="182"/>
        <source>&lt;b&gt;Welcome. PULSE Desktop needs its model before it can read ECGs.&lt;/b&gt;&lt;br&gt;The model (PULSE-7B) runs entirely on this computer; nothing is sent anywhere. Set it up once:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import a bundle folder&lt;/b&gt; if someone prepared one (for example on a USB stick): choose the folder that contains &lt;i&gt;manifest.json&lt;/i&gt;. This is the quickest way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Convert downloaded weights&lt;/b&gt; if you have the PULSE-7B checkpoint folder. Conversion takes a long time (tens of minutes) and needs about 30 GB of free memory and disk.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="203"/>
        <source>Not a clinical model: this %1 bundle exists for testing. Its answers are meaningless; never use them for a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="205"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="208"/>
        <source>Vision precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="208"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="209"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="209"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="210"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="210"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="210"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="213"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="225"/>
        <source>Choose the bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="227"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="232"/>
        <source>Choose the downloaded PULSE-7B checkpoint folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="235"/>
        <source>Converting %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="245"/>
        <source>Installed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="247"/>
        <source>Cancelled; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="248"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/models_page.py" line="274"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="29"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="32"/>
        <source>if the date of birth is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="35"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="35"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="35"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="39"/>
        <source>e.g. chest pain, pre-operative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="40"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="41"/>
        <source>Patient &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="42"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="43"/>
        <source>&amp;Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="44"/>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="45"/>
        <source>I&amp;ndication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="77"/>
        <source>Write the date of birth as YYYY-MM-DD, or leave it empty and give the age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/patient_form.py" line="79"/>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/capture_page.py" line="41"/>
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
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="54"/>
        <source>&amp;Straightened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="56"/>
        <source>&amp;Original (drag the corners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="66"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="67"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="68"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="68"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="88"/>
        <source>Image quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="91"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="96"/>
        <source>Question to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="108"/>
        <source>Choose another image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="110"/>
        <source>Interpret (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="161"/>
        <source>Grid: %1 pixels per mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="163"/>
        <source>Drawn from the digital recording (3x4 page); the model reads this page as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="165"/>
        <source>Shown as opened (no straightening applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="187"/>
        <source>No quality problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="200"/>
        <source>Accept and interpret anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/review_page.py" line="201"/>
        <source>The acceptance is recorded and printed on the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="53"/>
        <source>e.g. District Hospital, Cardiology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="56"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="65"/>
        <source>Facility name (report header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="66"/>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="146"/>
        <source>Facility logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="67"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="68"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="76"/>
        <source>Automatic (first clinical bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="88"/>
        <source>Automatic (from free GPU memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="90"/>
        <source>Layers of the language model placed on the GPU; 0 = CPU only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="94"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="96"/>
        <source>Default question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="97"/>
        <source>Model bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="98"/>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="99"/>
        <source>Start reading the ECG as soon as it is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="103"/>
        <source>While you check the picture and enter the patient&apos;s details, the model is loaded and reads the image, so that the answer starts sooner after Interpret. It uses the processor (and the model&apos;s memory) meanwhile; nothing is shown or saved until you press Interpret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="106"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="108"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="116"/>
        <source>Capture automatically when the paper is found, sharp and still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="119"/>
        <source>Camera number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="121"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="127"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="135"/>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="137"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="136"/>
        <source>A new language takes effect when the app is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="147"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="20"/>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="23"/>
        <source>Photograph the printed ECG, or open a scan, a picture or a PDF from the cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="35"/>
        <source>Set up the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="41"/>
        <source>Capture with camera
Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="44"/>
        <source>Open file…
Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="47"/>
        <source>Paste image
Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/start_page.py" line="52"/>
        <source>…or drop an image or PDF file anywhere on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="18"/>
        <source>1  Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="18"/>
        <source>2  Check and patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="18"/>
        <source>3  Interpret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19"/>
        <source>4  Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19"/>
        <source>5  Save or print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="196"/>
        <source>Open or capture an ECG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="197"/>
        <source>The image cannot be interpreted: see the findings above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="198"/>
        <source>Accept the quality warnings (or take a better picture) to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="199"/>
        <source>The model is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="217"/>
        <source>Retake the picture following the hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="200"/>
        <source>Follow-up questions need this study&apos;s interpretation in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="230"/>
        <source>Interpret the ECG again to ask more questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pulse_desktop/gui/study_controller.py" line="284"/>
        <source>The model has read the picture: the interpretation will start sooner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
