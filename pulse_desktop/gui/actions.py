"""Menus, toolbar and keyboard shortcuts for every main action of the window."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

from pulse_desktop import __version__
from pulse_desktop.core import paths
from pulse_desktop.core.study.session import StudySession

if TYPE_CHECKING:
    from pulse_desktop.gui.main_window import MainWindow


FALLBACK_KEYS = {QKeySequence.StandardKey.Quit: "Ctrl+Q", QKeySequence.StandardKey.Preferences: "Ctrl+,"}


def tr(text: str) -> str:
    """Module-level strings: Qt's lupdate files bare ``tr("...")`` calls under the empty context."""
    return QCoreApplication.translate("", text)


def _action(window: MainWindow, name: str, text: str, shortcut, slot, tip: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        sequences: list[QKeySequence] = []
        for key in shortcut if isinstance(shortcut, list) else [shortcut]:
            if isinstance(key, QKeySequence.StandardKey):  # the platform's keys, or ours where it has none
                sequences += QKeySequence.keyBindings(key) or [QKeySequence(FALLBACK_KEYS.get(key, ""))]
            else:
                sequences.append(QKeySequence(key))
        action.setShortcuts([q for q in sequences if not q.isEmpty()])
    action.setToolTip(f"{tip or text.replace('&', '').replace('…', '')} "
                      f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
    action.triggered.connect(lambda _checked=False: slot())  # never hand `checked` to a slot's first parameter
    window.addAction(action)
    return action


def install(window: MainWindow) -> dict[str, QAction]:
    w, s = window, window.study
    a = {
        "new": _action(w, "actNew", tr("&New study"), QKeySequence.StandardKey.New, w.new_study),
        "open": _action(w, "actOpen", tr("&Open image or PDF…"), QKeySequence.StandardKey.Open, w.open_file),
        "capture": _action(w, "actCapture", tr("&Capture with camera…"), "Ctrl+K", w.start_capture),
        "paste": _action(w, "actPaste", tr("&Paste image"), "Ctrl+Shift+V", w.paste),
        "interpret": _action(w, "actInterpret", tr("&Interpret"), ["Ctrl+Return", "Ctrl+Enter"],
                             w.review_page.request_interpret),
        "cancel": _action(w, "actCancel", tr("&Cancel interpretation"), "Esc", s.cancel),
        "follow_up": _action(w, "actFollowUp", tr("Ask a &follow-up question"), "Ctrl+L",
                             lambda: w.interpret_page.question_edit.setFocus()),
        "confirm": _action(w, "actConfirm", tr("C&onfirm report…"), "Ctrl+Shift+C", w.report.confirm),
        "save_pdf": _action(w, "actSavePdf", tr("&Save PDF…"), QKeySequence.StandardKey.Save, w.report.save_pdf),
        "print": _action(w, "actPrint", tr("&Print…"), QKeySequence.StandardKey.Print, w.report.print_report),
        "history": _action(w, "actHistory", tr("Study &history"), "Ctrl+H", lambda: w.show_page("history")),
        "models": _action(w, "actModels", tr("&Models"), "Ctrl+M", lambda: w.show_page("models")),
        "settings": _action(w, "actSettings", tr("&Settings…"), QKeySequence.StandardKey.Preferences,
                            lambda: open_settings(w)),
        "quit": _action(w, "actQuit", tr("&Quit"), QKeySequence.StandardKey.Quit, w.close),
        "zoom_in": _action(w, "actZoomIn", tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn,
                           lambda: w.review_page.canvas.zoom_by(1.25)),
        "zoom_out": _action(w, "actZoomOut", tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut,
                            lambda: w.review_page.canvas.zoom_by(0.8)),
        "zoom_fit": _action(w, "actZoomFit", tr("&Fit to window"), "Ctrl+0", lambda: w.review_page.canvas.fit()),
        "logs": _action(w, "actLogs", tr("Open the &log folder"), None,
                        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.logs_dir())))),
        "about": _action(w, "actAbout", tr("&About PULSE Desktop"), None, lambda: about(w)),
    }
    # Ctrl+V pastes an image on the start page; in text fields it keeps pasting text.
    paste_here = QAction(w.start_page)
    paste_here.setShortcut(QKeySequence.StandardKey.Paste)
    paste_here.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    paste_here.triggered.connect(w.paste)
    w.start_page.addAction(paste_here)

    bar = w.menuBar()
    menus = {
        tr("&File"): ["new", "open", "capture", "paste", None, "save_pdf", "print", None, "quit"],
        tr("&Study"): ["interpret", "cancel", "follow_up", "confirm"],
        tr("&View"): ["zoom_in", "zoom_out", "zoom_fit", None, "history", "models"],
        tr("&Tools"): ["settings", "logs"],
        tr("&Help"): ["about"],
    }
    for title, names in menus.items():
        menu = bar.addMenu(title)
        for name in names:
            menu.addSeparator() if name is None else menu.addAction(a[name])
    toolbar = QToolBar(tr("Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for name in ("new", "open", "capture", None, "history", "models", "settings"):
        toolbar.addSeparator() if name is None else toolbar.addAction(a[name])
    w.addToolBar(toolbar)
    return a


def update_enabled(window: MainWindow, session: StudySession, busy: bool) -> None:
    a = window.actions
    answered = session.answered
    a["interpret"].setEnabled(window.study.can_interpret()[0] and window.current_page == "review")
    a["cancel"].setEnabled(busy)
    a["follow_up"].setEnabled(answered and not busy)
    a["confirm"].setEnabled(answered and not busy and not session.confirmed)
    a["save_pdf"].setEnabled(bool(session.turns) and not busy)
    a["print"].setEnabled(bool(session.turns) and not busy)
    for name in ("new", "open", "capture", "paste"):
        a[name].setEnabled(not busy)


def open_settings(window: MainWindow) -> None:
    from pulse_desktop.gui.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.app_settings, window.services, window)
    dialog.accepted.connect(lambda: window.apply_settings(dialog.result_settings()))
    dialog.open()
    window.settings_dialog = dialog


def about(window: MainWindow) -> None:
    QMessageBox.about(window, tr("About PULSE Desktop"), tr(
        "<b>PULSE Desktop %1</b><br>An offline ECG reader running PULSE-7B on this computer.<br><br>"
        "Interpretations are computer-generated and unconfirmed until a qualified clinician confirms them."
        "<br><br>Python %2").replace("%1", __version__).replace("%2", platform.python_version()))
