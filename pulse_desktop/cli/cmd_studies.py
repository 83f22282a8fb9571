"""`pulse-desktop studies list|show|export|delete|report|confirm`: the study history.

Results go to stdout (``--json`` for machines); errors are raised as PulseError (StorageError for the store)
and printed by main.py with their hint and exit code. A study ID may be typed in any case, with O for 0
and I or L for 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pulse_desktop.cli.interpret_study import LANGUAGE_HELP, report_language_code
from pulse_desktop.core.errors import PulseError


def register(sub) -> None:
    p = sub.add_parser("studies", help="list, show, export, delete studies or write their PDF report")
    studies = p.add_subparsers(dest="studies_command", metavar="ACTION")
    p.set_defaults(func=lambda args: _usage(p))

    lst = studies.add_parser("list", help="list the studies, newest first")
    lst.add_argument("--search", default="", help="only studies whose patient name or ID, study ID or clinician "
                                                  "contains this text")
    lst.add_argument("--from", dest="date_from", help="acquired on or after this date (YYYY-MM-DD)")
    lst.add_argument("--to", dest="date_to", help="acquired on or before this date (YYYY-MM-DD)")
    lst.add_argument("--json", action="store_true", help="print one JSON object")
    lst.set_defaults(func=run_list)

    show = studies.add_parser("show", help="show one study: patient, pictures, measurements, quality, answers, status")
    show.add_argument("study_id")
    show.add_argument("--json", action="store_true", help="print the whole record as JSON")
    show.set_defaults(func=run_show)

    exp = studies.add_parser("export", help="write the study's pictures, study.json and report.pdf into a folder")
    exp.add_argument("study_id")
    exp.add_argument("folder", type=Path)
    exp.add_argument("--paper", choices=("a4", "letter"), help="paper size of the PDF (default: settings)")
    exp.add_argument("--language", type=report_language_code, metavar="CODE", help=LANGUAGE_HELP)
    exp.set_defaults(func=run_export)

    rem = studies.add_parser("delete", help="delete a study and the pictures no other study uses")
    rem.add_argument("study_id")
    rem.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rem.set_defaults(func=run_delete)

    rep = studies.add_parser("report", help="write the study's PDF report")
    rep.add_argument("study_id")
    rep.add_argument("--pdf", type=Path, required=True, help="where to write the PDF")
    rep.add_argument("--paper", choices=("a4", "letter"), help="paper size (default: the settings, else A4)")
    rep.add_argument("--facility", help="facility name for the header (default: the settings)")
    rep.add_argument("--logo", type=Path, help="facility logo, PNG or JPEG (default: the settings)")
    rep.add_argument("--language", type=report_language_code, metavar="CODE", help=LANGUAGE_HELP)
    rep.set_defaults(func=run_report)

    con = studies.add_parser("confirm", help="confirm the study's interpretation in a clinician's name")
    con.add_argument("study_id")
    con.add_argument("--by", required=True, metavar="NAME", help="the confirming clinician, as the report prints it")
    con.set_defaults(func=run_confirm)


def _usage(parser) -> int:
    parser.print_help()
    return 2


def _open():
    from pulse_desktop.core.storage import Store

    return Store.open()


def _settings(args):
    from dataclasses import replace

    from pulse_desktop.core.report import ReportSettings

    settings = ReportSettings.from_settings_file()
    if getattr(args, "paper", None):
        settings = replace(settings, paper=args.paper)
    if getattr(args, "facility", None) is not None:
        settings = replace(settings, facility_name=args.facility)
    if getattr(args, "logo", None) is not None:
        settings = replace(settings, facility_logo=args.logo)
    if getattr(args, "language", None):
        settings = replace(settings, language=args.language)
    return settings


def _status(summary) -> str:
    status = summary.status
    if summary.incomplete:
        status += " (incomplete)"
    return status


def run_list(args) -> int:
    with _open() as store:
        rows = store.list_studies(args.search, args.date_from, args.date_to)
    if args.json:
        print(json.dumps({"studies": [r.to_dict() for r in rows]}, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No studies." if not (args.search or args.date_from or args.date_to) else "No study matches.")
        return 0
    header = ("STUDY", "WHEN", "PATIENT", "PATIENT ID", "STATUS", "CONFIRMED BY")
    table = [(r.study_id, (r.acquired_at or r.created_at)[:16].replace("T", " "), r.patient_name, r.patient_id,
              _status(r), r.confirmed_by) for r in rows]
    widths = [min(32, max(len(str(row[i])) for row in [header, *table])) for i in range(len(header))]
    for row in [header, *table]:
        print("  ".join(str(cell)[:w].ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def run_show(args) -> int:
    from pulse_desktop.core.report import extract_statements, status_text

    with _open() as store:
        study = store.get(store.resolve_id(args.study_id))
        events = store.events(study.study_id)
        paths = {ref.role: str(store.image_path(ref)) for ref in study.images}
    if args.json:
        data = study.to_dict()
        data["image_paths"] = paths
        data["events"] = [{"at": at, "kind": kind, "detail": detail} for at, kind, detail in events]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    p = study.patient
    born = " ".join(x for x in (p.date_of_birth, f"(age {p.age})" if p.age else "") if x)
    print(f"Study {study.study_id}  created {study.created_at}")
    print(f"Patient: {p.name or '-'}  ID: {p.patient_id or '-'}  born: {born or '-'}  sex: {p.sex or '-'}")
    print(f"Acquired: {study.acquired_at or '-'}  clinician: {study.clinician or '-'}  "
          f"indication: {study.indication or '-'}")
    print(f"Status: {study.status}{' (incomplete answer)' if study.incomplete else ''} - {status_text(study)}")
    if study.bundle:
        b = study.bundle
        print(f"Model: {b.name} ({b.kind}, {b.quantization}), manifest sha256 {b.manifest_sha256}")
    for ref in study.images:
        print(f"Picture ({ref.role}): {paths[ref.role]}  {ref.width}x{ref.height}")
    if study.measurements:
        from pulse_desktop.core.measure.result import measurements_from_dict
        from pulse_desktop.core.measure.text import measurement_lines

        print("Measured from the digital recording:")
        for line in measurement_lines(measurements_from_dict(study.measurements)):
            print(f"  {line}")
    if study.quality:
        for f in study.quality.problems:
            print(f"Quality {f.level}: {f.message}")
        if study.quality.override:
            print(f"Quality overridden by {study.quality.override.who}: {study.quality.override.reason}")
    for turn in study.turns:
        print(f"\n[{turn.index + 1}] {turn.question}")
        print(turn.answer)
        if turn.state != "complete":
            print(f"  (answer {turn.state}: {turn.incomplete_reason or 'still being written'})")
        if turn.edited_text is not None:
            print(f"  Clinician's edit ({turn.edited_by}):\n{turn.edited_text}")
    findings = extract_statements("\n".join(t.final_text for t in study.turns))
    if findings:
        print("\nKey findings: " + "; ".join(("CRITICAL " if f.critical else "") + f.display for f in findings))
    return 0


def run_export(args) -> int:
    from pulse_desktop.core.report import export_study

    with _open() as store:
        sid = store.resolve_id(args.study_id)
        files = export_study(store, sid, args.folder, _settings(args))
    for path in files:
        print(path)
    return 0


def run_delete(args) -> int:
    with _open() as store:
        sid = store.resolve_id(args.study_id)
        summary = store.get_summary(sid)
        if not args.yes:
            if not sys.stdin.isatty():
                raise PulseError(f"Deleting study {sid} needs confirmation.", "Add --yes to delete it without asking.")
            reply = input(f"Delete study {sid} of {summary.patient_name or 'an unnamed patient'} "
                          f"({summary.status}) and its pictures? [y/N] ")
            if reply.strip().lower() not in ("y", "yes"):
                print("Nothing deleted.")
                return 1
        store.delete(sid)
    print(f"Deleted study {sid}.")
    return 0


def run_report(args) -> int:
    from pulse_desktop.core.report import write_study_pdf

    with _open() as store:
        sid = store.resolve_id(args.study_id)
        out = write_study_pdf(store, sid, args.pdf, _settings(args))
    print(out)
    return 0


def run_confirm(args) -> int:
    with _open() as store:
        sid = store.resolve_id(args.study_id)
        at = store.confirm(sid, args.by)  # refused (StorageError, with a hint) without a name or an interpretation
    print(f"Study {sid} confirmed by {args.by.strip()} at {at}.")
    return 0
