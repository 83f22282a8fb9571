"""The one place where exceptions become what the user sees, and where the GUI's log is set up.

* :class:`~pulse_desktop.core.errors.PulseError` (an expected failure): a dialog with the reason and the
  hint on what to do.
* :class:`~pulse_desktop.core.errors.Cancelled`: nothing at all; the user asked for it.
* Anything else is a bug: a bug-report dialog whose details (version, platform, traceback) can be copied.

Every error is written to the log in :func:`pulse_desktop.core.paths.logs_dir`. Dialogs are opened
window-modal and non-blocking (``open()``), so a worker's failure never nests an event loop.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pulse_desktop import __version__
from pulse_desktop.core import paths
from pulse_desktop.core.errors import Cancelled, PulseError

LOG_NAME = "pulse-desktop.log"
log = logging.getLogger("pulse_desktop.gui")


def tr(text: str) -> str:
    """Module-level strings: Qt's lupdate files bare ``tr("...")`` calls under the empty context."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class ErrorReport:
    """An exception reduced to immutable text, so that it can cross from a worker thread to the GUI."""

    kind: str  # "expected", "cancelled" or "bug"
    type_name: str
    message: str
    hint: str
    details: str  # the traceback (for bugs) or the error's class and text
    exit_code: int = 1

    @property
    def is_bug(self) -> bool:
        return self.kind == "bug"

    @property
    def is_cancelled(self) -> bool:
        return self.kind == "cancelled"


def report_from_exception(exc: BaseException) -> ErrorReport:
    """Classify ``exc`` and keep what a dialog and the log need."""
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, Cancelled):
        return ErrorReport("cancelled", type(exc).__name__, exc.message, "", tb, exc.exit_code)
    if isinstance(exc, PulseError):
        return ErrorReport("expected", type(exc).__name__, exc.message, exc.hint, tb, exc.exit_code)
    if isinstance(exc, MemoryError):
        return ErrorReport("expected", "MemoryError", tr("This computer ran out of memory."),
                           tr("Close other programs, or choose a smaller model bundle in Models."), tb)
    return ErrorReport("bug", type(exc).__name__, str(exc) or type(exc).__name__, "", tb)


def bug_details(report: ErrorReport) -> str:
    """The text the user copies into a bug report."""
    return (f"PULSE Desktop {__version__}\nPython {sys.version.split()[0]} on {platform.platform()}\n"
            f"Log: {log_path()}\n\n{report.details}")


def log_path() -> Path:
    return paths.logs_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the user log folder (idempotent: one handler per log file)."""
    path = log_path()
    root = logging.getLogger("pulse_desktop")
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        paths.ensure_dir(path.parent)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return path  # a read-only profile must not stop the app; errors still reach the dialogs
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def log_report(report: ErrorReport, context: str = "") -> None:
    where = f" while {context}" if context else ""
    if report.is_cancelled:
        log.info("cancelled%s", where)
    elif report.is_bug:
        log.error("unexpected error%s:\n%s", where, report.details)
    else:
        log.warning("%s%s: %s %s", report.type_name, where, report.message, report.hint)


class BugReportDialog(QDialog):
    """An unexpected error: what happened in one sentence, and details the user can copy."""

    def __init__(self, report: ErrorReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bugReportDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("PULSE Desktop hit an unexpected problem and stopped this task. Your saved "
                               "studies are safe. Please send the details below to your support contact."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(bug_details(report))
        self.details.setReadOnly(True)
        self.details.setObjectName("bugDetails")
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setAccessibleDescription(self.tr("The text to send to your support contact."))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.copy_button.setAccessibleDescription(self.tr("Put the details on the clipboard."))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def show_error(parent: QWidget | None, report: ErrorReport | BaseException, context: str = "") -> QDialog | None:
    """Log and show ``report``; returns the (non-blocking) dialog, or None for a cancel."""
    if isinstance(report, BaseException):
        report = report_from_exception(report)
    log_report(report, context)
    if report.is_cancelled:
        return None
    if report.is_bug:
        dialog: QDialog = BugReportDialog(report, parent)
    else:
        box = QMessageBox(parent)
        box.setObjectName("errorDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("PULSE Desktop"))
        box.setText(report.message)
        if report.hint:
            box.setInformativeText(report.hint)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        dialog = box
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def install_excepthook(parent_getter=lambda: None) -> None:
    """Uncaught exceptions (e.g. in a slot) get the bug-report dialog instead of a silent death."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        try:
            show_error(parent_getter(), exc, "handling a window event")
        except Exception:  # noqa: BLE001 - the hook must never raise
            previous(exc_type, exc, tb)

    sys.excepthook = hook
