"""Write a study's clinical report as a PDF (reportlab): A4 or US Letter, real searchable text.

Use::

    from pulse_desktop.core.report import ReportSettings, write_study_pdf

    write_study_pdf(store, study_id, Path("out.pdf"),
                    ReportSettings(facility_name="District Hospital", facility_logo=Path("logo.png"),
                                   paper="letter"))

or :func:`write_pdf` with a :class:`~pulse_desktop.core.storage.records.Study` and the picture's path.
``settings`` may also be None (read from the settings file) or any object with ``facility_name``,
``facility_logo``, ``paper_size`` and ``language`` attributes (the GUI's settings). The report's language is
``settings.language`` ("" = the system's; English when the language has no table), see :mod:`.language`.

The file is written to a temporary name beside ``out`` and renamed into place, so a failed write never
leaves half a report. Layout and wording: docs/report.md.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from pulse_desktop.core.measure.result import Measurements, measurements_from_dict
from pulse_desktop.core.report import blocks
from pulse_desktop.core.report.fonts import clean_for_print, register_fonts
from pulse_desktop.core.report.language import ReportLanguage, report_language
from pulse_desktop.core.report.measure_block import measurement_block
from pulse_desktop.core.report.page_frame import (
    BAND_H,
    FOOTER_H,
    HEADER_H,
    MARGIN,
    PageTexts,
    draw_frame,
    numbered_canvas,
)
from pulse_desktop.core.report.settings import ReportSettings
from pulse_desktop.core.report.statements import extract_statements
from pulse_desktop.core.storage.failures import describe
from pulse_desktop.core.storage.records import Study

PAGE_SIZES = {"a4": A4, "letter": LETTER}


def not_clinical_text(study: Study, lang: ReportLanguage | None = None) -> str:
    if study.bundle is None or study.bundle.is_clinical:
        return ""
    lang = lang or report_language("en")
    kind = study.bundle.kind
    if kind in ("test", "synthetic"):
        return lang.t(f"not_clinical_{kind}")
    return lang.t("not_clinical_other", kind=kind)


def _page_texts(study: Study, settings: ReportSettings, lang: ReportLanguage) -> PageTexts:
    p = study.patient
    bundle = study.bundle
    bundle_text = (lang.t("footer_bundle", name=bundle.name, sha=bundle.manifest_sha256[:12]) if bundle
                   else lang.t("footer_no_bundle"))
    return PageTexts(
        facility=settings.facility_name or "PULSE Desktop",
        subtitle=lang.t("subtitle"),
        patient_line=lang.t("patient_line", name=p.name or lang.t("unnamed_patient"), patient_id=p.patient_id or "-",
                            study_id=study.study_id),
        footer_left=lang.t("footer_left", version=settings.app_version, bundle=bundle_text, study_id=study.study_id),
        status_line=blocks.status_text(study, lang), status_confirmed=study.is_confirmed,
        not_clinical=not_clinical_text(study, lang), logo=settings.facility_logo, lang=lang)


def _findings_source(study: Study) -> tuple[str, bool]:
    """The text the key findings are taken from, and whether it is the clinician's edit."""
    edited = any(t.edited_text is not None for t in study.turns)
    return "\n".join(t.final_text for t in study.turns), edited


def write_pdf(study: Study, out: Path, settings: ReportSettings | Any = None, *,
              ecg_image: Path | None = None, measurements: Measurements | None = None) -> Path:
    """Write the report of ``study`` to ``out``; ``ecg_image`` is the picture to print (straightened, or the
    page drawn from a digital recording). ``measurements``: given for a digital recording (the measurement
    block and notes where the model's words contradict it); None for a picture (the block says why none)."""
    settings = ReportSettings.coerce(settings)
    lang = report_language(settings.language)
    fonts = register_fonts()
    out = Path(out)
    pagesize = PAGE_SIZES.get(settings.paper, A4)
    band = BAND_H + 2 * mm if not_clinical_text(study, lang) else 0
    top = MARGIN + HEADER_H + band
    bottom = MARGIN + FOOTER_H
    p = study.patient
    status = lang.t("status_confirmed" if study.is_confirmed else "status_unconfirmed")
    texts = _page_texts(study, settings, lang)
    doc = BaseDocTemplate(
        "", pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=top, bottomMargin=bottom,
        title=clean_for_print(lang.t("meta_title", patient=p.name or p.patient_id or lang.t("meta_patient"),
                                     study_id=study.study_id)),
        author=clean_for_print(study.confirmed_by or settings.facility_name or "PULSE Desktop"),
        subject=clean_for_print(lang.t("meta_subject", model=blocks.MODEL_NAME, status=status)), lang=lang.code,
        creator=f"PULSE Desktop {settings.app_version}", producer=f"PULSE Desktop {settings.app_version} (reportlab)",
        keywords=clean_for_print(f"ECG, {study.study_id}, {status}"))
    doc.addPageTemplates([PageTemplate("report", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                                                        leftPadding=0, rightPadding=0, topPadding=0,
                                                        bottomPadding=0)])])
    width = doc.width
    styles = blocks.Styles.make(fonts, lang)
    text, edited = _findings_source(study)
    story = []
    story += blocks.patient_block(study, styles, width)
    story += blocks.status_block(study, styles, width)
    story += measurement_block(measurements, styles, width)
    story += blocks.findings_block(extract_statements(text), edited, styles, width)
    story += blocks.quality_block(study, styles)
    story += blocks.ecg_block(ecg_image, styles, width, max_height=doc.height * 0.62,
                              digital=measurements is not None)
    story += blocks.interpretation_block(study, styles, width, measurements)
    story += blocks.details_block(study, styles)

    temp = out.parent / f".{out.name}.{secrets.token_hex(4)}.tmp"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        doc.filename = str(temp)
        doc.build(story, canvasmaker=numbered_canvas(lambda c, n, t: draw_frame(c, texts, fonts, n, t)))
        os.replace(temp, out)
    except OSError as exc:
        raise describe(exc, "writing the PDF report", out.parent) from exc
    finally:
        if temp.exists():
            temp.unlink(missing_ok=True)
    return out


def study_picture(store: Any, study: Study) -> Path | None:
    """The picture a report prints: the straightened one, else the original (None when neither is stored)."""
    ref = study.straightened or study.original
    return store.image_path(ref) if ref is not None else None


def write_study_pdf(store: Any, study_id: str, out: Path, settings: ReportSettings | Any = None, *,
                    measurements: Measurements | None = None) -> Path:
    """Write the report of a stored study (``store`` is a :class:`~pulse_desktop.core.storage.Store`);
    ``measurements`` as in :func:`write_pdf` (default: those stored with the study, from a digital recording)."""
    study = store.get(study_id)
    if measurements is None and study.measurements:
        measurements = measurements_from_dict(study.measurements)
    return write_pdf(study, out, settings, ecg_image=study_picture(store, study), measurements=measurements)


__all__ = ["not_clinical_text", "study_picture", "write_pdf", "write_study_pdf"]
