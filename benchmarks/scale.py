#!/usr/bin/env python3
"""Documents per second: one local process, ``--jobs N``, and a Dask cluster of N workers.

Run from the repository root with the Python that has ``quotex[dask]`` and the model:

    python benchmarks/scale.py                        # 160 PolNeAR train articles, 3 rounds, 2 workers
    python benchmarks/scale.py --docs 300 --rounds 5 --workers 2
    python benchmarks/scale.py --scheduler tcp://HOST:8786   # an existing cluster instead of local:N

The same articles go through the three set-ups, which are run in turn ``--rounds`` times
(interleaved, so a busy machine slows all alike); the median documents/second of each is
printed, with the speed-up over one process and a projection for a 10-million-article
archive. Start-up (loading the model, starting the cluster) is timed separately and not
counted in the rates: it is paid once per run, whatever the archive size. Output formatting is
left out too: all three produce the same :class:`quotex.runner.Result` s. Nothing is asserted:
this measures.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.join(HERE, "..", "..", "shared", "polnear", "train", "text")
ARCHIVE = 10_000_000


def _texts(n: int) -> list[str]:
    paths = sorted(glob.glob(os.path.join(TRAIN, "*.txt")))
    if not paths:  # no shared corpus: the example article, varied so no two are the same
        base = open(os.path.join(HERE, "..", "examples", "article.txt"), encoding="utf-8").read()
        return [base + f"\nUpdated {i} times.\n" for i in range(n)]
    return [open(p, encoding="utf-8").read() for p in paths[:n]]


def _cpu() -> float:
    """User + system CPU seconds of this process so far (run in each worker by client.run)."""
    t = os.times()
    return t.user + t.system


def _children_cpu() -> float:
    t = os.times()
    return t.children_user + t.children_system


def _warm() -> None:
    from quotex.nlp.model import load_model

    load_model()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=160)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2, help="--jobs N and the cluster's worker processes")
    ap.add_argument("--scheduler", help="an existing scheduler (default: a LocalCluster of --workers processes)")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    args = ap.parse_args()

    import logging

    from distributed import Client, LocalCluster

    from quotex.dask import run_on_cluster
    from quotex.io.inputs import Document
    from quotex.nlp.model import load_model
    from quotex.runner import run

    texts = _texts(args.docs)
    chars = sum(map(len, texts))
    docs = [Document(f"doc{i}", t) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    nlp = load_model()
    startup = {"model load (1 process)": time.perf_counter() - t0}
    t0 = time.perf_counter()
    if args.scheduler:
        cluster, client = None, Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        client = Client(cluster)
    n_workers = len(client.nthreads())
    # Warm up: every worker loads the model (one small task each) before anything is timed.
    client.run(_warm)
    startup[f"cluster start + model load ({n_workers} workers)"] = time.perf_counter() - t0

    def count(results) -> int:
        return sum(len(r.quotes) for r in results)

    setups = {
        "1 local process": lambda: count(run(docs, nlp=nlp)),
        f"--jobs {args.workers}": lambda: count(run(docs, jobs=args.workers)),
        f"Dask cluster, {n_workers} workers": lambda: count(run_on_cluster(docs, "", client=client)),
    }
    # CPU seconds spent on the work, wherever it ran: this process, the --jobs workers (reaped
    # when the pool closes), or the cluster's workers (asked before and after).
    cpu_of = {
        "1 local process": _cpu,
        f"--jobs {args.workers}": _children_cpu,
        f"Dask cluster, {n_workers} workers": lambda: sum(client.run(_cpu).values()),
    }
    rates: dict[str, list[float]] = {k: [] for k in setups}
    per_cpu: dict[str, list[float]] = {k: [] for k in setups}
    quotes: dict[str, int] = {}
    try:
        for r in range(args.rounds):
            for name, fn in setups.items():
                c0, t0 = cpu_of[name](), time.perf_counter()
                quotes[name] = fn()
                rates[name].append(len(docs) / (time.perf_counter() - t0))
                per_cpu[name].append(len(docs) / (cpu_of[name]() - c0))
                print(f"round {r + 1}: {name}: {rates[name][-1]:.1f} docs/s, {per_cpu[name][-1]:.1f} docs per "
                      f"CPU second", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    assert len(set(quotes.values())) == 1, f"the set-ups disagree on the quotes: {quotes}"
    base = statistics.median(rates["1 local process"])
    load = os.getloadavg()
    print(f"{len(docs)} articles, {chars / len(docs):.0f} characters on average, {quotes['1 local process']} quotes; "
          f"median of {args.rounds} interleaved rounds; {os.cpu_count()} cores, load average {load[0]:.1f}\n")
    print("| set-up | docs/s (median) | runs | speed-up | docs per CPU second | 10 M articles take |")
    print("| --- | ---: | --- | ---: | ---: | ---: |")
    out = {}
    for name, rs in rates.items():
        med = statistics.median(rs)
        cpu = statistics.median(per_cpu[name])
        hours = ARCHIVE / med / 3600
        runs = ", ".join(f"{x:.1f}" for x in rs)
        print(f"| {name} | {med:.1f} | {runs} | {med / base:.2f}x | {cpu:.1f} | {hours:,.0f} h "
              f"({hours / 24:.1f} days) |")
        out[name] = {"median": med, "runs": rs, "speedup": med / base, "per_cpu_second": cpu}
    print(f"\n10 M articles at the cluster's docs per CPU second: "
          f"{ARCHIVE / statistics.median(per_cpu[list(setups)[2]]) / 3600:,.0f} core-hours")
    print()
    for k, v in startup.items():
        print(f"start-up, {k}: {v:.1f} s")
    if args.json:
        print(json.dumps({"docs": len(docs), "rates": out, "startup": startup, "load": load}))


if __name__ == "__main__":
    main()
