"""Repairs to the parse where the small model reads a person's role as an adverb.

Sports pages name players by position: "“I barely touched him,” the Flames forward said", "the
Bills running back said". en_core_web_sm tags "forward" and "back" there as adverbs of "said",
so the subject comes out "the Flames" (a team, which speaks as an organisation) or "the running"
and the description is lost. When such a word closes a noun phrase that opens with a determiner
and is the subject of the verb right after it, this component, placed after the parser, makes
the word that phrase's head noun: "the Flames forward" is a forward, whom stage 2 can find by
the sentence before ("Tkachenko disagreed with the call.¶“…,” the Flames forward said").
"""
from __future__ import annotations

from spacy.language import Language

from ..lexicon import lexicon_for

NAME = "quotex_repairs"


def role_adverbs(doc) -> None:
    """Make a role noun tagged as an adverb ("forward", "back") the head of the subject phrase it closes."""
    lex = lexicon_for(doc.lang_)
    n = len(doc)
    for t in doc:
        if t.lower_ not in lex.ADVERB_ROLE_NOUNS or t.tag_ != "RB" or t.i == 0 or t.i + 1 >= n:
            continue
        verb = doc[t.i + 1]
        if not verb.tag_.startswith("VB"):
            continue  # (tags only: the attribute ruler has not set parts of speech yet)
        # the subject phrase it closes: a determiner first, the word hung on the verb or inside
        # the phrase ("the Bills running back": "back" on "running")
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
        if subj is None or not (t.head.i == verb.i or subj.left_edge.i <= t.head.i < t.i):
            continue
        start = subj.left_edge.i
        if doc[start].tag_ != "DT" or subj.right_edge.i > t.i or any(doc[k].is_punct for k in range(start, t.i)):
            continue
        dep = subj.dep_
        t.head = verb
        t.tag_ = "NN"
        t.dep_ = dep
        for k in range(start, t.i):
            tok = doc[k]
            tok.head = t
            tok.dep_ = "det" if tok.tag_ == "DT" else ("amod" if tok.tag_ in ("JJ", "VBG", "VBN") else "compound")


@Language.component(NAME)
def repair_role_adverbs(doc):
    role_adverbs(doc)
    return doc


def add_to(nlp) -> None:
    """Put the component right after the parser (before the attribute ruler maps the new tag)."""
    if NAME not in nlp.pipe_names and nlp.has_pipe("parser"):
        nlp.add_pipe(NAME, after="parser")
