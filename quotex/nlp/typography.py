"""Read typeset apostrophes as the model learnt them: plain.

en_core_web_sm learnt English from text typed with ``'``. Given the typographic ``’`` most news
sites print, its tagger, parser and recogniser read worse: in "said Elementary Teachers’
Federation president Karen O’Driscoll" the ``’`` is tagged a closing quote, not a possessive, so
the federation becomes a person and the title runs into the name; "Dana O’Neal" is tagged a
person only as "Dana"; "Brett O’Donnell" an organisation. Our own style sets, retyped with curly
marks and nothing else changed, lost 0.4 to 0.7 points of name accuracy on three sets of six.

The model reads a word only through four features of its lexeme (norm, prefix, suffix and shape;
see the ``attrs`` of the pipeline's ``MultiHashEmbed`` layers). This component, first in the
pipeline, gives every word with a typographic single mark ("O’Neal", "’s", "Teachers’", "‘") the
features of the same word typed plain, so the model reads "Karen O’Driscoll" exactly as "Karen
O'Driscoll"; the text, and every offset and name quotex prints, stay the input's own. A word
with a soft hyphen or a zero-width space in it ("Oka\xadfor", copied from a web page) is read as
the word without it, the same way. Double
marks are left alone: the model reads “ and ” well, and better than '"', which says nothing of
opening or closing.
"""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

NAME = "quotex_typography"
# Characters web pages hide inside words: soft hyphens ("Mar\xadia Oka\xadfor", set for line
# breaking), zero-width spaces and joiners, word joiners, byte order marks.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Typographic single marks as the plain apostrophe the model knows; invisible characters dropped.
PLAIN_MARKS = str.maketrans({"’": "'", "‘": "'", **{c: None for c in INVISIBLE}})
_MARKS = frozenset("’‘" + INVISIBLE)


def has_marks(text: str) -> bool:
    """Whether ``text`` has a typographic apostrophe or single quotation mark, or a character
    hidden inside a word (a soft hyphen, a zero-width space)."""
    return not _MARKS.isdisjoint(text)


class PlainApostrophes:
    """Give the lexemes of words with ``’`` or ``‘`` the model features of their plain spelling."""

    def __init__(self) -> None:
        self._done: set[int] = set()  # words already given plain features (the vocab keeps them)

    def __call__(self, doc: Doc) -> Doc:
        if not has_marks(doc.text):
            return doc
        strings, vocab = doc.vocab.strings, doc.vocab
        for orth in set(doc.to_array(ORTH).tolist()) - self._done:
            self._done.add(orth)
            word = strings[orth]
            if has_marks(word):
                lex, plain = vocab[word], vocab[word.translate(PLAIN_MARKS)]
                lex.norm, lex.prefix, lex.suffix, lex.shape = plain.norm, plain.prefix, plain.suffix, plain.shape
        return doc


@Language.factory(NAME)
def make_plain_apostrophes(nlp: Language, name: str) -> PlainApostrophes:
    return PlainApostrophes()


def add_to(nlp: Language) -> None:
    """Put the component first in ``nlp`` (before the embedding layers read the words), and teach
    the attribute ruler the typeset spellings of the words it knows by their letters."""
    if not nlp.has_pipe(NAME):
        nlp.add_pipe(NAME, first=True)
        if nlp.has_pipe("attribute_ruler"):
            _typeset_rules(nlp.get_pipe("attribute_ruler"))


def _typeset(value):
    """A token pattern's value with the typeset apostrophe too: "'s" -> {"IN": ["'s", "’s"]}."""
    if isinstance(value, str) and "'" in value:
        return {"IN": [value, value.replace("'", "’")]}
    if isinstance(value, dict) and isinstance(value.get("IN"), list):
        extra = [v.replace("'", "’") for v in value["IN"] if isinstance(v, str) and "'" in v]
        return {**value, "IN": value["IN"] + [v for v in extra if v not in value["IN"]]} if extra else value
    return value


def _typeset_rules(ruler) -> None:
    """The attribute ruler maps a tag to a part of speech by the word's letters: "'s" tagged VBZ is
    the auxiliary "be". Read with "’s", the same rule must hold (else "Here’s Ann Lee" has a verb
    "’s" and "Here's Ann Lee" an auxiliary): each rule that spells an apostrophe also matches
    the typeset one."""
    added = []
    for rule in ruler.patterns:
        patterns = [[{k: _typeset(v) if k in ("LOWER", "ORTH", "TEXT", "NORM") else v for k, v in tok.items()}
                     for tok in pattern] for pattern in rule["patterns"]]
        if patterns != rule["patterns"]:
            added.append(dict(rule, patterns=patterns))
    if added:
        ruler.add_patterns(added)
