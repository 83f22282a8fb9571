"""Small ECGBench question files in the reference's format, built from the shared PTB-XL sample.

Each record is drawn on synthetic ECG paper (tests/support/ecg_paper.py) and saved as PNG under
``images/``; its clinician's report is the gold answer of the report file. The other files derive their
gold answers from the report's words (a crude keyword reading, good enough for test data, nothing more):

* ``ptb-test-report.json``: "Please write a clinical report based on this ECG image." -> the report;
* ``ptb-test.json``: the PTB-XL superclass question -> e.g. "NORM" or "MI, STTC";
* ``g12-test-no-cot.json``: a rhythm question with options A-D -> the option's letter;
* ``arena.json``: two turns (rhythm, then a report).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.support.ecg_paper import load_ptbxl_record, render_ecg_paper

REPORT_QUESTION = "Please write a clinical report based on this ECG image."
PTB_QUESTION = ("Analyze this ECG and classify it into the following superclasses: NORM (normal ECG), MI "
                "(myocardial infarction), STTC (ST/T change), CD (conduction disturbance), HYP (hypertrophy). "
                "List all that apply.")
RHYTHMS = ("Sinus rhythm", "Atrial fibrillation", "Sinus tachycardia", "Sinus arrhythmia")
MCQ_QUESTION = ("Which rhythm does this ECG show? Options: " + " ".join(f"{'ABCD'[i]}. {r}"
                                                                       for i, r in enumerate(RHYTHMS)))


@dataclass(frozen=True)
class PtbxlBench:
    folder: Path
    images: Path
    files: dict[str, Path]  # subset name -> question file
    reports: dict[str, str]  # question id -> report


def superclasses(report: str) -> list[str]:
    text = report.lower()
    found = []
    if "normal ecg" in text:
        found.append("NORM")
    if "infarct" in text or "myocardial" in text:
        found.append("MI")
    if "st-t" in text or "t wave" in text or "ischemi" in text or "st depression" in text:
        found.append("STTC")
    if "block" in text or "bundle" in text:
        found.append("CD")
    if "hypertrophy" in text:
        found.append("HYP")
    return found


def rhythm_letter(report: str) -> str:
    text = report.lower()
    for i, key in ((1, "fibrillation"), (2, "tachycardia"), (3, "arrhythmia")):
        if key in text:
            return "ABCD"[i]
    return "A"


def _item(qid: str, image: str, question: str, gold) -> dict:
    return {"id": qid, "image": image, "conversations": [{"from": "human", "value": "<image>\n" + question},
                                                        {"from": "gpt", "value": gold}]}


def build_ptbxl_bench(folder: Path, records: range | list[int] = range(3), px_per_mm: float = 4.0) -> PtbxlBench:
    folder = Path(folder)
    images = folder / "images"
    (images / "ptb").mkdir(parents=True, exist_ok=True)
    report_items, ptb_items, mcq_items, arena_items = [], [], [], []
    reports = {}
    for index in records:
        signals, record = load_ptbxl_record(index)
        ecg_id = int(record["ptbxl_ecg_id"])
        image = f"ptb/{ecg_id:05d}_hr-0.png"
        paper, _ = render_ecg_paper(signals, px_per_mm=px_per_mm)
        paper.save(images / image)
        report = record["report"]
        qid = f"{ecg_id:05d}_hr-0"
        reports[qid] = report
        report_items.append(_item(f"ptb-report-{qid}", image, REPORT_QUESTION, report))
        labels = superclasses(report)
        ptb_items.append(_item(f"ptb-{qid}", image, PTB_QUESTION, ", ".join(labels) or "NORM"))
        letter = rhythm_letter(report)
        mcq_items.append(_item(f"g12-{qid}", image, MCQ_QUESTION, f"{letter}. {RHYTHMS['ABCD'.index(letter)]}"))
        arena_items.append({"id": f"arena-{qid}", "image": image, "conversations": [
            {"question": "What is the rhythm of this ECG?", "answer": RHYTHMS["ABCD".index(letter)]},
            {"question": "Now write a short clinical report.", "answer": report}]})
    files = {}
    for name, items in (("ptb-test-report", report_items), ("ptb-test", ptb_items),
                        ("g12-test-no-cot", mcq_items), ("arena", arena_items)):
        files[name] = folder / f"{name}.json"
        files[name].write_text(json.dumps(items, indent=1, ensure_ascii=False), encoding="utf-8")
    return PtbxlBench(folder, images, files, reports)
