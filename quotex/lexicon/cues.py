"""Speech-verb and attribution-phrase constants.

Lemmas, as spaCy's English lemmatizer gives them. A verb here is a cue only when it is
outside every quote: in “I will say no,” Smith told reporters, "say" is quoted, "told" is the cue.
"""
from __future__ import annotations

# Verbs that introduce reported speech or writing: "said", "told", "added", "tweeted", ...
SPEECH_VERBS = frozenset("""
say tell add ask answer reply respond explain note write state declare announce claim argue insist
warn report recall acknowledge admit complain continue conclude suggest predict observe remark comment
joke quip shout yell scream whisper mutter exclaim urge tweet post testify confirm deny concede emphasize
emphasise stress repeat reiterate boast vow promise pledge caution charge contend counter assert maintain
mention recount retort muse wonder tout lament interject chime chant cry demand plead proclaim sing speak
talk thunder snap blast criticize criticise praise describe dub call label term quote read brag tease
grumble gush sniff scoff rail fume hail applaud decry denounce accuse allege reason recommend concur
agree disagree object protest rant opine posit theorize surmise assure reassure inform advise instruct
order command tweete retweet publish print headline summarize summarise elaborate clarify correct
point put begin start open close finish end sum conclude predict forecast estimate calculate
bark growl holler sneer gripe laugh sigh chuckle marvel relate reveal disclose signal hint imply beg
propose preach lecture scold chide taunt mock ridicule question query inquire enquire press challenge
dispute rebut refute reject dismiss assail attack slam knock lash fire shoot push text email message
cite recite interrupt intone gloat howl moan whine groan cheer crow swear threaten recommend shrug
confide remember
""".split())

# Verbs that attribute speech only with a particle or object: "pointed out", "put it".
NEEDS_PARTICLE = {"point": {"out"}, "put": {"it"}, "sum": {"up"}, "chime": {"in"},
                  "fire": {"back"}, "shoot": {"back"}, "push": {"back"}, "lash": {"out"}}

# Verbs weak enough that they are a cue only when syntactically linked to the quote
# ("He called it “a disaster”" yes; "He called Smith" no).
WEAK_VERBS = frozenset("call describe dub label term read begin start open close finish end continue "
                       "put point order command publish print headline quote question press challenge "
                       "dispute reject dismiss assail attack slam knock lash fire shoot push text message "
                       "cite laugh sigh chuckle marvel shrug cheer signal hint imply threaten protest object "
                       "order demand".split())

# Nouns that carry attribution: "in a statement", "his response", "a spokesman's email".
SPEECH_NOUNS = frozenset("""
statement interview remark remarks comment comments speech tweet post letter email e-mail memo
release announcement testimony response reply answer message op-ed editorial column essay book
report press conference briefing address
dictum motto mantra slogan catchphrase quip
""".split())

# Multi-word cues that take the source as object: "according to X".
ACCORDING = ("according", "to")

PRONOUNS_PERSON = frozenset({"he", "she", "i", "him", "her", "me"})
PRONOUNS_GROUP = frozenset({"they", "we", "them", "us"})
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | {"it", "you", "who", "that", "which"}

# Honorifics and titles that precede a name: "Mr. Burman", "Sen. Cruz".
HONORIFICS = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. rep rep. gov gov. lt lt. gen gen. col col.
sgt sgt. capt capt. adm adm. rev rev. hon hon. pres pres. sir dame lord lady president senator
representative governor mayor judge justice secretary minister chancellor speaker chairman
chairwoman chair ambassador general admiral colonel captain sergeant officer detective sheriff
pope king queen prince princess father sister brother professor doctor
premier councillor cllr coun coun. constable const const. cst cst. corporal cpl cpl. inspector insp insp.
superintendent supt supt. det det. reeve mp mpp mla mna madam
sheikh sheik shri shrimati smt smt. commodore cmdr cmdr. commander
ald ald. alderman alderwoman alderperson
""".split())
# (The very last line: Chicago's and Milwaukee's aldermen, "Ald. Yolanda Briggs, 6th,".)
# (The line before: titles of foreign and wire copy, "Sheikh Khalid bin Nasser al-Mohannadi", "Shri
# Ramesh Chandra Awasthi" in an Indian ministry's release, "Commodore Rodel Macaraeg" of a navy or
# coast guard: said before the name, never part of it.)
# (The last two lines: Canadian and British ranks and offices, "Premier Doug Ford", "Cllr Ann
# Lee", "Const. Tom Hale", "Cpl. Amrit Dhillon", "Staff Sgt. Nadia Oduya", "MLA Tom Hale".)
