"""The plain-Python multi-label metrics against scikit-learn, which the reference scorer uses."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pulse_desktop.core.ecgbench.label_metrics import multi_label_metrics

sklearn_metrics = pytest.importorskip("sklearn.metrics")
preprocessing = pytest.importorskip("sklearn.preprocessing")

LABELS = ("NORM", "MI", "STTC", "CD", "HYP", "ABNORMAL")
label_sets = st.lists(st.sampled_from(LABELS), max_size=4, unique=True)


def _reference(predicted, gold):
    """What the reference's compute_f1_auc computes (its missing '#' put back)."""
    mlb = preprocessing.MultiLabelBinarizer()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown predicted classes, undefined AUC
        y_true = mlb.fit_transform(gold)
        y_pred = mlb.transform(predicted)
        hl = sklearn_metrics.hamming_loss(y_true, y_pred)
        f1 = sklearn_metrics.f1_score(y_true, y_pred, average=None)
        aucs = []
        for i in range(y_true.shape[1]):
            try:
                aucs.append(sklearn_metrics.roc_auc_score(y_true[:, i], y_pred[:, i]))
            except ValueError:
                aucs.append(np.nan)
    return list(mlb.classes_), float(np.mean(f1)), float(np.mean(aucs)), float(hl), [float(a) for a in aucs]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(label_sets, label_sets), min_size=1, max_size=25).filter(lambda p: any(g for _, g in p)))
def test_same_figures_as_scikit_learn(pairs):
    predicted = [p for p, _ in pairs]
    gold = [g for _, g in pairs]
    classes, f1, auc, hl, aucs = _reference(predicted, gold)
    m = multi_label_metrics(predicted, gold)
    assert [c.label for c in m.classes] == classes
    assert m.macro_f1 == pytest.approx(f1, abs=1e-12)
    assert m.hamming_loss == pytest.approx(hl, abs=1e-12)
    for mine, theirs in zip([c.auc for c in m.classes], aucs, strict=True):
        assert (math.isnan(mine) and math.isnan(theirs)) or mine == pytest.approx(theirs, abs=1e-12)
    assert (math.isnan(m.macro_auc) and math.isnan(auc)) or m.macro_auc == pytest.approx(auc, abs=1e-12)


def test_a_single_class_is_scored_as_scikit_learn_scores_a_binary_problem():
    # gold NORM twice, predicted once: F1(has NORM) = 2/3; F1(lacks NORM) = 0 (one false "lacks"): mean 1/3
    m = multi_label_metrics([[], ["NORM"]], [["NORM"], ["NORM"]])
    assert m.macro_f1 == pytest.approx(1 / 3)
    # when no answer and no gold answer lacks it, only the positive label exists
    assert multi_label_metrics([["NORM"]], [["NORM"]]).macro_f1 == 1.0
