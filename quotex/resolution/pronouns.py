"""Whom a pronoun stands for: agreement first, then salience.

A reporter's "he said" points back to a person named earlier; which one is decided here, from
small plain records (no spaCy: :mod:`quotex.resolution.antecedents` builds them from a parsed window, and a
document-level entity resolver can build them from its clusters):

* :class:`Mention` -- one earlier mention of an entity: where it is (token, sentence,
  paragraph), whether it is a subject, whether it speaks;
* :class:`Entity` -- what is known of whom the mentions name: a key (the canonical name), its
  kind (``person``, ``organization``, ``group`` for plural people, ``thing`` such as a report or
  an email, ``place``), its sex if the
  article says it (see :mod:`quotex.resolution.gender`), whether it is plural;
* :func:`resolve` -- the entity a pronoun stands for, or None (unresolved).

Agreement rules out candidates: "he"/"she" only a person of that sex or of unknown sex (never a
company or a product); "it" only an organisation, a thing or a place, never a person; "they"/"we" an
organisation, a group ("the union", "police", "officials") or two people named together. Among
those that agree, the most salient wins: each earlier mention adds a weight that halves with
every sentence back (more for a subject, more for a speaker), a paragraph break halves it once
more, and the entity that spoke last gets a bonus. Mentions further back than the distance limit
do not count, so a pronoun with nothing in reach stays unresolved instead of grabbing a stranger.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from ..lexicon import ENGLISH

PERSON, ORGANIZATION, GROUP, THING, PLACE = "person", "organization", "group", "thing", "place"

# Salience weights (Lappin & Leass style, simplified): a mention's weight halves per sentence
# back and once more per paragraph break.
CHAINED = 0.5  # the weight of a mention that is a pronoun resolved in turn (see antecedents)
W_MENTION = 100.0
W_SUBJECT = 80.0  # "Lee said", "Lee spoke": the subject is what the next sentence is about
W_SPEAKER = 50.0  # the subject of a speech verb: "he said" most often continues a speaker
W_LAST_SPEAKER = 60.0  # the entity the last quote was attributed to
# The person just asked something (see _answerer): "A reporter pressed him on the play calling.
# “I would call it again,” he said" is the coach's answer, not the reporter's.
W_ASKED = 150.0
W_TOPIC = 40.0  # the person the story is about (named far more than anyone else; see antecedents)
# A known sex that agrees counts fully; an unknown one a little less, so that "Ann Lee … Lind …
# she said" prefers the woman over a surname of unknown sex named after her.
UNKNOWN_SEX_FACTOR = 0.5
# Unknown sex, but the first name says the other one: "he" -> Hillary Clinton only when nobody else is there.
OTHER_LEAN_FACTOR = 0.1
# The sex a first name given to both sexes says ("Lindsey" mostly to women), against the pronoun.
SOFT_OTHER_FACTOR = 0.25
# How far back a mention may be: sentences for "he"/"she" (feature stories come back to a
# person after paragraphs about others) and for "it"/"they" (organisations are picked up again
# sooner, and "it" is as often a thing no rule knows).
MAX_SENTENCES = {PERSON: 30, ORGANIZATION: 8, GROUP: 8, THING: 8, PLACE: 8}
MAX_PARAGRAPHS = {PERSON: 10, ORGANIZATION: 3, GROUP: 3, THING: 3, PLACE: 3}
# A place speaks through its government now and then ("Ottawa said it would …"), but the "it" of
# a sentence after one is more often a document or an organisation named near it.
PLACE_FACTOR = 0.5


@dataclass(frozen=True)
class Mention:
    """One mention of an entity, before the pronoun: token index, sentence and paragraph numbers."""

    token: int
    sent: int
    para: int
    subject: bool = False
    speaker: bool = False
    # Less than 1 for a mention that is itself a resolved pronoun ("She wants to open a shop"):
    # it keeps the person salient without outweighing a name.
    weight: float = 1.0
    # The subject of a speech verb that is its sentence's own (not "noted that Sanders has
    # acknowledged …") and addresses nobody named ("Conroy asked Sanders whether …" is followed by
    # Sanders's answer): a speaker the reporter brings in (see _fresh_speaker).
    introduced: bool = False
    # The one a verb of asking addresses ("A reporter pressed him on the play calling", "Oyelowo
    # asked the witness where she had been"): the expected speaker of the reply after it (see
    # _answerer).
    asked: bool = False


@dataclass(frozen=True)
class Entity:
    """A candidate antecedent: canonical ``key``, ``kind``, ``sex`` ("m", "f", None), ``plural``."""

    key: str
    kind: str
    sex: Optional[str] = None
    plural: bool = False
    title: Optional[str] = None
    # The sex the first name says when the evidence left the sex undecided ("Hillary Clinton" with
    # a misread "his" or two): a pronoun of the other sex is then unlikely, not ruled out.
    lean: Optional[str] = None
    # The sex comes from nothing but a first name given to both sexes, though mostly to one
    # ("Lindsey", "Kelly", "Chris"): a pronoun of the other sex is unlikely, not ruled out.
    soft: bool = False


@dataclass(frozen=True)
class Pronoun:
    """The pronoun to resolve: its lower-case text and where it is."""

    text: str
    token: int
    sent: int
    para: int


def agrees(pron: str, ent: Entity, lex=ENGLISH) -> bool:
    """Whether ``ent`` can be what ``pron`` stands for (number, sex, kind)."""
    rule = lex.PRONOUN_AGREEMENT.get(pron.lower())
    if rule is None:
        return False
    kinds, sex = rule
    if ent.kind == PERSON and ent.plural:
        # "Lee and Stone … they said": two people named together are a group.
        return GROUP in kinds
    if ent.kind not in kinds:
        return False
    if ent.kind == PERSON and sex is not None and ent.sex is not None and ent.sex != sex and not ent.soft:
        return False
    if ent.kind == GROUP and PERSON in kinds:
        return False
    return True


def salience(pron: Pronoun, mentions: Iterable[Mention], kind: str) -> float:
    """Sum of the weights of the mentions within reach of ``pron`` (0.0 if none)."""
    max_s, max_p = MAX_SENTENCES.get(kind, 8), MAX_PARAGRAPHS.get(kind, 3)
    total = 0.0
    for m in mentions:
        if m.token >= pron.token:
            continue
        ds, dp = pron.sent - m.sent, pron.para - m.para
        if ds > max_s or dp > max_p:
            continue
        w = (W_MENTION + W_SUBJECT * m.subject + W_SPEAKER * m.speaker) * m.weight
        total += w * 0.5 ** (max(ds, 0) + max(dp, 0))
    return total


def _recency(pron: Pronoun, mentions: Iterable[Mention]) -> float:
    """1.0 for a last speaker mentioned in the pronoun's paragraph or the one before, halving for
    each paragraph further back: 'Kirsten … “…,” she said.' and five paragraphs about others later,
    "Colleen put a blanket over his knees. “…,” she said" is Colleen's."""
    latest = max((m.para for m in mentions if m.token < pron.token), default=None)
    if latest is None:
        return 1.0
    return 0.5 ** max(0, pron.para - latest - 1)


def _fresh_speaker(pron: Pronoun, candidates: list) -> Optional[str]:
    """The key of the candidate that was last the subject of a speech verb (outside quotes) before
    the pronoun, in its paragraph or the one before; None if none was.

    A reporter brings in the next speaker with a sentence of what they said, then quotes them:
    "Diane Kowalczyk said teachers backed it. “…,” she told the board.¶The superintendent said the
    district would report in June.¶“…,” she said" is the superintendent's, not the last speaker's:
    the bonus of the last speaker is for a quote that goes on with the same person, not for one
    after somebody new was said to speak."""
    best, at = None, -1
    for ent, mentions in candidates:
        for m in mentions:
            if m.introduced and m.token < pron.token and pron.para - m.para <= 1 and m.token > at:
                best, at = ent.key, m.token
    return best


def _latest_turn(pron: Pronoun, candidates: list) -> Optional[tuple[str, Mention]]:
    """The candidate whose turn it last was before the pronoun, in its paragraph or the one before,
    and that mention: the subject of a speech verb, or the one a verb of asking addresses
    (Mention.asked); None if nobody's."""
    best, at = None, None
    for ent, mentions in candidates:
        for m in mentions:
            if (m.speaker and m.subject or m.asked) and m.token < pron.token and pron.para - m.para <= 1 and \
                    (at is None or m.token > at.token):
                best, at = ent.key, m
    return (best, at) if at is not None else None


def _answerer(pron: Pronoun, candidates: list,
              expected: Optional[tuple[str, str]] = None) -> Optional[tuple[str, Optional[Mention]]]:
    """The key of the one expected to answer (and the mention of the question's turn, if any):
    the candidate a verb of asking last addressed before the pronoun, when no speaker was brought
    in after the question; else ``expected`` (answerer, asker), the one the quote before put a
    question to, when the last turn was the asker's or nobody's since; None otherwise.

    An interview goes in turns: "Host Ann Welker asked him about the deal. “It was worth it,” he
    said" -- the one asked answers; the asker, a subject and a speaker, is not who the reply's
    pronoun stands for. "Welker asked him about the deal. Lee's rival, Sen. John Hart, said the
    deal was dead. “…,” he said" is Hart's: any speaker after the question takes the turn.
    '“Do you regret the vote?” Ellis asked.¶“Not for a second,” he said.' is the senator's
    whom Ellis was interviewing (see MentionRules._answerer_for)."""
    latest = _latest_turn(pron, candidates)
    if latest is not None and latest[1].asked:
        return latest
    if expected is not None and (latest is None or latest[0] in expected) and \
            any(ent.key == expected[0] for ent, _ in candidates):
        return expected[0], latest[1] if latest is not None and latest[0] == expected[1] else None
    return None


def _replied_to(pron: Pronoun, candidates: list) -> Optional[tuple[str, Mention]]:
    """For the pronoun of a verb of replying: the candidate the last speaker's sentence addresses
    (named after the speaker there, not as a subject), and the speaker's turn mention; None when
    that sentence addresses nobody. "Councillor Rick Hale accused Mayor Tom Bell of hiding the
    costs. “That is simply false,” he replied" is Bell's: one does not reply to oneself."""
    latest = _latest_turn(pron, candidates)
    if latest is None or latest[1].asked or not latest[1].subject:
        return None
    turn = latest[1]
    addressed = [(m.token, ent.key) for ent, ms in candidates if ent.key != latest[0] for m in ms
                 if m.sent == turn.sent and m.token > turn.token and not m.subject and m.weight >= 1.0]
    return (min(addressed)[1], turn) if addressed else None


def _as_asker(mentions: list, asked: Optional[Mention]) -> list:
    """``mentions`` with the asker's turn made a plain mention: the subject of the verb of asking
    in the sentence of ``asked``, up to it ("A reporter pressed him"), spoke to the one who
    answers next; as a subject and a speaker it would outweigh him."""
    if asked is None:
        return mentions
    return [Mention(m.token, m.sent, m.para, weight=m.weight) if m.sent == asked.sent and m.token <= asked.token and
            m.speaker else m for m in mentions]


def _introduced(pron: Pronoun, ent: Entity, mentions: Iterable[Mention]) -> bool:
    """Whether person ``ent`` is first named in the pronoun's sentence or the one before, as a subject
    (not of a speech verb that addresses someone named: "reporter Tom Ellis asked Dunn whether …
    / “…,” he said" is Dunn's answer; see Mention.introduced)."""
    before = [m for m in mentions if m.token < pron.token]
    return ent.kind == PERSON and not ent.plural and ent.key[:1].isupper() and bool(before) and \
        all(0 <= pron.sent - m.sent <= 1 for m in before) and \
        any(m.subject and m.weight >= 1.0 and not (m.speaker and not m.introduced) for m in before)


def resolve(pron: Pronoun, candidates: Iterable[tuple[Entity, list[Mention]]],
            last_speaker: Optional[str] = None, lex=ENGLISH, topic: Optional[str] = None,
            answering: bool = True, expected: Optional[tuple[str, str]] = None,
            replying: bool = False) -> Optional[Entity]:
    """The entity ``pron`` most likely stands for, or None when no candidate agrees within reach.

    ``candidates`` pairs each entity with its mentions (any order); ``last_speaker`` is the key of
    the entity the last quote before the pronoun was attributed to, if any; ``topic`` the key of
    the person the story is about, if one stands out; ``answering`` False for the pronoun of a verb
    of asking ("“Would you call it again?” he asked" is the asker's, not an answer); ``expected``
    (answerer, asker) when the quote before was a question put to someone (see _answerer);
    ``replying`` for the pronoun of a verb of replying (see _replied_to).
    """
    rule = lex.PRONOUN_AGREEMENT.get(pron.text.lower())
    if rule is None:
        return None
    sex = rule[1]
    candidates = [(ent, ms) for ent, ms in candidates if agrees(pron.text, ent)]
    # A person the sentence before introduces as its subject ("Josh Hendler, a Democratic tech
    # operative, warned Saturday that … / “…,” he wrote") is who the pronoun goes on about: the
    # story's subject and the last speaker get no bonus over a newcomer.
    # Not when another of them is a subject in that sentence too ("After Glenn Beck asked him,
    # D'Souza replied, “…” / “…,” he added" is D'Souza's: who is new there is not sure).
    introduced = any(_introduced(pron, ent, ms) and not any(
        other is not ent and any(m.subject and m.token < pron.token and m.sent in {n.sent for n in ms} for m in oms)
        for other, oms in candidates) for ent, ms in candidates)
    # Nor does the last speaker when someone else was said to speak in this paragraph or the one
    # before (see _fresh_speaker).
    fresh_speaker = _fresh_speaker(pron, candidates)
    # The one just asked is the expected speaker of the reply (see _answerer).
    turn = _answerer(pron, candidates, expected) if answering else None
    if turn is None and replying:
        turn = _replied_to(pron, candidates)
    answerer = turn[0] if turn is not None else None
    if turn is not None:
        fresh_speaker = answerer
        candidates = [(ent, ms if ent.key == answerer else _as_asker(ms, turn[1])) for ent, ms in candidates]
    best, best_score, best_last = None, 0.0, -1
    for ent, mentions in candidates:
        if introduced and not _introduced(pron, ent, mentions):
            ent_last, ent_topic = None, None
        else:
            ent_last, ent_topic = last_speaker, topic
        kind = GROUP if ent.kind == PERSON and ent.plural else ent.kind
        score = salience(pron, mentions, kind)
        if score <= 0.0:
            continue
        if ent_last is not None and ent.key == ent_last and fresh_speaker in (None, ent_last):
            score += W_LAST_SPEAKER * _recency(pron, mentions)
        if ent_topic is not None and ent.key == ent_topic and (fresh_speaker in (None, ent_topic) or
                                                                not fresh_speaker[:1].isupper()):
            # (nor the story's subject, for a person named whom the reporter just said to speak:
            # "Bettencourt caught up with TPM in the parking lot. She said she had voted for
            # Ashbury twice.¶“…,” she said" is Bettencourt's, though the congresswoman is who the
            # story is about; a description may be the subject himself: "the candidate said …")
            score += W_TOPIC
        if answerer is not None and ent.key == answerer:
            score += W_ASKED
        if sex is not None and ent.sex is not None and ent.sex != sex:
            # (only a soft sex gets here: "Sen. Lindsey Graham called out his rival Donald Trump. /
            # Graham said, “…” / He continued" is Graham's, the subject and the last speaker)
            score *= SOFT_OTHER_FACTOR
        if sex is not None and ent.sex is None:
            score *= UNKNOWN_SEX_FACTOR if ent.lean in (None, sex) else OTHER_LEAN_FACTOR
        if ent.kind == PLACE:
            score *= PLACE_FACTOR
        # On a tie the entity mentioned last wins ("The mayor of Halifax spoke to the union. … it
        # said" -> the union), whatever order the candidates come in.
        last = max((m.token for m in mentions if m.token < pron.token), default=-1)
        if score > best_score or score == best_score and last > best_last:
            best, best_score, best_last = ent, score, last
    return best
