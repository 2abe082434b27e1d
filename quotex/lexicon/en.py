"""The English lexicon: every English word list quotex reads, and the small token tests built on them.

``LEXICON["en"]`` (:mod:`quotex.lexicon`) is this module: code reads ``lex.NAME`` from the lexicon
of the document's language, never these names directly (``tests/test_lexicon.py`` checks both
that and that no other module holds a word list). A second language is a sibling module defining
the same names. The lists are grouped by the part of quotex that reads them; the speech verbs,
pronouns and honorifics are in :mod:`quotex.lexicon.cues` and part of this lexicon too.
"""
from __future__ import annotations

from . import LEXICON, lexicon_for  # noqa: F401 (the registry is the package's; kept importable from here)
from .cues import (  # noqa: F401 (the speech verbs, pronouns and honorifics are part of the English lexicon)
    ACCORDING, HONORIFICS, NEEDS_PARTICLE, PRONOUNS, PRONOUNS_GROUP, PRONOUNS_PERSON, SPEECH_NOUNS, SPEECH_VERBS,
    WEAK_VERBS)


RELATIVE = frozenset({"who", "that", "which"})
# Relative pronouns only a person is: "a nurse in Dayton, who wrote" is the nurse, never Dayton.
PERSON_RELATIVE = frozenset({"who", "whom"})
# Entity labels of places: no "who" stands for one.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Verbs of holding a view: their subject holds the words of the clause below them.
HOLD_VERBS = frozenset("think believe feel find know hope expect want fear worry consider defend".split())
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Speech verbs whose object is the listener, not the words: "told Fox News".
LISTENER_CUES = frozenset({"tell", "ask", "inform", "advise", "assure", "reassure", "instruct"})
ORG_ENTS = {"ORG", "NORP", "GPE", "FAC"}
# The labels the recogniser gives a surname it does not know, after a first name it left untagged
# ("Priya Raghunathan": Raghunathan a GPE; see quotex.resolution.entities.missed_people).
MISREAD_SURNAME_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC"})
# Last words of a place's name, never of a person's ("Millard Heights", "Sterling Heights", "Twin
# Falls", "Palm Springs"): a name the recogniser tagged a person for its first-name-like first word
# is a place (or the school or team named for it), never a "he". (Not "Hills", "Woods": surnames.)
PLACE_NAME_ENDS = frozenset("heights springs falls township".split())
# Things named after a person, whose last word follows the person's name: "Martin Luther King
# Boulevard", "Trump Tower", "the Barack Obama Presidential Library", "the Nobel Prize" (never the
# last surname the recogniser left out of a name; see entities.surnames_left_out).
NAMED_AFTER_ENDS = frozenset("""
street road avenue boulevard drive highway parkway bridge square park field stadium arena airport
building tower hall center centre library museum school college university prize award act bill
administration doctrine rule era campaign foundation institute memorial
""".split())
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
                                       "answer language message point conclusion finding".split())
# Nouns of a phrase "in X's view" / "in the words of X" that credits a sentence's words to X:
# "The plan is, in Lee's words, “a mess”", "in the words of one aide, “the torchbearer”".
VIEW_NOUNS = frozenset("view views words opinion estimation telling judgment judgement assessment "
                       "recollection eyes".split())
# Prepositions that deny the act of the participle after them ("without saying his name").
NEGATING_PREPOSITIONS = frozenset({"without"})
# Possessive determiners resolved like their pronouns when one is found as a speaker ("his
# claim that …" -> whom "he" stands for; "her" is a pronoun already).
RESOLVED_POSSESSIVES = frozenset({"his", "its", "their"})
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
# Verbs of reacting to what someone said: after a quoted sentence that goes on from another
# speaker's quote, "Boston agreed." / "Hill disagreed." does not say it (rules.cue._says_its_own).
REACTION_VERBS = frozenset("agree disagree concur differ object".split())
# Polls and surveys: they report findings, not words.
POLL_NOUNS = frozenset({"poll", "survey"})
# Cues whose passive subject is still the speaker: "he was quoted as saying", "she was asked".
PASSIVE_SPEAKER_CUES = frozenset({"quote", "ask", "cite", "hear"})
# Prepositions that open a topic's label before a colon in a Q&A write-up: "On Josh Allen's
# injury: “He's day-to-day.”", "About the trade:" (what the speaker was asked about; the person
# named there is no speaker).
TOPIC_PREPS = frozenset("on about regarding concerning".split())
# Verbs by which an unnamed person noun gives her own account, as her sentence's main verb: "A
# 19-year-old woman testified last week", "The victim's sister recalled the night" (only people
# do these, unlike "describe": "A letter described the scene"; the "she said"
# after it most likely is hers; quotex.resolution.antecedents._speaking_role). Not "say" or "tell":
# "A source said Grayson demanded …" is followed by Grayson's "she", not the source's.
TESTIFY_VERBS = frozenset("testify recall recount".split())
PERSON_NOUNS = frozenset("""
spokesman spokeswoman spokesperson official aide adviser advisor source lawyer attorney
candidate senator governor president minister leader chairman chairwoman director secretary
analyst expert economist professor strategist supporter voter resident man woman friend mother
father son daughter wife husband host anchor reporter writer author founder ceo executive
lawmaker legislator congressman congresswoman activist organizer pollster historian scholar
commentator columnist editor consultant operative donor delegate protester judge
critic opponent rival ally staffer surrogate nominee mayor sheriff officer student teacher worker
member fan pastor lobbyist veteran counsel insider loyalist backer colleague confidant
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
                            .split()) | {"editor's note", "read more", "breaking news", "the latest"} | \
    frozenset("claim verdict ruling rating".split()) | {"the facts", "our ruling"}
# (and a fact check's labels: "Claim: “…”", "Verdict:")


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
# predictions, 75% right); a Title Case quote that is their object is someone's words, not a title.
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
# Lines a news site puts between a story's paragraphs that are no part of it, as scraped text
# keeps them (Global News, CTV, Postmedia, Fox): "Story continues below advertisement",
# "Advertisement", "Related stories". A quote before one goes on after it: '“…,” Eadie said. /
# Advertisement / “They want to see action.”' (see quotex.text.furniture).
WEB_FURNITURE_LINES = frozenset("""advertisement|ad|story continues below advertisement|story continues below|
article continues below|article continues below advertisement|continue reading below|continue reading|
continue reading the main story|scroll to continue with content|related|related stories|related articles|
related content|related coverage|related links|recommended|recommended stories|recommended for you|
sponsored|sponsored content|trending|trending now|more coverage|top stories|up next|
share this article|share this story|share|comments|skip ad""".replace("\n", "").split("|"))
# A label opening such a line before a colon, with the title of another page after it: "READ
# MORE: Winnipeg homicide count hits 40", "WATCH: Police investigate North End death", "Related:
# …". Only in capitals, or one of the two-word labels in any case: "Watch: the mayor …" may be
# the story's own sentence; "MORE:" one line of a list is a page's.
WEB_FURNITURE_LABELS = frozenset("""read more|watch|related|more|listen|video|videos|photos|photo gallery|
see also|also read|read also|click here|full coverage|recommended|trending|sponsored|up next|must read|
don't miss|top stories|more coverage|latest|breaking|sign up|subscribe|click to play video|play video|
watch video|watch live|video""".replace("\n", "").split("|"))
WEB_FURNITURE_ANY_CASE = frozenset("read more|see also|also read|read also|click here|full coverage|more coverage|"
                                   "must read|related|sign up|click to play video|play video|watch video|"
                                   "watch live|video".split("|"))

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
vice-president mp mpp mla mna mha gm crown mountie prosecutor journalist pastor reverend rabbi bishop priest imam cardinal
physician surgeon nurse scientist researcher pollster
critic advocate corporal cpl const coun cllr alderman alderwoman alderperson ald reeve warden doctor
freshman sophomore rookie quarterback pivot pitcher goalie goaltender linebacker
principal trooper councilmember commodore commander envoy
""".split())
# Verbs of a relative clause by which an unnamed person gives a name "as" ("A woman who identified
# herself as Karen Bettencourt asked …", "a man who gave his name as Tom Reyes"): the name is hers.
SELF_NAMING_VERBS = frozenset({"identify", "introduce", "give"})
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
# Nouns for who someone is in the story, written capitalised before a name at the start of a
# sentence ("Neighbour Curtis Boudreau, 61, said …", "Reader Jasmine Okafor sent us photos"): no
# part of the name (read by names._names_in with PERSON_ROLE_NOUNS).
DESCRIPTOR_NOUNS = frozenset("""
reader viewer listener homeowner shopper commuter witness customer parent tenant landlord survivor
volunteer patron caller bystander passenger motorist cyclist spectator retiree pensioner renter
teammate classmate roommate coworker colleague
""".split())
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
principal trooper detective sergeant lieutenant captain singer
sister brother aunt uncle grandson granddaughter
""".split())
# Nouns for a team someone leads ("a team led by X", "researchers led by X"), and the nouns a study's
# story calls its members by ("the researchers wrote", "the authors noted"): the team's leader.
TEAM_NOUNS = frozenset("team group researcher scientist".split())
TEAM_MEMBER_NOUNS = frozenset("researcher scientist author".split())
# Plural nouns for people, and collective ones: "they" can stand for them.
GROUP_NOUNS = frozenset("""
officials authorities prosecutors police investigators officers residents voters protesters
demonstrators supporters critics opponents members workers employees parents students teachers
experts analysts economists researchers scientists lawmakers legislators leaders activists
organizers democrats republicans liberals conservatives people crowd family couple
teenagers neighbours neighbors tenants volunteers seniors customers shoppers commuters farmers
fishermen nurses doctors paramedics firefighters protestors marchers strikers families
""".split())
# Words that may stand between a role noun and the name inside a title ("Liberal MP", "Deputy").
TITLE_SKIP = frozenset("liberal conservative ndp green deputy vice former acting interim senior chief "
                       "mp mpp mla federal provincial city town county state".split())
# Small words inside an organisation's or a person's name between capitalised words: "Iowa Right
# to Life", "League of Women Voters", "Juan de la Cruz" (sign-off lines; not "on"/"via", which
# open a platform: "— Ann Lee on Twitter").
NAME_JOINERS = frozenset("of to for and the de du la des del".split())
# Documents and recordings that "say" and "read": what "it" often stands for.
DOC_THINGS = frozenset("""
email e-mail statement letter memo release video ad advertisement tweet post constitution document
bill law book editorial column transcript filing complaint ruling message note text report
warning notice advisory bulletin alert notification announcement newsletter flyer pamphlet brochure
""".split())
# A court or tribunal filing that "says" what its filer alleges: "The lawsuit, filed by Acme
# Corp., says …" (see entities.filed, resolve._filer), and the verbs by which someone files one.
FILING_NOUNS = frozenset("lawsuit suit complaint filing petition claim grievance motion application "
                         "appeal affidavit".split())
FILING_VERBS = frozenset("file bring launch lodge submit initiate sue".split())
# Verbs of asking: the "he" of "Host Kristen Welker asked whether he felt betrayed" is the one
# asked, not the asker (antecedents: such a pronoun gives the asker no sex and no mention); the one
# a main clause's verb of asking addresses answers next ("A radio host grilled him on the play
# calling. “I would call it again,” he said"; "cross-examined her", "interviewed him").
ASKING_VERBS = frozenset("ask question press wonder inquire enquire quiz query grill interview interrogate "
                         "examine".split())
# Finite verbs that follow a subject's name: "McDonald's said", "Lowe's will", "Trader Joe's
# declined" (with HEADLINE_SPEECH_VERBS, what tells a brand's own "'s" from a possessive; see
# quotex.resolution.names.brand_possessive).
FINITE_AFTER_NAME = frozenset("""
is was has had will would can could did does declined announced plans reported confirmed
""".split())
# The verbs by which someone has, gets or sees a document someone else wrote: "Mark Singer keeps a
# framed note from Trump", "Reporters obtained the memo" (attribution.rules.context
# _document_author: the subject is then not the document's author, as in "the ministry issued a
# release", "Cook provided a written statement").
HOLDING_VERBS = frozenset("""
have keep hold own get receive obtain acquire see read review find frame display show cite quote leak
""".split())
# Organisation nouns that are people in the plural: "officials said they …".
PLURAL_ORG = frozenset({"officials", "authorities", "prosecutors", "police"})


# ---- Stage 2, mention -> entity (resolve): 'Sen. Lee … the senator said', 'Hydro One … the company said'.
# Abbreviated titles and the role noun they stand for ("Sen. Lee … the senator said").
TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "sec": "secretary",
                       "pres": "president", "gen": "general", "lt": "lieutenant", "col": "colonel",
                       "capt": "captain", "sgt": "sergeant", "adm": "admiral", "atty": "attorney",
                       "supt": "superintendent", "insp": "inspector", "det": "detective", "cllr": "councillor",
                       "coun": "councillor", "cpl": "corporal", "const": "constable", "ald": "alderperson",
                       "congresswoman": "congresswoman", "congressman": "congressman"}
# Plural titles before two names joined by "and", and the singular each name takes: "Reps. Trent
# Kowalski (R-Ohio) and Maribel Santangelo (D-Ariz.)" are Rep. Kowalski and Rep. Santangelo.
PLURAL_TITLES = {"reps": "Rep.", "sens": "Sen.", "govs": "Gov.", "senators": "Senator",
                 "representatives": "Representative"}
# The AP style's short forms of US states, as written after a lawmaker's party ("Sen. Ray Calder,
# R-Ariz.," -> "the Arizona senator"); states of one short word are written in full ("R-Texas").
AP_STATE_ABBREVIATIONS = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
    "conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
    "ind.": "indiana", "kan.": "kansas", "ky.": "kentucky", "la.": "louisiana", "md.": "maryland",
    "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi",
    "mo.": "missouri", "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire",
    "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina",
    "n.d.": "north dakota", "okla.": "oklahoma", "ore.": "oregon", "pa.": "pennsylvania",
    "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota", "tenn.": "tennessee",
    "vt.": "vermont", "va.": "virginia", "wash.": "washington", "w.va.": "west virginia",
    "wis.": "wisconsin", "wyo.": "wyoming"}
# Honorifics that name a profession, and the role nouns a description may use for it: "Dr. Irene
# Vasquez … the doctor said".
HONORIFIC_ROLES = {"dr": ("doctor", "physician"), "prof": ("professor",), "rev": ("reverend", "pastor", "minister")}
# (the same, written as a title before the name: "The Rev. Leon Brooks … the pastor said")
# Role nouns that stand for one another in a description: "the lawmaker" after "Sen. Lee".
ROLE_FAMILIES = {
    "lawmaker": {"senator", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
                 "mp", "mpp", "mla", "legislator", "councillor", "councilor", "councilman", "councilwoman"},
    "legislator": {"senator", "representative", "congressman", "congresswoman", "mp", "mpp", "mla"},
    "congressman": {"representative", "rep"}, "congresswoman": {"representative", "rep"},
    "councillor": {"councilor", "councilman", "councilwoman"}, "councilor": {"councillor", "councilman",
                                                                           "councilwoman"},
    "chair": {"chairman", "chairwoman", "chairperson"}, "chief": {"ceo"},
    # Chicago's and Milwaukee's aldermen: "Ald. Yolanda Briggs, 6th, … the first-term alderperson said"
    # ("Ald." reads as alderperson, whichever word the writer uses after it).
    "alderman": {"alderperson"}, "alderwoman": {"alderperson"}, "alderperson": {"alderman", "alderwoman"},
    "proprietor": {"owner"}, "owner": {"proprietor"}, "spokesperson": {"spokesman", "spokeswoman"},
    "spokeswoman": {"spokesperson"}, "spokesman": {"spokesperson"}, "officer": {"constable", "const"},
    "cop": {"officer", "constable", "sergeant", "detective"}, "boss": {"owner", "manager", "ceo", "chief"},
    # US court stories: "Pruitt's attorney, Samuel Weiss … the lawyer said"; "Assistant U.S. Attorney
    # Kevin Kessler … the prosecutor said" (the title phrase gives "prosecutor", below).
    "lawyer": {"attorney", "counsel", "atty"}, "attorney": {"lawyer", "counsel"},
    "counsel": {"lawyer", "attorney"},
    # "U.S. District Judge Sarah Marchetti", "Justice Hélène LeBlanc" … "the judge said"
    "judge": {"justice"}, "justice": {"judge"},
    # hockey: "Peterborough goalie Mathis Leclerc … the goaltender said"
    "goaltender": {"goalie", "netminder"}, "goalie": {"goaltender", "netminder"},
    "netminder": {"goalie", "goaltender"},
    # Canadian football: "Quarterback Bo Leveque … said the Stampeders pivot"
    "pivot": {"quarterback", "qb"}, "quarterback": {"pivot", "qb"},
    # "Mexican President Andrés Manuel López Obrador … the Mexican leader said": a head of state or
    # government by the country's adjective (the description's own capitalised word must be in
    # the title, so "the Mexican leader" is no Canadian premier)
    "leader": {"president", "premier", "chancellor"},
    # "Const. Jaspreet Sidhu … the Mountie said": an RCMP officer by any rank
    "mountie": {"constable", "const", "cst", "corporal", "cpl", "sergeant", "sgt", "officer", "inspector",
                "superintendent", "supt"},
    # Canadian courts: "Crown counsel Mark Delaney … the prosecutor added"
    "prosecutor": {"crown"}, "crown": {"prosecutor"},
}
# Words that make another office of a role: "Deputy Mayor Farah Siddiqui" is not "the mayor",
# "Grand Chief Ernest Lafferty" not "the chief" (and "the grand chief" is no plain chief), "Prime
# Minister Gustavo Arrieta" not "the minister" a wire story uses for its energy minister.
RANK_MODIFIERS = frozenset({"deputy", "vice", "assistant", "associate", "grand", "prime"})
# A party's other names, for a description's own word: "the Tory leader" after "Conservative
# Leader X", "the Grit MP" after "Liberal MP Y".
PARTY_SYNONYMS = {"tory": ("conservative",), "tories": ("conservative",), "grit": ("liberal",),
                  "grits": ("liberal",), "conservative": ("tory",), "liberal": ("grit",)}
# A US party's member nouns and title words, by the letter written after a legislator's name
# ("Rep. Ann Lee (D-Ariz.)", "Republican Sen. Tom Reed"): "the Arizona Democrat", "the Ohio
# Republican" is the person of that state whose party is that one, or not written.
PARTY_LETTERS = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D", "independent": "I"}
# The nouns for one member of a party a description can end in: "the Kentucky Republican".
PARTY_MEMBER_NOUNS = frozenset({"republican", "democrat", "independent"})
# Roles that stand for a title only when no one was given the role itself: a party's critic sits
# in the house ("Progressive Conservative health critic Katrina Maddox said … “…,” the MLA for
# Roblin said"), but "the MPP" after "Liberal MPP Ann Lee" and a critic is Lee.
FALLBACK_ROLE_FAMILIES = {"mla": {"critic"}, "mpp": {"critic"}, "mp": {"critic"}, "mha": {"critic"},
                          "mna": {"critic"}}
# Kin nouns: a title only with their owner ("His daughter, Bisi, a pharmacist,"), and what "his
# daughter said" finds her by.
KIN_NOUNS = frozenset("""
father mother son daughter husband wife brother sister grandmother grandfather grandson granddaughter
uncle aunt nephew niece cousin partner fiancé fiancée stepfather stepmother stepson stepdaughter
""".split())
# Kin nouns and the nouns for the other side of the relation: "Anna's father" is the one Anna is
# the daughter (or son) of (quotex.resolution.resolve.kin_person).
_PARENT, _CHILD = {"father", "mother", "stepfather", "stepmother"}, {"son", "daughter", "stepson", "stepdaughter"}
_SPOUSE = {"husband", "wife", "partner", "fiancé", "fiancée", "widow", "widower"}
_SIBLING = {"brother", "sister"}
_GRANDPARENT, _GRANDCHILD = {"grandfather", "grandmother"}, {"grandson", "granddaughter"}
KIN_INVERSE = {**{w: _CHILD | {"child"} for w in _PARENT}, **{w: _PARENT for w in _CHILD}, **{w: _SPOUSE for w in _SPOUSE},
               **{w: _SIBLING for w in _SIBLING}, **{w: _GRANDCHILD | {"grandchild"} for w in _GRANDPARENT},
               **{w: _GRANDPARENT for w in _GRANDCHILD}}
# Plural kin nouns a list of names follows ("have three children: Léa, Thomas and Gabrielle") and
# the kin noun each name gets (quotex.resolution.entities.kin_lists).
PLURAL_KIN = {"child": "child", "kid": "child", "son": "son", "daughter": "daughter", "grandchild": "grandchild"}
# A general kin noun and the ones of a sex it covers: a "child" of Ann is her son or her daughter.
KIN_GENERAL = {"child": {"son", "daughter"}, "grandchild": {"grandson", "granddaughter"}}
# Phrases in a title that stand for one role noun: "Chief executive Darnell Whitehorse … the CEO".
TITLE_PHRASES = {"chief executive": "ceo", "chief executive officer": "ceo", "chief financial officer": "cfo",
                 "prime minister": "pm", "member of parliament": "mp",
                 # a US prosecutor's titles: "Assistant U.S. Attorney", "District Attorney", "State's Attorney"
                 "u.s. attorney": "prosecutor", "district attorney": "prosecutor", "state's attorney": "prosecutor",
                 "prosecuting attorney": "prosecutor", "county attorney": "prosecutor",
                 # sports and business: "general manager Bob Sarkis … the GM said"
                 "general manager": "gm",
                 # Canadian courts: "Crown prosecutor Allison Nyberg … the Crown said"
                 "crown prosecutor": "crown", "crown attorney": "crown", "crown counsel": "crown",
                 # poll stories: "said Tim Malloy, assistant director of the poll … the pollster
                 # added", "Marist Poll director Lee Miringoff" (a one-word phrase is a whole word)
                 "poll": "pollster", "polling": "pollster"}
# Title phrases whose words do not stand for a role of their own: an "Assistant U.S. Attorney" is
# a prosecutor, not the defendant's "lawyer".
EXCLUSIVE_TITLE_PHRASES = frozenset({"u.s. attorney", "district attorney", "state's attorney",
                                     "prosecuting attorney", "county attorney",
                                     "crown prosecutor", "crown attorney", "crown counsel"})
# Verbs whose subject holds a role a later description may use: "Joe Martelli owns the Bluebird
# Cafe … the affable proprietor said", "Ann Lee runs a bakery … the owner said". Not a title (it
# is never printed as one), only what a description can match.
VERB_ROLES = {
    "own": ("owner", "proprietor"), "co-own": ("owner", "proprietor"), "run": ("owner", "operator", "manager"),
    "found": ("founder",), "co-found": ("founder",), "manage": ("manager",), "coach": ("coach",),
    "chair": ("chair",), "direct": ("director",), "head": ("head", "chief", "director"), "lead": ("leader",),
    "teach": ("teacher",), "represent": ("representative",), "operate": ("operator", "owner"),
    "supervise": ("supervisor",), "organize": ("organizer",), "organise": ("organizer",),
}
# Verbs that give a role with no object: "Kayla Desrosiers testified …" / "“…,” Desrosiers
# testified" … "“No,” the witness replied" (trial coverage).
INTRANSITIVE_VERB_ROLES = {"testify": ("witness",)}
# Roles the object of a verb gives on top of VERB_ROLES: "Raymond Belcourt, who represents Ward 10,
# … the councillor says"; "who represents the riding of Kenora" is an MP's or an MPP's.
VERB_OBJECT_ROLES = {
    ("represent", "ward"): ("councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman"),
    ("represent", "riding"): ("mp", "mpp", "mla", "mha", "mna", "legislator", "lawmaker"),
    ("represent", "constituency"): ("mp", "mpp", "mla", "mha", "mna", "legislator", "lawmaker"),
    ("represent", "district"): ("representative", "congressman", "congresswoman", "legislator", "lawmaker"),
}
# A player's position: "the receiver said" after "Chase-Welles caught 11 passes" stands for the
# player just named when nobody was given the position as a title (quotex.resolution.resolve).
POSITION_NOUNS = frozenset("""
receiver quarterback pivot pitcher goalie goaltender netminder linebacker guard forward center centre
defenceman defenseman winger striker midfielder catcher shortstop outfielder infielder reliever
closer kicker punter cornerback safety tailback fullback halfback skip
""".split())
# A curler's place in the rink's order, capitalised before the name in a lineup or a caption
# ("Third Jill Kowalski-Ng", "Lead Emma Miskew", "Vice Chelsea Carey"): who she is in the game, no
# part of her name (quotex.resolution.entities.name_mention; before a first name only).
LINEUP_POSITIONS = frozenset("lead second third fourth vice alternate skip".split())
# What a business named like a person has and a person has not: "3,900 Tim Hortons restaurants",
# "a Tim Hortons location" (quotex.resolution.entities.business_named).
BUSINESS_PLACE_NOUNS = frozenset("""
restaurant store shop outlet location franchise franchisee cafe café coffee drive-thru branch chain
menu cup doughnut donut parking
""".split())
# Kinds of a small business a name is given in apposition to: "Sarah Nguyen opened her bakery,
# Sweet Rise, in 2015" -- the name is the bakery's, whatever the recogniser says (see
# quotex.resolution.entities._company_by_apposition).
SMALL_BUSINESS_NOUNS = frozenset("""
bakery brewery winery distillery salon boutique pub bar diner bistro pizzeria deli grocery gallery
studio gym spa farm ranch clinic pharmacy bookstore restaurant store shop cafe café startup
""".split())
# A street's kind, what a place of business stands on: "at Tim Hortons on Main Street".
STREET_WORDS = frozenset("street avenue road drive boulevard highway lane crescent plaza mall square".split())
# A player's or a student's year or standing: "the sophomore said", "the senior said" stand for the
# person just named when nobody was titled so (quotex.resolution.resolve._antecedent).
STANDING_NOUNS = frozenset("freshman sophomore junior senior rookie redshirt veteran".split())
# Nouns a lead uses for the person a story is about before naming them: "An Edmonton man who told
# police he “just snapped” has been found guilty …", "A Dallas woman says she …" (the name comes
# paragraphs later; see quotex.resolution.resolve._lead_subject).
LEAD_SUBJECT_NOUNS = frozenset("""
man woman boy girl teen teenager youth mother father grandmother grandfather resident homeowner
driver motorist cyclist pedestrian student patient
""".split())
# Descriptions by age and the ages they fit ("Luc, now 17, … the teenager said"); "the 34-year-old"
# fits the one person given that age in apposition ("Jane Roe, 34,").
AGE_NOUNS = {"teenager": (13, 19), "teen": (13, 19), "toddler": (1, 3), "boy": (1, 17), "girl": (1, 17), "octogenarian": (80, 89),
             "nonagenarian": (90, 99), "centenarian": (100, 120), "septuagenarian": (70, 79)}
# "the father of three", "the mother of two": a description by the children one has, written only
# of the person just named (quotex.resolution.resolve).
PARENT_NOUNS = frozenset({"father", "mother", "dad", "mom", "mum", "parent", "grandfather", "grandmother"})
COUNT_WORDS = frozenset("""
two three four five six seven eight nine ten eleven twelve 2 3 4 5 6 7 8 9 10 11 12
""".split())
# Words before an age in apposition: "Luc, now 17,", "Ann Lee, aged 81,".
AGE_LEADS = frozenset({"now", "aged", "age"})
# Last words of a name that make it an organisation whatever the recogniser's label, read by both
# stages: "St. Michael's Hospital" (tagged a place), "Paladin Security Inc." (tagged a person), and
# the plural trade nouns the recogniser may read as a person's surname, "Harwick Lettings", "Maple
# Leaf Foods", "Northern Motors" (never a surname), and the endings of a business's name,
# "Prairie Fresh Markets", "Keystone Meadows Senior Living" (a care-home chain tagged a person),
# "Brightwater Residential REIT", "Acme Solar LLC". Not "Bank" ("West Bank").
BUSINESS_NAME_ENDS = frozenset("""
corporation corp inc ltd company llc plc reit
lettings homes properties estates foods farms motors systems industries solutions holdings
partners associates enterprises brands logistics electronics technologies labs pharmaceuticals
resources ventures communications networks outfitters builders contractors developments
markets living energy securities financial bancorp
""".split())
ORG_NAME_ENDS = BUSINESS_NAME_ENDS | frozenset("""
hospital university college police ministry department agency commission board council union association
authority institute foundation society federation service services transit
""".split())
# Last words of a public body's name the recogniser can leave untagged ("The U.S. Attorney’s Office
# said in a statement", "the Cook County Assessor’s Office"): read as an organisation's name in a
# parsed window (quotex.resolution.entities.business_names), for "the office said"; and a US school
# district named by its schools ("Columbus City Schools", the place tagged alone), "the district".
INSTITUTION_NAME_ENDS = frozenset("office department agency bureau commission authority ministry schools".split())
# Organisation nouns that a definite description names by type: "the company said".
ORG_TYPE_NOUNS = frozenset("""
company firm corporation business retailer bank insurer airline automaker maker manufacturer utility
group organization organisation agency department ministry union association party campaign
committee council board commission network newspaper paper magazine station outlet website site
institute foundation charity center centre university college school hospital court government
administration office team club league chain brand operator provider producer developer publisher
authority service force tribunal tank think-tank federation coalition alliance society division district
detachment laboratory lab
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
broadcaster railway railroad grocer supplier distributor wholesaler startup start-up
""".split())
# Words anywhere in an organisation's name that make it no company: "United Steelworkers Local
# 6500", "Saskatchewan Health Authority", "B.C. Utilities Commission" are not what "the firm" means.
NOT_COMPANY_WORDS = frozenset("""
union unions local steelworkers workers employees teamsters federation association authority society
commission board council committee police rcmp department ministry government agency court office
tribunal institute foundation centre center coalition alliance league party fund
""".split())
# Words in an organisation's name that say its type when the type noun itself is not there: "the
# Air Line Pilots Association (ALPA) … the union said", "Ottawa Police Association … the union".
TYPE_NAME_WORDS = {
    "union": frozenset("union local association federation guild brotherhood teamsters steelworkers unifor "
                       "syndicat".split()),
    "utility": frozenset("hydro energy power electric gas".split()),
    "airline": frozenset("airlines airways air jet".split()),
    "agency": frozenset("authority service office administration".split()),
    # "the group" after "The Ohio Consumer Lenders Association called the vote …", "the
    # Coalition for Safe Streets".
    "group": frozenset("association coalition alliance society federation league institute foundation "
                       "network council".split()),
    # "the force" after "the RCMP", "Ontario Provincial Police", "the Sûreté du Québec".
    "force": frozenset("police rcmp opp constabulary gendarmerie sûreté service".split()),
    # An RCMP or OPP detachment is how a Canadian police force speaks in a town: "In a release, the
    # Surrey RCMP said … the detachment said", "Nipigon OPP … the detachment said in a statement".
    "detachment": frozenset("police rcmp opp".split()),
    # "the district" after "Columbus City Schools", "Fairfax County Public Schools", "Austin
    # Independent School District" (US school districts are named by their schools).
    "district": frozenset("schools isd usd".split()),
    # "the lab said" after "the Great Lakes Environmental Research Laboratory": news copy clips the
    # type noun of a name as readers do ("the lab", "Argonne National Laboratory").
    "lab": frozenset("laboratory laboratories lab labs".split()),
    # "the bank wrote in a note to clients" after "Analysts at RBC Dominion Securities": a bank's
    # brokerage or its financial group is the bank (not the retailer the note was about).
    "bank": frozenset("bank banque bancorp bankshares securities financial capital markets trust".split()),
    "lender": frozenset("bank banque bancorp financial credit mortgage lending loans".split()),
    "insurer": frozenset("insurance assurance mutual".split()),
    "miner": frozenset("mining mines minerals metals gold resources".split()),
    "automaker": frozenset("motors motor automotive auto".split()),
    "broadcaster": frozenset("broadcasting broadcast television tv radio media".split()),
}
# News outlets, which a story names as where someone spoke ("told CBC News", "in an interview with
# APTN News"), not as who spoke: the "it said" after one is the organisation that acted. By the
# last word of the name, or the whole name (lower case, no dots).
OUTLET_NAME_WORDS = frozenset("""
news times herald journal tribune gazette chronicle radio television tv magazine newspaper daily
""".split())
OUTLET_NAMES = frozenset("cbc ctv aptn bbc cnn npr pbs abc nbc cbs msnbc reuters bloomberg politico axios afp "
                         "upi tvo cpac citytv huffpost".split()) | frozenset({
    "the star", "toronto star", "globe and mail", "the globe and mail", "washington post", "national post",
    "huffington post", "associated press", "the associated press", "canadian press", "the canadian press",
    "fox news", "the guardian", "global news"})
# Nouns for one who speaks for an organisation: unnamed, the organisation is the speaker ("a
# spokesperson for the department", "an Army spokesman"; see resolve._spokesperson_org).
SPOKES_NOUNS = frozenset("spokesperson spokesman spokeswoman".split())
# Where an owner's words are published, which speak for the owner: "ZipRide's website says …",
# "the council's Facebook page said" (with DOC_THINGS: "Acme's statement said").
OWNER_MEDIA = frozenset("website site page account feed blog newsletter report".split())
# A person's own voice: "Senator Ann Lee's office said", "Trump's tweet said", "Smith's memoir says" are
# the person speaking, unlike "a Clinton spokesman" or "Anna's father", who are someone else.
PERSON_VOICE_NOUNS = frozenset("office memoir".split()) | DOC_THINGS | OWNER_MEDIA
# The prepositions that give whom a spokesperson speaks for: "for the department", "with the agency".
SPOKES_PREPS = frozenset({"for", "with", "at"})
# An organisation's governing body, which speaks for it: "the hospital's board said" is the hospital.
ORG_BODY_NOUNS = frozenset("board management leadership executive trustees directors".split())
# Government bodies, which "the agency", "the department", "the ministry" stand for: a name with
# one of GOVERNMENT_NAME_WORDS ("Canada Border Services Agency", "Department of Health", "National
# Weather Service"), or a Canadian federal body's "<portfolio> Canada" ("Parks Canada",
# "Environment Canada", "Immigration, Refugees and Citizenship Canada"; not "Air Canada").
GOVERNMENT_NOUNS = frozenset("agency department ministry regulator watchdog detachment".split())
# The body a minister's title names: "the ministry said" after "B.C.'s minister of forests, Ravi
# Sandhar," is the B.C. Ministry of Forests (resolve._ministers_body).
BODY_OF_ROLE = {"ministry": "minister"}
GOVERNMENT_NAME_WORDS = frozenset("""
agency department ministry bureau administration secretariat directorate commission authority service
""".split())
GOVERNMENT_PORTFOLIOS = frozenset("""
health environment transport statistics elections immigration refugees citizenship fisheries oceans parks
heritage justice finance defence defense revenue agriculture labour labor employment innovation
infrastructure veterans indigenous affairs safety resources services housing industry
""".split())
# Last words of a national or provincial organisation's name ("Environment Canada", "MADD Canada",
# "Hockey Canada", "Infrastructure Ontario", "NHS England", "Police Scotland"), tagged a place or left untagged with the words before
# them; none of REGION_WORDS before it ("Atlantic Canada", "Northern Ontario" are regions).
NATIONAL_NAME_ENDS = frozenset("""
canada ontario quebec québec alberta manitoba saskatchewan england scotland wales
""".split())
# Letters after a person's name, which no organisation's acronym is: "Jane Roe MPP", "John Smith OBE".
POSTNOMINALS = frozenset("mp mpp mla mha mna msp mha qc kc obe mbe cbe kbe phd md rn cpa iii esq".split())
# The pronouns an organisation speaks of itself by in reported speech: "Acme said it would …".
IT_WORDS = frozenset({"it", "its"})
# Nations whose postal service is "<nation> Post" (a company, not a newspaper).
NATIONS = frozenset("canada australia ireland".split())
REGION_WORDS = frozenset("""
north south east west northern southern eastern western central atlantic rural urban english french
downtown greater southwestern northwestern southeastern northeastern new great midlands
""".split())
# A place's government as a speaker: "the county said" after "Harris County", "the city" after
# "the City of Hamilton" (the place must be named with the word).
PLACE_GOVERNMENT_NOUNS = frozenset("county city town township municipality village borough parish".split())
# Words of the descriptions a news outlet answers to ("the newspaper said", "the broadcaster said",
# "the news service", "the wire service").
OUTLET_TYPE_NOUNS = frozenset("""
newspaper paper magazine network station outlet broadcaster publisher website site channel news wire
""".split())
# Last words of organisations that are no company: "Senate", "State Department", "The Post".
INSTITUTION_WORDS = frozenset("""
house senate congress parliament assembly legislature department ministry court committee council party
administration government agency police army navy force university college school times post news
journal tribune herald globe star sun mail press network channel service commission board
""".split())
# Words that start a surname: "Le Pen", "de Blasio", "Van Hollen".
SURNAME_PARTICLES = frozenset("le la de del della di da du des van von der den st abu bin ibn".split())
# Prefixes of surnames and first names written with a second capital ("McAdory", "MacLeod",
# "DeShawn", "DiNapoli", "LeBlanc", "LaToya", "VanDyke", "O'Neal" is title case already): a word
# like that is a name word though str.istitle() says no.
CAMEL_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von")
# A name word that starts a headline fragment or a sentence, not a name: "Of Clinton".
LEADING_JUNK = frozenset("""
of from by with about against for to the a an and but or nor in on at as if when while after before
since although though because under over meanwhile also even then so yet
""".split())
# The plainest speech verbs, whose -ed, -ing and -s forms a Title Case headline or a transcript's
# label puts before or after a name ("Stated Stone:", "Asserting Clinton", "Maria Hinojosa
# Explained"): never a word of the name.
NAME_EDGE_VERBS = frozenset("""
say tell add ask answer reply respond explain note write state declare announce claim argue insist warn
continue conclude assert exclaim tweet admit recall stress urge
""".split())
# Those whose -s form may stand there too ("Says Lee", "Ann Adds"; not "United States", "Small Claims").
NAME_EDGE_S_VERBS = frozenset("say add ask tell write note explain tweet warn insist argue".split())
# Verbs a Title Case headline puts between two names in the -s form ("Trump Warns Clinton", "Glenn
# Beck Blasts Drudge", "Obama Tells Putin To Back Off"): the recogniser reads the run as one name.
# Besides NAME_EDGE_VERBS; no surname is one of these with an -s ("Means", "Hastings" are not).
HEADLINE_VERBS = frozenset("""
slam blast rip hit attack mock praise back urge accuse defend call thank endorse meet beat defeat sue fire
hire join challenge criticize criticise blame target question trash bash taunt chide scold invite vow knock
snub debunk slap lash fault dismiss reject rebuke condemn counter deny hail welcome tout unveil
""".split())
# The endings of those forms, longest first.
NAME_EDGE_ENDINGS = ("ing", "ed", "d", "s")
# Role nouns the tagger takes for adverbs of the verb after them: "the Flames forward said", "the
# Bills running back said" (quotex.nlp.repairs).
ADVERB_ROLE_NOUNS = frozenset("forward back".split())
# Personal pronouns by the place that makes their person the one something was done to, in the
# clause a speech verb reports: "he was arrested" (passive subject), "police arrested him" (object)
# (quotex.resolution.entities._patient_in_report).
PATIENT_PRONOUNS = {"nsubjpass": frozenset({"he", "she", "they", "i", "we"}),
                    "dobj": frozenset({"him", "her", "them", "me", "us"})}
# Words a Title Case headline capitalises that are no name: "I Am ‘Horrified’ By Donald Trump" has
# no nickname "Horrified" between the first name "Am" and the surname "By".
HEADLINE_SMALL_WORDS = frozenset("""
a an and are as at be but by for from in into is of off on or over the to up via was were with am
""".split())


# ---- Reading a mention (mentions).
# Institutions whose names run on through "of" ("the City of Surrey"), besides ORG_NOUNS.
INSTITUTION_NOUNS = frozenset("""
federation confederation city town township province region district county village university
college chamber society league coalition alliance assembly authority fund order church diocese
""".split())


# ---- The speaker outside the quote's sentence (context rules).
# Subjects that are the writer or a pointer, not a person in the story ("We met Ann Lee.", "That
# is the view of Ann Lee.").
REPORTER_SUBJECTS = frozenset({"we", "i", "that", "this", "it", "there"})


# ---- A speech verb in the quote's sentence (cue rules).
# Words that open a clause of its own inside a sentence ("After Lee said …, Hale said").
SUBORDINATORS = frozenset("after although though when whenever while whereas where before once until".split())


# ---- Fragments in the reporter's sentence (fragment rules).
# Verbs whose "as" phrase is what their subject calls something, for ``as-complement``: speech
# and view verbs, and a list or profile that lists someone as a "…".
NAMING_AS_VERBS = SPEECH_VERBS | VIEW_VERBS | {"list"}


# ---- Quotes nobody said (labels).
# Nouns for a piece of someone's speech that a quote before them names: "Lee's “lazy voters” remark".
UTTERANCE_NOUNS = frozenset("comment comments remark remarks line moniker pledge quip slogan nickname gaffe "
                            "catchphrase mantra "
                            # "Obama's “keep your plan” promise", "Trump's “Make America Great Again”
                            # rallying cry", "the mayor's “no new taxes” vow", "Lee's “low energy” jab"
                            "promise vow cry motto refrain boast tagline taunt jab insult retort".split())
# Nouns the sentence after a quote names it by: "“…” That quote from Commissioner Thomas Krebs
# appeared in 1990.", "The remark came from Ann Lee." ("The words came from" is named-after's.)
QUOTE_REFERENCE_NOUNS = UTTERANCE_NOUNS | frozenset("quote quotes quotation message statement tweet post".split())
# Small words a Title Case title leaves in lower case ("The Art of the Deal").
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from de la vs vs. &".split())


# ---- Antecedents of pronouns (antecedents).
# Prepositions after which a name stands where a place does ("customers in Dartmouth"): such a
# name is no company for "the company said" (resolution.entities.located). Not "at" or "from": "an
# economist at RBC", "a statement from Acme".
LOCATED_PREPS = frozenset({"in", "near", "outside", "inside", "around", "across"})
# Prepositions that make a place a location, not an actor ("in Toronto", "from Ottawa").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "outside", "inside", "around", "from", "to", "into"})
# Prepositions that make a document the medium of someone's words ("said in a statement", "wrote
# on Facebook"): no antecedent for the "it said" after it.
MEDIUM_PREPS = frozenset({"in", "on", "via", "through"})
# Kin nouns a first name is given in apposition to ("her husband, Samuel,"): he has the surname of
# the person whose kin he is (not a cousin or an uncle, who as often has another).
SURNAME_KIN_NOUNS = frozenset("""
husband wife son daughter brother sister mother father partner widow widower fiancé fiancée
grandson granddaughter grandmother grandfather
""".split())
# Nouns for a person by a relation to someone else, or for someone not named: never another way
# of naming the subject of the sentence before ("Lee left. “…,” the spokesman said" is Lee's
# spokesman; quotex.resolution.entities._previous_subject).
RELATION_NOUNS = frozenset("""
spokesman spokeswoman spokesperson aide adviser advisor assistant secretary staffer source official
friend neighbour neighbor colleague rival opponent critic supporter fan witness bystander resident
voter protester attendee participant member man woman person boy girl child kid guy lady
interviewer reporter journalist host moderator questioner caller listener reader viewer
lawyer attorney counsel agent representative manager publicist deputy
""".split())
# What the writer says of a person who died (quotex.resolution.entities.dead_mention): "X died",
# "X was killed", "the death of X", "a funeral for X". A dead person is no namesake for a
# present "Mr. X said" when a living one is there (an obituary quotes the son, not the late husband).
DEATH_VERBS = frozenset({"die", "perish", "drown"})
KILL_VERBS = frozenset({"kill", "murder", "slay", "execute", "assassinate"})
DEATH_NOUNS = frozenset({"death", "funeral", "burial", "memorial", "obituary", "killing", "murder", "wake",
                         "slaying", "assassination"})
# Group nouns that a surname before them names: "the Quinn family", "the Lee household".
FAMILY_NOUNS = frozenset({"family", "household", "couple"})
# Nouns for two people, whoever they are: "X and Y wrote to the FDA. “…,” the pair wrote"; the
# numeral as a noun too ("Sen. Marcus Bell and Sen. Judith Kane … “…,” the two said in a joint statement").
PAIR_NOUNS = frozenset({"pair", "duo", "twosome", "two"})
# A candidate's organisation, named by the candidate as a family is: "Eastwood's campaign released
# a statement … “…,” the campaign said" -> "Eastwood campaign".
CAMPAIGN_NOUNS = frozenset({"campaign"})


# ---- Names across documents (corpus_names).
# Honorifics without their dot ("Mr", "Sen").
BARE_HONORIFICS = frozenset(h.rstrip(".") for h in HONORIFICS)
# "Donald Trump Jr.", "Ken Griffey, Sr.", "John Smith III": kept apart from the surname (a son is not
# his father), so "Trump" alone is ambiguous once both are in a corpus.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
# The suffixes of the younger and of the elder of a father and a son with one name ("the younger
# Kowalczyk" is Stanley Kowalczyk Jr.).
YOUNGER_SUFFIXES = frozenset("jr ii iii iv".split())
ELDER_SUFFIXES = frozenset({"sr"})
# What introduces a nickname after a person's mention: 'The elder Kowalczyk, who customers call
# "Big Stan,"', 'the younger Kowalczyk, who goes by Stan', 'Lonnie Tillman, known as "Bo",'
# (quotex.resolution.entities.nickname_facts). Verbs after "who (people)": others call him so.
NICKNAME_CALL_VERBS = ("call", "calls", "called")
NICKNAME_INTROS = ("goes by", "go by", "went by", "is known as", "was known as", "known as",
                   "known to friends as", "nicknamed", "dubbed", "better known as")
# Countries whose states, provinces and territories count as places across documents (a one-word
# organisation named "Ontario" or "Texas" is the place, not a person's surname); other
# countries' subdivisions are left out, as many are also surnames ("Angus" in Scotland).
PLACE_SUBDIVISION_COUNTRIES = ("US", "CA")
# Lowercase words that belong to a surname: "Ludwig van Beethoven", "Charles de Gaulle".
NAME_PARTICLES = frozenset({"van", "von", "de", "del", "della", "der", "den", "da", "das", "di", "do", "dos", "du",
                        "la", "le", "ter", "bin", "ibn", "al", "el", "st", "st.", "abu"})
# Words that open a description, not a name: "A Supreme Court Justice", "Their Lawyers".
DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "our", "my",
                        "its", "your", "some", "many", "all", "both", "several", "two", "three"})
# Abbreviated honorifics only a person has: "Mr. Trump" is a person even when tagged an organisation.
PERSON_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov"})


# ---- Name mentions (entities).
HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS if len(h.rstrip(".")) <= 4 or h.endswith("."))
# Words that start a surname, never a first name: "Le Pen", "de Blasio", "Van Hollen".
SURNAME_STARTS = frozenset("le la de del della di da du des van von der den st mac".split())


# ---- Canonical names within a document (names).
# Capitalised words that start a sentence or a title rather than a name.
NOT_FIRST_NAMES = frozenset("""
the a an but and or nor so yet for in on at as if when while after before with without that this
these those then of to from by since although though because under over meanwhile still also even
now he she it they we i you his her their our my its there here where what who why how asked
will would can could should may might must did does do is are was were has have had
according said says former late new more most some many all both each every no not
""".split())
# Last words of places and institutions, not people: "White House", "Fox News".
NOT_LAST_NAMES = frozenset("""
house department party committee news times post street university court senate congress council
association center centre institute foundation company corp inc group bank agency service office
network campaign county city state states union church school college hall square tower airport
republicans democrats republican democratic administration journal magazine review tribune times
""".split())
# Words that make a title a role its holder had, not one she holds: "Rafael Dias, 51, a former
# deputy finance minister" is no minister now, so no other role than the one a lead gives him.
PAST_ROLE_MODIFIERS = frozenset("former ex ex- retired onetime one-time erstwhile outgoing".split())
# Title words before a name that are not honorifics: "Press Secretary Josh Earnest",
# "Assemblywoman Claudia Tenney", "White House spokesman Josh Earnest"; and the body's "Member" US
# copy writes before a name ("City Council Member Nhia Lor-Kaufman", "Councilmember Bo Lee").
TITLE_WORDS = frozenset("""
press deputy vice former acting chief senior attorney spokesman spokeswoman candidate nominee
leader director host anchor reporter state white house u.s. us campaign democrat democratic
republican democrats republicans gop assemblyman assemblywoman congressman congresswoman councilman
councilwoman businessman businesswoman billionaire presidential commissioner superintendent
strategist pollster activist mogul star actor actress singer rapper author columnist commentator
executive founder ceo member councilmember
""".split())


# ---- Stage 2 clustering (resolve).
# Pronouns whose description stage 1 found is resolved further, and the sex each says.
CHAINED_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
PRONOUN_SEX = {"he": "m", "she": "f"}
# The name of a pronoun speaker nothing in the article agrees with: what the pronoun says of its
# speaker, never the pronoun ('"We will appeal," he said.' with no man named -> "unidentified man").
UNRESOLVED_PRONOUN_NAMES = {
    "he": "unidentified man", "him": "unidentified man", "she": "unidentified woman", "her": "unidentified woman",
    "it": "unidentified organization", "they": "unidentified group", "them": "unidentified group",
    "we": "unidentified group", "us": "unidentified group", "who": "unidentified speaker",
    "that": "unidentified speaker", "which": "unidentified speaker", "you": "unidentified speaker",
}
# First-person speakers in narration, and the name they get: the article's writer.
FIRST_PERSON = frozenset({"i", "me"})
# Endings of a capitalised word the recogniser takes into a name that no first name has: plurals
# and possessives ("Senators Mitch McConnell", "Breitbart's Joel Pollak"), adverbs and participles
# ("Certainly Donald Trump", "Telling Jeb Bush").
STRAY_NAME_ENDINGS = ("s", "'s", "’s", "ly", "ing")
# Words a company's short form leaves off: "WestJet Airlines Ltd. … WestJet said".
COMPANY_TAIL = frozenset("""
inc ltd corp co llc plc limited corporation company group holdings airlines airline airways bank
""".split())
# A company's legal ending, which the recogniser may leave out of its span ("Acme Solar LLC").
LEGAL_SUFFIXES = frozenset("inc ltd llc plc corp co reit lp llp limited ulc".split())
# A company's ending in full or short, which two articles may write differently ("Ford Motor Co",
# "Ford Motor Company"): left out when `quotex speakers` joins names across documents.
CORPORATE_ENDINGS = LEGAL_SUFFIXES | frozenset("company corporation incorporated".split())
# Words an acronym leaves out: "Canadian Union of Public Employees" -> CUPE.
ACRONYM_SKIP = frozenset("of and the for in on de du des la le et &".split())
# Endings of nouns for a person that no common adjective has ("-ant"/"-ent" do: "defiant").
ROLE_NOUN_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person")


# ---- The tokenizer (model).
# Ranks and offices abbreviated before a name that spaCy's English tokenizer cuts at the dot
# ("Coun", "."), ending the sentence there: in '"We will fight this," Coun. Mary Tan said.' the
# cue then has no subject and the quote no speaker. Canadian and British police and council
# ranks above all ("Const.", "Cst.", "Cpl.", "Staff Sgt.", "Insp.", "Supt.", "Det.", "Coun."),
# and military ones in any newsroom ("Lt.", "Capt.", "Col.", "Maj.", "Cmdr.", "Pte.").
# Capitalised forms only, so a lowercase word ending a sentence still ends it. The model never saw
# most of them whole, so each is read with the norm of the title it saw most ("Mr."): kept whole
# but unknown, "Coun." was tagged punctuation and still ended the sentence.
ABBREVIATIONS = tuple("""
Coun. Cllr. Const. Cst. Cpl. Sgt. Insp. Supt. Det. Lt. Capt. Col. Maj. Cmdr. Pte. Brig. Atty. Hon. Pres.
""".split())


# ---- Small words the rules test a token against.
ARTICLES = frozenset({"a", "an", "the"})
# "a New Hampshire Democrat", "another aide", "one official": a description of one person.
INDEFINITES = frozenset({"a", "an", "another", "one"})
# "any candidate", "no official", "every parent": nobody in particular, no antecedent.
QUANTIFIERS = frozenset({"any", "no", "every", "each"})
# "the mayor", "this company", "that group": a description of someone named before.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
# Penn tags of a finite verb: a label before a colon that has one is a sentence, not a label.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words that point at a thing or a statement, not at a person ("That prompted Lee to …").
POINTERS = frozenset({"it", "this", "that"})
# Relative pronouns, with "whose" ("Ann Lee, whose office said …").
RELATIVE_WORDS = RELATIVE | {"whose"}
# "its Nimbus 2 thermostat", "her Nimbus 2": an organisation's name after one is a product.
POSSESSIVE_DETERMINERS = frozenset({"its", "their", "our", "her", "his", "my"})
# Words that open a clause reported whole ("said that …", "asked whether …", "asked if …").
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
# Words an organisation's name runs on through after its noun ("the Ministry of Health", "the
# Commission for Children", "the Committee on Ethics"), and the words inside such a name.
ORG_NAME_LINKS = frozenset({"of", "for", "on"})
ORG_NAME_INNER = ORG_NAME_LINKS | {"and", "the", "-", "&"}
# The lower-case words that join an organisation's name in French, as Canadian English news writes
# it: "Syndicat des électriciens du Québec", "Fédération des travailleurs et travailleuses du Québec"
# (the common nouns after them stay in lower case; see entities.missed_named).
FRENCH_NAME_LINKS = frozenset("des du de la le les et aux au".split())
# French articles, which open a French title ("Le premier ministre", "La ministre"): no English one.
FRENCH_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
# Words right before a verb that make it part of a compound or a participle, not the main verb
# ("so called", "self-described", "has been called").
PARTICIPLE_MARKERS = frozenset({"so", "-", "self", "been", "be", "being"})
# Cues whose object is who a question was put to ("Hale asked Lee", "pressed Lee").
QUESTION_CUES = frozenset({"ask", "question", "press"})
# Prepositions that name examples of a group ("Some economists, like Gary Hufbauer, say …";
# "such as" too, see AntecedentIndex._speaks_through).
EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})
# Speech verbs of an answer: "“Not for a second,” he replied" answers the question before it, put by
# someone else (see MentionRules._answerer_for).
REPLY_CUES = frozenset({"reply", "answer", "respond", "retort"})


# ---- Sex and agreement (gender, pronouns): "m" and "f" are gender.MALE and FEMALE, the kinds
# are pronouns.PERSON, ORGANIZATION, GROUP, THING, PLACE.
# Honorifics (lower case, without the dot) that say the person's sex.
HONORIFIC_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "monsieur": "m", "m": "m", "messrs": "m", "herr": "m",
    "señor": "m", "senor": "m", "signor": "m", "king": "m", "prince": "m", "duke": "m",
    "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "madame": "f", "mlle": "f",
    "mademoiselle": "f", "lady": "f", "dame": "f", "madam": "f", "señora": "f",
    "senora": "f", "frau": "f", "queen": "f", "princess": "f", "duchess": "f",
    "baroness": "f",
}

# Role nouns that say the person's sex ("spokeswoman Ann Lee", "Bob Stone, the congressman").
ROLE_GENDER = {w: "m" for w in """
spokesman chairman congressman assemblyman councilman alderman businessman anchorman
committeeman statesman sportsman frontman cameraman policeman fireman layman clergyman
countryman kinsman nobleman salesman craftsman tradesman fisherman foreman journeyman
father husband son brother grandfather grandson uncle nephew boyfriend widower fiancé
man boy gentleman king prince duke baron emperor monk actor waiter
""".split()}
ROLE_GENDER.update({w: "f" for w in """
spokeswoman chairwoman congresswoman assemblywoman councilwoman alderwoman businesswoman
anchorwoman committeewoman stateswoman sportswoman frontwoman camerawoman policewoman
firewoman laywoman countrywoman noblewoman saleswoman fisherwoman forewoman
mother wife daughter sister grandmother granddaughter aunt niece girlfriend widow fiancée
woman girl lady queen princess duchess baroness empress nun actress waitress hostess heiress
stewardess headmistress mayoress countess
""".split()})
# "actor" and "waiter" now name women too; they vote only as weak evidence (see WEAK_ROLES).
WEAK_ROLES = frozenset({"actor", "waiter", "chairman"})

# Pronouns and the sex they say.
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
# What each pronoun can stand for: (kinds, sex, plural).
_HE = (frozenset({"person"}), "m")
_SHE = (frozenset({"person"}), "f")
_IT = (frozenset({"organization", "thing", "place"}), None)
_THEY = (frozenset({"organization", "group"}), None)
PRONOUN_AGREEMENT = {
    "he": _HE, "him": _HE, "his": _HE, "himself": _HE,
    "she": _SHE, "her": _SHE, "hers": _SHE, "herself": _SHE,
    "it": _IT, "its": _IT, "itself": _IT,
    "they": _THEY, "them": _THEY, "their": _THEY, "themselves": _THEY,
    "we": _THEY, "us": _THEY, "our": _THEY,
}
