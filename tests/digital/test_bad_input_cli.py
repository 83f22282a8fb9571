"""The issue's bad-input list through `pulse-desktop measure`: each case is either refused with a message, a
hint and exit code 2 (no traceback), or read with the choice made said in a "Note:" line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pulse_desktop.cli.main import main
from tests.digital.format_writers import write_edf
from tests.digital.wfdb_files import STANDARD, ludb_signals, write_wfdb

DATA = Path(__file__).resolve().parents[1] / "data" / "digital"
BOMB = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><AnnotatedECG>&c;</AnnotatedECG>')
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><RestingECG>&x;</RestingECG>'


def _measure(capsys, path: Path) -> tuple[int, str, str]:
    code = main(["measure", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def _refused(tmp: Path) -> dict[str, tuple[Path, str]]:
    sig = ludb_signals(1)
    cut = tmp / "cut.scp"
    cut.write_bytes((DATA / "scp_ecg_example.scp").read_bytes()[:9000])
    (tmp / "bomb.xml").write_text(BOMB)
    (tmp / "external.xml").write_text(EXTERNAL)
    gain = write_wfdb(tmp, "gain", sig, 500, STANDARD)  # 1000 ADC units per mV written, the header says 2
    gain.write_text(gain.read_text().replace(" 1000/mV ", " 2/mV "))
    return {
        "2-second record": (write_wfdb(tmp, "two", sig[:, :1000], 500, STANDARD), "2.0 s"),
        "50 Hz": (write_wfdb(tmp, "slow", sig[:, ::10], 50, STANDARD), "50 Hz"),
        "flat lines": (write_wfdb(tmp, "flat", np.zeros((12, 5000)), 500, STANDARD), "flat"),
        "absurd gain": (gain, "gain or units"),
        "units labelled V": (write_wfdb(tmp, "volts", sig, 500, STANDARD, units="V"), "gain or units"),
        "truncated SCP-ECG": (cut, "cut short"),
        "XML entity expansion": (tmp / "bomb.xml", "entit"),
        "XML external entity": (tmp / "external.xml", "entit"),
    }


@pytest.mark.parametrize("case", ["2-second record", "50 Hz", "flat lines", "absurd gain", "units labelled V",
                                  "truncated SCP-ECG", "XML entity expansion", "XML external entity"])
def test_refused_with_a_message_and_a_hint(capsys, tmp_path, case):
    path, words = _refused(tmp_path)[case]
    code, out, err = _measure(capsys, path)
    assert code == 2, (case, out, err)
    assert words.lower() in err.lower() and "What to do" in err and "Traceback" not in err


def test_read_with_the_choice_said(capsys, tmp_path):
    sig = ludb_signals(1)
    cases = {
        "one lead": (write_wfdb(tmp_path, "one", sig[1:2], 500, ["II"]), "Leads missing from the file"),
        "fifteen leads": (write_wfdb(tmp_path, "fifteen", np.vstack([sig, sig[:3]]), 500,
                                     list(STANDARD) + ["vx", "vy", "vz"]), "not standard 12-lead leads"),
        "100 Hz": (write_edf(tmp_path / "hundred.edf", sig[:, ::5], 100, STANDARD), "Resampled from 100 Hz"),
        "10 kHz": (write_wfdb(tmp_path, "fast", np.repeat(sig, 20, axis=1), 10_000, STANDARD),
                   "Resampled from 10000 Hz"),
        "10-minute record": (write_wfdb(tmp_path, "long", np.tile(sig, (1, 60)), 500, STANDARD),
                             "the first 10 s (0.0 to 10.0 s) are used"),
        "saturated lead": (write_wfdb(tmp_path, "sat", np.vstack([sig[:1], np.clip(sig[1:2], -0.05, 0.05),
                                                                   sig[2:]]), 500, STANDARD), "saturated"),
    }
    for case, (path, words) in cases.items():
        code, out, err = _measure(capsys, path)
        assert code == 0, (case, err)
        assert any(line.strip().startswith("Note:") and words in line for line in out.splitlines()), (case, out)
