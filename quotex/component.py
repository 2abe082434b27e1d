"""quotex as a spaCy pipeline component.

After ``pip install quotex``, ``nlp.add_pipe("quotex")`` works without importing quotex (the
factory is registered through the ``spacy_factories`` entry point). Add it after the parser
and NER (``en_core_web_sm`` and friends: anywhere after ``ner``, the default ``last`` is right).

Settings (the component's config; ``nlp.add_pipe("quotex", config={"spans_key": "q"})``):

``spans_key`` (default ``"quotes"``)
    the ``doc.spans`` key of the quote spans; the speaker mentions go to ``spans_key + "_speakers"``.
``all_quotes`` (default ``false``)
    keep scare quotes too, as ``quotex extract --all-quotes``.

The Doc goes through the same per-document pipeline as ``quotex extract`` (windows, document
state, options: :mod:`quotex.document`), with each window's parse taken from the Doc. On
quotex's own pipeline (``nlp = quotex.nlp.model.load_pipeline(); nlp.add_pipe("quotex")``) the quotes
and speakers are those of ``quotex extract`` (``tests/test_pipeline.py`` checks it on news
articles); on a plain ``spacy.load`` pipeline the parse may differ a little, and so may a speaker.

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

from .document import Options, cut, result_of
from .text.windows import Window, make_doc
from .io.inputs import Document
from .report.summary import SpeakerSummary

for _name in ("quotes", "speakers"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class QuotexComponent:
    """Attribute the quotes of a parsed ``Doc``; a plain class wrapped by :func:`make_quotex`.

    The Doc goes through the same per-document pipeline as ``quotex extract``
    (:func:`quotex.document.process`): the same windows, each window's parse sliced out of the
    Doc, the same document state and options.
    """

    def __init__(self, nlp: Language, name: str = "quotex", spans_key: str = "quotes",
                 all_quotes: bool = False, indirect: bool = False) -> None:
        self.nlp = nlp
        self.options = Options(all_quotes=all_quotes, indirect=indirect)
        self.name = name
        self.spans_key = spans_key

    @property
    def all_quotes(self) -> bool:
        return self.options.all_quotes

    def __repr__(self) -> str:
        return f"QuotexComponent(name={self.name!r}, spans_key={self.spans_key!r})"

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        windows = list(cut(text, self.options))
        if windows and not doc.has_annotation("DEP"):
            raise ValueError(f"[quotex] the {self.name!r} component needs a dependency parse: add it after "
                             f"'parser' in a pipeline such as en_core_web_sm "
                             f"(nlp = spacy.load('en_core_web_sm'); nlp.add_pipe('quotex'))")
        found = result_of(Document(None, text), self.nlp, self.options,  # type: ignore[arg-type]
                          parser=lambda _text: ((w, self._window_doc(doc, w)) for w in windows),
                          catch=False, breaks=False).quotes
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

    def _window_doc(self, doc: Doc, w: Window) -> Doc:
        """The parse of window ``w``: sliced out of ``doc`` when quotex would tokenize its text as
        the pipeline did, else (a closing mark glued to a word, a run of 200 characters without a
        space: :func:`quotex.text.windows.make_doc`) the window parsed again by the components before
        this one."""
        ready = make_doc(self.nlp, doc.text[w.start:w.end])
        if isinstance(ready, str):
            span = doc.char_span(w.start, w.end)
            if span is not None:
                return span.as_doc()
            ready = self.nlp.make_doc(ready)
        for _, proc in self.nlp.pipeline:
            if proc is self:
                break
            ready = proc(ready)
        return ready


@Language.factory("quotex", default_config={"spans_key": "quotes", "all_quotes": False, "indirect": False},
                  requires=["token.dep", "token.lemma", "doc.ents"],
                  assigns=["doc.spans", "doc._.quotes", "doc._.speakers"])
def make_quotex(nlp: Language, name: str, spans_key: str, all_quotes: bool,
                indirect: bool) -> QuotexComponent:
    """Build the ``quotex`` component (``nlp.add_pipe("quotex", config={"all_quotes": True})``;
    ``"indirect": True`` adds reported speech)."""
    return QuotexComponent(nlp, name, spans_key, all_quotes, indirect)
