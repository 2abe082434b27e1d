"""Canonical names within one document: "Peskov" and "Mr. Peskov" -> "Dmitry Peskov".

Plain strings only, so the registry can be carried from one window of a long text to the
next and pickled across processes.
"""
from __future__ import annotations

import re
from typing import Optional

from .cues import HONORIFICS

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_WS = re.compile(r"\s+")


def clean_name(text: str) -> str:
    """Strip honorifics, possessives, stray punctuation and extra spaces from a name."""
    text = _WS.sub(" ", text).strip(" ,.;:-–—\"'“”‘’()")
    text = _POSSESSIVE.sub("", text)
    words = text.split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        words = words[1:]
    return " ".join(words)


def _key(word: str) -> str:
    return word.lower().strip(".,")


class NameRegistry:
    """Remembers the fullest form of each person's name and the first title seen with it."""

    def __init__(self) -> None:
        self.by_last: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        # Full names seen only where no entity recognizer looked (inside quotes): used for a
        # bare surname only when no recognised name ends in it.
        self.weak_by_last: dict[str, str] = {}

    def add_weak(self, name: str) -> None:
        """Remember ``name`` ("Josh Earnest", from a quoted passage) as a weaker full-name candidate."""
        name = clean_name(name)
        words = name.split(" ")
        if len(words) >= 2 and words[-1][:1].isupper():
            self.weak_by_last.setdefault(_key(words[-1]), name)

    def add(self, name: str, title: Optional[str] = None) -> str:
        name = clean_name(name)
        words = name.split(" ")
        if not name or not words[-1][:1].isupper():
            return name
        if len(words) >= 2:
            last = _key(words[-1])
            known = self.by_last.get(last)
            # Keep the longest form: "Hillary Rodham Clinton" over "Hillary Clinton".
            if known is None or (len(name) > len(known) and known.split(" ")[0] in name.split(" ")) \
                    or (len(known.split(" ")) < 2):
                self.by_last[last] = name
        elif _key(name) not in self.by_last:
            self.by_last[_key(name)] = name
        canon = self.canonical(name)
        if title and canon not in self.titles:
            self.titles[canon] = title
        return canon

    def canonical(self, name: str) -> str:
        name = clean_name(name)
        if not name:
            return name
        words = name.split(" ")
        full = self.by_last.get(_key(words[-1]))
        if full is None or (len(words) == 1 and full == name):
            full = self.weak_by_last.get(_key(words[-1])) if len(words) == 1 else None
        if full is None:
            return name
        if len(words) == 1:
            return full
        # "Dmitry Peskov" and "Dmitri Peskov" stay themselves; "Hillary Clinton" -> the longer form
        # only when the first names agree.
        if full.split(" ")[0] == words[0] and len(full) >= len(name):
            return full
        return name

    def title_of(self, canon: str) -> Optional[str]:
        return self.titles.get(canon)
