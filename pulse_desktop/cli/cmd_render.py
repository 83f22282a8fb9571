"""`pulse-desktop render FILE --out page.png [--layout 3x4|6x2|12x1]`: a digital ECG drawn as the training
images were (ECG-Image-Kit's default page, docs/digital-ecg.md)."""

from __future__ import annotations

from pathlib import Path

from pulse_desktop.core.errors import StorageError


def register(sub) -> None:
    p = sub.add_parser("render", help="draw a digital ECG file as a 12-lead ECG page (PNG)",
                       description="Read a digital 12-lead ECG file and draw it as ECG-Image-Kit's standard page "
                                   "(25 mm/s, 10 mm/mV, 11 x 8.5 in at 200 dpi). Exit 2: the file cannot be read.")
    p.add_argument("file", type=Path, help="WFDB .hea, DICOM .dcm, HL7 aECG / GE MUSE .xml, EDF .edf, SCP-ECG .scp")
    p.add_argument("--out", type=Path, required=True, help="where to write the page (PNG)")
    p.add_argument("--layout", choices=("3x4", "6x2", "12x1"), default="3x4",
                   help="3x4 with a lead II rhythm strip (default), 6x2, or 12x1")
    p.set_defaults(func=run)


def run(args) -> int:
    from PIL import Image

    from pulse_desktop.core.ecg_files import read_recording
    from pulse_desktop.core.ecg_render import render_page

    recording = read_recording(args.file)
    page = render_page(recording, args.layout)
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(page).save(args.out, format="PNG", dpi=(200, 200))
    except OSError as exc:
        raise StorageError(f"Cannot write {args.out}: {exc.strerror or exc}.",
                           "Choose a folder you can write to.") from exc
    print(f"{args.out}: {page.shape[1]} x {page.shape[0]} px, layout {args.layout}, {recording.source_format}")
    for note in recording.notes:
        print(f"  Note: {note}")
    return 0
