"""Shared helpers for the style-set tests (tests/test_blind*_styles.py): sets of articles we wrote,
each NAME.txt with NAME.gold.jsonl, scored by benchmarks/styles_eval.py."""
import importlib.util
import json
from pathlib import Path

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
