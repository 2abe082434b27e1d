"""Canonical names within one document: "Peskov" and "Mr. Peskov" -> "Dmitry Peskov".

Plain strings only, so the registry can be carried from one window of a long text to the
next and pickled across processes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import ENGLISH

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Two to four capitalised words (initials allowed): "Morton Blackwell", "Donald J. Trump".
# Capital and small letters of names, accented ones included: "Marie-Ève Tremblay-Roy", "Jean-François
# Bélanger", "Łukasz Nowak" ([A-Z][a-z] alone reads none of them).
UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
LOW = "a-zß-öø-ÿ\u0100-\u017f"
_CAP_WORD = r"(?:Mc|Mac|De|Di|La|Le)?[%s][%s]+(?:[-'’][%s]?[%s]+)?" % (UP, LOW, UP, LOW)  # "McAdory", "DeShawn" too
# A surname's lower-case particles inside a run, before a capitalised word ("Maarten van der Linde",
# "Luz Marina de la Hoz"), and a particle glued on by a hyphen ("Ahmad el-Sayed").
_PARTICLES = "|".join(sorted((p for p in ENGLISH.NAME_PARTICLES if p.isalpha()), key=len, reverse=True))
_PARTICLE = r"(?:(?:%s)\s+)*(?:%s)(?=\s+[%s])" % (_PARTICLES, _PARTICLES, UP)
_GLUED = r"(?:al|el|bin|ibn|abu|ben)-[%s][%s]+" % (UP, LOW)
_NAME_RUN = re.compile(r"\b%s(?:\s+(?:[A-Z]\.|%s|%s|%s)){1,5}\b" % (_CAP_WORD, _CAP_WORD, _PARTICLE, _GLUED))
_WS = re.compile(r"\s+")
# A nickname in quotes between a first name and a surname: 'Lonnie "Bo" Tillman', 'Stanley "Big
# Stan" Kowalski' (one or two words).
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘'][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”’']\s+(?=[A-Z])")
# A dateline the recogniser took into the name: "VICTORIA - BC Hydro", "ST. JOHN'S, N.L. -- Premier
# Ann Lee" (wire copy sent as plain text writes its dash as " - " or " -- ").
_DATELINE = re.compile(r"^[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?"
                       r"(?: \([\w ]+\))? +(?:-{1,2}|–|—) +(?=\S)")


def name_cased(word: str, lex=ENGLISH) -> bool:
    """Whether ``word`` is written as a name word: title case ("Lee", "O'Neal") or a surname prefix
    and a capitalised rest ("McAdory", "DeShawn", "LeBlanc"), which str.istitle() rejects."""
    if word.istitle():
        return True
    for p in lex.CAMEL_NAME_PREFIXES:
        rest = word[len(p):]
        if word.startswith(p) and len(rest) >= 2 and rest[0].isupper() and rest[1:].isalpha() and rest[1:].islower():
            return True
    return False


# Characters a web page hides inside words (soft hyphens, zero-width spaces; see
# quotex.nlp.typography.INVISIBLE): never part of a name anyone searches for.
_INVISIBLE = str.maketrans({c: None for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff"})


# A generational suffix abbreviated at the end of a name: "Joseph R. Biden Jr.", "Stanley Kowalczyk Sr.".
_SUFFIX_DOT = re.compile(r"\b[JS]r\.[\s,;:)]*$")


@lru_cache(maxsize=4)
def _bare_honorifics(lex) -> frozenset:
    """The honorifics without their dots ("mr", "dr"), made once per lexicon."""
    return frozenset(h.rstrip(".") for h in lex.HONORIFICS)


def clean_name(text: str, lex=ENGLISH, honorifics: bool = True) -> str:
    """Strip honorifics, possessives, stray punctuation and extra spaces from a name. An
    organisation's name keeps its first word (``honorifics=False``): "General Motors", "General
    Electric" are no General Motors the soldier."""
    text = text.translate(_INVISIBLE)  # "Mar\xadia Oka\xadfor" -> "Maria Okafor"
    text = _NICKNAME.sub(" ", text)  # 'Charles "Chuck" Brennan' -> "Charles Brennan"
    text = _DATELINE.sub("", text)  # "VICTORIA - BC Hydro" -> "BC Hydro"
    suffix_dot = _SUFFIX_DOT.search(text) is not None
    text = _WS.sub(" ", text).strip(" ,.;:-–—\"'“”‘’()")
    if suffix_dot:
        text += "."  # "Joseph R. Biden Jr.", as written (the strip took the abbreviation's dot)
    text = _POSSESSIVE.sub("", text)
    words = text.split(" ")
    while honorifics and len(words) > 1 and words[0].lower().rstrip(".") in _bare_honorifics(lex):
        words = words[1:]
    while len(words) > 1 and speech_verb_form(words[0], lex):
        words = words[1:]  # "Stated Stone:" (a transcript's label), "Asserting Clinton" (a headline)
    while len(words) > 1 and speech_verb_form(words[-1], lex):
        words = words[:-1]  # "Maria Hinojosa Explained"
    return " ".join(words)


def speech_verb_form(word: str, lex=ENGLISH) -> bool:
    """Whether capitalised ``word`` is an inflected plain speech verb ("Stated", "Asserting",
    "Explained", "Says"), no name ("Ted", "Ned", "Sing" are not inflected forms of one)."""
    w = word.lower()
    if not word[:1].isupper() or not w.isalpha():
        return False
    for end in lex.NAME_EDGE_ENDINGS:
        if w.endswith(end) and len(w) > len(end) + 2:
            base = w[:-len(end)]
            if end == "s" and base not in lex.NAME_EDGE_S_VERBS:
                continue  # "United States", "Small Claims" stay
            if base in lex.NAME_EDGE_VERBS or base + "e" in lex.NAME_EDGE_VERBS or \
                    end == "ed" and base.endswith("i") and base[:-1] + "y" in lex.NAME_EDGE_VERBS:
                return True
    return False


def headline_verb(word: str, lex=ENGLISH) -> bool:
    """Whether capitalised ``word`` is a verb's -s form that a Title Case headline writes between
    two names: "Warns" in "Trump Warns Clinton", "Blasts" in "Glenn Beck Blasts Drudge"; not a
    surname ending in s ("Jones", "Means", "Hastings")."""
    w = word.lower()
    if not word[:1].isupper() or not w.isalpha() or not w.endswith("s") or len(w) < 4:
        return False
    verbs = lex.HEADLINE_VERBS | lex.NAME_EDGE_VERBS
    return w[:-1] in verbs or w.endswith("es") and w[:-2] in verbs


def drop_titles(words: list[str], also: frozenset = frozenset(), lex=ENGLISH) -> list[str]:
    """The words of a name with the honorifics and title words (and ``also``) before it dropped."""
    k = 0
    while k < len(words):
        w = words[k].lower()
        if not (w.rstrip(".") in lex.HONORIFICS or w in lex.TITLE_WORDS or w in also or
                (w in lex.DESCRIPTOR_NOUNS or w in lex.LINEUP_POSITIONS or w in lex.POSITION_NOUNS) and
                len(words) - k >= 3):  # "Reader Jasmine Okafor", "Third Jill Kowalski-Ng"
            break
        k += 1
    return words[k:]


def after_last_title(words: list[str], lex=ENGLISH) -> int:
    """Where a name starts after a portfolio and its title: "Labour Minister Thomas Lacroix",
    "Finance Critic Derek Mombourquette", "Defence Secretary Ann Lee" (the portfolio, "Labour", is
    no title word of its own). The word after the last title or honorific, if two words or more
    follow it; else 0 ("John Judge", "Ann Marshal" keep their surnames)."""
    for j in range(len(words) - 3, -1, -1):
        w = words[j].lower()
        if w.rstrip(".") in lex.HONORIFICS or w in lex.TITLE_WORDS:
            return j + 1
    return 0


def headline_line(line: str) -> bool:
    """Whether a line is a Title Case headline: most words capitalised, and not a sentence that
    ends with its stop and has small words of its own ("MEXICO CITY, Feb. 8 (UPI) — Count former
    Mexican President Felipe Calderon among Donald Trump’s detractors." is a lead full of names)."""
    words = line.split()
    if not words or sum(w[:1].isupper() for w in words) <= 0.6 * len(words):
        return False
    sentence = line.rstrip().rstrip("\"”’'").endswith((".", "!", "?"))
    return not (sentence and sum(w.isalpha() and w.islower() and len(w) >= 4 for w in words) >= 2)


def harvest_names(text: str) -> list[str]:
    """Full-name candidates in text no entity recognizer read: "Josh Earnest", "Donald J. Trump".

    Leading titles and sentence words are dropped ("But Press Secretary Josh Earnest" ->
    "Josh Earnest"); runs ending in a place or institution word ("White House") are not names.
    """
    out = []
    for line in text.splitlines():
        words = line.split()
        if not words or headline_line(line):
            continue  # a headline in Title Case ("Understated Perez Wins Over …")
        out.extend(_names_in(line))
    return out


def name_runs(text: str, lex=ENGLISH) -> list[tuple[int, str]]:
    """The runs of capitalised words in ``text`` (:data:`_NAME_RUN`) as (offset, run) pairs, cut at
    a verb a Title Case headline writes between two names ("Trump Warns Clinton" -> "Trump",
    "Clinton")."""
    out = []
    for m in _NAME_RUN.finditer(text):
        part: list[tuple[int, str]] = []
        for w in re.finditer(r"\S+", m.group()):
            if not headline_verb(w.group(), lex):
                part.append((m.start() + w.start(), w.group()))
                continue
            if part:
                out.append((part[0][0], text[part[0][0]:part[-1][0] + len(part[-1][1])]))
            part = []
        if part:
            out.append((part[0][0], text[part[0][0]:part[-1][0] + len(part[-1][1])]))
    return out


def _names_in(text: str, lex=ENGLISH) -> list[str]:
    out = []
    for _, run in name_runs(text, lex):
        words = drop_titles(run.split(), also=lex.NOT_FIRST_NAMES)
        words = words[after_last_title(words, lex):]
        if len(words) >= 3 and (words[0].lower() in lex.PERSON_ROLE_NOUNS or words[0].lower() in lex.DESCRIPTOR_NOUNS):
            words = words[1:]  # "Neighbour Curtis Boudreau, 61, said": the noun is who he is, not his name
        named = [w for w in words if w not in lex.NAME_PARTICLES]  # (not "van", "der" of "Maarten van der Linde")
        if 2 <= len(named) <= 3 + (len(named) < len(words)) and words[-1].lower() not in lex.NOT_LAST_NAMES and \
                len(words[-1]) > 1 and not words[-1].endswith("."):
            out.append(" ".join(words))
    return out


def _key(word: str) -> str:
    return word.lower().strip(".,")


# A surname written with a lower-case particle glued on by a hyphen: "al-Khatib", "el-Sayed", "bin-Salman".
# (and a French elided particle: "d'Entremont", "l'Heureux")
PARTICLE_SURNAME = re.compile(r"^(?:(?:al|el|bin|ibn|abu|ben|ould|ag)-|[dl]['’])[A-Z][\w'’-]+$")


def _last_cased(word: str) -> bool:
    """A name's last word as written: capitalised, or with a lower-case particle glued on ("Khalid
    bin Nasser al-Mohannadi" is remembered under "al-mohannadi", which "Mr. al-Mohannadi" finds)."""
    return word[:1].isupper() or bool(PARTICLE_SURNAME.match(word))


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
        if len(words) >= 2 and _last_cased(words[-1]):
            self.weak_by_last.setdefault(_key(words[-1]), name)

    def add(self, name: str, title: Optional[str] = None) -> str:
        name = clean_name(name)
        words = name.split(" ")
        if not name or not _last_cased(words[-1]):
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


def brand_possessive(name: str, text: str, lex=ENGLISH) -> Optional[str]:
    """The organisation ``name`` as the text writes it when its "'s" is its own: "McDonald's",
    "Trader Joe's", "Ben & Jerry's" (clean_name strips a possessive from every name). Only when the
    text never writes the name without it, and at least once writes it as a subject, a verb or a
    stop right after ("McDonald's said Tuesday", "Lowe's declined to comment."), not only before
    a noun: "Apple's chief executive" alone is Apple's. None otherwise."""
    if not name or name.endswith(("'s", "’s")) or not name[-1:].isalpha():
        return None
    word = re.escape(name)
    if re.search(r"(?<![\w'’])%s(?!['’]s\b)(?![\w'’-])" % word, text):
        return None  # "Apple said" somewhere: the name is the bare one
    verbs = lex.HEADLINE_SPEECH_VERBS | lex.FINITE_AFTER_NAME
    for m in re.finditer(r"(?<![\w'’])%s(['’])s\b(\s*[,.;:)]|\s+([a-z]+))" % word, text):
        if m.group(3) is None or m.group(3) in verbs:
            return name + m.group(1) + "s"
    return None
