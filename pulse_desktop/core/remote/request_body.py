"""What a workstation sends to llama-server: the spec's 336x336 views as lossless PNGs, and the llava_v1
prompt as text with one media marker per view, so that the server feeds the ids the local engine feeds.

How llama-server turns it into positions (tools/server + tools/mtmd of the vendored llama.cpp): the prompt
string is split at the media markers; each text piece is tokenized without BOS with special-token parsing
(``</s>`` becomes EOS 2), BOS is put first; each picture of at most 336x336 is neither resized nor sliced
and LLaVA projectors put no tokens around it. The server is started with
``tokenizer.ggml.add_space_prefix=false`` (as the local engine loads the GGUF), so this module writes the
dummy-prefix spaces itself exactly where the local engine adds them (engine/prompt.py): before the text
before the image, before the text after it, and after ``</s>`` only with a legacy tokenizer.

Only pixels and the question travel: no file name, no patient field, no PNG metadata.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence

from PIL import Image

from pulse_desktop.core.bundle.manifest import Manifest, PreprocessInfo, PromptInfo
from pulse_desktop.core.engine.preprocess import crops, resize_and_pad, select_best_resolution
from pulse_desktop.core.engine.prompt import Turn, text_after_image, text_before_image
from pulse_desktop.core.server.errors import ServerConfigError, ServerProtocolError

# control-token texts that llama-server would read as special tokens but the local engine as plain text
_SPECIAL_TEXTS = ("<s>", "<unk>")


def check_servable(manifest: Manifest) -> None:
    """Only the ``flat`` merge is a plain sequence of per-view tokens; refuse anything else, clearly."""
    if manifest.mm_patch_merge_type != "flat":
        raise ServerConfigError(
            f"The bundle {manifest.name!r} merges its image features with {manifest.mm_patch_merge_type!r}: "
            "its row-end vectors (image_newline) are not tokens, so llama-server cannot compute what this "
            "computer computes.", "Interpret with this bundle on this computer, or serve a 'flat' bundle.")
    if manifest.preprocess.image_aspect_ratio != "anyres":
        raise ServerConfigError(f"Image handling {manifest.preprocess.image_aspect_ratio!r} is not supported.",
                                "Use a PULSE bundle (anyres).")


def page_views(image: Image.Image, info: PreprocessInfo) -> list[Image.Image]:
    """The spec's views of one page, before normalisation: the squashed base image, then the crops."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    best = select_best_resolution(rgb.size, info.grid_pinpoints)
    base = rgb.resize((info.crop_size, info.crop_size))
    return [base] + crops(resize_and_pad(rgb, best), info.crop_size)


def png_bytes(view: Image.Image) -> bytes:
    """A lossless PNG of the view's RGB pixels, with no text or other metadata chunks."""
    clean = Image.frombytes("RGB", view.size, view.convert("RGB").tobytes())
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=False, compress_level=6)
    return out.getvalue()


def encoded_views(image: Image.Image, info: PreprocessInfo) -> list[str]:
    """Base64 PNGs for the request's ``multimodal_data``."""
    return [base64.b64encode(png_bytes(v)).decode("ascii") for v in page_views(image, info)]


def prompt_text(prompt: PromptInfo, turns: Sequence[Turn], n_views: int, marker: str) -> str:
    """The prompt string with ``n_views`` media markers where the local engine puts the image block."""
    for turn in turns:
        for text in (turn.question, turn.answer or ""):
            if any(s in text for s in _SPECIAL_TEXTS) or marker in text:
                raise ServerProtocolError("This text holds a control sequence the server would read differently.",
                                          "Ask it on this computer, or remove the angle-bracket sequence.")
    head = " " + text_before_image(prompt)
    chunks = text_after_image(prompt, turns).split(prompt.sep2)
    tail = ""
    for i, chunk in enumerate(chunks):
        if i:
            tail += prompt.sep2
        if chunk:
            tail += (" " if i == 0 or prompt.tokenizer_legacy else "") + chunk
    return head + marker * n_views + tail


def read_ahead_text(prompt: PromptInfo, n_views: int, marker: str) -> str:
    """The part of every first question's prompt that does not depend on the question: up to the image and
    the line break after it (a prompt may not end inside the image: llama-server must compute a text token
    last). Its ids are a prefix of every :func:`prompt_text` of a first question (tests/server)."""
    full = prompt_text(prompt, [Turn("")], n_views, marker)
    return full[:full.index("\n", full.rindex(marker)) + 1]


def completion_body(prompt: str, views: list[str], max_new_tokens: int, n_probs: int = 5,
                    stream: bool = True, temperature: float = 0.0, seed: int = 0) -> dict:
    """The ``/completion`` request: greedy with every other sampler switched off, as the local engine."""
    return {
        "prompt": {"prompt_string": prompt, "multimodal_data": views},
        "n_predict": int(max_new_tokens), "stream": stream, "cache_prompt": True, "n_probs": int(n_probs),
        "post_sampling_probs": False, "temperature": float(temperature), "top_k": 0, "top_p": 1.0,
        "min_p": 0.0, "typical_p": 1.0, "repeat_penalty": 1.0, "repeat_last_n": 0, "presence_penalty": 0.0,
        "frequency_penalty": 0.0, "dry_multiplier": 0.0, "xtc_probability": 0.0, "mirostat": 0,
        "seed": int(seed), "ignore_eos": False, "return_tokens": True, "return_progress": True,
        "timings_per_token": False,
    }
