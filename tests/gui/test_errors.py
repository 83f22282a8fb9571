"""Expected errors get reason + hint, bugs get copyable details, cancels get nothing; all are logged."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from pulse_desktop.core.errors import Cancelled, QualityBlockedError
from pulse_desktop.gui.errors import BugReportDialog, log_path, setup_logging, show_error


def test_expected_error_dialog_has_message_and_hint(qtbot):
    setup_logging()
    dialog = show_error(None, QualityBlockedError("The photo is blurred.", "Hold the camera still and retake."))
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QMessageBox)
    assert dialog.text() == "The photo is blurred."
    assert dialog.informativeText() == "Hold the camera still and retake."
    assert "The photo is blurred." in log_path().read_text(encoding="utf-8")


def test_bug_dialog_copies_details(qtbot):
    setup_logging()
    try:
        raise KeyError("missing")
    except KeyError as exc:
        dialog = show_error(None, exc)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, BugReportDialog)
    dialog.copy_button.click()
    text = QApplication.clipboard().text()
    assert "KeyError" in text and "Traceback" in text and "PULSE Desktop" in text
    assert "KeyError" in log_path().read_text(encoding="utf-8")


def test_cancel_shows_nothing(qtbot):
    assert show_error(None, Cancelled()) is None
