"""A study copied out of the store into a folder: its pictures and ``study.json`` (the report's PDF is
added by :func:`pulse_desktop.core.report.export_study`)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from pulse_desktop import __version__
from pulse_desktop.core.storage.failures import storage_errors
from pulse_desktop.core.storage.store import Store


def export_study_files(store: Store, study_id: str, folder: Path) -> list[Path]:
    """Write ``<role><suffix>`` for each picture and ``study.json`` into ``folder`` (created if needed).

    Returns the files written. Existing files of the same names are replaced; nothing else is touched.
    """
    study = store.get(study_id)
    folder = Path(folder)
    written: list[Path] = []
    with storage_errors("exporting the study", folder):
        folder.mkdir(parents=True, exist_ok=True)
        for ref in study.images:
            target = folder / f"{ref.role}{ref.suffix}"
            shutil.copyfile(store.image_path(ref), target)
            written.append(target)
        data = {"format": "pulse-study", "format_version": 1, "app_version": __version__,
                "study": study.to_dict(),
                "events": [{"at": at, "kind": kind, "detail": detail} for at, kind, detail in store.events(study_id)]}
        target = folder / "study.json"
        temp = folder / ".study.json.tmp"
        temp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(temp, target)
        written.append(target)
    return written
