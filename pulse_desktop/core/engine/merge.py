"""From per-view image features to the image block fed to the language model (spec section 3).

``flat``: base then crops, concatenated. ``spatial_unpad`` (any merge type containing "unpad"): the crops
form one feature map, unpadded against the original aspect ratio, with ``image_newline`` appended to each
row, flattened row-major, after the base image's tokens.
"""

from __future__ import annotations

import numpy as np


def merge_flat(features: np.ndarray) -> np.ndarray:
    """[N, T, C] -> [N*T, C] in order."""
    n, t, c = features.shape
    return np.ascontiguousarray(features.reshape(n * t, c), dtype=np.float32)


def unpad(feature_map: np.ndarray, original_size: tuple[int, int]) -> np.ndarray:
    """[C, h, w] map cut back to the original aspect ratio (LLaVA's unpad_image)."""
    width, height = original_size
    _, map_h, map_w = feature_map.shape
    if width / height > map_w / map_h:  # the reference's own arithmetic: int(H * (map_w / W))
        new_h = int(height * (map_w / width))
        pad = (map_h - new_h) // 2
        return feature_map[:, pad:map_h - pad, :]
    new_w = int(width * (map_h / height))  # as the reference: scale first, then multiply
    pad = (map_w - new_w) // 2
    return feature_map[:, :, pad:map_w - pad]


def merge_spatial_unpad(features: np.ndarray, grid: tuple[int, int], original_size: tuple[int, int],
                        image_newline: np.ndarray) -> np.ndarray:
    """features [1 + cols*rows, T, C] (base first), grid (cols, rows) -> [T + h*(w+1), C]."""
    cols, rows = grid
    n, t, c = features.shape
    side = int(round(t ** 0.5))
    if side * side != t or n != 1 + cols * rows:
        raise ValueError(f"features {features.shape} do not fit a {cols}x{rows} grid of square patch maps")
    base, tiles = features[0], features[1:]
    # (rows, cols, side, side, C) -> (C, rows, side, cols, side) -> [C, rows*side, cols*side]
    grid_map = tiles.reshape(rows, cols, side, side, c).transpose(4, 0, 2, 1, 3).reshape(c, rows * side, cols * side)
    grid_map = unpad(grid_map, original_size)
    _, h, w = grid_map.shape
    newline = np.broadcast_to(np.asarray(image_newline, np.float32).reshape(c, 1, 1), (c, h, 1))
    grid_map = np.concatenate([grid_map, newline], axis=2)  # [C, h, w+1]
    flat = grid_map.reshape(c, h * (w + 1)).T
    return np.ascontiguousarray(np.concatenate([base, flat]), dtype=np.float32)


def merge_features(features: np.ndarray, merge_type: str, grid: tuple[int, int], original_size: tuple[int, int],
                   image_newline: np.ndarray | None) -> np.ndarray:
    """The image block [n_image_tokens, C] for the bundle's ``mm_patch_merge_type``."""
    if merge_type == "flat":
        return merge_flat(features)
    if merge_type.startswith("spatial") and "unpad" in merge_type:
        if image_newline is None:
            raise ValueError("this bundle's merge needs image_newline, which it does not have")
        return merge_spatial_unpad(features, grid, original_size, image_newline)
    raise ValueError(f"mm_patch_merge_type {merge_type!r} is not supported (flat or spatial_unpad)")
