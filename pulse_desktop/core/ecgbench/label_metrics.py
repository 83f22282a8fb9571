"""Multi-label metrics as the reference computes them (with scikit-learn there; plain Python here).

* The classes are the labels that occur in the **gold** answers, sorted; a predicted label no gold answer has
  is ignored (scikit-learn's MultiLabelBinarizer fitted on the gold labels drops it with a warning).
* F1 per class, then the plain mean over classes (macro F1). Every class occurs in the gold answers, so
  F1 = 2TP / (2TP + FP + FN) is always defined.
* "AUC" per class is the ROC AUC of the 0/1 prediction against the 0/1 truth, which is
  (sensitivity + specificity) / 2. It is undefined for a class that every gold answer has (no negatives):
  NaN, and the mean over classes is then NaN too, as ``np.mean`` makes it in the reference.
* Hamming loss: the fraction of wrong (sample, class) cells.
* With a single class (a small sample), scikit-learn sees a binary problem instead of a multi-label one and
  its per-class F1 then covers the negative label too: macro F1 is the mean of the F1 of "has it" and of
  "has it not" (the latter only when some answer or gold answer lacks it). Kept, to score like the reference.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ClassCounts:
    label: str
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    @property
    def auc(self) -> float:
        positives, negatives = self.tp + self.fn, self.tn + self.fp
        if positives == 0 or negatives == 0:
            return math.nan
        return (self.tp / positives + self.tn / negatives) / 2


@dataclass(frozen=True)
class LabelMetrics:
    classes: tuple[ClassCounts, ...]
    hamming_loss: float  # 0..1
    samples: int

    @property
    def macro_f1(self) -> float:
        if len(self.classes) == 1:  # scored as a binary problem by scikit-learn: see the module's notes
            c = self.classes[0]
            if c.tn + c.fp + c.fn == 0:
                return c.f1
            return (c.f1 + 2 * c.tn / (2 * c.tn + c.fn + c.fp)) / 2
        return sum(c.f1 for c in self.classes) / len(self.classes) if self.classes else math.nan

    @property
    def macro_auc(self) -> float:
        """NaN when any class's AUC is undefined, as the reference's ``np.mean`` gives."""
        return sum(c.auc for c in self.classes) / len(self.classes) if self.classes else math.nan


def multi_label_metrics(predicted: Sequence[Sequence[str]], gold: Sequence[Sequence[str]]) -> LabelMetrics:
    """Metrics of ``predicted`` label lists against ``gold`` label lists (same length, same order)."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold must have the same length")
    labels = sorted({label for labels in gold for label in labels})
    pred_sets = [set(p) for p in predicted]
    gold_sets = [set(g) for g in gold]
    counts = []
    wrong = 0
    for label in labels:
        tp = fp = fn = tn = 0
        for p, g in zip(pred_sets, gold_sets, strict=True):
            in_p, in_g = label in p, label in g
            if in_p and in_g:
                tp += 1
            elif in_p:
                fp += 1
            elif in_g:
                fn += 1
            else:
                tn += 1
        wrong += fp + fn
        counts.append(ClassCounts(label, tp, fp, fn, tn))
    cells = len(gold) * len(labels)
    return LabelMetrics(tuple(counts), wrong / cells if cells else math.nan, len(gold))
