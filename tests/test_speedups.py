"""quotex.nlp.speedups: what quotex changes inside spaCy gives spaCy's very annotations, and one switch
(QUOTEX_SPACY_COMPONENTS=original) turns all of it off."""
import json
import os
import subprocess
import sys

from conftest import POLNEAR_TRAIN
from quotex.nlp import speedups


def _corpus_texts(n):
    """Some real news text when ../shared is there, else articles written here."""
    folder = os.path.join(POLNEAR_TRAIN, "text")
    if os.path.isdir(folder):
        names = sorted(os.listdir(folder))[:n]
        return [open(os.path.join(folder, f), encoding="utf-8", newline="").read() for f in names]
    para = ('"We will finish the bridge this year," Mayor Ann Lee said on Tuesday, after the council\'s '
            "vote. Her rival, Tom Reid, disagreed: \"It's running late and it's over budget.\" The U.S. "
            "Department of Transportation wouldn't comment; officials there have said little.\n\n")
    return [para * (i + 2) for i in range(n)]


def test_faster_components_give_the_same_annotations():
    """The attribute-ruler matching and lemmatizer loop of quotex.nlp.speedups: identical token attributes."""
    import numpy
    import spacy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG

    from quotex.nlp.model import resolve_model_name

    texts = _corpus_texts(12) + [
        "", "\n\n", "I ain't gonna say nothin' to y'all, he said. There is a dog; give it to it.",
        "She'd've known. U.S. officials didn't, wouldn't and can't. \"Is it?\" asked Kim's aide.",
    ]
    original = spacy.load(resolve_model_name(), exclude=["senter"])
    fast = spacy.load(resolve_model_name(), exclude=["senter"])
    speedups.apply(fast)
    ruler = fast.get_pipe("attribute_ruler")
    assert ruler.set_annotations.__name__ == "set_annotations" and "set_annotations" in vars(ruler)
    lemmatizer = fast.get_pipe("lemmatizer")
    assert type(lemmatizer).__name__ == "CachedLemmatizer"
    # the set-index rule_lemmatize is the one in use, and it has been exercised by the end
    assert lemmatizer.lemmatize.__func__ is type(lemmatizer).rule_lemmatize
    attrs = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    for a, b in zip(original.pipe(texts), fast.pipe(texts)):
        assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs))
        assert [(t.lemma_, str(t.morph), t.pos_) for t in a] == [(t.lemma_, str(t.morph), t.pos_) for t in b]
    assert {"noun", "verb"} <= set(lemmatizer.__dict__["_quotex_index_sets"])


def test_spacy_cli_still_importable_after_lean_import():
    code = ("from quotex.nlp import speedups\n"
            "speedups.LEAN_IMPORT = True\n"
            "spacy = speedups.import_spacy()\n"
            "import spacy.cli\n"
            "assert callable(spacy.cli.info) and callable(spacy.info)\n"
            "print(spacy.info()['spacy_version'] == spacy.__version__)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("True")


# What a fresh process sees of each change, as the command line sets it up.
PROBE = """
import json, sys
from quotex.nlp import speedups
speedups.LEAN_IMPORT = True
from quotex.nlp.model import load_model
nlp = load_model()
ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
print(json.dumps({
    "lean_import": "spacy.cli" not in sys.modules,
    "ruler_match": "match" in vars(ruler),
    "ruler_set": "set_annotations" in vars(ruler),
    "lemmatizer": type(lemmatizer).__name__,
    "quotex_ner": "quotex_ner" in nlp.pipe_names,
    "quotes": [q.speaker.name for q in __import__("quotex").extract('"We will win," Mayor Ann Lee said.')],
}))
"""


def _probe(switch):
    env = dict(os.environ)
    env.pop(speedups.SWITCH, None)
    if switch is not None:
        env[speedups.SWITCH] = switch
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-500:]
    return json.loads(proc.stdout.splitlines()[-1])


def test_one_switch_turns_every_change_off():
    on = _probe(None)
    assert on == {"lean_import": True, "ruler_match": True, "ruler_set": True, "lemmatizer": "CachedLemmatizer",
                  "quotex_ner": True, "quotes": ["Ann Lee"]}
    off = _probe(speedups.OFF)
    assert off["lemmatizer"] != "CachedLemmatizer"
    assert off == {"lean_import": False, "ruler_match": False, "ruler_set": False, "lemmatizer": off["lemmatizer"],
                   "quotex_ner": False, "quotes": ["Ann Lee"]}
