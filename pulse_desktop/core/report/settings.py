"""What the report takes from the clinic's settings: facility name and logo, paper size, language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pulse_desktop import __version__
from pulse_desktop.core.settings import load_settings

PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class ReportSettings:
    facility_name: str = ""
    facility_logo: Path | None = None  # PNG or JPEG; an unreadable logo is left out (the report still prints)
    paper: str = "a4"  # "a4" or "letter"
    app_version: str = __version__
    language: str = ""  # the Settings ``language``: "" = the system's language; "fr", "pt_BR"... (report.language)

    @classmethod
    def coerce(cls, value: Any) -> ReportSettings:
        """``value`` as ReportSettings: itself, None (the settings file), or any object with the GUI's
        attribute names (``facility_name``, ``facility_logo``, ``paper_size``, ``language``)."""
        if isinstance(value, ReportSettings):
            return value
        if value is None:
            return cls.from_settings_file()
        get = value.get if isinstance(value, dict) else (lambda k, d=None: getattr(value, k, d))
        logo = get("facility_logo", None) or None
        return cls(facility_name=str(get("facility_name", "") or ""), facility_logo=Path(logo) if logo else None,
                   paper=paper_name(str(get("paper_size", None) or get("paper", "a4"))),
                   language=str(get("language", "") or ""))

    @classmethod
    def from_settings_file(cls, path: Path | None = None) -> ReportSettings:
        """From the settings file (``core.settings``: facility_name, facility_logo, paper_size, language); defaults if absent
        or unusable."""
        return cls.coerce(load_settings(path))


def paper_name(text: str) -> str:
    name = text.strip().lower().replace("us ", "").replace("us-", "")
    return name if name in PAPERS else "a4"
