"""The quality gate: measured checks on the straightened picture, each with a level, a reason and advice.

Levels: "blocking" (the model cannot read the picture at all), "warning" (it can, if the clinician accepts
the risk: an override, recorded with who and when) and "ok". Thresholds are in :data:`THRESHOLDS` and
explained in docs/image-quality.md. Blocking findings can never be overridden, so only two things block:
a blank picture (nothing on it) and an ECG too small in the picture (:data:`BLOCKING_CHECKS`). Everything
else, "this does not look like an ECG" included, is a warning the clinician can override by saying so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

import numpy as np
from PIL import Image

from pulse_desktop.core.errors import QualityBlockedError
from pulse_desktop.core.findings import Finding  # the one finding type (re-exported here)
from pulse_desktop.core.imaging.grid_angle import estimate_grid_angles
from pulse_desktop.core.imaging.paper_detect import Corners
from pulse_desktop.core.imaging.quality_measures import (
    blur_sigma_px,
    close_up_trace,
    glare_fraction,
    is_blank,
    measure_trace,
)
from pulse_desktop.core.imaging.rectify import Straightened

LEVELS = ("ok", "warning", "blocking")

#: check -> (warning at, severe at). For "resolution" lower is worse; for the others higher is worse. A
#: severe value gets a stronger message; it blocks only for the checks in BLOCKING_CHECKS.
THRESHOLDS: dict[str, tuple[float, float]] = {
    "grid": (5.0, 5.0),  # harmonic-comb score of the grid period on the weaker axis (below: no grid)
    "trace": (0.25, 0.25),  # long thin dark curves, summed width / picture width (below: no trace)
    "sharpness": (0.25, 0.45),  # blur (Gaussian sigma) in mm of paper
    "glare": (1.0, 8.0),  # % of the ECG area washed out by a reflection
    "shadow": (45.0, 75.0),  # % by which the darkest part of the paper is darker than its median
    "resolution": (2.5, 1.5),  # px per mm of paper
    "cut_off": (1.0, 125.0),  # sides where the trace runs into the edge; severe: under 125 mm visible
    "rotation": (1.0, 5.0),  # degrees the grid is still turned after straightening
}
#: An ECG grid has square cells (straightening makes a photo's square): x and y periods within this ratio.
MAX_GRID_ASPECT = 1.33
#: A grid weaker than THRESHOLDS["grid"] but at least this strong still counts under a trace with this many
#: QRS-like spikes (and a page width of curves): a wrinkled sheet's smeared grid.
FAINT_GRID = 3.0
FAINT_GRID_SPIKES = 20
#: The only measured checks that can block: the model cannot read the picture at all.
BLOCKING_CHECKS = frozenset({"resolution"})
NOT_AN_ECG = "This does not look like an ECG."
#: Added to the advice of the "not an ECG" warnings: how to go on with an ECG the app doubts.
STATE_IT_IS_AN_ECG = ("If it is an ECG, you can say so and go on: accept this warning with your name; "
                      "the override is recorded and printed on the report.")


@dataclass(frozen=True)
class Override:
    """A clinician accepted these warnings for this picture."""

    who: str
    when: str  # ISO 8601, UTC
    findings: tuple[str, ...]
    reason: str = ""


@dataclass(frozen=True)
class QualityReport:
    is_ecg: bool
    findings: tuple[Finding, ...]
    corners: Corners  # where the straightened picture's corners lie in the original
    px_per_mm: float | None
    method: str = "unchanged"  # how the picture was straightened
    override: Override | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def usable(self) -> bool:
        """No blocking finding (warnings may still await an override)."""
        return not self.blocking

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level == "blocking")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level == "warning")

    @property
    def unresolved_warnings(self) -> tuple[Finding, ...]:
        done = set(self.override.findings) if self.override else set()
        return tuple(f for f in self.warnings if f.name not in done)

    @property
    def ecg_stated_by(self) -> str:
        """Who stated that the picture is an ECG although the checks doubted it ("" when nobody did)."""
        if self.override is None or self.is_ecg:
            return ""
        doubted = {f.name for f in self.warnings if f.name in ("grid", "trace")}
        return self.override.who if doubted and doubted <= set(self.override.findings) else ""

    @property
    def accepted(self) -> bool:
        """Usable, and every warning overridden."""
        return self.usable and not self.unresolved_warnings

    def with_override(
        self, who: str, findings: Iterable[str] | None = None, reason: str = "", when: datetime | None = None
    ) -> QualityReport:
        """A copy recording that ``who`` accepted these warnings (all of them by default).

        Raises QualityBlockedError when the picture has a blocking finding, ValueError for a name that
        is not a warning of this report or an empty ``who``."""
        if not who.strip():
            raise ValueError("an override must say who made it")
        if not self.usable:
            raise self.blocked_error()
        names = tuple(f.name for f in self.warnings) if findings is None else tuple(findings)
        warned = {f.name for f in self.warnings}
        wrong = [n for n in names if n not in warned]
        if wrong:
            raise ValueError(f"only warnings can be overridden; not a warning here: {', '.join(wrong)}")
        stamp = (when or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
        return replace(self, override=Override(who.strip(), stamp, names, reason))

    def blocked_error(self) -> QualityBlockedError:
        first = self.blocking[0] if self.blocking else Finding("", "blocking", None, "The picture is not usable.")
        return QualityBlockedError(first.message, first.advice)

    def raise_if_blocked(self) -> None:
        if not self.usable:
            raise self.blocked_error()

    def to_dict(self) -> dict:
        """Plain JSON-ready values (the CLI's --json output and the study record)."""
        return {
            "is_ecg": bool(self.is_ecg),
            "usable": bool(self.usable),
            "method": self.method,
            "px_per_mm": None if self.px_per_mm is None else round(float(self.px_per_mm), 3),
            "corners": [[round(float(x), 1), round(float(y), 1)] for x, y in self.corners],
            "checks": [{"name": f.name, "level": f.level,
                        "value": None if f.value is None else round(float(f.value), 3),
                        "message": f.message, "advice": f.advice} for f in self.findings],
            "override": None if self.override is None else {
                "who": self.override.who, "when": self.override.when,
                "findings": list(self.override.findings), "reason": self.override.reason},
            "notes": list(self.notes),
        }


def _grade(name: str, value: float) -> str:
    """"ok", "warning" or "severe" by THRESHOLDS."""
    warn, severe = THRESHOLDS[name]
    if name == "resolution":
        return "severe" if value < severe else "warning" if value < warn else "ok"
    return "severe" if value >= severe else "warning" if value >= warn else "ok"


def _level(name: str, grade: str) -> str:
    if grade == "severe":
        return "blocking" if name in BLOCKING_CHECKS else "warning"
    return grade


def assess_quality(original: Image.Image | np.ndarray, straightened: Straightened) -> QualityReport:
    """Run every check on a straightened picture (``original`` is the picture before straightening)."""
    del original  # the checks read the straightened picture; the original's geometry is in `straightened`
    rgb = straightened.array
    grid = straightened.grid
    ppm = grid.px_per_mm
    findings: list[Finding] = []

    square = grid.aspect is not None and 1 / MAX_GRID_ASPECT <= grid.aspect <= MAX_GRID_ASPECT
    grid_ok = square and grid.strength >= THRESHOLDS["grid"][0]
    trusted = [a for a in (grid.x, grid.y) if a.px_per_mm and a.minor_lines and a.strength >= 2 * THRESHOLDS["grid"][0]]
    trace = None
    if not square and trusted and grid.strength >= THRESHOLDS["grid"][0]:
        # one axis shows the 1-mm lines, the other took a harmonic (a faint grid): trust the first when a
        # clear ECG trace (ten QRS-like spikes or more) is seen at its scale
        axis_ppm = float(max(trusted, key=lambda a: a.strength).px_per_mm)  # type: ignore[arg-type]
        trace = measure_trace(rgb, axis_ppm)
        if trace.spikes >= 10:
            grid_ok, ppm = True, axis_ppm
    if trace is None or not grid_ok:
        if grid_ok and straightened.trace is not None:
            trace = straightened.trace  # measured while deciding the orientation, on this picture at this scale
        else:
            trace = measure_trace(rgb, ppm if grid_ok else None)
    faint = unscaled = False
    if not grid_ok and grid.strength >= FAINT_GRID and trace.spikes >= FAINT_GRID_SPIKES and trace.coverage >= 1.0:
        # a faint or distorted grid (a wrinkled sheet) under an unmistakable trace: an ECG, scale unknown
        grid_ok, faint = True, True
        ppm = ppm if square else None
    if not (grid_ok and trace.coverage >= THRESHOLDS["trace"][0]) and grid.strength >= FAINT_GRID:
        close = close_up_trace(rgb)  # a close-up whose grid period was read at the wrong multiple
        if close is not None:  # the grid's scale is kept when it was square and clear (sharpness needs one)
            trace, unscaled = close[1], not grid_ok
            ppm, grid_ok = ppm if grid_ok else None, True
    trace_ok = trace.coverage >= THRESHOLDS["trace"][0]
    blank = not trace_ok and not grid_ok and is_blank(rgb)
    grid_msg = ("A faint or distorted ECG grid is visible; its scale could not be measured." if faint and not ppm
                else "An ECG grid is visible; its scale could not be measured." if unscaled
                else "An ECG grid is visible.")
    findings.append(Finding("grid", "ok" if grid_ok else "warning", float(grid.strength),
                            grid_msg if grid_ok else f"{NOT_AN_ECG} No ECG grid was found.",
                            "" if grid_ok else "Open a 12-lead ECG printed on grid paper, or photograph the whole "
                            "sheet in good light. " + STATE_IT_IS_AN_ECG))
    if blank:
        findings.append(Finding("trace", "blocking", float(trace.coverage),
                                "The picture is blank: there is nothing on it to read.",
                                "Open the picture of the ECG itself; if this is a photo, check that the camera "
                                "saw the printed sheet (not a white wall or an overexposed frame)."))
    else:
        findings.append(Finding("trace", "ok" if trace_ok else "warning", float(trace.coverage),
                                "ECG traces are visible." if trace_ok else f"{NOT_AN_ECG} No ECG trace was found.",
                                "" if trace_ok else "Make sure the picture shows the printed ECG curves, not an "
                                "empty sheet or a page of text. " + STATE_IT_IS_AN_ECG))
    is_ecg = bool(grid_ok and trace_ok)
    findings.append(_sharpness(rgb, ppm))
    findings.append(_glare(rgb, straightened, grid.channel))
    findings.append(_shadow(straightened))
    findings.append(_resolution(ppm))
    findings.append(_cut_off(rgb, ppm if grid_ok else None, trace.sides_touched))
    findings.append(_rotation(rgb, grid.channel if grid_ok else None, is_ecg))
    return QualityReport(is_ecg, tuple(findings), straightened.corners, ppm if grid_ok else None,
                         straightened.method, None, straightened.notes)


def _sharpness(rgb: np.ndarray, ppm: float | None) -> Finding:
    if not ppm:
        return Finding("sharpness", "ok", None, "Sharpness could not be measured without a grid.")
    mm = blur_sigma_px(rgb) / ppm
    grade = _grade("sharpness", mm)
    msg = {"ok": "The picture is sharp.",
           "warning": "The picture is slightly blurred; small details of the trace may be lost.",
           "severe": "The picture is very blurred; the trace's details are lost."}[grade]
    return Finding("sharpness", _level("sharpness", grade), mm, msg, "" if grade == "ok" else
                   "Hold the camera still, let it focus on the paper (tap the screen), and retake the photo.")


def _glare(rgb: np.ndarray, s: Straightened, channel: str) -> Finding:
    pct = 100.0 * glare_fraction(rgb, s.light, channel)
    grade = _grade("glare", pct)
    msg = {"ok": "No glare.", "warning": f"A reflection washes out part of the ECG ({pct:.1f} %).",
           "severe": f"A reflection hides a large part of the ECG ({pct:.0f} %)."}[grade]
    return Finding("glare", _level("glare", grade), pct, msg, "" if grade == "ok" else
                   "Hold the phone parallel to the paper and avoid the lamp's reflection; turn off the flash.")


def _shadow(s: Straightened) -> Finding:
    pct = 100.0 * max(0.0, 1.0 - s.light.darkest_ratio)
    grade = _grade("shadow", pct)
    msg = {"ok": "The paper is evenly lit." if pct < 15 else "Uneven lighting was evened out.",
           "warning": f"Part of the paper is in shadow ({pct:.0f} % darker).",
           "severe": f"Part of the paper is in deep shadow ({pct:.0f} % darker); the trace there may be lost."}[grade]
    return Finding("shadow", _level("shadow", grade), pct, msg, "" if grade == "ok" else
                   "Light the whole sheet evenly and keep your hand and phone from casting a shadow on it.")


def _resolution(ppm: float | None) -> Finding:
    if not ppm:
        return Finding("resolution", "ok", None, "Resolution could not be measured without a grid.")
    grade = _grade("resolution", ppm)
    msg = {"ok": f"Resolution is sufficient ({ppm:.1f} pixels per mm).",
           "warning": f"Resolution is low ({ppm:.1f} pixels per mm); fine detail may be lost.",
           "severe": f"The ECG is too small in the picture to be read ({ppm:.1f} pixels per mm)."}[grade]
    return Finding("resolution", _level("resolution", grade), ppm, msg, "" if grade == "ok" else
                   "Move the camera closer so that the sheet fills the picture, or open a larger scan or the PDF.")


def _cut_off(rgb: np.ndarray, ppm: float | None, sides: tuple[str, ...]) -> Finding:
    width_mm = rgb.shape[1] / ppm if ppm else None
    if width_mm is not None and width_mm < THRESHOLDS["cut_off"][1]:  # a close-up of a few leads: may be intended
        return Finding("cut_off", "warning", float(len(sides)),
                       f"Only {width_mm:.0f} mm of the ECG's width is in the picture; the rest is cut off.",
                       "If you meant to show only these leads, accept this warning; otherwise move back so "
                       "that the whole sheet is in the picture.")
    if not sides:
        return Finding("cut_off", "ok", 0.0, "The ECG is fully in the picture.")
    where = ", ".join(sides)
    return Finding("cut_off", "warning", float(len(sides)), f"The ECG trace runs into the edge of the picture ({where}).",
                   "Move back a little so that the whole sheet, with a margin, is in the picture.")


def _rotation(rgb: np.ndarray, channel: str | None, is_ecg: bool) -> Finding:
    if not is_ecg:
        return Finding("rotation", "ok", None, "Rotation could not be measured without a grid.")
    deg = abs(estimate_grid_angles(rgb, channel).rotation_deg)
    grade = _grade("rotation", deg)
    msg = {"ok": "The grid is straight.", "warning": f"The ECG is still turned by {deg:.1f} degrees.",
           "severe": f"The ECG is turned by {deg:.0f} degrees."}[grade]
    return Finding("rotation", _level("rotation", grade), deg, msg, "" if grade == "ok" else
                   "Drag the four corners onto the paper's corners, or retake the photo square to the sheet.")
