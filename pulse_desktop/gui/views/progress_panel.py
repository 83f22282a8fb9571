"""Stage-by-stage progress of an interpretation, with a real progress bar and the time left.

On a CPU the image prefill takes minutes: the panel says which stage runs, shows done/total of it in a
determinate bar (vision crops, prefill tokens), and an estimate from speeds measured on this computer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from pulse_desktop.core.events import Progress, StageFinished, StageStarted, Token
from pulse_desktop.gui.eta import EtaEstimator, SpeedBook, format_duration

STAGE_ORDER = ("load", "preprocess", "vision", "prefill", "decode")


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self._titles = {
            "load": self.tr("Loading the model"),
            "preprocess": self.tr("Preparing the image"),
            "vision": self.tr("Reading the image (vision)"),
            "prefill": self.tr("Passing the image to the language model"),
            "decode": self.tr("Writing the answer"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self._marks: dict[str, QLabel] = {}
        self._times: dict[str, QLabel] = {}
        for row, stage in enumerate(STAGE_ORDER):
            mark, title, seconds = QLabel("○"), QLabel(self._titles[stage]), QLabel("")
            seconds.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(mark, row, 0)
            grid.addWidget(title, row, 1)
            grid.addWidget(seconds, row, 2)
            self._marks[stage], self._times[stage] = mark, seconds
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.bar = QProgressBar()
        self.bar.setObjectName("stageProgress")
        self.bar.setTextVisible(True)
        layout.addWidget(self.bar)
        self.detail = QLabel("")
        self.detail.setObjectName("etaLabel")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.estimator: EtaEstimator | None = None
        self._stage = ""
        self._tokens = 0
        self._refresh = QTimer(self)
        self._refresh.setInterval(500)
        self._refresh.timeout.connect(self._update_eta)

    def start(self, book: SpeedBook, follow_up: bool = False) -> None:
        self.estimator = EtaEstimator(book)
        self._stage, self._tokens = "", 0
        for stage in STAGE_ORDER:
            skipped = follow_up and stage in ("load", "preprocess", "vision")
            self._marks[stage].setText("–" if skipped else "○")
            self._times[stage].setText("")
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setFormat("%p%")
        self.detail.setText(self.tr("Starting…"))
        self._refresh.start()

    def stop(self, outcome: str) -> None:
        self._refresh.stop()
        if self._stage and self._marks.get(self._stage) and self._marks[self._stage].text() == "●":
            self._marks[self._stage].setText("✕" if outcome != "succeeded" else "✓")
        if outcome == "cancelled":
            self.detail.setText(self.tr("Stopped. The text written so far is kept and marked as incomplete."))
        elif outcome == "failed":
            self.detail.setText(self.tr("Stopped by an error."))
        else:
            self.detail.setText(self.tr("Finished."))
            self.bar.setRange(0, 100)
            self.bar.setValue(100)
        if self.estimator is not None:
            self.estimator.book.save()

    def feed(self, event: object) -> None:
        if self.estimator is not None:
            self.estimator.feed(event)
        if isinstance(event, StageStarted):
            self._enter(event.stage)
        elif isinstance(event, StageFinished):
            if event.stage in self._marks:
                self._marks[event.stage].setText("✓")
                self._times[event.stage].setText(format_duration(event.seconds))
        elif isinstance(event, Progress):
            if event.stage != self._stage:
                self._enter(event.stage)
            if event.total > 0:
                self.bar.setRange(0, event.total)
                self.bar.setValue(min(event.done, event.total))
                self.bar.setFormat(self._progress_format(event))
            self._update_eta()
        elif isinstance(event, Token):
            self._tokens += 1
            if self._stage != "decode":
                self._enter("decode")
            self.bar.setFormat(self.tr("1 token written") if self._tokens == 1 else
                               self.tr("%1 tokens written").replace("%1", str(self._tokens)))

    def _enter(self, stage: str) -> None:
        if self._stage in self._marks and self._marks[self._stage].text() == "●":
            self._marks[self._stage].setText("✓")
        self._stage = stage
        if stage in self._marks:
            self._marks[stage].setText("●")
        if stage == "decode":
            self.bar.setRange(0, 1)  # decoding shows its text and token count; its length is unknown
            self.bar.setValue(1)
            self.bar.setFormat(self.tr("Writing…"))
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(0)
            self.bar.setFormat("%p%")
        self._update_eta()

    def _progress_format(self, event: Progress) -> str:
        if event.stage == "vision":
            return self.tr("Image part %1 of %2").replace("%1", str(event.done)).replace("%2", str(event.total))
        if event.stage == "prefill":
            return self.tr("%1 of %2 tokens (%3%)").replace("%1", f"{event.done:,}").replace(
                "%2", f"{event.total:,}").replace("%3", str(int(100 * event.fraction)))
        return "%p%"

    def _update_eta(self) -> None:
        if self.estimator is None or not self._stage:
            return
        stage = self._stage
        title = self._titles.get(stage, stage)
        if stage == "decode":
            rate = self.estimator.book.rate("decode")
            speed = "" if not rate else self.tr(" (about %1 tokens/s here)").replace("%1", f"{1 / rate:.1f}")
            self.detail.setText(self.tr("%1: the answer appears below as it is written.").replace("%1", title) + speed)
            return
        estimate = self.estimator.estimate()
        if estimate.total_seconds_left is not None:
            text = self.tr("%1. About %2 left before the answer starts (speeds measured on this computer).")
            text = text.replace("%2", format_duration(estimate.total_seconds_left))
        elif estimate.stage_seconds_left is not None:
            text = self.tr("%1. About %2 left in this step.").replace("%2",
                                                                   format_duration(estimate.stage_seconds_left))
        else:
            text = self.tr("%1. Measuring the speed of this computer…")
        self.detail.setText(text.replace("%1", title))
