"""Every change quotex makes to spaCy's own code, in one place, with one switch.

quotex gives spaCy's annotations, faster. What it changes inside spaCy to get there:

* :func:`import_spacy`: the quotex command imports spaCy without its command line, by standing
  in a module for ``spacy.cli.info`` in ``sys.modules`` while spaCy imports (the command sets
  :data:`LEAN_IMPORT`; a library user's process is never changed);
* :func:`apply`: the attribute ruler's ``match`` and ``set_annotations`` are replaced on the
  instance by lookups per distinct token, and the rule lemmatizer's class is swapped for a
  subclass that looks in its cache first and reads spaCy's word index as sets. Both give the
  very same token attributes (``tests/test_speedups.py`` compares them with spaCy's on real
  text); anything they do not cover exactly (other pattern forms, other lemmatizer modes)
  keeps spaCy's own code.

The switch: ``QUOTEX_SPACY_COMPONENTS=original`` in the environment turns all of it off (and,
in :func:`quotex.nlp.model.load_model`, the entity recognizer that skips quoted words,
:mod:`quotex.nlp.ner`, which is a component of its own rather than a change to spaCy's code).
"""
from __future__ import annotations

import functools
import os
import sys

# The environment variable that turns every speed-up off, and the value that does it.
SWITCH = "QUOTEX_SPACY_COMPONENTS"
OFF = "original"
# Set by the command line (and only there): import spaCy without its own command line, see
# :func:`import_spacy`.
LEAN_IMPORT = False


def enabled() -> bool:
    """Whether quotex may change spaCy's code (see the module docstring); read at each use."""
    return os.environ.get(SWITCH) != OFF


def import_spacy():
    """Import spaCy; with :data:`LEAN_IMPORT`, without loading ``spacy.cli``.

    ``import spacy`` imports its whole command line (typer, weasel, httpx, requests, rich):
    about a third of its import time, and nothing quotex uses. The quotex command sets
    :data:`LEAN_IMPORT`; then ``spacy.cli.info`` is stood in for while spaCy imports (spaCy only
    re-exports ``info`` from it, here as a function that imports the real one when called), and
    ``import spacy.cli`` still works afterwards. A library user's process is never changed.
    """
    if "spacy" in sys.modules or not (LEAN_IMPORT and enabled()):
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


# spaCy's attribute ruler runs a Matcher with ~180 one-token patterns over every token, and its
# rule lemmatizer does Python work per token before looking in its own cache: together about a
# fifth of the pipeline's time on news text. The two stand-ins below give the very same token
# attributes (tests/test_speedups.py compares them on real text) with a lookup per distinct
# token; anything they do not cover exactly (other pattern forms, other lemmatizer modes) keeps
# spaCy's own code.
_SPEC_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")
# Entries kept per lookup cache; past this it starts afresh, so memory stays bounded on a corpus
# with an endless vocabulary (numbers, names), like spaCy's own string store it is there for.
CACHE_MAX = 200_000


class _RulerIndex:
    """The attribute ruler's patterns as lookups over (LOWER, TAG, DEP, IS_SPACE) per token.

    A token condition is a value, ``{"IN": [...]}``, ``{"NOT_IN": [...]}`` or ``{"REGEX": ...}``
    on those attributes, as the Matcher reads them; any other pattern form makes the whole
    ruler keep spaCy's Matcher.
    """

    def __init__(self, ruler) -> None:
        from spacy.strings import get_string_id

        self.strings = ruler.vocab.strings
        self.singles: list[tuple[int, tuple]] = []  # (attr_id, spec)
        self.multis: list[tuple[int, tuple]] = []  # (attr_id, (spec, spec, ...))
        self.match_ids = [get_string_id(str(i)) for i in range(len(ruler.attrs))]
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                specs = tuple(self._spec(tok, get_string_id) for tok in pattern)
                if len(specs) == 1:
                    self.singles.append((attr_id, specs[0]))
                elif specs:
                    self.multis.append((attr_id, specs))
        # Single-token patterns by one of their exact conditions (field, value), so that a token
        # seen for the first time is checked against a handful of patterns, not all of them.
        self.by_key: dict[tuple, list] = {}
        self.unkeyed: list[tuple[int, tuple]] = []
        for attr_id, spec in self.singles:
            eq = [(f, v) for f, op, v in spec if op == "eq"]
            if eq:
                self.by_key.setdefault(eq[0], []).append((attr_id, spec))
            else:
                self.unkeyed.append((attr_id, spec))
        self.cache: dict[tuple, tuple] = {}

    @staticmethod
    def _spec(tok: dict, get_string_id) -> tuple:
        import re

        if not isinstance(tok, dict) or not tok or any(k not in _SPEC_KEYS for k in tok):
            raise ValueError("unsupported pattern")
        out = []
        for k, v in tok.items():
            f = _SPEC_KEYS.index(k)
            if k == "IS_SPACE":
                if not isinstance(v, bool):
                    raise ValueError("unsupported pattern")
                out.append((f, "eq", int(v)))
            elif isinstance(v, str):
                out.append((f, "eq", get_string_id(v)))
            elif isinstance(v, dict) and len(v) == 1:
                (op, arg), = v.items()
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(x, str) for x in arg):
                    out.append((f, op.lower(), frozenset(get_string_id(x) for x in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    out.append((f, "regex", re.compile(arg)))
                else:
                    raise ValueError("unsupported pattern")
            else:
                raise ValueError("unsupported pattern")
        return tuple(out)

    def _fits(self, spec: tuple, row) -> bool:
        for f, op, v in spec:
            x = row[f]
            if op == "eq":
                if x != v:
                    return False
            elif op == "in":
                if x not in v:
                    return False
            elif op == "not_in":
                if x in v:
                    return False
            elif not v.search(self.strings[x] if x else ""):
                return False
        return True

    def _lookup(self, row: tuple) -> tuple:
        hit = self.cache.get(row)
        if hit is None:
            by_key = self.by_key
            candidates = self.unkeyed + [c for f in range(4) for c in by_key.get((f, row[f]), ())]
            singles = tuple(sorted(a for a, spec in candidates if self._fits(spec, row)))
            starts = tuple(k for k, (_, specs) in enumerate(self.multis) if self._fits(specs[0], row))
            if len(self.cache) >= CACHE_MAX:
                self.cache.clear()
            hit = self.cache[row] = (singles, starts)
        return hit

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (attr_id, match_id, start, end), sorted."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        rows = [tuple(r) for r in doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()]
        mids = self.match_ids
        out = []
        n = len(rows)
        for i, row in enumerate(rows):
            singles, starts = self._lookup(row)
            for a in singles:
                out.append((a, mids[a], i, i + 1))
            for k in starts:
                a, specs = self.multis[k]
                m = len(specs)
                if i + m <= n and all(self._fits(specs[j], rows[i + j]) for j in range(1, m)):
                    out.append((a, mids[a], i, i + m))
        out.sort()
        return out

    def set_annotations_for(self, ruler):
        """``AttributeRuler.set_annotations`` with each token written once, from arrays.

        spaCy makes a Span and sets the attributes of every match in turn (a later match wins);
        here the attributes of each token's matches are merged in that same order and the final
        values are written with one ``Doc.from_array``. Only for rulers whose attributes are all
        plain token fields (POS, TAG, MORPH, LEMMA, DEP); otherwise None (spaCy's own is kept).
        """
        from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

        fields = (POS, TAG, MORPH, LEMMA, DEP)
        if any(not set(a) <= set(fields) or not all(isinstance(v, int) for v in a.values())
               for a in ruler.attrs):
            return None
        column = {f: k for k, f in enumerate(fields)}
        attrs = [tuple((column[f], v) for f, v in a.items()) for a in ruler.attrs]
        indices = list(ruler.indices)
        original = ruler.set_annotations

        def set_annotations(doc, matches):
            if not matches:
                return
            arr = doc.to_array(list(fields))
            for attr_id, _match_id, start, end in matches:
                index = indices[attr_id]
                i = start + index if index >= 0 else end + index
                if not start <= i < end:
                    return original(doc, matches)  # spaCy raises its own error for this
                for k, v in attrs[attr_id]:
                    arr[i, k] = v
            doc.from_array(list(fields), arr)

        return set_annotations


def apply(nlp) -> None:
    """Swap in the faster, identical attribute-ruler matching and lemmatizer loop where they apply
    (nothing when :func:`enabled` is false)."""
    if not enabled():
        return
    try:
        from spacy.pipeline import AttributeRuler, Lemmatizer
    except ImportError:  # pragma: no cover - another spaCy
        return
    for name, proc in nlp.pipeline:
        if type(proc) is AttributeRuler:
            try:
                index = _RulerIndex(proc)
            except (ValueError, KeyError, TypeError):
                continue
            proc.match = index.match  # instance attributes: __call__ uses them
            fast_set = index.set_annotations_for(proc)
            if fast_set is not None:
                proc.set_annotations = fast_set
        elif isinstance(proc, Lemmatizer) and type(proc).__call__ is Lemmatizer.__call__ \
                and proc.mode == "rule" and not proc.overwrite:
            proc.__class__ = _fast_lemmatizer_class(type(proc))
            # spaCy binds ``lemmatize`` when the component is made; bind the set-index one.
            proc.lemmatize = proc.rule_lemmatize


@functools.lru_cache(maxsize=4)
def _fast_lemmatizer_class(base):
    import warnings

    from spacy.attrs import LEMMA, MORPH, ORTH, POS
    from spacy.errors import Errors, Warnings
    from spacy.pipeline import Lemmatizer

    own_rules = getattr(base, "rule_lemmatize", None) is Lemmatizer.rule_lemmatize

    class CachedLemmatizer(base):
        """spaCy's rule lemmatizer, with its (orth, pos, morph) cache consulted before any other work.

        ``rule_lemmatize`` depends on exactly that key (it is the key of spaCy's own cache), so
        the lemmas are the same; a token with a lemma already set (by the attribute ruler) keeps it.
        """

        if own_rules:
            def rule_lemmatize(self, token):
                """spaCy's ``Lemmatizer.rule_lemmatize`` with its word index read as sets.

                spaCy stores the index of known lemmas per part of speech as lists (57,000
                nouns) and tests ``form in index`` against them: a linear scan for every
                suffix rule that applies, about a tenth of a millisecond per new word. A set
                answers the same question at once; every other step is spaCy's, in its order.
                """
                string = token.text
                univ_pos = token.pos_.lower()
                if univ_pos in ("", "eol", "space"):
                    if univ_pos == "":
                        warnings.warn(Warnings.W108)
                    return [string.lower()]
                if self.is_base_form(token):
                    return [string.lower()]
                index_table = self.lookups.get_table("lemma_index", {})
                exc_table = self.lookups.get_table("lemma_exc", {})
                rules_table = self.lookups.get_table("lemma_rules", {})
                if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
                    return [string] if univ_pos == "propn" else [string.lower()]
                sets = self.__dict__.setdefault("_quotex_index_sets", {})
                index = sets.get(univ_pos)
                if index is None:
                    index = sets[univ_pos] = frozenset(index_table.get(univ_pos, {}))
                exceptions = exc_table.get(univ_pos, {})
                rules = rules_table.get(univ_pos, {})
                orig = string
                string = string.lower()
                forms: list = []
                oov_forms = []
                for old, new in rules:
                    if string.endswith(old):
                        form = string[: len(string) - len(old)] + new
                        if not form:
                            pass
                        elif form in index or not form.isalpha():
                            if form in index:
                                forms.insert(0, form)
                            else:
                                forms.append(form)
                        else:
                            oov_forms.append(form)
                forms = list(dict.fromkeys(forms))
                for form in exceptions.get(string, []):
                    if form not in forms:
                        forms.insert(0, form)
                if not forms:
                    forms.extend(oov_forms)
                if not forms:
                    forms.append(orig)
                return forms

        def __call__(self, doc):
            if not self._validated:
                self._validate_tables(Errors.E1004)
            if not len(doc):
                return doc
            error_handler = self.get_error_handler()
            try:
                cache = self.__dict__.setdefault("_quotex_lemmas", {})
                arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
                rows = arr.tolist()
                strings = doc.vocab.strings
                changed = False
                for i, (orth, pos, morph, lemma) in enumerate(rows):
                    if lemma:
                        continue
                    key = (orth, pos, morph)
                    value = cache.get(key)
                    if value is None:
                        if len(cache) >= CACHE_MAX:
                            cache.clear()
                        value = cache[key] = strings.add(self.lemmatize(doc[i])[0])
                    arr[i, 3] = value
                    changed = True
                if changed:
                    doc.from_array([LEMMA], arr[:, 3:4])
                return doc
            except Exception as e:  # noqa: BLE001 - spaCy's own error handling
                error_handler(self.name, self, [doc], e)

    return CachedLemmatizer
