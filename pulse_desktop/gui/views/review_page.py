"""Review: the straightened picture (or the original with its corner handles), the quality findings with
override for warnings, the patient's details and the question; then Interpret."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pulse_desktop.core.findings import Finding
from pulse_desktop.core.study.digital import measurements_of
from pulse_desktop.core.study.session import StudySession
from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.image_convert import pil_to_qimage
from pulse_desktop.gui.theme import colours
from pulse_desktop.gui.translations import core_message
from pulse_desktop.gui.views.image_canvas import ImageCanvas
from pulse_desktop.gui.views.measurement_panel import MeasurementPanel
from pulse_desktop.gui.views.patient_form import PatientForm

LEVEL_MARK = {"blocking": "✖", "warning": "⚠", "ok": "✓"}


def isolate(text: str) -> str:
    """``text`` as a bidirectional isolate (FSI ... PDI): its own direction inside any paragraph."""
    return f"\u2068{text}\u2069"


class _SideScroll(QScrollArea):
    """The side column: it scrolls down, never sideways, so it is never narrower than its content needs
    (larger text makes the splitter give it more room rather than cut it)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        content = self.widget()
        needed = 300 if content is None else content.minimumSizeHint().width()
        return QSize(max(300, needed + self.verticalScrollBar().sizeHint().width()), hint.height())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's needs changed (findings, larger text): tell the splitter
        return super().eventFilter(watched, event)


class ReviewPage(QWidget):
    interpret_requested = Signal(str)  # the question
    corners_changed = Signal(object)
    view_changed = Signal(bool)  # True = straightened
    override_changed = Signal(str, bool)
    retake_requested = Signal()
    turn_requested = Signal(int)  # clockwise degrees from the picture as opened (0: undo the turn)
    page_chosen = Signal(int)  # 0-based page of a PDF or multi-page TIFF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        outer = QHBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.splitter)

        left = QWidget()
        column = QVBoxLayout(left)
        bar = QHBoxLayout()
        self.straightened_radio = QRadioButton(self.tr("Strai&ghtened"))
        self.straightened_radio.setObjectName("showStraightened")
        describe(self.straightened_radio, self.tr("Show the picture straightened and cut to the paper, as the "
                                                  "model reads it."))
        self.original_radio = QRadioButton(self.tr("&Original (drag the corners)"))
        self.original_radio.setObjectName("showOriginal")
        describe(self.original_radio, self.tr("Show the picture as opened, with four corner handles that mark "
                                              "the paper's outline."))
        group = QButtonGroup(self)
        group.addButton(self.straightened_radio)
        group.addButton(self.original_radio)
        self.straightened_radio.setChecked(True)
        self.straightened_radio.toggled.connect(self._toggle_view)
        bar.addWidget(self.straightened_radio)
        bar.addWidget(self.original_radio)
        bar.addStretch(1)
        for text, name, tip, slot in (
                ("−", self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)"), lambda: self.canvas.zoom_by(1 / 1.25)),
                ("+", self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)"), lambda: self.canvas.zoom_by(1.25)),
                (self.tr("Fit"), self.tr("Fit to window"), self.tr("Fit to window (Ctrl+0)"), lambda: self.canvas.fit())):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            describe(button, tip, name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        column.addLayout(bar)
        self.canvas = ImageCanvas()
        describe(self.canvas, self.tr("The opened ECG. Ctrl++ and Ctrl+- zoom, Ctrl+0 fits it to the window, the "
                                      "arrow keys scroll. In the original view, keys 1 to 4 choose a corner of "
                                      "the paper and the arrow keys move it."), self.tr("ECG picture"))
        self.canvas.corners_changed.connect(self.corners_changed)
        column.addWidget(self.canvas, 1)
        self.image_note = QLabel("")
        self.image_note.setObjectName("imageNote")
        self.image_note.setWordWrap(True)
        column.addWidget(self.image_note)
        column.addLayout(self._turn_bar())
        self.splitter.addWidget(left)

        right = QWidget()
        side = QVBoxLayout(right)
        self.measurements = MeasurementPanel()  # a digital recording's measurements (hidden for a picture)
        side.addWidget(self.measurements)
        quality = QGroupBox(self.tr("Image quality"))
        self.findings_layout = QVBoxLayout(quality)
        side.addWidget(quality)
        details = QGroupBox(self.tr("Patient"))
        details_layout = QVBoxLayout(details)
        self.patient_form = PatientForm()
        details_layout.addWidget(self.patient_form)
        side.addWidget(details)
        ask = QGroupBox(self.tr("Question to the model"))
        ask_layout = QVBoxLayout(ask)
        self.question = QLineEdit()
        self.question.setObjectName("questionEdit")
        describe(self.question, self.tr("What the model is asked about this ECG; Settings holds the default "
                                        "question."), self.tr("Question to the model"))
        ask_layout.addWidget(self.question)
        side.addWidget(ask)
        side.addStretch(1)
        self.reason = QLabel("")
        self.reason.setObjectName("interpretReason")
        self.reason.setWordWrap(True)
        side.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.retake_button = QPushButton(self.tr("Choose another image"))
        self.retake_button.clicked.connect(self.retake_requested)
        describe(self.retake_button, self.tr("Start again with another picture."))
        self.interpret_button = QPushButton(self.tr("Interpret (Ctrl+Enter)"))
        self.interpret_button.setObjectName("interpretButton")
        self.interpret_button.setDefault(True)
        self.interpret_button.clicked.connect(self.request_interpret)
        describe(self.interpret_button, self.tr("Send the picture and the question to the model."))
        buttons.addWidget(self.retake_button)
        buttons.addStretch(1)
        buttons.addWidget(self.interpret_button)
        side.addLayout(buttons)
        scroll = _SideScroll()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll sideways
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through its controls, not to the area itself
        scroll.setWidget(right)
        right.installEventFilter(scroll)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self._shown: tuple[int, bool] | None = None
        self._findings_key: tuple | None = None

    def level_word(self, level: str) -> str:
        """How a finding's level is said in words (the colour and the mark only repeat it)."""
        return {"blocking": self.tr("Cannot be read: %1"), "warning": self.tr("Warning: %1"),
                "ok": self.tr("Note: %1")}.get(level, "%1")

    def first_control(self) -> QWidget:
        """Where the keyboard starts on this page: the first quality warning not yet accepted, else the
        patient's name."""
        for box in self.findChildren(QCheckBox):
            if box.objectName().startswith("override_") and not box.isChecked() and box.isEnabled():
                return box
        return self.patient_form.name

    def _turn_bar(self) -> QHBoxLayout:
        """The turn note with its undo and turn buttons, and the page chooser of a multi-page file."""
        bar = QHBoxLayout()
        self.turn_note = QLabel("")
        self.turn_note.setObjectName("turnNote")
        self.turn_note.setWordWrap(True)
        bar.addWidget(self.turn_note, 1)
        self.undo_turn_button = QPushButton(self.tr("Undo the turn"))
        self.undo_turn_button.setObjectName("undoTurnButton")
        self.undo_turn_button.clicked.connect(lambda: self.turn_requested.emit(0))
        describe(self.undo_turn_button, self.tr("Show the picture the way it was opened."))
        bar.addWidget(self.undo_turn_button)
        self.turn_button = QPushButton(self.tr("Turn 90° clockwise"))
        self.turn_button.setObjectName("turnButton")
        self.turn_button.clicked.connect(lambda: self.turn_requested.emit((self._turn + 90) % 360))
        describe(self.turn_button, self.tr("Turn the picture a quarter turn clockwise and read it again."))
        bar.addWidget(self.turn_button)
        self.page_label = QLabel(self.tr("Page of the file:"))
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pageSpin")
        self.page_label.setBuddy(self.page_spin)
        describe(self.page_spin, self.tr("Which page of the PDF or multi-page picture to read."))
        self.page_spin.setKeyboardTracking(False)  # a page is opened when the number is complete
        self.page_spin.valueChanged.connect(lambda value: self.page_chosen.emit(value - 1))
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_spin)
        self._turn = 0
        return bar

    def _show_turn_and_page(self, session: StudySession, can_turn: bool) -> None:
        review = session.review
        self._turn = review.turn if review is not None else 0
        if self._turn and (review is None or review.turn_sure):
            note = self.tr("Turned by %1° clockwise to be the right way up.")
        elif self._turn:
            note = self.tr("Turned by %1° clockwise so that the rows run across. Which way up is a guess: check it, "
                           "and turn it twice more if it is upside down.")
        elif review is not None and review.maybe_upside_down:
            note = self.tr("This page may be upside down (which way up could not be told): check it, "
                           "and turn it twice if so.")
        else:
            note = ""
        self.turn_note.setText(note.replace("%1", str(self._turn)))
        self.undo_turn_button.setVisible(bool(self._turn) and can_turn)
        self.turn_button.setVisible(can_turn)
        pages = int(getattr(session.loaded, "page_count", 1) or 1)
        self.page_label.setVisible(pages > 1)
        self.page_spin.setVisible(pages > 1)
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(1, pages))
        self.page_spin.setSuffix(f" / {pages}")
        self.page_spin.setValue(int(getattr(session.loaded, "page_index", 0) or 0) + 1)
        self.page_spin.blockSignals(False)

    def request_interpret(self) -> None:
        if self.interpret_button.isEnabled():
            self.interpret_requested.emit(self.question.text())

    def _toggle_view(self, straightened: bool) -> None:
        self.view_changed.emit(straightened)

    def show_session(self, session: StudySession, can_interpret: tuple[bool, str], default_question: str) -> None:
        review = session.review
        has_straight = review is not None and review.straightened is not None
        straightened = session.use_straightened and has_straight
        self.straightened_radio.setEnabled(has_straight)
        self.original_radio.setEnabled(has_straight)
        if self.straightened_radio.isChecked() != straightened and has_straight:
            self.straightened_radio.blockSignals(True)
            (self.straightened_radio if straightened else self.original_radio).setChecked(True)
            self.straightened_radio.blockSignals(False)
        image = review.straightened if straightened else session.original
        key = (id(image), straightened)
        new_image = image is not None and key != self._shown
        if new_image:
            self.canvas.set_image(session.picture(image) or pil_to_qimage(image), keep_view=True)
            self._shown = key
        digital = measurements_of(session.loaded)
        self.measurements.show_measurements(digital)
        self.canvas.set_corners(review.corners if (review is not None and not straightened and digital is None)
                                else None)  # a page drawn from a recording has no paper corners to move
        if new_image:
            self.canvas.fit()
        notes = list(getattr(session.loaded, "notes", ()) or ())
        if review is not None and review.px_per_mm:
            notes.append(self.tr("Grid: %1 pixels per mm.").replace("%1", f"{review.px_per_mm:.1f}"))
        if digital is not None:
            notes.append(self.tr("Drawn from the digital recording (3x4 page); the model reads this page as it is."))
        elif not has_straight and session.has_image:
            notes.append(self.tr("Shown as opened (no straightening applied)."))
        self.image_note.setText(" ".join(notes))
        self._show_turn_and_page(session, bool(review is not None and review.checked and digital is None
                                               and session.has_image))
        self._show_findings(review.findings if review else (), session.overrides)
        self.patient_form.set_patient(session.patient, session.indication)
        if not self.question.text():
            self.question.setText(default_question)
            self.question.setCursorPosition(0)
        ok, why = can_interpret
        problem = self.patient_form.problem()
        self.interpret_button.setEnabled(ok and not problem)
        self.reason.setText(problem or why)

    def _show_findings(self, findings: tuple[Finding, ...], overrides: tuple[str, ...]) -> None:
        key = (findings, overrides)
        if key == self._findings_key:
            return
        self._findings_key = key
        while self.findings_layout.count():
            item = self.findings_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not findings:
            label = QLabel(self.tr("No quality problems found."))
            self.findings_layout.addWidget(label)
            return
        previous: QWidget = self.page_spin  # Tab: picture, turn, page, then the warnings, then the patient
        for finding in findings:
            icon = LEVEL_MARK.get(finding.level, "•")
            colour = {"blocking": colours().blocking, "warning": colours().warning,
                      "ok": colours().done}.get(finding.level, colours().muted)
            # the level in words, not by colour alone; the core's English message isolated, so that in a
            # right-to-left window its full stop stays at its end
            message = core_message(finding.message)  # the report's words for it, in the window's language
            said = self.level_word(finding.level).replace("%1", isolate(message))
            text = f"<span style='color:{colour}'>{icon} <b>{html.escape(said)}</b></span>"
            if finding.hint:
                text += f"<br>{html.escape(isolate(finding.hint))}"
            label = QLabel(text)
            label.setWordWrap(True)
            label.setObjectName(f"finding_{finding.name}")
            self.findings_layout.addWidget(label)
            if finding.warning:
                box = QCheckBox(self.tr("Accept and interpret anyway"))
                box.setToolTip(self.tr("The acceptance is recorded and printed on the report."))
                box.setAccessibleName(self.tr("Accept and interpret anyway: %1").replace("%1", message))
                box.setObjectName(f"override_{finding.name}")
                box.setChecked(finding.name in overrides)
                box.toggled.connect(lambda on, name=finding.name: self.override_changed.emit(name, on))
                self.findings_layout.addWidget(box)
                QWidget.setTabOrder(previous, box)
                previous = box
