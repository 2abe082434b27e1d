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

# A capitalised run: words with a capital first letter, initials ("W."), joined by spaces; inner
# lower-case particles ("de", "van", "bin") allowed.
WORD = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)"
RUN = re.compile(rf"{WORD}(?:\s+(?:(?:de|del|da|van|von|bin|al|la|le|du)\s+)?{WORD})+")


def _skip(word: str) -> bool:
    w = word.lower().rstrip(".")
    return (w in LEX.HONORIFICS or w in LEX.TITLE_WORDS or w in LEX.ROLE_NOUNS or w in LEX.ARTICLES
            or w in LEX.DESCRIPTOR_NOUNS or w in LEX.PERSON_ROLE_NOUNS)


def full_names(text: str) -> set:
    """The capitalised runs of ``text`` with their title and sentence-start words dropped."""
    out = set()
    for m in RUN.finditer(text):
        words = m.group(0).split()
        while words and _skip(words[0]):
            words = words[1:]
        while words and (words[-1].lower().rstrip(".") in LEX.ARTICLES):
            words = words[:-1]
        if len(words) >= 2:
            out.add(" ".join(w.rstrip(",") for w in words))
    return out


def fragment_kind(name: str, fulls: set):
    """(kind, full name) when ``name`` is a run of words inside a longer name of ``fulls``."""
    nw = name.split()
    best = None
    for full in fulls:
        fw = full.split()
        if len(fw) <= len(nw):
            continue
        for k in range(len(fw) - len(nw) + 1):
            if fw[k:k + len(nw)] == nw:
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
                        texts[src] = set()
                found = fragment_kind(name, texts[src])
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
