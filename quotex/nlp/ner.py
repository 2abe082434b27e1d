"""Named entities for attribution, without running NER over the quoted words.

On the small English model the entity recognizer has its own embedding layers and costs about
as much as the tagger and parser together, and in news about half of what it reads in a quote
paragraph is the quotes themselves. Attribution never looks at an entity inside a quote: a
speaker is named outside the marks ("“We will win,” Mayor Ann Lee said.").

This component runs the model's own ``ner`` on a copy of each text with the words inside quote
marks taken out (the marks stay, so "“ ” Ann Lee said" still reads as a quote and its speaker)
and copies the entities back onto the full Doc. Outside quotes the entities are nearly always
the ones a full run finds; inside quotes there are none. ``load_model`` puts it in place of
``ner`` unless ``QUOTEX_SPACY_COMPONENTS=original``.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.attrs import IDX, IS_SPACE, ORTH, POS, SENT_START, SPACY
from spacy.parts_of_speech import ADP, ADV, AUX, CCONJ, DET, INTJ, PART, PRON, PUNCT, SCONJ
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..text.marks import find_quotes
from ..resolution.entities import is_first_name

NAME = "quotex_ner"
_CLOSED = {ADP, ADV, AUX, CCONJ, DET, INTJ, PART, PRON, PUNCT, SCONJ}


def quoted_mask(doc: Doc) -> list[bool]:
    """For each token, whether to leave it out: it is in a sentence wholly inside quotes, or in
    one that cannot hold a name.

    "“We will win. We always do,” Ann Lee said.": the sentence "We will win." is left out;
    the second, which runs on to the cue, is kept whole. "He said it was late." is left out
    too: no word in it is capitalised but a function word at its start, and the names and
    organisations attribution reads are capitalised ("Republicans said no." is kept). Whole
    sentences go, so what the recognizer sees around every kept token is what it sees in the
    full text, up to a sentence boundary.
    """
    text = doc.text
    quotes = find_quotes(text)
    mask = [False] * len(doc)
    idx, starts, spaces, pos = doc.to_array([IDX, SENT_START, IS_SPACE, POS]).T.tolist()
    n = len(doc)
    inside = [False] * n
    k = 0
    for i, c in enumerate(idx):
        while k < len(quotes) and quotes[k].close <= c:
            k += 1
        if k < len(quotes) and quotes[k].open <= c:
            inside[i] = True  # marks included
    a = 0
    for i in range(1, n + 1):
        if i == n or starts[i] == 1:
            if all(inside[j] or spaces[j] for j in range(a, i)) or _no_names(text, idx, a, i, pos, spaces):
                mask[a:i] = [True] * (i - a)
            a = i
    return mask


def _no_names(text, idx, a, b, pos, spaces) -> bool:
    """A sentence with no capitalised word but a function word first: "He said it was late."."""
    first = True
    for j in range(a, b):
        if spaces[j]:
            continue
        # A token's first character, read off the text (no Token object per word).
        if text[idx[j]].isupper() and not (first and pos[j] in _CLOSED):
            return False
        first = False
    return True


_OPEN_MARKS = frozenset({'"', "“", "‘", "'"})
_CLOSE_MARKS = frozenset({'"', "”", "’", "'"})


def _name_word(tok) -> bool:
    w = tok.text
    return tok.is_alpha and w[:1].isupper() and not w.isupper() or len(w) == 1 and w.isupper()


def join_nicknames(doc: Doc) -> None:
    """One person for a first name, a nickname in quotes and a surname: 'Charles "Chuck" Brennan',
    'Lonnie “Bo” Tillman' (US papers' habit). The recognizer, which reads the text without its
    quoted words, cuts such a name in two or tags half of it; here the whole run becomes one
    PERSON entity (the quote marks stay in its text; quotex.resolution.names.clean_name drops
    the nickname)."""
    n = len(doc)
    spans = []
    for i in range(1, n - 3):
        if doc[i].text not in _OPEN_MARKS or doc[i + 2].text not in _CLOSE_MARKS:
            continue
        first, nick, last = doc[i - 1], doc[i + 1], doc[i + 3]
        if not is_first_name(first.text):
            continue  # not a headline's 'Slams "Crooked" Hillary Clinton
        if not (_name_word(first) and _name_word(nick) and _name_word(last) and nick.is_title and
                not doc[i - 1].whitespace_ == "" and doc[i + 2].whitespace_ != ""):
            continue
        if doc[i].whitespace_ or doc[i + 1].whitespace_:
            continue  # '"Chuck"' is written tight; '" Chuck "' is something else
        start = first.i  # not a title the recogniser took in ("Marine John")
        spans.append(Span(doc, start, last.i + 1, label="PERSON"))
    if not spans:
        return
    keep = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = sorted(keep + spans, key=lambda e: e.start)


def whole_hyphenated_words(doc: Doc) -> None:
    """An entity never starts or ends inside a word written without spaces: the tokenizer cuts
    "Tremblay-Roy" at the hyphen, and the recogniser, reading "Tremblay-Roy isn't holding her
    breath", tags only "Roy" -- another person in an article that has a minister Suzanne Roy.
    The entity takes in the rest of the word when that part is a capitalised word no entity
    claims and the article never names on its own ("the Trump-Clinton debate" stays "Clinton"
    where "Trump" is a name of its own)."""
    if "-" not in doc.text or not doc.ents:
        return
    # words the article uses as a name on their own: a one-word entity, a full name's last word
    alone = {e[-1].text for e in doc.ents if len(e) == 1 or e.label_ == "PERSON"}
    n = len(doc)

    def glued(a: int) -> bool:
        # tokens a, "-", a + 2 written without spaces
        return not doc[a].whitespace_ and not doc[a + 1].whitespace_ and doc[a + 1].text == "-"

    def part(t) -> bool:
        w = t.text.replace("'", "").replace("’", "")  # "O'Brien-Walsh"
        return w.isalpha() and w[:1].isupper() and not t.ent_type_ and t.text not in alone

    spans, changed = [], False
    for e in doc.ents:
        a, b = e.start, e.end
        if e.label_ in ("PERSON", "ORG"):
            while a >= 2 and glued(a - 2) and part(doc[a - 2]):
                a -= 2
            while b + 1 < n and glued(b - 1) and part(doc[b + 1]):
                b += 2
        changed |= (a, b) != (e.start, e.end)
        spans.append(Span(doc, a, b, label=e.label) if (a, b) != (e.start, e.end) else e)
    if changed:
        doc.ents = spans


def particle_names(doc: Doc, known: Iterable[str] = ()) -> None:
    """Names with lower-case particles, as the recogniser misses them: "Defense Minister Maarten van
    der Linde" read as a person "Maarten van der" and an organisation "Linde", "Luz Marina de la Hoz
    Restrepo" as "Luz Marina de la"; then "Van der Linde told reporters" (a work of art) and "De la
    Hoz, 52, said" (nothing) where the surname opens a sentence.

    A person's span ending in particles takes in the capitalised words after them (up to three),
    whatever the recogniser made of them. A surname with its particles, capitalised or not ("Van der
    Linde", "De la Hoz", "del Valle"), is a person where a person named in full in this window or
    before it (``known``: names as written) has those words from a particle on. Runs on a parsed
    window before attribution, so a parse read back from a cache gets it too."""
    from ..lexicon import lexicon_for

    particles = lexicon_for(doc.lang_).NAME_PARTICLES
    if not doc.ents or not any(t.lower_ in particles for t in doc):
        return
    quoted = quoted_mask(doc)
    n = len(doc)

    def name_word(t) -> bool:
        return t.is_title and t.is_alpha and not quoted[t.i] and t.lower_ not in particles

    spans = []
    for e in doc.ents:
        j = e.end
        if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_lower and e[-1].lower_ in particles:
            k = j
            while k < n and k - j < 3 and name_word(doc[k]) and doc[k - 1].whitespace_:
                k += 1
            if k > j:
                spans.append((e.start, k))
    # The tails of full names from their first particle on: "van der linde", "de la hoz restrepo".
    tails = set()
    names = list(known) + [doc[a:b].text for a, b in spans] + [e.text for e in doc.ents if e.label_ == "PERSON"]
    for name in names:
        words = name.split()
        for p in range(1, len(words) - 1):
            if words[p].lower() in particles and words[p - 1].lower() not in particles and words[p][:1].islower():
                tails.add(tuple(w.lower() for w in words[p:]))
    i = 0
    while tails and i < n:
        t = doc[i]
        if t.lower_ not in particles or quoted[i] or (i and doc[i - 1].lower_ in particles):
            i += 1
            continue
        j = i
        while j < n and doc[j].lower_ in particles:
            j += 1
        k = j
        while k < n and name_word(doc[k]) and any(tail[:k + 1 - i] == tuple(x.lower_ for x in doc[i:k + 1])
                                                  for tail in tails):
            k += 1
        if k > j and not any(e.label_ == "PERSON" and e.start <= i and k <= e.end for e in doc.ents) and \
                not any(a < k and i < b for a, b in spans):
            spans.append((i, k))
        i = max(k, i + 1)
    if not spans:
        return
    keep = [e for e in doc.ents if not any(e.start < b and a < e.end for a, b in spans)]
    new = [Span(doc, a, b, label="PERSON") for a, b in spans]
    doc.ents = sorted(keep + new, key=lambda e: e.start)


class OutsideQuotesNER:
    """Run ``ner`` (a trained spaCy EntityRecognizer) on the words outside quotes only."""

    def __init__(self, ner) -> None:
        self.ner = ner

    def _shrink(self, doc: Doc) -> tuple[Doc, list[int]] | None:
        """The doc without its quoted words, and each kept token's index; None if nothing is quoted."""
        mask = quoted_mask(doc)
        if not any(mask):
            return None
        # From arrays: a Token object per word would cost more than the rest of this together.
        orths, trailing = doc.to_array([ORTH, SPACY]).T.tolist()
        strings = doc.vocab.strings
        index = [i for i, m in enumerate(mask) if not m]
        words = [strings[orths[i]] for i in index]
        spaces = [bool(trailing[i]) for i in index]
        return Doc(doc.vocab, words=words, spaces=spaces), index

    @staticmethod
    def _copy_back(doc: Doc, small: Doc, index: list[int]) -> None:
        spans = []
        for ent in small.ents:
            a, b = index[ent.start], index[ent.end - 1]
            # An entity that ran across a removed quote is not one in the full text.
            if b - a != ent.end - 1 - ent.start:
                continue
            spans.append(Span(doc, a, b + 1, label=ent.label))
        doc.ents = spans

    def _reread_across_breaks(self, doc: Doc, index: list[int] | None) -> None:
        """An entity never runs across a line break: re-read, each on its own, the lines one ran across.

        Read as one text, a headline, a dateline and the lead's first name can come out as one
        organisation: "Oilers win in Alberta\n\nEDMONTON — Connor McDavid scored twice" gave
        'Alberta\n\nEDMONTON — Connor McDavid' (ORG), and the person was lost for every later
        "McDavid said". Only the lines such an entity touches are read again, so the rest of the
        document keeps what the full read found. ``index``: the tokens the recogniser was given
        (the words outside quotes), or None for all.
        """
        if "\n" not in doc.text:
            return
        # From an array: a Token object per word costs more than the recogniser's own run here.
        breaks = [i for i, sp in enumerate(doc.to_array(IS_SPACE).tolist()) if sp and "\n" in doc[i].text]
        if not breaks:
            return
        bad = [e for e in doc.ents if any(e.start <= b < e.end for b in breaks)]
        if not bad:
            return
        edges = [-1] + breaks + [len(doc)]
        lines = set()
        for e in bad:
            for a, b in zip(edges, edges[1:]):
                if a + 1 < e.end and e.start < b:  # the line's tokens a+1 .. b-1 meet the entity
                    lines.add((a + 1, b))
        kept = set(range(len(doc))) if index is None else set(index)
        pieces = []
        for a, b in sorted(lines):
            toks = [i for i in range(a, b) if i in kept]
            if toks:
                pieces.append(toks)
        small = [Doc(doc.vocab, words=[doc[i].text for i in toks],
                     spaces=[bool(doc[i].whitespace_) for i in toks]) for toks in pieces]
        found = []
        for toks, out in zip(pieces, self.ner.pipe(small, batch_size=len(small))):
            for ent in out.ents:
                a, b = toks[ent.start], toks[ent.end - 1]
                if b - a == ent.end - 1 - ent.start:
                    found.append(Span(doc, a, b + 1, label=ent.label))
        # Where the line read alone finds nothing, a piece of the long entity that is a clean run
        # of words keeps its label: "Interview with Jane Doe\nJane Doe is a writer" read alone
        # may miss the second "Jane Doe"; 'EDMONTON — Connor McDavid' (punctuation) is no piece.
        for e in bad:
            for a, b in zip(edges, edges[1:]):
                lo, hi = max(a + 1, e.start), min(b, e.end)
                while lo < hi and doc[lo].is_space:
                    lo += 1
                while hi > lo and doc[hi - 1].is_space:
                    hi -= 1
                if lo < hi and all(not t.is_punct or t.text in ".'’-" for t in doc[lo:hi]) and \
                        not any(f.start < hi and lo < f.end for f in found):
                    found.append(Span(doc, lo, hi, label=e.label))
        spans = [e for e in doc.ents if not any(a < e.end and e.start < b for a, b in lines)]
        doc.ents = sorted(spans + found, key=lambda e: e.start)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))


    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Doc]) -> list[Doc]:
        shrunk = [self._shrink(d) for d in batch]
        inputs = [d if s is None else s[0] for d, s in zip(batch, shrunk)]
        outputs = list(self.ner.pipe(inputs, batch_size=len(inputs)))
        for doc, s, out in zip(batch, shrunk, outputs):
            if s is not None:
                self._copy_back(doc, out, s[1])
            self._reread_across_breaks(doc, None if s is None else s[1])
            whole_hyphenated_words(doc)
            join_nicknames(doc)
        return batch


@Language.factory(NAME)
def make_outside_quotes_ner(nlp: Language, name: str):
    return OutsideQuotesNER(nlp.get_pipe("ner"))


def add_to(nlp) -> bool:
    """Run NER outside quotes only: put this component after ``ner`` and disable ``ner``."""
    if NAME in nlp.pipe_names or not nlp.has_pipe("ner") or "ner" in nlp.disabled:
        return False
    nlp.add_pipe(NAME, after="ner")
    nlp.disable_pipe("ner")
    return True
