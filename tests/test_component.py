"""quotex as a spaCy component: entry point, config, doc.spans, plain-data extensions, n_process=2."""
import importlib.metadata
import json
import subprocess
import sys
import textwrap

import pytest
import spacy
from spacy.tokens import Doc

import quotex
from quotex.nlp.model import resolve_model_name

TEXT = '"We will win," Mayor Ann Lee said. "Taxes will rise," said Bob Stone.\n\n"Soon," Lee added.\n'
EXPECTED = [  # (text, start, end, type, speaker text, speaker name, cue)
    ("We will win,", 1, 13, "direct", "Mayor Ann Lee", "Ann Lee", "said"),
    ("Taxes will rise,", 36, 52, "direct", "Bob Stone", "Bob Stone", "said"),
    ("Soon,", 72, 77, "direct", "Lee", "Ann Lee", "added"),
]


def brief(quotes):
    return [(q["text"], q["start"], q["end"], q["type"], q["speaker"]["text"], q["speaker"]["name"],
             q["cue"]["text"]) for q in quotes]


@pytest.fixture(scope="module")
def model_name():
    return resolve_model_name()


@pytest.fixture(scope="module")
def pipe_nlp(model_name):
    nlp = spacy.load(model_name)
    nlp.add_pipe("quotex")
    return nlp


def test_entry_point_is_registered():
    eps = importlib.metadata.entry_points(group="spacy_factories")
    assert {ep.name: ep.value for ep in eps}.get("quotex") == "quotex.component:make_quotex"


SCRIPT = textwrap.dedent('''
    import json, sys
    import spacy

    def main(model, text, tmp):
        # This script never imports quotex: spaCy finds the factory through the entry point.
        assert "quotex" not in sys.modules
        nlp = spacy.load(model)
        nlp.add_pipe("quotex")
        doc = nlp(text)
        out = {"quotes": doc._.quotes, "speakers": doc._.speakers,
               "spans": [(s.text, s.label_) for s in doc.spans["quotes"]],
               "speaker_spans": [(s.text, s.label_) for s in doc.spans["quotes_speakers"]]}
        # settings through the config, and a saved pipeline that loads by the factory name
        c = spacy.load(model)
        c.add_pipe("quotex", config={"spans_key": "q"})
        c.to_disk(tmp)
        loaded = spacy.load(tmp)
        out["loaded_config"] = dict(loaded.get_pipe_config("quotex"))
        d2 = loaded(text)
        out["config_spans"] = sorted(d2.spans)
        out["config_quotes"] = d2._.quotes
        # two worker processes
        texts = [text, "Nothing quoted.", text, '"Yes," she said.'] * 2
        out["pipe2"] = [d._.quotes for d in nlp.pipe(texts, n_process=2, batch_size=2)]
        out["pipe1"] = [d._.quotes for d in nlp.pipe(texts)]
        print(json.dumps(out))

    if __name__ == "__main__":
        main(sys.argv[1], sys.argv[2], sys.argv[3])
''')


def test_fresh_process_add_pipe_config_and_n_process_2(tmp_path, model_name):
    script = tmp_path / "use_quotex.py"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), model_name, TEXT, str(tmp_path / "pipeline")],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert brief(out["quotes"]) == EXPECTED
    assert out["spans"] == [["We will win,", "direct"], ["Taxes will rise,", "direct"], ["Soon,", "direct"]]
    assert out["speaker_spans"] == [["Mayor Ann Lee", "Ann Lee"], ["Bob Stone", "Bob Stone"], ["Lee", "Ann Lee"]]
    assert [(r["name"], r["quotes"], r["words"], r["documents"]) for r in out["speakers"]] == [
        ("Ann Lee", 2, 4, 1), ("Bob Stone", 1, 3, 1)]
    assert "import quotex" not in SCRIPT and "from quotex" not in SCRIPT
    assert out["loaded_config"] == {"factory": "quotex", "spans_key": "q", "all_quotes": False, "indirect": False}
    assert out["config_spans"] == ["q", "q_speakers"]
    assert out["config_quotes"] == out["quotes"]
    assert out["pipe2"] == out["pipe1"]
    assert [brief(q) for q in out["pipe2"][:2]] == [EXPECTED, []]
    assert [q["text"] for q in out["pipe2"][3]] == ["Yes,"]


def test_component_matches_python_api(pipe_nlp):
    doc = pipe_nlp(TEXT)
    assert doc._.quotes == [q.to_dict() for q in quotex.extract(TEXT)]
    assert brief(doc._.quotes) == EXPECTED


def test_spans_line_up_with_quotes(pipe_nlp):
    doc = pipe_nlp(TEXT)
    spans = doc.spans["quotes"]
    assert len(spans) == len(doc._.quotes)
    for span, q in zip(spans, doc._.quotes):
        assert (span.start_char, span.end_char, span.label_) == (q["start"], q["end"], q["type"])
    attributed = [q for q in doc._.quotes if q["speaker"]]
    for span, q in zip(doc.spans["quotes_speakers"], attributed):
        assert (span.start_char, span.end_char, span.label_) == (q["speaker"]["start"], q["speaker"]["end"],
                                                                 q["speaker"]["name"])


def test_extensions_are_plain_data_and_round_trip(pipe_nlp):
    doc = pipe_nlp(TEXT)

    def plain(x):
        if isinstance(x, dict):
            return all(isinstance(k, str) and plain(v) for k, v in x.items())
        if isinstance(x, list):
            return all(plain(v) for v in x)
        return x is None or isinstance(x, (str, int, float, bool))

    assert plain(doc._.quotes) and plain(doc._.speakers)
    json.dumps(doc._.quotes)
    again = Doc(pipe_nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.quotes == doc._.quotes
    assert again._.speakers == doc._.speakers
    assert [s.text for s in again.spans["quotes"]] == [s.text for s in doc.spans["quotes"]]


def test_doc_without_quotes(pipe_nlp):
    doc = pipe_nlp("Nothing was quoted today.")
    assert doc._.quotes == [] and doc._.speakers == []
    assert list(doc.spans["quotes"]) == [] and list(doc.spans["quotes_speakers"]) == []


def test_needs_a_parser():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotex")
    assert nlp("No quotes here.")._.quotes == []
    with pytest.raises(ValueError, match="needs a dependency parse"):
        nlp('"We will win," Ann Lee said.')
