"""The seed article: the expectations everything started from (skipped without ../shared)."""
import os

import pytest

from conftest import SEED
from quotex.text.windows import extract_text

pytestmark = pytest.mark.skipif(not os.path.exists(SEED), reason="../shared/seed is absent")


@pytest.fixture(scope="module")
def quotes(nlp):
    with open(SEED, "rb") as fh:
        text = fh.read().decode("utf-8")
    return text, list(extract_text(text, nlp))


def test_offsets_slice_exactly(quotes):
    text, qs = quotes
    for q in qs:
        assert text[q.start:q.end] == q.text
        if q.speaker:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
        if q.cue:
            assert text[q.cue.start:q.cue.end] == q.cue.text


def test_peskov_quotes(quotes):
    _, qs = quotes
    told = next(q for q in qs if q.text.startswith("Kim Jong Un invited Putin"))
    assert told.speaker.name == "Dmitry Peskov"
    assert told.speaker.text == "Kremlin spokesman Dmitry Peskov"
    assert told.speaker.title == "Kremlin spokesman"
    assert told.speaker.kind == "person"
    assert told.cue.text == "told"
    assert told.type == "direct"
    said = next(q for q in qs if q.text.startswith("These high-level contacts"))
    assert said.speaker.name == "Dmitry Peskov"
    assert said.speaker.text == "Peskov"
    assert said.cue.text == "said"
    space = next(q for q in qs if q.text.startswith("that had been in space several times"))
    assert space.speaker.name == "Dmitry Peskov"
    assert space.type == "partial"


def test_gratefully_accepted_is_the_kremlins_every_time(quotes):
    _, qs = quotes
    accepted = [q for q in qs if q.text == "gratefully accepted"]
    assert len(accepted) == 3  # headline, lead, body
    for q in accepted:
        assert q.speaker.name == "Kremlin"
        assert q.speaker.kind == "organization"
        assert q.type == "partial"
    assert accepted[0].method == "headline"
    assert accepted[0].speaker.text == "Kremlin"


def test_nothing_else(quotes):
    _, qs = quotes
    assert len(qs) == 6
