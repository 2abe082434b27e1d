"""The main text of an HTML article, found with trafilatura (the optional ``quotex[html]`` extra).

Navigation, bylines, footers and reader comments are left out (``include_comments=False``), so a
reader's comment is never taken for a quote in the article. Offsets that quotex reports for an
HTML page index the text returned here; ``quotex extract --include-text`` prints it.
"""
from __future__ import annotations

import re
from typing import Optional

from ..errors import InputError

INSTALL_HINT = "pip install 'quotex[html]'"

_DOCUMENT_TAG = re.compile(r"<\s*(?:html|body)\b", re.IGNORECASE)


def _trafilatura(source: str):
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{source}: reading HTML needs the optional trafilatura package; install it with: "
                         f"{INSTALL_HINT} (or pass --no-html to read the file as plain text)") from None
    return trafilatura


def html_to_text(html: str, source: str = "<html>") -> str:
    """Return the main article text of the page ``html``, paragraphs one per line.

    Raise :class:`~quotex.errors.InputError` (one line, naming ``source``) when trafilatura is
    not installed or the page holds no article text.
    """
    trafilatura = _trafilatura(source)
    text: Optional[str] = _extract(trafilatura, html)
    if text is None and not _DOCUMENT_TAG.search(html[:4096]):
        # A fragment ("<p>…</p>") is not a page to trafilatura; give it a body.
        text = _extract(trafilatura, f"<html><body>{html}</body></html>")
    if not text or not text.strip():
        raise InputError(f"{source}: found no article text in the HTML page; skipped "
                         f"(pass --no-html to read it as plain text)")
    return text


def _extract(trafilatura, html: str) -> Optional[str]:
    return trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=True,
                               include_images=False, include_links=False, include_formatting=False,
                               with_metadata=False, deduplicate=False)
