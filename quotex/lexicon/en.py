"""Every word list the attribution rules read, and the small token tests built on them.

The rule modules (mentions, cue_rules, fragment_rules, context_rules, ...) hold no word lists of their
own: they import them from here, so one file says what English words quotex knows.

Languages: everything below is English. ``LEXICON["en"]`` is this module (the names below are its
attributes). A second language would be a sibling module (``lexicon_fr.py``) defining the same names
(SPEECH_VERBS, EMPTY_SUBJECTS, ...) and registered as ``LEXICON["fr"]``; the rules would then read
``LEXICON[lang].NAME`` for the document's language instead of importing the names directly.

How rules read it: the language is the spaCy pipeline's (``nlp.lang``, so ``doc.lang_``).
:func:`lexicon_for` looks it up once per window (``Attributor.lex``) and the rules read
``self.lex.NAME`` (context_rules, layout_rules, indirect do so; the other rule modules still
import the English names directly). A language with no lexicon is an error
(:class:`~quotex.errors.QuotexError` naming the language and the ones known), not a silent
fall-back to English: English word lists on another language would attribute quietly and badly.
"""
from __future__ import annotations

from ..errors import QuotexError
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



# ---- Labels that tag a page or a headline rather than name a speaker (context_rules, layout_rules).
# Words before a colon that label what follows rather than name who said it ("UPDATE:", "Related:").
HEADLINE_LABELS = frozenset("update correction note editor's note byline watch read more related photo video "
                            "source sources advertisement breaking exclusive analysis opinion live q a "
                            "caption credit"
                            .split()) | {"editor's note", "read more", "breaking news", "the latest"}


# ---- Transcript and Q&A labels (layout_rules): '"WALLACE: Will you run?' names a speaker, '"VIDEO: …' does not.
# Speakers a transcript names by role, not by name. They stay descriptions (lower case).
ROLE_LABELS = frozenset("""
participant moderator audience questioner reporter interviewer host caller crowd protester student
voice man woman announcer narrator panelist panellist witness delegate voter resident
""".split()) | {"audience member", "crowd member", "unidentified male", "unidentified female",
                "unidentified man", "unidentified woman"}
# Labels that tag the page rather than name who speaks, besides the ones a headline uses
# (HEADLINE_LABELS): '"VIDEO: …', '"NOTE: This transcript was edited.'. A quote
# paragraph opening with one is nobody's words carried on from the paragraph before.
PAGE_LABELS = (HEADLINE_LABELS - {"q", "a"}) | frozenset("""
video audio photo clip watch listen transcript warning alert ps p.s. tl;dr nb n.b. fyi
""".split())
# Labels that order a speaker's own words: '"FIRST: build the pipeline.' is still the speaker's.
LIST_LABELS = frozenset("""
one two three four five six seven eight nine ten first second third fourth fifth last next finally
step point rule lesson part chapter item option problem answer question reason goal fact claim verdict
rating summary background context details location date time subject re
""".split()) | {"bottom line", "the bottom line"}
NOT_SPEAKERS = PAGE_LABELS | LIST_LABELS
# The question and answer labels of an interview printed as Q&A.
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})


# ---- Reported speech without quote marks (indirect): 'Lee said that taxes would rise.'.
# Speech verbs whose clause is not the words reported: "began to …", "continued to …", "wondered
# if …" (a thought), "read the following" (measured on PolNeAR train: under 40% right).
NOT_REPORTING = frozenset("wonder muse begin start continue end close open finish read relate put".split())
# Verbs whose object is what was said, not who was addressed: "denied the allegations",
# "criticized the ruling", "announced her candidacy" (each right at least 70% of the time on
# PolNeAR train; "wrote a book", "added 300 jobs", "tweeted a photo" were not).
OBJECT_CUES = frozenset("""announce applaud assail blast cite criticize criticise decry denounce describe dismiss
dispute hail mention mock note order praise propose question recall recount reiterate reject repeat report reveal
ridicule say slam stress tout acknowledge""".split())
# Verbs that are no speech verb in general ("defended the city" may be with arms) but whose
# object, said in public, is a stand taken: "defended her decision", "endorsed the deal",
# "expressed concern that ...", "declined to comment", "refused to apologize"; only their object
# or infinitive is content (on PolNeAR train 494 predictions, 77% right; "echo" 64% and "highlight"
# 70% the weakest, "decline to" 93% the best).
STANCE_CUES = {"defend": "dobj", "endorse": "dobj", "express": "dobj", "echo": "dobj", "discuss": "dobj",
               "blame": "dobj", "highlight": "dobj", "decline": "xcomp", "refuse": "xcomp"}
# (Stances that need not be spoken, "supports the bill", "opposed the deal", "backed Lee",
# "favors a cut", were measured and left out: on PolNeAR train 483 predictions, 46% right.)
# Verbs whose infinitive is what was said: "urged voters to stay home", "vowed to fight on".
XCOMP_CUES = frozenset("""ask urge call vow promise threaten propose report say agree order claim warn challenge
suggest beg demand pledge""".split())
# Verbs whose words follow a preposition: "called for a ban", "accused Lee of lying" (measured on
# PolNeAR train: 167 more predictions, 81% of them right); "talked about her plans", "pointed to
# the report", "referred to the audit", "commented on", "complained about" (365 more, 74% right).
PREP_CUES = {"call": {"for"}, "accuse": {"of"}, "warn": {"of", "about", "against"}, "press": {"for"},
             "talk": {"about"}, "speak": {"about", "of"}, "refer": {"to"}, "point": {"to"},
             "comment": {"on"}, "complain": {"about"}, "ask": {"about", "for"}, "push": {"for"},
             "argue": {"for", "against"}, "rail": {"against"}, "testify": {"about"}}
# Verbs that call their object something: "called the judge a hater", "described the plan as a
# gift to donors" (the object and what it is called are the content; "call" on PolNeAR train: 244
# predictions, 75% right).
NAMING_CUES = frozenset("call describe dub label brand term".split())
# Speech verbs as headlines spell them: "Lee Says ...", "Clinton Warns ...".
HEADLINE_SPEECH_VERBS = frozenset("says said tells told warns warned claims claimed admits admitted insists insisted argues "
                           "argued announces announced predicts predicted suggests suggested urges urged vows vowed "
                           "denies denied confirms confirmed slams slammed blasts blasted calls called".split())
# Labels before a colon that name a part of the page, not a speaker: "Editor's note:", "Twitter:
# @reporter", "UPDATE:", "h/t: The Hill", "Monday's Morning Email: ...".
REPORT_HEADLINE_LABELS = frozenset("note twitter update updated correction correction h h/t h/t/ via reminder stat email "
                            "newsletter video photo photos watch listen read related source sources credit "
                            "daily spoiler".split())
# What a document or poll reports, with a clause: "A new poll shows that most voters …", "the
# audit found that …" (ccomp only: "police found the car" is not a report). On PolNeAR train
# these added 333 predictions, 73% of them right. Verbs of belief ("believes", "expects") are left
# out: measured the same way they added 162, only 57% right, and they are thought, not speech.
DOCUMENT_CUES = frozenset("show find indicate".split())
# Sources that report figures: "A Fox poll shows Sanders with 47 percent" (its object, not only a
# clause, is what it reports; on PolNeAR train 31 more, 26 right). Not "Lee leads in the latest
# poll": a clause a poll merely hangs on is nobody's words (on PolNeAR train 159 predictions, 56%
# right; leaving it out moved indirect F1 0.6047 -> 0.6024 and raised e2e F1 0.572 -> 0.5727).
POLL_SOURCE_NOUNS = frozenset("poll polls survey surveys study studies".split())
# Adverbs that mark a clause as hearsay: "is reportedly spending", "allegedly took".
HEARSAY = frozenset("reportedly allegedly purportedly reputedly".split())
# Adjectives that make "to say" a hedge of the writer's: "too soon to say", "fair to say".
HEDGES = frozenset("soon early fair safe hard needless difficult impossible easy premature suffice".split())


# ---- Reading a speaker mention (entities): 'a spokesman for the union said', 'Mayor Ann Lee said'.
# Role nouns that make a title ("Mayor Ann Lee", "Lee, the mayor"); with HONORIFICS and
# names.TITLE_WORDS.
ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official aide adviser advisor lawyer attorney candidate senator
governor president minister premier leader chairman chairwoman chair director secretary analyst
economist professor strategist pollster historian commentator columnist editor consultant judge
justice nominee mayor sheriff officer chief ceo executive founder owner proprietor manager coach
councillor councilor councilman councilwoman congressman congresswoman assemblyman assemblywoman
lawmaker legislator representative rep sen gov commissioner superintendent ambassador general
admiral colonel captain sergeant lieutenant detective inspector constable trustee treasurer
speaker whip host anchor reporter correspondent writer author activist organizer president-elect
vice-president mp mpp mla prosecutor journalist pastor reverend rabbi bishop priest imam cardinal
physician surgeon nurse scientist researcher pollster
critic advocate corporal cpl const coun cllr alderman alderwoman reeve warden doctor
""".split())
# Prepositions that say whose a description is: "a spokesman for the union", "an aide to Lee".
COMPLEMENT_PREPS = frozenset({"for", "of", "to", "at", "from", "with", "in", "by"})
# Prepositions of place, which say whose a description is only for a person ("a spokesman at
# the ministry") or with a name ("a report from the State Department"); "a shout from the back
# of the hall" is where.
PLACE_PREPS = frozenset({"from", "at", "in"})
# Short honorifics, the ones that are no title of their own ("Mr.", "Ms.", "Dr.").
COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mme", "sir", "dame", "lady", "lord", "dr"})
# Endings of nouns for a person ("voter", "economist", "historian", "consultant", "businessman").
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee")
# Words for "some of them" that a complement makes a description: "one of her aides", "someone
# in the audience", "those surveyed".
PARTITIVES = frozenset("one someone somebody some many most those others half few several all each none "
                       "anyone another".split())
# A participle says whose the description is only with an agent or a recipient ("obtained by …",
# "provided to …", "known as …"); "a poll released Monday" is when, and "outlets reported on
# Wednesday" is a finite verb misread as a modifier.
ACL_PREPS = frozenset({"by", "to", "as", "for"})


# ---- What pronouns and descriptions can stand for (antecedents): '"We won," she said' after 'Ann Lee'.
# Nouns for one person, with or without a sex ("the spokeswoman", "the minister").
PERSON_ROLE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official aide adviser advisor lawyer attorney candidate senator
governor president minister premier leader chairman chairwoman chair director secretary analyst
expert economist professor strategist supporter voter resident man woman friend mother father son
daughter wife husband host anchor reporter writer author founder ceo executive lawmaker legislator
congressman congresswoman activist organizer pollster historian scholar commentator columnist
editor consultant operative donor delegate protester judge critic opponent rival ally staffer
surrogate nominee mayor sheriff officer student teacher worker member pastor lobbyist councillor
councilor councilman councilwoman mp mpp mla chief owner proprietor manager coach doctor nurse
neighbour neighbor actress actor businessman businesswoman boy girl grandmother grandfather
""".split())
# Plural nouns for people, and collective ones: "they" can stand for them.
GROUP_NOUNS = frozenset("""
officials authorities prosecutors police investigators officers residents voters protesters
demonstrators supporters critics opponents members workers employees parents students teachers
experts analysts economists researchers scientists lawmakers legislators leaders activists
organizers democrats republicans liberals conservatives people crowd family couple
""".split())
# Words that may stand between a role noun and the name inside a title ("Liberal MP", "Deputy").
TITLE_SKIP = frozenset("liberal conservative ndp green deputy vice former acting interim senior chief "
                       "mp mpp mla federal provincial city town county state".split())
# Documents and recordings that "say" and "read": what "it" often stands for.
DOC_THINGS = frozenset("""
email e-mail statement letter memo release video ad advertisement tweet post constitution document
bill law book editorial column transcript filing complaint ruling message note text
""".split())
# Organisation nouns that are people in the plural: "officials said they …".
PLURAL_ORG = frozenset({"officials", "authorities", "prosecutors", "police"})


# ---- Stage 2, mention -> entity (resolve): 'Sen. Lee … the senator said', 'Hydro One … the company said'.
# Abbreviated titles and the role noun they stand for ("Sen. Lee … the senator said").
TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "sec": "secretary",
                       "pres": "president", "gen": "general", "lt": "lieutenant", "col": "colonel",
                       "capt": "captain", "sgt": "sergeant", "adm": "admiral", "atty": "attorney",
                       "supt": "superintendent", "insp": "inspector", "det": "detective", "cllr": "councillor",
                       "coun": "councillor", "cpl": "corporal", "const": "constable",
                       "congresswoman": "congresswoman", "congressman": "congressman"}
# Honorifics that name a profession, and the role nouns a description may use for it: "Dr. Irene
# Vasquez … the doctor said".
HONORIFIC_ROLES = {"dr": ("doctor", "physician"), "prof": ("professor",), "rev": ("reverend", "pastor", "minister")}
# Role nouns that stand for one another in a description: "the lawmaker" after "Sen. Lee".
ROLE_FAMILIES = {
    "lawmaker": {"senator", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
                 "mp", "mpp", "mla", "legislator", "councillor", "councilor", "councilman", "councilwoman"},
    "legislator": {"senator", "representative", "congressman", "congresswoman", "mp", "mpp", "mla"},
    "congressman": {"representative", "rep"}, "congresswoman": {"representative", "rep"},
    "councillor": {"councilor", "councilman", "councilwoman"}, "councilor": {"councillor", "councilman",
                                                                           "councilwoman"},
    "chair": {"chairman", "chairwoman", "chairperson"}, "chief": {"ceo"},
}
# Organisation nouns that a definite description names by type: "the company said".
ORG_TYPE_NOUNS = frozenset("""
company firm corporation business retailer bank insurer airline automaker maker manufacturer utility
group organization organisation agency department ministry union association party campaign
committee council board commission network newspaper paper magazine station outlet website site
institute foundation charity center centre university college school hospital court government
administration office team club league chain brand operator provider producer developer publisher
""".split())
# Organisation nouns general enough to stand for any organisation named before ("the company
# said" after "Hydro One"); the others ("the school", "the newspaper") only for one whose name
# has the noun.
GENERIC_ORG_NOUNS = frozenset("company firm corporation business organization organisation".split())
# Nouns for a kind of company: they stand for the last company named ("BC Hydro said … the utility
# said", "Northern Ridge Mining Corp. … the miner said") as the generic nouns do, never for a union,
# a regulator or a police force.
COMPANY_NOUNS = frozenset("""
company firm corporation business utility retailer bank lender insurer airline carrier automaker
carmaker maker manufacturer miner producer developer operator provider chain brand publisher
broadcaster railway railroad grocer
""".split())
# Words anywhere in an organisation's name that make it no company: "United Steelworkers Local
# 6500", "Saskatchewan Health Authority", "B.C. Utilities Commission" are not what "the firm" means.
NOT_COMPANY_WORDS = frozenset("""
union unions local steelworkers workers employees teamsters federation association authority society
commission board council committee police rcmp department ministry government agency court office
tribunal institute foundation centre center coalition alliance league party
""".split())
# Words in an organisation's name that say its type when the type noun itself is not there: "the
# Air Line Pilots Association (ALPA) … the union said", "Ottawa Police Association … the union".
TYPE_NAME_WORDS = {
    "union": frozenset("union local association federation guild brotherhood teamsters steelworkers unifor "
                       "syndicat".split()),
    "utility": frozenset("hydro energy power electric gas".split()),
    "airline": frozenset("airlines airways air jet".split()),
    "agency": frozenset("authority service office administration".split()),
}
# Last words of organisations that are no company: "Senate", "State Department", "The Post".
INSTITUTION_WORDS = frozenset("""
house senate congress parliament assembly legislature department ministry court committee council party
administration government agency police army navy force university college school times post news
journal tribune herald globe star sun mail press network channel service commission board
""".split())
# Words that start a surname: "Le Pen", "de Blasio", "Van Hollen".
SURNAME_PARTICLES = frozenset("le la de del della di da du des van von der den st".split())
# A name word that starts a headline fragment or a sentence, not a name: "Of Clinton".
LEADING_JUNK = frozenset("""
of from by with about against for to the a an and but or nor in on at as if when while after before
since although though because under over meanwhile also even then so yet
""".split())


import sys as _sys  # noqa: E402

# Word lists by language (see the module docstring): English is this module.
LEXICON = {"en": _sys.modules[__name__]}


def lexicon_for(lang: str):
    """The word lists for a document's language (``doc.lang_``); a clear error for a language
    quotex has none for ("quotex has no word lists for language 'fr' (known: en)")."""
    try:
        return LEXICON[lang]
    except KeyError:
        known = ", ".join(sorted(LEXICON))
        raise QuotexError(f"quotex has no word lists for language {lang!r} (known: {known}); "
                          f"use an English spaCy pipeline") from None
