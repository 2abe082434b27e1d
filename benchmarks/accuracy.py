"""Accuracy on a PolNeAR-style split: the scorer's figures plus a per-kind error table.

    python benchmarks/accuracy.py ../shared/polnear/train [--limit N] [--every K] [--pred OUT.jsonl]
        [--scorer ../shared/eval/quote_eval.py] [--errors 20] [--bands] [--cache DIR]
        [--calibrate] [--sieve CONFIG | --without RULE,RULE]

Runs quotex in this process over SPLIT/text/*.txt, writes the predictions as JSON Lines, runs
the scorer on them and sorts the errors into kinds (false quote, missed, wrong speaker by method
and by shape). ``--bands`` prints precision by confidence band.

``--calibrate`` measures the precision of every method per kind of speaker and writes it to
``quotex/attribution/confidence.json``, the table the package reads each answer's confidence from (run it
on train after adding or changing a rule, then again with ``--bands`` to see the bands).
``--sieve`` / ``--without`` run an ablation: another rule order (:mod:`quotex.attribution.sieve`).
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "quote_eval.py")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}


def load_scorer(path: str):
    spec = importlib.util.spec_from_file_location("quote_eval", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def select(split: str, limit: int | None, every: int | None) -> list[str]:
    names = sorted(f for f in os.listdir(os.path.join(split, "text")) if f.endswith(".txt"))
    if every:
        names = [n for i, n in enumerate(names) if i % every == 0]
    return names[:limit] if limit else names


def cached_parse(nlp, cache_dir: str):
    """A ``parse`` for :func:`quotex.text.windows.extract_text` that keeps every parsed window on disk.

    Keyed by a hash of the model name and the window's text, so a second run over the same split
    only re-runs the attribution rules: seconds instead of minutes when working on a rule. Delete
    the folder after changing anything that runs inside the spaCy pipeline.
    """
    import hashlib

    from spacy.tokens import DocBin

    from quotex.text.windows import _pipe

    os.makedirs(cache_dir, exist_ok=True)
    tag = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{','.join(nlp.pipe_names)}"
    pipe = _pipe(nlp, 4)

    def parse(texts):
        for t in texts:
            key = hashlib.sha1((tag + "\0" + t).encode("utf-8")).hexdigest()
            path = os.path.join(cache_dir, key + ".spacy")
            if os.path.exists(path):
                [doc] = DocBin().from_disk(path).get_docs(nlp.vocab)
            else:
                [doc] = pipe([t])
                DocBin(store_user_data=False, docs=[doc]).to_disk(path)
            yield doc

    return parse


def predict(split: str, names: list[str], out_path: str, model: str | None = None,
            cache: str | None = None, sieve=None, indirect: bool = False) -> None:
    from quotex.attribution.attribute import DocState
    from quotex.text.windows import extract_text
    from quotex.nlp.model import load_model
    from quotex.attribution.sieve import DEFAULT_SIEVE

    nlp = load_model(model)
    parse = cached_parse(nlp, cache) if cache else None
    with open(out_path, "w", encoding="utf-8") as out:
        for n in names:
            path = os.path.join(split, "text", n)
            with open(path, "rb") as fh:
                text = fh.read().decode("utf-8")
            state = DocState(sieve=sieve or DEFAULT_SIEVE)
            for q in extract_text(text, nlp, source=path, parse=parse, state=state, indirect=indirect):
                out.write(json.dumps(q.to_dict(), ensure_ascii=False) + "\n")


def subset_split(split: str, names: list[str]) -> str:
    """A temporary split directory of symlinks holding only ``names``."""
    tmp = tempfile.mkdtemp(prefix="quotex-acc-")
    os.makedirs(os.path.join(tmp, "text"))
    os.makedirs(os.path.join(tmp, "attributions"))
    wanted = {n[:-4] for n in names}
    for n in names:
        os.symlink(os.path.abspath(os.path.join(split, "text", n)), os.path.join(tmp, "text", n))
    for f in os.listdir(os.path.join(split, "attributions")):
        if re.sub(r"_[0-9a-f]{4}\.ann$", "", f) in wanted:
            os.symlink(os.path.abspath(os.path.join(split, "attributions", f)), os.path.join(tmp, "attributions", f))
    return tmp


def shape(q: dict, gold_src: list[str], text: str) -> str:
    sp = q.get("speaker") or {}
    g = " ".join(gold_src).strip()
    if not sp:
        return "no speaker given"
    if g.lower() in PRONOUNS:
        return "gold is a pronoun"
    if sp.get("text", "").lower() in PRONOUNS:
        return "we gave a pronoun"
    if g.isupper() and len(g) > 1:
        return "transcript name"
    return "other"


def kinds(qe, split: str, pred_path: str):
    preds = qe.load_predictions(pred_path)
    table = collections.Counter()
    examples = collections.defaultdict(list)
    bands = collections.defaultdict(lambda: [0, 0])  # band -> [given, right]
    for name, text, ann in qe.split_docs(split):
        gold = qe.gold_quotes(text, ann)
        mapped, unmapped = qe.predicted_segments(text, preds.get(name, []))
        for q in unmapped:
            table["false quote (no quote segment)"] += 1
        for seg, q in mapped.items():
            method = q.get("method", "?")
            conf = float(q.get("confidence") or 0)
            band = f"{min(int(conf * 10), 9) / 10:.1f}-{min(int(conf * 10), 9) / 10 + 0.1:.1f}"
            if seg not in gold:
                k = "false quote, with speaker" if q.get("speaker") else "false quote, no speaker"
                table[k] += 1
                examples[k].append((name, text[seg[0]:seg[1]][:80], method))
                if q.get("speaker"):
                    bands[band][0] += 1
                continue
            src = gold[seg]
            if not src:
                continue
            ok = qe.speaker_ok(q, src, text)
            if q.get("speaker"):
                bands[band][0] += 1
                bands[band][1] += ok
            if not ok:
                k = f"wrong speaker: {method} / {shape(q, [text[a:b] for a, b in src], text)}"
                table[k] += 1
                examples[k].append((name, text[seg[0]:seg[1]][:80], (q.get("speaker") or {}).get("name"),
                                    [text[a:b] for a, b in src]))
        for seg in gold:
            if seg not in mapped:
                table["missed quote"] += 1
                examples["missed quote"].append((name, text[seg[0]:seg[1]][:80]))
    return table, examples, bands


def indirect_table(qe, split: str, pred_path: str, n_examples: int) -> str:
    """Reported speech by cue: predictions, right ones (matched a gold content as the scorer
    matches them) and right speakers per cue lemma, then examples of false reports."""
    preds = qe.load_predictions(pred_path)
    per = collections.defaultdict(lambda: [0, 0, 0])  # cue -> [given, matched, speaker right]
    false_ex = collections.defaultdict(list)
    for name, text, ann in qe.split_docs(split):
        gold = qe.gold_indirect(text, ann)
        used = set()
        for q in preds.get(name, []):
            if str(q.get("type", "")).lower() != "indirect":
                continue
            cue = ((q.get("cue") or {}).get("lemma") or (q.get("cue") or {}).get("text") or "?").lower()
            span = (int(q["start"]), int(q["end"]))
            best, best_ov = None, 0
            for gi, (content, _) in enumerate(gold):
                if gi in used:
                    continue
                ov = sum(qe._overlap(span, c) for c in content)
                size = min(span[1] - span[0], sum(b - a for a, b in content))
                if ov * 2 >= max(1, size) and ov > best_ov:
                    best, best_ov = gi, ov
            per[cue][0] += 1
            if best is None:
                false_ex[cue].append((name, text[span[0]:span[1]][:90]))
                continue
            used.add(best)
            per[cue][1] += 1
            src = gold[best][1]
            per[cue][2] += bool(src) and qe.speaker_ok(q, src, text)
    lines = [f"{'cue':>16} {'given':>6} {'right':>6} {'prec':>6} {'speaker':>7}"]
    for cue, (g, m, s) in sorted(per.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"{cue:>16} {g:6d} {m:6d} {m / g:6.3f} {s:7d}")
        for ex in false_ex[cue][:n_examples]:
            lines.append(f"          false: {ex}")
    return "\n".join(lines)


# How many quotes of its parent's precision a method's (or a kind's) count is pulled towards:
# a method seen 3 times on train gets about its method's precision, not 0 or 1; one seen 3,000
# times gets its own.
PRIOR_WEIGHT = 10


def calibration(qe, split: str, pred_path: str) -> dict:
    """Precision per method and kind of speaker (attributed quotes on gold quote segments with a
    source, a quote that is not a gold quote counting as wrong, as in ``--bands``), shrunk
    towards the method's precision and that towards the precision of all methods."""
    from quotex.attribution.methods import SPEAKER_KINDS, Method, speaker_kind
    from quotex.records import Speaker

    preds = qe.load_predictions(pred_path)
    counts: dict = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
    for name, text, ann in qe.split_docs(split):
        gold = qe.gold_quotes(text, ann)
        mapped, _ = qe.predicted_segments(text, preds.get(name, []))
        for seg, q in mapped.items():
            if not q.get("speaker") or (seg in gold and not gold[seg]):
                continue
            ok = seg in gold and qe.speaker_ok(q, gold[seg], text)
            cell = counts[q["method"]][speaker_kind(Speaker(**q["speaker"]))]
            cell[0] += 1
            cell[1] += bool(ok)
    def pooled(cells) -> float:
        n = sum(c[0] for c in cells)
        return sum(c[1] for c in cells) / n if n else 0.0

    def shrink(r: int, n: int, parent: float) -> float:
        return (r + PRIOR_WEIGHT * parent) / (n + PRIOR_WEIGHT)

    # A method's parent: all methods as strong or as weak as it (``Method.carries``); a kind's
    # parent: its method's precision scaled by how that kind does against all kinds.
    speaking = [m for m in Method if m.speaks]
    family = {flag: pooled([c for m in speaking if m.carries == flag for c in counts.get(m.value, {}).values()])
              for flag in (True, False)}
    overall = pooled([c for m in counts.values() for c in m.values()])
    ratio = {k: pooled([m[k] for m in counts.values() if k in m]) / overall for k in SPEAKER_KINDS}
    table, raw = {}, {}
    for m in speaking:
        cells = counts.get(m.value, {})
        mp = shrink(sum(c[1] for c in cells.values()), sum(c[0] for c in cells.values()), family[m.carries])
        row = {}
        for k in SPEAKER_KINDS:
            parent = min(1.0, mp * ratio[k])
            row[k] = round(shrink(cells[k][1], cells[k][0], parent) if k in cells else parent, 3)
        table[m.value] = row
        raw[m.value] = {k: cells[k] for k in SPEAKER_KINDS if k in cells}
    return {"measured_on": os.path.basename(os.path.normpath(split)) + f" ({len(preds)} documents with quotes)",
            "how": "precision of attributed quotes per method and speaker kind; each cell is "
                   f"(right + {PRIOR_WEIGHT} * parent) / (given + {PRIOR_WEIGHT}); a method's parent is all methods "
                   "as strong or as weak as it (Method.carries), a kind's parent its method's precision times the "
                   "kind's precision over all kinds' (capped at 1); written by benchmarks/accuracy.py --calibrate",
            "confidence": table, "counts [given, right]": raw}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--every", type=int, help="take every K-th article")
    ap.add_argument("--pred", help="write predictions here (default: a temp file)")
    ap.add_argument("--scorer", default=DEFAULT_SCORER)
    ap.add_argument("--model")
    ap.add_argument("--errors", type=int, default=3, help="examples per error kind")
    ap.add_argument("--bands", action="store_true", help="precision by confidence band")
    ap.add_argument("--cache", help="keep parsed windows in this folder (for iterating on rules)")
    ap.add_argument("--calibrate", action="store_true",
                    help="measure each method's precision per speaker kind and write quotex/attribution/confidence.json")
    ap.add_argument("--sieve", help="run this sieve config instead of the default (see quotex.attribution.sieve)")
    ap.add_argument("--without", help="drop these rules (comma-separated) from the default sieve")
    ap.add_argument("--indirect", action="store_true",
                    help="also find reported speech and score it (the scorer's --indirect): figures and "
                         "--errors examples of misses and false reports, by cue")
    a = ap.parse_args(argv)
    from quotex.attribution import methods
    from quotex.attribution.sieve import DEFAULT_SIEVE, Sieve

    sieve = Sieve.parse(a.sieve) if a.sieve else DEFAULT_SIEVE
    if a.without:
        sieve = sieve.without(*a.without.split(","))
    if a.calibrate:
        try:
            methods.load_confidence()
        except (OSError, ValueError, RuntimeError):
            # A method the table does not know yet: answers need some confidence before it is measured.
            methods.use_table({m.value: dict.fromkeys(methods.SPEAKER_KINDS, 0.0) for m in methods.Method if m.speaks})
    qe = load_scorer(a.scorer)
    names = select(a.split, a.limit, a.every)
    split = a.split if len(names) == len(select(a.split, None, None)) else subset_split(a.split, names)
    pred = a.pred or os.path.join(tempfile.mkdtemp(prefix="quotex-pred-"), "pred.jsonl")
    predict(a.split, names, pred, a.model, a.cache, sieve, a.indirect)
    print(subprocess.run([sys.executable, a.scorer, "score", split, pred], capture_output=True, text=True).stdout)
    if a.indirect:
        print(subprocess.run([sys.executable, a.scorer, "score", split, pred, "--indirect"],
                             capture_output=True, text=True).stdout)
        print(indirect_table(qe, split, pred, a.errors))
        return 0
    table, examples, bands = kinds(qe, split, pred)
    print(f"{'count':>6}  error kind")
    for k, n in table.most_common():
        print(f"{n:6d}  {k}")
        for ex in examples[k][:a.errors]:
            print(f"          {ex}")
    if a.bands:
        print("\nconfidence band  attributed  speaker right  precision")
        for band in sorted(bands):
            given, right = bands[band]
            print(f"{band:>15}  {given:10d}  {right:13d}  {right / given if given else 0:.3f}")
    if a.calibrate:
        table = calibration(qe, split, pred)
        with open(methods.CONFIDENCE_FILE, "w", encoding="utf-8") as fh:
            json.dump(table, fh, indent=1, sort_keys=False)
            fh.write("\n")
        print(f"\nwrote {methods.CONFIDENCE_FILE}")
        print(f"{'method':28} " + " ".join(f"{k:>13}" for k in methods.SPEAKER_KINDS))
        for m, row in table["confidence"].items():
            cnt = table["counts [given, right]"][m]
            print(f"{m:28} " + " ".join(f"{row[k]:6.3f} ({cnt.get(k, [0])[0]:4d})" for k in methods.SPEAKER_KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
