"""Capture: live camera preview with the detected paper outline and hints; auto-capture; camera choice."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QPolygonF, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.camera_feed import CameraFrame, Captured, run_camera

if TYPE_CHECKING:
    from pulse_desktop.gui.services import Services
    from pulse_desktop.gui.workers import JobRunner

CAMERA_CHOICES = 4


class PreviewWidget(QWidget):
    """Paints the latest preview frame, letterboxed, with the paper outline over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setMinimumSize(480, 300)
        describe(self, self.tr("The camera's picture, with the paper's outline once it is found."),
                 self.tr("Camera preview"))
        self.frame: CameraFrame | None = None

    def show_frame(self, frame: CameraFrame | None) -> None:
        self.frame = frame
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        frame = self.frame
        if frame is None:
            painter.setPen(QColor("#ccc"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Starting the camera…"))
            return
        image: QImage = frame.image
        size = image.size().toSizeF()
        size.scale(self.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                        size.width(), size.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, image)
        if frame.corners:
            k = target.width() / max(1, image.width())
            polygon = QPolygonF([QPointF(target.x() + x * k, target.y() + y * k) for x, y in frame.corners])
            colour = QColor(40, 200, 80) if not frame.hint else QColor(255, 170, 0)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(colour, 3))
            painter.drawPolygon(polygon)
        if frame.hint:
            box = QRectF(target.x(), target.bottom() - 40, target.width(), 40)
            painter.fillRect(box, QColor(0, 0, 0, 160))
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("camera", frame.hint))
        painter.end()


class CapturePage(QWidget):
    captured = Signal(bytes, str)  # PNG bytes, name
    back_requested = Signal()

    def __init__(self, services: Services, jobs: JobRunner) -> None:
        super().__init__()
        self.setObjectName("capturePage")
        self.services, self.jobs = services, jobs
        self.job = None
        self._capture_now = threading.Event()
        self.frames_seen = 0
        self.last_capture: Captured | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        camera_label = QLabel(self.tr("Camera:"))
        top.addWidget(camera_label)
        self.camera = QComboBox()
        self.camera.setObjectName("cameraChoice")
        for index in range(CAMERA_CHOICES):
            self.camera.addItem(self.tr("Camera %1").replace("%1", str(index + 1)), index)
        camera_label.setBuddy(self.camera)
        describe(self.camera, self.tr("Which camera to use, when the computer has more than one."))
        self.camera.activated.connect(lambda _i: self.start(self.camera.currentData()))
        top.addWidget(self.camera)
        self.auto = QCheckBox(self.tr("Capture automatically"))
        self.auto.setObjectName("autoCaptureBox")
        self.auto.setChecked(True)
        describe(self.auto, self.tr("Otherwise press Space to take the picture."))
        self.auto.toggled.connect(lambda _on: self.start(self.source) if self.running else None)
        top.addWidget(self.auto)
        top.addStretch(1)
        layout.addLayout(top)
        self.preview = PreviewWidget()
        layout.addWidget(self.preview, 1)
        self.status = QLabel(self.tr("Hold the printed ECG flat, fill the frame with it, and keep still."))
        self.status.setObjectName("captureStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        describe(back, self.tr("Stop the camera and go back to New study."))
        back.clicked.connect(lambda: (self.stop(), self.back_requested.emit()))
        self.capture_button = QPushButton(self.tr("Capture (Space)"))
        self.capture_button.setObjectName("captureNowButton")
        self.capture_button.clicked.connect(self.capture_now)
        describe(self.capture_button, self.tr("Take the picture now."))
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.capture_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.capture_now,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.source: int | str = 0

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, source: int | str | None = None, auto: bool | None = None) -> None:
        """Open ``source`` (camera index, or a video file path) and start the preview; ``auto`` sets the
        auto-capture box (None keeps it as it is)."""
        self.stop()
        self.source = self.source if source is None else source
        if auto is not None:
            self.auto.blockSignals(True)
            self.auto.setChecked(auto)
            self.auto.blockSignals(False)
        if isinstance(self.source, int):
            self.camera.setCurrentIndex(max(0, self.camera.findData(self.source)))
        self._capture_now = threading.Event()
        self.frames_seen = 0
        self.preview.show_frame(None)
        services, source_value, auto, flag = self.services, self.source, self.auto.isChecked(), self._capture_now

        def work(cancel):
            camera = services.open_camera(source_value)
            yield from run_camera(camera, services.paper_watcher(camera.fps), auto, flag, cancel)

        job = self.jobs.start("camera", work, context="using the camera")  # a failure: the error dialog
        self.job = job
        job.event.connect(self._on_frame)
        job.succeeded.connect(self._on_captured)
        job.finished.connect(lambda: self._ended(job))

    def _on_frame(self, frame: object) -> None:
        if isinstance(frame, CameraFrame):
            self.frames_seen += 1
            self.preview.show_frame(frame)
            hint = QCoreApplication.translate("camera", frame.hint) if frame.hint else ""  # the core's hints
            if frame.corners and not hint:
                hint = self.tr("Paper found. Hold still… %1%").replace("%1", str(int(frame.steady * 100)))
            self.status.setText(hint or self.tr("Looking for the ECG paper…"))

    def _on_captured(self, result: object) -> None:
        if isinstance(result, Captured):
            self.last_capture = result
            name = self.tr("camera capture") if not isinstance(self.source, str) else Path(self.source).name
            self.captured.emit(result.png, f"{name}.png")

    def _ended(self, job) -> None:
        if self.job is job:
            self.job = None

    def capture_now(self) -> None:
        if self.job is not None:
            self._capture_now.set()

    def stop(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.cancel()
            job.wait(3000)
