"""Start the Qt application and show the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# For smoke tests of installed builds: quit this many milliseconds after the window is shown.
QUIT_AFTER_ENV = "PULSE_QUIT_AFTER_MS"
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "pulse-desktop.png"


def _install_translators(app) -> list:
    """Ours and Qt's in the Settings language, else the system's; right to left for Arabic."""
    from pulse_desktop.gui.translations import install_translators, language_setting, resolve_language

    return install_translators(app, resolve_language(language_setting()))


def _apply_display(app) -> None:
    """The Settings' text size and contrast (a damaged settings file gives the defaults)."""
    from pulse_desktop.core.settings import load_settings
    from pulse_desktop.gui.theme import apply_display

    try:
        settings = load_settings()
    except Exception:  # noqa: BLE001 - the window reports settings problems itself; never fail to start
        from pulse_desktop.core.settings import Settings

        settings = Settings()
    apply_display(app, settings.text_scale, settings.contrast)


def make_application(argv: list[str] | None = None):
    """The QApplication, set up once: names, high-DPI rounding, icon, translations, logging."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from pulse_desktop.gui.errors import setup_logging

    app = QApplication.instance()
    if app is None:
        # Fractional scaling (125 %, 150 %) as the system asks, not rounded to whole numbers.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("PULSE Desktop")
    app.setOrganizationName("PULSE")
    app.setApplicationDisplayName("PULSE Desktop")
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    if not getattr(app, "_pulse_translators", None):
        app._pulse_translators = _install_translators(app)
    if app.property("pulseSystemFont") is None:  # text size and contrast, once
        _apply_display(app)
    setup_logging()
    return app


def show_settings_problems(window) -> object | None:
    """A non-modal warning over ``window`` when settings.json could not be used as it is (damaged file, wrong
    values, unknown keys); the message names the file and says what to do. Returns the box, or None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from pulse_desktop.core.settings import read_settings

    loaded = read_settings()
    if not loaded.problems:
        return None
    # a fixed context: window.tr() would look in "MainWindow", lupdate files it under "window"
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Settings"),
                      QCoreApplication.translate(
                          "MainWindow", "Some settings could not be used; the app uses the defaults for them."),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("settingsProblems")
    box.setInformativeText(loaded.message())
    box.open()
    return box


def run_app(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QTimer

    from pulse_desktop.gui.errors import install_excepthook
    from pulse_desktop.gui.main_window import MainWindow

    app = make_application(argv)
    window = MainWindow()
    install_excepthook(lambda: window)
    window.show()
    window._settings_problems = show_settings_problems(window)  # kept alive with the window
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:
        QTimer.singleShot(int(quit_after), lambda: (window.close(), app.quit()))
    return app.exec()
