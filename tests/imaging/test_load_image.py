"""load_image: every supported format, the reference RGB conversion, and every kind of bad input."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.errors import UnreadableInputError
from pulse_desktop.core.imaging.load_image import (
    MAX_IMAGE_PIXELS,
    MIN_IMAGE_SIDE,
    load_image,
    load_image_bytes,
)
from tests.support.paths import ecg_image_files


def _pattern(w: int = 240, h: int = 160) -> Image.Image:
    """An RGB picture whose corners differ, so that rotations and flips are visible."""
    a = np.zeros((h, w, 3), np.uint8)
    a[..., 0] = np.linspace(0, 255, w, dtype=np.uint8)[None, :]
    a[..., 1] = np.linspace(0, 255, h, dtype=np.uint8)[:, None]
    a[:20, :20] = (255, 0, 0)  # red top-left marker
    return Image.fromarray(a)


def _save(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("fmt,expect", [("PNG", "PNG"), ("BMP", "BMP"), ("WEBP", "WEBP"), ("TIFF", "TIFF")])
def test_lossless_formats_round_trip_exactly(tmp_path: Path, fmt: str, expect: str) -> None:
    src = _pattern()
    path = tmp_path / f"ecg.{fmt.lower()}"
    kw = {"lossless": True} if fmt == "WEBP" else {}
    path.write_bytes(_save(src, fmt, **kw))
    loaded = load_image(path)
    assert loaded.source_format == expect
    assert loaded.image.mode == "RGB"
    assert loaded.size == (240, 160) == loaded.image.size
    assert loaded.original_bytes == path.read_bytes()
    assert (loaded.page_index, loaded.page_count, loaded.notes) == (0, 1, ())
    assert np.array_equal(np.asarray(loaded.image), np.asarray(src))


def test_jpeg_exif_orientation_is_applied() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    data = _save(_pattern(), "JPEG", exif=exif.tobytes(), quality=95)
    loaded = load_image_bytes(data, "phone.jpg")
    assert loaded.source_format == "JPEG"
    assert loaded.size == (160, 240)
    a = np.asarray(loaded.image).astype(int)
    # the red marker that was top-left is now top-right
    assert a[5, 155, 0] > 200 and a[5, 155, 1] < 60
    assert a[5, 5, 0] < 60


@pytest.mark.parametrize("mode", ["RGBA", "P", "L", "LA", "1"])
def test_conversion_is_the_references_convert_rgb(mode: str) -> None:
    base = _pattern()
    if mode == "RGBA":
        im = base.convert("RGBA")
        alpha = np.zeros((160, 240), np.uint8)  # fully transparent: the colours must survive (not composited)
        alpha[:, 120:] = 255
        im.putalpha(Image.fromarray(alpha))
    else:
        im = base.convert(mode)
    data = _save(im, "PNG")
    loaded = load_image_bytes(data, f"x-{mode}.png")
    reference = Image.open(io.BytesIO(data)).convert("RGB")
    assert np.array_equal(np.asarray(loaded.image), np.asarray(reference))
    if mode == "RGBA":
        assert np.array_equal(np.asarray(loaded.image), np.asarray(base))


def test_sixteen_bit_grey_is_scaled_not_clipped() -> None:
    ramp = (np.arange(240, dtype=np.float64) / 239 * 65535).round().astype(np.uint16)
    a = np.tile(ramp, (160, 1))
    data = _save(Image.fromarray(a), "PNG")
    assert Image.open(io.BytesIO(data)).mode.startswith("I")
    got = np.asarray(load_image_bytes(data, "grey16.png").image)
    expect = np.rint(a / 65535 * 255).astype(np.uint8)
    assert np.array_equal(got[..., 0], expect) and np.array_equal(got[..., 1], expect)
    assert got[0, 120, 0] == 128  # mid-grey stays mid-grey (PIL's plain convert would give 255)


def test_cmyk_is_converted_properly() -> None:
    im = Image.new("CMYK", (200, 200), (128, 0, 0, 128))
    got = load_image_bytes(_save(im, "TIFF"), "cmyk.tif").image.getpixel((10, 10))
    # R = (255 - C) * (255 - K) / 255: a dark cyan-ish grey, not the clipped black of a subtractive formula
    assert abs(got[0] - 63) <= 1 and abs(got[1] - 127) <= 1 and abs(got[2] - 127) <= 1


def test_cmyk_jpeg_with_icc_profile_goes_through_the_profile() -> None:
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    im = Image.new("CMYK", (200, 200), (0, 0, 0, 0))
    # an RGB profile on a CMYK image is nonsense: the loader must fall back, not crash
    loaded = load_image_bytes(_save(im, "JPEG", icc_profile=srgb), "cmyk.jpg")
    assert loaded.image.mode == "RGB" and min(loaded.image.getpixel((5, 5))) > 240


def test_multipage_tiff_uses_first_page_and_says_so(tmp_path: Path) -> None:
    pages = [Image.new("RGB", (200, 150), c) for c in ((250, 0, 0), (0, 250, 0), (0, 0, 250))]
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", save_all=True, append_images=pages[1:])
    loaded = load_image_bytes(buf.getvalue(), "cart.tif")
    assert loaded.page_count == 3 and loaded.page_index == 0
    assert loaded.notes == ("first page of 3",)
    assert loaded.image.getpixel((1, 1)) == (250, 0, 0)
    second = load_image_bytes(buf.getvalue(), "cart.tif", page=1)
    assert second.image.getpixel((1, 1)) == (0, 250, 0) and second.notes == ("page 2 of 3",)
    with pytest.raises(UnreadableInputError, match="page 4 does not exist"):
        load_image_bytes(buf.getvalue(), "cart.tif", page=3)


def test_animated_gif_uses_first_frame_and_says_so() -> None:
    frames = [Image.new("RGB", (200, 150), c) for c in ((255, 0, 0), (0, 0, 255))]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    loaded = load_image_bytes(buf.getvalue(), "anim.gif")
    assert loaded.source_format == "GIF" and loaded.page_count == 2
    assert loaded.notes == ("first frame of an animated GIF (2 frames)",)
    assert loaded.image.mode == "RGB" and loaded.image.getpixel((3, 3)) == (255, 0, 0)


def _pdf(pages: int, tmp_path: Path, password: str | None = None) -> Path:
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas

    path = tmp_path / "cart export.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(letter))
    for i in range(pages):
        c.setFillColorRGB(1, 0, 0)
        c.rect(72, 72, 144, 144, fill=1, stroke=0)  # a 2-inch red square, 1 inch from the bottom left
        c.setFillColorRGB(0, 0, 0)
        c.drawString(300, 300, f"page {i + 1}")
        c.showPage()
    c.save()
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(str(path)))
        writer.encrypt(password)
        with open(path, "wb") as fh:
            writer.write(fh)
    return path


def test_pdf_is_rendered_at_200_dpi_or_more(tmp_path: Path) -> None:
    path = _pdf(3, tmp_path)
    loaded = load_image(path)
    assert loaded.source_format == "PDF" and loaded.page_count == 3 and loaded.pdf_dpi == 200
    assert loaded.size == (2200, 1700)  # 11 x 8.5 inches at 200 dpi
    assert loaded.notes[0] == "first page of 3"
    a = np.asarray(loaded.image)
    red = (a[..., 0] > 200) & (a[..., 1] < 60)
    ys, xs = np.nonzero(red)
    assert abs((xs.max() - xs.min() + 1) - 400) <= 2  # 2 inches at 200 dpi
    assert load_image(path, page=2).page_index == 2
    w300, h300 = load_image(path, pdf_dpi=300).size
    assert abs(w300 - 3300) <= 1 and abs(h300 - 2550) <= 1
    with pytest.raises(ValueError):
        load_image(path, pdf_dpi=100)


def test_damaged_and_protected_pdfs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError, match="damaged"):
        load_image_bytes(b"%PDF-1.7\n1 0 obj << >> garbage", "broken.pdf")
    good = _pdf(1, tmp_path).read_bytes()
    with pytest.raises(UnreadableInputError):
        load_image_bytes(good[: len(good) // 3], "cut.pdf")
    with pytest.raises(UnreadableInputError, match="password") as info:
        load_image(_pdf(1, tmp_path, password="secret"))
    assert info.value.hint and info.value.exit_code == 2


def _errmsg(data: bytes, name: str = "x") -> UnreadableInputError:
    with pytest.raises(UnreadableInputError) as info:
        load_image_bytes(data, name)
    assert info.value.message and info.value.hint
    return info.value


def test_non_image_and_empty_input() -> None:
    assert "not an image" in _errmsg(b"Patient: Doe\nHR 72\n" * 20, "notes.txt").message
    assert "empty" in _errmsg(b"", "empty.png").message
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 200
    assert "HEIC" in _errmsg(heic, "IMG_0001.HEIC").message
    assert "not an image" in _errmsg(_save(_pattern(), "ICO"), "icon.ico").message  # not a supported format


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated_files_are_refused(fmt: str) -> None:
    rng = np.random.default_rng(0)
    data = _save(Image.fromarray(rng.integers(0, 255, (400, 400, 3), dtype=np.uint8)), fmt)
    err = _errmsg(data[: len(data) // 2], f"cut.{fmt.lower()}")
    assert "damaged" in err.message


@pytest.mark.parametrize("size", [(1, 1), (MIN_IMAGE_SIDE - 1, 500), (500, 40)])
def test_tiny_images_are_refused(size: tuple[int, int]) -> None:
    err = _errmsg(_save(Image.new("RGB", size, "white"), "PNG"), "tiny.png")
    assert "too small" in err.message and f"{size[0]} x {size[1]}" in err.message
    load_image_bytes(_save(Image.new("RGB", (MIN_IMAGE_SIDE, MIN_IMAGE_SIDE)), "PNG"))  # the minimum passes


def _png_header_only(w: int, h: int) -> bytes:
    """A PNG that claims w x h pixels (a decompression bomb's header) with a tiny payload."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(
        b"IEND", b"")


@pytest.mark.parametrize("w,h", [(11_000, 10_000), (30_000, 30_000)])  # just over the limit; far over it
def test_decompression_bombs_are_refused_with_our_message(w: int, h: int) -> None:
    assert w * h > MAX_IMAGE_PIXELS
    err = _errmsg(_png_header_only(w, h), "bomb.png")
    assert "too large to open safely" in err.message and "100 megapixels" in err.message


def test_missing_file_folder_and_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UnreadableInputError, match="no file at"):
        load_image(tmp_path / "nope.png")
    with pytest.raises(UnreadableInputError, match="folder"):
        load_image(tmp_path)
    locked = tmp_path / "locked.png"
    locked.write_bytes(_save(_pattern(), "PNG"))
    if os.geteuid() != 0:  # root reads anything; then exercise the same path through a refused read
        locked.chmod(0)
    else:
        def refuse(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(UnreadableInputError, match="not allowed to read") as info:
        load_image(locked)
    assert "administrator" in info.value.hint


@pytest.mark.parametrize("name", ["ЭКГ пациента.png", "心电图 2024.png", "e\u0301cg  (copy) #1.png", "🫀ecg.png",
                                  "ecg\u200f\u05d0.png"])
def test_odd_unicode_file_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_save(_pattern(), "PNG"))
    loaded = load_image(path)
    assert loaded.name == name and loaded.size == (240, 160)


def test_bytes_and_path_give_the_same_result(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(_save(_pattern(), "JPEG"))
    a, b = load_image(path), load_image_bytes(path.read_bytes(), "a.jpg")
    assert np.array_equal(np.asarray(a.image), np.asarray(b.image)) and a.original_bytes == b.original_bytes


@pytest.mark.parametrize("path", ecg_image_files(), ids=lambda p: p.name)
def test_real_ecg_images_load_like_the_reference(path: Path) -> None:
    loaded = load_image(path)
    assert loaded.image.mode == "RGB"
    with Image.open(path) as im:
        reference = im.convert("RGB")  # none of these carries a rotating EXIF orientation
    assert np.array_equal(np.asarray(loaded.image), np.asarray(reference))
    assert loaded.original_bytes == path.read_bytes()
