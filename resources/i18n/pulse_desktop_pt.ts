<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="49" />
            <source>&amp;New study</source>
            <translation>&amp;Novo exame</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="50" />
            <source>&amp;Open image or PDF…</source>
            <translation>&amp;Abrir imagem ou PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="51" />
            <source>&amp;Capture with camera…</source>
            <translation>&amp;Capturar com a câmara…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="52" />
            <source>&amp;Paste image</source>
            <translation>Co&amp;lar imagem</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="53" />
            <source>&amp;Interpret</source>
            <translation>&amp;Interpretar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="55" />
            <source>&amp;Cancel interpretation</source>
            <translation>&amp;Cancelar a interpretação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="56" />
            <source>Ask a &amp;follow-up question</source>
            <translation>Fazer uma pergunta &amp;adicional</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="58" />
            <source>C&amp;onfirm report…</source>
            <translation>C&amp;onfirmar o relatório…</translation>
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
            <translation>&amp;Histórico de exames</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="62" />
            <source>&amp;Models</source>
            <translation>&amp;Modelos</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="63" />
            <source>&amp;Settings…</source>
            <translation>&amp;Definições…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="65" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="66" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="68" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Reduzir</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="70" />
            <source>&amp;Fit to window</source>
            <translation>Ajustar à &amp;janela</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="71" />
            <source>Open the &amp;log folder</source>
            <translation>Abrir a pasta de &amp;registos</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="73" />
            <source>&amp;About PULSE Desktop</source>
            <translation>&amp;Acerca do PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="84" />
            <source>&amp;File</source>
            <translation>&amp;Ficheiro</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="85" />
            <source>&amp;Study</source>
            <translation>&amp;Exame</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="86" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="87" />
            <source>&amp;Tools</source>
            <translation>Ferramen&amp;tas</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="88" />
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="94" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="127" />
            <source>About PULSE Desktop</source>
            <translation>Acerca do PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/actions.py" line="128" />
            <source>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;An offline ECG reader running PULSE-7B on this computer.&lt;br&gt;&lt;br&gt;Interpretations are computer-generated and unconfirmed until a qualified clinician confirms them.&lt;br&gt;&lt;br&gt;Python %2</source>
            <translation>&lt;b&gt;PULSE Desktop %1&lt;/b&gt;&lt;br&gt;Um leitor de ECG sem ligação à Internet que executa o PULSE-7B neste computador.&lt;br&gt;&lt;br&gt;As interpretações são geradas por computador e não estão confirmadas até que um profissional de saúde qualificado as confirme.&lt;br&gt;&lt;br&gt;Python %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="76" />
            <source>This computer ran out of memory.</source>
            <translation>Este computador ficou sem memória.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="77" />
            <source>Close other programs, or choose a smaller model bundle in Models.</source>
            <translation>Feche outros programas ou escolha um pacote de modelo mais pequeno em Modelos.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="163" />
            <source>PULSE Desktop</source>
            <translation>PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="41" />
            <source>Press Enter to accept, or Escape to cancel.</source>
            <translation>Prima Enter para aceitar, ou Escape para cancelar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/prompts.py" line="73" />
            <source>Print the report</source>
            <translation>Imprimir o relatório</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="25" />
            <source>reachable in %1 ms; serves %2; %3 slot(s)</source>
            <translation>acessível em %1 ms; serve %2; %3 vaga(s)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="26" />
            <source>an unnamed model</source>
            <translation>um modelo sem nome</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="28" />
            <source>Its manifest sha256 equals the installed bundle %1.</source>
            <translation>O sha256 do seu manifesto é igual ao do pacote instalado %1.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="29" />
            <source>No installed bundle has its manifest sha256: install the same bundle here.</source>
            <translation>Nenhum pacote instalado tem esse sha256 de manifesto: instale aqui o mesmo pacote.</translation>
        </message>
    </context>
    <context>
        <name>BugReportDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="125" />
            <source>Something went wrong</source>
            <translation>Ocorreu um problema</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="127" />
            <source>PULSE Desktop hit an unexpected problem and stopped this task. Your saved studies are safe. Please send the details below to your support contact.</source>
            <translation>O PULSE Desktop encontrou um problema inesperado e parou esta tarefa. Os seus exames guardados estão seguros. Envie os detalhes abaixo ao seu contacto de suporte.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="135" />
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="136" />
            <source>The text to send to your support contact.</source>
            <translation>O texto a enviar ao seu contacto de apoio.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="139" />
            <source>Copy details</source>
            <translation>Copiar detalhes</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/errors.py" line="141" />
            <source>Put the details on the clipboard.</source>
            <translation>Copiar os detalhes para a área de transferência.</translation>
        </message>
    </context>
    <context>
        <name>CapturePage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="82" />
            <source>Camera:</source>
            <translation>Câmara:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="87" />
            <source>Camera %1</source>
            <translation>Câmara %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="89" />
            <source>Which camera to use, when the computer has more than one.</source>
            <translation>Que câmara usar, quando o computador tem mais de uma.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="92" />
            <source>Capture automatically</source>
            <translation>Capturar automaticamente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="95" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>Caso contrário, prima Espaço para tirar a fotografia.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="102" />
            <source>Hold the printed ECG flat, fill the frame with it, and keep still.</source>
            <translation>Mantenha o ECG impresso plano, preencha o enquadramento com ele e não se mexa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="107" />
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="108" />
            <source>Stop the camera and go back to New study.</source>
            <translation>Parar a câmara e voltar a Novo exame.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="110" />
            <source>Capture (Space)</source>
            <translation>Capturar (Espaço)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="113" />
            <source>Take the picture now.</source>
            <translation>Tirar a fotografia agora.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="158" />
            <source>Paper found. Hold still… %1%</source>
            <translation>Papel encontrado. Não se mexa… %1%</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="159" />
            <source>Looking for the ECG paper…</source>
            <translation>A procurar o papel do ECG…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="164" />
            <source>camera capture</source>
            <translation>captura pela câmara</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="29" />
            <source>Clinician's report</source>
            <translation>Relatório do clínico</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="32" />
            <source>Edit the interpretation here if needed. The model's original words stay on the left and are printed with your changes marked.</source>
            <translation>Edite aqui a interpretação, se necessário. O texto original do modelo fica à esquerda e é impresso com as suas alterações assinaladas.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="39" />
            <source>The interpretation appears here for editing once the model has finished.</source>
            <translation>A interpretação aparece aqui para edição quando o modelo terminar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="53" />
            <source>Use the model's text</source>
            <translation>Usar o texto do modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="55" />
            <source>Replace your changes with the model's original text.</source>
            <translation>Substituir as suas alterações pelo texto original do modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="56" />
            <source>Confirm…</source>
            <translation>Confirmar…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="59" />
            <source>Confirm the report under your name; it can no longer be edited afterwards.</source>
            <translation>Confirmar o relatório com o seu nome; depois já não pode ser alterado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="66" />
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="69" />
            <source>Save the report as a PDF file.</source>
            <translation>Guardar o relatório como ficheiro PDF.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="70" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="73" />
            <source>Print the report</source>
            <translation>Imprimir o relatório</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="90" />
            <source>Edited by the clinician.</source>
            <translation>Editado pelo clínico.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="97" />
            <source>Confirmed by %1, %2.</source>
            <translation>Confirmado por %1, %2.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/confirm_panel.py" line="101" />
            <source>UNCONFIRMED: computer-generated interpretation, to be reviewed by a qualified clinician.</source>
            <translation>NÃO CONFIRMADO: interpretação gerada por computador, a rever por um profissional de saúde qualificado.</translation>
        </message>
    </context>
    <context>
        <name>ConversationView</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="20" />
            <source>The interpretation appears here as the model writes it.</source>
            <translation>A interpretação aparece aqui à medida que o modelo a escreve.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="62" />
            <source>Follow-up question</source>
            <translation>Pergunta adicional</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/conversation_view.py" line="64" />
            <source>Incomplete: stopped before the model finished.</source>
            <translation>Incompleto: parado antes de o modelo terminar.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="49" />
            <source>Study history</source>
            <translation>Histórico de exames</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="53" />
            <source>Search by patient name or ID…</source>
            <translation>Pesquisar por nome ou ID do paciente…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="56" />
            <source>Lists the studies whose patient name or ID holds this text.</source>
            <translation>Mostra os exames cujo nome ou ID do paciente contém este texto.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="57" />
            <source>Search by patient name or ID</source>
            <translation>Pesquisar por nome ou ID do paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="59" />
            <source>Between</source>
            <translation>Entre</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="61" />
            <source>List only the studies made between the two dates.</source>
            <translation>Mostrar apenas os exames feitos entre as duas datas.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>The first day listed, as YYYY-MM-DD.</source>
            <translation>O primeiro dia mostrado, como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="66" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>The last day listed, as YYYY-MM-DD.</source>
            <translation>O último dia mostrado, como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="67" />
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="75" />
            <source>and</source>
            <translation>e</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="80" />
            <source>One row per saved study, newest first; Enter reopens the chosen one.</source>
            <translation>Uma linha por exame guardado, o mais recente primeiro; Enter reabre o escolhido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="81" />
            <source>Saved studies</source>
            <translation>Exames guardados</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="82" />
            <source>Date</source>
            <translation>Data</translation>
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
            <translation>Abrir o exame escolhido para o ler, alterar ou confirmar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="105" />
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="108" />
            <source>Print the chosen study's report.</source>
            <translation>Imprimir o relatório do exame escolhido.</translation>
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
            <translation>Eliminar o exame escolhido, depois de perguntar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="134" />
            <source>The study history cannot be opened: %1</source>
            <translation>Não é possível abrir o histórico de exames: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="135" />
            <source>1 study</source>
            <translation>1 exame</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="136" />
            <source>%1 studies</source>
            <translation>%1 exames</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="139" />
            <source>confirmed by %1</source>
            <translation>confirmado por %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>unconfirmed</source>
            <translation>não confirmado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="140" />
            <source>draft</source>
            <translation>rascunho</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="141" />
            <source>incomplete</source>
            <translation>incompleto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="160" />
            <source>Reopen a study</source>
            <translation>Reabrir um exame</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="112" />
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="173" />
            <source>Export the study to a folder</source>
            <translation>Exportar o exame para uma pasta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="176" />
            <source>Exporting…</source>
            <translation>A exportar…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="178" />
            <source>Exported to %1</source>
            <translation>Exportado para %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="184" />
            <source>this patient</source>
            <translation>este paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="185" />
            <source>Delete study</source>
            <translation>Eliminar exame</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/history_page.py" line="186" />
            <source>Delete the study of %1 from %2, with its images and report? This cannot be undone.</source>
            <translation>Eliminar o exame de %1 de %2, com as suas imagens e relatório? Esta ação não pode ser anulada.</translation>
        </message>
    </context>
    <context>
        <name>ImageCanvas</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/image_canvas.py" line="47" />
            <source>Drag to the corner of the ECG paper</source>
            <translation>Arraste até ao canto do papel do ECG</translation>
        </message>
    </context>
    <context>
        <name>InterpretPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>The picture the model reads.</source>
            <translation>A imagem que o modelo lê.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="47" />
            <source>ECG picture</source>
            <translation>Imagem do ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="61" />
            <source>Cancel (Esc)</source>
            <translation>Cancelar (Esc)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="64" />
            <source>Stop the model; the text written so far is kept.</source>
            <translation>Parar o modelo; o texto escrito até agora é mantido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="65" />
            <source>Interpret again</source>
            <translation>Interpretar de novo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="68" />
            <source>Ask the model again from the start.</source>
            <translation>Perguntar de novo ao modelo desde o início.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="73" />
            <source>The model's words (verbatim, never changed)</source>
            <translation>O texto do modelo (literal, nunca alterado)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="77" />
            <source>The model's answer and the follow-up answers, as written; read only.</source>
            <translation>A resposta do modelo e as respostas adicionais, tal como foram escritas; só de leitura.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="83" />
            <source>Ask a follow-up question about this ECG…</source>
            <translation>Faça uma pergunta adicional sobre este ECG…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="85" />
            <source>Type a question about this ECG and press Enter.</source>
            <translation>Escreva uma pergunta sobre este ECG e prima Enter.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="86" />
            <source>Follow-up question</source>
            <translation>Pergunta adicional</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="87" />
            <source>Ask</source>
            <translation>Perguntar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="90" />
            <source>Ask the model the follow-up question.</source>
            <translation>Fazer a pergunta adicional ao modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="122" />
            <source>ID %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/interpret_page.py" line="124" />
            <source>No patient details</source>
            <translation>Sem dados do paciente</translation>
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
            <translation>Cancele primeiro a interpretação em curso (Esc).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="225" />
            <source>Start a new study</source>
            <translation>Iniciar um novo exame</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="231" />
            <source>Open an ECG image or PDF</source>
            <translation>Abrir uma imagem ou PDF de ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="232" />
            <source>ECG images and PDFs (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Digital ECG recordings (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;All files (*)</source>
            <translation>Imagens e PDF de ECG (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.gif *.pdf);;Registos de ECG digitais (WFDB, DICOM, HL7 aECG, Philips, GE MUSE, EDF, SCP-ECG) (*.hea *.xml *.dcm *.edf *.scp);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="241" />
            <source>pasted image</source>
            <translation>imagem colada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="242" />
            <source>The clipboard holds no image. Copy an ECG image first.</source>
            <translation>A área de transferência não contém nenhuma imagem. Copie primeiro uma imagem de ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="274" />
            <source>Wait for the interpretation to finish, or cancel it.</source>
            <translation>Aguarde que a interpretação termine ou cancele-a.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="276" />
            <source>dropped image</source>
            <translation>imagem largada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="297" />
            <source>This study has changes that are not saved. Save them first?</source>
            <translation>Este exame tem alterações não guardadas. Guardá-las primeiro?</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="307" />
            <location filename="../../pulse_desktop/gui/main_window.py" line="316" />
            <source>Close PULSE Desktop</source>
            <translation>Fechar o PULSE Desktop</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/main_window.py" line="308" />
            <source>The model is still working. Stop it and close? The text written so far is kept.</source>
            <translation>O modelo ainda está a trabalhar. Pará-lo e fechar? O texto escrito até agora é mantido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="73" />
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/app.py" line="74" />
            <source>Some settings could not be used; the app uses the defaults for them.</source>
            <translation>Não foi possível usar algumas definições; a aplicação usa os valores predefinidos para elas.</translation>
        </message>
    </context>
    <context>
        <name>MeasurementPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="22" />
            <source>Measured from the digital recording</source>
            <translation>Medições do registo digital</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="45" />
            <source>not measured: %1</source>
            <translation>não medido: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/measurement_panel.py" line="47" />
            <source>Measured by PULSE Desktop (method %1); computer measurements, to be confirmed by a clinician.</source>
            <translation>Medido pelo PULSE Desktop (método %1); medições por computador, a confirmar por um clínico.</translation>
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
            <translation>Os pacotes de modelo instalados; os detalhes do escolhido aparecem abaixo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="71" />
            <source>Model bundles</source>
            <translation>Pacotes de modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="72" />
            <source>Bundle</source>
            <translation>Pacote</translation>
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
            <translation>Quantização</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="73" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="93" />
            <source>Where the chosen bundle is, and how it was checked.</source>
            <translation>Onde está o pacote escolhido e como foi verificado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="94" />
            <source>Bundle details</source>
            <translation>Detalhes do pacote</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="97" />
            <source>Import a bundle folder…</source>
            <translation>Importar uma pasta de pacote…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="100" />
            <source>Copy a prepared bundle folder (with its manifest.json) onto this computer.</source>
            <translation>Copiar para este computador uma pasta de pacote preparada (com o seu manifest.json).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="102" />
            <source>Convert downloaded PULSE-7B weights…</source>
            <translation>Converter os pesos do PULSE-7B transferidos…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="105" />
            <source>Make a bundle from the downloaded PULSE-7B checkpoint; this takes tens of minutes.</source>
            <translation>Criar um pacote a partir do ponto de controlo PULSE-7B transferido; demora dezenas de minutos.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="109" />
            <source>Q4_K_M (smallest, about 4.5 GB)</source>
            <translation>Q4_K_M (o mais pequeno, cerca de 4,5 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="110" />
            <source>Q5_K_M (about 5.2 GB)</source>
            <translation>Q5_K_M (cerca de 5,2 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="111" />
            <source>Q8_0 (most faithful, about 7.5 GB)</source>
            <translation>Q8_0 (o mais fiel, cerca de 7,5 GB)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="113" />
            <source>How finely the converted language model keeps its weights.</source>
            <translation>Com que precisão o modelo de linguagem convertido guarda os seus pesos.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="115" />
            <source>Use this bundle</source>
            <translation>Usar este pacote</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="118" />
            <source>Read every ECG with the chosen bundle.</source>
            <translation>Ler cada ECG com o pacote escolhido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="133" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="136" />
            <source>Stop the import or the conversion; nothing is installed.</source>
            <translation>Parar a importação ou a conversão; nada é instalado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="153" />
            <source>damaged: %1</source>
            <translation>danificado: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="154" />
            <source>in use</source>
            <translation>em uso</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>ready</source>
            <translation>pronto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="155" />
            <source>failed validation</source>
            <translation>falhou a validação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="156" />
            <source>not a clinical model</source>
            <translation>não é um modelo clínico</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="178" />
            <source>No model is installed yet. Set one up in Models before interpreting.</source>
            <translation>Ainda não há nenhum modelo instalado. Instale um em Modelos antes de interpretar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="180" />
            <source>No installed model can be used. Open Models to see why.</source>
            <translation>Nenhum modelo instalado pode ser usado. Abra Modelos para ver porquê.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="187" />
            <source>NOT A CLINICAL MODEL (%1 bundle "%2")</source>
            <translation>NÃO É UM MODELO CLÍNICO (pacote %1 «%2»)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="192" />
            <source>The model bundles installed on this computer. The one in use reads every ECG; choose another here or in Settings.</source>
            <translation>Os pacotes de modelo instalados neste computador. O que está em uso lê cada ECG; escolha outro aqui ou nas Definições.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="195" />
            <source>&lt;b&gt;Welcome. PULSE Desktop needs its model before it can read ECGs.&lt;/b&gt;&lt;br&gt;The model (PULSE-7B) runs entirely on this computer; nothing is sent anywhere. Set it up once:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Import a bundle folder&lt;/b&gt; if someone prepared one (for example on a USB stick): choose the folder that contains &lt;i&gt;manifest.json&lt;/i&gt;. This is the quickest way.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Convert downloaded weights&lt;/b&gt; if you have the PULSE-7B checkpoint folder. Conversion takes a long time (tens of minutes) and needs about 30 GB of free memory and disk.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;b&gt;Bem-vindo. O PULSE Desktop precisa do seu modelo para poder ler ECG.&lt;/b&gt;&lt;br&gt;O modelo (PULSE-7B) funciona inteiramente neste computador; nada é enviado para lado nenhum. Instale-o uma vez:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Importar uma pasta de pacote&lt;/b&gt; se alguém preparou uma (por exemplo numa pen USB): escolha a pasta que contém &lt;i&gt;manifest.json&lt;/i&gt;. É a forma mais rápida.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Converter os pesos transferidos&lt;/b&gt; se tiver a pasta do checkpoint do PULSE-7B. A conversão demora muito (dezenas de minutos) e precisa de cerca de 30 GB de memória e disco livres.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="216" />
            <source>Not a clinical model: this %1 bundle exists for testing. Its answers are meaningless; never use them for a patient.</source>
            <translation>Não é um modelo clínico: este pacote %1 existe apenas para testes. As suas respostas não têm significado; nunca as use para um paciente.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="218" />
            <source>Folder</source>
            <translation>Pasta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Vision precision</source>
            <translation>Precisão da visão</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="221" />
            <source>Merge</source>
            <translation>Fusão</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="222" />
            <source>Created</source>
            <translation>Criado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>Validation</source>
            <translation>Validação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>passed</source>
            <translation>aprovada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="223" />
            <source>FAILED</source>
            <translation>FALHOU</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="226" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="238" />
            <source>Choose the bundle folder</source>
            <translation>Escolher a pasta do pacote</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="240" />
            <source>Importing %1</source>
            <translation>A importar %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="245" />
            <source>Choose the downloaded PULSE-7B checkpoint folder</source>
            <translation>Escolher a pasta do checkpoint do PULSE-7B transferido</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="248" />
            <source>Converting %1 (%2)</source>
            <translation>A converter %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="258" />
            <source>Installed %1.</source>
            <translation>%1 instalado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="260" />
            <source>Cancelled; nothing was installed.</source>
            <translation>Cancelado; nada foi instalado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="261" />
            <source>Failed: %1</source>
            <translation>Falhou: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/models_page.py" line="287" />
            <source>Cancelling…</source>
            <translation>A cancelar…</translation>
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
            <translation>se a data de nascimento for desconhecida</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Female</source>
            <translation>Feminino</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="36" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="40" />
            <source>e.g. chest pain, pre-operative</source>
            <translation>p. ex. dor torácica, pré-operatório</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="41" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="42" />
            <source>Patient &amp;ID</source>
            <translation>&amp;ID do paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="43" />
            <source>Date of &amp;birth</source>
            <translation>Data de nasci&amp;mento</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="44" />
            <source>&amp;Age</source>
            <translation>Ida&amp;de</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="45" />
            <source>Se&amp;x</source>
            <translation>&amp;Sexo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="46" />
            <source>In&amp;dication</source>
            <translation>Indi&amp;cação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="47" />
            <source>The patient's full name, as printed on the report.</source>
            <translation>O nome completo do paciente, tal como é impresso no relatório.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="48" />
            <source>The hospital or clinic number of the patient.</source>
            <translation>O número do paciente no hospital ou na clínica.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="49" />
            <source>Year, month and day, as YYYY-MM-DD.</source>
            <translation>Ano, mês e dia, como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="50" />
            <source>In years; give it when the date of birth is unknown.</source>
            <translation>Em anos; indique-a quando a data de nascimento é desconhecida.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="51" />
            <source>The patient's sex, printed on the report.</source>
            <translation>O sexo do paciente, impresso no relatório.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="52" />
            <source>Why the ECG was recorded, printed on the report.</source>
            <translation>Porque foi registado o ECG; impresso no relatório.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="84" />
            <source>Write the date of birth as YYYY-MM-DD, or leave it empty and give the age.</source>
            <translation>Escreva a data de nascimento como AAAA-MM-DD, ou deixe-a vazia e indique a idade.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/patient_form.py" line="86" />
            <source>The date of birth is in the future.</source>
            <translation>A data de nascimento é no futuro.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWidget</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="30" />
            <source>The camera's picture, with the paper's outline once it is found.</source>
            <translation>A imagem da câmara, com o contorno do papel assim que for encontrado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="31" />
            <source>Camera preview</source>
            <translation>Pré-visualização da câmara</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/capture_page.py" line="44" />
            <source>Starting the camera…</source>
            <translation>A iniciar a câmara…</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="23" />
            <source>Loading the model</source>
            <translation>Carregar o modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="24" />
            <source>Preparing the image</source>
            <translation>Preparar a imagem</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="25" />
            <source>Reading the image (vision)</source>
            <translation>Ler a imagem (visão)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="26" />
            <source>Passing the image to the language model</source>
            <translation>Passar a imagem ao modelo de linguagem</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="27" />
            <source>Writing the answer</source>
            <translation>Escrever a resposta</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="68" />
            <source>Starting…</source>
            <translation>A iniciar…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="76" />
            <source>Stopped. The text written so far is kept and marked as incomplete.</source>
            <translation>Parado. O texto escrito até agora é mantido e marcado como incompleto.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="78" />
            <source>Stopped by an error.</source>
            <translation>Parado por um erro.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="80" />
            <source>Finished.</source>
            <translation>Concluído.</translation>
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
            <translation>A escrever…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="128" />
            <source>Image part %1 of %2</source>
            <translation>Parte da imagem %1 de %2</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="130" />
            <source>%1 of %2 tokens (%3%)</source>
            <translation>%1 de %2 tokens (%3%)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="141" />
            <source> (about %1 tokens/s here)</source>
            <translation> (cerca de %1 tokens/s aqui)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="142" />
            <source>%1: the answer appears below as it is written.</source>
            <translation>%1: a resposta aparece abaixo à medida que é escrita.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="146" />
            <source>%1. About %2 left before the answer starts (speeds measured on this computer).</source>
            <translation>%1. Faltam cerca de %2 até a resposta começar (velocidades medidas neste computador).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="149" />
            <source>%1. About %2 left in this step.</source>
            <translation>%1. Faltam cerca de %2 nesta etapa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/progress_panel.py" line="152" />
            <source>%1. Measuring the speed of this computer…</source>
            <translation>%1. A medir a velocidade deste computador…</translation>
        </message>
    </context>
    <context>
        <name>ReportFlow</name>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="46" />
            <source>Confirm the report</source>
            <translation>Confirmar o relatório</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="47" />
            <source>Your name, as it will be printed on the report ("Confirmed by"):</source>
            <translation>O seu nome, tal como será impresso no relatório («Confirmado por»):</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="53" />
            <source>Report confirmed by %1.</source>
            <translation>Relatório confirmado por %1.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="63" />
            <source>the study could not be saved</source>
            <translation>não foi possível guardar o exame</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="65" />
            <source>The report needs the study to be saved first (%1).</source>
            <translation>O relatório exige que o exame seja guardado primeiro (%1).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="66" />
            <source>Check the data folder, then try again.</source>
            <translation>Verifique a pasta de dados e tente de novo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="75" />
            <source>Save the report as PDF</source>
            <translation>Guardar o relatório em PDF</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="76" />
            <source>PDF files (*.pdf)</source>
            <translation>Ficheiros PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="87" />
            <source>Writing the PDF…</source>
            <translation>A escrever o PDF…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="91" />
            <source>Saved %1</source>
            <translation>%1 guardado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="114" />
            <source>Preparing the pages…</source>
            <translation>A preparar as páginas…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="124" />
            <source>ECG report %1</source>
            <translation>Relatório de ECG %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/report_flow.py" line="133" />
            <source>Sent %1 page(s) to the printer.</source>
            <translation>%1 página(s) enviada(s) para a impressora.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="81" />
            <source>Strai&amp;ghtened</source>
            <translation>Endireit&amp;ada</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="83" />
            <source>Show the picture straightened and cut to the paper, as the model reads it.</source>
            <translation>Mostrar a imagem endireitada e recortada pelo papel, tal como o modelo a lê.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="85" />
            <source>&amp;Original (drag the corners)</source>
            <translation>&amp;Original (arraste os cantos)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="87" />
            <source>Show the picture as opened, with four corner handles that mark the paper's outline.</source>
            <translation>Mostrar a imagem tal como foi aberta, com quatro pegas nos cantos que marcam o contorno do papel.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>Reduzir (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="98" />
            <source>Zoom out</source>
            <translation>Reduzir</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in (Ctrl++)</source>
            <translation>Ampliar (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="99" />
            <source>Zoom in</source>
            <translation>Ampliar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window (Ctrl+0)</source>
            <translation>Ajustar à janela (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="100" />
            <source>Fit to window</source>
            <translation>Ajustar à janela</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="109" />
            <source>The opened ECG. Ctrl++ and Ctrl+- zoom, Ctrl+0 fits it to the window, the arrow keys scroll. In the original view, keys 1 to 4 choose a corner of the paper and the arrow keys move it.</source>
            <translation>O ECG aberto. Ctrl++ e Ctrl+- ampliam e reduzem, Ctrl+0 ajusta-o à janela, as setas deslocam-no. Na vista original, as teclas 1 a 4 escolhem um canto do papel e as setas movem-no.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="111" />
            <source>ECG picture</source>
            <translation>Imagem do ECG</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="125" />
            <source>Image quality</source>
            <translation>Qualidade da imagem</translation>
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
            <translation>Pergunta ao modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="137" />
            <source>What the model is asked about this ECG; Settings holds the default question.</source>
            <translation>O que é perguntado ao modelo sobre este ECG; a pergunta predefinida está nas Definições.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="147" />
            <source>Choose another image</source>
            <translation>Escolher outra imagem</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="149" />
            <source>Start again with another picture.</source>
            <translation>Recomeçar com outra imagem.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="150" />
            <source>Interpret (Ctrl+Enter)</source>
            <translation>Interpretar (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="154" />
            <source>Send the picture and the question to the model.</source>
            <translation>Enviar a imagem e a pergunta ao modelo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Cannot be read: %1</source>
            <translation>Não pode ser lido: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="174" />
            <source>Warning: %1</source>
            <translation>Aviso: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="175" />
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="192" />
            <source>Undo the turn</source>
            <translation>Desfazer a rotação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="195" />
            <source>Show the picture the way it was opened.</source>
            <translation>Mostrar a imagem tal como foi aberta.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="197" />
            <source>Turn 90° clockwise</source>
            <translation>Girar 90° no sentido horário</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="200" />
            <source>Turn the picture a quarter turn clockwise and read it again.</source>
            <translation>Rodar a imagem um quarto de volta no sentido dos ponteiros do relógio e lê-la de novo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="202" />
            <source>Page of the file:</source>
            <translation>Página do arquivo:</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="206" />
            <source>Which page of the PDF or multi-page picture to read.</source>
            <translation>Que página do PDF ou da imagem com várias páginas ler.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="218" />
            <source>Turned by %1° clockwise to be the right way up.</source>
            <translation>Girada %1° no sentido horário para ficar na posição correta.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="220" />
            <source>Turned by %1° clockwise so that the rows run across. Which way up is a guess: check it, and turn it twice more if it is upside down.</source>
            <translation>Girada %1° no sentido horário para que as linhas fiquem na horizontal. Qual lado fica para cima é uma suposição: verifique e gire-a mais duas vezes se estiver de cabeça para baixo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="223" />
            <source>This page may be upside down (which way up could not be told): check it, and turn it twice if so.</source>
            <translation>Esta página pode estar de cabeça para baixo (não foi possível saber qual lado fica para cima): verifique e gire-a duas vezes se for o caso.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="270" />
            <source>Grid: %1 pixels per mm.</source>
            <translation>Quadrícula: %1 píxeis por mm.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="272" />
            <source>Drawn from the digital recording (3x4 page); the model reads this page as it is.</source>
            <translation>Desenhado a partir do registo digital (página 3x4); o modelo lê esta página tal como está.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="274" />
            <source>Shown as opened (no straightening applied).</source>
            <translation>Mostrada tal como foi aberta (sem endireitamento).</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="298" />
            <source>No quality problems found.</source>
            <translation>Não foram encontrados problemas de qualidade.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="318" />
            <source>Accept and interpret anyway</source>
            <translation>Aceitar e interpretar mesmo assim</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="319" />
            <source>The acceptance is recorded and printed on the report.</source>
            <translation>A aceitação fica registada e é impressa no relatório.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/review_page.py" line="320" />
            <source>Accept and interpret anyway: %1</source>
            <translation>Aceitar e interpretar mesmo assim: %1</translation>
        </message>
    </context>
    <context>
        <name>ServerSettingsTab</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="42" />
            <source>The address of the clinic's interpretation server.</source>
            <translation>O endereço do servidor de interpretação da clínica.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="46" />
            <source>The API key the server's administrator gave you.</source>
            <translation>A chave de API que o administrador do servidor lhe deu.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="49" />
            <source>The certificate fingerprint printed when the server was started; the app refuses a server whose certificate differs.</source>
            <translation>A impressão digital do certificado mostrada ao iniciar o servidor; a aplicação recusa um servidor cujo certificado seja diferente.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="53" />
            <source>This computer only</source>
            <translation>Apenas este computador</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="54" />
            <source>Use the server, fall back to this computer</source>
            <translation>Usar o servidor e, se falhar, este computador</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="55" />
            <source>Use the server only</source>
            <translation>Apenas o servidor</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="57" />
            <source>Where the model reads the ECGs.</source>
            <translation>Onde o modelo lê os ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="58" />
            <source>Check the server</source>
            <translation>Verificar o servidor</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="61" />
            <source>Reach the server and say what it serves.</source>
            <translation>Contactar o servidor e dizer que modelo serve.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="65" />
            <source>Server address</source>
            <translation>Endereço do servidor</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="66" />
            <source>API key</source>
            <translation>Chave de API</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="67" />
            <source>Certificate fingerprint</source>
            <translation>Impressão digital do certificado</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="68" />
            <source>Interpret on</source>
            <translation>Interpretar em</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/server_settings.py" line="78" />
            <source>Checking…</source>
            <translation>A verificar…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="46" />
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="58" />
            <source>e.g. District Hospital, Cardiology</source>
            <translation>p. ex. Hospital Distrital, Cardiologia</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="64" />
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="75" />
            <source>Facility name (report header)</source>
            <translation>Nome da unidade de saúde (cabeçalho do relatório)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="63" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="76" />
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="191" />
            <source>Facility logo</source>
            <translation>Logótipo da unidade de saúde</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="59" />
            <source>Printed at the top of every report.</source>
            <translation>Impresso no topo de cada relatório.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="62" />
            <source>A PNG or JPEG picture printed beside the facility's name.</source>
            <translation>Uma imagem PNG ou JPEG impressa ao lado do nome da unidade de saúde.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="66" />
            <source>Choose the logo picture.</source>
            <translation>Escolher a imagem do logótipo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="74" />
            <source>The paper size of the PDF and of the printout.</source>
            <translation>O tamanho do papel do PDF e da impressão.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="77" />
            <source>Paper size</source>
            <translation>Tamanho do papel</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="78" />
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="84" />
            <source>Asked about every ECG, unless changed on the review page.</source>
            <translation>Feita para cada ECG, a menos que seja alterada na página de revisão.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="87" />
            <source>Automatic (first clinical bundle)</source>
            <translation>Automático (primeiro pacote clínico)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="96" />
            <source>Which installed model reads the ECGs.</source>
            <translation>Que modelo instalado lê os ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="100" />
            <source>Automatic (from free GPU memory)</source>
            <translation>Automático (pela memória livre da GPU)</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="102" />
            <source>Layers of the language model placed on the GPU; 0 = CPU only.</source>
            <translation>Camadas do modelo de linguagem colocadas na GPU; 0 = apenas CPU.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="106" />
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="108" />
            <source>How many processor threads the model uses.</source>
            <translation>Quantas threads do processador o modelo usa.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="109" />
            <source>Default question</source>
            <translation>Pergunta predefinida</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="110" />
            <source>Model bundle</source>
            <translation>Pacote de modelo</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="111" />
            <source>GPU layers</source>
            <translation>Camadas na GPU</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="112" />
            <source>Start reading the ECG as soon as it is opened</source>
            <translation>Começar a ler o ECG assim que for aberto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="116" />
            <source>While you check the picture and enter the patient's details, the model is loaded and reads the image, so that the answer starts sooner after Interpret. It uses the processor (and the model's memory) meanwhile; nothing is shown or saved until you press Interpret.</source>
            <translation>Enquanto verifica a imagem e introduz os dados do paciente, o modelo é carregado e lê a imagem, para que a resposta comece mais cedo depois de Interpretar. Entretanto usa o processador (e a memória do modelo); nada é mostrado nem guardado até premir Interpretar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="119" />
            <source>CPU threads</source>
            <translation>Threads da CPU</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="121" />
            <source>Interpretation</source>
            <translation>Interpretação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="124" />
            <source>Interpretation server</source>
            <translation>Servidor de interpretação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="132" />
            <source>The camera that opens first: 0 is the computer's first camera.</source>
            <translation>A câmara que abre primeiro: 0 é a primeira câmara do computador.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="133" />
            <source>Capture automatically when the paper is found, sharp and still</source>
            <translation>Capturar automaticamente quando o papel for encontrado, nítido e imóvel</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="136" />
            <source>Otherwise press Space to take the picture.</source>
            <translation>Caso contrário, prima Espaço para tirar a fotografia.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="137" />
            <source>Camera number</source>
            <translation>Número da câmara</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="139" />
            <source>Camera</source>
            <translation>Câmara</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="145" />
            <source>System language</source>
            <translation>Idioma do sistema</translation>
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
            <translation>Um novo idioma entra em vigor quando a aplicação for reiniciada.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="158" />
            <source>Display</source>
            <translation>Ecrã</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="173" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="175" />
            <source>How large the window's text is, compared with the system's; 200% doubles it.</source>
            <translation>O tamanho do texto da janela em relação ao do sistema; 200% duplica-o.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="179" />
            <source>As the system asks</source>
            <translation>Como o sistema pedir</translation>
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
            <translation>O alto contraste mostra texto branco sobre preto, com cores fortes para os avisos.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="185" />
            <source>Text size</source>
            <translation>Tamanho do texto</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="186" />
            <source>Contrast</source>
            <translation>Contraste</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="187" />
            <source>Text size and contrast take effect when the app is started again.</source>
            <translation>O tamanho do texto e o contraste aplicam-se quando a aplicação for iniciada de novo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/settings_dialog.py" line="192" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imagens (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="23" />
            <source>New study</source>
            <translation>Novo exame</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="26" />
            <source>Photograph the printed ECG, or open a scan, a picture or a PDF from the cart.</source>
            <translation>Fotografe o ECG impresso, ou abra uma digitalização, uma fotografia ou um PDF do eletrocardiógrafo.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="38" />
            <source>Set up the model…</source>
            <translation>Instalar o modelo…</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="40" />
            <source>Opens Models, where the model is imported or converted.</source>
            <translation>Abre Modelos, onde o modelo é importado ou convertido.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="45" />
            <source>Capture with camera
Ctrl+K</source>
            <translation>Capturar com a câmara
Ctrl+K</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="48" />
            <source>Photograph the printed ECG with the camera.</source>
            <translation>Fotografar o ECG impresso com a câmara.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="49" />
            <source>Open file…
Ctrl+O</source>
            <translation>Abrir ficheiro…
Ctrl+O</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="52" />
            <source>Open a scan, a photo, a PDF or a digital ECG recording.</source>
            <translation>Abrir uma digitalização, uma fotografia, um PDF ou um registo de ECG digital.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="53" />
            <source>Paste image
Ctrl+V</source>
            <translation>Colar imagem
Ctrl+V</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="56" />
            <source>Use an ECG image copied to the clipboard.</source>
            <translation>Usar uma imagem de ECG copiada para a área de transferência.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/start_page.py" line="59" />
            <source>…or drop an image or PDF file anywhere on this window.</source>
            <translation>…ou largue uma imagem ou um ficheiro PDF em qualquer parte desta janela.</translation>
        </message>
    </context>
    <context>
        <name>StepBar</name>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>1  Image</source>
            <translation>1  Imagem</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>2  Check and patient</source>
            <translation>2  Verificação e paciente</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="19" />
            <source>3  Interpret</source>
            <translation>3  Interpretação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>4  Confirm</source>
            <translation>4  Confirmação</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/views/step_bar.py" line="20" />
            <source>5  Save or print</source>
            <translation>5  Guardar ou imprimir</translation>
        </message>
    </context>
    <context>
        <name>StudyController</name>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="231" />
            <source>Open or capture an ECG first.</source>
            <translation>Abra ou capture primeiro um ECG.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="232" />
            <source>The image cannot be interpreted: see the findings above.</source>
            <translation>A imagem não pode ser interpretada: veja os resultados acima.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="233" />
            <source>Accept the quality warnings (or take a better picture) to continue.</source>
            <translation>Aceite os avisos de qualidade (ou tire uma fotografia melhor) para continuar.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="234" />
            <source>The model is busy.</source>
            <translation>O modelo está ocupado.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="252" />
            <source>Retake the picture following the hints.</source>
            <translation>Tire de novo a fotografia seguindo as dicas.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="235" />
            <source>Follow-up questions need this study's interpretation in memory.</source>
            <translation>As perguntas adicionais precisam da interpretação deste exame em memória.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="265" />
            <source>Interpret the ECG again to ask more questions.</source>
            <translation>Interprete o ECG de novo para fazer mais perguntas.</translation>
        </message>
        <message>
            <location filename="../../pulse_desktop/gui/study_controller.py" line="319" />
            <source>The model has read the picture: the interpretation will start sooner.</source>
            <translation>O modelo já leu a imagem: a interpretação começará mais cedo.</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Não guardar</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Repor</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajuda</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sim</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Não</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Repor predefinições</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abortar</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Tentar de novo</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorar</translation>
        </message>
    </context>
</TS>
