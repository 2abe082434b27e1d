"""Paragraph breaks written as the two characters backslash and "n".

Some archives store an article's body as an escaped string, so its paragraphs come joined by a
literal ``\\n`` ("… get it wrong.\\n\\n\"Every number …"). Read as it is, the article is one
paragraph, a quote mark glued to the "n" before it is taken for a closing mark, and speakers run
across what were paragraphs ("Gill.\\n\\nThe RCMP"). :func:`with_breaks` gives the text the
rules read: each such ``\\n`` becomes two real line breaks, the same length, so every offset
into it is an offset into the input as given.

Only a ``\\n`` at a paragraph's edge counts: after the end of a sentence, a closing mark or
another ``\\n``, or before a quote mark, a capital or another ``\\n``; and only where the text
has at least two of them, so "C:\\news" or a lone escape in a quote stays as written.
"""
from __future__ import annotations

import re

# A literal backslash-n at a paragraph's edge.
_LITERAL_BREAK = re.compile(r"(?:(?<=[.!?\"”’)\]])|(?<=\\n))\\n|\\n(?=\\n|[\"“‘A-Z])")
MIN_BREAKS = 2


def with_breaks(text: str) -> str:
    """``text`` with literal ``\\n`` paragraph breaks made real (same length), else ``text``."""
    if "\\n" not in text:
        return text
    sites = [m.start() for m in _LITERAL_BREAK.finditer(text)]
    if len(sites) < MIN_BREAKS:
        return text
    out = list(text)
    for i in sites:
        out[i] = out[i + 1] = "\n"
    return "".join(out)
