"""The vision tower and projector through onnxruntime.

This is the only module of the app that imports ``onnxruntime``.
"""

from __future__ import annotations

from typing import Any

import onnxruntime


def runtime_info() -> dict[str, Any]:
    """onnxruntime's version and the execution providers this install offers."""
    return {
        "onnxruntime": onnxruntime.__version__,
        "providers": list(onnxruntime.get_available_providers()),
        "device": onnxruntime.get_device(),
    }
