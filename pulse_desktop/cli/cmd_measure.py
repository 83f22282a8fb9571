"""`pulse-desktop measure FILE [--json]` and `pulse-desktop bench-measure --ludb DIR`.

``measure`` reads a digital ECG (WFDB, DICOM, HL7 aECG, GE MUSE, Philips XML, EDF) and prints rate,
intervals and axes; a value that cannot be measured is null with its reason. ``bench-measure`` compares the
program with the LUDB cardiologists' annotations (docs/measurement.md).
"""

from __future__ import annotations

import json
from pathlib import Path

UNITS = {"heart_rate_bpm": "bpm", "rr_ms": "ms", "p_ms": "ms", "pr_ms": "ms", "qrs_ms": "ms", "qt_ms": "ms",
         "qtc_ms": "ms", "qtc_fridericia_ms": "ms", "p_axis_deg": "°", "qrs_axis_deg": "°", "t_axis_deg": "°"}
LABELS = {"heart_rate_bpm": "Heart rate", "rr_ms": "RR", "p_ms": "P duration", "pr_ms": "PR", "qrs_ms": "QRS",
          "qt_ms": "QT", "qtc_ms": "QTc (Bazett)", "qtc_fridericia_ms": "QTc (Fridericia)",
          "p_axis_deg": "P axis", "qrs_axis_deg": "QRS axis", "t_axis_deg": "T axis"}


def register(sub) -> None:
    p = sub.add_parser("measure", help="measure rate, intervals and axes of a digital ECG file",
                       description="Read a digital 12-lead ECG file and print heart rate, RR, P, PR, QRS, QT, "
                                   "QTc and the frontal axes, measured on the median beat of all leads. "
                                   "Exit 2: the file cannot be read.")
    p.add_argument("file", type=Path, help="WFDB .hea, DICOM .dcm, HL7 aECG / GE MUSE / Philips .xml, EDF .edf, SCP-ECG .scp")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)
    b = sub.add_parser("bench-measure", help="compare the measurements with LUDB's annotations",
                       description="Measure every LUDB record and print the differences from the "
                                   "cardiologists' annotations (IEC 60601-2-25 targets).")
    b.add_argument("--ludb", type=Path, required=True, help="the LUDB folder (holding data/N.hea ...)")
    b.set_defaults(func=run_bench)


def run(args) -> int:
    from pulse_desktop.core.ecg_files import read_recording
    from pulse_desktop.core.measure import measure

    recording = read_recording(args.file)
    m = measure(recording)
    data = {"input": str(args.file), "source_format": recording.source_format, **m.to_dict(),
            "recording_notes": list(recording.notes)}
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"{args.file.name}: {recording.source_format}, {recording.source_fs_hz:g} Hz, "
          f"{recording.source_duration_s:.1f} s")
    for key, label in LABELS.items():
        value = data[key]
        shown = f"{value} {UNITS[key]}" if value is not None else f"not measured: {m.reasons.get(key, '')}"
        print(f"  {label:<17} {shown}")
    rhythm = {True: "regular", False: "irregular", None: "unknown"}[m.rhythm_regular]
    p = {True: "present", False: "not found", None: "unknown"}[m.p_waves_present]
    print(f"  Rhythm            {rhythm}; P waves {p}; {m.beats_detected} beats ({m.beats_used} in the median beat)")
    for note in (*recording.notes, *m.notes):
        print(f"  Note: {note}")
    print(f"  Measured by PULSE Desktop from the digital recording (method {m.version}: {m.method}); "
          "computer measurements, to be confirmed by a clinician.")
    return 0


def run_bench(args) -> int:
    from pulse_desktop.core.measure.bench_ludb import run as bench

    bench(args.ludb)
    return 0
