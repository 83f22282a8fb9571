"""Two fixes applied to the vendored llama.cpp before llama-server is built, so that its CLIP path computes
what PULSE's reference computes (docs/clinic-server.md, "Exactness").

Measured on the tiny F32 bundle (tests/server/test_clip_quirks.py reproduces it without a server): the stock
LLaVA graph of llama.cpp as vendored by llama-cpp-python 0.3.36 gives image features up to 3.0 away from the
reference's 5.5-sized values, because

1. ``tools/mtmd/models/llava.cpp`` appends CLIP's class token *after* the 576 patch tokens, then adds the
   position embeddings in that order (patch i gets position i instead of i + 1, the class token 576 instead
   of 0) and keeps rows 1..576: it drops the first patch and hands the class token on as an image token. Hugging Face's CLIP (and llama.cpp's own older clip.cpp) put the class token first.
   Fix: put it first; the existing row selection (1..576) then drops exactly the class token.
2. The LLaVA projector's activation is ``ggml_gelu`` (tanh approximation, read from a float16 table on the
   CPU); LLaVA's ``mlp2x_gelu`` is PyTorch's ``nn.GELU()``, the exact erf form. Fix: ``ggml_gelu_erf``.
3. On the CPU, ggml reads quick_gelu (CLIP's activation) from a float16 table: relative errors of 5e-4 in
   every layer. Fix: compute it in float32 (``GGML_GELU_QUICK_FP16`` off). LLaMA uses neither activation,
   so the language model's kernels are untouched: both paths still run the same llama.cpp code for it.

Each patch names the exact text it replaces; a source that does not contain it is refused (a newer
llama.cpp must be looked at again, not patched blindly).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pulse_desktop.core.server.errors import ServerBuildError

PATCH_LEVEL = "pulse-clip-exact-1"
MARKER = ".pulse-patches"


@dataclass(frozen=True)
class SourcePatch:
    path: str  # relative to the llama.cpp tree
    old: str
    new: str
    why: str


PATCHES: tuple[SourcePatch, ...] = (
    SourcePatch(
        "tools/mtmd/models/llava.cpp",
        "        inp = ggml_concat(ctx0, inp, model.class_embedding, 1);\n",
        "        inp = ggml_concat(ctx0, model.class_embedding, inp, 1); // PULSE: class token first, as CLIP\n",
        "class token first (position 0), so that rows 1..576 are the 576 patches in order",
    ),
    SourcePatch(
        "tools/mtmd/models/llava.cpp",
        "            embeddings = ggml_gelu(ctx0, embeddings);\n            if (model.mm_2_w) {\n",
        "            embeddings = ggml_gelu_erf(ctx0, embeddings); // PULSE: nn.GELU() is the erf form\n"
        "            if (model.mm_2_w) {\n",
        "the mlp2x_gelu projector's GELU is exact (erf), not the tanh approximation",
    ),
    SourcePatch(
        "ggml/src/ggml-cpu/vec.h",
        "#define GGML_GELU_QUICK_FP16\n",
        "// PULSE: quick_gelu in float32 (CLIP's activation), not from a float16 table\n",
        "quick_gelu computed in float32 on the CPU",
    ),
)


def apply_patches(llama_cpp_dir: Path) -> list[str]:
    """Apply :data:`PATCHES` once to the llama.cpp tree; returns what was done (empty when already done)."""
    marker = llama_cpp_dir / MARKER
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == PATCH_LEVEL:
        return []
    texts: dict[str, str] = {}
    for patch in PATCHES:
        target = llama_cpp_dir / patch.path
        text = texts.get(patch.path)
        if text is None:
            if not target.is_file():
                raise ServerBuildError(f"The llama.cpp source has no {patch.path}.",
                                       "Delete the server build cache (`pulse-desktop server build --clean`).")
            text = target.read_text(encoding="utf-8")
        if text.count(patch.old) != 1:
            raise ServerBuildError(
                f"The llama.cpp source in {llama_cpp_dir} is not the one these fixes were written for "
                f"({patch.path}: {patch.why}).",
                "Build from llama-cpp-python 0.3.36's source, or delete the cache with --clean.")
        texts[patch.path] = text.replace(patch.old, patch.new)
    for rel, text in texts.items():
        (llama_cpp_dir / rel).write_text(text, encoding="utf-8")
    marker.write_text(PATCH_LEVEL + "\n", encoding="utf-8")
    return [p.why for p in PATCHES]
