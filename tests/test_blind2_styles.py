"""The second blind set: 20 articles written (session 13, helper h13c) before quotex was run on them,
in the habits of Canadian newsrooms (CBC North and Manitoba, CTV, Global News, the Globe and Mail,
the Toronto Star, the National Post, The Canadian Press, HuffPost Canada, the Montreal Gazette, the
Vancouver Sun, the Calgary Herald, the Ottawa Citizen, the Winnipeg Free Press, the Chronicle Herald,
APTN), each with a gold speaker name for every quotation (tests/data/blind2/NAME.gold.jsonl, built
from src/NAME.src; see benchmarks/styles_eval.py for the format and the scoring).

First run, at 50e25f9, before any fix: quote recall 0.9964, precision 1.0, name accuracy 0.8556
(231/270); 0.8667 (234/270) once two mistakes of the writer were corrected (see the set's README).
After the fixes of h13c (organisations are never he/she, surnames tagged as places, age and parent
descriptions, organisation descriptions, "the judge", "-elect", headline echo) and the merge of main
at 1a16339: name accuracy 0.9704 (262/270). The floors below are the figures reached minus 0.02, so
a change that loses names on these newsrooms' styles fails here. The errors left are listed by
`python benchmarks/styles_eval.py tests/data/blind2` and in tests/data/blind2/README.md.
"""
from pathlib import Path

import pytest
from style_sets import check_gold_offsets, predict, styles_eval

DATA = Path(__file__).parent / "data" / "blind2"
NAME_ACCURACY_FLOOR = 0.9704 - 0.02  # reached on h13c at e8c86b3, main 1a16339 merged (262/270)
QUOTE_RECALL_FLOOR = 0.9964 - 0.02  # 279/280 since the first run


@pytest.fixture(scope="module")
def predictions(nlp):
    return predict(nlp, DATA)


def test_gold_offsets_index_the_articles():
    assert check_gold_offsets(DATA) == 20


def test_the_articles_are_the_sources_without_their_markers():
    # src/NAME.src is the article with the gold speaker after each quotation (⟦Name⟧): the text
    # the gold indexes is the source with the markers taken out, nothing else changed.
    import re

    for src in sorted((DATA / "src").glob("*.src")):
        text = (DATA / f"{src.stem}.txt").read_text(encoding="utf-8")
        assert re.sub(r"⟦[^⟧]*⟧", "", src.read_text(encoding="utf-8")) == text


def test_blind2_set_names(predictions):
    res = styles_eval().score(str(DATA), predictions)
    assert res["gold_quotes"] == 280
    assert res["quote_recall"] >= QUOTE_RECALL_FLOOR
    assert res["quote_precision"] >= 0.98
    assert res["name_accuracy"] >= NAME_ACCURACY_FLOOR, res["name_errors"]
