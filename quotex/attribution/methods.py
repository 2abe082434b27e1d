"""What each attribution rule is called, how far its answers are trusted, and which quotes are
left out as scare quotes.

Every quote records the rule that decided it as a :class:`Method`. A method knows

- ``carries``: whether its speaker may be carried to the quotes after it (``same-paragraph``,
  ``continuation``): a weak reading such as ``governing-verb`` names who the reporter's sentence is
  about, which is too little to hand on;
- ``speaks``: whether it names a speaker at all (``title``, ``subhead`` … decide that nobody said
  the quote);
- ``dropped``: whether a quote it leaves without a speaker is left out like a scare quote, and
  ``kept`` whether it is kept however short (see :func:`is_scare_quote`);
- its confidence per kind of speaker (:meth:`Method.confidence`), read from ``confidence.json``,
  the precision each method had on PolNeAR train as measured by
  ``python benchmarks/accuracy.py ../shared/polnear/train --calibrate``.
"""
from __future__ import annotations

import json
import os
from enum import Enum
from functools import lru_cache
from typing import NamedTuple, Optional

from ..lexicon import ENGLISH
from ..records import Cue, Quote, Speaker

# Kinds of speaker that confidence is measured for: ``Speaker.kind``, with an unresolved
# "it"/"they" (kind ``unknown``, written as a pronoun) apart: it is right far less often.
SPEAKER_KINDS = ("person", "organization", "unknown", "pronoun")
CONFIDENCE_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "confidence.json")
# Quoted fragments of at most this many words that nobody is said to have said are scare quotes.
SCARE_MAX_WORDS = 3


class Method(str, Enum):
    """The rule that decided a quote. The value is what ``method`` holds in the output."""

    def __new__(cls, value: str, carries: bool = True, speaks: bool = True, dropped: bool = False,
                kept: bool = False) -> "Method":
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.carries, obj.speaks, obj.dropped, obj.kept = carries, speaks, dropped, kept
        return obj

    # A speech verb in the quote's own sentence (``cue_rules``).
    CUE = "cue"
    ACCORDING_TO = "according-to"
    AFTER_QUOTE = "after-quote"
    INNER_CUE = "inner-cue"
    # Colons, headlines and sign-offs (``context_rules``).
    COLON = "colon"
    DIGEST = "digest"
    LINE_COLON = "line-colon"
    HEADLINE = "headline"
    HEADLINE_CUE = "headline-cue"
    HEADLINE_SUBJECT = "headline-subject"
    # A headline quote whose words a speaker says again in the body ('"I just want to go home":
    # Long wait …' / '"I just want to go home," Fougère says'): ``context_rules.headline_echo``.
    HEADLINE_ECHO = ("headline-echo", False)
    SIGNOFF = "signoff"
    # The page's layout (``layout_rules``): a transcript's label, a dialogue's turn.
    TRANSCRIPT = "transcript"
    CONVERSATION = "conversation"
    # A speaker found for another quote or sentence, carried to this one.
    NEXT_QUOTE = "next-quote"
    COLON_INTRO = "colon-intro"
    PREVIOUS_SENTENCE = "previous-sentence"
    PREVIOUS_SUBJECT = "previous-subject"
    SAME_PARAGRAPH = "same-paragraph"
    CONTINUATION = "continuation"
    PREVIOUS_PARAGRAPH = "previous-paragraph"
    PREVIOUS_PARAGRAPH_CLAUSE = "previous-paragraph-clause"
    PREVIOUS_PARAGRAPH_SUBJECT = "previous-paragraph-subject"
    MULTI_PARAGRAPH = "multi-paragraph"
    NAMED_AFTER = "named-after"
    MULTI_PARAGRAPH_BACK = "multi-paragraph-back"
    # Fragments in the reporter's sentence (``fragment_rules``): weak, never carried on.
    NAMING = "naming"
    CUE_CONTENT = "cue-content"
    GOVERNING_VERB = ("governing-verb", False)
    NAMING_ORDER = ("naming-order", False)
    AS_COMPLEMENT = ("as-complement", False)
    CHANT = ("chant", False)
    VIEW_HOLDER = ("view-holder", False)
    COORDINATED = ("coordinated", False)
    # Someone's words by the noun after them ("the “not yet” comment"), with or without its owner.
    UTTERED_LABEL = ("uttered-label", False, True, False, True)
    # Nobody said it (``labels``).
    NONE = ("none", False, False)
    TITLE = ("title", False, False, True)
    SUBHEAD = ("subhead", False, False, True)
    EMBED = ("embed", False, False, True)
    LETTER = ("letter", False, False, True)
    LINK = ("link", False, False, True)
    NICKNAME = ("nickname", False, False, True)  # 'Lonnie “Bo” Tillman'

    def __str__(self) -> str:
        return self.value

    def confidence(self, speaker: Speaker) -> float:
        """The share of right speakers this method had on PolNeAR train for this kind of speaker."""
        return _table()[self.value][speaker_kind(speaker)]


class Attribution(NamedTuple):
    """What a rule found: the speaker (None when the rule decides nobody said it), the cue, the rule."""

    speaker: Optional[Speaker]
    cue: Optional[Cue]
    method: Method


def speaker_kind(sp: Speaker, lex=ENGLISH) -> str:
    """The row of the confidence table for ``sp``: its kind, or ``pronoun`` for an unresolved one."""
    if sp.name.lower() in lex.PRONOUNS or sp.name in lex.UNRESOLVED_PRONOUN_NAMES.values():
        return "pronoun"  # unresolved ("he", or stage 2's "unidentified man")
    # A group ("they" -> the Quinn family, residents) was measured with the organisations.
    return "organization" if sp.kind == "group" else sp.kind


def is_scare_quote(q: Quote) -> bool:
    """A short quoted fragment nobody is said to have said: the reporter's scare quotes.

    "the so-called “undercard” debate", "a “law and order” candidate" (but "the “not yet” comment"
    names words someone said: method ``uttered-label``, kept): on PolNeAR train, of the
    fragments of one to three words that no rule attributes, 347 are in no attribution at all and
    248 are, so by default they are left out (``all_quotes`` keeps them). Longer unattributed
    quotes are more often someone's words and are kept, with no speaker, unless their method says
    nobody's words are in them (``title``, ``subhead``, ``embed``, ``letter``). This is the only
    place that decides it; the CLI, the API and attribution all call it.
    """
    method = Method(q.method)
    return q.speaker is None and not method.kept and (len(q.text.split()) <= SCARE_MAX_WORDS or method.dropped)


def load_confidence(path: str = CONFIDENCE_FILE) -> dict[str, dict[str, float]]:
    """The confidence table: method -> speaker kind -> confidence, checked to cover every method
    that names a speaker and every kind (so no answer can go without a measured confidence)."""
    with open(path, encoding="utf-8") as fh:
        table = json.load(fh)["confidence"]
    missing = [f"{m.value}/{k}" for m in Method if m.speaks for k in SPEAKER_KINDS
               if k not in table.get(m.value, {})]
    if missing:
        raise RuntimeError(f"{path} has no confidence for {', '.join(missing)}; run "
                           "benchmarks/accuracy.py SPLIT --calibrate to measure it")
    return table


_override: Optional[dict[str, dict[str, float]]] = None


def use_table(table: Optional[dict[str, dict[str, float]]]) -> None:
    """Use ``table`` instead of ``confidence.json`` (for calibrating, which needs answers before
    it can measure them); None goes back to the file."""
    global _override
    _override = table
    _table.cache_clear()


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, float]]:
    return _override if _override is not None else load_confidence()
