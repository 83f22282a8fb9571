"""Printing paints the PDF's own pages: rendered with pypdfium2, printed to a PDF printer, read back."""

from __future__ import annotations

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pulse_desktop.gui.image_convert import qimage_to_ndarray
from pulse_desktop.gui.printing import make_printer, print_pages, render_pdf_pages


def _two_page_pdf(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in (1, 2):
        c.setFont("Helvetica", 24)
        c.drawString(100, 700, f"Page {n}")
        c.rect(50, 50, 400, 300, fill=1)
        c.showPage()
    c.save()


def test_render_and_print_pages(qtbot, tmp_path):
    source = tmp_path / "report.pdf"
    _two_page_pdf(source)
    pages = render_pdf_pages(source, dpi=100)
    assert len(pages) == 2
    width_in = pages[0].width() / 100
    assert abs(width_in - 8.27) < 0.05  # A4 at 100 dpi
    pixels = qimage_to_ndarray(pages[0])
    assert pixels.min() < 50 and pixels.max() > 200  # ink and paper

    printer = make_printer("A4", "test")
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert print_pages(printer, pages) == 2
    assert len(PdfReader(str(out)).pages) == 2
