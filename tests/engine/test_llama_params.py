"""llama.cpp's parameter structs: a field the installed llama.cpp does not have is refused, not ignored, and
the weights are read into memory rather than mapped unless asked (what the engine's memory figures assume)."""

from __future__ import annotations

import sys
from pathlib import Path

import llama_cpp
import pytest

from pulse_desktop.core.engine.llama.language_model import LanguageModel
from pulse_desktop.core.engine.llama.params import LlamaTuning, set_fields


def test_an_unknown_field_is_refused_not_silently_kept() -> None:
    params = llama_cpp.llama_model_default_params()
    with pytest.raises(AttributeError, match="use_mmap"):
        set_fields(params, use_mmap=False)  # the field llama.cpp replaced by load_mode
    set_fields(params, n_gpu_layers=3)
    assert params.n_gpu_layers == 3


def _mapped(path: Path) -> bool:
    return str(path) in Path("/proc/self/maps").read_text()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
@pytest.mark.parametrize("use_mmap", [None, True])
def test_weights_are_read_not_mapped_unless_asked(tiny_bundle_q8: Path, use_mmap: bool | None) -> None:
    gguf = next(tiny_bundle_q8.glob("*.gguf"))
    lm = LanguageModel(gguf, n_ctx=256, n_batch=64, n_threads=1, tuning=LlamaTuning(use_mmap=use_mmap))
    try:
        assert _mapped(gguf) == bool(use_mmap)
        assert lm.flash_attn == "off"  # the CPU default (decodes twice as fast there; docs/performance.md)
    finally:
        lm.close()
