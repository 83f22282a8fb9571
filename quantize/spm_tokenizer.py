"""A small LLaMA-style SentencePiece tokenizer, trained on the spot, and reading any SPM vocabulary.

The tiny and synthetic checkpoints carry a ``tokenizer.model`` trained here, in memory and deterministically,
with the settings of LLaMA's own tokenizer: BPE, byte fallback, identity normalisation (newlines survive),
a dummy-prefix space, no removal of extra whitespace, digits split, whitespace-only pieces allowed,
UNK 0 / BOS 1 / EOS 2, no PAD. The corpus is the llava_v1 prompt, ECG questions, PTB-XL report texts and
some non-ASCII text, so that the pieces look like the ones PULSE-7B meets.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as sp_model

from quantize.llava_layout import LLAVA_V1_SYSTEM

TINY_VOCAB_SIZE = 1024

QUESTIONS = (
    "Please write a clinical report based on this ECG image.",
    "What is the heart rate shown in this ECG?",
    "Is there evidence of atrial fibrillation?",
    "Which of the following best describes the rhythm? A. Sinus rhythm B. Atrial flutter C. Ventricular "
    "tachycardia D. Junctional rhythm",
    "Identify the abnormalities in this 12-lead ECG: NORM, MI, STTC, CD, HYP.",
    "Does this ECG show a first degree AV block, RBBB, LBBB, sinus bradycardia or sinus tachycardia?",
    "What is the QRS axis? Answer: left axis deviation.",
    "Compare leads V1 to V6 and describe the R wave progression.",
    "The correct option is B.",
)
NON_ASCII = (
    "Café, résumé, naïve, über, Ärzte: Sinusrhythmus, überdrehter Linkstyp, Größe 12 µV.",
    "Électrocardiogramme : rythme sinusal, bloc de branche droit incomplet.",
    "Электрокардиограмма: синусовый ритм, частота 72 удара в минуту.",
    "心电图：窦性心律，正常心电图。",
    "心電図：洞調律、正常範囲。",
    "심전도 정상 동리듬",
    "Heart ❤️ rate 💓 72 bpm 👍",
)


def tiny_corpus(ptbxl_records: Path | None) -> list[str]:
    """The training sentences, in a fixed order (one sentence per line, as SentencePiece trains)."""
    lines = [LLAVA_V1_SYSTEM]
    for q in QUESTIONS:
        lines.append(f"{LLAVA_V1_SYSTEM} USER: {q} ASSISTANT:")
        lines.append(q)
    if ptbxl_records is not None and ptbxl_records.is_file():
        records = json.loads(ptbxl_records.read_text(encoding="utf-8"))["records"]
        lines += [str(r["report"]) for r in records]
    lines += NON_ASCII
    lines += ["  two  spaces,   three   spaces    and 0123456789 digits 10.5 mm/mV 25 mm/s"]
    return lines


def train_tokenizer(lines: list[str], vocab_size: int = TINY_VOCAB_SIZE) -> bytes:
    """Train a LLaMA-style BPE SentencePiece model in memory; the same lines give the same bytes."""
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=buffer, vocab_size=vocab_size, model_type="bpe",
        byte_fallback=True, normalization_rule_name="identity", add_dummy_prefix=True,
        remove_extra_whitespaces=False, split_digits=True, allow_whitespace_only_pieces=True,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1, character_coverage=1.0, num_threads=1, hard_vocab_limit=False,
        max_sentence_length=4192, minloglevel=2,
    )
    return buffer.getvalue()


@dataclass(frozen=True)
class SpmVocab:
    """A SentencePiece vocabulary as llama.cpp's GGUF stores it."""

    tokens: list[bytes]
    scores: list[float]
    token_types: list[int]  # gguf.TokenType: 1 normal, 2 unknown, 3 control, 4 user-defined, 5 unused, 6 byte
    add_dummy_prefix: bool
    unk_id: int
    bos_id: int
    eos_id: int
    pad_id: int  # -1 when the model has none


def read_spm_vocab(model_bytes: bytes, vocab_size: int) -> SpmVocab:
    """Tokens, scores and types of an SPM model, padded to ``vocab_size`` with ``[PADn]`` unused tokens.

    Follows llama.cpp's convert_hf_to_gguf for SentencePiece vocabularies: a config vocab larger than the
    tokenizer gets unused filler tokens (score -1000) so that the embedding rows line up.
    """
    processor = spm.SentencePieceProcessor(model_proto=model_bytes)
    n = processor.get_piece_size()
    if n > vocab_size:
        raise ValueError(f"the tokenizer has {n} pieces but the model's vocab_size is {vocab_size}")
    tokens = [f"[PAD{i}]".encode() for i in range(vocab_size)]
    scores = [-1000.0] * vocab_size
    types = [5] * vocab_size
    for i in range(n):
        tokens[i] = processor.id_to_piece(i).encode("utf-8")
        scores[i] = float(processor.get_score(i))
        if processor.is_unknown(i):
            types[i] = 2
        elif processor.is_control(i):
            types[i] = 3
        elif processor.is_unused(i):
            types[i] = 5
        elif processor.is_byte(i):
            types[i] = 6
        else:
            types[i] = 1
    proto = sp_model.ModelProto()
    proto.ParseFromString(model_bytes)
    return SpmVocab(
        tokens=tokens, scores=scores, token_types=types,
        add_dummy_prefix=bool(proto.normalizer_spec.add_dummy_prefix),
        unk_id=processor.unk_id(), bos_id=processor.bos_id(), eos_id=processor.eos_id(),
        pad_id=processor.pad_id(),
    )
