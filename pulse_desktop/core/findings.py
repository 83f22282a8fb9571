"""One quality finding: the single type the imaging checks produce, the study records and the window shows.

The workflow gates on a finding's *level* (its severity), never on its name: "blocking" stops an
interpretation, "warning" needs a clinician to accept it (recorded with who and when), "ok" is information.
Which check gives which level is decided in :mod:`pulse_desktop.core.imaging.quality`.
"""

from __future__ import annotations

from dataclasses import dataclass

OK, WARNING, BLOCKING = "ok", "warning", "blocking"
LEVELS = (OK, WARNING, BLOCKING)


@dataclass(frozen=True)
class Finding:
    name: str  # the check: "grid", "sharpness", "glare"...
    level: str  # "ok", "warning" or "blocking"
    value: float | None  # the measurement, in the unit of the check (docs/image-quality.md)
    message: str  # what is wrong (or right), in plain language
    advice: str = ""  # what to do about it

    @property
    def hint(self) -> str:
        return self.advice

    @property
    def blocking(self) -> bool:
        return self.level == BLOCKING

    @property
    def warning(self) -> bool:
        return self.level == WARNING
