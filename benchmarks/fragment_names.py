"""Speaker names that are a fragment of a fuller name the same article gives.

    python benchmarks/fragment_names.py PRED.jsonl [PRED2.jsonl ...] [--examples N]

The PolNeAR scorer counts a shared capitalised word as right, so "Acosta" for "Melba Acosta Febo"
or "Bush" for "George W. Bush" scores right although a reader wants the full name. This scans a
prediction (quotex's jsonl: each quote's "source" names the article file, read for its text) for
speaker names that are a run of words inside a longer capitalised name of the same article, and
counts them by kind:

* bare surname -- one word, the last word of a fuller name ("Acosta" < "Melba Acosta Febo");
* first name   -- one word, the first word of a fuller name ("Hillary" < "Hillary Clinton");
* fragment     -- more words, still short of the full name ("Acosta Febo", "Daily News" <
  "New York Daily News").

A fuller name counts only when it is not just the name with a title or a word of the sentence
before it ("Sen. Warren", "Democrat Warren", "When Warren"): its extra words must look like name
words (capitalised, not a title or a function word) and the run must not start the sentence with
a common word. Organisations are listed apart: "Daily News" for "New York Daily News" may be fine.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from quotex.lexicon import ENGLISH as LEX  # noqa: E402
from quotex.resolution.gender import listed_first_name  # noqa: E402

# A capitalised run: words with a capital first letter, initials ("W."), joined by spaces; inner
# lower-case particles ("de", "van", "bin") allowed.
WORD = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)"
RUN = re.compile(rf"{WORD}(?:\s+(?:(?:de|del|da|van|von|bin|al|la|le|du)\s+)?{WORD})+")


def _skip(word: str) -> bool:
    w = word.lower().rstrip(".")
    return (w in LEX.HONORIFICS or w in LEX.TITLE_WORDS or w in LEX.ROLE_NOUNS or w in LEX.ARTICLES
            or w in LEX.DESCRIPTOR_NOUNS or w in LEX.PERSON_ROLE_NOUNS)


def _ends_sentence(word: str) -> bool:
    """"Trump." ends a sentence; an initial ("W.") or an abbreviated title ("Gov.", "St.") does not."""
    w = word.rstrip(",")
    return w.endswith(".") and len(w) > 2 and not _skip(w) and w.rstrip(".").lower() not in LEX.HONORIFICS


def full_names(text: str) -> tuple:
    """(person names, other names) of ``text``: capitalised runs cut at sentence ends, with
    title words dropped; a person's must start at a listed first name ("Melba Acosta Febo",
    "Pete King" of "New York Congressman Pete King"), another's without the leading words the article
    also writes in lower case ("As Politico" is no name)."""
    lower = set(re.findall(r"\b[a-z][\w'’-]*", text))
    people, others = set(), set()
    body = text[text.find("\n") + 1:]  # (the headline is in title case: "Glenn Beck Blasts Drudge")
    for m in RUN.finditer(body):
        words, run = m.group(0).split(), []
        for w in words:
            run.append(w)
            if _ends_sentence(w):
                break
        words = [w.rstrip(",") for w in run]
        if words and _ends_sentence(words[-1]):
            words[-1] = words[-1].rstrip(".")
        org = list(words)
        while org and (_skip(org[0]) or org[0].lower() in lower):
            org = org[1:]
        if len(org) >= 2:
            others.add(" ".join(org))
        start = max((i + 1 for i, w in enumerate(words) if _skip(w)), default=0)
        k = next((i for i, w in enumerate(words[start:], start) if listed_first_name(w)), None)
        if k is not None and 2 <= len(words) - k <= 4:
            people.add(" ".join(words[k:]))
    return people, others


def fragment_kind(name: str, fulls: set):
    """(kind, full name) when ``name`` is a run of words inside a longer name of ``fulls``."""
    nw = name.split()
    best = None
    for full in fulls:
        fw = full.split()
        if len(fw) <= len(nw):
            continue
        for k in range(len(fw) - len(nw) + 1):
            # (a run that goes on past the name is a sentence's words more often than a longer
            # name: only a single word may stand first; more words must end the full name)
            if fw[k:k + len(nw)] == nw and (len(nw) == 1 or k + len(nw) == len(fw)):
                if len(nw) == 1:
                    kind = "bare surname" if k == len(fw) - len(nw) else \
                        "first name" if k == 0 else "fragment"
                else:
                    kind = "fragment"
                if best is None or len(fw) > len(best[1].split()):
                    best = (kind, full)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred", nargs="+")
    ap.add_argument("--examples", type=int, default=8)
    a = ap.parse_args()
    for path in a.pred:
        texts, counts, ex, quotes = {}, collections.Counter(), collections.defaultdict(list), 0
        with open(path, encoding="utf-8") as f:
            for ln in f:
                q = json.loads(ln)
                sp = q.get("speaker") or {}
                name = sp.get("name")
                if not name or not name[:1].isupper():
                    continue
                quotes += 1
                src = q.get("source")
                if src not in texts:
                    try:
                        with open(src, encoding="utf-8") as t:
                            texts[src] = full_names(t.read())
                    except OSError:
                        texts[src] = (set(), set())
                people, others = texts[src]
                found = fragment_kind(name, people if sp.get("kind") == "person" else others)
                if found:
                    kind = f"{found[0]} ({'person' if sp.get('kind') == 'person' else 'org/other'})"
                    counts[kind] += 1
                    ex[kind].append((os.path.basename(src)[:40], name, found[1]))
        print(f"{path}: {quotes} quotes with a capitalised speaker name, "
              f"{sum(counts.values())} fragments of a fuller name in the article")
        for k, v in counts.most_common():
            print(f"  {v:5d}  {k}")
            seen = set()
            for e in ex[k]:
                if (e[1], e[2]) in seen:
                    continue
                seen.add((e[1], e[2]))
                print(f"           {e[0]}: {e[1]!r} < {e[2]!r}")
                if len(seen) >= a.examples:
                    break


if __name__ == "__main__":
    main()
