"""The main screens in each language, on the real widgets with the fake engine: every screen renders
(screenshots into a temporary folder, or ``PULSE_I18N_SCREENSHOTS_DIR``), no template string is left in
English on screen, the menus' shortcut letters stay unique, and Arabic lays the window out right to left
while the ECG picture is never mirrored. No one-line label or button is narrower than its text at 1280 x 820
(Qt elides nothing there: a too-narrow one is cut)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from pulse_desktop.gui.image_convert import qimage_to_ndarray
from pulse_desktop.gui.views.image_canvas import ImageCanvas
from pulse_desktop.gui.views.settings_dialog import SettingsDialog
from tests.gui.fakes import FakeEngine
from tests.gui.helpers import accept_warnings, install_fake_bundle
from tests.i18n.helpers import LANGUAGES, make_ts
from tests.support.paths import ECG_IMAGES, REPO

SIZE = (1280, 820)
ECG = ECG_IMAGES / "ecg00030.jpg"


@pytest.fixture
def shots(tmp_path) -> Path:
    wanted = os.environ.get("PULSE_I18N_SCREENSHOTS_DIR")
    return (REPO / wanted) if wanted else tmp_path / "screenshots"


def save(widget: QWidget, folder: Path, name: str) -> None:
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert qimage_to_ndarray(image).std() > 10, f"{name} looks blank"
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / f"{name}.png"))


def _untranslated(language: str) -> dict[str, str]:
    """English source (without shortcut markers) -> translation, for sources whose translation differs."""
    table = make_ts.load_table(language)
    out = {}
    for message in make_ts.all_messages():
        translated = table.lookup(message) or ""
        plain = message.source.replace("&", "")
        if "%" not in plain and translated.replace("&", "") != plain:
            out[plain] = translated
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(object, text) for every text a clinician can see on the visible widgets under ``root``."""
    texts = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            texts.append((name, w.text()))
        if isinstance(w, QLineEdit):
            texts.append((name, w.placeholderText()))
        if isinstance(w, QGroupBox):
            texts.append((name, w.title()))
        if isinstance(w, QTabWidget):
            texts += [(name, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QMenu):
            texts += [(name, a.text()) for a in w.actions()]
        if w.toolTip():
            texts.append((name, w.toolTip()))
    return texts


def clipped(root: QWidget) -> list[tuple[str, str, int, int]]:
    """Visible one-line labels and buttons narrower than their text needs: (object, text, width, needed)."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or not isinstance(w, QLabel | QAbstractButton):
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or w.pixmap() is not None and not w.pixmap().isNull()):
            continue
        if not w.text() or w.width() <= 0:
            continue
        needed = w.minimumSizeHint().width()
        if w.width() < needed:
            out.append((w.objectName() or type(w).__name__, w.text(), w.width(), needed))
    return out


def assert_translated(root: QWidget, language: str, screen: str) -> None:
    cut = clipped(root)
    assert not cut, f"{language}/{screen}: text clipped (object, text, width, needed): {cut}"
    english = _untranslated(language)
    left = [(name, text) for name, text in visible_texts(root) if text.replace("&", "") in english]
    assert not left, f"{language}/{screen}: still in English: {left}"


def test_the_clipping_check_can_fail(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    button = QPushButton("Accepter et interpréter quand même")
    button.setFixedWidth(60)
    layout.addWidget(button)
    qtbot.addWidget(root)
    root.show()
    assert [c[1] for c in clipped(root)] == [button.text()]


def assert_unique_mnemonics(window, language: str) -> None:
    for menu in window.menuBar().findChildren(QMenu):
        letters = [t.split("&", 1)[1][:1].lower() for t in (a.text() for a in menu.actions()) if "&" in t]
        assert len(letters) == len(set(letters)), f"{language}: {menu.title()}: {letters}"
    titles = [a.text() for a in window.menuBar().actions()]
    letters = [t.split("&", 1)[1][:1].lower() for t in titles if "&" in t]
    assert len(letters) == len(set(letters)), f"{language}: menu bar {titles}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_screens_in_each_language(language, use_language, make_window, qtbot, tmp_path, shots):
    use_language(language)
    table = make_ts.load_table(language)
    window = make_window(engine=FakeEngine(crops=2, prefill_chunks=4, chunk_s=0.002, token_s=0.001))
    window.resize(*SIZE)
    folder = shots / language
    assert window.actions["new"].text() == table.messages["&New study"]
    assert_unique_mnemonics(window, language)
    assert window.isRightToLeft() == (language == "ar")

    save(window, folder, "01-models-first-run")
    assert_translated(window, language, "models")
    install_fake_bundle(tmp_path, name="tiny-test-bundle")
    window.refresh_models()
    window.show_page("start")
    save(window, folder, "02-new-study")
    assert_translated(window, language, "start")

    window.prompter.script("open_file", ECG)
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.current_page == "review", timeout=60000)
    form = window.review_page.patient_form
    form.name.setText("Amina Salim")
    form.patient_id.setText("P-0042")
    form.birth_date.setText("1961-04-12")
    form.indication.setText("—")
    save(window, folder, "03-review")
    assert_translated(window, language, "review")
    assert_picture_not_mirrored(window.review_page.canvas)

    accept_warnings(window)
    qtbot.mouseClick(window.review_page.interpret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy and window.study.session.answered, timeout=60000)
    save(window, folder, "04-answer")
    assert_translated(window, language, "interpret")
    window.prompter.script("text", "Dr. Amaka Obi")
    window.report.confirm()
    save(window, folder, "05-confirmed")
    assert_translated(window, language, "confirmed")

    window.show_page("history")
    save(window, folder, "06-history")
    assert_translated(window, language, "history")
    dialog = SettingsDialog(window.app_settings, window.services, window)
    dialog.show()
    assert dialog.isRightToLeft() == (language == "ar")
    save(dialog, folder, "07-settings")
    assert_translated(dialog, language, "settings")
    dialog.close()


def assert_picture_not_mirrored(canvas: ImageCanvas) -> None:
    """The picture's left edge is drawn left of its right edge, whatever the layout direction."""
    rect = canvas._pixmap.boundingRect()
    left = canvas.mapFromScene(QPointF(rect.left(), rect.center().y())).x()
    right = canvas.mapFromScene(QPointF(rect.right(), rect.center().y())).x()
    assert left < right, (left, right)
    assert canvas.transform().m11() > 0


def _two_colour_image() -> QImage:
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    painter.fillRect(0, 0, 200, 200, QColor("red"))
    painter.end()
    return image


def test_arabic_is_right_to_left_and_the_ecg_is_not_mirrored(use_language, make_window, qtbot):
    use_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = make_window()
    assert window.isRightToLeft()
    window.resize(*SIZE)
    window.show_page("start")
    QApplication.processEvents()
    assert window.steps.isVisible() and window.steps.isRightToLeft()
    first, last = window.steps.labels[0], window.steps.labels[-1]
    assert first.mapTo(window, first.rect().center()).x() > last.mapTo(window, last.rect().center()).x()
    canvas = ImageCanvas()
    canvas.resize(400, 220)
    canvas.set_image(_two_colour_image())
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.fit()
    assert canvas.isRightToLeft()
    pixels = qimage_to_ndarray(canvas.viewport().grab().toImage())
    row = pixels[pixels.shape[0] // 2]
    reds = np.nonzero((row[:, 0] > 200) & (row[:, 2] < 60))[0]
    blues = np.nonzero((row[:, 2] > 200) & (row[:, 0] < 60))[0]
    assert reds.size and blues.size
    assert reds.mean() < blues.mean(), "the ECG picture was drawn mirrored"
    assert_picture_not_mirrored(canvas)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "ar"] + ["en"])
def test_other_languages_stay_left_to_right(language, use_language, make_window):
    use_language(language)
    assert not make_window().isRightToLeft()


@pytest.mark.parametrize(("language", "system"), [("hi", "Devanagari"), ("ar", "Arabic")])
def test_the_window_font_covers_the_script(language, system, use_language, qapp):
    """A system without a Devanagari or Arabic font still draws the text: the shipped Noto fonts are added
    behind the system font."""
    from PySide6.QtGui import QFontDatabase

    from pulse_desktop.gui.translations import system_covers

    use_language(language)
    wanted = getattr(QFontDatabase.WritingSystem, system)
    assert system_covers(system) or any(wanted in QFontDatabase.writingSystems(family)
                                        for family in qapp.font().families())
