"""quotex as a spaCy pipeline component.

After ``pip install quotex``, ``nlp.add_pipe("quotex")`` works without importing quotex (the
factory is registered through the ``spacy_factories`` entry point). Add it after the parser
and NER. Results:

* ``doc.spans[spans_key]``: one span per quote (label: ``direct``/``partial``);
* ``doc.spans[spans_key + "_speakers"]``: the speaker mentions (label: canonical name);
* ``doc._.quotes``: plain dicts, exactly the JSON the CLI prints, so docs pickle and
  ``nlp.pipe(..., n_process=2)`` works.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .attribute import Attributor, DocState
from .marks import iter_paragraph_quotes

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuotexComponent:
    """Attribute the quotes of a parsed ``Doc``; a plain class wrapped by :func:`make_quotex`."""

    def __init__(self, nlp: Language, name: str = "quotex", spans_key: str = "quotes") -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        paras, ords, quotes = [], [], []
        for n, (a, b, qs, _) in enumerate(iter_paragraph_quotes(text)):
            paras.append((a, b))
            ords.append(n)
            quotes.extend(qs)
        found = Attributor(text, doc, 0, quotes, paras, ords, DocState()).run() if quotes else []
        qspans, sspans = [], []
        for q in found:
            span = doc.char_span(q.start, q.end, label=q.type, alignment_mode="expand")
            if span is not None:
                qspans.append(span)
            if q.speaker is not None:
                sp = doc.char_span(q.speaker.start, q.speaker.end, label=q.speaker.name, alignment_mode="expand")
                if sp is not None:
                    sspans.append(sp)
        doc.spans[self.spans_key] = qspans
        doc.spans[self.spans_key + "_speakers"] = sspans
        doc._.quotes = [q.to_dict() for q in found]
        return doc


@Language.factory("quotex", default_config={"spans_key": "quotes"},
                  requires=["token.dep", "token.lemma", "doc.ents"],
                  assigns=["doc.spans", "doc._.quotes"])
def make_quotex(nlp: Language, name: str, spans_key: str) -> QuotexComponent:
    return QuotexComponent(nlp, name, spans_key)
