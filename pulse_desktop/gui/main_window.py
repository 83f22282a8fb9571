"""The one window of the app."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from pulse_desktop import __version__


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("PULSE Desktop"))
        self.setCentralWidget(QLabel(self.tr(f"PULSE Desktop {__version__}: offline ECG reader")))
        self.resize(1100, 760)
