"""The report's body, block by block: patient and acquisition, status, critical findings, key findings,
quality warnings, the ECG picture, the interpretation (verbatim, with the clinician's edit beside it),
and the model's details. Each function returns reportlab flowables; :mod:`.pdf` puts them in order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from pulse_desktop.core.report.bidi import first_strong_is_arabic, isolate
from pulse_desktop.core.report.bidi_paragraph import paragraph
from pulse_desktop.core.report.fonts import FontSet, needs_shaping, rich_text
from pulse_desktop.core.report.language import ReportLanguage, report_language
from pulse_desktop.core.report.quality_text import quality_message
from pulse_desktop.core.report.statements import ExtractedStatement
from pulse_desktop.core.storage.records import Study

RED = colors.HexColor("#B00020")
GREEN = colors.HexColor("#1B5E20")
GREY = colors.HexColor("#555555")
MODEL_NAME = "PULSE-7B"


def _english(lang: ReportLanguage | None) -> ReportLanguage:
    return lang if lang is not None else report_language("en")


def format_time(iso: str, lang: ReportLanguage | None = None) -> str:
    """``2025-01-14T09:30:00+01:00`` -> ``2025-01-14 09:30 (UTC+01:00)`` in English, the locale's date and time
    in another language; other text unchanged."""
    return _english(lang).date_time(iso)


def unconfirmed_text(study: Study, lang: ReportLanguage | None = None) -> str:
    lang = _english(lang)
    quant = (study.bundle.quantization if study.bundle and study.bundle.quantization
             else lang.t("unknown_quantization"))
    return lang.t("unconfirmed", model=MODEL_NAME, quantization=quant)


def status_text(study: Study, lang: ReportLanguage | None = None) -> str:
    lang = _english(lang)
    if study.is_confirmed:
        return lang.t("confirmed", name=study.confirmed_by, time=lang.date_time(study.confirmed_at))
    return unconfirmed_text(study, lang)


@dataclass
class Styles:
    fonts: FontSet
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    lang: ReportLanguage

    @classmethod
    def make(cls, fonts: FontSet, lang: ReportLanguage | None = None) -> Styles:
        body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5)
        return cls(fonts=fonts, body=body, lang=_english(lang),
                   small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
                   heading=ParagraphStyle("heading", parent=body, fontName=fonts.bold, fontSize=11, leading=14,
                                          spaceBefore=5, spaceAfter=2, keepWithNext=1),
                   label=ParagraphStyle("label", parent=body, fontSize=8, leading=10, textColor=GREY))

    def p(self, text: str, style: ParagraphStyle | None = None, prefix: str = "", verbatim: bool = False,
          **changes) -> Flowable:
        """A paragraph printing ``text`` literally (``prefix`` is trusted markup, e.g. ``<b>Label:</b> ``).

        In a right-to-left report every paragraph is right to left except ``verbatim`` text (the model's words, a
        question, the clinician's edit), whose first letter decides (English stays left to right). Arabic and
        Devanagari are laid out by :mod:`.bidi_paragraph`; other text by reportlab's Paragraph."""
        base = style or self.body
        if changes:
            base = ParagraphStyle(base.name + "+", parent=base, **changes)
        rtl = first_strong_is_arabic(text) if verbatim or not self.lang.rtl else True
        return paragraph(text, base, self.fonts, rtl=rtl, prefix=prefix)

    def labelled(self, label: str, text: str, style: ParagraphStyle | None = None) -> Flowable:
        """``label`` in bold, then ``text`` (verbatim) printed literally."""
        if self.lang.rtl or needs_shaping(label + text):  # laid out here: the label is not bold
            return self.p(f"{label} {isolate(text) if self.lang.rtl else text}", style)
        return self.p(text, style, prefix=f"<b>{rich_text(label, self.fonts, bold=True)}</b> ", verbatim=True)

    def t(self, key: str, style: ParagraphStyle | None = None, **changes) -> Flowable:
        """A paragraph of the report's own words (key ``key`` of the language table, no placeholders)."""
        return self.p(self.lang.t(key), style, **changes)

    def text(self, key: str, **values) -> str:
        return self.lang.t(key, **values)


def _box(content: list[Flowable], border, background, width: float) -> Table:
    table = Table([[content]], colWidths=[width], splitInRow=1)  # a long edit continues on the next page
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, border), ("BACKGROUND", (0, 0), (-1, -1), background),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def patient_block(study: Study, s: Styles, width: float) -> list[Flowable]:
    pt, lang = study.patient, s.lang
    born = lang.date(pt.date_of_birth) if pt.date_of_birth else ""
    if pt.age:
        born = lang.t("born_and_age", born=born, age=pt.age) if born else lang.t("age_only", age=pt.age)
    sex = lang.t(f"sex_{pt.sex}") if pt.sex in ("female", "male", "other") else pt.sex
    left = [("label_patient", pt.name), ("label_patient_id", pt.patient_id), ("label_born", born),
            ("label_sex", sex)]
    right = [("label_acquired", lang.date_time(study.acquired_at) if study.acquired_at else lang.t("not_recorded")),
             ("label_clinician", study.clinician), ("label_indication", study.indication),
             ("label_study_id", study.study_id)]
    rows = []
    if lang.rtl:  # a field (an ID, a Latin name) is one left-to-right unit in an Arabic report
        left = [(label, isolate(value) if value else value) for label, value in left]
        right = [(label, isolate(value) if value else value) for label, value in right]
    for (l_label, l_value), (r_label, r_value) in zip(left, right, strict=True):
        rows.append([s.t(l_label, s.label), s.p(l_value or "-", fontName=s.fonts.bold if l_label == "label_patient"
                                                else s.fonts.regular),
                     s.t(r_label, s.label), s.p(r_value or "-")])
    quarter = width / 4
    widths = [quarter * 0.62, quarter * 1.38, quarter * 0.62, quarter * 1.38]
    if lang.rtl:  # labels on the right, the first pair at the right
        rows = [row[::-1] for row in rows]
        widths.reverse()
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.5, GREY)]))
    return [table, Spacer(1, 3 * mm)]


def status_block(study: Study, s: Styles, width: float) -> list[Flowable]:
    if study.is_confirmed:
        return [_box([s.p(status_text(study, s.lang), textColor=GREEN, fontName=s.fonts.bold)], GREEN,
                     colors.HexColor("#EEF6EE"), width), Spacer(1, 2 * mm)]
    return [_box([s.p(unconfirmed_text(study, s.lang), textColor=RED, fontName=s.fonts.bold)], RED,
                 colors.HexColor("#FFF4F4"), width), Spacer(1, 2 * mm)]


def quality_block(study: Study, s: Styles) -> list[Flowable]:
    q, lang = study.quality, s.lang
    if q is None:
        return []
    lines = []
    if not q.is_ecg:
        doubted = {f.name for f in q.problems if f.name in ("grid", "trace")}
        if q.override is not None and doubted and doubted <= set(q.override.findings):  # "it is an ECG", by name
            lines.append(lang.t("quality_stated_ecg", who=q.override.who, when=lang.date_time(q.override.when)))
        else:
            lines.append(lang.t("quality_not_ecg"))
    for f in q.problems:
        overridden = q.override is not None and f.name in q.override.findings
        key = "quality_poor_overridden" if overridden or f.level == "blocking" else "quality_poor"
        lines.append(lang.t(key, message=quality_message(f.message, lang)))
    if q.override is not None:
        when = lang.date_time(q.override.when)
        lines.append(lang.t("quality_override_reason", who=q.override.who, when=when, reason=q.override.reason)
                     if q.override.reason else lang.t("quality_override", who=q.override.who, when=when))
    return [s.p(line, textColor=RED, fontName=s.fonts.bold) for line in lines] + ([Spacer(1, 2 * mm)] if lines else [])


def finding_name(f: ExtractedStatement, lang: ReportLanguage) -> str:
    """A key finding's name in the report's language, marked when the text only hedges it."""
    name = lang.statement(f.id, f.label)
    return lang.t("possible", finding=name) if f.certainty == "possible" else name


def findings_block(findings: list[ExtractedStatement], edited: bool, s: Styles, width: float) -> list[Flowable]:
    """``edited``: the findings were taken from the clinician's edit (else from the model's words)."""
    critical = [f for f in findings if f.critical]
    others = [f for f in findings if not f.critical]
    out: list[Flowable] = []
    if critical:
        lines = [s.t("critical_heading", fontName=s.fonts.bold, textColor=RED, fontSize=11, leading=14)]
        lines += [s.p(s.text("critical_item", finding=finding_name(f, s.lang), evidence=f.evidence), textColor=RED,
                      fontName=s.fonts.bold) for f in critical]
        out += [_box(lines, RED, colors.HexColor("#FDECEA"), width), Spacer(1, 2 * mm)]
    out.append(s.t("key_heading_edit" if edited else "key_heading_model", s.heading))
    if others:
        out.append(s.p("  \u2022  ".join(finding_name(f, s.lang) for f in others)))
    elif not critical:
        out.append(s.t("no_findings"))
    return out


def ecg_block(image_path: Path | None, s: Styles, width: float, max_height: float,
              digital: bool = False) -> list[Flowable]:
    out: list[Flowable] = [s.t("ecg_heading_digital" if digital else "ecg_heading_picture", s.heading)]
    try:
        with PILImage.open(image_path) as img:  # type: ignore[arg-type]
            w, h = img.size
    except Exception:  # noqa: BLE001 - no picture, or a file that is not one
        return out + [s.t("no_picture", s.small)]
    scale = min(width / w, max_height / h)
    dpi = w / (w * scale / 72)
    picture = Image(str(image_path), width=w * scale, height=h * scale)
    size = {"width": s.lang.number(w), "height": s.lang.number(h), "dpi": s.lang.number(dpi, 0)}
    caption = s.p(s.text("caption_digital" if digital else "caption_picture", **size), s.small)
    return out + [KeepTogether([picture, Spacer(1, 1 * mm), caption])]


def _incomplete_reason(reason: str, lang: ReportLanguage) -> str:
    """The store's reason in the report's language when it is one of the app's own (else as stored)."""
    known = {"cancelled": "reason_cancelled", "failed": "reason_failed", "context full": "reason_context_full",
             "interrupted: the app stopped before the answer finished": "reason_interrupted"}
    key = known.get(reason.strip())
    return lang.t(key) if key else reason


def interpretation_block(study: Study, s: Styles, width: float, measurements=None) -> list[Flowable]:
    """``measurements`` (a :class:`~pulse_desktop.core.measure.Measurements`, digital recordings only) adds a
    note after any answer whose words the measurements contradict. The model's words (English) are printed
    verbatim; a report in another language says so first."""
    from pulse_desktop.core.report.measure_block import contradiction_notes

    lang = s.lang
    out: list[Flowable] = [s.p(lang.t("interpretation_heading", model=MODEL_NAME), s.heading)]
    if not study.turns:
        return out + [s.t("no_interpretation", s.small)]
    if not lang.is_source:
        out.append(s.t("model_language_note", s.small, textColor=colors.HexColor("#0D47A1")))
    for turn in study.turns:
        if len(study.turns) > 1 or turn.index > 0:
            out.append(s.labelled(lang.t("question_label"), turn.question, s.small))
        out.append(s.p(turn.answer, verbatim=True) if turn.answer else s.t("no_text"))
        out += contradiction_notes(turn.answer or "", measurements, s)
        if turn.state != "complete":
            why = _incomplete_reason(turn.incomplete_reason, lang) if turn.incomplete_reason else \
                lang.t("still_being_written")
            out.append(s.p(lang.t("answer_incomplete", why=why), textColor=RED))
        if turn.edited_text is not None:
            by = lang.t("edit_by", name=turn.edited_by) if turn.edited_by else ""
            when = lang.t("edit_when", time=lang.date_time(turn.edited_at)) if turn.edited_at else ""
            out.append(_box([s.p(lang.t("edit_heading", by=by, when=when),
                                 fontName=s.fonts.bold, textColor=colors.HexColor("#0D47A1")),
                             s.p(turn.edited_text, verbatim=True) if turn.edited_text else s.t("empty")],
                            colors.HexColor("#0D47A1"), colors.HexColor("#EEF3FB"), width))
        out.append(Spacer(1, 2 * mm))
    return out


def _timings_line(turn, lang: ReportLanguage) -> str:
    stages = lang.t("list_separator").join(
        lang.t("stage_seconds", stage=lang.optional("stages", k) or k, seconds=lang.number(v, 1))
        for k, v in turn.timings)
    tokens = lang.number(turn.token_count or 0)
    where = getattr(turn, "computed_on", "") or ""  # an answer computed by a clinic server: its address
    if not stages:
        line = lang.t("answer_tokens", number=turn.index + 1, tokens=tokens)
    else:
        total = lang.number(sum(v for _, v in turn.timings), 1)
        line = lang.t("answer_timings_total", number=turn.index + 1, tokens=tokens, stages=stages, total=total)
    return line + (lang.t("computed_on", where=where) if where else "")


def details_block(study: Study, s: Styles) -> list[Flowable]:
    lang = s.lang
    out: list[Flowable] = [s.t("details_heading", s.heading)]
    b = study.bundle
    if b is not None:
        kind = lang.t(f"kind_{b.kind}") if b.kind in ("clinical", "test", "synthetic") else b.kind
        out.append(s.p(lang.t("bundle_line", name=b.name, kind=kind, quantization=b.quantization,
                              vision=b.vision_precision or lang.t("not_applicable"), sha=b.manifest_sha256), s.small))
    for turn in study.turns:
        if turn.timings or turn.token_count:
            out.append(s.p(_timings_line(turn, lang), s.small))
    out.append(s.p(lang.t("disclaimer", time=lang.date_time(study.created_at)), s.small))
    return out
