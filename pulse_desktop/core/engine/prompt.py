"""The llava_v1 conversation as the reference builds and tokenizes it (spec section 4).

    {system} USER: <image>\\n{q1} ASSISTANT: {a1}</s>USER: {q2} ASSISTANT:

The prompt is split on the image: the text before it is tokenized with BOS, the text after it without, each
with SentencePiece's dummy-prefix space. In the text after the image, ``</s>`` (sep2) is the EOS id; the text
right after it gets the dummy prefix only with a legacy tokenizer (manifest ``prompt.tokenizer_legacy``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pulse_desktop.core.bundle.manifest import PromptInfo

# tokenize(text, add_bos, dummy_prefix) -> ids, without special-token parsing
Tokenizer = Callable[[str, bool, bool], list[int]]


@dataclass(frozen=True)
class Turn:
    question: str
    answer: str | None = None  # None: the turn the model answers now


def text_before_image(prompt: PromptInfo) -> str:
    return f"{prompt.system}{prompt.sep}{prompt.roles[0]}: "


def text_after_image(prompt: PromptInfo, turns: Sequence[Turn]) -> str:
    """Everything after ``<image>``: "\\n{q1} ASSISTANT: {a1}</s>USER: {q2} ASSISTANT:"."""
    if not turns:
        raise ValueError("a conversation needs at least one question")
    user, assistant = prompt.roles
    out = ""
    for i, turn in enumerate(turns):
        if i == 0:
            out += "\n" + turn.question
        else:
            out += f"{user}: {turn.question}"
        if turn.answer is None:
            if i != len(turns) - 1:
                raise ValueError("only the last turn may be unanswered")
            out += f"{prompt.sep}{assistant}:"
        else:
            out += f"{prompt.sep}{assistant}: {turn.answer}{prompt.sep2}"
    return out


def tokens_before_image(prompt: PromptInfo, tokenize: Tokenizer) -> list[int]:
    return tokenize(text_before_image(prompt), True, True)


def tokens_after_image(prompt: PromptInfo, turns: Sequence[Turn], tokenize: Tokenizer, eos_id: int) -> list[int]:
    chunks = text_after_image(prompt, turns).split(prompt.sep2)
    ids: list[int] = []
    for i, chunk in enumerate(chunks):
        if i:
            ids.append(eos_id)
        if chunk:
            ids += tokenize(chunk, False, i == 0 or prompt.tokenizer_legacy)
    return ids
