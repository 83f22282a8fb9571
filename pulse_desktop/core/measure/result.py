"""The measurements of one recording: values in ms, bpm and degrees, or None with a reason."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

METHOD = "median beat of all usable leads, global onsets and offsets (spatial velocity and magnitude)"
VERSION = "1.3"
FIELDS = ("heart_rate_bpm", "rr_ms", "p_ms", "pr_ms", "qrs_ms", "qt_ms", "qtc_ms", "qtc_fridericia_ms",
          "p_axis_deg", "qrs_axis_deg", "t_axis_deg")


@dataclass(frozen=True)
class Measurements:
    heart_rate_bpm: float | None = None
    rr_ms: float | None = None
    p_ms: float | None = None
    pr_ms: float | None = None
    qrs_ms: float | None = None
    qt_ms: float | None = None
    qtc_ms: float | None = None  # Bazett
    qtc_fridericia_ms: float | None = None
    p_axis_deg: float | None = None
    qrs_axis_deg: float | None = None
    t_axis_deg: float | None = None
    qtc_formula: str = "Bazett (QT / sqrt(RR in s)); Fridericia (QT / cbrt(RR in s)) in qtc_fridericia_ms"
    rhythm_regular: bool | None = None
    p_waves_present: bool | None = None
    beats_detected: int = 0
    beats_used: int = 0
    reasons: dict[str, str] = field(default_factory=dict)  # field name -> why it is None
    notes: tuple[str, ...] = ()
    method: str = METHOD
    version: str = VERSION

    def to_dict(self) -> dict:
        d = asdict(self)
        d["notes"] = list(self.notes)
        for name in FIELDS:
            if d[name] is not None:
                d[name] = round(float(d[name]))
        return d


def measurements_from_dict(data: dict) -> Measurements:
    """A :class:`Measurements` back from :meth:`Measurements.to_dict` (the study store keeps that); unknown keys
    are ignored, so a record written by a later version still reads."""
    known = {f.name for f in fields(Measurements)}
    values = {k: v for k, v in dict(data).items() if k in known}
    values["notes"] = tuple(values.get("notes", ()) or ())
    values["reasons"] = dict(values.get("reasons", {}) or {})
    return Measurements(**values)
