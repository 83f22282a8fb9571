"""A study exported to a folder: its pictures, ``study.json`` and ``report.pdf``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pulse_desktop.core.report.pdf import write_study_pdf
from pulse_desktop.core.report.settings import ReportSettings
from pulse_desktop.core.storage.export import export_study_files
from pulse_desktop.core.storage.store import Store


def export_study(store: Store, study_id: str, folder: Path, settings: ReportSettings | Any = None) -> list[Path]:
    """Write the study's pictures, ``study.json`` and ``report.pdf`` into ``folder``; returns the files."""
    files = export_study_files(store, study_id, folder)
    files.append(write_study_pdf(store, study_id, Path(folder) / "report.pdf", settings))
    return files
