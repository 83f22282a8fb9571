"""Pictures between the core (numpy arrays, PIL images) and Qt (QImage). Every result owns its pixels.

Arrays are RGB (or RGBA, or grey) unless ``bgr=True`` says they come from OpenCV. QImage may be built in a
worker thread (QPixmap may not); the copies here make it safe to hand a QImage across threads.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from PySide6.QtGui import QImage


def ndarray_to_qimage(array: np.ndarray, bgr: bool = False) -> QImage:
    """uint8 ``HxW`` (grey), ``HxWx3`` (RGB, or BGR with ``bgr``) or ``HxWx4`` (RGBA / BGRA) -> QImage."""
    if array.dtype != np.uint8:
        raise ValueError(f"expected uint8 pixels, got {array.dtype}")
    if array.ndim == 2:
        fmt, channels = QImage.Format.Format_Grayscale8, 1
    elif array.ndim == 3 and array.shape[2] == 3:
        fmt, channels = QImage.Format.Format_RGB888, 3
        if bgr:
            array = array[:, :, ::-1]
    elif array.ndim == 3 and array.shape[2] == 4:
        fmt, channels = QImage.Format.Format_RGBA8888, 4
        if bgr:
            array = array[:, :, [2, 1, 0, 3]]
    else:
        raise ValueError(f"expected an HxW, HxWx3 or HxWx4 array, got shape {array.shape}")
    array = np.ascontiguousarray(array)
    height, width = array.shape[:2]
    image = QImage(array.data, width, height, width * channels, fmt)
    return image.copy()  # detach from the numpy buffer


def pil_to_qimage(image: Image.Image) -> QImage:
    """Any PIL image -> QImage (RGB, RGBA kept when the image has alpha)."""
    if image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    return ndarray_to_qimage(np.asarray(image))


def qimage_to_ndarray(image: QImage) -> np.ndarray:
    """QImage -> uint8 ``HxWx3`` RGB array (alpha dropped)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = rgb.width(), rgb.height()
    stride = rgb.bytesPerLine()
    buffer = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def qimage_to_pil(image: QImage) -> Image.Image:
    """QImage -> PIL image in mode RGB."""
    return Image.fromarray(qimage_to_ndarray(image), "RGB")


THUMB_SIZE = (440, 220)


def prepare_pictures(*images: Image.Image | None) -> dict[object, QImage]:
    """QImages of ``images`` (full size, and a thumbnail each), keyed by ``id(image)`` and
    ``("thumb", id(image))``: made in a worker so that showing a 12-megapixel photo costs the GUI
    thread only the upload to the screen."""
    out: dict[object, QImage] = {}
    for image in images:
        if image is None:
            continue
        out[id(image)] = pil_to_qimage(image)
        thumb = image.copy()
        thumb.thumbnail(THUMB_SIZE)
        out[("thumb", id(image))] = pil_to_qimage(thumb)
    return out
