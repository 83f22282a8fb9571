"""The clinical PDF report (no Qt).

- :func:`write_study_pdf` (store, study ID, output path, settings) and :func:`write_pdf` (a ``Study`` record
  and its picture): the report, A4 or US Letter (see :mod:`.pdf` for an example).
- :class:`ReportSettings`: facility name and logo, paper; ``ReportSettings.coerce`` also takes the GUI's
  settings object or None (the settings file).
- :func:`export_study`: pictures + ``study.json`` + ``report.pdf`` into a folder.
- :func:`extract_statements`: the key-findings extraction (curated list in ``resources/statements``).
- :func:`render_pages` / :func:`save_page_png`: PDF pages as PIL images (pypdfium2).
- :mod:`.fonts`: the shipped fonts and per-script runs; :mod:`.blocks` and :mod:`.page_frame`: the layout.
- :mod:`.language`: the report's language (``ReportSettings.language``; tables in ``resources/i18n/report``,
  dates and numbers by Babel); :mod:`.quality_text`: the imaging findings in that language; :mod:`.bidi` and
  :mod:`.bidi_paragraph`: right-to-left and shaped paragraphs (Arabic, Devanagari).

Wording, layout and the limits of Unicode support are documented in docs/report.md.
"""

from pulse_desktop.core.report.blocks import format_time, status_text, unconfirmed_text
from pulse_desktop.core.report.export import export_study
from pulse_desktop.core.report.pdf import not_clinical_text, write_pdf, write_study_pdf
from pulse_desktop.core.report.render import render_pages, save_page_png
from pulse_desktop.core.report.settings import ReportSettings
from pulse_desktop.core.report.statements import ExtractedStatement, extract_statements

__all__ = [
    "ExtractedStatement", "ReportSettings", "export_study", "extract_statements", "format_time", "not_clinical_text",
    "render_pages", "save_page_png", "status_text", "unconfirmed_text", "write_pdf", "write_study_pdf",
]
