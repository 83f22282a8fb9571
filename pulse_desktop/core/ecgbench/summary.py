"""A subset's score as a text table beside the paper's PULSE-7B figures, and as JSON."""

from __future__ import annotations

import math
from typing import Any

from pulse_desktop.core.ecgbench.scoring import SubsetScore
from pulse_desktop.core.ecgbench.subsets import get_subset

METRIC_NAMES = {"auc": "AUC", "f1": "F1 (macro)", "hamming_loss": "Hamming loss", "accuracy": "Accuracy",
                "score": "Judge score"}
LOWER_IS_BETTER = frozenset({"hamming_loss"})


def _fmt(value: float | None) -> str:
    return "n/a" if value is None or math.isnan(value) else f"{value:.1f}"


def _json_number(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 4)


def score_to_json(score: SubsetScore) -> dict[str, Any]:
    """``{subset: {f1, auc, hamming_loss | accuracy | score, ..., paper, answered, questions, ...}}`` (0-100;
    null where a figure is undefined)."""
    subset = get_subset(score.subset)
    body: dict[str, Any] = {key: _json_number(value) for key, value in score.metrics.items()}
    body.update({
        "paper": dict(subset.paper),
        "answered": score.answered,
        "questions": score.questions,
        "complete": score.complete,
        "per_class": [{"label": c.label, "f1": _json_number(c.f1), "auc": _json_number(c.auc),
                       "support": c.support} for c in score.per_class],
        "guessed_letters": score.guessed,
        "unknown_ids": list(score.unknown_ids),
        "notes": list(score.notes),
    })
    return {score.subset: body}


def score_to_text(score: SubsetScore) -> str:
    subset = get_subset(score.subset)
    lines = [f"ECGBench {subset.name} ({subset.title}): {score.answered} of {score.questions} questions scored"
             + ("" if score.complete else " (partial: not comparable with the paper's full subset)")]
    lines.append(f"  {'metric':<16}{'this bundle':>12}{'PULSE-7B (paper)':>19}")
    for key, value in score.metrics.items():
        name = METRIC_NAMES.get(key, key.replace("_", " ").capitalize())
        paper = subset.paper.get(key)
        tail = "   (lower is better)" if key in LOWER_IS_BETTER else ""
        lines.append(f"  {name:<16}{_fmt(value):>12}{_fmt(paper):>19}{tail}")
    if score.per_class:
        figures = "  ".join(f"{c.label} {_fmt(c.f1)}" for c in score.per_class)
        lines.append(f"  per-class F1: {figures}")
    if score.guessed:
        lines.append(f"  {score.guessed} answer(s) named no option letter: scored with the seeded random letter")
    if score.unknown_ids:
        shown = ", ".join(score.unknown_ids[:5]) + (" ..." if len(score.unknown_ids) > 5 else "")
        lines.append(f"  {len(score.unknown_ids)} answer(s) to ids not in the question file were left out: {shown}")
    lines.extend(f"  note: {n}" for n in score.notes)
    return "\n".join(lines)
