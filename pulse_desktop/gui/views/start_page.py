"""New study: capture with the camera, open a file, paste, or drop an image anywhere on the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from pulse_desktop.gui.accessible import describe
from pulse_desktop.gui.theme import colours


class StartPage(QWidget):
    capture_requested = Signal()
    open_requested = Signal()
    paste_requested = Signal()
    models_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel("<h1>{}</h1>".format(self.tr("New study")))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        intro = QLabel(self.tr("Photograph the printed ECG, or open a scan, a picture or a PDF from the cart."))
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model_banner = QFrame()
        self.model_banner.setObjectName("noModelBanner")
        self.model_banner.setStyleSheet(f"#noModelBanner{{background:{colours().banner_background};"
                                        f"border:1px solid {colours().banner_border};border-radius:6px}}")
        banner = QHBoxLayout(self.model_banner)
        self.model_text = QLabel("")
        self.model_text.setWordWrap(True)
        banner.addWidget(self.model_text, 1)
        setup = QPushButton(self.tr("Set up the model…"))
        setup.clicked.connect(self.models_requested)
        describe(setup, self.tr("Opens Models, where the model is imported or converted."))
        banner.addWidget(setup)
        layout.addWidget(self.model_banner)
        row = QHBoxLayout()
        row.addStretch(1)
        self.capture_button = self._big(self.tr("Capture with camera\nCtrl+K"), "captureButton", row,
                                        QStyle.StandardPixmap.SP_ComputerIcon)
        self.capture_button.clicked.connect(self.capture_requested)
        describe(self.capture_button, self.tr("Photograph the printed ECG with the camera."))
        self.open_button = self._big(self.tr("Open file…\nCtrl+O"), "openButton", row,
                                     QStyle.StandardPixmap.SP_DialogOpenButton)
        self.open_button.clicked.connect(self.open_requested)
        describe(self.open_button, self.tr("Open a scan, a photo, a PDF or a digital ECG recording."))
        self.paste_button = self._big(self.tr("Paste image\nCtrl+V"), "pasteButton", row,
                                      QStyle.StandardPixmap.SP_FileIcon)
        self.paste_button.clicked.connect(self.paste_requested)
        describe(self.paste_button, self.tr("Use an ECG image copied to the clipboard."))
        row.addStretch(1)
        layout.addLayout(row)
        drop = QLabel(self.tr("…or drop an image or PDF file anywhere on this window."))
        drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        drop.setStyleSheet(f"color:{colours().muted}")
        layout.addWidget(drop)
        layout.addStretch(2)
        self.set_model_problem("")

    def _big(self, text: str, name: str, row: QHBoxLayout, icon: QStyle.StandardPixmap) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), text)
        button.setIconSize(QSize(32, 32))
        button.setObjectName(name)
        button.setMinimumSize(200, 110)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        button.setFont(font)
        row.addWidget(button)
        return button

    def set_model_problem(self, text: str) -> None:
        """Show why no model can be used ('' hides the banner)."""
        self.model_text.setText(text)
        self.model_banner.setVisible(bool(text))
