"""Every word list the attribution rules read, and the small token tests built on them.

The rule modules (mentions, cue_rules, fragment_rules, context_rules, ...) hold no word lists of their
own: they import them from here, so one file says what English words quotex knows.

Languages: everything below is English. ``LEXICON["en"]`` is this module (the names below are its
attributes). A second language would be a sibling module (``lexicon_fr.py``) defining the same names
(SPEECH_VERBS, EMPTY_SUBJECTS, ...) and registered as ``LEXICON["fr"]``; the rules would then read
``LEXICON[lang].NAME`` for the document's language instead of importing the names directly (today
they import them directly because English is the only language).
"""
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

# Verbs of holding or casting a view, for ``view-holder``: what lies in their clause is how their
# subject sees things ("Lee portrays her rival as a ''career politician''").
VIEW_VERBS = HOLD_VERBS | frozenset("portray frame refer characterize characterise depict cast paint view regard "
                                    "see intend".split())
# Things whose words a quote can be, as the subject of any verb ("The memo puts the cost at “…”").
SOURCE_DOCS = DOC_NOUNS | frozenset({"cable", "document", "ad"})
# Verbs and nouns of chanting: what a crowd chants are its words, even in Title Case.
CHANT_VERBS = frozenset("chant shout yell scream cry sing holler roar".split())
# Subjects that stand for no one: "it was called “a mess”", "there is “hope”", "what they call …".
EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "what"})
# Speech verbs that name the activity, not what was said: in an "as" clause they tell the time.
ACTIVITY_CUES = frozenset("speak talk laugh chuckle cheer applaud".split())
# Verbs of beginning and ending: speech verbs only for a speech ("began her talk with “…”").
PHASE_VERBS = frozenset("begin start end finish open close continue".split())
# Verbs of owning up or making known: with a thing as object they report no words ("acknowledged
# his defeat, saying …" is the saying's).
ADMIT_VERBS = frozenset("acknowledge announce admit".split())
# Polls and surveys: they report findings, not words.
POLL_NOUNS = frozenset({"poll", "survey"})
# Cues whose passive subject is still the speaker: "he was quoted as saying", "she was asked".
PASSIVE_SPEAKER_CUES = frozenset({"quote", "ask", "cite", "hear"})
PERSON_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official aide adviser advisor source lawyer attorney
candidate senator governor president minister leader chairman chairwoman director secretary
analyst expert economist professor strategist supporter voter resident man woman friend mother
father son daughter wife husband host anchor reporter writer author founder ceo executive
lawmaker legislator congressman congresswoman activist organizer pollster historian scholar
commentator columnist editor consultant operative donor delegate protester judge
critic opponent rival ally staffer surrogate nominee mayor sheriff officer student teacher worker
member fan pastor lobbyist
""".split())
# Nouns for people that are not one person: they chant and shout ("the crowd chanted").
PEOPLE_NOUNS = frozenset("crowd audience people guy fan demonstrator attendee participant group "
                         "family public".split())
# Two variants of EMPTY_SUBJECTS, derived from it so there is one set to edit. The colon rule's
# subject test leaves "that" to the later checks (a demonstrative "that" there is filtered by
# ``_thing``/``not_a_speaker``; behaviour kept as measured on PolNeAR train). The search for the last
# verb before a colon also skips relative subjects ("the vote, which happened Friday:").
EMPTY_SUBJECTS_NO_THAT = EMPTY_SUBJECTS - {"that"}
EMPTY_OR_RELATIVE_SUBJECTS = EMPTY_SUBJECTS | {"which"}


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


import sys as _sys  # noqa: E402

# Word lists by language (see the module docstring): English is this module.
LEXICON = {"en": _sys.modules[__name__]}
