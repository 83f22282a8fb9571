"""Every interactive control on every screen and dialog has an accessible name (what a screen reader calls
it) and a description (what it does), in the window's language.

The widget tree of each screen is walked as a clinician reaches it (first run, models, new study, camera,
review, interpret and confirm, history), then the dialogs: each tab of Settings, the confirmation's name
question, an error message and the bug report. A control is named by ``setAccessibleName``, a buddy label,
or its own text (a button); Qt's accessibility interface must then report a name and a description. Qt's
standard dialog buttons (OK, Cancel, Close) are named by their text and need no description."""

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
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from pulse_desktop.core.errors import PulseError
from pulse_desktop.gui.errors import show_error
from pulse_desktop.gui.prompts import Prompter
from pulse_desktop.gui.views.settings_dialog import SettingsDialog
from tests.gui.fakes import FakeEngine
from tests.gui.helpers import accept_warnings, install_fake_bundle
from tests.gui.photos import moving_then_still_video
from tests.i18n.test_screens import _untranslated
from tests.support.paths import ECG_IMAGES

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
               QAbstractItemView, QAbstractSlider, QGraphicsView, QTabBar)


def describe(widget: QWidget) -> str:
    """A stable name for a control: its class, object name and nearest named ancestor."""
    parent, owner = widget.parentWidget(), ""
    while parent is not None and not owner:
        owner, parent = parent.objectName(), parent.parentWidget()
    return f"{owner or '?'}/{type(widget).__name__}:{widget.objectName() or '-'}"


def controls(root: QWidget) -> list[QWidget]:
    """The interactive controls a user can reach under ``root`` (visible; not the parts Qt builds inside a
    combo box, spin box or line edit, nor scroll bars and headers)."""
    QApplication.processEvents()
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox | QLineEdit):
            continue
        found.append(widget)
    return found


def _standard(widget: QWidget) -> bool:
    """A button of a QDialogButtonBox (OK, Cancel, Close…) or a tab bar: named by its own texts."""
    return isinstance(widget.parentWidget(), QDialogButtonBox) or isinstance(widget, QTabBar)


def has_name(widget: QWidget, buddies: set[int]) -> bool:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not (interface.text(QAccessible.Text.Name) or "").strip():
        return False
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, QTabBar):
        return all(widget.tabText(i).strip() for i in range(widget.count()))
    # a button's own text; a combo box's current item is not a name (Qt falls back to it)
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def has_description(widget: QWidget) -> bool:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface is not None and bool((interface.text(QAccessible.Text.Description) or "").strip())


def lacking(root: QWidget) -> list[str]:
    """'<control> (name)' / '<control> (description)' for each control under ``root`` that lacks one."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in controls(root):
        if not has_name(widget, buddies):
            missing.append(describe(widget) + " (name)")
        if not _standard(widget) and not has_description(widget):
            missing.append(describe(widget) + " (description)")
    return missing


def spoken(root: QWidget) -> list[tuple[str, str]]:
    """(control, text) for each accessible name and description set on the controls under ``root``."""
    out = []
    for widget in controls(root):
        out += [(describe(widget), t) for t in (widget.accessibleName(), widget.accessibleDescription()) if t]
    return out


def _each_tab(dialog: QWidget):
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        yield dialog


def walk_screens(window, qtbot, tmp_path):
    """Each screen and dialog, reached as a clinician would: yields (screen, root widget) while it shows."""
    yield "models (first run)", window
    install_fake_bundle(tmp_path, name="tiny-test-bundle")
    window.refresh_models()
    yield "models", window
    window.show_page("start")
    yield "start", window
    video = moving_then_still_video(tmp_path / "strip.avi", moving=2, still=6)
    window.show_page("capture")
    window.capture_page.start(str(video), auto=False)
    qtbot.waitUntil(lambda: window.capture_page.frames_seen >= 2, timeout=60000)
    yield "capture", window
    window.capture_page.stop()
    window.prompter.script("open_file", ECG_IMAGES / "ecg00030.jpg")
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    yield "review", window
    window.review_page.original_radio.setChecked(True)
    yield "review (original)", window
    accept_warnings(window)
    qtbot.mouseClick(window.review_page.interpret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy and window.study.session.answered, timeout=60000)
    yield "interpret and confirm", window
    question = Prompter.text_dialog(window, "Confirm the report", "Your name:")
    question.show()
    yield "confirm (name)", question
    question.close()
    window.show_page("history")
    window.history_page.use_dates.setChecked(True)
    yield "history", window
    dialog = SettingsDialog(window.app_settings, window.services, window)
    dialog.show()
    for index, shown in enumerate(_each_tab(dialog)):
        yield f"settings tab {index + 1}", shown
    dialog.close()
    for name, error in (("error", PulseError("The picture could not be read.", "Try another file.")),
                        ("bug report", RuntimeError("unexpected"))):
        box = show_error(window, error, "a test")
        yield name, box
        box.close()


@pytest.fixture
def use_language(qapp):
    """Install a language's translators for one test; English afterwards."""
    from pulse_desktop.gui.translations import install_translators

    yield lambda language: install_translators(qapp, language)
    install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_interactive_control_has_a_name_and_a_description(language, use_language, make_window, qtbot,
                                                                 tmp_path):
    use_language(language)
    window = make_window(engine=FakeEngine(crops=2, prefill_chunks=4, chunk_s=0.002, token_s=0.001))
    window.resize(1280, 820)
    english = _untranslated(language) if language != "en" else {}
    missing, untranslated, counted = {}, {}, 0
    for screen, root in walk_screens(window, qtbot, tmp_path):
        counted += len(controls(root))
        if found := lacking(root):
            missing[screen] = found
        if left := [(c, t) for c, t in spoken(root) if t.replace("&", "") in english]:
            untranslated[screen] = left
    assert counted > 100, counted  # the walk reached the screens (about 40 controls on the review page)
    assert not missing, "controls without an accessible name or description:\n" + "\n".join(
        f"  {screen}: {', '.join(names)}" for screen, names in missing.items())
    assert not untranslated, f"accessible texts left in English: {untranslated}"


def test_the_walk_finds_an_unnamed_or_undescribed_control(qtbot):
    """The check can fail: a bare line edit has neither; a buddy label names one; a combo box is not named
    by its current item; a tool tip is a description."""
    root = QWidget()
    root.setObjectName("probe")
    form = QFormLayout(root)
    bare, labelled, named, combo = QLineEdit(), QLineEdit(), QLineEdit(), QComboBox()
    for widget, name in ((bare, "bare"), (labelled, "labelled"), (named, "named"), (combo, "combo")):
        widget.setObjectName(name)
    named.setAccessibleName("Patient name")
    named.setAccessibleDescription("As printed on the report.")
    labelled.setToolTip("In years.")
    combo.addItems(["A4", "Letter"])
    combo.setToolTip("Paper size.")
    form.addRow(bare)
    label = QLabel("&Age")
    label.setBuddy(labelled)
    form.addRow(label, labelled)
    form.addRow(named)
    form.addRow(combo)
    qtbot.addWidget(root)
    root.show()
    assert lacking(root) == ["probe/QLineEdit:bare (name)", "probe/QLineEdit:bare (description)",
                             "probe/QComboBox:combo (name)"]
