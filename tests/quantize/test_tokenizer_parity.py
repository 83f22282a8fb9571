"""llama.cpp's tokenizer on the bundle's GGUF gives SentencePiece's ids on the checkpoint's tokenizer.model.

SentencePiece itself is what the reference's slow LlamaTokenizer wraps. The prompt is tokenized as the
reference does (spec section 4): split on ``<image>``, each piece tokenized separately, BOS on the first.
"""

from __future__ import annotations

import pytest
import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as sp_model

from pulse_desktop.core.bundle.manifest import read_manifest
from quantize.llama_runner import LlamaRunner
from quantize.llava_layout import LLAVA_V1_SYSTEM

QUESTIONS = [
    "Please write a clinical report based on this ECG image.",
    "What is the heart rate? Answer with a number, e.g. 72.",
    "Is there ST elevation in V1–V4?  Two spaces,\ttab and trailing space ",
]
NON_ASCII = [
    "Sinusrhythmus, überdrehter Linkstyp, Größe 12 µV; rythme sinusal, électrocardiogramme",
    "Электрокардиограмма: синусовый ритм",
    "心电图：窦性心律，正常心电图。心電図",
    "Heart ❤️ rate 💓 72 bpm 👍🏽 ∑ ≥ ±",
    "\n\nleading newlines and a final newline\n",
]


@pytest.fixture(scope="module")
def sp(tiny_checkpoint_flat):
    return spm.SentencePieceProcessor(model_file=str(tiny_checkpoint_flat / "tokenizer.model"))


@pytest.fixture(scope="module")
def runner(tiny_bundle_f32_flat):
    manifest = read_manifest(tiny_bundle_f32_flat)
    with LlamaRunner(tiny_bundle_f32_flat / manifest.language_model.file, n_ctx=256, threads=1) as r:
        yield r


@pytest.mark.parametrize("question", QUESTIONS)
def test_prompt_pieces_around_the_image(sp, runner, question):
    first = f"{LLAVA_V1_SYSTEM} USER: "
    second = f"\n{question} ASSISTANT:"
    first_ids = runner.tokenize(first, add_bos=True)
    assert first_ids == [1] + sp.encode(first)
    assert first_ids[-1] == sp.piece_to_id("▁")  # the trailing space of "USER: " is its own token
    second_ids = runner.tokenize(second, add_bos=False)
    assert second_ids == sp.encode(second)
    assert second_ids[:2] == [sp.piece_to_id("▁"), sp.piece_to_id("<0x0A>")]  # dummy prefix, then "\n" (13)
    assert second_ids[1] == 13


@pytest.mark.parametrize("text", NON_ASCII)
def test_non_ascii_text(sp, runner, text):
    assert runner.tokenize(text, add_bos=False) == sp.encode(text)
    assert sp.decode(sp.encode(text)) == text


def _multi_turn() -> str:
    return ("\nWhat is the rhythm? ASSISTANT: Sinus rhythm, 72 bpm.</s>USER: Any ST changes? ASSISTANT: "
            "No.</s>USER: Électrocardiogramme normal? ASSISTANT:")


def test_multi_turn_with_eos_legacy_tokenizer(sp, runner):
    """legacy=True (llama.cpp's own behaviour): every text after </s> gets the dummy-prefix space."""
    text = _multi_turn()
    expected: list[int] = []
    for i, chunk in enumerate(text.split("</s>")):
        expected += ([2] if i else []) + sp.encode(chunk)
    assert runner.tokenize(text, add_bos=False, parse_special=True) == expected
    assert expected.count(2) == 2


def test_multi_turn_with_eos_non_legacy_tokenizer(tiny_checkpoint_flat, tiny_bundle_f32_flat, sp):
    """legacy=False (the tiny checkpoint's tokenizer_config, like Vicuna-based LLaVA): no space after </s>.

    Reference: SentencePiece with add_dummy_prefix off for those chunks (what the slow LlamaTokenizer does).
    With llama.cpp: load with tokenizer.ggml.add_space_prefix overridden to false and put the dummy-prefix
    space in front of the pieces that get one.
    """
    manifest = read_manifest(tiny_bundle_f32_flat)
    assert manifest.prompt.tokenizer_legacy is False
    proto = sp_model.ModelProto()
    proto.ParseFromString((tiny_checkpoint_flat / "tokenizer.model").read_bytes())
    proto.normalizer_spec.add_dummy_prefix = False
    bare = spm.SentencePieceProcessor(model_proto=proto.SerializeToString())
    chunks = _multi_turn().split("</s>")
    expected = sp.encode(chunks[0])
    for chunk in chunks[1:]:
        expected += [2] + bare.encode(chunk)
    with LlamaRunner(tiny_bundle_f32_flat / manifest.language_model.file, n_ctx=256, threads=1,
                     add_space_prefix=False) as runner:
        ours = runner.tokenize(" " + chunks[0], add_bos=False)
        for chunk in chunks[1:]:
            ours += [2] + runner.tokenize(chunk, add_bos=False)
    assert ours == expected
    assert expected[expected.index(2) + 1] != sp.piece_to_id("▁USER")  # "US", "ER": no prefix after </s>


def test_special_ids_and_vocab(runner, sp):
    import llama_cpp

    assert llama_cpp.llama_vocab_bos(runner.vocab) == 1 == sp.bos_id()
    assert llama_cpp.llama_vocab_eos(runner.vocab) == 2 == sp.eos_id()
    assert llama_cpp.llama_vocab_get_add_bos(runner.vocab) and not llama_cpp.llama_vocab_get_add_eos(runner.vocab)
    assert runner.n_vocab == sp.get_piece_size()
    assert llama_cpp.llama_vocab_nl(runner.vocab) == 13
