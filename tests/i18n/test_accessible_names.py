"""Every interactive control on each main screen has an accessible name (what a screen reader says):
the widget tree of each screen is walked, and each enabled-or-not visible control is asked through Qt's
accessibility interface, which also finds names given by a buddy label or the control's own text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from pulse_desktop.gui.views.settings_dialog import SettingsDialog
from tests.gui.fakes import FakeEngine
from tests.gui.helpers import accept_warnings, install_fake_bundle
from tests.gui.photos import moving_then_still_video
from tests.support.paths import ECG_IMAGES

#: Controls known to lack a name (issue 19), listed for the owners of the view files to name. The first test
#: fails on any other unnamed control; the second (expected to fail) turns into a failure of its own, XPASS,
#: once these are named, so that this list is then emptied.
KNOWN_UNNAMED = frozenset({
    "modelsPage/QTableWidget:bundleTable", "modelsPage/QTextBrowser:bundleDetails",  # views/models_page.py
    "reviewPage/ImageCanvas:imageCanvas",  # views/review_page.py (the ECG picture)
    "interpretPage/ConversationView:conversation", "interpretPage/QLineEdit:followUpEdit",  # interpret_page.py
    "confirmPanel/QPlainTextEdit:reportEditor",  # views/confirm_panel.py
    "historyPage/QDateEdit:-", "historyPage/QLineEdit:historySearch",  # views/history_page.py (both dates)
    "historyPage/QTableWidget:historyTable",
    "qt_tabwidget_stackedwidget/QLineEdit:facilityLogo",  # views/settings_dialog.py
})
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
               QAbstractItemView, QAbstractSlider, QGraphicsView, QTabBar)


def describe(widget: QWidget) -> str:
    """A stable name for a control: its class, object name and nearest named ancestor."""
    parent, owner = widget.parentWidget(), ""
    while parent is not None and not owner:
        owner, parent = parent.objectName(), parent.parentWidget()
    return f"{owner or '?'}/{type(widget).__name__}:{widget.objectName() or '-'}"


def unnamed_controls(root: QWidget) -> list[str]:
    QApplication.processEvents()
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):  # the editor inside a combo box
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (name or "").strip():
            missing.append(describe(widget))
    return missing


def walk_screens(window, qtbot, tmp_path) -> dict[str, list[str]]:
    """Each main screen, reached as a clinician would, and its controls without an accessible name."""
    found = {"models (first run)": unnamed_controls(window)}
    install_fake_bundle(tmp_path, name="tiny-test-bundle")
    window.refresh_models()
    found["models"] = unnamed_controls(window)
    window.show_page("start")
    found["start"] = unnamed_controls(window)
    video = moving_then_still_video(tmp_path / "strip.avi", moving=2, still=6)
    window.show_page("capture")
    window.capture_page.start(str(video), auto=False)
    qtbot.waitUntil(lambda: window.capture_page.frames_seen >= 2, timeout=60000)
    found["capture"] = unnamed_controls(window)
    window.capture_page.stop()
    window.prompter.script("open_file", ECG_IMAGES / "ecg00030.jpg")
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    found["review"] = unnamed_controls(window)
    accept_warnings(window)
    qtbot.mouseClick(window.review_page.interpret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy and window.study.session.answered, timeout=60000)
    found["interpret and confirm"] = unnamed_controls(window)
    window.show_page("history")
    found["history"] = unnamed_controls(window)
    dialog = SettingsDialog(window.app_settings, window.services, window)
    dialog.show()
    found["settings"] = unnamed_controls(dialog)
    dialog.close()
    return found


@pytest.fixture
def lacking(make_window, qtbot, tmp_path) -> dict[str, set[str]]:
    window = make_window(engine=FakeEngine(crops=2, prefill_chunks=4, chunk_s=0.002, token_s=0.001))
    window.resize(1280, 820)
    return {screen: set(names) for screen, names in walk_screens(window, qtbot, tmp_path).items() if names}


def _listing(found: dict[str, set[str]]) -> str:
    return "\n".join(f"  {screen}: {', '.join(sorted(names))}" for screen, names in found.items())


def test_no_interactive_control_without_an_accessible_name_beyond_the_known_ones(lacking):
    new = {screen: names - KNOWN_UNNAMED for screen, names in lacking.items() if names - KNOWN_UNNAMED}
    assert not new, "controls without an accessible name:\n" + _listing(new)


@pytest.mark.xfail(strict=True, reason="the controls in KNOWN_UNNAMED still need accessible names (issue 19)")
def test_every_interactive_control_has_an_accessible_name(lacking):
    assert not lacking, "controls without an accessible name:\n" + _listing(lacking)


def test_the_walk_finds_an_unnamed_control(qtbot):
    """The check can fail: a bare line edit has no name; a label's buddy or setAccessibleName gives one."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    root = QWidget()
    root.setObjectName("probe")
    form = QFormLayout(root)
    bare, labelled, named = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Patient name")
    form.addRow(bare)
    label = QLabel("&Age")
    label.setBuddy(labelled)
    form.addRow(label, labelled)
    form.addRow(named)
    qtbot.addWidget(root)
    root.show()
    assert unnamed_controls(root) == ["probe/QLineEdit:-"]


@pytest.fixture(autouse=True)
def _english(qapp):
    from pulse_desktop.gui.translations import install_translators

    install_translators(qapp, "en")
