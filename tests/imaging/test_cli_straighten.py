"""`pulse-desktop straighten`: writes the picture, prints the report, exits 0 / 3 / 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PIL import Image

from pulse_desktop.cli.main import main
from tests.imaging.non_ecg import blank_page, text_page
from tests.support.ecg_paper import load_ptbxl_record, place_paper, render_ecg_paper, simulate_photo
from tests.support.paths import ECG_IMAGES, REPO


def test_usable_photo_json(tmp_path, capsys) -> None:
    out = tmp_path / "out" / "straight.png"
    code = main(["straighten", str(ECG_IMAGES / "ecg00031.jpg"), "--out", str(out), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["is_ecg"] is True and data["usable"] is True
    assert len(data["corners"]) == 4 and 3.0 < data["px_per_mm"] < 6.0
    names = [c["name"] for c in data["checks"]]
    assert names == ["grid", "trace", "sharpness", "glare", "shadow", "resolution", "cut_off", "rotation"]
    assert all({"name", "level", "value", "message"} <= set(c) for c in data["checks"])
    with Image.open(out) as im:
        assert im.format == "PNG" and list(im.size) == data["size"]


def test_manual_corners_and_text_report(tmp_path, capsys) -> None:
    paper, _ = render_ecg_paper(load_ptbxl_record(3)[0], px_per_mm=6.0)
    corners = place_paper((1200, 900), paper.size, rotate_deg=6)
    photo, truth = simulate_photo(paper, corners, (1200, 900), seed=1)
    src = tmp_path / "photo.jpg"
    photo.save(src, quality=92)
    flat = ",".join(f"{v:.1f}" for xy in truth.corners for v in xy)
    code = main(["straighten", str(src), "--out", str(tmp_path / "o.png"), "--corners", flat])
    text = capsys.readouterr().out
    assert code == 0
    assert "manual" in text and "is_ecg: yes" in text and "[ok      ] grid" in text and "Wrote" in text


def test_not_an_ecg_is_a_warning_and_a_blank_picture_exits_3(tmp_path, capsys) -> None:
    src = tmp_path / "letter.png"
    text_page().save(src)
    out = tmp_path / "o.png"
    assert main(["straighten", str(src), "--out", str(out)]) == 0  # usable once the clinician says it is an ECG
    text = capsys.readouterr().out
    assert "does not look like an ECG" in text and "[warning ] trace" in text and out.exists()
    blank = tmp_path / "blank.png"
    blank_page().save(blank)
    assert main(["straighten", str(blank), "--out", str(tmp_path / "b.png")]) == 3
    assert "blank" in capsys.readouterr().out and (tmp_path / "b.png").exists()


def test_unreadable_inputs_exit_2(tmp_path, capsys) -> None:
    assert main(["straighten", str(tmp_path / "missing.png"), "--out", str(tmp_path / "o.png")]) == 2
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    assert main(["straighten", str(empty), "--out", str(tmp_path / "o.png")]) == 2
    err = capsys.readouterr().err
    assert "no file at" in err and "empty" in err and "What to do:" in err
    with pytest.raises(SystemExit) as info:
        main(["straighten", str(empty), "--out", str(tmp_path / "o.png"), "--corners", "1,2,3"])
    assert info.value.code == 2


def test_installed_command_runs(tmp_path) -> None:
    out = tmp_path / "o.png"
    proc = subprocess.run([sys.executable, "-m", "pulse_desktop", "straighten", str(ECG_IMAGES / "ecg00019.bmp"),
                           "--out", str(out)], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "unchanged" in proc.stdout and out.exists()
