"""Printing the very pages of the PDF report: rendered with pypdfium2 off the GUI thread, painted to the
printer chosen in Qt's print dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from pulse_desktop.core.errors import UnreadableInputError
from pulse_desktop.gui.image_convert import pil_to_qimage

PRINT_DPI = 300


def render_pdf_pages(pdf: Path, dpi: int = PRINT_DPI) -> list[QImage]:
    """Every page of ``pdf`` as a QImage at ``dpi`` (QImage may be made in a worker thread)."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(pdf))
    except pypdfium2.PdfiumError as exc:
        raise UnreadableInputError(f"The report {pdf.name} cannot be read for printing ({exc}).",
                                   "Save the PDF again, then print.") from exc
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0)
            image = pil_to_qimage(bitmap.to_pil())
            image.setDotsPerMeterX(int(dpi / 0.0254))
            image.setDotsPerMeterY(int(dpi / 0.0254))
            pages.append(image)
            page.close()
        return pages
    finally:
        document.close()


def page_size_for(paper: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4)


def make_printer(paper: str, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size_for(paper))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF already has its margins
    printer.setDocName(title)
    return printer


def print_pages(printer: QPrinter, pages: list[QImage]) -> int:
    """Paint each page scaled to the paper, keeping its aspect ratio; returns the number printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UnreadableInputError("The printer could not be started.",
                                   "Check that the printer is on and connected, then try again.")
    try:
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = page.size().toSizeF()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            rect = QRectF(target.x() + (target.width() - size.width()) / 2,
                          target.y() + (target.height() - size.height()) / 2, size.width(), size.height())
            painter.drawImage(rect, page)
    finally:
        painter.end()
    return len(pages)
