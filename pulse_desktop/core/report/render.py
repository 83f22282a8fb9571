"""PDF pages as pictures (pypdfium2): for tests, previews and the README's sample page."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image


def render_pages(pdf: Path, dpi: float = 100.0, pages: list[int] | None = None) -> list[Image.Image]:
    """RGB pictures of the pages of ``pdf`` (0-based ``pages``; all when None) at ``dpi``."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        wanted = range(len(document)) if pages is None else pages
        out = []
        for index in wanted:
            page = document[index]
            try:
                out.append(page.render(scale=dpi / 72.0).to_pil().convert("RGB"))
            finally:
                page.close()
        return out
    finally:
        document.close()


def save_page_png(pdf: Path, out: Path, page: int = 0, dpi: float = 100.0) -> Path:
    """Write page ``page`` of ``pdf`` as a PNG at ``dpi``."""
    (image,) = render_pages(pdf, dpi, [page])
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(out, format="PNG", optimize=True)
    return out
