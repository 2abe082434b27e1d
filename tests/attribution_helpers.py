"""Shared helpers for the attribution test modules (tests/test_rules_*.py, test_mentions.py, test_attribution_e2e.py)."""
from quotex.attribution.attribute import DocState
from quotex.text.windows import extract_text


def attribution(nlp, text, all_quotes=True):
    return {q.text: q for q in extract_text(text, nlp, state=DocState(all_quotes=all_quotes))}


def speaker_name(nlp, text, quote):
    """The canonical name of ``quote``'s speaker in ``text``, or None when it has none."""
    q = attribution(nlp, text)[quote]
    return q.speaker.name if q.speaker is not None else None


def extracted_speaker(nlp, text, quote, required=True):
    """The speaker of ``quote`` as :func:`quotex.extract` gives it (whole pipeline, both stages),
    its offsets checked against ``text``; None when it has none, unless ``required``."""
    import quotex

    quotes = {q.text: q for q in quotex.extract(text, nlp=nlp)}
    assert quote in quotes, f"quote {quote!r} not found in {list(quotes)}"
    sp = quotes[quote].speaker
    if sp is None:
        assert not required, f"no speaker for {quote!r}"
        return None
    assert text[sp.start:sp.end] == sp.text
    return sp


def extracted_speaker_name(nlp, text, quote):
    """The name :func:`extracted_speaker` gives, or None when the quote has no speaker."""
    sp = extracted_speaker(nlp, text, quote, required=False)
    return sp.name if sp is not None else None
