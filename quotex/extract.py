"""Extraction over a whole document of any size.

spaCy refuses texts over ``nlp.max_length`` and its parser needs about 1 GB per 100,000
characters, so a document is cut into windows of whole paragraphs (at most
``WINDOW_CHARS``), never inside a multi-paragraph quote, and each window is parsed alone.
What attribution must remember across windows (names, the last speaker) lives in a small
:class:`DocState`. Offsets always point into the whole text.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional

from .attribute import Attributor, DocState
from .marks import QuoteSpan, iter_paragraph_quotes
from .records import Quote

WINDOW_CHARS = 20_000
# A paragraph longer than this (a 5 MB line with no newline) is cut at sentence ends outside quotes.
HARD_CHARS = 50_000
# Paragraphs kept before a quote paragraph for context (speaker introductions, names, pronouns).
CONTEXT_PARAS = 2

_SENT_BREAK = re.compile(r"[.!?]\s+")


class Window:
    """Paragraphs [start, end) of the document, with their quotes."""

    __slots__ = ("start", "end", "paras", "ords", "quotes")

    def __init__(self) -> None:
        self.start = -1
        self.end = -1
        self.paras: list[tuple[int, int]] = []
        self.ords: list[int] = []  # each paragraph's ordinal among the document's non-blank paragraphs
        self.quotes: list[QuoteSpan] = []

    def add(self, a: int, b: int, quotes: list[QuoteSpan], ordinal: int) -> None:
        if self.start < 0:
            self.start = a
        self.end = b
        self.paras.append((a, b))
        self.ords.append(ordinal)
        self.quotes.extend(quotes)


def _split_long(text: str, a: int, b: int, quotes: list[QuoteSpan]) -> Iterator[tuple[int, int, list]]:
    """Cut one over-long paragraph into pieces at sentence ends that are not inside a quote."""
    pos = a
    qi = 0
    while pos < b:
        if b - pos <= HARD_CHARS:
            cut = b
        else:
            limit = pos + HARD_CHARS
            cut = -1
            for m in _SENT_BREAK.finditer(text, pos + HARD_CHARS // 2, limit):
                c = m.end()
                if not any(q.open < c < q.close for q in quotes[qi:qi + 2000] if q.open < limit):
                    cut = c
            if cut < 0:
                # No safe sentence end: cut at the last space outside quotes, else anywhere.
                sp = text.rfind(" ", pos + 1, limit)
                cut = sp + 1 if sp > pos else limit
        part = []
        while qi < len(quotes) and quotes[qi].open < cut:
            q = quotes[qi]
            if q.close <= cut:
                part.append(q)
            else:
                # A quote longer than a piece: keep its first piece only, trimmed to the cut.
                e = max(q.start, cut - 1)
                if e > q.start:
                    part.append(QuoteSpan(q.start, e, q.open, e, q.mark, False))
            qi += 1
        yield pos, cut, part
        pos = cut


def iter_windows(text: str, window_chars: int = WINDOW_CHARS, quotes_only: bool = False) -> Iterator[Window]:
    """Yield windows of whole paragraphs covering ``text`` in order.

    With ``quotes_only``, paragraphs that neither hold a quote nor precede one by at most
    ``CONTEXT_PARAS`` paragraphs are left out: nothing can be attributed in them.
    """
    win = Window()
    pending: list[tuple[int, int, list, int]] = []  # quote-free paragraphs held for context
    open_chain = False
    ordinal = -1
    for a, b, quotes, carry in iter_paragraph_quotes(text):
        pieces = [(a, b, quotes)] if b - a <= HARD_CHARS else _split_long(text, a, b, quotes)
        for pa, pb, pq in pieces:
            ordinal += 1
            if quotes_only and not pq and not open_chain:
                pending.append((pa, pb, pq, ordinal))
                if len(pending) > CONTEXT_PARAS:
                    pending.pop(0)
                    if win.paras and not open_chain:
                        yield win
                        win = Window()
                continue
            for item in pending:
                if win.paras and item[1] - win.start > window_chars and not open_chain:
                    yield win
                    win = Window()
                win.add(*item)
            pending = []
            if win.paras and pb - win.start > window_chars and not open_chain:
                yield win
                win = Window()
            win.add(pa, pb, pq, ordinal)
        open_chain = carry
    if win.paras:
        yield win


def extract_text(text: str, nlp, *, source: Optional[str] = None, state: Optional[DocState] = None,
                 quotes_only: bool = True, batch_size: int = 8) -> Iterator[Quote]:
    """Yield the quotes of ``text`` in order, parsed with ``nlp`` window by window."""
    state = state or DocState()
    windows = iter_windows(text, quotes_only=quotes_only)

    def texts(ws: Iterable[Window]):
        for w in ws:
            yield text[w.start:w.end], w

    for doc, w in nlp.pipe(texts(windows), as_tuples=True, batch_size=batch_size):
        if not w.quotes:
            # Context-only window: still learn names so later surnames resolve.
            Attributor(text, doc, w.start, [], w.paras, w.ords, state)
            continue
        for q in Attributor(text, doc, w.start, w.quotes, w.paras, w.ords, state).run():
            if source is not None:
                q = Quote(q.text, q.start, q.end, q.type, q.speaker, q.cue, q.method, q.confidence, source)
            yield q
