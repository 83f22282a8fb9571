"""The measurement block of the report header, and the measurement notes beside the model's text."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pulse_desktop.core.measure.result import Measurements
from pulse_desktop.core.report.bidi import isolate
from pulse_desktop.core.report.language import ReportLanguage, report_language
from pulse_desktop.core.report.measure_check import contradiction_facts
from pulse_desktop.core.report.quality_text import measure_message

AMBER = colors.HexColor("#8A5A00")
#: (label: a report-table key, or the name itself for the international abbreviations; value key; unit key)
_CELLS = (("measure_heart_rate", "heart_rate_bpm", "unit_bpm"), ("RR", "rr_ms", "unit_ms"), ("P", "p_ms", "unit_ms"),
          ("PR", "pr_ms", "unit_ms"), ("QRS", "qrs_ms", "unit_ms"), ("QT", "qt_ms", "unit_ms"),
          ("QTc Bazett", "qtc_ms", "unit_ms"), ("QTc Fridericia", "qtc_fridericia_ms", "unit_ms"))
_AXES = (("P", "p_axis_deg"), ("QRS", "qrs_axis_deg"), ("T", "t_axis_deg"))
PICTURE_TEXT = report_language("en").t("measure_picture")  # the English sentence (tests compare with it)


def _label(name: str, lang: ReportLanguage) -> str:
    return lang.t(name) if name.startswith("measure_") else name


def measurement_heading(m: Measurements, lang: ReportLanguage | None = None) -> str:
    lang = lang or report_language("en")
    return lang.t("measure_heading", version=m.version, method=measure_message(m.method, lang))


def _value(v: float | int, lang: ReportLanguage) -> str:
    return lang.number(v, 0) if float(v).is_integer() else lang.number(v, 1)


def measurement_block(m: Measurements | None, s, width: float) -> list[Flowable]:
    """``s`` is the report's :class:`~pulse_desktop.core.report.blocks.Styles`."""
    lang: ReportLanguage = s.lang
    if m is None:
        return [s.t("measure_picture", s.small), Spacer(1, 2 * mm)]
    d = m.to_dict()
    labels = [s.p(_label(name, lang), s.label) for name, _key, _unit in _CELLS] + [s.t("measure_axes", s.label)]
    values = []
    for _name, key, unit in _CELLS:
        v = d[key]
        shown = lang.t(unit, value=_value(v, lang)) if v is not None else "\u2014"
        values.append(s.p(isolate(shown) if lang.rtl else shown, fontName=s.fonts.bold))
    axes = " / ".join(f"{_value(d[key], lang)}\u00b0" if d[key] is not None else "\u2014" for _n, key in _AXES)
    values.append(s.p(isolate(axes) if lang.rtl else axes, fontName=s.fonts.bold))  # in the label's order
    if lang.rtl:
        labels.reverse()
        values.reverse()
    col = width / len(labels)
    table = Table([labels, values], colWidths=[col] * len(labels))
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                               ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    rhythm = lang.t({True: "rhythm_regular", False: "rhythm_irregular", None: "not_determined"}[m.rhythm_regular])
    p_waves = lang.t({True: "p_waves_present", False: "p_waves_not_found", None: "not_determined"}[m.p_waves_present])
    facts = lang.t("measure_facts", rhythm=rhythm, p_waves=p_waves, beats=lang.number(m.beats_detected),
                   used=lang.number(m.beats_used))
    out: list[Flowable] = [s.p(measurement_heading(m, lang), s.small), table, Spacer(1, 1 * mm), s.p(facts, s.small)]
    missing = [(_label(name, lang), m.reasons[key]) for name, key, _u in _CELLS if d[key] is None and key in m.reasons]
    missing += [(lang.t("measure_axis", wave=n), m.reasons[key]) for n, key in _AXES
                if d[key] is None and key in m.reasons]
    seen: dict[str, list[str]] = {}
    for label, reason in missing:
        seen.setdefault(reason, []).append(label)
    for reason, labels_ in seen.items():
        out.append(s.p(lang.t("not_measured", labels=lang.t("list_separator").join(labels_),
                              reason=measure_message(reason, lang)), s.small))
    for note in m.notes:
        out.append(s.p(lang.t("measure_note", note=measure_message(note, lang)), s.small))
    return out + [Spacer(1, 2 * mm)]


def contradiction_notes(text: str, m: Measurements | None, s) -> list[Flowable]:
    """Notes printed beside (after) the model's words; the words themselves are left as they are."""
    lang: ReportLanguage = s.lang
    notes = []
    for key, values in contradiction_facts(text, m):
        shown = {k: lang.number(v) if isinstance(v, int) else v for k, v in values.items()}
        notes.append(lang.t("contradiction", note=lang.t(key, **shown)))
    return [s.p(note, textColor=AMBER, fontName=s.fonts.bold) for note in notes]
