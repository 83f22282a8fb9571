"""The ECG-Image-Kit page: geometry from its defaults, traces where the signal says, the app's own quality
check accepts it as an ECG, and the render command writes it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.cli.main import main
from pulse_desktop.core.ecg_files import read_recording
from pulse_desktop.core.ecg_render import render_page, strips
from pulse_desktop.core.imaging.intake import check_picture
from tests.digital.wfdb_files import LUDB, write_wfdb

PX_PER_MM = 200 / 25.4
DIGITAL = Path(__file__).resolve().parents[1] / "data" / "digital"


@pytest.fixture(scope="module")
def recording():
    return read_recording(LUDB / "3.hea")


@pytest.mark.parametrize("layout", ["3x4", "6x2", "12x1"])
def test_page_passes_the_apps_quality_check_as_an_ecg(recording, layout):
    page = render_page(recording, layout)
    assert page.shape == (1700, 2200, 3) and page.dtype == np.uint8
    _straightened, report = check_picture(Image.fromarray(page))
    assert report.is_ecg and report.usable, report
    assert report.px_per_mm == pytest.approx(PX_PER_MM, rel=0.02)


@pytest.mark.parametrize("name", ["scp_ecg_example.scp", "ge_muse_guangxi_sinus.xml", "edf_contec_ecg90a.edf"])
def test_real_cart_files_render_to_a_page_the_quality_check_accepts(name):
    # the real samples of the formats added last (the EDF one has its six chest leads flat: drawn blank-flat)
    page = render_page(read_recording(DIGITAL / name), "3x4")
    _straightened, report = check_picture(Image.fromarray(page))
    assert report.is_ecg and report.usable, (name, report)


def test_3x4_geometry_is_ecg_image_kits(recording):
    s = strips("3x4")
    assert [x.lead for x in s] == ["I", "aVR", "V1", "V4", "II", "aVL", "V2", "V5", "III", "aVF", "V3", "V6", "II"]
    # x_gap 0.4 s + 0.2 s pulse; 2.5 s per column; rows at 3.5, 2.5, 1.5 row heights (21.59 mV / 6)
    assert s[0].x_s == pytest.approx(0.6) and s[1].x_s == pytest.approx(3.1)
    rh = 21.59 / 6
    assert [s[0].baseline_mv, s[4].baseline_mv, s[8].baseline_mv] == pytest.approx([3.5 * rh, 2.5 * rh, 1.5 * rh])
    assert s[12].t1_s - s[12].t0_s == 10.0 and s[12].baseline_mv == pytest.approx(rh / 2 + 0.3)


def test_traces_are_black_where_the_signal_is(recording):
    page = render_page(recording, "3x4")
    s = strips("3x4")[12]  # the lead II rhythm strip
    lead = recording.lead("II") - np.median(recording.lead("II"))
    for k in (250, 1300, 2600, 4100):  # samples
        x = round((s.x_s + k / 500) * 25 * PX_PER_MM)
        y = round(1700 - (s.baseline_mv + lead[k]) * 10 * PX_PER_MM)
        patch = page[y - 3:y + 4, x - 1:x + 2]
        assert patch.max(axis=2).min() < 80, (k, patch.max(axis=2).min())


def test_missing_leads_are_blank(tmp_path):
    sig = read_recording(LUDB / "3.hea").samples_mv
    rec = read_recording(write_wfdb(tmp_path, "two", sig[[0, 1, 6]], 500, ["I", "II", "V1"]))
    page = render_page(rec, "3x4")
    v4 = strips("3x4")[3]
    x0 = round((v4.x_s + 0.1) * 25 * PX_PER_MM)
    x1 = round((v4.x_s + 2.4) * 25 * PX_PER_MM)
    yb = round(1700 - v4.baseline_mv * 10 * PX_PER_MM)
    band = page[yb - 25:yb + 25, x0:x1]  # the label sits 0.7 mV (55 px) below
    assert band.max(axis=2).min() > 150  # grid only (red, pink, white), no black trace


def test_render_command_writes_the_page(tmp_path, capsys):
    out = tmp_path / "page.png"
    assert main(["render", str(LUDB / "3.hea"), "--out", str(out), "--layout", "6x2"]) == 0
    with Image.open(out) as im:
        assert im.size == (2200, 1700)
    assert "6x2" in capsys.readouterr().out
    assert main(["render", str(tmp_path / "none.hea"), "--out", str(out)]) == 2
