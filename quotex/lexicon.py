"""Word lists, patterns and token tests the attribution rules share."""
from __future__ import annotations

from .cues import ACCORDING, NEEDS_PARTICLE, SPEECH_NOUNS, SPEECH_VERBS


RELATIVE = frozenset({"who", "that", "which"})
# Verbs of holding a view: their subject holds the words of the clause below them.
HOLD_VERBS = frozenset("think believe feel find know hope expect want fear worry consider defend".split())
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Verbs that name: a Title Case quote that is their object is someone's words, not a title.
NAMING_CUES = frozenset({"call", "dub", "label", "term", "brand", "describe"})
# Speech verbs whose object is the listener, not the words: "told Fox News".
LISTENER_CUES = frozenset({"tell", "ask", "inform", "advise", "assure", "reassure", "instruct"})
ORG_ENTS = {"ORG", "NORP", "GPE", "FAC"}
ORG_NOUNS = frozenset("""
kremlin campaign committee department ministry agency government company police office party
administration council court commission pentagon house senate congress network newspaper paper
magazine times post journal newsroom station union group organization organisation association
institute foundation center centre board bureau service team firm corporation bank spokesperson
officials authorities prosecutors report poll survey study website site outlet
""".split())
# Nouns whose content clause is their owner's words: "Trump's accusation that Clinton is …".
CLAIM_NOUNS = SPEECH_NOUNS | frozenset("suggestion accusation claim assertion argument contention insistence "
                                       "charge allegation warning promise pledge view belief position "
                                       "answer language message point".split())
# Subordinators of clauses of time ("when Trump mentioned her, the crowd chanted …").
TIME_MARKS = frozenset({"when", "after", "while", "before", "once", "until", "whenever"})
# Documents a short label before a colon can name as the source of what follows ("From the
# report:", "From Lee's Facebook post:" -> the report, Lee).
DOC_NOUNS = frozenset("transcript excerpt statement text release letter memo email report post tweet article editorial "
                      "study ruling complaint filing".split())
# Cues whose object is not what is said but who is addressed or what is acted on ("told “Fox and
# Friends”", "published “Trump Revealed”").
ADDRESSEE_CUES = frozenset("""tell ask thank inform urge question press challenge advise assure reassure instruct
order command beg email text message call quote cite attack slam blast criticize praise mock accuse hail applaud
dismiss reject knock assail scold chide taunt ridicule lecture interrupt read publish print open close begin start
end finish""".split())
CHANT_NOUNS = frozenset("chant cry shout scream yell roar".split())


def is_cue_token(tok) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
        return False
    if lemma not in SPEECH_VERBS:
        return False
    need = NEEDS_PARTICLE.get(lemma)
    if need:
        return any(c.lower_ in need for c in tok.children)
    return True


def according(tok) -> bool:
    return tok.lower_ == ACCORDING[0] and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == ACCORDING[1]


# Subjects that cannot be a source: "that is what they said", "few expected it".
NON_SOURCES = frozenset("this that what there much all any few "
                        "none each either neither something everything nothing anything".split())


def not_a_speaker(head) -> bool:
    """Words the parser offers as the subject of a cue that are never anyone's name.

    "That is what “reform” means", "Few expected “a landslide”": no source in the sentence.
    ("Some", "others", "many", "most" and "both" stand for people, and PolNeAR annotates them as
    sources: "Others shouted, “Stop!”"; on PolNeAR train keeping them fixed five attributions
    and broke two.) ("It" stays: "“We disagree,” it said" is an organisation speaking. Numbers stay
    too: "22 percent say …" measured better kept on PolNeAR train.)
    """
    low = head.lower_
    if low in NON_SOURCES and head.dep_ != "relcl":
        return low not in ("that", "which") or head.head.dep_ != "relcl"
    return False
