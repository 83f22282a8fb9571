"""The measurement benchmark: the app's intervals against LUDB cardiologists' annotations.

    python -m pulse_desktop.core.measure.bench_ludb /path/to/ludb   (the folder holding data/ and ludb.csv)

Reference per beat (as the digital-ECG issue defines it): the earliest onset and the latest offset of each
wave over the 12 leads' annotations; per record: the median over its annotated beats. P duration and PR only
for beats with an annotated P wave, QT only for beats with an annotated T wave. Differences are app minus
reference; targets from IEC 60601-2-25 (mean within 10 ms, SD <= 10 ms for PR and QRS; SD <= 15 ms for P
duration; mean within 25 ms, SD <= 30 ms for QT).

The constant corrections (``SHIFT_MS``) are fitted on these records, so the benchmark also prints held-out
figures: the records are split in two halves (alternate records); for each half, each interval's constant
correction is refitted on the other half (its mean difference there is removed) and the differences of the
half itself are kept; the two halves' held-out differences are then pooled.

``--nested`` also holds out the QRS onset's absolute threshold (``QRS_ON_ABS_MV``, the one value of method 1.3
chosen by looking at QRS figures): it is picked from a fixed grid on one half and tested on the other.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from pulse_desktop.core.ecg_files import read_recording
from pulse_desktop.core.ecg_files.wfdb_annotations import read_annotations, waves
from pulse_desktop.core.measure import measure

LEADS = ("i", "ii", "iii", "avr", "avl", "avf", "v1", "v2", "v3", "v4", "v5", "v6")
TARGETS = {"p_ms": (None, 15.0), "pr_ms": (10.0, 10.0), "qrs_ms": (10.0, 10.0), "qt_ms": (25.0, 30.0)}


def reference(record: Path, fs: float = 500.0) -> dict[str, float | None]:
    """Median over beats of the global P duration, PR, QRS and QT from the 12 leads' annotations."""
    per_lead = {}
    for lead in LEADS:
        path = record.with_suffix("." + lead)
        if path.exists():
            per_lead[lead] = waves(read_annotations(path))
    qrs = sorted((peak, lead, on, off) for lead, ws in per_lead.items() for k, on, peak, off in ws if k == "qrs")
    clusters: list[list[tuple]] = []
    for item in qrs:
        if clusters and item[0] - clusters[-1][0][0] < 0.15 * fs:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    vals: dict[str, list[float]] = {"p_ms": [], "pr_ms": [], "qrs_ms": [], "qt_ms": []}
    ms = 1000.0 / fs
    for cl in clusters:
        if len(cl) < 6:  # a beat annotated in too few leads
            continue
        peak = float(np.median([c[0] for c in cl]))
        q_on, q_off = min(c[2] for c in cl), max(c[3] for c in cl)
        vals["qrs_ms"].append((q_off - q_on) * ms)
        ps = [(on, off) for ws in per_lead.values() for k, on, pk, off in ws
              if k == "p" and 0 < peak - pk < 0.45 * fs]
        if len(ps) >= 3:
            p_on, p_off = min(p[0] for p in ps), max(p[1] for p in ps)
            vals["p_ms"].append((p_off - p_on) * ms)
            vals["pr_ms"].append((q_on - p_on) * ms)
        ts = [off for ws in per_lead.values() for k, on, pk, off in ws if k == "t" and 0 < pk - peak < 0.7 * fs]
        if len(ts) >= 3:
            vals["qt_ms"].append((max(ts) - q_on) * ms)
    return {k: (float(np.median(v)) if v else None) for k, v in vals.items()}


def run(ludb: Path, out=sys.stdout) -> dict[str, dict[str, float]]:
    data = ludb / "data" if (ludb / "data").is_dir() else ludb
    records = sorted(data.glob("*.hea"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    diffs: dict[str, list[float]] = {k: [] for k in TARGETS}
    halves: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in TARGETS}
    missing: dict[str, int] = {k: 0 for k in TARGETS}
    rows = []
    p_agree = [0, 0, 0, 0]  # both, reference only, app only, neither
    for index, hea in enumerate(records):
        ref = reference(hea.with_suffix(""))
        got = measure(read_recording(hea)).to_dict()
        row = [hea.stem]
        ref_p, app_p = ref["p_ms"] is not None, got["p_waves_present"]
        p_agree[(0 if app_p else 1) if ref_p else (2 if app_p else 3)] += 1
        for key in TARGETS:
            r, g = ref[key], got[key]
            if r is None:
                row.append("   -")
                continue
            if g is None:
                missing[key] += 1
                row.append("  n/a")
                continue
            diffs[key].append(g - r)
            halves[key][index % 2].append(g - r)
            row.append(f"{g - r:+5.0f}")
        rows.append(row)
    print("record  " + "  ".join(f"{k:>6}" for k in TARGETS) + "   (app - reference, ms)", file=out)
    for row in rows:
        print(f"{row[0]:>6}  " + "  ".join(f"{c:>6}" for c in row[1:]), file=out)
    summary = {}
    print(f"\n{len(records)} records. interval: n, mean difference, SD, |mean|-target, SD-target, "
          "not measured where the reference has it", file=out)
    for key, (mean_t, sd_t) in TARGETS.items():
        d = np.asarray(diffs[key])
        mean, sd = (float(d.mean()), float(d.std(ddof=1))) if d.size > 1 else (float("nan"), float("nan"))
        ok = (mean_t is None or abs(mean) <= mean_t) and sd <= sd_t
        summary[key] = {"n": int(d.size), "mean": mean, "sd": sd, "not_measured": missing[key], "meets": ok}
        print(f"{key:>7}: n={d.size:3d}  mean {mean:+6.1f} ms  SD {sd:5.2f} ms  target "
              f"{'|mean|<=' + str(int(mean_t)) + ', ' if mean_t else ''}SD<={int(sd_t)}  "
              f"{'MEETS' if ok else 'misses'}   not measured: {missing[key]}", file=out)
    print("\nHeld out (each half's constant corrections refitted on the other half, halves pooled):", file=out)
    for key, (mean_t, sd_t) in TARGETS.items():
        a, b = (np.asarray(h) for h in halves[key])
        if a.size < 2 or b.size < 2:
            continue
        held = np.concatenate([a - b.mean(), b - a.mean()])
        mean, sd = float(held.mean()), float(held.std(ddof=1))
        ok = (mean_t is None or abs(mean) <= mean_t) and sd <= sd_t
        summary[key].update({"held_out_mean": mean, "held_out_sd": sd, "held_out_meets": ok})
        print(f"{key:>7}: n={held.size:3d}  mean {mean:+6.1f} ms  SD {sd:5.2f} ms  {'MEETS' if ok else 'misses'}",
              file=out)
    print(f"P waves: found where annotated {p_agree[0]}, missed {p_agree[1]}; found where none annotated "
          f"{p_agree[2]}, absent in both {p_agree[3]}", file=out)
    return summary


ONSET_ABS_GRID_MV = (0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1)


def nested_onset_threshold(ludb: Path, out=sys.stdout) -> float:
    """The QRS SD held out when the absolute onset threshold (``QRS_ON_ABS_MV``) is also chosen on one half:
    for each half, the threshold with the smallest QRS SD on the other half is picked from a fixed grid, its
    constant correction fitted there, and the half's own differences kept; the halves are pooled."""
    from pulse_desktop.core.measure import delineate

    data = ludb / "data" if (ludb / "data").is_dir() else ludb
    records = sorted(data.glob("*.hea"), key=lambda p: int(p.stem) if p.stem.isdigit() else 0)
    refs = [reference(hea.with_suffix(""))["qrs_ms"] for hea in records]
    recs = [read_recording(hea) for hea in records]
    shipped = delineate.QRS_ON_ABS_MV
    diffs = {}
    try:
        for thr in ONSET_ABS_GRID_MV:
            delineate.QRS_ON_ABS_MV = thr
            d = [np.nan if ref is None else (measure(r).to_dict()["qrs_ms"] or np.nan) - ref
                 for r, ref in zip(recs, refs, strict=True)]
            diffs[thr] = np.asarray(d, float)
    finally:
        delineate.QRS_ON_ABS_MV = shipped
    half = np.arange(len(records)) % 2
    held = []
    for test in (0, 1):
        train = half != test
        sds = {t: float(np.nanstd(diffs[t][train], ddof=1)) for t in ONSET_ABS_GRID_MV}
        best = min(sds, key=lambda t: sds[t])
        x = diffs[best]
        held.append(x[~train] - np.nanmean(x[train]))
        print(f"half {test}: threshold chosen on the other half {best} mV (SD there {sds[best]:.2f} ms)", file=out)
    pooled = np.concatenate(held)
    sd = float(np.nanstd(pooled, ddof=1))
    print("QRS SD by threshold (all records): " + ", ".join(
        f"{t}: {np.nanstd(diffs[t], ddof=1):.2f}" for t in ONSET_ABS_GRID_MV), file=out)
    print(f"QRS held out with the threshold also chosen per half: SD {sd:.2f} ms", file=out)
    return sd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ludb", type=Path, help="the LUDB folder (holding data/ with N.hea, N.dat, N.i ...)")
    parser.add_argument("--nested", action="store_true",
                        help="also choose the QRS onset's absolute threshold on one half and test on the other")
    args = parser.parse_args(argv)
    run(args.ludb)
    if args.nested:
        print("", flush=True)
        nested_onset_threshold(args.ludb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
