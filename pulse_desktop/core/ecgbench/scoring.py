"""Scoring one offline subset (multi-label, option letter, ECG-QA option set) the reference's way.

Answers are taken in the order of the answer file, as the reference reads them: that order decides which
draw of the seeded random generator each letter-less answer gets. Unlike the reference, answers to ids the
question file does not have are counted and left out instead of stopping the scoring, a second answer to
the same id is ignored, and a partial run is scored (the coverage is reported beside the figures) where the
reference silently skips a multiple-choice file that is not complete.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pulse_desktop.core.ecgbench import extraction
from pulse_desktop.core.ecgbench.answers import AnswerFile, answer_text_of
from pulse_desktop.core.ecgbench.label_metrics import LabelMetrics, multi_label_metrics
from pulse_desktop.core.ecgbench.questions import BenchQuestion
from pulse_desktop.core.ecgbench.subsets import MULTI_LABEL, OPTION_LETTER, OPTION_SET, Subset

FALLBACK_SEED = 42  # the reference seeds Python's random module with 42 before scoring


@dataclass(frozen=True)
class ItemVerdict:
    question_id: str
    predicted: Any  # list of labels, a letter or a list of options
    gold: Any
    correct: bool | None = None  # None for multi-label items (no single verdict)
    guessed: bool = False  # the letter is the seeded random fallback


@dataclass(frozen=True)
class ClassFigures:
    label: str
    f1: float  # 0-100
    auc: float  # 0-100, NaN where undefined
    support: int  # gold answers with this label


@dataclass(frozen=True)
class SubsetScore:
    subset: str
    metrics: dict[str, float]  # 0-100, keys f1/auc/hamming_loss or accuracy (or score for judged subsets)
    answered: int  # answers scored
    questions: int  # questions in the question file
    per_class: tuple[ClassFigures, ...] = ()
    items: tuple[ItemVerdict, ...] = ()
    unknown_ids: tuple[str, ...] = ()  # answers whose id the question file does not have
    guessed: int = 0  # letter-less answers given the seeded random letter
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        return self.answered == self.questions


def score_subset(subset: Subset, questions: Sequence[BenchQuestion], answers: AnswerFile,
                 seed: int = FALLBACK_SEED) -> SubsetScore:
    """The reference's figures for one offline subset, on a 0-100 scale."""
    if subset.needs_judge:
        raise ValueError(f"{subset.name} is scored by an LLM judge, not offline")
    by_key = {q.id: q for q in questions}
    if subset.gold_key == "No":  # mmmu-ecg: the reference looks answers up by the item's "No"
        by_key.update({q.number: q for q in questions if q.number})
    pairs: list[tuple[BenchQuestion, dict[str, Any]]] = []
    unknown: list[str] = []
    for record in answers.records:
        question = by_key.get(record["question_id"])
        if question is None:
            unknown.append(record["question_id"])
        else:
            pairs.append((question, record))
    notes = _file_notes(answers)
    if subset.kind == MULTI_LABEL:
        return _score_multi_label(subset, pairs, len(questions), tuple(unknown), notes)
    if subset.kind == OPTION_LETTER:
        return _score_letters(subset, pairs, len(questions), tuple(unknown), notes, seed)
    if subset.kind == OPTION_SET:
        return _score_option_sets(subset, pairs, len(questions), tuple(unknown), notes)
    raise ValueError(f"no offline scorer for subset kind {subset.kind!r}")


def _file_notes(answers: AnswerFile) -> tuple[str, ...]:
    notes = []
    if answers.truncated_tail:
        notes.append("the answer file's last line was cut short (an interrupted run) and is not scored")
    if answers.bad_lines:
        notes.append(f"{len(answers.bad_lines)} unreadable line(s) skipped: {list(answers.bad_lines)[:10]}")
    if answers.duplicates:
        notes.append(f"{len(answers.duplicates)} id(s) answered twice; the first answer is scored")
    return tuple(notes)


def _gold_text(question: BenchQuestion) -> str:
    return question.gold if isinstance(question.gold, str) else "\n".join(question.gold)


def _score_multi_label(subset: Subset, pairs: list[tuple[BenchQuestion, dict[str, Any]]], total: int,
                       unknown: tuple[str, ...], notes: tuple[str, ...]) -> SubsetScore:
    predicted, gold, items = [], [], []
    for question, record in pairs:
        text = answer_text_of(record)
        if subset.name == "code15-test":
            g = extraction.code15_gold_labels(_gold_text(question), subset.labels)
            p = extraction.code15_predicted_labels(text, subset.labels)
        else:
            g = extraction.labels_in(_gold_text(question), subset.labels)
            p = extraction.labels_in(text, subset.labels)
        predicted.append(p)
        gold.append(g)
        items.append(ItemVerdict(question.id, p, g))
    m: LabelMetrics = multi_label_metrics(predicted, gold)
    per_class = tuple(ClassFigures(c.label, 100 * c.f1, 100 * c.auc, c.tp + c.fn) for c in m.classes)
    metrics = {"f1": 100 * m.macro_f1, "auc": 100 * m.macro_auc, "hamming_loss": 100 * m.hamming_loss}
    undefined = [c.label for c in m.classes if math.isnan(c.auc)]
    if undefined:
        notes = (*notes, f"AUC undefined for {', '.join(undefined)} (every gold answer has it), so the mean "
                         "AUC is undefined too, as in the reference")
    return SubsetScore(subset.name, metrics, len(pairs), total, per_class, tuple(items), unknown, 0, notes)


def _score_letters(subset: Subset, pairs: list[tuple[BenchQuestion, dict[str, Any]]], total: int,
                   unknown: tuple[str, ...], notes: tuple[str, ...], seed: int) -> SubsetScore:
    rng = random.Random(seed)
    items, guessed = [], 0
    for question, record in pairs:
        letter = extraction.option_letter(answer_text_of(record))
        guess = letter is None
        if guess:
            letter = rng.choice(subset.letters)
            guessed += 1
        gold_text = _gold_text(question)
        gold = gold_text[:1] if subset.gold_first_char else gold_text
        items.append(ItemVerdict(question.id, letter, gold, letter == gold, guess))
    accuracy = 100 * sum(bool(i.correct) for i in items) / len(items) if items else math.nan
    return SubsetScore(subset.name, {"accuracy": accuracy}, len(pairs), total, _per_letter(items), tuple(items),
                       unknown, guessed, notes)


def _per_letter(items: list[ItemVerdict]) -> tuple[ClassFigures, ...]:
    """F1 of each gold letter taken as a class (one letter against the rest); not a figure of the paper's,
    only to show which options a bundle misses. AUC is not given for letters."""
    m = multi_label_metrics([[i.predicted] for i in items], [[i.gold] for i in items])
    return tuple(ClassFigures(c.label, 100 * c.f1, math.nan, c.tp + c.fn) for c in m.classes)


def _score_option_sets(subset: Subset, pairs: list[tuple[BenchQuestion, dict[str, Any]]], total: int,
                       unknown: tuple[str, ...], notes: tuple[str, ...]) -> SubsetScore:
    items = []
    for question, record in pairs:
        prompt = record.get("prompt", question.question)
        if isinstance(prompt, dict):
            prompt = prompt.get("prompt", question.question)
        predicted = extraction.ecgqa_predicted(str(prompt), answer_text_of(record))
        gold = set(question.gold) if isinstance(question.gold, tuple) else {question.gold}
        items.append(ItemVerdict(question.id, predicted, sorted(gold), set(predicted) == gold))
    accuracy = 100 * sum(bool(i.correct) for i in items) / len(items) if items else math.nan
    return SubsetScore(subset.name, {"accuracy": accuracy}, len(pairs), total, (), tuple(items), unknown, 0, notes)
