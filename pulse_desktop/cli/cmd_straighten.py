"""`pulse-desktop straighten IMAGE --out OUT.png [--json] [--corners x1,y1,...,x4,y4] [--page N] [--turn DEG]`.

Straightens a picture of an ECG, writes the result and prints the quality report. Exit status: 0 when the
picture is usable, 3 when quality blocks it (the straightened picture is still written, to look at),
2 when the input cannot be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pulse_desktop.core.errors import StorageError


def register(sub) -> None:
    p = sub.add_parser("straighten", help="straighten a photo or scan of an ECG and check its quality",
                       description="Straighten a photo, scan or PDF of a 12-lead ECG, write the result and "
                                   "print the quality report. Exit 0: usable; 3: blocked by quality; "
                                   "2: unreadable input.")
    p.add_argument("image", type=Path, help="image or PDF file (PNG, JPEG, BMP, TIFF, WebP, GIF, PDF)")
    p.add_argument("--out", type=Path, required=True, help="where to write the straightened picture (PNG)")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.add_argument("--corners", type=_corners, default=None, metavar="x1,y1,...,x4,y4",
                   help="the paper's four corners in the original, in pixels (any order)")
    p.add_argument("--page", type=int, default=1, help="page of a PDF or multi-page TIFF (from 1)")
    add_turn_argument(p)
    p.set_defaults(func=run)


def turn_value(text: str) -> int | None:
    if text.strip().lower() == "auto":
        return None
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected auto, 0, 90, 180 or 270") from None
    if value % 90 or not 0 <= value < 360:
        raise argparse.ArgumentTypeError("expected auto, 0, 90, 180 or 270")
    return value


def add_turn_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--turn", type=turn_value, default=None, metavar="auto|0|90|180|270",
                   help="turn the page clockwise by this many degrees (0: never turn it); default auto: a "
                        "sideways or upside-down page is turned as detected, and the report says so")


def _corners(text: str) -> list[tuple[float, float]]:
    try:
        vals = [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError("corners must be eight numbers: x1,y1,x2,y2,x3,y3,x4,y4") from exc
    if len(vals) != 8:
        raise argparse.ArgumentTypeError(f"corners must be eight numbers (x1,y1,...,x4,y4), got {len(vals)}")
    return [(vals[i], vals[i + 1]) for i in range(0, 8, 2)]


def run(args) -> int:
    from pulse_desktop.core.imaging.intake import intake_file

    if args.page < 1:
        raise SystemExit("pulse-desktop straighten: error: --page counts from 1")
    try:
        intake = intake_file(args.image, corners=args.corners, page=args.page - 1, turn=args.turn)
    except ValueError as exc:  # corners that do not make a quadrilateral
        raise SystemExit(f"pulse-desktop straighten: error: {exc}") from exc
    _write(intake.straightened.image, args.out)
    report = intake.report
    if args.json:
        data = {"input": str(args.image), "output": str(args.out),
                "size": list(intake.straightened.image.size), **report.to_dict()}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print_report(args, intake)
    return 0 if report.usable else 3


def _write(image, out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(out, format="PNG")
    except OSError as exc:
        raise StorageError(f"The straightened picture could not be written to '{out}' ({exc.strerror or exc}).",
                           "Choose a folder you can write to and check that the disk is not full.") from exc


def _print_report(args, intake) -> None:
    report, result = intake.report, intake.straightened
    ppm = f"{report.px_per_mm:.2f} px/mm" if report.px_per_mm else "no grid scale"
    print(f"{args.image.name}: {result.method}, {result.image.size[0]}x{result.image.size[1]}, {ppm}")
    loaded = intake.loaded
    if loaded is not None and loaded.page_count > 1:
        print(f"  page {loaded.page_index + 1} of {loaded.page_count} (choose another with --page N)")
    if result.turn:
        other = (result.turn + 180) % 360
        print(f"  turned by {result.turn} degrees clockwise (undo with --turn 0)" if result.turn_sure else
              f"  turned by {result.turn} degrees clockwise so that the rows run across; which way up is a guess: "
              f"check it (the other way: --turn {other}; undo with --turn 0)")
    for note in report.notes:
        print(f"  note: {note}")
    print(f"is_ecg: {'yes' if report.is_ecg else 'no'}    usable: {'yes' if report.usable else 'no'}")
    print("corners in the original: " + "  ".join(f"({x:.0f}, {y:.0f})" for x, y in report.corners))
    print("checks:")
    for f in report.findings:
        value = "-" if f.value is None else f"{f.value:.3g}"
        print(f"  [{f.level:8s}] {f.name:10s} {value:>8s}  {f.message}")
        if f.advice:
            print(f"  {'':10s} {'':10s} {'':>8s}  What to do: {f.advice}")
    print(f"Wrote {args.out}")
