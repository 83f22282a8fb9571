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
   every layer. Fix: compute it in float32 (``GGML_GELU_QUICK_FP16`` off).
4. ``ggml_conv_2d`` (CLIP's patch embedding) unfolds the pixels into a float16 ``im2col`` whatever the
   kernel's type: the picture itself is rounded to 11 bits (2.7e-4 of the patch embedding, found by dumping
   clip.cpp's tensors with ``cb_eval``). Fix: a float32 ``im2col`` unless the kernel is float16 (the F32
   mmproj then convolves in float32; an F16 mmproj behaves as before).

LLaMA uses none of these operations, so the language model's kernels are untouched: both paths still run
the same llama.cpp code for it.

Each patch names the exact text it replaces; a source that does not contain it is refused (a newer
llama.cpp must be looked at again, not patched blindly).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pulse_desktop.core.server.errors import ServerBuildError

PATCH_LEVEL = "pulse-clip-exact-2"
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
    SourcePatch(
        "ggml/src/ggml.c",
        "    struct ggml_tensor * im2col = ggml_im2col(ctx, a, b, s0, s1, p0, p1, d0, d1, true, "
        "a->type == GGML_TYPE_BF16 ? GGML_TYPE_F32 : GGML_TYPE_F16); // [N, OH, OW, IC * KH * KW]\n",
        "    struct ggml_tensor * im2col = ggml_im2col(ctx, a, b, s0, s1, p0, p1, d0, d1, true, "
        "a->type == GGML_TYPE_F16 ? GGML_TYPE_F16 : GGML_TYPE_F32); // PULSE: F32 unless the kernel is F16\n",
        "the patch-embedding convolution unfolds the pixels in float32 for a float32 kernel",
    ),
)


def apply_patches(llama_cpp_dir: Path) -> list[str]:
    """Apply :data:`PATCHES` once to the llama.cpp tree; returns what was done (empty when already done)."""
    marker = llama_cpp_dir / MARKER
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == PATCH_LEVEL:
        return []
    texts: dict[str, str] = {}
    done: list[str] = []
    for patch in PATCHES:
        target = llama_cpp_dir / patch.path
        text = texts.get(patch.path)
        if text is None:
            if not target.is_file():
                raise ServerBuildError(f"The llama.cpp source has no {patch.path}.",
                                       "Delete the server build cache (`pulse-desktop server build --clean`).")
            text = target.read_text(encoding="utf-8")
        if patch.new in text and patch.old not in text:  # applied by an earlier patch level
            texts[patch.path] = text
            continue
        if text.count(patch.old) != 1:
            raise ServerBuildError(
                f"The llama.cpp source in {llama_cpp_dir} is not the one these fixes were written for "
                f"({patch.path}: {patch.why}).",
                "Build from llama-cpp-python 0.3.36's source, or delete the cache with --clean.")
        texts[patch.path] = text.replace(patch.old, patch.new)
        done.append(patch.why)
    for rel, text in texts.items():
        target = llama_cpp_dir / rel
        if target.read_text(encoding="utf-8") != text:  # untouched files keep their time: no rebuild
            target.write_text(text, encoding="utf-8")
    marker.write_text(PATCH_LEVEL + "\n", encoding="utf-8")
    return done
