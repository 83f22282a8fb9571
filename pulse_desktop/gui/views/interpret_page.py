"""Interpret: progress and Cancel, the streamed answer, follow-up questions; the clinician's panel beside."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pulse_desktop.core.study.digital import measurements_of
from pulse_desktop.core.study.session import StudySession
from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.image_convert import pil_to_qimage
from pulse_desktop.gui.views.confirm_panel import ConfirmPanel
from pulse_desktop.gui.views.conversation_view import ConversationView
from pulse_desktop.gui.views.measurement_panel import MeasurementPanel
from pulse_desktop.gui.views.progress_panel import ProgressPanel


class InterpretPage(QWidget):
    cancel_requested = Signal()
    follow_up_requested = Signal(str)
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interpretPage")
        outer = QHBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.splitter)

        left = QWidget()
        column = QVBoxLayout(left)
        head = QHBoxLayout()
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("ecgThumbnail")
        self.thumbnail.setFixedSize(180, 96)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border:1px solid #bbb;background:#fff")
        describe(self.thumbnail, self.tr("The picture the model reads."), self.tr("ECG picture"))
        head.addWidget(self.thumbnail)
        info = QVBoxLayout()
        self.patient_label = QLabel("")
        self.patient_label.setObjectName("patientSummary")
        self.patient_label.setWordWrap(True)
        info.addWidget(self.patient_label)
        self.progress = ProgressPanel()
        info.addWidget(self.progress)
        head.addLayout(info, 1)
        column.addLayout(head)
        self.measurements = MeasurementPanel()  # a digital recording's measurements (hidden for a picture)
        column.addWidget(self.measurements)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel_requested)
        describe(self.cancel_button, self.tr("Stop the model; the text written so far is kept."))
        self.retry_button = QPushButton(self.tr("Interpret again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.retry_requested)
        describe(self.retry_button, self.tr("Ask the model again from the start."))
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        column.addLayout(buttons)
        words = self.tr("The model's words (verbatim, never changed)")
        caption = QLabel(f"<b>{words}</b>")
        column.addWidget(caption)
        self.conversation = ConversationView()
        describe(self.conversation, self.tr("The model's answer and the follow-up answers, as written; read only."),
                 words)
        column.addWidget(self.conversation, 1)
        ask_row = QHBoxLayout()
        self.question_edit = QLineEdit()
        self.question_edit.setObjectName("followUpEdit")
        self.question_edit.setPlaceholderText(self.tr("Ask a follow-up question about this ECG…"))
        self.question_edit.returnPressed.connect(self._ask)
        describe(self.question_edit, self.tr("Type a question about this ECG and press Enter."),
                 self.tr("Follow-up question"))
        self.ask_button = QPushButton(self.tr("Ask"))
        self.ask_button.setObjectName("askButton")
        self.ask_button.clicked.connect(self._ask)
        describe(self.ask_button, self.tr("Ask the model the follow-up question."))
        ask_row.addWidget(self.question_edit, 1)
        ask_row.addWidget(self.ask_button)
        column.addLayout(ask_row)
        self.splitter.addWidget(left)

        self.confirm = ConfirmPanel()
        self.splitter.addWidget(self.confirm)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._busy = False

    def first_control(self) -> QWidget:
        """Where the keyboard starts on this page: Cancel while the model works, else the answer."""
        return self.cancel_button if self._busy else self.conversation

    def _ask(self) -> None:
        question = self.question_edit.text().strip()
        if question and not self._busy and self.ask_button.isEnabled():
            self.question_edit.clear()
            self.follow_up_requested.emit(question)

    def show_session(self, session: StudySession, busy: bool) -> None:
        self._busy = busy
        image = session.image_for_model()
        if image is not None and self.thumbnail.property("image_id") != id(image):
            pixmap = QPixmap.fromImage(session.picture(image, thumb=True) or pil_to_qimage(image))
            self.thumbnail.setPixmap(pixmap.scaled(self.thumbnail.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
            self.thumbnail.setProperty("image_id", id(image))
        self.measurements.show_measurements(measurements_of(session.loaded))
        patient = session.patient
        bits = [b for b in (patient.name, patient.patient_id and self.tr("ID %1").replace("%1", patient.patient_id),
                            patient.date_of_birth or patient.age, patient.sex) if b]
        self.patient_label.setText("<b>{}</b>".format(" · ".join(bits)) if bits else self.tr("No patient details"))
        if not busy:
            self.conversation.show_turns(session.turns)
        can_follow = session.answered and not busy and not session.confirmed
        self.question_edit.setEnabled(can_follow)
        self.ask_button.setEnabled(can_follow)
        self.cancel_button.setEnabled(busy)
        self.retry_button.setVisible(not busy and session.main_turn is not None and not session.answered)
        self.confirm.show_session(session, busy)
