"""Which way up from the printed text (core/imaging/text_upright.py): characters stand on a common baseline,
so more tops than bottoms stray on an upright page and the other way round turned by 180 degrees; a page
with no calibration pulse and unsure beats is set right by it, and an upright one is left as it is."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from pulse_desktop.core.imaging.orientation import upright_evidence
from pulse_desktop.core.imaging.rectify import straighten
from pulse_desktop.core.imaging.text_upright import count_text_strays
from pulse_desktop.core.imaging.trace_detect import best_curves, remove_grid, working_copy
from tests.support.intake_corpus import make_item

LINES = ("Sinus rhythm (unconfirmed)   Vent rate 72 bpm", "PR interval 162 ms   QRS duration 98 ms",
         "QT/QTc 384/421 ms   P-R-T axes 54 61 38", "Referred by: Dr. Hall   Confirmed by: -")


def _text_page(ppm: float, lines: tuple[str, ...]) -> np.ndarray:
    page = np.full((round(120 * ppm), round(280 * ppm), 3), 250, np.uint8)
    for k, text in enumerate(lines):
        cv2.putText(page, text, (round(10 * ppm), round((15 + 9 * k) * ppm)), cv2.FONT_HERSHEY_SIMPLEX,
                    2.6 * ppm / 22.0, (20, 20, 20), max(1, round(0.25 * ppm)), cv2.LINE_AA)
    return page


def _strays(page: np.ndarray, ppm: float):
    dark, work_ppm = working_copy(page, ppm)
    return count_text_strays(remove_grid(dark, work_ppm), work_ppm)


@pytest.mark.parametrize("ppm", [4.0, 6.0, 9.0])
def test_text_tops_stray_upright_and_bottoms_turned(ppm: float) -> None:
    page = _text_page(ppm, LINES)
    upright, turned = _strays(page, ppm), _strays(np.ascontiguousarray(page[::-1, ::-1]), ppm)
    assert upright.lines >= 3 and upright.verdict == 1, upright
    assert turned.lines >= 3 and turned.verdict == -1, turned


def test_capitals_and_digits_alone_decide_nothing_wrongly() -> None:
    page = _text_page(6.0, ("ID 0042871   62 Y   M", "25 MM/S   10 MM/MV", "I  II  III  AVR  AVL  AVF"))
    assert _strays(page, 6.0).verdict >= 0
    assert _strays(np.ascontiguousarray(page[::-1, ::-1]), 6.0).verdict <= 0


def test_a_page_without_pulses_is_set_right_by_its_text() -> None:
    # corpus scan: record 0 on grey paper, 12x1, 8.3 px/mm, labels and header, no calibration pulses
    page = make_item("scan: grey", 0).image
    upright = straighten(page)
    dark, work_ppm = working_copy(upright.array, upright.grid.px_per_mm)
    resid = remove_grid(dark, work_ppm)
    evidence = upright_evidence(resid, work_ppm, best_curves(resid, work_ppm))
    # neither a pulse nor the beats decide: the text does
    assert evidence.pulses.up + evidence.pulses.down == 0 and evidence.beats == 0
    assert evidence.text is not None and evidence.text.verdict == 1, evidence
    assert upright.turn == 0
    for quarters in (1, 2, 3):
        result = straighten(np.ascontiguousarray(np.rot90(page, quarters)))
        assert result.turn == 90 * quarters
        assert np.array_equal(result.array, page)
