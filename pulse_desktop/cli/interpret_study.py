"""`interpret IMAGE --patient-name N --patient-id ID [--dob D] [--sex S] --pdf OUT.pdf`: a recorded study.

With any patient option or ``--pdf``, ``interpret`` goes through the pipeline: the study, its pictures,
the quality findings, the question and the streamed answer are committed to the study store as they
happen (a crash loses nothing), and the report is written from what was stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

STUDY_OPTIONS = ("patient_name", "patient_id", "dob", "age", "sex", "pdf", "clinician", "indication")


def add_study_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("study (any of these records a study in the study history)")
    g.add_argument("--patient-name", default=None, help="patient's name")
    g.add_argument("--patient-id", default=None, help="patient's ID (hospital number)")
    g.add_argument("--dob", default=None, help="date of birth, YYYY-MM-DD")
    g.add_argument("--age", default=None, help="age, when the date of birth is not known")
    g.add_argument("--sex", default=None, choices=["female", "male", "other"], help="patient's sex")
    g.add_argument("--clinician", default=None, help="requesting clinician")
    g.add_argument("--indication", default=None, help="why the ECG was taken")
    g.add_argument("--accept-warnings-by", default="", metavar="NAME",
                   help="accept the picture's quality warnings (not blocking findings), recorded with NAME")
    g.add_argument("--pdf", type=Path, default=None, help="write the report to this PDF")
    g.add_argument("--paper", choices=["a4", "letter"], default=None, help="report paper size (default: settings)")


def wants_study(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) for name in STUDY_OPTIONS)


def run_study(args: argparse.Namespace, on_event) -> tuple[int, dict[str, Any]]:
    """Record a study for ``args.image`` and answer ``args.question``; returns (exit code, summary)."""
    from pulse_desktop.core.bundle.registry import resolve_bundle
    from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
    from pulse_desktop.core.events import Done
    from pulse_desktop.core.pipeline import interpret_study, open_study_from_file
    from pulse_desktop.core.report import ReportSettings, write_study_pdf
    from pulse_desktop.core.storage import Patient, Store

    patient = Patient(name=args.patient_name or "", patient_id=args.patient_id or "",
                      date_of_birth=args.dob or "", age=args.age or "", sex=args.sex or "")
    installed = resolve_bundle(args.bundle)  # before anything is stored: no bundle, no half-made study
    with Store.open() as store:
        study_id, intake = open_study_from_file(store, Path(args.image), patient,
                                                clinician=args.clinician or "", indication=args.indication or "",
                                                override_by=args.accept_warnings_by)
        print(f"Study {study_id}", file=sys.stderr)
        if not intake.report.usable:
            print(f"Study {study_id} is saved with its picture but was not interpreted.", file=sys.stderr)
            intake.report.raise_if_blocked()
        for note in intake.report.notes:
            print(f"Note: {note}", file=sys.stderr)
        engine = MultimodalEngine(installed, n_gpu_layers=args.gpu_layers, n_threads=args.threads,
                                  vision_provider=args.vision_provider)
        try:
            result = None
            for event in interpret_study(store, study_id, intake.image_for_model, args.question, engine,
                                         max_new_tokens=args.max_new_tokens):
                on_event(event)
                if isinstance(event, Done):
                    result = event.result
        finally:
            engine.close()
        summary: dict[str, Any] = {"study_id": study_id, "answer": result.answer.text if result else "",
                                   "stages": result.answer.stages if result else {},
                                   "quality": intake.report.to_dict(),
                                   "bundle": {"name": engine.bundle_name, "manifest_sha256": engine.manifest_sha256}}
        if args.pdf:
            settings = ReportSettings.from_settings_file()
            if args.paper:
                settings = ReportSettings(settings.facility_name, settings.facility_logo, args.paper)
            write_study_pdf(store, study_id, args.pdf, settings)
            summary["pdf"] = str(args.pdf)
            print(f"Report written to {args.pdf}", file=sys.stderr)
    return 0, summary


def print_summary(summary: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print()
