"""quotex: find the quotes in news text and say who said them."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from .errors import InputError, ModelNotFound, QuotexError
from .records import Cue, Quote, Speaker

__version__ = "0.1.0"
__all__ = ["extract", "extract_batch", "Quote", "Speaker", "Cue", "QuotexError", "ModelNotFound",
           "InputError", "__version__"]


def extract(text: str, *, model: Optional[str] = None, nlp=None) -> list[Quote]:
    """Return the quotes of ``text`` with their speakers, in order of appearance.

    ``model`` names an installed spaCy model or a path (default: see :mod:`quotex.model`);
    ``nlp`` passes an already loaded pipeline instead.
    """
    from .extract import extract_text
    from .model import load_model

    return list(extract_text(text, nlp if nlp is not None else load_model(model)))


def extract_batch(texts: Iterable[str], *, model: Optional[str] = None, nlp=None) -> Iterator[list[Quote]]:
    """Yield one list of quotes per text, in input order, loading the model once."""
    from .extract import extract_text
    from .model import load_model

    nlp = nlp if nlp is not None else load_model(model)
    for text in texts:
        yield list(extract_text(text, nlp))
