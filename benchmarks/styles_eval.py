#!/usr/bin/env python3
"""Score quotex on a directory of articles we wrote, with per-quote gold speaker names.

    python benchmarks/styles_eval.py DIR [--pred PRED.jsonl] [--json]

DIR holds NAME.txt and NAME.gold.jsonl: one record per direct quote, {"start", "end"} (offsets of the
quoted words without the quotation marks, as quotex reports them), "speaker_name" (the person or
organisation who said it, or null when nobody did: a scare quote, a sign, an anonymous user), and
optionally "aliases" (other names that count as the same speaker). Without --pred the script runs
`quotex extract DIR/*.txt --format jsonl` itself.

A predicted quote matches a gold quote when they overlap by at least half of the gold span. Figures:
quote recall and precision; name accuracy over matched gold quotes that have a speaker; and every
name error (text, gold, predicted name, method). A predicted name is right when it has a capitalised
name token and every such token (honorifics and titles dropped) is a token of the gold name or an
alias: "Whitehorse" and "Darnell Whitehorse" are right for Darnell Whitehorse, "Jean Côté" is wrong
for Marie Tremblay-Côté, "the company" is wrong for any company. Standard library only.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

DROP = {"the", "of", "and", "mr", "mrs", "ms", "miss", "dr", "sir", "de", "des", "du", "la", "le",
        "coun", "councillor", "cllr", "mayor", "premier", "minister", "chief", "const", "supt",
        "insp", "cpl", "sgt", "staff", "det", "justice", "leader", "president", "sheriff", "reeve"}
TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


def _fold(s: str) -> str:
    # (accents and the apostrophe's typography say nothing of who it is: "O’Rourke" is "O'Rourke")
    s = s.replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _tokens(name: str) -> list[str]:
    out = []
    for t in TOKEN.findall(name or ""):
        t = re.sub(r"['’]s$", "", t)
        out.append(t)
    return out


def name_ok(pred: str | None, gold: str, aliases: list[str]) -> bool:
    if not pred:
        return False
    gold_tok = set()
    for g in [gold, *aliases]:
        for t in _tokens(g):
            gold_tok.add(_fold(t))
            gold_tok.update(_fold(p) for p in t.split("-"))  # "Tremblay-Gagné" also joins "Gagné"
    caps = [t for t in _tokens(pred) if t[:1].isupper() and _fold(t) not in DROP]
    if not caps:
        return False
    return all(_fold(t) in gold_tok for t in caps)


def load_pred(path: str) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            obj = json.loads(line)
            quotes = obj.get("quotes") if isinstance(obj, dict) and "quotes" in obj else [obj]
            for q in quotes:
                src = q.get("source") or obj.get("source") or ""
                name = os.path.basename(src)
                name = name[:-4] if name.endswith(".txt") else name
                by_doc.setdefault(name, []).append(q)
    return by_doc


def run_quotex(files: list[str]) -> dict[str, list[dict]]:
    cmd = [sys.executable, "-m", "quotex.cli", "extract", *files, "--format", "jsonl"]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(proc.returncode)
    tmp = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    by_doc: dict[str, list[dict]] = {}
    for q in tmp:
        name = os.path.basename(q.get("source", ""))
        by_doc.setdefault(name[:-4] if name.endswith(".txt") else name, []).append(q)
    return by_doc


def score(directory: str, pred: dict[str, list[dict]]) -> dict:
    n_gold = n_found = n_pred = n_pred_matched = 0
    n_named = n_named_ok = 0
    errors, spurious = [], []
    for gold_path in sorted(glob.glob(os.path.join(directory, "*.gold.jsonl"))):
        name = os.path.basename(gold_path)[: -len(".gold.jsonl")]
        text = open(os.path.join(directory, name + ".txt"), encoding="utf-8", newline="").read()
        gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
        preds = [q for q in pred.get(name, []) if q.get("type") != "indirect"]
        n_pred += len(preds)
        used = set()
        for g in gold:
            n_gold += 1
            best, best_ov = None, 0
            for i, q in enumerate(preds):
                ov = min(g["end"], q["end"]) - max(g["start"], q["start"])
                if ov > best_ov:
                    best, best_ov = i, ov
            if best is None or best_ov * 2 < (g["end"] - g["start"]):
                if g["speaker_name"]:
                    errors.append((name, g["text"][:60], g["speaker_name"], "<quote missed>", ""))
                continue
            n_found += 1
            used.add(best)
            q = preds[best]
            sp = q.get("speaker") or {}
            pname = sp.get("name") if isinstance(sp, dict) else sp
            if not g["speaker_name"]:
                if pname:
                    spurious.append((name, g["text"][:60], None, pname, q.get("method", "")))
                continue
            n_named += 1
            if name_ok(pname, g["speaker_name"], g.get("aliases", [])):
                n_named_ok += 1
            else:
                errors.append((name, g["text"][:60], g["speaker_name"], pname, q.get("method", "")))
        n_pred_matched += len(used)
    return {
        "gold_quotes": n_gold,
        "quote_recall": round(n_found / n_gold, 4) if n_gold else 0.0,
        "quote_precision": round(n_pred_matched / n_pred, 4) if n_pred else 0.0,
        "named_quotes_found": n_named,
        "name_accuracy": round(n_named_ok / n_named, 4) if n_named else 0.0,
        "name_errors": errors,
        "names_on_unsourced_quotes": spurious,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--pred", help="quotex JSON Lines output (default: run quotex on DIR/*.txt)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    files = sorted(p[: -len(".gold.jsonl")] + ".txt" for p in glob.glob(os.path.join(args.dir, "*.gold.jsonl")))
    pred = load_pred(args.pred) if args.pred else run_quotex(files)
    res = score(args.dir, pred)
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
        return 0
    print(f"articles {len(files)}  gold quotes {res['gold_quotes']}  quote recall {res['quote_recall']}"
          f"  quote precision {res['quote_precision']}")
    print(f"name accuracy {res['name_accuracy']} over {res['named_quotes_found']} found quotes with a speaker")
    print(f"\nname errors ({len(res['name_errors'])}):")
    for doc, text, gold, got, method in res["name_errors"]:
        print(f"  {doc}: {text!r}\n      gold {gold!r}  got {got!r}  [{method}]")
    if res["names_on_unsourced_quotes"]:
        print(f"\nnames given to quotes nobody said ({len(res['names_on_unsourced_quotes'])}):")
        for doc, text, _gold, got, method in res["names_on_unsourced_quotes"]:
            print(f"  {doc}: {text!r}  got {got!r}  [{method}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
