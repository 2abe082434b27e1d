"""Every word list quotex reads, by language.

:mod:`quotex.lexicon.en` is English (with the speech verbs, pronouns and honorifics of
:mod:`quotex.lexicon.cues`). A second language would be a sibling module (``fr.py``) defining the same
names and registered here as ``LEXICON["fr"]``.

How code reads it: the language is the spaCy pipeline's (``nlp.lang``, so ``doc.lang_``).
:func:`lexicon_for` looks it up once per window (``Attributor.lex``), and the rules read
``self.lex.NAME``; the parse walks of :mod:`quotex.attribution.syntax` and the classes that hold a
parse (``AntecedentIndex``) look it up from their doc. Helpers that read plain strings with no parse
(names, stage 2's clustering) take the lexicon as a ``lex`` parameter, English by default. No module
outside this package holds a word list of its own (``tests/test_lexicon.py`` checks it).

A language with no lexicon is an error (:class:`~quotex.errors.QuotexError` naming the language and
the ones known), not a silent fall-back to English: English word lists on another language would
attribute quietly and badly.
"""
from __future__ import annotations

from ..errors import QuotexError

# Word lists by language: each a module of the same names (filled in below).
LEXICON: dict = {}


def lexicon_for(lang: str):
    """The word lists for a document's language (``doc.lang_``); a clear error for a language
    quotex has none for ("quotex has no word lists for language 'fr' (known: en)")."""
    try:
        return LEXICON[lang]
    except KeyError:
        known = ", ".join(sorted(LEXICON))
        raise QuotexError(f"quotex has no word lists for language {lang!r} (known: {known}); "
                          f"use an English spaCy pipeline") from None


from . import en as ENGLISH  # noqa: E402 (en reads LEXICON and lexicon_for above)

LEXICON["en"] = ENGLISH
