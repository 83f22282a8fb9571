"""The report's body, block by block: patient and acquisition, status, critical findings, key findings,
quality warnings, the ECG picture, the interpretation (verbatim, with the clinician's edit beside it),
and the model's details. Each function returns reportlab flowables; :mod:`.pdf` puts them in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pulse_desktop.core.report.fonts import FontSet, needs_shaping, rich_text
from pulse_desktop.core.report.statements import ExtractedStatement
from pulse_desktop.core.storage.records import Study

RED = colors.HexColor("#B00020")
GREEN = colors.HexColor("#1B5E20")
GREY = colors.HexColor("#555555")
MODEL_NAME = "PULSE-7B"


def format_time(iso: str) -> str:
    """``2025-01-14T09:30:00+01:00`` -> ``2025-01-14 09:30 (UTC+01:00)``; other text unchanged."""
    try:
        t = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    text = t.strftime("%Y-%m-%d %H:%M")
    if t.utcoffset() is not None:
        offset = t.strftime("%z")
        text += f" (UTC{offset[:3]}:{offset[3:]})"
    return text


def unconfirmed_text(study: Study) -> str:
    quant = study.bundle.quantization if study.bundle and study.bundle.quantization else "unknown quantization"
    return (f"UNCONFIRMED - computer-generated interpretation ({MODEL_NAME}, {quant}), "
            "to be reviewed by a qualified clinician")


def status_text(study: Study) -> str:
    if study.is_confirmed:
        return f"Confirmed by {study.confirmed_by}, {format_time(study.confirmed_at)}"
    return unconfirmed_text(study)


@dataclass
class Styles:
    fonts: FontSet
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle

    @classmethod
    def make(cls, fonts: FontSet) -> Styles:
        body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5)
        return cls(fonts=fonts, body=body,
                   small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
                   heading=ParagraphStyle("heading", parent=body, fontName=fonts.bold, fontSize=11, leading=14,
                                          spaceBefore=5, spaceAfter=2, keepWithNext=1),
                   label=ParagraphStyle("label", parent=body, fontSize=8, leading=10, textColor=GREY))

    def p(self, text: str, style: ParagraphStyle | None = None, prefix: str = "", **changes) -> Paragraph:
        """A paragraph printing ``text`` literally (``prefix`` is trusted markup, e.g. ``<b>Label:</b> ``)."""
        base = style or self.body
        if changes or needs_shaping(text):
            base = ParagraphStyle(base.name + "+", parent=base, shaping=int(needs_shaping(text)), **changes)
        return Paragraph(prefix + rich_text(text, self.fonts), base)


def _box(content: list[Flowable], border, background, width: float) -> Table:
    table = Table([[content]], colWidths=[width])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, border), ("BACKGROUND", (0, 0), (-1, -1), background),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def patient_block(study: Study, s: Styles, width: float) -> list[Flowable]:
    pt = study.patient
    born = pt.date_of_birth or ""
    if pt.age:
        born = f"{born} (age {pt.age})" if born else f"age {pt.age}"
    left = [("Patient", pt.name), ("Patient ID", pt.patient_id), ("Date of birth / age", born), ("Sex", pt.sex)]
    right = [("Acquired", format_time(study.acquired_at) if study.acquired_at else "not recorded"),
             ("Clinician", study.clinician), ("Indication", study.indication), ("Study ID", study.study_id)]
    rows = []
    for (l_label, l_value), (r_label, r_value) in zip(left, right, strict=True):
        rows.append([s.p(l_label, s.label), s.p(l_value or "-", fontName=s.fonts.bold if l_label == "Patient" else
                                                 s.fonts.regular),
                     s.p(r_label, s.label), s.p(r_value or "-")])
    quarter = width / 4
    table = Table(rows, colWidths=[quarter * 0.62, quarter * 1.38, quarter * 0.62, quarter * 1.38])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.5, GREY)]))
    return [table, Spacer(1, 3 * mm)]


def status_block(study: Study, s: Styles, width: float) -> list[Flowable]:
    if study.is_confirmed:
        return [_box([s.p(status_text(study), textColor=GREEN, fontName=s.fonts.bold)], GREEN,
                     colors.HexColor("#EEF6EE"), width), Spacer(1, 2 * mm)]
    return [_box([s.p(unconfirmed_text(study), textColor=RED, fontName=s.fonts.bold)], RED,
                 colors.HexColor("#FFF4F4"), width), Spacer(1, 2 * mm)]


def quality_block(study: Study, s: Styles) -> list[Flowable]:
    q = study.quality
    if q is None:
        return []
    lines = []
    if not q.is_ecg:
        lines.append("*** The picture may not be an ECG ***")
    for f in q.problems:
        overridden = q.override is not None and f.name in q.override.findings
        note = " (overridden)" if overridden or f.level == "blocking" else ""
        lines.append(f"*** Poor data quality{note}: {f.message} ***")
    if q.override is not None:
        reason = f": {q.override.reason}" if q.override.reason else ""
        lines.append(f"Quality check overridden by {q.override.who}, {format_time(q.override.when)}{reason}")
    return [s.p(line, textColor=RED, fontName=s.fonts.bold) for line in lines] + ([Spacer(1, 2 * mm)] if lines else [])


def findings_block(findings: list[ExtractedStatement], source: str, s: Styles, width: float) -> list[Flowable]:
    critical = [f for f in findings if f.critical]
    others = [f for f in findings if not f.critical]
    out: list[Flowable] = []
    if critical:
        lines = [s.p("CRITICAL FINDINGS - review immediately", fontName=s.fonts.bold, textColor=RED, fontSize=11,
                     leading=14)]
        lines += [s.p(f"\u25a0 {f.display}   (text: \u201c{f.evidence}\u201d)", textColor=RED,
                      fontName=s.fonts.bold) for f in critical]
        out += [_box(lines, RED, colors.HexColor("#FDECEA"), width), Spacer(1, 2 * mm)]
    out.append(s.p(f"Key findings (computer-extracted from the {source}; the text below is authoritative)",
                   s.heading))
    if others:
        out.append(s.p("  \u2022  ".join(f.display for f in others)))
    elif not critical:
        out.append(s.p("No statement from the curated list was found; read the interpretation below."))
    return out


def ecg_block(image_path: Path | None, s: Styles, width: float, max_height: float,
              digital: bool = False) -> list[Flowable]:
    title = ("ECG (drawn from the digital recording as read by the model)" if digital
             else "ECG (straightened picture as read by the model)")
    out: list[Flowable] = [s.p(title, s.heading)]
    try:
        with PILImage.open(image_path) as img:  # type: ignore[arg-type]
            w, h = img.size
    except Exception:  # noqa: BLE001 - no picture, or a file that is not one
        return out + [s.p("No picture is stored with this study.", s.small)]
    scale = min(width / w, max_height / h)
    dpi = w / (w * scale / 72)
    picture = Image(str(image_path), width=w * scale, height=h * scale)
    caption = s.p(f"{w} x {h} pixels, printed at {dpi:.0f} dpi. Printed size may differ from the original paper "
                  "speed and gain: measure intervals on the original.", s.small)
    if digital:
        caption = s.p(f"{w} x {h} pixels drawn at 25 mm/s and 10 mm/mV, printed at {dpi:.0f} dpi (printed size "
                      "may differ from 25 mm/s; use the measurements above).", s.small)
    return out + [KeepTogether([picture, Spacer(1, 1 * mm), caption])]


def interpretation_block(study: Study, s: Styles, width: float, measurements=None) -> list[Flowable]:
    """``measurements`` (a :class:`~pulse_desktop.core.measure.Measurements`, digital recordings only) adds a
    note after any answer whose words the measurements contradict."""
    from pulse_desktop.core.report.measure_block import contradiction_notes

    out: list[Flowable] = [s.p(f"Interpretation ({MODEL_NAME}, the model's words verbatim)", s.heading)]
    if not study.turns:
        return out + [s.p("No interpretation yet.", s.small)]
    for turn in study.turns:
        if len(study.turns) > 1 or turn.index > 0:
            out.append(s.p(turn.question, s.small, prefix="<b>Question:</b> "))
        out.append(s.p(turn.answer or "(no text)"))
        out += contradiction_notes(turn.answer or "", measurements, s)
        if turn.state != "complete":
            why = turn.incomplete_reason or "the answer is still being written"
            out.append(s.p(f"[Answer incomplete - {why}. The text above stops where the model stopped.]",
                           textColor=RED))
        if turn.edited_text is not None:
            who = f" by {turn.edited_by}" if turn.edited_by else ""
            when = f", {format_time(turn.edited_at)}" if turn.edited_at else ""
            out.append(_box([s.p(f"CLINICIAN'S EDIT{who}{when} (replaces the model's text above for clinical use)",
                                 fontName=s.fonts.bold, textColor=colors.HexColor("#0D47A1")),
                             s.p(turn.edited_text or "(empty)")],
                            colors.HexColor("#0D47A1"), colors.HexColor("#EEF3FB"), width))
        out.append(Spacer(1, 2 * mm))
    return out


def details_block(study: Study, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [s.p("Model and processing", s.heading)]
    b = study.bundle
    if b is not None:
        out.append(s.p(f"Model bundle {b.name} ({b.kind}), language model {b.quantization}, vision "
                       f"{b.vision_precision or 'n/a'}; manifest sha256 {b.manifest_sha256}", s.small))
    for turn in study.turns:
        if turn.timings or turn.token_count:
            total = sum(v for _, v in turn.timings)
            parts = ", ".join(f"{k} {v:.1f} s" for k, v in turn.timings)
            where = f"; computed on {turn.computed_on}" if getattr(turn, "computed_on", "") else ""
            out.append(s.p(f"Answer {turn.index + 1}: {turn.token_count} tokens; {parts}"
                           f"{'; total ' + format(total, '.1f') + ' s' if parts else ''}{where}", s.small))
    out.append(s.p(f"Study created {format_time(study.created_at)}. Computer-generated interpretations can be "
                   "wrong; this report does not replace a clinician's reading of the ECG.", s.small))
    return out
