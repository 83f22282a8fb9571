"""A sideways page is always turned so that its rows run across (left sideways it cannot be read whichever
way up it is); when which way up cannot be told for sure, the turn is the weaker cues' guess and says so,
on the picture's notes, in the window and on the command line (core/imaging/orientation.py). A page whose
rows run across is never turned on such a guess, but one that may be upside down says so."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.imaging.calibration_pulse import PulseCount
from pulse_desktop.core.imaging.intake import check_picture
from pulse_desktop.core.imaging.orientation import UprightEvidence
from pulse_desktop.core.imaging.rectify import straighten
from pulse_desktop.core.imaging.text_upright import TextStrays
from tests.support.paths import ECG_IMAGES

# real pages without a usable calibration pulse, whose beats and text are unsure upright
NO_PULSE = ["ecg00003.png", "ecg00019.bmp", "ecg00031.jpg"]


def _real(name: str) -> np.ndarray:
    with Image.open(ECG_IMAGES / name) as im:
        return np.asarray(im.convert("RGB"))


@pytest.mark.parametrize("name", NO_PULSE)
def test_a_sideways_page_without_pulses_is_turned_to_run_across(name: str) -> None:
    page = _real(name)
    upright = straighten(page)
    assert upright.turn == 0 and upright.turn_sure  # never turned upright
    for quarters in (1, 3):
        result = straighten(np.ascontiguousarray(np.rot90(page, quarters)))
        assert result.turn in (90, 270)  # rows across again (before: left sideways)
        assert result.image.width > result.image.height and page.shape[1] > page.shape[0]  # landscape, as printed


@pytest.mark.parametrize("quarters", [1, 3])
def test_a_guessed_way_up_is_said_to_be_a_guess(quarters: int) -> None:
    page = _real("ecg00031.jpg")  # no pulse; its beats lean the right way, not enough to be sure
    result, report = check_picture(np.ascontiguousarray(np.rot90(page, quarters)))
    assert result.turn == 90 * quarters and not result.turn_sure
    assert report.is_ecg
    assert any("which way up could not be told for sure" in note for note in report.notes)


def test_a_known_way_up_is_sure() -> None:
    page = _real("ecg00024.jpg")  # calibration pulses
    result = straighten(np.ascontiguousarray(np.rot90(page, 1)))
    assert result.turn == 90 and result.turn_sure


def _evidence(up: int = 0, down: int = 0, asym: float = 0.0, direction: float = 0.0,
              text: TextStrays | None = None) -> UprightEvidence:
    return UprightEvidence(PulseCount(up, down), asym, direction, text)


def test_the_lean_follows_the_strongest_cue_present() -> None:
    assert _evidence(up=2).leaning == 1 and _evidence(down=2).leaning == -1  # the verdict itself
    assert _evidence(up=1, down=2, asym=0.9, direction=0.9).leaning == -1  # pulses before beats
    assert _evidence(asym=0.5, direction=-0.1).verdict == 0 and _evidence(asym=0.5, direction=-0.1).leaning == 1
    assert _evidence(asym=-0.2, direction=-0.2).leaning == -1
    weak_beats_text_up = _evidence(asym=-0.1, direction=0.05, text=TextStrays(6, 2, 2))
    assert weak_beats_text_up.verdict == 0 and weak_beats_text_up.leaning == 1  # the text at 3:1 outweighs
    assert _evidence(asym=-0.1, direction=0.05, text=TextStrays(3, 1, 1)).leaning == -1  # too few strays
    assert _evidence().leaning == 0


def test_the_command_line_says_the_way_up_is_a_guess(tmp_path, capsys) -> None:
    from pulse_desktop.cli.main import main

    src = tmp_path / "sideways.png"
    Image.fromarray(np.ascontiguousarray(np.rot90(_real("ecg00031.jpg"), 3))).save(src)  # needs 270 clockwise
    assert main(["straighten", str(src), "--out", str(tmp_path / "out.png")]) == 0
    text = capsys.readouterr().out
    assert "turned by 270 degrees clockwise so that the rows run across" in text
    assert "which way up is a guess" in text and "--turn 90" in text and "--turn 0" in text


def test_an_upside_down_page_left_unturned_says_it_may_be_upside_down() -> None:
    page = _real("ecg00031.jpg")
    upright, upright_report = check_picture(page)
    assert upright.turn == 0 and not upright.maybe_upside_down
    assert not any("upside down" in note for note in upright_report.notes)
    result, report = check_picture(np.ascontiguousarray(np.rot90(page, 2)))
    assert result.turn == 0 and result.maybe_upside_down  # not sure enough to turn, but it leans that way
    assert any("may be upside down" in note for note in report.notes)
