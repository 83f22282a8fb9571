"""The clinician picks the page of a multi-page PDF and the way up: a real PDF made with reportlab (a cover
page, then ECG pages), read back through load_image / open_file / open_page and `straighten --page/--turn`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.cli.main import main
from pulse_desktop.core.imaging.intake import intake_file
from pulse_desktop.core.study.picture import open_file, open_page
from tests.support.ecg_paper import load_ptbxl_record
from tests.support.intake_corpus_paper import STYLES, render_styled_paper


def _ecg_png(record: int, style: str) -> bytes:
    page = render_styled_paper(load_ptbxl_record(record)[0], STYLES[style], px_per_mm=5.0)
    buf = io.BytesIO()
    page.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def cart_pdf(tmp_path_factory) -> Path:
    """Page 1: a cover letter (text only); pages 2 and 3: ECG pages, the third a different record and paper."""
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("pdf") / "cart export.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    width, height = landscape(letter)
    for i, line in enumerate(["Cardiology department", "ECG export, 2 tracings", "Requested by Dr Obi"] * 6):
        c.drawString(72, height - 72 - 18 * i, line)
    c.showPage()
    for record, style in ((11, "red"), (0, "green")):
        c.drawImage(ImageReader(io.BytesIO(_ecg_png(record, style))), 0, 0, width=width, height=height)
        c.showPage()
    c.save()
    return path


def test_each_page_of_a_pdf_can_be_picked(cart_pdf: Path) -> None:
    cover = intake_file(cart_pdf)
    assert cover.loaded is not None and cover.loaded.page_count == 3 and cover.loaded.page_index == 0
    assert not cover.report.is_ecg and cover.report.usable  # a text page: doubted, never a dead end
    second = intake_file(cart_pdf, page=1)
    assert second.loaded is not None and second.loaded.page_index == 1 and second.report.is_ecg
    third = intake_file(cart_pdf, page=2)
    assert third.report.is_ecg and not np.array_equal(np.asarray(second.loaded.image), np.asarray(third.loaded.image))


def test_the_window_s_page_choice_reads_the_same_pixels_as_opening_that_page(cart_pdf: Path) -> None:
    opened = open_file(cart_pdf)
    assert not opened.review.is_ecg and opened.loaded.page_count == 3
    chosen = open_page(opened.loaded, opened.name, 1)  # the review page's page chooser
    direct = open_file(cart_pdf, page=1)
    assert chosen.loaded.page_index == 1 and chosen.review.is_ecg and chosen.name == opened.name
    assert np.array_equal(np.asarray(chosen.original), np.asarray(direct.original))
    assert chosen.review.findings == direct.review.findings


def test_straighten_picks_the_page_and_says_which(cart_pdf: Path, tmp_path: Path, capsys) -> None:
    code = main(["straighten", str(cart_pdf), "--out", str(tmp_path / "p2.png"), "--page", "2"])
    text = capsys.readouterr().out
    assert code == 0 and "page 2 of 3" in text and "is_ecg: yes" in text
    code = main(["straighten", str(cart_pdf), "--out", str(tmp_path / "p1.png"), "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["is_ecg"] is False


def test_straighten_turns_as_told_and_refuses_other_angles(tmp_path: Path, capsys) -> None:
    page = Image.open(io.BytesIO(_ecg_png(11, "pink")))
    src = tmp_path / "page.png"
    page.save(src)
    out = tmp_path / "turned.png"
    code = main(["straighten", str(src), "--out", str(out), "--turn", "180"])
    text = capsys.readouterr().out
    assert code == 0 and "turned by 180 degrees" in text and "--turn 0" in text
    assert np.array_equal(np.asarray(Image.open(out).convert("RGB")), np.asarray(page.convert("RGB"))[::-1, ::-1])
    upside_down = tmp_path / "upside down.png"
    Image.open(out).save(upside_down)
    code = main(["straighten", str(upside_down), "--out", str(tmp_path / "kept.png"), "--turn", "0", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["method"] == "unchanged"
    assert np.array_equal(np.asarray(Image.open(tmp_path / "kept.png").convert("RGB")),
                          np.asarray(Image.open(upside_down).convert("RGB")))
    with pytest.raises(SystemExit) as exc:
        main(["straighten", str(src), "--out", str(out), "--turn", "45"])
    assert exc.value.code == 2
