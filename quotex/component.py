"""quotex as a spaCy pipeline component.

After ``pip install quotex``, ``nlp.add_pipe("quotex")`` works without importing quotex (the
factory is registered through the ``spacy_factories`` entry point). Add it after the parser
and NER (``en_core_web_sm`` and friends: anywhere after ``ner``, the default ``last`` is right).

Settings (the component's config; ``nlp.add_pipe("quotex", config={"spans_key": "q"})``):

``spans_key`` (default ``"quotes"``)
    the ``doc.spans`` key of the quote spans; the speaker mentions go to ``spans_key + "_speakers"``.

Results:

* ``doc.spans[spans_key]``: one span per quote, in order (label: ``direct``/``partial``);
  ``doc.spans[spans_key][i]`` covers ``doc._.quotes[i]``;
* ``doc.spans[spans_key + "_speakers"]``: the speaker mention of each attributed quote, in
  quote order (label: the canonical name);
* ``doc._.quotes``: a list of plain dicts, exactly the JSON the CLI prints for each quote
  (``quotex extract --format json``); character offsets index ``doc.text``;
* ``doc._.speakers``: who is quoted in this doc, plain dicts like the rows of
  ``quotex speakers --format json`` (without ``source``).

The extensions hold plain data only (no spaCy objects), so docs serialise with
``doc.to_bytes()`` / ``DocBin(store_user_data=True)`` and ``nlp.pipe(..., n_process=2)`` works.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .attribute import Attributor, DocState
from .entities import DocEntities
from .marks import iter_paragraph_quotes
from .records import Quote
from .resolve import resolve_document
from .summary import SpeakerSummary

for _name in ("quotes", "speakers"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class QuotexComponent:
    """Attribute the quotes of a parsed ``Doc``; a plain class wrapped by :func:`make_quotex`."""

    def __init__(self, nlp: Language, name: str = "quotex", spans_key: str = "quotes",
                 all_quotes: bool = False) -> None:
        self.all_quotes = all_quotes
        self.name = name
        self.spans_key = spans_key

    def __repr__(self) -> str:
        return f"QuotexComponent(name={self.name!r}, spans_key={self.spans_key!r})"

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        paras, ords, quotes = [], [], []
        for n, (a, b, qs, _) in enumerate(iter_paragraph_quotes(text)):
            paras.append((a, b))
            ords.append(n)
            quotes.extend(qs)
        if quotes and not doc.has_annotation("DEP"):
            raise ValueError(f"[quotex] the {self.name!r} component needs a dependency parse: add it after "
                             f"'parser' in a pipeline such as en_core_web_sm "
                             f"(nlp = spacy.load('en_core_web_sm'); nlp.add_pipe('quotex'))")
        found: list[Quote] = []
        if quotes:
            att = Attributor(text, doc, 0, quotes, paras, ords, DocState(all_quotes=self.all_quotes))
            found = att.run()
            # Stage 2, as in quotex.extract: who each speaker mention is (quotex.resolve).
            ents = DocEntities()
            ents.add_window(doc, 0, att.quoted, found)
            found = resolve_document(found, ents)
        qspans, sspans = [], []
        for q in found:
            qspans.append(doc.char_span(q.start, q.end, label=q.type, alignment_mode="expand"))
            if q.speaker is not None:
                sspans.append(doc.char_span(q.speaker.start, q.speaker.end, label=q.speaker.name,
                                            alignment_mode="expand"))
        doc.spans[self.spans_key] = [s for s in qspans if s is not None]
        doc.spans[self.spans_key + "_speakers"] = [s for s in sspans if s is not None]
        doc._.quotes = [q.to_dict() for q in found]
        summary = SpeakerSummary()
        summary.add(None, found)
        doc._.speakers = summary.rows()
        return doc


@Language.factory("quotex", default_config={"spans_key": "quotes", "all_quotes": False},
                  requires=["token.dep", "token.lemma", "doc.ents"],
                  assigns=["doc.spans", "doc._.quotes", "doc._.speakers"])
def make_quotex(nlp: Language, name: str, spans_key: str, all_quotes: bool) -> QuotexComponent:
    """Build the ``quotex`` component (``nlp.add_pipe("quotex", config={"all_quotes": True})``)."""
    return QuotexComponent(nlp, name, spans_key, all_quotes)
