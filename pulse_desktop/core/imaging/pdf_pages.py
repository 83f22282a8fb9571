"""Render one page of a PDF (an ECG cart's export) to a PIL image with PDFium.

PDFium (through pypdfium2) is not thread-safe: callers must not render from two threads at once. The
module serialises its own calls with a lock so that the GUI's worker and a CLI call cannot collide.
"""

from __future__ import annotations

import threading

from PIL import Image

from pulse_desktop.core.errors import UnreadableInputError

#: Pages are rendered at this resolution unless the caller asks for more (200 dpi is about 7.9 px/mm).
DEFAULT_PDF_DPI = 200

_PDFIUM_LOCK = threading.Lock()
# PDFium's FPDF_ERR_* codes that deserve their own message.
_ERR_PASSWORD = 4
_ERR_SECURITY = 5


def is_pdf(data: bytes) -> bool:
    """True when the bytes start like a PDF (the header may follow a little junk, as PDF readers allow)."""
    return b"%PDF-" in data[:1024]


def _open(data: bytes, name: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise UnreadableInputError(
                f"The PDF '{name}' is password-protected.",
                "Open it in a PDF reader, save or print an unprotected copy, and open that copy.",
            ) from exc
        raise UnreadableInputError(
            f"The PDF '{name}' is damaged or not a PDF PULSE Desktop can read.",
            "Export the ECG again from the cart or its software, or open a PNG or JPEG of it instead.",
        ) from exc


def pdf_page_count(data: bytes, name: str = "document.pdf") -> int:
    """How many pages the PDF has; raises UnreadableInputError for a damaged or protected PDF."""
    with _PDFIUM_LOCK:
        doc = _open(data, name)
        try:
            return len(doc)
        finally:
            doc.close()


def render_pdf_page(
    data: bytes, page_index: int, dpi: float, max_pixels: int, name: str = "document.pdf"
) -> tuple[Image.Image, int]:
    """Render page ``page_index`` (0-based) at ``dpi`` on white; returns (RGB image, page count).

    Raises UnreadableInputError for a damaged, protected or empty PDF, a page number out of range, or a
    page so large at ``dpi`` that it would exceed ``max_pixels``.
    """
    with _PDFIUM_LOCK:
        doc = _open(data, name)
        try:
            count = len(doc)
            if count == 0:
                raise UnreadableInputError(f"The PDF '{name}' has no pages.", "Export the ECG again.")
            if not 0 <= page_index < count:
                raise UnreadableInputError(
                    f"The PDF '{name}' has {count} page(s); page {page_index + 1} does not exist.",
                    f"Choose a page from 1 to {count}.",
                )
            page = doc[page_index]
            try:
                width_pt, height_pt = page.get_size()
                scale = dpi / 72.0
                pixels = (width_pt * scale) * (height_pt * scale)
                if pixels > max_pixels:
                    raise UnreadableInputError(
                        f"Page {page_index + 1} of '{name}' is too large to render "
                        f"({width_pt / 72 * 25.4:.0f} x {height_pt / 72 * 25.4:.0f} mm).",
                        "Export the ECG on a standard A4 or Letter page.",
                    )
                try:
                    bitmap = page.render(scale=scale)
                    image = bitmap.to_pil().convert("RGB")
                except Exception as exc:  # PDFium failing on a broken content stream
                    raise UnreadableInputError(
                        f"Page {page_index + 1} of the PDF '{name}' could not be drawn.",
                        "Export the ECG again, or open a PNG or JPEG of it instead.",
                    ) from exc
            finally:
                page.close()
        finally:
            doc.close()
    return image, count
