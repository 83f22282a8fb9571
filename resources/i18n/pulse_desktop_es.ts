<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="49" />
            <source>&amp;New study</source>
            <translation>&amp;Nuevo estudio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="50" />
            <source>&amp;Open image or PDF…</source>
            <translation>&amp;Abrir imagen o PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="51" />
            <source>&amp;Capture with camera…</source>
            <translation>&amp;Capturar con la cámara…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="52" />
            <source>&amp;Paste image</source>
            <translation>&amp;Pegar imagen</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="53" />
            <source>&amp;Interpret</source>
            <translation>&amp;Interpretar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="55" />
            <source>&amp;Cancel interpretation</source>
            <translation>&amp;Cancelar la interpretación</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="56" />
            <source>Ask a &amp;follow-up question</source>
            <translation>Hacer una pregunta &amp;adicional</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="58" />
            <source>C&amp;onfirm report…</source>
            <translation>C&amp;onfirmar el informe…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="59" />
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="60" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="61" />
            <source>Study &amp;history</source>
            <translation>&amp;Historial de estudios</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="62" />
            <source>&amp;Models</source>
            <translation>&amp;Modelos</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="63" />
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="65" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="66" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="68" />
            <source>Zoom &amp;out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="70" />
            <source>&amp;Fit to window</source>
            <translation>Ajustar a la &amp;ventana</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="71" />
            <source>Open the &amp;log folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="73" />
            <source>&amp;About PULSE Desktop</source>
            <translation>&amp;Acerca de PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="84" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="85" />
            <source>&amp;Study</source>
            <translation>&amp;Estudio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="86" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="87" />
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="88" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="94" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="127" />
            <source>About PULSE Desktop</source>
            <translation>Acerca de PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="128" />
            <source>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;An offline ECG reader running PULSE-7B on this computer.&lt;br&gt;&lt;br&gt;Interpretations are computer-generated and unconfirmed until a qualified clinician confirms them.&lt;br&gt;&lt;br&gt;Python %2</source>
            <translation>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;Un lector de ECG sin conexión que ejecuta PULSE-7B en esta computadora.&lt;br&gt;&lt;br&gt;Las interpretaciones son generadas por computadora y no están confirmadas hasta que un profesional clínico cualificado las confirme.&lt;br&gt;&lt;br&gt;Python %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="76" />
            <source>This computer ran out of memory.</source>
            <translation>Esta computadora se quedó sin memoria.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="77" />
            <source>Close other programs, or choose a smaller model bundle in Models.</source>
            <translation>Cierre otros programas o elija un paquete de modelo más pequeño en Modelos.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="163" />
            <source>PULSE Desktop</source>
            <translation>PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="41" />
            <source>Press Enter to accept, or Escape to cancel.</source>
            <translation>Pulse Intro para aceptar, o Escape para cancelar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="73" />
            <source>Print the report</source>
            <translation>Imprimir el informe</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="25" />
            <source>reachable in %1 ms; serves %2; %3 slot(s)</source>
            <translation>accesible en %1 ms; sirve %2; %3 ranura(s)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="26" />
            <source>an unnamed model</source>
            <translation>un modelo sin nombre</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="28" />
            <source>Its manifest sha256 equals the installed bundle %1.</source>
            <translation>Su sha256 de manifiesto es igual al del paquete instalado %1.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="29" />
            <source>No installed bundle has its manifest sha256: install the same bundle here.</source>
            <translation>Ningún paquete instalado tiene ese sha256 de manifiesto: instale aquí el mismo paquete.</translation>
        </message>
    </context>
    <context>
        <name>BugReportDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="125" />
            <source>Something went wrong</source>
            <translation>Se produjo un error</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="127" />
            <source>PULSE Desktop hit an unexpected problem and stopped this task. Your saved studies are safe. Please send the details below to your support contact.</source>
            <translation>PULSE Desktop encontró un problema inesperado y detuvo esta tarea. Sus estudios guardados están a salvo. Envíe los detalles que aparecen abajo a su contacto de soporte.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="135" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="136" />
            <source>The text to send to your support contact.</source>
            <translation>El texto que debe enviar a su contacto de soporte.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="139" />
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="141" />
            <source>Put the details on the clipboard.</source>
            <translation>Copiar los detalles al portapapeles.</translation>
        </message>
    </context>
    <context>
        <name>CapturePage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="82" />
            <source>Camera:</source>
            <translation>Cámara:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="87" />
            <source>Camera %1</source>
            <translation>Cámara %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="89" />
            <source>Which camera to use, when the computer has more than one.</source>
            <translation>Qué cámara usar, cuando el ordenador tiene más de una.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="92" />
            <source>Capture automatically</source>
            <translation>Capturar automáticamente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="95" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>Si no, pulse Espacio para tomar la foto.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="102" />
            <source>Hold the printed ECG flat, fill the frame with it, and keep still.</source>
            <translation>Mantenga el ECG impreso plano, haga que ocupe todo el encuadre y no se mueva.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="107" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="108" />
            <source>Stop the camera and go back to New study.</source>
            <translation>Detener la cámara y volver a Nuevo estudio.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="110" />
            <source>Capture (Space)</source>
            <translation>Capturar (Espacio)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="113" />
            <source>Take the picture now.</source>
            <translation>Tomar la foto ahora.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="158" />
            <source>Paper found. Hold still… %1%</source>
            <translation>Papel encontrado. No se mueva… %1 %</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="159" />
            <source>Looking for the ECG paper…</source>
            <translation>Buscando el papel del ECG…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="164" />
            <source>camera capture</source>
            <translation>captura con cámara</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="29" />
            <source>Clinician's report</source>
            <translation>Informe del profesional clínico</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="32" />
            <source>Edit the interpretation here if needed. The model's original words stay on the left and are printed with your changes marked.</source>
            <translation>Edite aquí la interpretación si es necesario. El texto original del modelo permanece a la izquierda y se imprime con sus cambios señalados.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="39" />
            <source>The interpretation appears here for editing once the model has finished.</source>
            <translation>La interpretación aparece aquí para editarla cuando el modelo haya terminado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="53" />
            <source>Use the model's text</source>
            <translation>Usar el texto del modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="55" />
            <source>Replace your changes with the model's original text.</source>
            <translation>Sustituir sus cambios por el texto original del modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="56" />
            <source>Confirm…</source>
            <translation>Confirmar…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="59" />
            <source>Confirm the report under your name; it can no longer be edited afterwards.</source>
            <translation>Confirmar el informe con su nombre; después ya no se puede modificar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="66" />
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="69" />
            <source>Save the report as a PDF file.</source>
            <translation>Guardar el informe como archivo PDF.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="70" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="73" />
            <source>Print the report</source>
            <translation>Imprimir el informe</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="90" />
            <source>Edited by the clinician.</source>
            <translation>Editado por el profesional clínico.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="97" />
            <source>Confirmed by %1, %2.</source>
            <translation>Confirmado por %1, %2.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="101" />
            <source>UNCONFIRMED: computer-generated interpretation, to be reviewed by a qualified clinician.</source>
            <translation>NO CONFIRMADO: interpretación generada por computadora; debe revisarla un profesional clínico cualificado.</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="20" />
            <source>The interpretation appears here as the model writes it.</source>
            <translation>La interpretación aparece aquí a medida que el modelo la escribe.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Follow-up question</source>
            <translation>Pregunta adicional</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="64" />
            <source>Incomplete: stopped before the model finished.</source>
            <translation>Incompleto: detenido antes de que el modelo terminara.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="49" />
            <source>Study history</source>
            <translation>Historial de estudios</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="53" />
            <source>Search by patient name or ID…</source>
            <translation>Buscar por nombre o ID del paciente…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="56" />
            <source>Lists the studies whose patient name or ID holds this text.</source>
            <translation>Muestra los estudios cuyo nombre o ID del paciente contiene este texto.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="57" />
            <source>Search by patient name or ID</source>
            <translation>Buscar por nombre o ID del paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="59" />
            <source>Between</source>
            <translation>Entre</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="61" />
            <source>List only the studies made between the two dates.</source>
            <translation>Mostrar solo los estudios hechos entre las dos fechas.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>The first day listed, as YYYY-MM-DD.</source>
            <translation>El primer día mostrado, como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>The last day listed, as YYYY-MM-DD.</source>
            <translation>El último día mostrado, como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="75" />
            <source>and</source>
            <translation>y</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="80" />
            <source>One row per saved study, newest first; Enter reopens the chosen one.</source>
            <translation>Una fila por estudio guardado, el más reciente primero; Intro reabre el elegido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="81" />
            <source>Saved studies</source>
            <translation>Estudios guardados</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="83" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="83" />
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="101" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="104" />
            <source>Open the chosen study to read, edit or confirm it.</source>
            <translation>Abrir el estudio elegido para leerlo, modificarlo o confirmarlo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="105" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="108" />
            <source>Print the chosen study's report.</source>
            <translation>Imprimir el informe del estudio elegido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="109" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="113" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="116" />
            <source>Delete the chosen study, after asking.</source>
            <translation>Eliminar el estudio elegido, tras preguntar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="134" />
            <source>The study history cannot be opened: %1</source>
            <translation>No se puede abrir el historial de estudios: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="135" />
            <source>1 study</source>
            <translation>1 estudio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="136" />
            <source>%1 studies</source>
            <translation>%1 estudios</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="139" />
            <source>confirmed by %1</source>
            <translation>confirmado por %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>unconfirmed</source>
            <translation>no confirmado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="141" />
            <source>incomplete</source>
            <translation>incompleto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="160" />
            <source>Reopen a study</source>
            <translation>Reabrir un estudio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="112" />
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="173" />
            <source>Export the study to a folder</source>
            <translation>Exportar el estudio a una carpeta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="176" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="178" />
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="184" />
            <source>this patient</source>
            <translation>este paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="185" />
            <source>Delete study</source>
            <translation>Eliminar estudio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="186" />
            <source>Delete the study of %1 from %2, with its images and report? This cannot be undone.</source>
            <translation>¿Eliminar el estudio de %1 del %2, con sus imágenes y su informe? Esta acción no se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>ImageCanvas</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/image_canvas.py" line="47" />
            <source>Drag to the corner of the ECG paper</source>
            <translation>Arrastre hasta la esquina del papel del ECG</translation>
        </message>
    </context>
    <context>
        <name>InterpretPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>The picture the model reads.</source>
            <translation>La imagen que lee el modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>ECG picture</source>
            <translation>Imagen del ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="61" />
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="64" />
            <source>Stop the model; the text written so far is kept.</source>
            <translation>Detener el modelo; el texto escrito hasta ahora se conserva.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="65" />
            <source>Interpret again</source>
            <translation>Interpretar de nuevo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="68" />
            <source>Ask the model again from the start.</source>
            <translation>Volver a preguntar al modelo desde el principio.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="73" />
            <source>The model's words (verbatim, never changed)</source>
            <translation>El texto del modelo (literal, nunca modificado)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="77" />
            <source>The model's answer and the follow-up answers, as written; read only.</source>
            <translation>La respuesta del modelo y las respuestas adicionales, tal como se escribieron; solo lectura.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="83" />
            <source>Ask a follow-up question about this ECG…</source>
            <translation>Haga una pregunta adicional sobre este ECG…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="85" />
            <source>Type a question about this ECG and press Enter.</source>
            <translation>Escriba una pregunta sobre este ECG y pulse Intro.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="86" />
            <source>Follow-up question</source>
            <translation>Pregunta adicional</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="87" />
            <source>Ask</source>
            <translation>Preguntar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="90" />
            <source>Ask the model the follow-up question.</source>
            <translation>Hacer la pregunta adicional al modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="122" />
            <source>ID %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="124" />
            <source>No patient details</source>
            <translation>Sin datos del paciente</translation>
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
            <translation>Primero cancele la interpretación en curso (Esc).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="225" />
            <source>Start a new study</source>
            <translation>Iniciar un nuevo estudio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="231" />
            <source>Open an ECG image or PDF</source>
            <translation>Abrir una imagen o un PDF de ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="232" />
            <source>ECG images and PDFs (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Digital ECG recordings (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;All files (*)</source>
            <translation>Imágenes y PDF de ECG (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Registros de ECG digitales (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="241" />
            <source>pasted image</source>
            <translation>imagen pegada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="242" />
            <source>The clipboard holds no image. Copy an ECG image first.</source>
            <translation>El portapapeles no contiene ninguna imagen. Copie primero una imagen de ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="274" />
            <source>Wait for the interpretation to finish, or cancel it.</source>
            <translation>Espere a que termine la interpretación o cancélela.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="276" />
            <source>dropped image</source>
            <translation>imagen arrastrada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="297" />
            <source>This study has changes that are not saved. Save them first?</source>
            <translation>Este estudio tiene cambios sin guardar. ¿Guardarlos primero?</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="307" />
            <location filename="../../pulse_desktop/gui/main_window.py" line="316" />
            <source>Close PULSE Desktop</source>
            <translation>Cerrar PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="308" />
            <source>The model is still working. Stop it and close? The text written so far is kept.</source>
            <translation>El modelo sigue trabajando. ¿Detenerlo y cerrar? Se conserva el texto escrito hasta ahora.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="73" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="74" />
            <source>Some settings could not be used; the app uses the defaults for them.</source>
            <translation>No se pudieron usar algunos valores de la configuración; la aplicación usa en su lugar los predeterminados.</translation>
        </message>
    </context>
    <context>
        <name>MeasurementPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="22" />
            <source>Measured from the digital recording</source>
            <translation>Mediciones del registro digital</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="45" />
            <source>not measured: %1</source>
            <translation>no medido: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="47" />
            <source>Measured by PULSE Desktop (method %1); computer measurements, to be confirmed by a clinician.</source>
            <translation>Medido por PULSE Desktop (método %1); mediciones por computadora, que debe confirmar un profesional clínico.</translation>
        </message>
    </context>
    <context>
        <name>ModelsPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="62" />
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="70" />
            <source>The installed model bundles; the chosen one's details are shown below.</source>
            <translation>Los paquetes de modelo instalados; los detalles del elegido se muestran debajo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="71" />
            <source>Model bundles</source>
            <translation>Paquetes de modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Bundle</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="114" />
            <source>Quantization</source>
            <translation>Cuantización</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="93" />
            <source>Where the chosen bundle is, and how it was checked.</source>
            <translation>Dónde está el paquete elegido y cómo se comprobó.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="94" />
            <source>Bundle details</source>
            <translation>Detalles del paquete</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="97" />
            <source>Import a bundle folder…</source>
            <translation>Importar una carpeta de paquete…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="100" />
            <source>Copy a prepared bundle folder (with its manifest.json) onto this computer.</source>
            <translation>Copiar a este ordenador una carpeta de paquete preparada (con su manifest.json).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="102" />
            <source>Convert downloaded PULSE-7B weights…</source>
            <translation>Convertir los pesos de PULSE-7B descargados…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="105" />
            <source>Make a bundle from the downloaded PULSE-7B checkpoint; this takes tens of minutes.</source>
            <translation>Crear un paquete a partir del punto de control PULSE-7B descargado; tarda decenas de minutos.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="109" />
            <source>Q4_K_M (smallest, about 4.5 GB)</source>
            <translation>Q4_K_M (el más pequeño, unos 4,5 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="110" />
            <source>Q5_K_M (about 5.2 GB)</source>
            <translation>Q5_K_M (unos 5,2 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="111" />
            <source>Q8_0 (most faithful, about 7.5 GB)</source>
            <translation>Q8_0 (el más fiel, unos 7,5 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="113" />
            <source>How finely the converted language model keeps its weights.</source>
            <translation>Con qué precisión conserva sus pesos el modelo de lenguaje convertido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="115" />
            <source>Use this bundle</source>
            <translation>Usar este paquete</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="118" />
            <source>Read every ECG with the chosen bundle.</source>
            <translation>Leer cada ECG con el paquete elegido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="133" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="136" />
            <source>Stop the import or the conversion; nothing is installed.</source>
            <translation>Detener la importación o la conversión; no se instala nada.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="153" />
            <source>damaged: %1</source>
            <translation>dañado: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="154" />
            <source>in use</source>
            <translation>en uso</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>ready</source>
            <translation>listo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>failed validation</source>
            <translation>validación fallida</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="156" />
            <source>not a clinical model</source>
            <translation>no es un modelo clínico</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="178" />
            <source>No model is installed yet. Set one up in Models before interpreting.</source>
            <translation>Todavía no hay ningún modelo instalado. Instale uno en Modelos antes de interpretar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="180" />
            <source>No installed model can be used. Open Models to see why.</source>
            <translation>No se puede usar ningún modelo instalado. Abra Modelos para ver por qué.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="187" />
            <source>NOT A CLINICAL MODEL (%1 bundle "%2")</source>
            <translation>NO ES UN MODELO CLÍNICO (paquete %1 «%2»)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="192" />
            <source>The model bundles installed on this computer. The one in use reads every ECG; choose another here or in Settings.</source>
            <translation>Los paquetes de modelo instalados en esta computadora. El que está en uso lee cada ECG; elija otro aquí o en Configuración.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="195" />
            <source>&lt;b&gt;Welcome. PULSE Desktop needs its model before it can read ECGs.&lt;/b&gt;&lt;br&gt;The model (PULSE-7B) runs entirely on this computer; nothing is sent anywhere. Set it up once:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import a bundle folder&lt;/b&gt; if someone prepared one (for example on a USB stick): choose the folder that contains &lt;i&gt;manifest.json&lt;/i&gt;. This is the quickest way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Convert downloaded weights&lt;/b&gt; if you have the PULSE-7B checkpoint folder. Conversion takes a long time (tens of minutes) and needs about 30 GB of free memory and disk.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;b&gt;Bienvenido. PULSE Desktop necesita su modelo para poder leer ECG.&lt;/b&gt;&lt;br&gt;El modelo (PULSE-7B) funciona íntegramente en esta computadora; no se envía nada a ningún lugar. Instálelo una sola vez:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Importar una carpeta de paquete&lt;/b&gt; si alguien preparó una (por ejemplo, en una memoria USB): elija la carpeta que contiene &lt;i&gt;manifest.json&lt;/i&gt;. Es la forma más rápida.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Convertir los pesos descargados&lt;/b&gt; si tiene la carpeta del punto de control de PULSE-7B. La conversión tarda mucho (decenas de minutos) y necesita unos 30 GB de memoria y disco libres.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="216" />
            <source>Not a clinical model: this %1 bundle exists for testing. Its answers are meaningless; never use them for a patient.</source>
            <translation>No es un modelo clínico: este paquete %1 existe solo para pruebas. Sus respuestas no tienen sentido; no las use nunca para un paciente.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="218" />
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Vision precision</source>
            <translation>Precisión de visión</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Merge</source>
            <translation>Fusión</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>Validation</source>
            <translation>Validación</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>passed</source>
            <translation>superada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>FAILED</source>
            <translation>FALLIDA</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="226" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="238" />
            <source>Choose the bundle folder</source>
            <translation>Elegir la carpeta del paquete</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="240" />
            <source>Importing %1</source>
            <translation>Importando %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="245" />
            <source>Choose the downloaded PULSE-7B checkpoint folder</source>
            <translation>Elegir la carpeta del punto de control de PULSE-7B descargado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="248" />
            <source>Converting %1 (%2)</source>
            <translation>Convirtiendo %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="258" />
            <source>Installed %1.</source>
            <translation>%1 instalado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="260" />
            <source>Cancelled; nothing was installed.</source>
            <translation>Cancelado; no se instaló nada.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="261" />
            <source>Failed: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="287" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>PatientForm</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="30" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="33" />
            <source>if the date of birth is unknown</source>
            <translation>si se desconoce la fecha de nacimiento</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Female</source>
            <translation>Femenino</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="40" />
            <source>e.g. chest pain, pre-operative</source>
            <translation>p. ej., dolor torácico, preoperatorio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="41" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="42" />
            <source>Patient &amp;ID</source>
            <translation>&amp;ID del paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="43" />
            <source>Date of &amp;birth</source>
            <translation>Fecha de naci&amp;miento</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="44" />
            <source>&amp;Age</source>
            <translation>E&amp;dad</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="45" />
            <source>Se&amp;x</source>
            <translation>&amp;Sexo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="46" />
            <source>In&amp;dication</source>
            <translation>Indica&amp;ción</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="47" />
            <source>The patient's full name, as printed on the report.</source>
            <translation>El nombre completo del paciente, tal como se imprime en el informe.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="48" />
            <source>The hospital or clinic number of the patient.</source>
            <translation>El número del paciente en el hospital o la clínica.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="49" />
            <source>Year, month and day, as YYYY-MM-DD.</source>
            <translation>Año, mes y día, como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="50" />
            <source>In years; give it when the date of birth is unknown.</source>
            <translation>En años; indíquela cuando no se conozca la fecha de nacimiento.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="51" />
            <source>The patient's sex, printed on the report.</source>
            <translation>El sexo del paciente, impreso en el informe.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="52" />
            <source>Why the ECG was recorded, printed on the report.</source>
            <translation>Por qué se registró el ECG; se imprime en el informe.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="84" />
            <source>Write the date of birth as YYYY-MM-DD, or leave it empty and give the age.</source>
            <translation>Escriba la fecha de nacimiento como AAAA-MM-DD, o déjela vacía e indique la edad.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="86" />
            <source>The date of birth is in the future.</source>
            <translation>La fecha de nacimiento está en el futuro.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="30" />
            <source>The camera's picture, with the paper's outline once it is found.</source>
            <translation>La imagen de la cámara, con el contorno del papel en cuanto se encuentra.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="31" />
            <source>Camera preview</source>
            <translation>Vista previa de la cámara</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="44" />
            <source>Starting the camera…</source>
            <translation>Iniciando la cámara…</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="23" />
            <source>Loading the model</source>
            <translation>Carga del modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="24" />
            <source>Preparing the image</source>
            <translation>Preparación de la imagen</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="25" />
            <source>Reading the image (vision)</source>
            <translation>Lectura de la imagen (visión)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="26" />
            <source>Passing the image to the language model</source>
            <translation>Paso de la imagen al modelo de lenguaje</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="27" />
            <source>Writing the answer</source>
            <translation>Redacción de la respuesta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="68" />
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="76" />
            <source>Stopped. The text written so far is kept and marked as incomplete.</source>
            <translation>Detenido. El texto escrito hasta ahora se conserva y se marca como incompleto.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="78" />
            <source>Stopped by an error.</source>
            <translation>Detenido por un error.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="80" />
            <source>Finished.</source>
            <translation>Terminado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="107" />
            <source>1 token written</source>
            <translation>1 token escrito</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="108" />
            <source>%1 tokens written</source>
            <translation>%1 tokens escritos</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="119" />
            <source>Writing…</source>
            <translation>Escribiendo…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="128" />
            <source>Image part %1 of %2</source>
            <translation>Parte de la imagen %1 de %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="130" />
            <source>%1 of %2 tokens (%3%)</source>
            <translation>%1 de %2 tokens (%3 %)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="141" />
            <source> (about %1 tokens/s here)</source>
            <translation> (unos %1 tokens/s aquí)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="142" />
            <source>%1: the answer appears below as it is written.</source>
            <translation>%1: la respuesta aparece abajo a medida que se escribe.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="146" />
            <source>%1. About %2 left before the answer starts (speeds measured on this computer).</source>
            <translation>%1. Faltan unos %2 para que empiece la respuesta (velocidades medidas en esta computadora).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="149" />
            <source>%1. About %2 left in this step.</source>
            <translation>%1. Faltan unos %2 en este paso.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="152" />
            <source>%1. Measuring the speed of this computer…</source>
            <translation>%1. Midiendo la velocidad de esta computadora…</translation>
        </message>
    </context>
    <context>
        <name>ReportFlow</name>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="46" />
            <source>Confirm the report</source>
            <translation>Confirmar el informe</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="47" />
            <source>Your name, as it will be printed on the report ("Confirmed by"):</source>
            <translation>Su nombre, tal como se imprimirá en el informe («Confirmado por»):</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="53" />
            <source>Report confirmed by %1.</source>
            <translation>Informe confirmado por %1.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="63" />
            <source>the study could not be saved</source>
            <translation>no se pudo guardar el estudio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="65" />
            <source>The report needs the study to be saved first (%1).</source>
            <translation>Para el informe, primero hay que guardar el estudio (%1).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="66" />
            <source>Check the data folder, then try again.</source>
            <translation>Revise la carpeta de datos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="75" />
            <source>Save the report as PDF</source>
            <translation>Guardar el informe como PDF</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="76" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="87" />
            <source>Writing the PDF…</source>
            <translation>Escribiendo el PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="91" />
            <source>Saved %1</source>
            <translation>%1 guardado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="114" />
            <source>Preparing the pages…</source>
            <translation>Preparando las páginas…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="124" />
            <source>ECG report %1</source>
            <translation>Informe de ECG %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="133" />
            <source>Sent %1 page(s) to the printer.</source>
            <translation>Se enviaron %1 página(s) a la impresora.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="81" />
            <source>Strai&amp;ghtened</source>
            <translation>Ende&amp;rezada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="83" />
            <source>Show the picture straightened and cut to the paper, as the model reads it.</source>
            <translation>Mostrar la imagen enderezada y recortada al papel, tal como la lee el modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="85" />
            <source>&amp;Original (drag the corners)</source>
            <translation>&amp;Original (arrastre las esquinas)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="87" />
            <source>Show the picture as opened, with four corner handles that mark the paper's outline.</source>
            <translation>Mostrar la imagen tal como se abrió, con cuatro tiradores en las esquinas que marcan el contorno del papel.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>Alejar (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in (Ctrl++)</source>
            <translation>Acercar (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window (Ctrl+0)</source>
            <translation>Ajustar a la ventana (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window</source>
            <translation>Ajustar a la ventana</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="109" />
            <source>The opened ECG. Ctrl++ and Ctrl+- zoom, Ctrl+0 fits it to the window, the arrow keys scroll. In the original view, keys 1 to 4 choose a corner of the paper and the arrow keys move it.</source>
            <translation>El ECG abierto. Ctrl++ y Ctrl+- acercan y alejan, Ctrl+0 lo ajusta a la ventana, las flechas lo desplazan. En la vista original, las teclas 1 a 4 eligen una esquina del papel y las flechas la mueven.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="111" />
            <source>ECG picture</source>
            <translation>Imagen del ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="125" />
            <source>Image quality</source>
            <translation>Calidad de la imagen</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="128" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="133" />
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="138" />
            <source>Question to the model</source>
            <translation>Pregunta al modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="137" />
            <source>What the model is asked about this ECG; Settings holds the default question.</source>
            <translation>Lo que se pregunta al modelo sobre este ECG; la pregunta predeterminada está en Configuración.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="147" />
            <source>Choose another image</source>
            <translation>Elegir otra imagen</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="149" />
            <source>Start again with another picture.</source>
            <translation>Volver a empezar con otra imagen.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="150" />
            <source>Interpret (Ctrl+Enter)</source>
            <translation>Interpretar (Ctrl+Intro)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="154" />
            <source>Send the picture and the question to the model.</source>
            <translation>Enviar la imagen y la pregunta al modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Cannot be read: %1</source>
            <translation>No se puede leer: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Warning: %1</source>
            <translation>Advertencia: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="175" />
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="192" />
            <source>Undo the turn</source>
            <translation>Deshacer el giro</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="195" />
            <source>Show the picture the way it was opened.</source>
            <translation>Mostrar la imagen tal como se abrió.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="197" />
            <source>Turn 90° clockwise</source>
            <translation>Girar 90° en sentido horario</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="200" />
            <source>Turn the picture a quarter turn clockwise and read it again.</source>
            <translation>Girar la imagen un cuarto de vuelta en el sentido de las agujas del reloj y volver a leerla.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="202" />
            <source>Page of the file:</source>
            <translation>Página del archivo:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="206" />
            <source>Which page of the PDF or multi-page picture to read.</source>
            <translation>Qué página del PDF o de la imagen de varias páginas leer.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="218" />
            <source>Turned by %1° clockwise to be the right way up.</source>
            <translation>Girada %1° en sentido horario para quedar al derecho.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="220" />
            <source>Turned by %1° clockwise so that the rows run across. Which way up is a guess: check it, and turn it twice more if it is upside down.</source>
            <translation>Girada %1° en sentido horario para que las filas queden horizontales. Qué lado va arriba es una suposición: compruébelo y gírela dos veces más si está al revés.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="223" />
            <source>This page may be upside down (which way up could not be told): check it, and turn it twice if so.</source>
            <translation>Esta página puede estar al revés (no se pudo saber qué lado va arriba): compruébelo y gírela dos veces si es así.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="270" />
            <source>Grid: %1 pixels per mm.</source>
            <translation>Cuadrícula: %1 píxeles por mm.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="272" />
            <source>Drawn from the digital recording (3x4 page); the model reads this page as it is.</source>
            <translation>Dibujado a partir del registro digital (página 3x4); el modelo lee esta página tal cual.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="274" />
            <source>Shown as opened (no straightening applied).</source>
            <translation>Se muestra tal como se abrió (sin enderezar).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="298" />
            <source>No quality problems found.</source>
            <translation>No se encontraron problemas de calidad.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="318" />
            <source>Accept and interpret anyway</source>
            <translation>Aceptar e interpretar de todos modos</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="319" />
            <source>The acceptance is recorded and printed on the report.</source>
            <translation>La aceptación queda registrada y se imprime en el informe.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="320" />
            <source>Accept and interpret anyway: %1</source>
            <translation>Aceptar e interpretar de todos modos: %1</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsTab</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="42" />
            <source>The address of the clinic's interpretation server.</source>
            <translation>La dirección del servidor de interpretación del centro.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="46" />
            <source>The API key the server's administrator gave you.</source>
            <translation>La clave de API que le dio el administrador del servidor.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="49" />
            <source>The certificate fingerprint printed when the server was started; the app refuses a server whose certificate differs.</source>
            <translation>La huella del certificado que se mostró al iniciar el servidor; la aplicación rechaza un servidor cuyo certificado sea distinto.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="53" />
            <source>This computer only</source>
            <translation>Solo este ordenador</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="54" />
            <source>Use the server, fall back to this computer</source>
            <translation>Usar el servidor y, si falla, este ordenador</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="55" />
            <source>Use the server only</source>
            <translation>Solo el servidor</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="57" />
            <source>Where the model reads the ECGs.</source>
            <translation>Dónde lee el modelo los ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="58" />
            <source>Check the server</source>
            <translation>Comprobar el servidor</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="61" />
            <source>Reach the server and say what it serves.</source>
            <translation>Conectar con el servidor e indicar qué modelo sirve.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="65" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="66" />
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="67" />
            <source>Certificate fingerprint</source>
            <translation>Huella del certificado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="68" />
            <source>Interpret on</source>
            <translation>Interpretar en</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="78" />
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="46" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="58" />
            <source>e.g. District Hospital, Cardiology</source>
            <translation>p. ej., Hospital Distrital, Cardiología</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="64" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="75" />
            <source>Facility name (report header)</source>
            <translation>Nombre del establecimiento (encabezado del informe)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="63" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="76" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="191" />
            <source>Facility logo</source>
            <translation>Logotipo del establecimiento</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="59" />
            <source>Printed at the top of every report.</source>
            <translation>Se imprime en la cabecera de cada informe.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="62" />
            <source>A PNG or JPEG picture printed beside the facility's name.</source>
            <translation>Una imagen PNG o JPEG que se imprime junto al nombre del establecimiento.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="66" />
            <source>Choose the logo picture.</source>
            <translation>Elegir la imagen del logotipo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="74" />
            <source>The paper size of the PDF and of the printout.</source>
            <translation>El tamaño de papel del PDF y de la impresión.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="77" />
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="78" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="84" />
            <source>Asked about every ECG, unless changed on the review page.</source>
            <translation>Se hace para cada ECG, salvo que se cambie en la página de revisión.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="87" />
            <source>Automatic (first clinical bundle)</source>
            <translation>Automático (primer paquete clínico)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="96" />
            <source>Which installed model reads the ECGs.</source>
            <translation>Qué modelo instalado lee los ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="100" />
            <source>Automatic (from free GPU memory)</source>
            <translation>Automático (según la memoria libre de la GPU)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="102" />
            <source>Layers of the language model placed on the GPU; 0 = CPU only.</source>
            <translation>Capas del modelo de lenguaje colocadas en la GPU; 0 = solo CPU.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="106" />
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="108" />
            <source>How many processor threads the model uses.</source>
            <translation>Cuántos hilos del procesador usa el modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="109" />
            <source>Default question</source>
            <translation>Pregunta predeterminada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="110" />
            <source>Model bundle</source>
            <translation>Paquete de modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="111" />
            <source>GPU layers</source>
            <translation>Capas en la GPU</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="112" />
            <source>Start reading the ECG as soon as it is opened</source>
            <translation>Empezar a leer el ECG en cuanto se abre</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="116" />
            <source>While you check the picture and enter the patient's details, the model is loaded and reads the image, so that the answer starts sooner after Interpret. It uses the processor (and the model's memory) meanwhile; nothing is shown or saved until you press Interpret.</source>
            <translation>Mientras usted revisa la imagen e introduce los datos del paciente, el modelo se carga y lee la imagen, para que la respuesta empiece antes tras pulsar Interpretar. Mientras tanto usa el procesador (y la memoria del modelo); no se muestra ni se guarda nada hasta que pulse Interpretar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="119" />
            <source>CPU threads</source>
            <translation>Hilos de CPU</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="121" />
            <source>Interpretation</source>
            <translation>Interpretación</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="124" />
            <source>Interpretation server</source>
            <translation>Servidor de interpretación</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="132" />
            <source>The camera that opens first: 0 is the computer's first camera.</source>
            <translation>La cámara que se abre primero: 0 es la primera cámara del ordenador.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="133" />
            <source>Capture automatically when the paper is found, sharp and still</source>
            <translation>Capturar automáticamente cuando el papel se encuentre nítido y quieto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="136" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>Si no, pulse Espacio para tomar la foto.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="137" />
            <source>Camera number</source>
            <translation>Número de cámara</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="139" />
            <source>Camera</source>
            <translation>Cámara</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="145" />
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="154" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="156" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="153" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="155" />
            <source>A new language takes effect when the app is started again.</source>
            <translation>Un nuevo idioma se aplica la próxima vez que se inicie la aplicación.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="158" />
            <source>Display</source>
            <translation>Pantalla</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="173" />
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="175" />
            <source>How large the window's text is, compared with the system's; 200% doubles it.</source>
            <translation>El tamaño del texto de la ventana respecto al del sistema; 200 % lo duplica.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>As the system asks</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="180" />
            <source>Normal contrast</source>
            <translation>Contraste normal</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="183" />
            <source>High contrast shows white text on black, with strong colours for warnings.</source>
            <translation>El alto contraste muestra texto blanco sobre negro, con colores intensos para las advertencias.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="185" />
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="186" />
            <source>Contrast</source>
            <translation>Contraste</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="187" />
            <source>Text size and contrast take effect when the app is started again.</source>
            <translation>El tamaño del texto y el contraste se aplican cuando se vuelve a iniciar la aplicación.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="192" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="23" />
            <source>New study</source>
            <translation>Nuevo estudio</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="26" />
            <source>Photograph the printed ECG, or open a scan, a picture or a PDF from the cart.</source>
            <translation>Fotografíe el ECG impreso, o abra un escaneo, una foto o un PDF del electrocardiógrafo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="38" />
            <source>Set up the model…</source>
            <translation>Instalar el modelo…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="40" />
            <source>Opens Models, where the model is imported or converted.</source>
            <translation>Abre Modelos, donde se importa o se convierte el modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="45" />
            <source>Capture with camera
Ctrl+K</source>
            <translation>Capturar con la cámara
Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="48" />
            <source>Photograph the printed ECG with the camera.</source>
            <translation>Fotografiar el ECG impreso con la cámara.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="49" />
            <source>Open file…
Ctrl+O</source>
            <translation>Abrir archivo…
Ctrl+O</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="52" />
            <source>Open a scan, a photo, a PDF or a digital ECG recording.</source>
            <translation>Abrir un escaneo, una foto, un PDF o un registro de ECG digital.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="53" />
            <source>Paste image
Ctrl+V</source>
            <translation>Pegar imagen
Ctrl+V</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="56" />
            <source>Use an ECG image copied to the clipboard.</source>
            <translation>Usar una imagen de ECG copiada al portapapeles.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="59" />
            <source>…or drop an image or PDF file anywhere on this window.</source>
            <translation>…o arrastre una imagen o un archivo PDF a cualquier parte de esta ventana.</translation>
        </message>
    </context>
    <context>
        <name>StepBar</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>1  Image</source>
            <translation>1  Imagen</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>2  Check and patient</source>
            <translation>2  Revisión y paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>3  Interpret</source>
            <translation>3  Interpretación</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>4  Confirm</source>
            <translation>4  Confirmación</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>5  Save or print</source>
            <translation>5  Guardar o imprimir</translation>
        </message>
    </context>
    <context>
        <name>StudyController</name>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="231" />
            <source>Open or capture an ECG first.</source>
            <translation>Primero abra o capture un ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="232" />
            <source>The image cannot be interpreted: see the findings above.</source>
            <translation>La imagen no se puede interpretar: vea los hallazgos de arriba.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="233" />
            <source>Accept the quality warnings (or take a better picture) to continue.</source>
            <translation>Acepte las advertencias de calidad (o tome una foto mejor) para continuar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="234" />
            <source>The model is busy.</source>
            <translation>El modelo está ocupado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="252" />
            <source>Retake the picture following the hints.</source>
            <translation>Vuelva a tomar la foto siguiendo las indicaciones.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="235" />
            <source>Follow-up questions need this study's interpretation in memory.</source>
            <translation>Las preguntas adicionales necesitan la interpretación de este estudio en memoria.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="265" />
            <source>Interpret the ECG again to ask more questions.</source>
            <translation>Vuelva a interpretar el ECG para hacer más preguntas.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="319" />
            <source>The model has read the picture: the interpretation will start sooner.</source>
            <translation>El modelo ya leyó la imagen: la interpretación empezará antes.</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>No guardar</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Valores predeterminados</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Anular</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Omitir</translation>
        </message>
    </context>
</TS>
