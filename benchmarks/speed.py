#!/usr/bin/env python3
"""Speed of quotex against bare spaCy (and textacy when available), with the same model.

Run from the repository root with the Python that has quotex and the model installed:

    python benchmarks/speed.py                       # all three comparisons, median of 5
    python benchmarks/speed.py --only single --repeat 9
    python benchmarks/speed.py --textacy-python /path/to/venv-textacy/bin/python

Three comparisons, each run ``--repeat`` times with the two sides interleaved (so a busy
machine slows both alike); the medians and their ratio are printed, and with ``--json`` as one
JSON object.

1. ``single``: one article end to end, whole processes: ``quotex extract SEED --format json``
   against a bare script that imports spaCy, loads the same model and parses the same text.
   Ratio = bare / quotex (>= 1.0: quotex is no slower).
2. ``corpus``: throughput over ``--docs`` articles in one process, after the model is loaded:
   quotex's own document loop (what ``quotex extract --format json`` runs with ``--jobs 1``)
   against a bare ``nlp.pipe`` over the same texts with the full pipeline, and against
   textacy's ``direct_quotations`` over ``nlp.pipe``; ``quotex --indirect`` (reported speech,
   which parses every paragraph) is timed as a side of its own (textacy skipped when not importable;
   ``--textacy-python`` runs that side with another interpreter, e.g. a separate venv).
   Ratio = other / quotex (>= 1.0: quotex is faster).
3. ``jobs``: ``quotex extract --from-list LIST --format json`` with ``--jobs 1`` against
   ``--jobs N`` (default 2), whole processes. Ratio = jobs1 / jobsN.

Times are wall-clock seconds; CPU seconds (user + system, children included) are printed
beside them, since on a shared machine they are the steadier of the two. Nothing here is
asserted: this is a measuring tool, not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_SEED = SHARED / "seed" / "000_ee7681ee4ce6f542.txt"
DEFAULT_CORPUS = SHARED / "polnear" / "train" / "text"

BARE_SINGLE = """
import sys, spacy
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8", newline="") as fh:
    doc = nlp(fh.read())
"""

# Each corpus worker loads the model, then times reading + processing the listed files and
# prints {"seconds", "cpu", "docs", "quotes"} as JSON on its last line.
CORPUS_BARE = """
import json, sys, time, spacy
nlp = spacy.load(sys.argv[1])
paths = [p.rstrip("\\n") for p in open(sys.argv[2], encoding="utf-8")]
t0, c0 = time.perf_counter(), time.process_time()
texts = (open(p, encoding="utf-8", newline="").read() for p in paths)
n = sum(1 for _ in nlp.pipe(texts))
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "docs": n, "quotes": None}))
"""

CORPUS_TEXTACY = """
import json, sys, time, spacy
from textacy.extract.triples import direct_quotations
nlp = spacy.load(sys.argv[1])
paths = [p.rstrip("\\n") for p in open(sys.argv[2], encoding="utf-8")]
t0, c0 = time.perf_counter(), time.process_time()
texts = (open(p, encoding="utf-8", newline="").read() for p in paths)
n = quotes = 0
for doc in nlp.pipe(texts):
    n += 1
    try:
        quotes += sum(1 for _ in direct_quotations(doc))
    except ValueError:  # textacy gives up on an odd number of quotation marks
        pass
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "docs": n, "quotes": quotes}))
"""

CORPUS_QUOTEX = """
import json, os, sys, time
from quotex.io.inputs import read_documents
from quotex.nlp.model import load_model
from quotex.io.output import write_json_document
from quotex.document import Options
from quotex.runner import run
nlp = load_model(sys.argv[1])
options = Options(all_quotes=True, indirect=sys.argv[3:] == ["--indirect"])
paths = [p.rstrip("\\n") for p in open(sys.argv[2], encoding="utf-8")]
t0, c0 = time.perf_counter(), time.process_time()
n = quotes = 0
with open(os.devnull, "w", encoding="utf-8") as out:
    for r in run(read_documents(paths), nlp=nlp, options=options):
        n += 1
        quotes += len(r.quotes)
        write_json_document(out, r.document.source, r.quotes, None, r.document.meta)
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "docs": n, "quotes": quotes}))
"""


def _quotex_cmd(python: str) -> list[str]:
    """The installed console script next to ``python`` when there is one, as a user runs it."""
    script = Path(python).parent / "quotex"
    if script.exists():
        return [str(script)]
    found = shutil.which("quotex")
    return [found] if found else [python, "-c", "from quotex.cli import run; run()"]


def _compile_quotex(python: str) -> None:
    """Byte-compile quotex as ``pip install`` does, so that neither side compiles its code at run
    time (spaCy's .pyc files exist; an editable install run with PYTHONDONTWRITEBYTECODE=1 would
    otherwise compile quotex's modules on every start)."""
    where = subprocess.run([python, "-c", "import os, quotex; print(os.path.dirname(quotex.__file__))"],
                           capture_output=True, text=True)
    if where.returncode == 0 and where.stdout.strip():
        subprocess.run([python, "-m", "compileall", "-q", where.stdout.strip()], capture_output=True)


def _timed(cmd: list[str], stdout=subprocess.DEVNULL, env=None) -> tuple[float, float, str]:
    """Run ``cmd``; return (wall seconds, CPU seconds of the child, its stdout when captured)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stdout if stdout is subprocess.PIPE else ""


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def _report(title: str, rows: dict[str, dict[str, list[float]]], ratios: dict[str, tuple[str, str]],
            unit: str = "s") -> dict:
    print(f"\n== {title}")
    out: dict = {"runs": {}, "ratios": {}}
    for name, m in rows.items():
        wall, cpu = _median(m["wall"]), _median(m["cpu"])
        out["runs"][name] = {"wall": wall, "cpu": cpu, "wall_all": m["wall"], "cpu_all": m["cpu"]}
        extra = f"  ({m['note']})" if m.get("note") else ""
        print(f"  {name:<22} wall {wall:8.3f}{unit}   cpu {cpu:8.3f}{unit}   "
              f"[{', '.join(f'{x:.2f}' for x in m['wall'])}]{extra}")
    for label, (num, den) in ratios.items():
        if num in out["runs"] and den in out["runs"]:
            w = out["runs"][num]["wall"] / out["runs"][den]["wall"]
            c = out["runs"][num]["cpu"] / out["runs"][den]["cpu"]
            out["ratios"][label] = {"wall": round(w, 3), "cpu": round(c, 3)}
            print(f"  ratio {label:<28} {w:6.2f}x wall   {c:6.2f}x cpu")
    return out


def bench_single(args) -> dict:
    py = args.python
    seed = str(args.seed)
    cmds = {
        "bare spaCy": [py, "-c", BARE_SINGLE, args.model, seed],
        "quotex extract": _quotex_cmd(py) + ["extract", seed, "--format", "json", "--model", args.model],
    }
    rows = {k: {"wall": [], "cpu": []} for k in cmds}
    _compile_quotex(py)
    for name, cmd in cmds.items():  # one untimed run each: disk caches
        _timed(cmd)
    for _ in range(args.repeat):
        for name, cmd in cmds.items():
            wall, cpu, _ = _timed(cmd)
            rows[name]["wall"].append(wall)
            rows[name]["cpu"].append(cpu)
    return _report(f"1. one article end to end ({Path(seed).name}, whole process)", rows,
                   {"bare / quotex": ("bare spaCy", "quotex extract")})


def _corpus_list(args, tmp: Path) -> Path:
    names = sorted(p for p in os.listdir(args.corpus) if p.endswith(".txt"))[: args.docs]
    if not names:
        raise SystemExit(f"no .txt files in {args.corpus}")
    lst = tmp / "paths.txt"
    lst.write_text("".join(str(Path(args.corpus) / n) + "\n" for n in names), encoding="utf-8")
    return lst


def _textacy_python(args) -> str | None:
    candidates = [args.textacy_python] if args.textacy_python else [args.python]
    check = ("import importlib.util, os, sys, textacy.extract.triples, spacy\n"
             "m = sys.argv[1]\n"
             "sys.exit(0 if os.path.exists(m) or importlib.util.find_spec(m) else 3)\n")
    for py in candidates:
        try:
            probe = subprocess.run([py, "-c", check, args.model], capture_output=True, text=True)
        except OSError:
            probe = None
        if probe is not None and probe.returncode == 0:
            return py
        if args.textacy_python:
            what = "the model" if probe is not None and probe.returncode == 3 else "textacy"
            print(f"  ({what} is not importable with {py}; textacy skipped)")
    return None


def bench_corpus(args, tmp: Path) -> dict:
    lst = _corpus_list(args, tmp)
    n = sum(1 for _ in open(lst, encoding="utf-8"))
    sides = {
        "bare nlp.pipe": [args.python, "-c", CORPUS_BARE, args.model, str(lst)],
        "quotex": [args.python, "-c", CORPUS_QUOTEX, args.model, str(lst)],
        # Reported speech parses the paragraphs far from any quote too (quotex.attribution.indirect).
        "quotex --indirect": [args.python, "-c", CORPUS_QUOTEX, args.model, str(lst), "--indirect"],
    }
    tx = _textacy_python(args)
    if tx is not None:
        sides["textacy quotations"] = [tx, "-c", CORPUS_TEXTACY, args.model, str(lst)]
    else:
        print("  (textacy not installed: that comparison is skipped; see --textacy-python)")
    rows = {k: {"wall": [], "cpu": []} for k in sides}
    for _ in range(args.repeat):
        for name, cmd in sides.items():
            _, _, out = _timed(cmd, stdout=subprocess.PIPE)
            res = json.loads(out.strip().splitlines()[-1])
            rows[name]["wall"].append(res["seconds"])
            rows[name]["cpu"].append(res["cpu"])
            rows[name]["note"] = f"{res['docs']} docs" + (f", {res['quotes']} quotes" if res["quotes"] is not None else "")
    for m in rows.values():
        m["wall_rate"] = [n / s for s in m["wall"]]
    out = _report(f"2. corpus throughput, one process ({n} articles of {args.corpus})", rows,
                  {"bare nlp.pipe / quotex": ("bare nlp.pipe", "quotex"),
                   "bare nlp.pipe / quotex --indirect": ("bare nlp.pipe", "quotex --indirect"),
                   "quotex --indirect / quotex": ("quotex --indirect", "quotex"),
                   "textacy / quotex": ("textacy quotations", "quotex")})
    for name, r in out["runs"].items():
        r["docs_per_second"] = round(n / r["wall"], 2)
        print(f"  {name:<22} {n / r['wall']:7.2f} documents/s")
    return out


CALIBRATE = """
import sys, time, multiprocessing as mp
def burn(n):
    s = 0
    for i in range(n):
        s += i
    return s
if __name__ == "__main__":
    jobs, n = int(sys.argv[1]), 20_000_000
    t = time.perf_counter(); burn(n * jobs); one = time.perf_counter() - t
    with mp.get_context("fork").Pool(jobs) as pool:
        t = time.perf_counter(); pool.map(burn, [n] * jobs); many = time.perf_counter() - t
    print(one / many)
"""


def _parallel_ceiling(python: str, jobs: int) -> float:
    """How much faster ``jobs`` processes do pure CPU work than one, on this machine right now."""
    proc = subprocess.run([python, "-c", CALIBRATE, str(jobs)], capture_output=True, text=True)
    try:
        return float(proc.stdout.strip())
    except ValueError:
        return float("nan")


def bench_jobs(args, tmp: Path) -> dict:
    lst = _corpus_list(args, tmp)
    n = sum(1 for _ in open(lst, encoding="utf-8"))
    base = _quotex_cmd(args.python) + ["extract", "--from-list", str(lst), "--format", "json", "--model", args.model]
    sides = {"--jobs 1": base + ["--jobs", "1"], f"--jobs {args.jobs}": base + ["--jobs", str(args.jobs)]}
    rows = {k: {"wall": [], "cpu": []} for k in sides}
    outputs = {}
    ceilings = []
    for _ in range(args.repeat):
        ceilings.append(_parallel_ceiling(args.python, args.jobs))
        for name, cmd in sides.items():
            wall, cpu, out = _timed(cmd, stdout=subprocess.PIPE)
            rows[name]["wall"].append(wall)
            rows[name]["cpu"].append(cpu)
            outputs[name] = out
    same = len(set(outputs.values())) == 1
    res = _report(f"3. worker processes ({n} articles, whole process; os.cpu_count() = {os.cpu_count()})",
                  rows, {f"jobs1 / jobs{args.jobs}": ("--jobs 1", f"--jobs {args.jobs}")})
    print(f"  outputs identical: {same}")
    ceiling = _median(ceilings)
    print(f"  for scale: {args.jobs} processes of pure Python arithmetic ran {ceiling:.2f}x as fast as one "
          f"(median; [{', '.join(f'{c:.2f}' for c in ceilings)}]); on a busy or shared machine this is "
          f"below {args.jobs}")
    res["identical_output"] = same
    res["parallel_ceiling"] = ceiling
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="quotex speed against bare spaCy and textacy (same model).")
    ap.add_argument("--model", default=None, help="spaCy model (default: what quotex would load)")
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="the one-article input")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of .txt articles")
    ap.add_argument("--docs", type=int, default=300, help="articles for the corpus and jobs runs")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per side (the median is reported)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the jobs comparison")
    ap.add_argument("--only", default="single,corpus,jobs", help="comma-separated: single, corpus, jobs")
    ap.add_argument("--python", default=sys.executable, help="interpreter with quotex and the model")
    ap.add_argument("--textacy-python", default=None,
                    help="interpreter with textacy and the same spaCy model (e.g. a separate venv)")
    ap.add_argument("--json", type=Path, default=None, help="also write all timings to this JSON file")
    args = ap.parse_args(argv)
    if args.model is None:
        probe = subprocess.run([args.python, "-c", "from quotex.nlp.model import resolve_model_name as r; print(r())"],
                               capture_output=True, text=True)
        if probe.returncode != 0:
            raise SystemExit(probe.stderr.strip() or "cannot find a model; pass --model")
        args.model = probe.stdout.strip()
    print(f"model {args.model}; python {args.python}; repeat {args.repeat}; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    results: dict = {"model": args.model, "repeat": args.repeat}
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    with tempfile.TemporaryDirectory(prefix="quotex-bench-") as tmp:
        if "single" in only:
            results["single"] = bench_single(args)
        if "corpus" in only:
            results["corpus"] = bench_corpus(args, Path(tmp))
        if "jobs" in only:
            results["jobs"] = bench_jobs(args, Path(tmp))
    results["load_average_after"] = os.getloadavg()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
