"""Study records and their storage (no Qt).

- :mod:`.records`: the frozen values (``Patient``, ``Study``, ``Turn``, ``ImageRef``, ``QualityRecord``,
  ``BundleInfo``, ``StudySummary``) and converters from other modules' objects (``quality_from_report``,
  ``bundle_info``).
- :mod:`.store`: :class:`Store`, SQLite in ``paths.database_path()``, one committed step per call
  (create, attach pictures, quality, bundle, start / append / finish an answer, edit, confirm, delete).
  Its module docstring shows the whole life of a study.
- :mod:`.image_files`: pictures as files named by sha256, written atomically (``encode_png`` for PIL images).
- :mod:`.export`: a study's folder copy (pictures + ``study.json``).

Every failure is a :class:`~pulse_desktop.core.errors.StorageError` with a hint; nothing committed is lost.
"""

from pulse_desktop.core.storage.image_files import encode_png
from pulse_desktop.core.storage.records import (
    CONFIRMED,
    DRAFT,
    INTERPRETED,
    BundleInfo,
    ImageRef,
    Patient,
    QualityFinding,
    QualityOverride,
    QualityRecord,
    Study,
    StudySummary,
    Turn,
    bundle_info,
    quality_from_report,
)
from pulse_desktop.core.storage.store import Store

__all__ = [
    "CONFIRMED", "DRAFT", "INTERPRETED", "BundleInfo", "ImageRef", "Patient", "QualityFinding", "QualityOverride",
    "QualityRecord", "Store", "Study", "StudySummary", "Turn", "bundle_info", "encode_png", "quality_from_report",
]
