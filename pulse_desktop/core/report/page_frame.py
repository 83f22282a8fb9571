"""What every page carries: the header (facility, logo, patient line, "not a clinical model" band) and the
footer (app version, bundle and manifest sha256 prefix, study ID, confirmation status, page x of y).

"Page x of y" needs the page count before the pages are written: :func:`numbered_canvas` returns a canvas
class that holds each finished page's drawing state and paints the header and footer on all of them at
``save()``, when the count is known.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from pulse_desktop.core.report.bidi_paragraph import paragraph
from pulse_desktop.core.report.fonts import FontSet
from pulse_desktop.core.report.language import ReportLanguage, report_language

log = logging.getLogger("pulse_desktop.report.page")

MARGIN = 14 * mm
HEADER_H = 20 * mm
BAND_H = 7 * mm
FOOTER_H = 14 * mm


@dataclass(frozen=True)
class PageTexts:
    facility: str
    subtitle: str
    patient_line: str
    footer_left: str
    status_line: str
    status_confirmed: bool
    not_clinical: str  # "" when the bundle is clinical
    logo: Path | None
    lang: ReportLanguage | None = None  # None: English


def _para(canvas: Canvas, text: str, fonts: FontSet, size: float, x: float, y_top: float, width: float,
          bold: bool = False, color=colors.black, align: int = 0, rtl: bool = False) -> float:
    """Draw ``text`` in a box ``width`` wide whose top left is (x, y_top); returns its height. ``align`` is
    reportlab's (0 left, 1 centre, 2 right); ``rtl``: set right to left, ``align`` 0 meaning the right."""
    style = ParagraphStyle("frame", fontName=fonts.bold if bold else fonts.regular, fontSize=size,
                           leading=size * 1.25, textColor=color, alignment=align)
    p = paragraph(text, style, fonts, rtl=True if rtl else None, bold=bold)
    _, h = p.wrap(width, 200 * mm)
    p.drawOn(canvas, x, y_top - h)
    return h


def _logo(canvas: Canvas, path: Path | None, edge: float, top: float, at_left: bool = False) -> float:
    """Draw the logo against ``edge`` (its right side there, or its left with ``at_left``); returns its width
    (0 when there is none or it cannot be read)."""
    if not path:
        return 0.0
    try:
        reader = ImageReader(str(path))
        w, h = reader.getSize()
        scale = min(16 * mm / h, 45 * mm / w)
        x = edge if at_left else edge - w * scale
        canvas.drawImage(reader, x, top - h * scale, w * scale, h * scale, mask="auto")
        return w * scale
    except Exception as exc:  # noqa: BLE001 - a bad logo file must not stop the report
        log.warning("facility logo not drawn (%s): %s", path, exc)
        return 0.0


def draw_frame(canvas: Canvas, texts: PageTexts, fonts: FontSet, page: int, total: int) -> None:
    """Header and footer of one page; a right-to-left report mirrors them (logo left, page number left)."""
    width, height = canvas._pagesize
    inner = width - 2 * MARGIN
    top = height - MARGIN + 4 * mm
    lang = texts.lang or report_language("en")
    rtl = lang.rtl
    canvas.saveState()
    logo_w = _logo(canvas, texts.logo, MARGIN if rtl else width - MARGIN, top, rtl)
    text_w = inner - logo_w - (4 * mm if logo_w else 0)
    text_x = width - MARGIN - text_w if rtl else MARGIN
    h = _para(canvas, texts.facility, fonts, 13, text_x, top, text_w, bold=True, rtl=rtl)
    _para(canvas, texts.subtitle, fonts, 8.5, text_x, top - h - 0.5 * mm, text_w, color=colors.HexColor("#555555"),
          rtl=rtl)
    line_y = height - MARGIN - 12.5 * mm
    canvas.setStrokeColor(colors.HexColor("#888888"))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, line_y, width - MARGIN, line_y)
    _para(canvas, texts.patient_line, fonts, 9, MARGIN, line_y - 1 * mm, inner, rtl=rtl)
    if texts.not_clinical:
        band_top = height - MARGIN - HEADER_H
        canvas.setFillColor(colors.HexColor("#B00020"))
        canvas.rect(MARGIN, band_top - BAND_H, inner, BAND_H, stroke=0, fill=1)
        _para(canvas, texts.not_clinical, fonts, 8.5, MARGIN + 2 * mm, band_top - 1.2 * mm, inner - 4 * mm,
              bold=True, color=colors.white, align=1, rtl=rtl)

    foot_y = MARGIN + FOOTER_H - 4 * mm
    canvas.setStrokeColor(colors.HexColor("#888888"))
    canvas.line(MARGIN, foot_y, width - MARGIN, foot_y)
    page_text = lang.t("page_x_of_y", page=lang.number(page), total=lang.number(total))
    _para(canvas, page_text, fonts, 8, MARGIN if rtl else width - MARGIN - 30 * mm, foot_y - 1 * mm, 30 * mm,
          align=2, rtl=rtl)
    left_x = MARGIN + 32 * mm if rtl else MARGIN
    h = _para(canvas, texts.footer_left, fonts, 7.5, left_x, foot_y - 1 * mm, inner - 32 * mm,
              color=colors.HexColor("#333333"), rtl=rtl)
    status_color = colors.HexColor("#1B5E20") if texts.status_confirmed else colors.HexColor("#B00020")
    _para(canvas, texts.status_line, fonts, 7.5, MARGIN, foot_y - 1.5 * mm - h, inner, bold=True, color=status_color,
          rtl=rtl)
    canvas.restoreState()


def numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A Canvas class that calls ``decorate(canvas, page, total)`` on every page once all are laid out."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
