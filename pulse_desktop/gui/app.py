"""Start the Qt application and show the main window."""

from __future__ import annotations

import os
import sys

# For smoke tests of installed builds: quit this many milliseconds after the window is shown.
QUIT_AFTER_ENV = "PULSE_QUIT_AFTER_MS"


def run_app(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pulse_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("PULSE Desktop")
    app.setOrganizationName("PULSE")
    window = MainWindow()
    window.show()
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)
    return app.exec()
