"""Lines of a web page that are no part of the story: advertisement markers, links to other pages.

Scraped news keeps them between paragraphs:

    “People in this neighbourhood are tired,” Eadie said.
    Story continues below advertisement
    “They want to see action, not more studies.”

(A line with a quote in it stays a line: see the labels rule ``link``.) The second quote goes on
from Eadie's paragraph (the continuation convention), and the "she said"
after "READ MORE: Winnipeg homicide count hits 40" is still the woman of the paragraph before it.
:func:`quotex.text.marks.iter_paragraph_quotes` treats such a line as it treats a blank one: no
paragraph, so paragraph adjacency, windows and quotes are as if the page had none. The line stays
in the text (offsets never move); it is only not read as a paragraph of the story.

Pure Python on plain strings, no spaCy, like the rest of :mod:`quotex.text`.
"""
from __future__ import annotations

import re

from ..lexicon import en as _english

# Longest line taken for a link to another page ("READ MORE: …" headlines run 5 to 15 words); a
# longer line opening with "More:" is the story's own text.
MAX_WORDS = 25
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z' ]{0,20}?)\s*[:|\u2014\u2013]\s*\S")
_CLICK = re.compile(r"^\s*click here\b", re.IGNORECASE)
# A quotation mark: any double mark, or a single one opening a quote (not an apostrophe).
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]|(?:^|[\\s:(|])['\u2018]")


def is_web_furniture(line: str, lex=_english) -> bool:
    """Whether ``line`` (one line of the text, without its newline) is page furniture.

    >>> is_web_furniture("Story continues below advertisement")
    True
    >>> is_web_furniture("READ MORE: Winnipeg homicide count hits 40 for 2019")
    True
    >>> is_web_furniture("Watch: the mayor said the city would act.")
    False
    """
    bare = line.strip()
    if not bare or len(bare) > 300 or _QUOTE_MARK.search(bare):
        # (a link line with a quote, "READ MORE: 'It was like a movie': Witnesses describe
        # pileup", stays a line: the labels rule ``link`` reads its quote as another page's
        # headline, listed with --all-quotes as nobody's)
        return False
    words = bare.split()
    if len(words) > MAX_WORDS:
        return False
    if bare.rstrip(".:").lower() in lex.WEB_FURNITURE_LINES:
        return True
    if _CLICK.match(bare):
        # "CLICK HERE TO GET THE FOX NEWS APP", "Click here to sign up for our newsletter."
        return True
    m = _LABEL.match(bare)
    if m is None:
        return False
    label = m.group(1).strip()
    if label.lower() not in lex.WEB_FURNITURE_LABELS:
        return False
    # (in capitals, a page's label: "WATCH: …"; in any case only the labels no sentence opens
    # with: "Read more: …", "Related: …")
    return label.isupper() or label.lower() in lex.WEB_FURNITURE_ANY_CASE
