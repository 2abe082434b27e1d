"""Score stage-2 resolution (mention -> canonical speaker name) against a hand-judged audit.

    python benchmarks/resolution_audit.py PRED.jsonl [--audit benchmarks/resolution_audit.tsv] [--show]

The PolNeAR scorer cannot see this: its gold source is usually the mention itself ("he", "the
senator"), so any name passes while our mention overlaps. The audit (resolution_audit.tsv) holds 200
quotes of PolNeAR train whose speaker mention in the baseline (main 78795e4) was a pronoun or a
description: 100 resolved pronouns, 50 resolved descriptions and 50 descriptions left unresolved,
drawn at random (seed 18) over all outlets. For each, a person read the article and wrote down who
said the quote: `gold` is the name (alternatives separated by "|"), or empty when the article gives
no name (then a description such as "a top aide" is the right answer, and any proper name that is
not in the mention is wrong). `verdict` is the judgment of the baseline name:
R right, W wrong person, M should have resolved and did not, F right person but a fragment
("Bush" for "George W. Bush"), U correctly unresolved, S the baseline mention is not the speaker
(stage-1 error; these rows are left out of the accuracy).

A predicted quote is matched to an audit row by character overlap with the audited quote span.
Names are compared after folding case, accents, dots, middle initials, quoted nicknames and
"Jr."-type suffixes, so "James Comey" matches "James B. Comey", but a bare surname does not match a
full name.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
AUDIT = os.path.join(HERE, "resolution_audit.tsv")
_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}


def norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\"“”‘’'][^\"“”‘’']{1,12}[\"“”‘’']", " ", s)  # quoted nickname: John "Tig" Tiegen
    s = s.replace("’", "'").lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[.,()]", " ", s)
    toks = [t for t in s.split() if len(t) > 1 and t not in _SUFFIX]
    if toks and toks[0] == "the":
        toks = toks[1:]
    return " ".join(toks)


def load_audit(path):
    with open(path, encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_pred(path):
    by_doc = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for ln in f:
            q = json.loads(ln)
            by_doc[os.path.basename(q.get("source") or "")].append(q)
    return by_doc


def match(quotes, start, end):
    best, ov = None, 0
    for q in quotes:
        o = min(end, q["end"]) - max(start, q["start"])
        if o > ov:
            best, ov = q, o
    return best


def judge(row, q):
    """'ok', 'wrong', 'no speaker' or 'no quote' for one audit row."""
    if q is None:
        return "no quote"
    sp = q.get("speaker")
    if not sp or not sp.get("name"):
        return "no speaker"
    name = sp["name"]
    gold = row["gold"].strip()
    if gold:
        return "ok" if norm(name) in {norm(g) for g in gold.split("|")} else "wrong"
    # No name in the article: right while the name brings in no proper name the mention lacks
    # ("Christie supporter" from "the Christie supporter" is fine, "UnitedHealth Group" for
    # "the group" is not).
    mention = sp.get("text") or ""
    if name[:1].islower():  # a description left as one: "group of 67 Latin American artists"
        return "ok"
    caps = [w for w in re.findall(r"[\w'’-]+", name) if w[:1].isupper()]
    return "ok" if all(w in mention for w in caps) else "wrong"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("--audit", default=AUDIT)
    ap.add_argument("--show", action="store_true", help="list every row judged wrong")
    a = ap.parse_args()
    rows = load_audit(a.audit)
    preds = load_pred(a.pred)
    tot, by_cat, bad = collections.Counter(), collections.defaultdict(collections.Counter), []
    for r in rows:
        if r["verdict"] == "S":
            continue
        q = match(preds.get(r["doc"], []), int(r["quote_start"]), int(r["quote_end"]))
        v = judge(r, q)
        tot[v] += 1
        by_cat[r["sample"]][v] += 1
        named = "named" if r["gold"].strip() else "no name in article"
        by_cat[named][v] += 1
        if v != "ok":
            sp = (q or {}).get("speaker") or {}
            bad.append((r["doc"][:45], r["quote_start"], sp.get("text"), sp.get("name"), r["gold"] or "(none)"))
    n = sum(tot.values())
    print(f"audit rows scored: {n} (stage-1 rows left out: {sum(r['verdict'] == 'S' for r in rows)})")
    print(f"resolution accuracy: {tot['ok'] / n:.4f}  ({tot['ok']}/{n}; "
          + ", ".join(f"{k} {v}" for k, v in tot.items() if k != "ok") + ")")
    for c, cnt in sorted(by_cat.items()):
        m = sum(cnt.values())
        print(f"  {c:20s} {cnt['ok'] / m:.4f}  ({cnt['ok']}/{m})")
    if a.show:
        for b in bad:
            print("  WRONG", b)


if __name__ == "__main__":
    main()
