"""The prompt the reference's arena script (model_ecg_arena.py) builds for a conversation's later turns.

After generating a turn the script appends the answer as a *new* ASSISTANT message without removing the
empty ASSISTANT slot it generated from. llava_v1 renders a message list as ``ROLE: message`` followed by
" " (even index) or "</s>" (odd index), and an empty slot as ``ROLE:``; so the second turn reads

    {system} USER: <image>\\n{q1} ASSISTANT:ASSISTANT: {a1} USER: {q2}</s>ASSISTANT:

instead of the trained ``... ASSISTANT: {a1}</s>USER: {q2} ASSISTANT:``. The paper's Arena figure was made
with it; ``bench-ecg run --arena-quirk`` reproduces it (docs/ecgbench.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# tokenize(text, add_bos, dummy_prefix) -> ids, as the engine's language model provides it
Tokenizer = Callable[[str, bool, bool], list[int]]


def arena_quirk_text(history: Sequence[tuple[str, str]], question: str, user: str = "USER",
                     assistant: str = "ASSISTANT", sep: str = " ", sep2: str = "</s>") -> str:
    """The text after ``<image>`` for ``question`` asked after the (question, answer) pairs of ``history``."""
    if not history:
        raise ValueError("the quirk only concerns turns after the first")
    messages: list[tuple[str, str | None]] = []
    for i, (asked, answered) in enumerate(history):
        messages += [(user, ("\n" if i == 0 else "") + asked), (assistant, None), (assistant, answered)]
    messages += [(user, question), (assistant, None)]
    text = ""
    for index, (role, message) in enumerate(messages):
        if message is None:
            text += f"{role}:"
            continue
        # the first message's "USER: " and "<image>" come before this text
        text += message if index == 0 else f"{role}: {message}"
        text += sep if index % 2 == 0 else sep2
    return text


def quirk_text_ids(text: str, tokenize: Tokenizer, eos_id: int, sep2: str = "</s>",
                   legacy: bool = True) -> list[int]:
    """Token ids of a text after the image, by the engine's rule (pulse_desktop.core.engine.prompt):
    ``sep2`` is the EOS id; each piece is tokenized without BOS, the first with SentencePiece's dummy-prefix
    space and the later ones with it only for a legacy tokenizer. The tests check that this gives the
    engine's own ids on the trained format."""
    ids: list[int] = []
    for i, chunk in enumerate(text.split(sep2)):
        if i:
            ids.append(eos_id)
        if chunk:
            ids += tokenize(chunk, False, i == 0 or legacy)
    return ids
