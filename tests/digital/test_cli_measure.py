"""`pulse-desktop measure` through the real CLI entry point."""

from __future__ import annotations

import json

from pulse_desktop.cli.main import main
from pulse_desktop.core.measure import FIELDS
from tests.digital.wfdb_files import LUDB


def test_measure_json_has_every_field_or_a_reason(capsys):
    assert main(["measure", str(LUDB / "51.hea"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for key in ("heart_rate_bpm", "rr_ms", "p_ms", "pr_ms", "qrs_ms", "qt_ms", "qtc_ms", "qtc_formula",
                "p_axis_deg", "qrs_axis_deg", "t_axis_deg", "reasons"):
        assert key in data
    for key in FIELDS:
        assert data[key] is not None or data["reasons"][key]
    assert data["pr_ms"] is None and "P wave" in data["reasons"]["pr_ms"]
    assert "Bazett" in data["qtc_formula"] and isinstance(data["qrs_ms"], int)


def test_measure_text_and_unreadable_file(capsys, tmp_path):
    assert main(["measure", str(LUDB / "3.hea")]) == 0
    out = capsys.readouterr().out
    assert "QRS" in out and "bpm" in out and "Measured by PULSE Desktop" in out
    bad = tmp_path / "bad.hea"
    bad.write_text("nonsense")
    assert main(["measure", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Error:" in err and "What to do:" in err
