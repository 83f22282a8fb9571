"""End to end, the engine computes what the reference LLaVA computation computes (F32 tiny bundles).

Reference (tests only): spec-written preprocessing and merge, transformers' CLIPVisionModel + projector
(tests/quantize/reference.py), LlamaForCausalLM on inputs_embeds, SentencePiece ids as the slow tokenizer.
Checked within 1e-3: the first token's log-probabilities (top 5) and the logits of a 32-token teacher-forced
continuation; the engine's greedy tokens are the reference's argmax at every step.
"""

from __future__ import annotations

import numpy as np
import pytest

from pulse_desktop.core.engine.answer import GenerationOptions
from pulse_desktop.core.engine.prompt import Turn
from pulse_desktop.core.events import Done
from quantize.checkpoint import Checkpoint
from tests.engine.conftest import QUESTION, ecg
from tests.engine.spec_reference import SlowTokenizer, prompt_pieces, reference_merge, reference_pixels
from tests.quantize import reference

torch = pytest.importorskip("torch")

# wide (1008x336), RGBA, palette, small BMP, the largest JPEG (672x672): 5 real pages, 4 aspect classes
IMAGES = ["ecg00001.png", "ecg00010.png", "ecg00015.png", "ecg00019.bmp", "ecg00012.jpg"]
MEAN = (0.48145466, 0.4578275, 0.40821073)
STD = (0.26862954, 0.26130258, 0.27577711)
N = 32


class Reference:
    def __init__(self, checkpoint_dir) -> None:
        self.ckpt = Checkpoint(checkpoint_dir)
        c = self.ckpt.config
        self.merge = c["mm_patch_merge_type"]
        self.pinpoints = [tuple(p) for p in c["image_grid_pinpoints"]]
        self.llama = reference.llama(self.ckpt)
        self.embed = self.ckpt.tensor("model.embed_tokens.weight").astype(np.float32)
        self.newline = (self.ckpt.tensor("model.image_newline").astype(np.float32)
                        if "unpad" in self.merge else None)
        legacy = not (checkpoint_dir / "tokenizer_config.json").read_text().count('"legacy": false')
        self.tok = SlowTokenizer(checkpoint_dir / "tokenizer.model", legacy=legacy)

    def image_block(self, image) -> np.ndarray:
        pixels, best = reference_pixels(image, self.pinpoints, 336, MEAN, STD)
        feats = reference.vision_features(self.ckpt, pixels)
        return reference_merge(feats, self.merge, best, image.size, 336, self.newline)

    def logits(self, image, question: str, continuation: list[int]) -> tuple[np.ndarray, int]:
        before, after = prompt_pieces([(question, None)])
        head, tail = self.tok(before, True), self.tok(after, False)
        block = self.image_block(image)
        emb = np.concatenate([self.embed[head], block, self.embed[tail], self.embed[continuation]])
        out = reference.llama_logits(self.llama, emb)
        return out[len(head) + len(block) + len(tail) - 1:], block.shape[0]


@pytest.fixture(scope="module")
def ref_flat(tiny_checkpoint_flat):
    return Reference(tiny_checkpoint_flat)


@pytest.fixture(scope="module")
def ref_unpad(tiny_checkpoint_unpad):
    return Reference(tiny_checkpoint_unpad)


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64) - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


@pytest.mark.parametrize("merge", ["flat", "unpad"])
@pytest.mark.parametrize("name", IMAGES)
def test_logits_match_the_reference(request, merge, name):
    engine = request.getfixturevalue(f"engine_{merge}")
    ref = request.getfixturevalue(f"ref_{merge}")
    image = ecg(name)
    answer = None
    for event in engine.ask(image, QUESTION, options=GenerationOptions(max_new_tokens=N, ignore_eos=True)):
        if isinstance(event, Done):
            answer = event.result
    assert len(answer.token_ids) == N
    cont = list(answer.token_ids)
    ours = engine.teacher_forced_logits(image, QUESTION, cont[:-1])
    theirs, image_tokens = ref.logits(image, QUESTION, cont[:-1])
    assert answer.image_tokens == image_tokens
    assert ours.shape == theirs.shape == (N, engine.lm.n_vocab)
    assert theirs.std() > 0.5  # a real signal, not a vacuous match
    assert float(np.abs(ours - theirs).max()) <= 1e-3
    # greedy (EOS banned) equals the reference's argmax at every step
    masked = theirs.copy()
    masked[:, engine.lm.eos] = -np.inf
    assert cont == [int(i) for i in masked.argmax(-1)]
    # first token: top-5 ids and log-probabilities
    lp = _log_softmax(theirs[0])
    top = np.argsort(-lp, kind="stable")[:5]
    assert [t.token_id for t in answer.first_token_top_logprobs] == [int(i) for i in top]
    for t in answer.first_token_top_logprobs:
        assert abs(t.logprob - lp[t.token_id]) <= 1e-3


def test_image_token_counts_follow_the_merge(engine_flat, engine_unpad):
    from PIL import Image

    from pulse_desktop.core.cancel import CancelToken
    from pulse_desktop.core.engine.multimodal_engine import _drain

    letter = Image.new("RGB", (2200, 1700), "white")  # spec: 672x672, 5 images, 2880 tokens with flat
    _, block = _drain(engine_flat._image_block(letter, CancelToken(), {}))
    assert block.shape == (2880, engine_flat.lm.n_embd)
    _, block = _drain(engine_unpad._image_block(letter, CancelToken(), {}))
    # 48x48 map of a page wider than square: rows are cut to the page's aspect, a newline ends each row
    map_h = int(1700 * (48 / 2200))
    pad = (48 - map_h) // 2
    assert block.shape[0] == 576 + (48 - 2 * pad) * (48 + 1)
    newline = engine_unpad.image_newline
    assert np.array_equal(block[576 + 48], newline)  # the first row's end


def test_prompt_ids_equal_the_slow_tokenizer(engine_flat, tiny_checkpoint_flat):
    tok = SlowTokenizer(tiny_checkpoint_flat / "tokenizer.model", legacy=engine_flat.manifest.prompt.tokenizer_legacy)
    cases = [
        [(QUESTION, None)],
        [("What is the rhythm?", "Sinus rhythm, 72 bpm."), ("Any ST changes?", None)],
        [("Größe µV?", "Électrocardiogramme normal."), ("心电图？", "窦性心律"), ("Heart ❤️ rate?", None)],
        [("  two  spaces\tand tab ", ""), ("\nnewline first", None)],
    ]
    for turns in cases:
        before, after = prompt_pieces(turns)
        head, tail = engine_flat.prompt_ids([Turn(q, a) for q, a in turns])
        assert head == tok(before, True)
        assert tail == tok(after, False)
        assert tail[:2] == [tok.sp.piece_to_id("▁"), 13]  # dummy prefix, then "\n"
        assert head[-1] == tok.sp.piece_to_id("▁")  # the trailing space of "USER: "
        assert tail.count(2) == sum(a is not None for _, a in turns)
