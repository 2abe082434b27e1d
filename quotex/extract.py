"""Extraction over a whole document of any size.

spaCy refuses texts over ``nlp.max_length`` and its parser needs about 1 GB per 100,000
characters, so a document is never parsed whole. It is cut into *windows* of whole paragraphs
(a paragraph is a line), each parsed alone; offsets always point into the whole text.

* A window holds at most about ``WINDOW_CHARS`` characters. It is cut only in front of a
  paragraph with quotes together with the paragraphs kept as its context, so a quote is never
  parsed apart from the sentence, paragraph or paragraph before it that names its speaker.
* A multi-paragraph quote stays in one window up to ``MAX_WINDOW_CHARS``; only a longer one
  (in practice, a stray opening mark) is cut, and its parts stay linked as continuations.
* A paragraph longer than ``HARD_CHARS`` (a 5 MB line with no newline) is cut into pieces at
  sentence ends outside quotes, else at spaces outside quotes, else at spaces, else anywhere.
  A quote longer than a piece is reported in parts (one per piece), never dropped.
* With ``quotes_only`` (the default for extraction) paragraphs that neither hold a quote nor
  come at most ``CONTEXT_PARAS`` paragraphs before one are not parsed at all: nothing in them
  can be attributed.

What attribution must remember across windows (names, the last speaker) lives in a small
:class:`DocState`, so memory stays flat however long the document is.
"""
from __future__ import annotations

import bisect
import re
from collections import deque
from typing import Callable, Iterable, Iterator, Optional

from .attribute import Attributor, DocState
from .marks import QuoteSpan, iter_paragraph_quotes
from .records import Quote

WINDOW_CHARS = 10_000
# A paragraph longer than this (a 5 MB line with no newline) is cut into pieces.
HARD_CHARS = 5_000
# The most a window may grow to keep a multi-paragraph quote together (parser memory is about
# 1 GB per 100,000 characters, and spaCy refuses more than nlp.max_length = 1,000,000).
MAX_WINDOW_CHARS = 40_000
# Paragraphs kept before a quote paragraph for context (speaker introductions, names, pronouns).
CONTEXT_PARAS = 2

_SENT_BREAK = re.compile(r"[.!?\u2026]\s+")
_SPACE = re.compile(r"\s+")

# One paragraph (or piece of one) on its way into a window: start, end, quotes, ordinal.
_Para = tuple[int, int, list, int]


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

    def __len__(self) -> int:
        return 0 if self.start < 0 else self.end - self.start

    def __repr__(self) -> str:
        return f"Window({self.start}, {self.end}, paras={len(self.paras)}, quotes={len(self.quotes)})"


def _inside(opens: list[int], quotes: list[QuoteSpan], c: int) -> bool:
    """Whether offset ``c`` falls strictly inside a quote (marks included); quotes do not overlap."""
    k = bisect.bisect_left(opens, c) - 1
    return k >= 0 and c < quotes[k].close


def _cut_point(text: str, pos: int, limit: int, opens: list[int], quotes: list[QuoteSpan]) -> int:
    """Where to end the piece starting at ``pos``: a cut in (pos, limit], as late as is safe."""
    lo = pos + (limit - pos) // 2
    best = -1
    for m in _SENT_BREAK.finditer(text, lo, limit):
        c = m.end()
        if c <= limit and not _inside(opens, quotes, c):
            best = c
    if best > pos:
        return best
    # No sentence end outside a quote: the last run of spaces outside quotes, else any space.
    fallback = -1
    for m in _SPACE.finditer(text, pos + 1, limit):
        c = m.end()
        if c >= limit:
            break
        if not _inside(opens, quotes, c):
            best = c
        fallback = c
    if best > pos:
        return best
    if fallback > pos:
        return fallback
    return limit


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _split_long(text: str, a: int, b: int, quotes: list[QuoteSpan],
                size: int = HARD_CHARS) -> Iterator[tuple[int, int, list[QuoteSpan]]]:
    """Cut one over-long paragraph [a, b) into pieces of at most ``size`` characters.

    Cuts fall at sentence ends outside quotes when there are any in the second half of a piece.
    A quote that crosses a cut is reported in parts, one per piece, linked with
    ``continues``/``continued`` like a multi-paragraph quote, so no quoted text is lost.
    """
    opens = [q.open for q in quotes]
    pos = a
    qi = 0
    while pos < b:
        cut = b if b - pos <= size else _cut_point(text, pos, pos + size, opens, quotes)
        part: list[QuoteSpan] = []
        while qi < len(quotes) and quotes[qi].open < cut:
            q = quotes[qi]
            if q.open >= pos and q.close <= cut:
                part.append(q)
                qi += 1
                continue
            # Crosses the piece's start or end: keep the part inside [pos, cut).
            s, e = _trimmed(text, max(q.start, pos), min(q.end, cut))
            if e > s:
                part.append(QuoteSpan(s, e, max(q.open, pos), min(q.close, cut), q.mark,
                                      q.closed and q.close <= cut,
                                      continues=q.continues or q.close > cut,
                                      continued=q.continued or q.open < pos))
            if q.close <= cut:
                qi += 1
            else:
                break  # the rest of this quote belongs to the next piece
        # Leave out pieces that are only blanks (a megabyte of spaces).
        if part or not text[pos:cut].isspace():
            yield pos, cut, part
        pos = cut


def _pieces(text: str) -> Iterator[tuple[int, int, list[QuoteSpan], bool]]:
    """Yield ``(start, end, quotes, carry)`` per paragraph or piece of an over-long paragraph.

    ``carry``: a quote is left open at the end that continues in what comes next.
    """
    for a, b, quotes, carry in iter_paragraph_quotes(text):
        if b - a <= HARD_CHARS:
            yield a, b, quotes, carry
            continue
        pieces = list(_split_long(text, a, b, quotes))
        for k, (pa, pb, pq) in enumerate(pieces):
            last = k == len(pieces) - 1
            yield pa, pb, pq, carry if last else any(q.continues for q in pq)


def iter_windows(text: str, window_chars: int = WINDOW_CHARS, quotes_only: bool = False) -> Iterator[Window]:
    """Yield windows of whole paragraphs (or pieces of over-long ones) covering ``text`` in order.

    A window never exceeds ``max(window_chars, MAX_WINDOW_CHARS)`` characters. With
    ``quotes_only``, paragraphs that neither hold a quote nor precede one by at most
    ``CONTEXT_PARAS`` paragraphs are left out.
    """
    max_chars = max(window_chars, MAX_WINDOW_CHARS)
    win = Window()
    pending: deque[_Para] = deque()  # the last quote-free paragraphs, held as possible context
    chain = False  # the paragraph before left a quote open that goes on
    ordinal = -1

    def place(item: _Para, limit: int) -> Iterator[Window]:
        nonlocal win
        if win.paras and item[1] - win.start > limit:
            yield win
            win = Window()
        win.add(*item)

    for a, b, quotes, carry in _pieces(text):
        ordinal += 1
        if not quotes and not chain:
            pending.append((a, b, quotes, ordinal))
            if len(pending) > CONTEXT_PARAS:
                old = pending.popleft()
                if quotes_only:
                    # Too far from any quote: not parsed. What came before is complete.
                    if win.paras:
                        yield win
                        win = Window()
                else:
                    yield from place(old, window_chars)
            continue
        # A paragraph with quotes (or the next part of a multi-paragraph quote) and its context.
        if chain:
            yield from place((a, b, quotes, ordinal), max_chars)
        else:
            group = [*pending, (a, b, quotes, ordinal)]
            pending.clear()
            if win.paras and b - win.start > window_chars:
                # Cut in front of the context, so the quote keeps the paragraphs before it.
                yield win
                win = Window()
            for item in group:
                # Only a huge blank gap between paragraphs can make this cut again.
                yield from place(item, max_chars)
        chain = carry
    if not quotes_only:
        for item in pending:
            yield from place(item, window_chars)
    if win.paras:
        yield win


def _pipe(nlp, batch_size: int) -> Callable[[Iterable[str]], Iterable]:
    def parse(texts: Iterable[str]):
        return nlp.pipe(texts, batch_size=batch_size)

    return parse


def extract_text(text: str, nlp, *, source: Optional[str] = None, state: Optional[DocState] = None,
                 quotes_only: bool = True, batch_size: int = 16,
                 parse: Optional[Callable[[Iterable[str]], Iterable]] = None) -> Iterator[Quote]:
    """Yield the quotes of ``text`` in order, parsed with ``nlp`` window by window.

    Works for a text of any length: memory depends on the window size, not on ``text``.
    Every quote satisfies ``text[q.start:q.end] == q.text``; quotes do not overlap.
    ``parse`` maps an iterable of window texts to their parsed Docs in the same order
    (default: ``nlp.pipe``); the runner passes one that parses in worker processes.
    """
    state = state or DocState()
    windows: deque[Window] = deque()

    def texts() -> Iterator[str]:
        for w in iter_windows(text, quotes_only=quotes_only):
            windows.append(w)
            yield text[w.start:w.end]

    parse = parse or _pipe(nlp, batch_size)
    for doc in parse(texts()):
        w = windows.popleft()
        if not w.quotes:
            # Context-only window: still learn names so later surnames resolve.
            Attributor(text, doc, w.start, [], w.paras, w.ords, state)
            continue
        for q in Attributor(text, doc, w.start, w.quotes, w.paras, w.ords, state).run():
            if source is not None:
                q = Quote(q.text, q.start, q.end, q.type, q.speaker, q.cue, q.method, q.confidence, source)
            yield q
