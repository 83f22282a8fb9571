"""`pulse-desktop measure FILE [--json]` and `pulse-desktop bench-measure --ludb DIR`.

``measure`` reads a digital ECG (WFDB, DICOM, HL7 aECG, GE MUSE, Philips XML, EDF, SCP-ECG) and prints rate,
intervals and axes; a value that cannot be measured is null with its reason. ``bench-measure`` compares the
program with the LUDB cardiologists' annotations (docs/measurement.md).
"""

from __future__ import annotations

import json
from pathlib import Path


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
    from pulse_desktop.core.measure.text import measurement_lines

    recording = read_recording(args.file)
    m = measure(recording)
    data = {"input": str(args.file), "source_format": recording.source_format, **m.to_dict(),
            "recording_notes": list(recording.notes)}
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"{args.file.name}: {recording.source_format}, {recording.source_fs_hz:g} Hz, "
          f"{recording.source_duration_s:.1f} s")
    for line in measurement_lines(m, tuple(recording.notes)):
        print(f"  {line}")
    return 0


def run_bench(args) -> int:
    from pulse_desktop.core.measure.bench_ludb import run as bench

    bench(args.ludb)
    return 0
