"""Start the Qt application and show the main window."""

from __future__ import annotations

import sys


def run_app(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from pulse_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("PULSE Desktop")
    app.setOrganizationName("PULSE")
    window = MainWindow()
    window.show()
    return app.exec()
