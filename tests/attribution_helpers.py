"""Shared helpers for the attribution test modules (tests/test_rules_*.py, test_mentions.py, test_attribution_e2e.py)."""
from quotex.attribution.attribute import DocState
from quotex.text.windows import extract_text


def attribution(nlp, text, all_quotes=True):
    return {q.text: q for q in extract_text(text, nlp, state=DocState(all_quotes=all_quotes))}


def speaker_name(nlp, text, quote):
    """The canonical name of ``quote``'s speaker in ``text``, or None when it has none."""
    q = attribution(nlp, text)[quote]
    return q.speaker.name if q.speaker is not None else None
