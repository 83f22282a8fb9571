"""What an answer says, read with the reference's rules (which are literal, and sometimes surprising).

All matching is case-sensitive substring matching, exactly as the reference does it; the surprises are kept
on purpose so that scores stay comparable with the paper's (docs/ecgbench.md lists them):

* a PTB-XL or CPSC answer "ABNORMAL ..." counts as predicting NORM, because "NORM" is inside "ABNORMAL";
* an option letter is taken from the first of "A." .. "H." found anywhere, in letter order, so "... on the
  ECG." reads as option G when no earlier letter-dot is present;
* after "Answer:", the first of A..H (in letter order, not text order) found anywhere in the rest is taken.
"""

from __future__ import annotations

from collections.abc import Sequence

LETTERS = ("A", "B", "C", "D", "E", "F", "G", "H")
CORRECT_OPTION = "The correct option is "
ANSWER_MARK = "Answer:"
ECGQA_INSTRUCTION = "Only answer based on the given Options without any explanation."


def labels_in(text: str, labels: Sequence[str]) -> list[str]:
    """The labels of ``labels`` (in that order) that occur in ``text`` as case-sensitive substrings."""
    return [label for label in labels if label in text]


def code15_gold_labels(gold: str, labels: Sequence[str]) -> list[str]:
    """CODE-15% gold: exactly "NORM" or "ABNORMAL" is that one class; anything else its labels."""
    if gold in ("NORM", "ABNORMAL"):
        return [gold]
    return labels_in(gold, labels)


def code15_predicted_labels(text: str, labels: Sequence[str]) -> list[str]:
    """CODE-15% answer: the part after the last "Answer:" if any; NORM unless ABNORMAL is named; then labels."""
    if ANSWER_MARK in text:
        text = text.split(ANSWER_MARK)[-1]
    found = labels_in(text, labels)
    if "NORM" in text and "ABNORMAL" not in text:
        return ["NORM", *found]
    if "ABNORMAL" in text:
        return ["ABNORMAL", *found]
    return found


def option_letter(text: str) -> str | None:
    """The option letter an answer gives by the reference's rules, or None (then a seeded guess is used).

    In order: the whole answer is one letter; the first of "A." .. "H." in the answer; the character right
    after the last "The correct option is " (None if it is not a letter; the reference then does not look
    for "Answer:"); the first of A..H contained in what follows the last "Answer:".
    """
    if text in LETTERS:
        return text
    for letter in LETTERS:
        if letter + "." in text:
            return letter
    if CORRECT_OPTION in text:
        tail = text.split(CORRECT_OPTION)[-1]
        # the reference indexes tail[0] and would crash on an answer that ends with the phrase
        return tail[0] if tail and tail[0] in LETTERS else None
    if ANSWER_MARK in text:
        rest = text.split(ANSWER_MARK)[-1].strip()
        for letter in LETTERS:
            if letter in rest:
                return letter
    return None


def ecgqa_candidates(prompt: str) -> list[str]:
    """The options an ECG-QA question offers: its text after the last "Options:", instruction removed,
    split on commas and stripped (the reference's way: without "Options:" the whole prompt is split)."""
    tail = prompt.split("Options:")[-1].replace(ECGQA_INSTRUCTION, "")
    return [c.strip() for c in tail.split(",")]


def ecgqa_predicted(prompt: str, text: str) -> list[str]:
    """The options found in the lower-cased answer. The options themselves are not lower-cased, so an option
    written with a capital (such as "None") can never be found: the reference's behaviour, kept."""
    lowered = text.lower()
    return [c for c in ecgqa_candidates(prompt) if c in lowered]
