"""Review: a page the app turned says so and can be turned back or turned again; a multi-page PDF lets the
clinician pick the page. The model reads the picture as shown."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image
from PySide6.QtCore import Qt

from tests.gui.helpers import accept_warnings, install_fake_bundle, open_for_review
from tests.support.ecg_paper import load_ptbxl_record
from tests.support.intake_corpus_paper import STYLES, render_styled_paper


def _page() -> Image.Image:
    return render_styled_paper(load_ptbxl_record(11)[0], STYLES["pink"], px_per_mm=5.0)


def test_a_turned_page_says_so_and_the_turn_can_be_undone_and_redone(qtbot, make_window, tmp_path):
    install_fake_bundle(tmp_path)
    page = _page()
    sideways = tmp_path / "sideways.png"
    page.transpose(Image.Transpose.ROTATE_90).save(sideways)  # counter-clockwise: needs 90 clockwise
    window = make_window()
    open_for_review(qtbot, window, sideways, accept=False)
    review_page, session = window.review_page, window.study.session
    assert session.review.turn == 90
    assert "90°" in review_page.turn_note.text() and review_page.undo_turn_button.isVisibleTo(review_page)
    assert session.image_for_model().size == page.size  # landscape again

    before = session.review
    qtbot.mouseClick(review_page.undo_turn_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.review is not before, timeout=60000)
    assert session.review.turn == 0 and session.turn_choice == 0
    assert review_page.turn_note.text() == "" and not review_page.undo_turn_button.isVisibleTo(review_page)
    assert session.image_for_model().size == (page.size[1], page.size[0])  # as opened, sideways

    before = session.review
    qtbot.mouseClick(review_page.turn_button, Qt.MouseButton.LeftButton)  # the clinician turns it by hand
    qtbot.waitUntil(lambda: session.review is not before, timeout=60000)
    assert session.review.turn == 90 and session.turn_choice == 90
    accept_warnings(window)
    qtbot.mouseClick(review_page.interpret_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.study.busy, timeout=20000)
    seen = window.engine_for_test.images[-1]
    assert seen.size == page.size


def test_the_page_of_a_pdf_can_be_picked(qtbot, make_window, tmp_path):
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    install_fake_bundle(tmp_path)
    path = tmp_path / "export.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    width, height = landscape(letter)
    c.drawString(72, height - 72, "Cover page: ECG export")
    c.showPage()
    buf = io.BytesIO()
    _page().save(buf, "PNG")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=width, height=height)
    c.showPage()
    c.save()

    window = make_window()
    open_for_review(qtbot, window, path, accept=False)
    review_page, session = window.review_page, window.study.session
    assert review_page.page_spin.isVisibleTo(review_page) and review_page.page_spin.maximum() == 2
    assert not session.review.is_ecg and session.loaded.page_index == 0
    first = session.original
    review_page.page_spin.setValue(2)
    qtbot.waitUntil(lambda: session.original is not first, timeout=60000)
    assert window.study.session is session and session.loaded.page_index == 1 and session.review.is_ecg
    assert review_page.page_spin.value() == 2
    assert not np.array_equal(np.asarray(first), np.asarray(session.original))


def test_a_guessed_way_up_says_it_is_a_guess(qtbot, make_window, tmp_path):
    from tests.support.paths import ECG_IMAGES

    install_fake_bundle(tmp_path)
    sideways = tmp_path / "sideways.png"
    with Image.open(ECG_IMAGES / "ecg00031.jpg") as im:  # no calibration pulse: its way up is a guess
        im.convert("RGB").transpose(Image.Transpose.ROTATE_90).save(sideways)
    window = make_window()
    open_for_review(qtbot, window, sideways, accept=False)
    review_page, session = window.review_page, window.study.session
    assert session.review.turn == 90 and not session.review.turn_sure
    note = review_page.turn_note.text()
    assert "90°" in note and "guess" in note and review_page.undo_turn_button.isVisibleTo(review_page)


def test_a_page_that_may_be_upside_down_says_so(qtbot, make_window, tmp_path):
    from tests.support.paths import ECG_IMAGES

    install_fake_bundle(tmp_path)
    upside_down = tmp_path / "upside_down.png"
    with Image.open(ECG_IMAGES / "ecg00031.jpg") as im:
        im.convert("RGB").transpose(Image.Transpose.ROTATE_180).save(upside_down)
    window = make_window()
    open_for_review(qtbot, window, upside_down, accept=False)
    review_page, session = window.review_page, window.study.session
    assert session.review.turn == 0 and session.review.maybe_upside_down
    assert "upside down" in review_page.turn_note.text() and review_page.turn_button.isVisibleTo(review_page)
