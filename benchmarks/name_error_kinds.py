"""Classify entity-level name errors (scorer's entity_ok fails) into kinds, with counts.

    python benchmarks/name_error_kinds.py ../shared/polnear/train PRED.jsonl [--examples N]

Kinds are checked in order; the first that fits wins. "M-ok" means the predicted mention overlaps
the gold Source (stage 1 right) but the canonical name does not share a name token with it; all
other kinds are stage-1 attribution differences (the mention is elsewhere).
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "quote_eval.py")
PRON = {"he", "she", "they", "it", "i", "we", "his", "her", "their", "its", "him", "them", "us", "me",
        "you", "who", "one", "which", "that"}


def load(path):
    spec = importlib.util.spec_from_file_location("quote_eval", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def kind(Q, text, seg, q, src):
    sp = q.get("speaker") or {}
    g = " | ".join(text[a:b] for a, b in src).strip()
    gl = g.lower()
    gtok = set().union(*(Q._tokens(text[a:b]) for a, b in src))
    t, n = str(sp.get("text") or ""), str(sp.get("name") or "")
    quote = text[seg[0]:seg[1]]
    first_nl = text.find("\n")
    if Q.speaker_ok(q, src, text):
        return "mention ok, name wrong (mostly gold convention: name inside a description modifier, plural, non-person)"
    if first_nl > 0 and seg[0] < first_nl:
        return "headline quote"
    if "transcript" in gl or (t.isupper() and len(t) > 2):
        return "transcript label convention"
    if not sp:
        return "no speaker predicted"
    short = len(quote.split()) <= 3
    if not gtok and gl.split()[0] in PRON:
        if t.lower() in PRON:
            return "gold pronoun, we chose another pronoun" + (" (scare quote)" if short else "")
        return "gold pronoun, we chose a named/description mention" + (" (scare quote)" if short else "")
    if not gtok:
        return "gold description/nominal, our mention elsewhere"
    if t.lower() in PRON:
        return "our pronoun/relative resolved to wrong entity"
    if n[:1].isupper() and sp.get("kind") == "person":
        return "attributed to another named person" + (" (scare quote)" if short else "")
    if n[:1].isupper():
        return "attributed to another named org/unknown"
    return "junk/description name (NER fragment, common noun, verb)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("split")
    ap.add_argument("pred")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--scorer", default=SCORER)
    a = ap.parse_args()
    Q = load(a.scorer)
    preds = Q.load_predictions(a.pred)
    kinds, ex = collections.Counter(), collections.defaultdict(list)
    for name, text, ann in Q.split_docs(a.split):
        gold = Q.gold_quotes(text, ann)
        mapped, _ = Q.predicted_segments(text, preds.get(name, []))
        for seg, q in mapped.items():
            src = gold.get(seg)
            if not src or Q.entity_ok(q, src, text):
                continue
            k = kind(Q, text, seg, q, src)
            sp = q.get("speaker") or {}
            kinds[k] += 1
            ex[k].append((name[:30], " | ".join(text[x:y] for x, y in src)[:40], sp.get("text"), sp.get("name"),
                          text[seg[0]:seg[1]][:40]))
    print(sum(kinds.values()), "name errors")
    for k, v in kinds.most_common():
        print(f"{v:5d}  {k}")
        for e in ex[k][:a.examples]:
            print("         ", e)


if __name__ == "__main__":
    main()
