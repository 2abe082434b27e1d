"""Find quoted stretches in raw text by their quotation marks.

Pure Python, no spaCy: this runs before any parsing, on the text as given, so every
offset is a Python ``str`` index into the caller's text.

Rules, each with the case it exists for:

* Double quotes of every common style pair up: “…”, "…" (straight marks alternate),
  „…“ and „…” (German/Polish), «…» and »…« (French/German), ‟…”, and the archive
  style ``…'' / ''…'' where two apostrophes or backticks stand for one double mark.
* Mixed typing the other way round, a curly quote closed by a straight mark with the
  speaker's words and a reopening straight mark after it, splits there:
  “Our roads are crumbling," she said. "We need a plan.”  -> two quotes.
  With no quote mark after the speaker's words, the straight mark closes the quote:
  “Our roads are crumbling," she said.  -> one quote, the speaker outside it.
* Inside a double quote everything is part of it, including single quotes and any
  inner double quote: “He said ‘no’ twice,” she said.  -> one quote.
* Single quotes (‘…’ or '…') count only outside double quotes, when the opening
  mark follows a space, a bracket, a dash or the start of a paragraph and the closing
  mark is not followed by a letter, so apostrophes (Kim's, don't, rock 'n' roll,
  the '90s) are not taken for quotes.
* A paragraph that opens a quote and never closes it continues into the next
  paragraph when that paragraph opens with a quote mark (the newspaper convention
  for multi-paragraph quotes). Each paragraph's stretch is reported separately, with
  ``continues`` linking them, so offsets never include paragraph breaks.
* An opening mark left unclosed at the end of a paragraph with no continuation
  closes at the paragraph end, the way readers take it; a lone mark with nothing
  after it is ignored. Nothing here ever raises on odd mark counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .furniture import is_web_furniture

__all__ = ["QuoteSpan", "find_quotes", "iter_paragraph_quotes", "paragraphs"]

DOUBLE_OPEN = {"\u201c": "\u201d\u201c", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab",
               "\u201f": "\u201d"}
SINGLE_OPEN = {"\u2018": "\u2019", "'": "'", "\u201a": "\u2018\u2019"}
# A single quote longer than this is far more likely a stray apostrophe pairing.
MAX_SINGLE_LEN = 400
OPEN_CONTEXT = set("([{\u2014\u2013-:/\"\u201c")

_PARA_RE = re.compile(r"\n")
# Characters where the scanners below can change state; they skip straight from one to the next
# (most of a paragraph is letters, and a Python loop over every character was a tenth of the
# run time on news).
_DOUBLE_CAND = re.compile("[" + re.escape("".join(DOUBLE_OPEN) + "\"'`") + "]")
_SINGLE_CAND = re.compile("[" + re.escape("".join(SINGLE_OPEN)) + "]")
_CLOSER_CAND: dict[str, re.Pattern] = {}


def _closer_re(closers: str) -> re.Pattern:
    pat = _CLOSER_CAND.get(closers)
    if pat is None:
        pat = _CLOSER_CAND[closers] = re.compile("[" + re.escape(closers) + "]")
    return pat
# After a straight mark closing a curly quote: the speaker's words, then a straight mark that
# reopens the quote (followed by a non-space), with no curly mark in between.
_MIXED_REOPEN = re.compile(r' [^"\u201c\u201d\n]{1,100}? "\S')
_ANY_DOUBLE = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]|\'\'|``')
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?/?>")
# A tag with attributes that the line ends inside: '<tweet tweet-author="@x" tweet-date="Jan'.
_OPEN_TAG = re.compile(r"<[A-Za-z][\w:-]*\s[^<>\n]*=[^<>\n]*$")


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted stretch: ``start``/``end`` exclude the marks, ``open``/``close`` include them."""

    start: int
    end: int
    open: int
    close: int
    mark: str  # "double" or "single"
    closed: bool  # False when the closing mark was missing (paragraph end or continuation)
    continues: bool = False  # the quote goes on in the next paragraph
    continued: bool = False  # this stretch continues a quote from the previous paragraph


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of every line of ``text``; a paragraph is a line here.

    News text uses one line per paragraph; blank lines are empty paragraphs.
    """
    out = []
    start = 0
    for m in _PARA_RE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _rstrip_end(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _is_double_apostrophe(text: str, i: int, a: int, b: int) -> bool:
    return i + 1 < b and text[i] in "'`" and text[i + 1] == text[i] and (text[i] == "`" or text[i] == "'")


def _double_quotes(text: str, a: int, b: int, start_open: bool):
    """Yield (open, close, inner_start, inner_end, closed) for one paragraph [a, b)."""
    i = a
    open_at = None
    inner = None
    closers = ""
    straight = False
    two_char = False
    if start_open:
        # Continuation paragraph: its own opening mark is consumed by the caller's logic below.
        pass
    while i < b:
        if open_at is None:
            m = _DOUBLE_CAND.search(text, i, b)
            if m is None:
                break
            i = m.start()
        elif two_char:
            i = text.find("'", i, b)
            if i < 0:
                break
        elif straight:
            m = _closer_re('"\u201d').search(text, i, b)
            if m is None:
                break
            i = m.start()
        else:
            m = _closer_re(closers + '"').search(text, i, b)
            if m is None:
                break
            i = m.start()
        ch = text[i]
        if open_at is None:
            if _is_double_apostrophe(text, i, a, b):
                # ``…'' or ''…'': two apostrophes/backticks as one mark. A closing pair must come later.
                open_at, inner, closers, straight, two_char = i, i + 2, "''", False, True
                i += 2
                continue
            if ch in DOUBLE_OPEN:
                # » opens only when followed by a non-space (German »…«); otherwise it is a stray closer.
                if ch == "\u00bb" and (i + 1 >= b or text[i + 1].isspace()):
                    i += 1
                    continue
                open_at, inner, closers, straight, two_char = i, i + 1, DOUBLE_OPEN[ch], False, False
            elif ch == '"':
                open_at, inner, closers, straight, two_char = i, i + 1, '"', True, False
            i += 1
            continue
        # inside a quote
        if two_char:
            if i + 1 < b and text[i] == "'" and text[i + 1] == "'":
                yield open_at, i + 2, inner, i, True
                open_at = None
                i += 2
                continue
            i += 1
            continue
        if ch == '"' and not straight:
            # The mirror typo, a curly quote closed by a straight mark and the speaker's words
            # between: “Our roads are crumbling," she said. "We need a plan.” Only a straight mark
            # in closing position (after , . ? ! and before a space), the first one of this quote,
            # with a straight mark reopening within a few words; otherwise a straight mark inside
            # a curly quote is an inner quote and stays part of it.
            # Also with no quote mark at all after it in the paragraph: “We will win," she said.
            if text[i - 1] in ",.?!" and i + 1 < b and text[i + 1] == " " and \
                    '"' not in text[inner:i] and (_MIXED_REOPEN.match(text, i + 1, b) or
                                                  not _ANY_DOUBLE.search(text, i + 1, b)):
                yield open_at, i + 1, inner, i, True
                open_at = None
            i += 1
            continue
        if straight:
            # A straight mark closed by a curly one (“mixed” typing: "Absolutely,” she said) when no
            # straight mark follows in the paragraph.
            if ch == '"' or (ch == "\u201d" and text.find('"', i, b) < 0):
                yield open_at, i + 1, inner, i, True
                open_at = None
        elif ch in closers and not (ch == "\u201c" and closers == "\u201d\u201c" and
                                    i + 1 < b and not text[i + 1].isspace() and text[i + 1] not in ",.;:!?)"):
            # “ closes a “ quote only in the typo “…“ followed by space/punctuation; otherwise
            # it is an inner quote and stays part of the outer one.
            yield open_at, i + 1, inner, i, True
            open_at = None
        i += 1
    if open_at is not None:
        end = _rstrip_end(text, inner, b)
        yield open_at, end, inner, end, False


def _single_quotes(text: str, a: int, b: int, covered: list[tuple[int, int]]):
    """Yield (open, close) for single-quote quotes in paragraph [a, b) outside ``covered``."""
    cov = iter(sorted(covered))
    cur = next(cov, None)
    i = a
    open_at = None
    closer = ""
    while i < b:
        while cur is not None and cur[1] <= i:
            cur = next(cov, None)
        if cur is not None and cur[0] <= i < cur[1]:
            # A double quote interrupts: drop any single quote opened before it.
            open_at = None
            i = cur[1]
            continue
        if open_at is None:
            # Nothing changes until the next possible opening mark (a double quote on the way
            # is met by the check above on the next turn).
            m = _SINGLE_CAND.search(text, i, b)
            if m is None:
                break
            if m.start() != i:
                i = m.start()
                continue
        ch = text[i]
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        if ch in "'`" and (prev == ch or nxt == ch):
            i += 1
            continue
        if open_at is None:
            if ch in SINGLE_OPEN and (prev.isspace() or prev in OPEN_CONTEXT) and not nxt.isspace() \
                    and not nxt.isdigit() and nxt not in "'\u2019":
                # 'n' in rock 'n' roll: an opening mark right before a one-letter word and a mark
                # that ends it (not ‘I’m sorry.’, where the second mark is an apostrophe).
                if not (i + 2 < b and text[i + 2] in "'\u2019" and nxt.isalpha() and
                        not (i + 3 < b and text[i + 3].isalpha())):
                    open_at, closer = i, SINGLE_OPEN[ch]
        else:
            if ch in closer and not nxt.isalpha() and not prev.isspace():
                if i - open_at - 1 > 0:
                    yield open_at, i + 1
                open_at = None
            elif i - open_at > MAX_SINGLE_LEN:
                open_at = None
        i += 1


def _opens_with_quote(text: str, a: int, b: int) -> bool:
    s = text[a:b].lstrip()
    return bool(s) and (s[0] in DOUBLE_OPEN or s[0] == '"' or s.startswith("``") or s.startswith("''"))


def find_quotes(text: str, start: int = 0, end: Optional[int] = None,
                carry: bool = False) -> list[QuoteSpan]:
    """Return every quoted stretch of ``text[start:end]`` in order. Never raises on odd marks.

    ``start``/``end`` must be paragraph boundaries; ``carry`` says a quote was left open by
    the paragraph before ``start`` (see :func:`iter_paragraph_quotes`).
    """
    out: list[QuoteSpan] = []
    for _, _, quotes, carry in iter_paragraph_quotes(text, start, end, carry):
        out.extend(quotes)
    return out


def iter_paragraph_quotes(text: str, start: int = 0, end: Optional[int] = None, carry: bool = False):
    """Yield ``(para_start, para_end, quotes, carry)`` for each non-blank paragraph, lazily.

    Memory stays flat however long the text: one paragraph is looked at (plus a peek at the
    next one's first character, for the multi-paragraph convention).
    """
    end = len(text) if end is None else end
    it = _iter_nonblank(text, start, end)
    cur = next(it, None)
    in_tag = False
    while cur is not None:
        nxt = next(it, None)
        a, b = cur
        scan, base, sa, sb = text, 0, a, b
        if "<" in text[a:b] or in_tag:
            # Markup left in scraped text: quote marks inside tags (<tweet author="@x" id="1">)
            # are attribute delimiters, not quotes. Scan a copy with the tags blanked out; it has
            # the same length, so offsets are unchanged.
            para = text[a:b]
            masked = _TAG.sub(lambda m: " " * len(m.group()), para)
            if in_tag:
                # The rest of a tag broken across lines: '<tweet tweet-date="January 19, 2016' then
                # '">I love @SarahPalinUSA …' on the next line.
                j = masked.find(">")
                if j >= 0 and "<" not in masked[:j]:
                    masked = " " * (j + 1) + masked[j + 1:]
            m = _OPEN_TAG.search(masked)
            in_tag = m is not None
            if m is not None:
                masked = masked[:m.start()] + " " * (len(masked) - m.start())
            if masked != para:
                scan, base, sa, sb = masked, a, 0, len(masked)
        doubles = [(o + base, c + base, s + base, e + base, closed)
                   for o, c, s, e, closed in _double_quotes(scan, sa, sb, carry)]
        spans: list[QuoteSpan] = []
        lead = a + (len(text[a:b]) - len(text[a:b].lstrip()))
        this_continued = carry and _opens_with_quote(text, a, b)
        carry = False
        for k, (o, c, s, e, closed) in enumerate(doubles):
            # Trim spaces just inside the marks (“ like this ”) so text never starts with blanks.
            while s < e and text[s].isspace():
                s += 1
            e = _rstrip_end(text, s, e)
            if e <= s:
                continue
            continued = this_continued and k == 0 and o == lead
            continues = False
            if not closed:
                continues = nxt is not None and _opens_with_quote(text, *nxt)
                carry = continues
            spans.append(QuoteSpan(s, e, o, c, "double", closed, continues, continued))
        singles = [QuoteSpan(o + base + 1, c + base - 1, o + base, c + base, "single", True)
                   for o, c in _single_quotes(scan, sa, sb, [(q.open - base, q.close - base) for q in spans])]
        yield a, b, sorted(spans + singles, key=lambda q: q.open), carry
        cur = nxt


def _iter_nonblank(text: str, start: int, end: int):
    """Each line of the story: not blank, and no page furniture ("Story continues below
    advertisement", "READ MORE: …"; see :mod:`quotex.text.furniture`), which is read as a blank line."""
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        b = end if nl < 0 else nl
        if b > pos and not text[pos:b].isspace() and not is_web_furniture(text[pos:b]):
            yield pos, b
        if nl < 0:
            break
        pos = nl + 1
