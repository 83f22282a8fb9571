"""What a workstation sends: the ids llama-server will make of the prompt text equal the local engine's, the
views are the spec's pixels exactly (lossless, no metadata), and spatial_unpad is refused.

llama-server (tools/mtmd) tokenizes each text piece between media markers with llama_tokenize(add_special=
false, parse_special=true) on a model loaded with add_space_prefix=false, and puts BOS first: the same call
is made here on the same GGUF with the same override (the local engine's model handle).
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from pulse_desktop.core.bundle.manifest import read_manifest
from pulse_desktop.core.engine.multimodal_engine import MultimodalEngine
from pulse_desktop.core.engine.preprocess import normalise, preprocess
from pulse_desktop.core.engine.prompt import Turn
from pulse_desktop.core.imaging.load_image import load_image
from pulse_desktop.core.remote.request_body import (
    check_servable,
    page_views,
    png_bytes,
    prompt_text,
)
from pulse_desktop.core.server.errors import ServerConfigError, ServerProtocolError
from tests.support.paths import ECG_IMAGES

MARKER = "<__pulse_image__>"
CONVERSATIONS = [
    [Turn("Please write a clinical report based on this ECG image.")],
    [Turn("What is the rhythm?", "Sinus rhythm."), Turn("Is there ST elevation? Réponse en français, s'il vous plaît")],
    [Turn("  spaces  ", " leading answer "), Turn("a\nb", "x</s>y"), Turn("QT?")],
]


@pytest.fixture(scope="module")
def engine(tiny_bundle_f32_flat):
    e = MultimodalEngine(tiny_bundle_f32_flat, n_threads=1, n_gpu_layers=0)
    yield e
    e.close()


def server_ids(engine, text: str, n_views: int) -> tuple[list[int], int]:
    """The ids llama-server makes of the prompt: BOS, then each text piece parsed with special tokens."""
    pieces = text.split(MARKER)
    assert len(pieces) == n_views + 1
    ids = [engine.lm.model.tokenize(b"", True, True)[0]]  # BOS
    before = ids + engine.lm.model.tokenize(pieces[0].encode(), False, True)
    after: list[int] = []
    for piece in pieces[1:]:
        after += engine.lm.model.tokenize(piece.encode(), False, True)
    return before + after, len(before)


@pytest.mark.parametrize("turns", CONVERSATIONS)
def test_prompt_ids_equal_the_local_engines(engine, turns):
    text = prompt_text(engine.manifest.prompt, turns, 5, MARKER)
    ids, n_before = server_ids(engine, text, 5)
    head, tail = engine.prompt_ids(turns)
    assert ids[:n_before] == head
    assert ids[n_before:] == tail


def test_control_sequences_are_refused_not_reinterpreted(engine):
    with pytest.raises(ServerProtocolError):
        prompt_text(engine.manifest.prompt, [Turn("what is <s> here")], 5, MARKER)
    with pytest.raises(ServerProtocolError):
        prompt_text(engine.manifest.prompt, [Turn("x" + MARKER)], 5, MARKER)


@pytest.mark.parametrize("name", ["ecg00012.jpg", "ecg00019.bmp", "ecg00001.png"])
def test_views_are_the_specs_pixels_losslessly(tiny_bundle_f32_flat, name):
    manifest = read_manifest(tiny_bundle_f32_flat)
    image = load_image(ECG_IMAGES / name).image
    views = page_views(image, manifest.preprocess)
    reference = preprocess(image, manifest.preprocess).pixels
    assert len(views) == reference.shape[0]
    info = manifest.preprocess
    for view, expected in zip(views, reference, strict=True):
        data = png_bytes(view)
        back = Image.open(io.BytesIO(data))
        back.load()
        assert back.size == (336, 336) and back.mode == "RGB"
        assert not back.info.get("dpi") and not getattr(back, "text", {})
        for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"tIME"):
            assert chunk not in data
        np.testing.assert_array_equal(normalise(back, info.image_mean, info.image_std), expected)


def test_spatial_unpad_is_refused_clearly(tiny_bundle_f32_unpad):
    with pytest.raises(ServerConfigError, match="image_newline"):
        check_servable(read_manifest(tiny_bundle_f32_unpad))


@pytest.mark.parametrize("question", ["What is the rhythm?", "\nleading break", "  two spaces", "Ωmega"])
def test_read_ahead_ids_are_a_prefix_of_every_first_question(engine, question):
    from pulse_desktop.core.remote.request_body import read_ahead_text

    ahead, _ = server_ids(engine, read_ahead_text(engine.manifest.prompt, 5, MARKER), 5)
    full, _ = server_ids(engine, prompt_text(engine.manifest.prompt, [Turn(question)], 5, MARKER), 5)
    assert full[:len(ahead)] == ahead and len(full) > len(ahead)
