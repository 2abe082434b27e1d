"""A paragraph break always ends a sentence.

The parser is run on windows of several paragraphs joined by their newlines, and the small
model often runs a sentence on across the break:

    Ann Lee spoke on Monday (no final stop)
    "We will win," she said.

would come out as one sentence, and the cue "said" would hang off the previous paragraph. This
component, placed before the parser, marks the first token after any newline as a sentence
start; spaCy's parser keeps sentence starts that are already set.
"""
from __future__ import annotations

from spacy.language import Language

NAME = "quotex_paragraphs"


def mark_paragraph_starts(doc):
    prev_newline = False
    for tok in doc:
        if prev_newline and not tok.is_space:
            tok.is_sent_start = True
            prev_newline = False
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            prev_newline = True
    return doc


@Language.component(NAME)
def paragraph_breaks(doc):
    return mark_paragraph_starts(doc)


def add_to(nlp) -> None:
    """Put the component before the parser (or senter) unless it is there already."""
    if NAME in nlp.pipe_names:
        return
    for before in ("parser", "senter"):
        if nlp.has_pipe(before):
            nlp.add_pipe(NAME, before=before)
            return
