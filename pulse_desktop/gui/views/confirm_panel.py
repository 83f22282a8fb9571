"""The clinician's side: the editable report text, confirmation, Save PDF and Print.

The model's text stays visible (verbatim, read-only) in the conversation beside this panel; edits are
kept separately, so the report can show both.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from pulse_desktop.core.study.session import StudySession
from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.theme import colours


class ConfirmPanel(QWidget):
    edited = Signal(str)
    confirm_requested = Signal()
    save_pdf_requested = Signal()
    print_requested = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = self.tr("Clinician's report")
        title = QLabel(f"<b>{heading}</b>")
        layout.addWidget(title)
        explanation = self.tr("Edit the interpretation here if needed. The model's original words stay "
                              "on the left and are printed with your changes marked.")
        explain = QLabel(explanation)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("reportEditor")
        self.editor.setPlaceholderText(self.tr("The interpretation appears here for editing once the model "
                                               "has finished."))
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.setTabChangesFocus(True)  # Tab leaves the editor (a keyboard user must get out)
        describe(self.editor, explanation, heading)
        layout.addWidget(self.editor, 1)
        self.edit_note = QLabel("")
        self.edit_note.setObjectName("editNote")
        layout.addWidget(self.edit_note)
        self.status = QLabel("")
        self.status.setObjectName("confirmStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Use the model's text"))
        self.reset_button.clicked.connect(self.reset_requested)
        describe(self.reset_button, self.tr("Replace your changes with the model's original text."))
        self.confirm_button = QPushButton(self.tr("Confirm…"))
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.clicked.connect(self.confirm_requested)
        describe(self.confirm_button, self.tr("Confirm the report under your name; it can no longer be "
                                              "edited afterwards."))
        row.addWidget(self.reset_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        out = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("savePdfButton")
        self.pdf_button.clicked.connect(self.save_pdf_requested)
        describe(self.pdf_button, self.tr("Save the report as a PDF file."))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_requested)
        describe(self.print_button, self.tr("Print the report"))
        out.addStretch(1)
        out.addWidget(self.pdf_button)
        out.addWidget(self.print_button)
        layout.addLayout(out)
        self._loading = False

    def show_session(self, session: StudySession, busy: bool) -> None:
        """Refresh from the session (never while the user types: only when the text really differs)."""
        has_answer = session.answered
        text = session.report_text
        if self.editor.toPlainText() != text:
            self._loading = True
            self.editor.setPlainText(text)
            self._loading = False
        locked = session.confirmed or busy or not has_answer
        self.editor.setReadOnly(locked)
        self.edit_note.setText(self.tr("Edited by the clinician.") if session.edited_text is not None else "")
        self.reset_button.setEnabled(not locked and session.edited_text is not None)
        self.confirm_button.setEnabled(has_answer and not busy and not session.confirmed
                                       and bool(session.report_text.strip()))
        self.pdf_button.setEnabled(has_answer and not busy)
        self.print_button.setEnabled(has_answer and not busy)
        if session.confirmed:
            self.status.setText(self.tr("Confirmed by %1, %2.").replace("%1", session.confirmed_by)
                                .replace("%2", session.confirmed_at))
            self.status.setStyleSheet(f"color:{colours().done};font-weight:bold")
        elif has_answer:
            self.status.setText(self.tr("UNCONFIRMED: computer-generated interpretation, to be reviewed by a "
                                        "qualified clinician."))
            self.status.setStyleSheet(f"color:{colours().blocking};font-weight:bold")
        else:
            self.status.setText("")

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.editor.toPlainText())
