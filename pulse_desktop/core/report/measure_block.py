"""The measurement block of the report header, and the measurement notes beside the model's text."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from pulse_desktop.core.measure.result import Measurements
from pulse_desktop.core.report.measure_check import contradictions

AMBER = colors.HexColor("#8A5A00")
_CELLS = (("Heart rate", "heart_rate_bpm", "bpm"), ("RR", "rr_ms", "ms"), ("P", "p_ms", "ms"),
          ("PR", "pr_ms", "ms"), ("QRS", "qrs_ms", "ms"), ("QT", "qt_ms", "ms"),
          ("QTc Bazett", "qtc_ms", "ms"), ("QTc Fridericia", "qtc_fridericia_ms", "ms"))
_AXES = (("P", "p_axis_deg"), ("QRS", "qrs_axis_deg"), ("T", "t_axis_deg"))
PICTURE_TEXT = ("Measurements (rate, intervals, axes) need a digital recording of the ECG (WFDB, DICOM, HL7 aECG, "
                "GE MUSE or EDF file); this study was read from a picture, so none are given.")


def measurement_heading(m: Measurements) -> str:
    return (f"Measurements - measured by PULSE Desktop from the digital recording (method {m.version}: {m.method}); "
            "computer measurements, to be confirmed by a clinician")


def measurement_block(m: Measurements | None, s, width: float) -> list[Flowable]:
    """``s`` is the report's :class:`~pulse_desktop.core.report.blocks.Styles`."""
    if m is None:
        return [s.p(PICTURE_TEXT, s.small), Spacer(1, 2 * mm)]
    d = m.to_dict()
    labels = [s.p(label, s.label) for label, _key, _unit in _CELLS] + [s.p("Axes P / QRS / T", s.label)]
    values = []
    for _label, key, unit in _CELLS:
        v = d[key]
        values.append(s.p(f"{v} {unit}" if v is not None else "\u2014", fontName=s.fonts.bold))
    axes = " / ".join(f"{d[key]}\u00b0" if d[key] is not None else "\u2014" for _n, key in _AXES)
    values.append(s.p(axes, fontName=s.fonts.bold))
    col = width / len(labels)
    table = Table([labels, values], colWidths=[col] * len(labels))
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#555555")),
                               ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    rhythm = {True: "regular", False: "irregular", None: "not determined"}[m.rhythm_regular]
    p_waves = {True: "present", False: "not found", None: "not determined"}[m.p_waves_present]
    facts = f"RR intervals {rhythm}; P waves {p_waves}; {m.beats_detected} beats, {m.beats_used} in the median beat."
    out: list[Flowable] = [s.p(measurement_heading(m), s.small), table, Spacer(1, 1 * mm), s.p(facts, s.small)]
    missing = [(label, m.reasons[key]) for label, key, _u in _CELLS if d[key] is None and key in m.reasons]
    missing += [(f"{n} axis", m.reasons[key]) for n, key in _AXES if d[key] is None and key in m.reasons]
    seen: dict[str, list[str]] = {}
    for label, reason in missing:
        seen.setdefault(reason, []).append(label)
    for reason, labels_ in seen.items():
        out.append(s.p(f"Not measured ({', '.join(labels_)}): {reason}.", s.small))
    for note in m.notes:
        out.append(s.p(f"Note: {note}.", s.small))
    return out + [Spacer(1, 2 * mm)]


def contradiction_notes(text: str, m: Measurements | None, s) -> list[Flowable]:
    """Notes printed beside (after) the model's words; the words themselves are left as they are."""
    return [s.p(f"Measurement note: {note} (computer measurement from the digital recording; the model's text "
                "above is unchanged).", textColor=AMBER, fontName=s.fonts.bold) for note in contradictions(text, m)]
