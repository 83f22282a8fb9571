"""Image preprocessing exactly as PULSE's reference LLaVA code does it (spec section 2, "anyres").

Every parameter (grid pinpoints, crop size, mean, std) comes from the bundle's manifest; nothing is assumed.
The result is float32 ``[1 + grid, 3, crop, crop]``: the squashed base image first, then the crops of the
padded best-resolution image, rows top to bottom, each row left to right.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from pulse_desktop.core.bundle.manifest import PreprocessInfo


@dataclass(frozen=True)
class PreparedImage:
    pixels: np.ndarray  # float32 [1 + rows*cols, 3, crop, crop]
    original_size: tuple[int, int]  # (W, H) of the image as given
    best_resolution: tuple[int, int]  # (Tw, Th): the chosen pinpoint
    grid: tuple[int, int]  # (cols, rows) of crops

    @property
    def n_images(self) -> int:
        return int(self.pixels.shape[0])


def select_best_resolution(size: tuple[int, int], pinpoints: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The pinpoint keeping the most effective pixels; on a tie the least waste; on an exact tie the first."""
    width, height = size
    best: tuple[int, int] | None = None
    best_eff, best_waste = -1, math.inf
    for w, h in pinpoints:
        scale = min(w / width, h / height)
        eff = min(int(width * scale) * int(height * scale), width * height)
        waste = w * h - eff
        if eff > best_eff or (eff == best_eff and waste < best_waste):
            best, best_eff, best_waste = (int(w), int(h)), eff, waste
    if best is None:
        raise ValueError("the bundle lists no grid pinpoints")
    return best


def resize_and_pad(image: Image.Image, target: tuple[int, int]) -> Image.Image:
    """Aspect-preserving resize into ``target`` (Pillow's default filter), centred on a black canvas."""
    width, height = image.size
    tw, th = target
    if tw / width < th / height:
        new_w, new_h = tw, min(math.ceil(height * (tw / width)), th)  # LLaVA's order: scale first
    else:
        new_w, new_h = min(math.ceil(width * (th / height)), tw), th
    resized = image.resize((new_w, new_h))
    canvas = Image.new("RGB", (tw, th), (0, 0, 0))
    canvas.paste(resized, ((tw - new_w) // 2, (th - new_h) // 2))
    return canvas


def crops(image: Image.Image, crop: int) -> list[Image.Image]:
    """crop x crop tiles, rows top to bottom, each row left to right."""
    width, height = image.size
    return [image.crop((x, y, x + crop, y + crop)) for y in range(0, height, crop) for x in range(0, width, crop)]


def normalise(image: Image.Image, mean: Sequence[float], std: Sequence[float]) -> np.ndarray:
    """uint8 RGB -> float32 [3, H, W]: (v/255 - mean) / std, as CLIPImageProcessor computes it."""
    pixels = np.asarray(image, dtype=np.float32) / np.float32(255)
    pixels = (pixels - np.asarray(mean, np.float32)) / np.asarray(std, np.float32)
    return np.ascontiguousarray(pixels.transpose(2, 0, 1), dtype=np.float32)


def preprocess(image: Image.Image, info: PreprocessInfo) -> PreparedImage:
    """The model's pixel input for one page (spec section 2)."""
    if info.image_aspect_ratio != "anyres":
        raise ValueError(f"image_aspect_ratio {info.image_aspect_ratio!r} is not supported (only anyres)")
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    best = select_best_resolution(rgb.size, info.grid_pinpoints)
    padded = resize_and_pad(rgb, best)
    base = rgb.resize((info.crop_size, info.crop_size))
    views = [base] + crops(padded, info.crop_size)
    pixels = np.stack([normalise(v, info.image_mean, info.image_std) for v in views])
    grid = (best[0] // info.crop_size, best[1] // info.crop_size)
    return PreparedImage(pixels, rgb.size, best, grid)
