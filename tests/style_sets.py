"""Shared helpers for the style-set tests (tests/test_blind*_styles.py): sets of articles we wrote,
each NAME.txt with NAME.gold.jsonl, scored by benchmarks/styles_eval.py."""
import importlib.util
import json
from pathlib import Path

import pytest

import quotex

ROOT = Path(__file__).parent.parent


def styles_eval():
    """benchmarks/styles_eval.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("styles_eval", ROOT / "benchmarks" / "styles_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(nlp, data: Path) -> dict:
    """quotex's records for each article of ``data``, by name; every printed offset checked."""
    pred = {}
    for gold in sorted(data.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        text = (data / f"{name}.txt").read_text(encoding="utf-8")
        quotes = quotex.extract(text, nlp=nlp)
        for q in quotes:
            assert text[q.start:q.end] == q.text
            if q.speaker is not None:
                assert text[q.speaker.start:q.speaker.end] == q.speaker.text
        pred[name] = [q.to_dict() for q in quotes]
    return pred


def check_gold_offsets(data: Path) -> int:
    """Assert every gold record's offsets index its article; the number of gold files."""
    golds = sorted(data.glob("*.gold.jsonl"))
    for gold in golds:
        text = (data / gold.name.replace(".gold.jsonl", ".txt")).read_text(encoding="utf-8")
        for line in gold.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            assert text[rec["start"]:rec["end"]] == rec["text"]
    return len(golds)


DATA = Path(__file__).parent / "data"


def floor_tests(sets: dict):
    """The fixture and the test every style-set file runs on its sets, each scored once per module:
    ``sets`` maps a set's folder under tests/data to (gold quotes, quote recall floor, name
    accuracy floor). In the file: ``scored, test_set_names = floor_tests(SETS)``."""

    @pytest.fixture(scope="module", params=sorted(sets))
    def scored(request, nlp):
        data = DATA / request.param
        check_gold_offsets(data)
        return request.param, styles_eval().score(str(data), predict(nlp, data))

    def test_set_names(scored):
        name, res = scored
        gold, recall, accuracy = sets[name]
        assert res["gold_quotes"] == gold
        assert res["quote_recall"] >= recall
        assert res["quote_precision"] >= 0.98
        assert res["name_accuracy"] >= accuracy, res["name_errors"]

    return scored, test_set_names
