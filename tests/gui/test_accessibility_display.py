"""The window at 200 % text size with the high-contrast theme: every main screen and dialog rendered (the
screenshots go to a temporary folder, or to ``PULSE_A11Y_SCREENSHOTS_DIR`` relative to the repository) and
checked for anything clipped or hidden: a one-line label, button or field narrower or shorter than its text,
a wrapped label cut at the bottom, a tab or combo box eliding its text, a widget outside its parent's area,
a scroll area without a scroll bar cutting its content, a toolbar or menu bar item pushed into the overflow,
and a window or dialog forced larger than the screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollArea,
    QTabBar,
    QToolBar,
    QWidget,
)

from pulse_desktop.gui.image_convert import qimage_to_ndarray
from pulse_desktop.gui.theme import HIGH_CONTRAST, apply_display, colours
from tests.gui.fakes import FakeEngine
from tests.gui.test_accessibility import walk_screens
from tests.support.paths import REPO

#: A 1920 x 1080 screen less a task bar, the window maximised, its text doubled; and the same screen with
#: the desktop's own 200 % scale (QT_SCALE_FACTOR=2): Qt lays the window out in logical pixels, 960 x 520,
#: and draws each one 2 x 2 (tests/gui/test_high_dpi.py checks that drawing at 150 %). The text-doubled case
#: also runs in four of the six languages.
SCREEN = (1920, 1040)
CASES = {"200pc-text-high-contrast": ((1920, 1040), 200, "high", "en"),
         "200pc-desktop-scale": ((960, 520), 100, "normal", "en"),
         # the longest words (fr, sw) and the other scripts (ar right to left, hi Devanagari)
         **{f"200pc-text-high-contrast-{lang}": ((1920, 1040), 200, "high", lang) for lang in ("fr", "ar", "hi",
                                                                                              "sw")}}


@pytest.fixture
def shots(tmp_path) -> Path:
    wanted = os.environ.get("PULSE_A11Y_SCREENSHOTS_DIR")
    return (REPO / wanted) if wanted else tmp_path / "screenshots"


@pytest.fixture(params=list(CASES))
def display(request, qapp):
    """(name, logical screen size, high contrast) with the text size and contrast of the case applied."""
    from pulse_desktop.gui.translations import install_translators

    screen, scale, contrast, language = CASES[request.param]
    install_translators(qapp, language)
    normal = qapp.font().pointSizeF()
    high = apply_display(qapp, scale, contrast)
    assert high == (contrast == "high")
    assert abs(qapp.font().pointSizeF() - normal * scale / 100) < 0.01
    yield request.param, screen, high
    apply_display(qapp, 100, "normal")
    install_translators(qapp, "en")
    assert abs(qapp.font().pointSizeF() - normal) < 0.01


def _inside_scroll_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea) and \
        parent is parent.parentWidget().viewport()


def clipped(root: QWidget, screen: tuple[int, int] = SCREEN) -> list[str]:
    """What is cut or hidden under ``root`` (empty when nothing) on a ``screen`` of that logical size."""
    for _ in range(3):  # a text set just now is laid out on the next turns of the event loop
        QApplication.processEvents()
    out = []
    if root.isWindow() and (root.width() > screen[0] or root.height() > screen[1]):
        out.append(f"{root.objectName()}: {root.width()}x{root.height()} does not fit the screen")
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.isWindow():
            continue
        name = f"{w.objectName() or type(w).__name__}"
        hint = w.minimumSizeHint()
        one_line = isinstance(w, QAbstractButton) or isinstance(w, QLabel) and not w.wordWrap() and (
            w.pixmap() is None or w.pixmap().isNull())
        text = w.text() if isinstance(w, QAbstractButton | QLabel) else ""
        if one_line and text and (w.width() < hint.width() or w.height() < hint.height()):
            out.append(f"{name} {text!r}: {w.width()}x{w.height()} < {hint.width()}x{hint.height()}")
        if isinstance(w, QLabel) and w.wordWrap() and w.text() and w.height() < w.heightForWidth(w.width()):
            out.append(f"{name} {w.text()[:40]!r}: cut at the bottom ({w.height()} < {w.heightForWidth(w.width())})")
        if isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox) and not isinstance(
                w.parentWidget(), QComboBox | QAbstractSpinBox) and (w.height() < hint.height()
                                                                    or w.width() < hint.width()):
            out.append(f"{name}: field {w.width()}x{w.height()} < {hint.width()}x{hint.height()}")
        if isinstance(w, QTabBar):
            out += [f"{name}: tab {w.tabText(i)!r} elided" for i in range(w.count())
                    if w.tabRect(i).width() < w.tabSizeHint(i).width()]
            out += [f"{name}: tab {w.tabText(i)!r} scrolled out of sight" for i in range(w.count())
                    if not w.rect().contains(w.tabRect(i))]
        if isinstance(w, QToolBar | QMenuBar):
            for action in w.actions():
                if action.isSeparator() or not action.isVisible():
                    continue
                shown = w.widgetForAction(action) if isinstance(w, QToolBar) else None
                if (shown is not None and not shown.isVisible()) or (
                        isinstance(w, QMenuBar) and not w.rect().contains(w.actionGeometry(action))):
                    out.append(f"{name}: {action.text()!r} pushed out of sight")
        if isinstance(w, QScrollArea) and w.widget() is not None and w.horizontalScrollBarPolicy().name == \
                "ScrollBarAlwaysOff" and w.widget().width() > w.viewport().width():
            out.append(f"{name}: content {w.widget().width()} wider than {w.viewport().width()}, no scroll bar")
        parent = w.parentWidget()
        if parent is not None and not _inside_scroll_viewport(w) and not isinstance(parent, QAbstractScrollArea):
            if not parent.rect().adjusted(-1, -1, 1, 1).contains(w.geometry()):
                out.append(f"{name}: outside its parent {parent.objectName() or type(parent).__name__} "
                           f"({w.geometry().getRect()} in {parent.width()}x{parent.height()})")
    return out


def save(widget: QWidget, folder: Path, name: str, high_contrast: bool) -> None:
    QApplication.processEvents()
    image = widget.grab().toImage()
    pixels = qimage_to_ndarray(image)
    assert pixels.std() > 10, f"{name} looks blank"
    black = (pixels[..., :3].max(axis=-1) < 30).mean()
    assert (black > 0.25) == high_contrast, f"{name}: {black:.0%} black, high contrast {high_contrast}"
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / f"{name}.png"))


def test_every_screen_at_200_percent(display, make_window, qtbot, tmp_path, shots):
    case, size, high = display
    assert (colours() is HIGH_CONTRAST) == high
    window = make_window(engine=FakeEngine(crops=2, prefill_chunks=4, chunk_s=0.002, token_s=0.001))
    window.resize(*size)
    problems = {}
    for index, (screen, root) in enumerate(walk_screens(window, qtbot, tmp_path)):
        name = screen.replace(" ", "-").replace("(", "").replace(")", "")
        save(root, shots / case, f"{index + 1:02d}-{name}", high)
        if found := clipped(root, size):
            problems[screen] = found
    assert not problems, f"clipped or hidden ({case}):\n" + "\n".join(
        f"  {screen}: {found}" for screen, found in problems.items())


def test_the_clipping_check_can_fail(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    button = QPushButton("Accept and interpret anyway")
    button.setFixedWidth(60)
    layout.addWidget(button)
    loose = QLabel("outside", root)
    qtbot.addWidget(root)
    root.resize(200, 100)
    root.show()
    loose.move(190, 0)
    assert [p.split(" ")[0].rstrip(":") for p in clipped(root)] == ["QPushButton", "QLabel"]


def test_the_settings_choice_is_what_the_app_starts_with(qapp, make_window):
    """Settings > Display writes text_scale and contrast; at start the app applies them (app._apply_display,
    which make_application calls once)."""
    from pulse_desktop.core.settings import Settings, load_settings, save_settings
    from pulse_desktop.gui.app import _apply_display
    from pulse_desktop.gui.views.settings_dialog import SettingsDialog

    window = make_window()
    dialog = SettingsDialog(Settings(text_scale=175, contrast="normal"), window.services, window)
    assert (dialog.text_scale.currentData(), dialog.contrast.currentData()) == (175, "normal")
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(150))
    dialog.contrast.setCurrentIndex(dialog.contrast.findData("high"))
    chosen = dialog.result_settings()
    assert (chosen.text_scale, chosen.contrast) == (150, "high")
    save_settings(chosen)
    assert (load_settings().text_scale, load_settings().contrast) == (150, "high")
    normal = qapp.font().pointSizeF()
    try:
        _apply_display(qapp)
        assert abs(qapp.font().pointSizeF() - 1.5 * normal) < 0.01
        assert colours() is HIGH_CONTRAST and qapp.palette().window().color().name() == "#000000"
    finally:
        apply_display(qapp, 100, "normal")
    assert colours() is not HIGH_CONTRAST and qapp.palette().window().color().name() != "#000000"
    assert abs(qapp.font().pointSizeF() - normal) < 0.01
