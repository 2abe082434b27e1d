"""Corpus mode end to end (real model): many inputs in order, directories, lists of paths,
JSON Lines corpora, worker processes, a quiet stderr and pure JSON on stdout.

Nothing here measures time; ``benchmarks/speed.py`` does that.
"""
import json
import os
import subprocess
import sys

import pytest

from conftest import invoke


# Small articles, each with a quote whose speaker names the article, so order is visible.
SPEAKERS = ["Ann Lee", "Tomas Lind", "Maria Okafor", "Peter Grant", "Sofia Reyes", "Omar Haddad"]


def article(i: int) -> str:
    name = SPEAKERS[i % len(SPEAKERS)]
    return (f"Council meeting number {i}\n"
            "\n"
            f"The council met on Tuesday to discuss item {i}.\n"
            "\n"
            f"\"We will finish item {i} this year,\" {name} said after the vote.\n")


# The model is loaded once (cached by quotex.nlp.model.load_model) before the CLI runs.
pytestmark = pytest.mark.usefixtures("nlp")




def documents(result):
    """The JSON objects of a ``--format json`` run; every stdout line must be one."""
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return [json.loads(line) for line in result.stdout.splitlines()]


def first_speaker(doc):
    return doc["quotes"][0]["speaker"]["name"] if doc["quotes"] else None


@pytest.fixture
def corpus(tmp_path):
    """a/ 0..2 (.txt), a/sub/ 3..4 (.txt), a/notes.md (not an article), b.txt = article 5."""
    root = tmp_path / "a"
    (root / "sub").mkdir(parents=True)
    paths = []
    for i in range(3):
        p = root / f"{i:02d}.txt"
        p.write_text(article(i), encoding="utf-8")
        paths.append(p)
    for i in range(3, 5):
        p = root / "sub" / f"{i:02d}.txt"
        p.write_text(article(i), encoding="utf-8")
        paths.append(p)
    (root / "notes.md").write_text("\"Not an article,\" the editor said.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(article(5), encoding="utf-8")
    paths.append(b)
    return tmp_path, paths


def test_several_paths_keep_input_order(corpus):
    _, paths = corpus
    order = [paths[4], paths[0], paths[5], paths[2]]
    docs = documents(invoke("extract", *order, "--format", "json"))
    assert [d["source"] for d in docs] == [str(p) for p in order]
    assert [first_speaker(d) for d in docs] == [SPEAKERS[4], SPEAKERS[0], SPEAKERS[5], SPEAKERS[2]]


def test_recursive_with_glob(corpus):
    tmp, paths = corpus
    docs = documents(invoke("extract", "--recursive", tmp / "a", "--glob", "*.txt", "--format", "json"))
    # Sorted walk, files of a directory before its subdirectories; notes.md left out by the glob.
    assert [d["source"] for d in docs] == [str(p) for p in paths[:5]]
    everything = documents(invoke("extract", "-r", tmp / "a", "--format", "json"))
    assert str(tmp / "a" / "notes.md") in [d["source"] for d in everything]


def test_directory_without_recursive_is_an_error_for_that_input_only(corpus):
    tmp, paths = corpus
    result = invoke("extract", tmp / "a", paths[5], "--format", "json")
    assert result.exit_code == 1
    assert "--recursive" in result.stderr
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(paths[5])]


def test_from_list_file(corpus, tmp_path):
    _, paths = corpus
    listed = [paths[3], paths[1], paths[5]]
    lst = tmp_path / "list.txt"
    lst.write_text("\n".join(str(p) for p in listed) + "\n\n", encoding="utf-8")  # blank lines ignored
    docs = documents(invoke("extract", "--from-list", lst, "--format", "json"))
    assert [d["source"] for d in docs] == [str(p) for p in listed]


def test_from_list_stdin(corpus):
    _, paths = corpus
    listed = [paths[2], paths[0]]
    docs = documents(invoke("extract", "--from-list", "-", "--format", "json",
                            input="".join(f"{p}\n" for p in listed)))
    assert [d["source"] for d in docs] == [str(p) for p in listed]


def test_from_list_after_paths(corpus, tmp_path):
    _, paths = corpus
    lst = tmp_path / "list.txt"
    lst.write_text(f"{paths[1]}\n", encoding="utf-8")
    docs = documents(invoke("extract", paths[0], "--from-list", lst, "--format", "json"))
    assert [d["source"] for d in docs] == [str(paths[0]), str(paths[1])]


def jsonl_corpus(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": article(0), "tags": ["x"], "n": 1}),
        "{not json",
        json.dumps({"id": "a2", "body": "no text field"}),
        json.dumps({"id": "a3", "text": article(3)}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_meta_passthrough_and_bad_lines(tmp_path):
    path = jsonl_corpus(tmp_path)
    result = invoke("extract", "--jsonl", path, "--text-key", "text", "--format", "json")
    assert result.exit_code == 1  # some inputs failed ...
    docs = [json.loads(line) for line in result.stdout.splitlines()]  # ... the others went on
    assert [d["meta"] for d in docs] == [{"id": "a1", "tags": ["x"], "n": 1}, {"id": "a3"}]
    assert [d["source"] for d in docs] == [f"{path}:1", f"{path}:4"]
    assert [first_speaker(d) for d in docs] == [SPEAKERS[0], SPEAKERS[3]]
    assert f"{path}:2" in result.stderr and "JSON" in result.stderr
    assert f"{path}:3" in result.stderr and "'text'" in result.stderr


def test_jsonl_format_jsonl_carries_meta_on_each_quote(tmp_path):
    path = jsonl_corpus(tmp_path)
    result = invoke("extract", "--jsonl", path, "--format", "jsonl")
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    assert [q["meta"]["id"] for q in quotes] == ["a1", "a3"]


def test_jsonl_from_stdin(tmp_path):
    data = json.dumps({"id": 7, "content": article(2)}) + "\n"
    docs = documents(invoke("extract", "--jsonl", "--text-key", "content", "--format", "json", input=data))
    assert docs[0]["meta"] == {"id": 7}
    assert first_speaker(docs[0]) == SPEAKERS[2]


def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path):
    paths = []
    for i in range(12):
        p = tmp_path / f"{i:02d}.txt"
        p.write_text(article(i), encoding="utf-8")
        paths.append(p)
    missing = tmp_path / "missing.txt"
    args = ["extract", *paths[:6], missing, *paths[6:], "--format", "json"]
    one = invoke(*args, "--jobs", "1")
    two = invoke(*args, "--jobs", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert [json.loads(line)["source"] for line in two.stdout.splitlines()] == [str(p) for p in paths]
    assert one.stderr == two.stderr and "missing.txt" in two.stderr


def test_jobs_0_means_all_cores(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(article(1), encoding="utf-8")
    docs = documents(invoke("extract", p, "--format", "json", "--jobs", "0"))
    assert first_speaker(docs[0]) == SPEAKERS[1]


def test_runner_reads_ahead_a_bounded_number_of_documents(nlp):
    """Memory does not grow with the number of documents: the input is pulled lazily."""
    from quotex import runner as runner_module
    from quotex.io.inputs import Document
    from quotex.runner import run

    ahead_per_worker = getattr(runner_module, "AHEAD_PER_WORKER", 2)
    group = getattr(runner_module, "GROUP_DOCS", 1)  # small documents are parsed in groups

    pulled = []

    def docs(n):
        for i in range(n):
            pulled.append(i)
            yield Document(f"doc{i}", article(i))

    for jobs, ahead in ((1, group + 1), (2, group * (2 * ahead_per_worker + 1) + 1)):
        pulled.clear()
        results = run(docs(400), jobs=jobs, nlp=nlp if jobs == 1 else None)
        for k, result in enumerate(results):
            assert result.document.source == f"doc{k}"
            assert len(pulled) <= k + ahead < 400, (jobs, k, len(pulled))
            if k == 5:
                break
        results.close()


# ----------------------------------------------------------------------------- whole process
def quotex(*args, **kw):
    """Run the installed command as a user does: stderr is a pipe, not a terminal."""
    cmd = [sys.executable, "-c", "from quotex.cli import run; run()", *[str(a) for a in args]]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)


def test_process_stdout_is_pure_json_and_stderr_has_no_progress(corpus):
    tmp, paths = corpus
    proc = quotex("extract", "-r", tmp / "a", "--glob", "*.txt", "--format", "json", "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no progress bar (nor anything else) when stderr is not a terminal
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["source"] for d in docs] == [str(p) for p in paths[:5]]


def test_process_with_bad_inputs_keeps_stdout_pure(corpus, tmp_path):
    _, paths = corpus
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    proc = quotex("extract", paths[0], binary, tmp_path / "nope.txt", paths[1], "--format", "jsonl")
    assert proc.returncode == 1
    quotes = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [q["source"] for q in quotes] == [str(paths[0]), str(paths[1])]
    assert len(proc.stderr.strip().splitlines()) == 2  # one line per bad input, no traceback, no bar


def test_json_output_does_not_import_rich_or_spacy_cli(tmp_path):
    """The command imports only what JSON output needs (spaCy without its own CLI, no Rich)."""
    p = tmp_path / "a.txt"
    p.write_text(article(0), encoding="utf-8")
    code = ("import sys\n"
            "from quotex.cli import run\n"
            "try:\n    run()\n"
            "except SystemExit:\n    pass\n"
            "heavy = sorted(m for m in ('rich', 'spacy.cli', 'weasel', 'httpx', 'requests') if m in sys.modules)\n"
            "from quotex.nlp.model import load_model\n"
            "sys.stderr.write(repr((heavy, load_model().pipe_names)))\n")
    proc = subprocess.run([sys.executable, "-c", code, "extract", str(p), "--format", "json"],
                          capture_output=True, text=True, timeout=300)
    heavy, pipes = eval(proc.stderr)  # noqa: S307 - our own repr
    assert heavy == []
    assert "senter" not in pipes and {"parser", "quotex_ner", "lemmatizer"} <= set(pipes)
    assert json.loads(proc.stdout)["quotes"][0]["speaker"]["name"] == SPEAKERS[0]


def test_model_excludes_only_unread_components():
    from quotex.nlp.model import unneeded_components

    pipeline = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner", "textcat"]
    assert unneeded_components(pipeline, ["senter"]) == ["textcat", "senter"]
    assert unneeded_components(["tok2vec", "senter", "ner"], []) == []  # senter instead of a parser


def test_grouped_parsing_gives_the_same_results_as_one_document_at_a_time(nlp, tmp_path):
    from quotex.document import EVERY_QUOTE, process
    from quotex.io.inputs import Document
    from quotex.runner import run

    texts = [article(i) for i in range(20)] + ["", "No quotes here at all.\n", "\"Unclosed, she said.\n"]
    texts.insert(5, ("Filler paragraph without marks.\n\n" * 30) + article(99))
    docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    one_by_one = [r for d in docs for r in process(d, nlp, EVERY_QUOTE)]
    grouped = list(run(iter(docs), nlp=nlp))
    assert [(r.document.source, r.quotes, r.error) for r in grouped] == \
        [(r.document.source, r.quotes, r.error) for r in one_by_one]


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_many_small_documents_in_one_process(tmp_path):
    """300 generated documents through one process: all come out, in order."""
    corpus = tmp_path / "many.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for i in range(300):
            fh.write(json.dumps({"i": i, "text": f"\"Item {i} is done,\" {SPEAKERS[i % 6]} said."}) + "\n")
    proc = quotex("extract", "--jsonl", corpus, "--format", "json")
    assert proc.returncode == 0, proc.stderr[-500:]
    lines = proc.stdout.splitlines()
    assert len(lines) == 300
    assert [json.loads(line)["meta"]["i"] for line in lines[::50]] == list(range(0, 300, 50))
