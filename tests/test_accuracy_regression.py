"""Accuracy must not regress: end-to-end F1 on a fixed sample of PolNeAR train.

The sample is every 14th article of ``../shared/polnear/train`` (60 articles, the same sample
the before-stop hook scores). Skipped when ``../shared`` is absent. When a change raises the
score, raise ``REACHED`` with it; a drop of more than 0.01 below it fails. The sample is read
with ``--indirect`` (its direct quotes are the same as without it), so reported speech is held to
``REACHED_INDIRECT`` too.
"""
import importlib.util
import os
import sys

import pytest

from conftest import POLNEAR_TRAIN, SCORER

REACHED = {"e2e_f1": 0.9467, "quote_f1": 0.978, "speaker_accuracy": 0.9578, "name_accuracy": 0.9545, "name_e2e_f1": 0.9433}
# Reported speech (the scorer's --indirect) on the same sample.
REACHED_INDIRECT = {"indirect_f1": 0.6234, "indirect_precision": 0.904, "e2e_f1": 0.5993, "name_e2e_f1": 0.5817}
TOLERANCE = 0.01

pytestmark = pytest.mark.skipif(not (os.path.isdir(POLNEAR_TRAIN) and os.path.exists(SCORER)),
                                reason="../shared/polnear/train or the scorer is absent")

HERE = os.path.dirname(os.path.abspath(__file__))


def _accuracy_module():
    path = os.path.join(HERE, "..", "benchmarks", "accuracy.py")
    spec = importlib.util.spec_from_file_location("quotex_accuracy_benchmark", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scores(tmp_path_factory, nlp):
    acc = _accuracy_module()
    qe = acc.load_scorer(SCORER)
    names = acc.select(POLNEAR_TRAIN, None, 14)
    assert len(names) == 60
    split = acc.subset_split(POLNEAR_TRAIN, names)
    pred = str(tmp_path_factory.mktemp("acc") / "pred.jsonl")
    acc.predict(POLNEAR_TRAIN, names, pred, indirect=True)
    res, _ = qe.score(split, pred)
    ind, _ = qe.score_indirect(split, pred)
    sys.stderr.write(f"accuracy on the fixed sample: {res}; reported speech: {ind}\n")
    return res, ind


@pytest.mark.parametrize("metric", sorted(REACHED))
def test_no_regression(scores, metric):
    res, _ = scores
    assert res[metric] >= REACHED[metric] - TOLERANCE, (metric, res[metric], REACHED[metric])


@pytest.mark.parametrize("metric", sorted(REACHED_INDIRECT))
def test_no_regression_of_reported_speech(scores, metric):
    _, ind = scores
    assert ind[metric] >= REACHED_INDIRECT[metric] - TOLERANCE, (metric, ind[metric], REACHED_INDIRECT[metric])
