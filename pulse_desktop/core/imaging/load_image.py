"""Open an ECG image or PDF the way the model expects to see it: a PIL image in mode RGB.

Conversion follows the model's reference preprocessing (spec section 2): ``Image.convert("RGB")``, so
alpha is dropped, not composited, for RGB, RGBA, P and L images. Modes the reference never meets get a
faithful conversion instead of PIL's lossy default: CMYK goes through its embedded ICC profile when there
is one, and 16-bit grey is scaled (0..65535 -> 0..255) rather than clipped.

Limits (documented in docs/image-quality.md):

* :data:`MIN_IMAGE_SIDE` px on each side at least; smaller pictures cannot hold a readable ECG.
* :data:`MAX_IMAGE_PIXELS` pixels at most (decompression-bomb guard); PIL's own guard is set to the same
  figure so that its warning and error surface as our message.
* :data:`MAX_FILE_BYTES` bytes at most on disk.

The original bytes are always kept, so that a study can store exactly what the clinician opened.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from pulse_desktop.core.errors import UnreadableInputError
from pulse_desktop.core.imaging.pdf_pages import DEFAULT_PDF_DPI, is_pdf, render_pdf_page

#: Smallest accepted width and height in pixels.
MIN_IMAGE_SIDE = 100
#: Largest accepted image, in pixels (100 megapixels; a 12-MP phone photo is far below).
MAX_IMAGE_PIXELS = 100_000_000
#: Largest accepted file on disk.
MAX_FILE_BYTES = 512 * 1024 * 1024

# PIL warns above this and refuses above twice this; make its threshold ours.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS

SUPPORTED = "PNG, JPEG, BMP, TIFF, WebP, GIF or PDF"
# PIL format names we accept, and the name we report for each (MPO is a phone JPEG with extra pictures).
_FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "MPO": "JPEG", "BMP": "BMP", "DIB": "BMP", "TIFF": "TIFF",
            "WEBP": "WEBP", "GIF": "GIF"}
# MPO has no opener of its own: the JPEG opener returns MPO files.
_OPEN_FORMATS = ["PNG", "JPEG", "BMP", "DIB", "TIFF", "WEBP", "GIF"]
_SIXTEEN_BIT_GREY = ("I;16", "I;16L", "I;16B", "I;16N")
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1", b"avif")


@dataclass(frozen=True, eq=False)
class LoadedImage:
    """An opened image: the RGB picture the pipeline uses, and the untouched file it came from."""

    image: Image.Image  # mode RGB, EXIF orientation applied
    original_bytes: bytes
    source_format: str  # PNG, JPEG, BMP, TIFF, WEBP, GIF or PDF
    size: tuple[int, int]  # (width, height) of ``image``
    notes: tuple[str, ...] = ()  # what the user should know, e.g. "first page of 3"
    page_index: int = 0  # the page or frame used, 0-based
    page_count: int = 1
    name: str = ""  # file name, for messages and the study record
    pdf_dpi: float | None = None  # for PDFs, the rendering resolution (px/mm = dpi / 25.4 at true scale)


def load_image(path: str | Path, page: int = 0, pdf_dpi: float = DEFAULT_PDF_DPI) -> LoadedImage:
    """Read an image or PDF file; raises UnreadableInputError with a message and hint when it cannot."""
    p = Path(path)
    return load_image_bytes(_read_file(p), p.name, page=page, pdf_dpi=pdf_dpi)


def load_image_bytes(
    data: bytes, name: str = "image", page: int = 0, pdf_dpi: float = DEFAULT_PDF_DPI
) -> LoadedImage:
    """Decode image or PDF bytes (``name`` is used in messages only); see :func:`load_image`."""
    data = bytes(data)
    if not data:
        raise UnreadableInputError(
            f"The file '{name}' is empty (0 bytes).",
            "It may not have finished copying or downloading: copy or save it again.",
        )
    if pdf_dpi < DEFAULT_PDF_DPI:
        raise ValueError(f"PDF pages are rendered at {DEFAULT_PDF_DPI} dpi or more, not {pdf_dpi}")
    if is_pdf(data):
        image, count = render_pdf_page(data, page, pdf_dpi, MAX_IMAGE_PIXELS, name)
        _check_size(image.size, name)
        notes = [_page_note(page, count, "page")] if count > 1 else []
        notes.append(f"PDF page rendered at {pdf_dpi:g} dpi")
        return LoadedImage(image, data, "PDF", image.size, tuple(notes), page, count, name, pdf_dpi)
    return _decode_raster(data, name, page)


def _read_file(p: Path) -> bytes:
    try:
        if p.is_dir():
            raise UnreadableInputError(f"'{p}' is a folder, not an image file.", "Choose an image or PDF file.")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableInputError(
                f"The file '{p.name}' is too large ({size / 2**20:.0f} MB; the limit is "
                f"{MAX_FILE_BYTES // 2**20} MB).",
                "Open a smaller export of the ECG, such as a PNG or JPEG.",
            )
        return p.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableInputError(
            f"There is no file at '{p}'.", "Check the file name and folder, or choose the file again."
        ) from exc
    except PermissionError as exc:
        raise UnreadableInputError(
            f"PULSE Desktop is not allowed to read '{p}'.",
            "Copy the file to a folder you own (for example Documents) or ask your administrator "
            "for read access.",
        ) from exc
    except OSError as exc:
        raise UnreadableInputError(
            f"The file '{p}' could not be read ({exc.strerror or exc}).",
            "If it is on a network drive or USB stick, copy it to this computer and try again.",
        ) from exc


def _page_note(index: int, count: int, unit: str) -> str:
    return f"first {unit} of {count}" if index == 0 else f"{unit} {index + 1} of {count}"


def _not_an_image(data: bytes, name: str) -> UnreadableInputError:
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return UnreadableInputError(
            f"'{name}' is a HEIC/HEIF photo, which PULSE Desktop cannot read.",
            "Export the photo as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible).",
        )
    head = data[:512].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")):
        return UnreadableInputError(
            f"'{name}' is a vector drawing (SVG/XML), not a picture PULSE Desktop can read.",
            f"Export it as {SUPPORTED}.",
        )
    return UnreadableInputError(
        f"'{name}' is not an image PULSE Desktop can read.", f"Open a {SUPPORTED} file of the ECG."
    )


def _bomb(name: str, pixels: int | None = None) -> UnreadableInputError:
    size = f" ({pixels / 1e6:.0f} megapixels)" if pixels else ""
    return UnreadableInputError(
        f"The image '{name}' is too large to open safely{size}; the limit is "
        f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels.",
        "Save the ECG at a lower resolution (a 12-lead page needs about 2000 x 1500 pixels) and open that.",
    )


def _check_size(size: tuple[int, int], name: str) -> None:
    w, h = size
    if w * h > MAX_IMAGE_PIXELS:
        raise _bomb(name, w * h)
    if w < MIN_IMAGE_SIDE or h < MIN_IMAGE_SIDE:
        raise UnreadableInputError(
            f"The image '{name}' is only {w} x {h} pixels: too small to show an ECG "
            f"(at least {MIN_IMAGE_SIDE} x {MIN_IMAGE_SIDE} is needed, 2000 x 1500 is good).",
            "Open the original file or a larger export, or take the photo again closer to the paper.",
        )


def _decode_raster(data: bytes, name: str, page: int) -> LoadedImage:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=_OPEN_FORMATS)
    except Image.DecompressionBombError as exc:
        raise _bomb(name) from exc
    except UnidentifiedImageError as exc:
        raise _not_an_image(data, name) from exc
    except Exception as exc:  # any decoder failure on a damaged header
        raise UnreadableInputError(
            f"The image '{name}' is damaged and cannot be opened.", "Copy or export the file again."
        ) from exc
    with im:
        source_format = _FORMATS[im.format or ""]
        _check_size(im.size, name)
        count = int(getattr(im, "n_frames", 1) or 1)
        notes: list[str] = []
        try:
            if page:
                if not 0 <= page < count:
                    raise UnreadableInputError(
                        f"'{name}' has {count} page(s); page {page + 1} does not exist.",
                        f"Choose a page from 1 to {count}.",
                    )
                im.seek(page)
            im.load()
            if count > 1 and im.format != "MPO":
                notes.append(_frame_note(source_format, page, count))
            rgb = _to_rgb(ImageOps.exif_transpose(im), name)
            if _conversion_note(im.mode):
                notes.append(_conversion_note(im.mode))
        except UnreadableInputError:
            raise
        except Exception as exc:  # truncated data, bad compressed stream, broken EXIF...
            raise UnreadableInputError(
                f"The image '{name}' is damaged or incomplete and cannot be read.",
                "It may have been cut short while copying or downloading: copy or export it again.",
            ) from exc
    _check_size(rgb.size, name)
    if im.format == "MPO":
        count, page = 1, 0
    return LoadedImage(rgb, data, source_format, rgb.size, tuple(notes), page, count, name)


def _frame_note(source_format: str, index: int, count: int) -> str:
    if source_format == "TIFF":
        return _page_note(index, count, "page")
    kind = {"GIF": "an animated GIF", "WEBP": "an animated WebP", "PNG": "an animated PNG"}.get(
        source_format, "a multi-frame image")
    which = "first frame" if index == 0 else f"frame {index + 1}"
    return f"{which} of {kind} ({count} frames)"


def _conversion_note(mode: str) -> str:
    """What the user should know about a colour conversion beyond the reference's plain RGB one."""
    if mode == "CMYK":
        return "converted from CMYK (print colours) to RGB"
    if mode in _SIXTEEN_BIT_GREY or mode in ("I", "F"):
        return "converted from high bit-depth greyscale to 8 bits"
    return ""


def _to_rgb(im: Image.Image, name: str) -> Image.Image:
    mode = im.mode
    if mode in _SIXTEEN_BIT_GREY or mode == "I":
        a = np.asarray(im).astype(np.float64)
        top = 255.0 if mode == "I" and a.max(initial=0) <= 255 else 65535.0
        grey = np.clip(np.rint(a * (255.0 / top)), 0, 255).astype(np.uint8)
        return Image.fromarray(grey).convert("RGB")
    if mode == "F":
        a = np.asarray(im).astype(np.float64)
        a = a * 255.0 if a.max(initial=0) <= 1.0 else a
        return Image.fromarray(np.clip(np.rint(a), 0, 255).astype(np.uint8)).convert("RGB")
    if mode == "CMYK":
        return _cmyk_to_rgb(im)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # PIL's note about palette transparency
            return im.convert("RGB")
    except (ValueError, OSError) as exc:
        raise UnreadableInputError(
            f"The image '{name}' uses a colour mode ({mode}) PULSE Desktop cannot convert.",
            "Save it again as an ordinary RGB PNG or JPEG.",
        ) from exc


def _cmyk_to_rgb(im: Image.Image) -> Image.Image:
    """CMYK through the embedded ICC profile when there is one, else PIL's plain conversion."""
    icc = im.info.get("icc_profile")
    if icc:
        try:
            from PIL import ImageCms

            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            dst = ImageCms.createProfile("sRGB")
            out = ImageCms.profileToProfile(im, src, dst, outputMode="RGB")
            if out is not None:
                return out
        except Exception:  # a broken profile: fall back to the plain formula below
            pass
    return im.convert("RGB")
