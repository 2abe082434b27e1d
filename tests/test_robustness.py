"""Bad input: encodings, binary files, empty input, missing and unreadable paths, hostile text.

Every case runs the real CLI (CliRunner, real model) and checks three things a user relies on:
a one-line message on stderr naming the input, the exit code, and that every other input of the
run was still processed and printed in order. No case may show a traceback.
"""
import codecs
import gzip
import json
import os
import sys

import pytest
from typer.testing import CliRunner

from quotex.cli import app
from quotex.text.windows import extract_text
from quotex.io.reader import decode
from quotex.errors import InputError

runner = CliRunner()

ARTICLE = ('"We will win," Mayor Ann Lee said after the vote.\n'
           "\n"
           '"Work starts in the spring," Lee said.\n')
QUOTES = ["We will win,", "Work starts in the spring,"]


@pytest.fixture(scope="module", autouse=True)
def _model(nlp):
    return nlp


def invoke(*args, **kw):
    result = runner.invoke(app, [str(a) for a in args], **kw)
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def lines(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def check_offsets(data: bytes, quotes, encoding="utf-8"):
    text = data.decode(encoding)
    for q in quotes:
        assert text[q["start"]:q["end"]] == q["text"]
        if q["speaker"]:
            assert text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
        if q["cue"]:
            assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]


# ----------------------------------------------------------------------------- encodings
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_bom_and_crlf_never_shift_offsets(tmp_path, bom, newline):
    data = bom + ARTICLE.replace("\n", newline).encode("utf-8")
    path = write(tmp_path, "a.txt", data)
    result = invoke("extract", path, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    quotes = lines(result)
    assert [q["text"] for q in quotes] == QUOTES
    check_offsets(data, quotes)
    # The same offsets as for the text opened with newline="" (U+FEFF kept at index 0).
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    assert [text[q["start"]:q["end"]] for q in quotes] == QUOTES
    assert quotes[0]["start"] == 1 + len(bom) // 3


def test_invalid_utf8_is_skipped_with_file_offset_and_hint(tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE)
    bad = write(tmp_path, "latin.txt", '"Caf\u00e9 time," Smith said.\n'.encode("latin-1"))
    result = invoke("extract", bad, good, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"quotex: {bad}: not valid utf-8 at byte offset 4 (0xe9); skipped (if it is in another encoding, "
        f"pass it, e.g. --encoding cp1252 or --encoding latin-1)"]
    assert [q["text"] for q in lines(result)] == QUOTES
    assert {q["source"] for q in lines(result)} == {good}


def test_encoding_option_decodes_and_offsets_follow(tmp_path):
    data = '\u201cCaf\u00e9 cr\u00e8me, s\u2019il vous pla\u00eet,\u201d Ren\u00e9e Dubois said.\r\n'.encode("cp1252")
    path = write(tmp_path, "cp.txt", data)
    result = invoke("extract", path, "--encoding", "cp1252", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [q] = lines(result)
    assert q["text"] == "Caf\u00e9 cr\u00e8me, s\u2019il vous pla\u00eet,"
    assert q["speaker"]["text"] == "Ren\u00e9e Dubois"
    check_offsets(data, [q], "cp1252")


def test_invalid_in_chosen_encoding(tmp_path):
    path = write(tmp_path, "x.txt", b'"Hello," he said. \x81\x8d\n')  # undefined in cp1252
    result = invoke("extract", path, "--encoding", "cp1252")
    assert result.exit_code == 1
    assert f"{path}: not valid cp1252 at byte offset 18 (0x81)" in result.stderr
    assert "--encoding latin-1" in result.stderr and "--encoding cp1252" not in result.stderr
    assert result.stdout == ""


def test_utf16_needs_the_option_and_then_works(tmp_path):
    data = ARTICLE.encode("utf-16")  # with its byte-order mark
    path = write(tmp_path, "u16.txt", data)
    result = invoke("extract", path, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == f"quotex: {path}: starts with a UTF-16 byte-order mark; skipped (pass --encoding utf-16 to read it)\n"
    result = invoke("extract", path, "--format", "jsonl", "--encoding", "utf-16")
    assert result.exit_code == 0, result.stderr
    assert [q["text"] for q in lines(result)] == QUOTES
    check_offsets(data, lines(result), "utf-16")


@pytest.mark.parametrize("encoding", ["no-such-encoding", "base64", "rot13"])
def test_unknown_or_non_text_encoding_is_a_usage_error(tmp_path, encoding):
    path = write(tmp_path, "a.txt", ARTICLE)
    result = invoke("extract", path, "--encoding", encoding)
    assert result.exit_code == 2
    assert "--encoding" in result.stderr and result.stdout == ""


def test_decode_never_guesses():
    with pytest.raises(InputError, match=r"<x>: not valid utf-8 at byte offset 7 \(0xff\)"):
        decode(b"abc def\xff", "<x>")
    assert decode(codecs.BOM_UTF8 + b"a\r\nb", "<x>") == "\ufeffa\r\nb"


# ----------------------------------------------------------------------------- binary input
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
BINARIES = [
    ("image.png", PNG, "looks like a PNG image"),
    ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n", "looks like a PDF"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "looks like a JPEG image"),
    ("archive.gz", gzip.compress(ARTICLE.encode()), "looks like a gzip archive"),
    ("report.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(50), "looks like a ZIP archive"),
    ("data.bin", b"some text then \x00\x01\x02 binary", "NUL byte at byte offset 15, so it is binary"),
]


@pytest.mark.parametrize("name, data, message", BINARIES)
def test_binary_input_is_skipped(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", ARTICLE)
    result = invoke("extract", good, path, good, "--format", "json")
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"quotex: {path}: ") and message in line and "skipped" in line
    assert [d["source"] for d in lines(result)] == [good, good]


def test_binary_stdin_is_skipped():
    result = invoke("extract", "--format", "jsonl", input=PNG)
    assert result.exit_code == 1
    assert result.stderr == "quotex: <stdin>: looks like a PNG image, not text; skipped (convert it to plain text first)\n"


# ----------------------------------------------------------------------------- empty input
@pytest.mark.parametrize("content", [b"", b"   ", b"\n\n\n", b" \t\r\n\r\n  \n", codecs.BOM_UTF8, b"No quotes at all.\n"])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_empty_and_quoteless_input_exit_0(tmp_path, content, fmt):
    path = write(tmp_path, "e.txt", content)
    result = invoke("extract", path, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    if fmt == "json":
        assert lines(result) == [{"source": path, "quotes": []}]
    elif fmt == "jsonl":
        assert result.stdout == ""


def test_empty_stdin():
    result = invoke("extract", "--format", "json", input="")
    assert result.exit_code == 0
    assert lines(result) == [{"source": "<stdin>", "quotes": []}]


def test_speakers_of_empty_input(tmp_path):
    path = write(tmp_path, "e.txt", "")
    result = invoke("speakers", path, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


# ----------------------------------------------------------------------------- paths
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_kind_of_bad_path_in_one_run(tmp_path, jobs):
    good = write(tmp_path, "good.txt", ARTICLE)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "inside.txt").write_text(ARTICLE)
    missing = tmp_path / "missing.txt"
    not_dir = os.path.join(good, "child.txt")  # a path through a file: cannot be opened
    result = invoke("extract", good, missing, folder, not_dir, good, "--format", "json", "--jobs", jobs)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"quotex: {missing}: no such file",
        f"quotex: {folder}: is a directory; pass --recursive to read the files in it",
        f"quotex: {not_dir}: cannot read (Not a directory)",
    ]
    docs = lines(result)
    assert [d["source"] for d in docs] == [good, good]
    assert all([q["text"] for q in d["quotes"]] == QUOTES for d in docs)


def test_recursive_reads_directories_in_sorted_order(tmp_path):
    root = tmp_path / "archive"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE)
    (root / "b" / "c.txt").write_text('"Third," she said.\n')
    (root / "b" / "image.png").write_bytes(PNG)
    result = invoke("extract", "-r", root, "--format", "json")
    assert result.exit_code == 1  # the PNG is an input that failed
    assert [d["source"] for d in lines(result)] == [str(root / "a.txt"), str(root / "b" / "c.txt")]
    assert "image.png: looks like a PNG image" in result.stderr
    result = invoke("extract", "-r", root, "--glob", "*.txt", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    secret = write(tmp_path, "secret.txt", ARTICLE)
    good = write(tmp_path, "good.txt", ARTICLE)
    os.chmod(secret, 0)
    try:
        result = invoke("extract", secret, good, "--format", "json")
    finally:
        os.chmod(secret, 0o644)
    assert result.exit_code == 1
    assert result.stderr == f"quotex: {secret}: permission denied\n"
    assert [d["source"] for d in lines(result)] == [good]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root lists any directory")
def test_unlistable_directory_with_recursive(tmp_path):
    root = tmp_path / "root"
    (root / "locked").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE)
    os.chmod(root / "locked", 0)
    try:
        result = invoke("extract", "-r", root, "--format", "json")
    finally:
        os.chmod(root / "locked", 0o755)
    assert result.exit_code == 1
    assert "locked: cannot list the directory (Permission denied)" in result.stderr
    assert [d["source"] for d in lines(result)] == [str(root / "a.txt")]


def test_from_list_with_bad_entries(tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE)
    listing = write(tmp_path, "list.txt", f"{good}\r\n\r\n{tmp_path / 'nope.txt'}\n{good}\n".encode() + b"\xff\xfe.txt\n")
    result = invoke("extract", "--from-list", listing, "--format", "json")
    assert result.exit_code == 1
    assert [d["source"] for d in lines(result)] == [good, good]
    assert len(result.stderr.splitlines()) == 2 and "nope.txt: no such file" in result.stderr


def test_unreadable_list_does_not_stop_other_inputs(tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE)
    result = invoke("extract", good, "--from-list", tmp_path / "no-list.txt", "--format", "json")
    assert result.exit_code == 1
    assert [d["source"] for d in lines(result)] == [good]
    assert "cannot read the list of paths" in result.stderr and "no such file" in result.stderr


# ----------------------------------------------------------------------------- JSON Lines inputs
def test_jsonl_corpus_bad_lines_are_skipped_one_by_one(tmp_path):
    rows = [
        codecs.BOM_UTF8 + json.dumps({"id": 1, "text": ARTICLE}).encode(),
        b'{"id": 2, "text": "\\"Broken," he said.',  # not valid JSON
        json.dumps({"id": 3, "body": "no text field"}).encode(),
        b'{"id": 4, "text": "x", "score": NaN}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"id": 6, "text": "caf\xe9"}',
        json.dumps({"id": 7, "text": '"Last," she said.'}).encode(),
    ]
    path = write(tmp_path, "corpus.jsonl", b"\r\n".join(rows) + b"\r\n")
    result = invoke("extract", "--jsonl", path, "--format", "json")
    assert result.exit_code == 1
    docs = lines(result)
    assert [(d["source"], d["meta"]) for d in docs] == [(f"{path}:1", {"id": 1}), (f"{path}:7", {"id": 7})]
    err = result.stderr.splitlines()
    assert len(err) == 5
    assert err[0].startswith(f"quotex: {path}:2: not valid JSON")
    assert err[1].startswith(f"quotex: {path}:3: no string field 'text'")
    assert err[2].startswith(f"quotex: {path}:4: not valid JSON (NaN is not valid JSON)")
    assert err[3].startswith(f"quotex: {path}:5: not valid JSON")
    offset = sum(len(r) + 2 for r in rows[:5]) + rows[5].index(b"\xe9")
    assert err[4].startswith(f"quotex: {path}:6: not valid utf-8 at byte offset {offset} (0xe9)")


def test_binary_file_given_as_jsonl_is_one_message(tmp_path):
    path = write(tmp_path, "x.jsonl", PNG * 50)
    result = invoke("extract", "--jsonl", path)
    assert result.exit_code == 1
    assert result.stderr == f"quotex: {path}: looks like a PNG image, not text; skipped (convert it to plain text first)\n"


def test_jsonl_directory_without_recursive(tmp_path):
    result = invoke("extract", "--jsonl", tmp_path, "-", "--format", "json",
                    input=json.dumps({"text": ARTICLE}) + "\n")
    assert result.exit_code == 1
    assert result.stderr == f"quotex: {tmp_path}: is a directory; pass --recursive to read the files in it\n"
    assert [d["source"] for d in lines(result)] == ["<stdin>:1"]


# ----------------------------------------------------------------------------- failures inside extraction
def test_a_failing_document_does_not_stop_the_run(tmp_path, monkeypatch):
    """A bug met on one odd document becomes one message for that document; the rest goes on."""
    import quotex.attribution.attribute as attribute

    real = attribute.Attributor.run

    def run(self, *a, **kw):
        if "BOOM" in self.text:
            raise ValueError("something odd\nsecond line")
        return real(self, *a, **kw)

    monkeypatch.setattr(attribute.Attributor, "run", run)
    good = write(tmp_path, "good.txt", ARTICLE)
    odd = write(tmp_path, "odd.txt", '"BOOM," he said.\n')
    result = invoke("extract", good, odd, good, "--format", "json")
    assert result.exit_code == 1
    assert [d["source"] for d in lines(result)] == [good, good]
    assert result.stderr == (f"quotex: {odd}: extraction failed (ValueError: something odd); skipped. This is a "
                             f"bug in quotex: please report it (QUOTEX_DEBUG=1 shows the details)\n")


# ----------------------------------------------------------------------------- hostile text
HOSTILE = {
    "unbalanced": '"We will win, Smith said.\n\nHe said "no and left." And then" more "\n\n\u201cOpen \u201c twice\u201d',
    "stray marks": "\u201d\u201d\u201c \u00bb \u00ab \u2018 \u2019 '' `` \" ' \u201e \u201a \u201f\n\" \n\u201c",
    "10000 marks": '"' * 10_000,
    "10000 mixed marks": ('"\u201c\u201d\u2018\u2019\'\u00ab\u00bb' * 1250),
    "marks and words": ('He said "yes " no" \u201cmaybe\u201d \'so\' ' * 400),
    "control characters": '\x00\x01\x07\x08\x0b\x0c\x1b[31m"red,"\x1b[0m he said.\x7f\x85\u2028\u2029"Next" she said.\x1c\x1d\x1e',
    "emoji": '\U0001F600 "We will win \U0001F3C6\U0001F1FA\U0001F1F8," said Smith \U0001F44D\U0001F3FD. \U00010348\U0001D11E',
    "right-to-left": '\u05e9\u05dc\u05d5\u05dd "\u05d0\u05e0\u05d7\u05e0\u05d5 \u05e0\u05e0\u05e6\u05d7," \u05d0\u05de\u05e8 \u05db\u05d4\u05df. '
                     '\u202e"reversed,"\u202c she said. \u0627\u0644\u0633\u0644\u0627\u0645 \u00ab\u0646\u0639\u0645\u00bb \u0642\u0627\u0644.',
    "mixed scripts": '\u041f\u0443\u0442\u0438\u043d \u0441\u043a\u0430\u0437\u0430\u043b: \u00ab\u0414\u0430.\u00bb '
                     '\u6211\u4eec\u4f1a\u8d62\u300c\u662f\u7684\u300d "\u00c7a va," a dit Ren\u00e9e. '
                     '\u0939\u093f\u0928\u094d\u0926\u0940 "\u0928\u092e\u0938\u094d\u0924\u0947," he said.',
    "combining marks": 'Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349 "s\u0301a\u0301id\u0301," he said.',
    "only newlines and marks": '\n"\n"\n\u201c\n\u201d\n' * 500,
    "lone surrogate-free odd spaces": '\u00a0"\u2003We\u2009win,\u202f"\u3000Smith\u00a0said.\ufeff',
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_never_crashes(nlp, name):
    text = HOSTILE[name]
    quotes = list(extract_text(text, nlp))
    for q in quotes:
        assert text[q.start:q.end] == q.text and q.text.strip()
        if q.speaker:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
        if q.cue:
            assert text[q.cue.start:q.cue.end] == q.cue.text
    assert all(a.end <= b.start for a, b in zip(quotes, quotes[1:]))
    assert list(extract_text(text, nlp)) == quotes


def test_hostile_text_through_the_cli(tmp_path):
    paths = [write(tmp_path, f"{i}.txt", text) for i, text in enumerate(HOSTILE.values())]
    result = invoke("extract", *paths, "--format", "json")
    assert result.exit_code == 1  # the file with NUL bytes is binary
    assert result.stderr.count("\n") == 1 and "NUL byte" in result.stderr
    assert len(lines(result)) == len(paths) - 1
    # The other formats, on the texts that are quick to parse.
    texts = [p for p, name in zip(paths, HOSTILE) if name not in ("control characters", "10000 mixed marks",
                                                                   "marks and words")]
    for fmt in ("table", "csv", "text"):
        result = invoke("extract", *texts, "--format", fmt)
        assert result.exit_code == 0, (fmt, result.stderr)


def test_hostile_quote_expected_results(nlp):
    def texts(s):
        return [q.text for q in extract_text(s, nlp)]

    assert texts(HOSTILE["10000 marks"]) == []
    assert texts('\U0001F600 "We will win \U0001F3C6," said Smith.') == ["We will win \U0001F3C6,"]
    # An unclosed quote closes at the end of its paragraph; the next paragraph is unaffected.
    assert texts('"We will win, Smith said.\n\n"Fine," Lee said.') == ["We will win, Smith said.", "Fine,"]


# ----------------------------------------------------------------------------- exit codes in --help
@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["speakers", "--help"]])
def test_exit_codes_documented_in_help(args):
    result = invoke(*args)
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    assert "Exit codes: 0 success (also when no quotes were found), 1 when any input failed, 2 usage error" in out


def test_usage_error_exit_2():
    result = invoke("extract", "--format", "nope", "x.txt")
    assert result.exit_code == 2
    result = invoke("extract", "--no-such-option")
    assert result.exit_code == 2
