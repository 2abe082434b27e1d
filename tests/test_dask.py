"""quotex on a real Dask cluster (scheduler and two worker processes on 127.0.0.1), and Parquet output.

One cluster serves the whole module (each worker loads the model once, ~200 MB); every test
compares the cluster's output with a local run of the same documents.
"""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import invoke

distributed = pytest.importorskip("distributed", reason="needs quotex[dask]")
pytest.importorskip("pyarrow", reason="needs quotex[dask]")

# Short news items in several newsroom styles, written for these tests.
ARTICLES = [
    '"We will reopen the bridge by March," Mayor Dana Whitfield said on Tuesday.\n\n'
    'The council voted 7-2. "This is a good day for commuters," said Councillor Raj Patel.\n',
    'Acme Corp. said in a statement that it "regrets the delay." "We are working around the clock," '
    'spokeswoman Lena Ortiz told reporters.\n',
    "'The figures speak for themselves,' the minister, Ruth Adeyemi, told the Commons on Wednesday.\n\n"
    "Critics were unconvinced. 'It's smoke and mirrors,' said opposition leader Tom Haskins.\n",
    'Police Chief Marcus Bell said the investigation "is far from over." He added: "We ask anyone '
    'with information to call us."\n',
    "No one was quoted in this short item about the weather, which was mild.\n",
    'The "temporary" closure has now lasted three years, and residents of the east side are tired of it.\n',
    '"I never expected to win," said Amara Chen, 34, after the race. Her coach, Greg Miller, '
    'said: "She trained harder than anyone."\n',
]


def _articles(tmp_path, copies=1):
    paths = []
    for c in range(copies):
        for i, text in enumerate(ARTICLES):
            p = tmp_path / f"a{c:03d}_{i}.txt"
            # Vary each copy a little so no two documents are the same text.
            p.write_text(text + f"\nFiled {c} days ago.\n" if c else text, encoding="utf-8")
            paths.append(str(p))
    return paths


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 single-threaded worker processes, torn down after the module."""
    import logging

    from distributed import Client, LocalCluster

    lc = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      host="127.0.0.1", silence_logs=logging.ERROR)
    client = Client(lc)
    try:
        yield client
    finally:
        client.close()
        lc.close()


def _local_jsonl(paths, *extra):
    r = invoke("extract", *paths, "--format", "jsonl", *extra)
    return r.stdout


def _quotex(*args, **kw):
    return subprocess.run([sys.executable, "-m", "quotex.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, **kw)


def test_cli_scheduler_output_equals_local_run(cluster, tmp_path):
    paths = _articles(tmp_path)
    local = _local_jsonl(paths)
    assert local.count("\n") >= 8
    r = _quotex("extract", *paths, "--format", "jsonl", "--scheduler", cluster.scheduler.address)
    assert r.returncode == 0, r.stderr
    assert r.stdout == local
    # Options reach the workers: reported speech too.
    local = _local_jsonl(paths, "--indirect")
    assert '"type": "indirect"' in local
    r = _quotex("extract", *paths, "--format", "jsonl", "--indirect", "--scheduler", cluster.scheduler.address)
    assert r.returncode == 0, r.stderr
    assert r.stdout == local


def test_cli_scheduler_json_with_jsonl_inputs_and_failures(cluster, tmp_path):
    """Input errors (a bad JSON line) and a document failing in a worker (an HTML page with no
    article text) are reported on stderr, in their place, and the other documents still come out."""
    pytest.importorskip("trafilatura", reason="needs quotex[html]")
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(ARTICLES)]
    lines.insert(2, "{not json")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty_page = tmp_path / "empty.html"
    empty_page.write_text("<html><body></body></html>", encoding="utf-8")
    after = tmp_path / "after.txt"
    after.write_text(ARTICLES[0], encoding="utf-8")

    local = invoke("extract", "--jsonl", corpus, "--format", "json")
    r = _quotex("extract", "--jsonl", corpus, "--format", "json", "--scheduler", cluster.scheduler.address)
    assert r.returncode == 1
    assert r.stdout == local.stdout
    assert "corpus.jsonl:3: not valid JSON" in r.stderr

    local = invoke("extract", empty_page, after, "--format", "jsonl")
    r = _quotex("extract", empty_page, after, "--format", "jsonl", "--scheduler", cluster.scheduler.address)
    assert r.returncode == 1
    assert "empty.html: found no article text" in r.stderr
    assert r.stdout == local.stdout and "Whitfield" in r.stdout


def test_worker_killed_mid_run_loses_no_document(cluster, tmp_path, monkeypatch):
    import quotex.dask as qd
    from quotex.io.inputs import read_documents
    from quotex.runner import run

    paths = _articles(tmp_path, copies=8)
    monkeypatch.setattr(qd, "BATCH_DOCS", 2)  # many small tasks, so some are on the worker we kill
    local = [(r.document.source, r.quotes) for r in run(read_documents(paths))]

    pids = cluster.run(os.getpid)
    assert len(pids) == 2
    got = []
    killed = None
    for r in qd.run_on_cluster(read_documents(paths), "", client=cluster):
        assert r.error is None, r.error
        got.append((r.document.source, r.quotes))
        if killed is None:
            # Both workers hold queued batches now; one dies without warning.
            killed = next(iter(pids.values()))
            os.kill(killed, signal.SIGKILL)
    assert got == local
    assert len(got) == len(paths)
    # The nanny restarted the dead worker; the next tests have two workers again.
    cluster.wait_for_workers(2, timeout=120)
    assert killed not in cluster.run(os.getpid).values()


def test_ctrl_c_cancels_and_exits_130(cluster, tmp_path):
    paths = _articles(tmp_path, copies=40)
    errfile = tmp_path / "stderr.txt"
    with open(errfile, "w") as errfh:
        proc = subprocess.Popen([sys.executable, "-m", "quotex.cli", "extract", *paths, "--format", "jsonl",
                                 "--scheduler", cluster.scheduler.address],
                                stdout=subprocess.PIPE, stderr=errfh, text=True)
        try:
            first = proc.stdout.readline()
            assert first.startswith("{")
            proc.send_signal(signal.SIGINT)
            out = proc.stdout.read()
            proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
    err = errfile.read_text()
    assert proc.returncode == 130, err
    assert "interrupted" in err
    assert "Traceback" not in err
    lines = (first + out).splitlines()
    assert len(lines) < 40 * 8  # stopped early
    for line in lines:
        assert line.startswith("{") and line.endswith("}"), (line, err)
        json.loads(line)  # every line written is whole
    # Its work was cancelled: the cluster is idle again soon after.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(cluster.processing().values()):
        time.sleep(0.5)
    assert not any(cluster.processing().values())


def test_missing_model_names_the_worker(cluster):
    from quotex.dask import run_on_cluster
    from quotex.errors import ModelNotFound
    from quotex.io.inputs import Document

    with pytest.raises(ModelNotFound) as info:
        list(run_on_cluster([Document("a", ARTICLES[0])], "", model="no_such_model_h14", client=cluster))
    msg = str(info.value)
    assert "on Dask worker tcp://127.0.0.1:" in msg
    assert "pip install" in msg and "no_such_model_h14" in msg


def _malloc_state():
    import quotex.dask

    return quotex.dask._malloc_tuned, os.environ.get("MALLOC_TRIM_THRESHOLD_")


@pytest.mark.skipif(__import__("platform").libc_ver()[0] != "glibc", reason="the malloc tuning is glibc's")
def test_workers_get_the_heap_back_for_parse_arrays(cluster):
    """A nanny starts workers with MALLOC_TRIM_THRESHOLD_ set, which pins glibc's mmap threshold
    and made each article cost a worker ~25% more CPU; the first batch a worker runs lifts it."""
    from quotex.dask import run_on_cluster
    from quotex.io.inputs import Document

    docs = [Document(f"d{i}", text) for i, text in enumerate(ARTICLES * 2)]
    assert len(list(run_on_cluster(docs, "", client=cluster))) == len(docs)
    states = cluster.run(_malloc_state)
    # Every worker was started with the variable (the premise), and the ones that ran a batch lifted it.
    assert all(trim is not None for _, trim in states.values()), states
    assert any(tuned for tuned, _ in states.values()), states


def test_extract_bag_equals_extract_batch(cluster):
    import dask.bag as db

    import quotex
    from quotex.dask import extract_bag

    bag = db.from_sequence(ARTICLES, npartitions=3)
    got = extract_bag(bag).compute()
    assert got == list(quotex.extract_batch(ARTICLES))
    assert any(q.speaker and q.speaker.name == "Ruth Adeyemi" for qs in got for q in qs)


def test_extract_dataframe_one_typed_row_per_quote(cluster):
    import dask.dataframe as dd
    import pandas as pd

    import quotex
    from quotex.dask import extract_dataframe

    ids = [100 + i for i in range(len(ARTICLES))]
    ddf = dd.from_pandas(pd.DataFrame({"id": ids, "body": ARTICLES}), npartitions=2)
    quotes = extract_dataframe(ddf, text="body").compute()
    expected = [(i, q) for i, qs in zip(ids, quotex.extract_batch(ARTICLES)) for q in qs]
    assert len(quotes) == len(expected) > 0
    assert list(quotes.columns[:3]) == ["id", "source", "start"]
    assert str(quotes["start"].dtype) == "Int64" and str(quotes["confidence"].dtype) == "float64"
    for (_, row), (doc_id, q) in zip(quotes.iterrows(), expected):
        assert row["id"] == doc_id and row["source"] == str(doc_id)
        assert ARTICLES[doc_id - 100][row["start"]:row["end"]] == row["text"] == q.text
        assert row["confidence"] == q.confidence
        assert (row["speaker_name"] if q.speaker else None) == (q.speaker.name if q.speaker else None)
    with pytest.raises(KeyError, match="no column 'text'"):
        extract_dataframe(ddf)


# ----------------------------------------------------------------------------- Parquet (no cluster)
def _jsonl_rows(paths, *extra):
    return [json.loads(line) for line in _local_jsonl(paths, *extra).splitlines()]


def test_parquet_round_trip_typed_with_nulls(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    import quotex.io.parquet

    monkeypatch.setattr(quotex.io.parquet, "ROW_GROUP", 3)  # several row groups from a few documents
    paths = _articles(tmp_path)
    out = tmp_path / "quotes.parquet"
    r = invoke("extract", *paths, "--all-quotes", "--format", "parquet", "--output", out)
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    expected = _jsonl_rows(paths, "--all-quotes")
    assert any(e["speaker"] is None for e in expected)  # a scare quote: nulls, not ""

    f = pq.ParquetFile(out)
    assert f.metadata.num_rows == len(expected)
    assert f.metadata.num_row_groups == -(-len(expected) // 3)
    schema = f.schema_arrow
    assert str(schema.field("start").type) == "int64" and str(schema.field("cue_end").type) == "int64"
    assert str(schema.field("confidence").type) == "double"

    import pandas as pd

    frame = pd.read_parquet(out)
    for (_, row), e in zip(frame.iterrows(), expected):
        assert (row["source"], row["start"], row["end"], row["text"], row["type"]) == \
            (e["source"], e["start"], e["end"], e["text"], e["type"])
        assert row["confidence"] == e["confidence"]
        sp = e["speaker"]
        if sp is None:
            assert pd.isna(row["speaker_name"]) and pd.isna(row["speaker_start"])
        else:
            assert (row["speaker_name"], row["speaker_start"], row["speaker_end"]) == \
                (sp["name"], sp["start"], sp["end"])
            assert pd.isna(row["speaker_title"]) if sp["title"] is None else row["speaker_title"] == sp["title"]


def test_parquet_read_by_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb", reason="needs duckdb (in quotex[test])")
    paths = _articles(tmp_path)
    out = tmp_path / "q.parquet"
    assert invoke("extract", *paths, "--format", "parquet", "-o", out).exit_code == 0
    expected = _jsonl_rows(paths)
    con = duckdb.connect()
    n, n_speaker = con.execute(f"select count(*), count(speaker_name) from read_parquet('{out}')").fetchone()
    assert n == len(expected)
    assert n_speaker == sum(e["speaker"] is not None for e in expected)
    top = con.execute(f"select speaker_name, count(*) c from read_parquet('{out}') where speaker_name is not null "
                      f"group by 1 order by c desc, 1 limit 1").fetchone()
    assert top[1] == max(sum(1 for e in expected if e["speaker"] and e["speaker"]["name"] == top[0]), 1)


def test_parquet_empty_and_meta_column(tmp_path):
    import pandas as pd

    quiet = tmp_path / "quiet.txt"
    quiet.write_text(ARTICLES[4], encoding="utf-8")
    out = tmp_path / "none.parquet"
    assert invoke("extract", quiet, "--format", "parquet", "-o", out).exit_code == 0
    frame = pd.read_parquet(out)
    assert len(frame) == 0 and "start" in frame.columns

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": ARTICLES[0], "url": "https://example.org/x"}) + "\n", encoding="utf-8")
    out = tmp_path / "meta.parquet"
    assert invoke("extract", "--jsonl", corpus, "--format", "parquet", "-o", out).exit_code == 0
    frame = pd.read_parquet(out)
    assert len(frame) >= 2
    assert {json.loads(m)["url"] for m in frame["meta"]} == {"https://example.org/x"}


def test_parquet_needs_output_and_output_works_for_text_formats(tmp_path):
    paths = _articles(tmp_path)[:1]
    r = invoke("extract", *paths, "--format", "parquet")
    assert r.exit_code == 2 and "--output" in r.output
    out = tmp_path / "q.jsonl"
    r = invoke("extract", *paths, "--format", "jsonl", "--output", out)
    assert r.exit_code == 0 and r.stdout == ""
    assert out.read_text(encoding="utf-8") == _local_jsonl(paths)


def test_local_cluster_ctrl_c_from_terminal_stops_every_process(tmp_path):
    """`--scheduler local:2` with Ctrl-C at a terminal: SIGINT reaches the whole process group;
    only quotex reacts (no worker tracebacks), exits 130, and leaves no process behind. The
    lines written before are the start of a local run's output."""
    paths = _articles(tmp_path, copies=30)
    local = _local_jsonl(paths).splitlines(keepends=True)
    errfile = tmp_path / "stderr.txt"
    with open(errfile, "w") as errfh:
        proc = subprocess.Popen([sys.executable, "-m", "quotex.cli", "extract", *paths, "--format", "jsonl",
                                 "--scheduler", "local:2"], stdout=subprocess.PIPE, stderr=errfh, text=True,
                                start_new_session=True)
        try:
            first = proc.stdout.readline()
            os.killpg(proc.pid, signal.SIGINT)
            out = proc.stdout.read()
            proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            proc.stdout.close()
    assert proc.returncode == 130
    assert errfile.read_text() == "quotex: interrupted\n"
    lines = (first + out).splitlines(keepends=True)
    assert 0 < len(lines) < len(local)
    assert lines == local[:len(lines)]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)  # anyone left in the group?
        except ProcessLookupError:
            break
        time.sleep(0.5)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("worker processes outlived quotex")
