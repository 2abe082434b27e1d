"""Who said it: attribution rules over a parsed window of text.

Rules run in order of strength; each attributed quote records the rule in ``method``:

``cue``            a speech verb outside the quotes, in the quote's own sentence, and its subject:
                   "“We will win,” Smith said."  /  "Smith told reporters: “We will win.”"
``according-to``   "“We will win,” according to Smith."
``after-quote``    the words after a quote ending in a comma, read by word order when the parse
                   fails: "“France will always be France,” an angry Hollande retaliated."
``colon``          a name right before a colon: "Smith: “We will win.”" (transcripts, headlines)
``headline``       a headline ending with its source: "Putin 'gratefully accepted' invitation -Kremlin"
``signoff``        a quote paragraph signed by a dash line under it: "“We will win.”" / "- Smith."
``next-quote``     a quote followed at once by an attributed quote of the same paragraph:
                   "“We will win.” “We always do,” Smith said."
``previous-sentence`` the sentence before in the same paragraph has a cue:
                   "Smith spoke to reporters on Monday. “We will win.”"
``same-paragraph`` an earlier quote of the same paragraph was attributed:
                   "“We will win,” said Smith. “Nobody can stop us.”"
``continuation``   a quote paragraph with no cue right after a paragraph attributed to someone.
``previous-paragraph`` a quote paragraph after a paragraph whose speech verb has a subject
                   ("Caddell told Breitbart News Daily." then a quote paragraph).
``colon-intro``    a sentence ending in a colon introduces the quote; its subject is the source:
                   "A footnote in the report makes that clear: “These assessments …”"
``naming-order``   "X called Y “Q”" by word order when the parse misses it (a weak fallback):
                   "Lopez, a Kent ally, called Ohio's standards “strong.”"
``governing-verb`` no speech verb: the subject of the clause the fragment sits in
                   ("Beruff called Florida's standards “strong.”").
``cue-content``    a Title Case quote inside a speech verb's clause or object: the verb's subject
                   ("Lee said he would revive ''Night Court''").
``chant``          the subject of a chanting verb ("protesters chanted “Lock Him Up!”").
``as-complement``  the quote is what something is called, after "as" on a verb: its subject
                   ("Lee refers to the mayor as “Mr. Fix-It.”").
``uttered-label``  (no speaker) a quote before a noun for a remark or slogan ("the “not yet”
                   comment"): someone's words, kept; with the noun's owner it is ``governing-verb``.
``view-holder``    a fragment below a verb of holding or casting a view (think, fear, see, portray,
                   frame ...): its subject ("The mayor's allies see a “sham” process").

The speaker is never a token inside a quote, so a person merely mentioned in the quote
("“Kim invited Putin,” Peskov said") is never taken for the speaker.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from .cues import (ACCORDING, HONORIFICS, NEEDS_PARTICLE, PRONOUNS, PRONOUNS_GROUP, PRONOUNS_PERSON,
                   SPEECH_NOUNS, SPEECH_VERBS, WEAK_VERBS)
from .marks import QuoteSpan
from .names import NameRegistry, clean_name, drop_titles
from .records import Cue, Quote, Speaker

# ``confidence`` is the share of right speakers each rule had on PolNeAR train (named persons),
# scaled down for organisations and unresolved mentions, so that filtering on it works:
# see README "Accuracy" for precision by confidence band.
CONFIDENCE = {
    "cue": 0.96, "previous-sentence": 0.98, "colon": 0.96, "headline": 0.95, "signoff": 0.9, "according-to": 0.84,
    "after-quote": 0.94, "colon-intro": 0.88, "continuation": 0.78, "same-paragraph": 0.81,
    "governing-verb": 0.65, "headline-subject": 0.67, "next-quote": 0.6, "naming-order": 0.5,
    "previous-paragraph": 0.7, "as-complement": 0.75, "chant": 0.75, "cue-content": 0.85, "view-holder": 0.67,
    "inner-cue": 0.75, "none": 0.0,
}
KIND_FACTOR = {"person": 1.0, "organization": 0.95, "unknown": 0.85}
# "it"/"they" left unresolved: right about half the time.
UNRESOLVED_PRONOUN_FACTOR = 0.65
RELATIVE = frozenset({"who", "that", "which"})
# Verbs of holding a view: their subject holds the words of the clause below them.
HOLD_VERBS = frozenset("think believe feel find know hope expect want fear worry consider defend".split())
# Verbs of holding or casting a view, for ``view-holder``: what lies in their clause is how their
# subject sees things ("Lee portrays her rival as a ''career politician''").
VIEW_VERBS = HOLD_VERBS | frozenset("portray frame refer characterize characterise depict cast paint view regard "
                                    "see intend".split())
# Verbs whose "as" phrase is what their subject calls something, for ``as-complement``: speech
# and view verbs, and a list or profile that lists someone as a "…".
_NAMING_AS_VERBS = SPEECH_VERBS | VIEW_VERBS | {"list"}

# A share of people ("31%", "75 percent of Republicans", "Six in 10 voters", "half"), and the
# nouns that name where such shares come from.
_SHARE = re.compile(r"(?i)(?:(?:just|only|about|almost|nearly|some|roughly|more than|fewer than|less than|"
                    r"at least)\s+)*(?:\d[\d.,]*\s*(?:%|percent)|\w+\s+(?:in|out of)\s+(?:10|ten|\d+)\b|"
                    r"half\b|a majority\b|two-thirds\b|a third\b|a quarter\b)")
POLL_NOUNS = frozenset({"poll", "survey"})
SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
# The sentence after a quote is searched for its cue only when it is this short ("Smith said
# in an interview."); a longer one has its own content. Best on PolNeAR train among 8-30.
NEXT_SENT_MAX = 15
# ... and how far into a longer one starting in lowercase its opening cue may come ("she wrote").
NEXT_CUE_WITHIN = 3
# Verbs that name: a Title Case quote that is their object is someone's words, not a title.
NAMING_CUES = frozenset({"call", "dub", "label", "term", "brand", "describe"})
# Speech verbs whose object is the listener, not the words: "told Fox News".
LISTENER_CUES = frozenset({"tell", "ask", "inform", "advise", "assure", "reassure", "instruct"})
# Cues whose passive subject is still the speaker: "he was quoted as saying", "she was asked".
PASSIVE_SPEAKER_CUES = frozenset({"quote", "ask", "cite", "hear"})
# Clause links a quoted fragment's governing verb may be climbed through to a person subject.
CLIMB_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp"}
NAME_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "prt", "flat"}
ORG_ENTS = {"ORG", "NORP", "GPE", "FAC"}
ORG_NOUNS = frozenset("""
kremlin campaign committee department ministry agency government company police office party
administration council court commission pentagon house senate congress network newspaper paper
magazine times post journal newsroom station union group organization organisation association
institute foundation center centre board bureau service team firm corporation bank spokesperson
officials authorities prosecutors report poll survey study website site outlet
""".split())
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

# "<headline> - <Name>: “" / "- More from <Name>: “" right before a quote.
_DIGEST = re.compile(r"\s[-–—]\s*(?:(?:More\s+)?[Ff]rom\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4}"
                     r"\s*:\s*$")
# Nouns whose content clause is their owner's words: "Trump's accusation that Clinton is …".
CLAIM_NOUNS = SPEECH_NOUNS | frozenset("suggestion accusation claim assertion argument contention insistence "
                                       "charge allegation warning promise pledge view belief position "
                                       "answer language message point".split())
# Speech verbs that name the activity, not what was said: in an "as" clause they tell the time.
ACTIVITY_CUES = frozenset("speak talk laugh chuckle cheer applaud".split())
# Verbs of beginning and ending: speech verbs only for a speech ("began her talk with “…”").
PHASE_VERBS = frozenset("begin start end finish open close continue".split())
# Verbs of owning up or making known: with a thing as object they report no words ("acknowledged
# his defeat, saying …" is the saying's).
ADMIT_VERBS = frozenset("acknowledge announce admit".split())
# Subordinators of clauses of time ("when Trump mentioned her, the crowd chanted …").
TIME_MARKS = frozenset({"when", "after", "while", "before", "once", "until", "whenever"})
# Documents a short label before a colon can name as the source of what follows ("From the
# report:", "From Lee's Facebook post:" -> the report, Lee).
DOC_NOUNS = frozenset("transcript excerpt statement text release letter memo email report post tweet article editorial "
                      "study ruling complaint filing".split())
# Things whose words a quote can be, as the subject of any verb ("The memo puts the cost at “…”").
SOURCE_DOCS = DOC_NOUNS | frozenset({"cable", "document", "ad"})
# Cues whose object is not what is said but who is addressed or what is acted on ("told “Fox and
# Friends”", "published “Trump Revealed”").
ADDRESSEE_CUES = frozenset("""tell ask thank inform urge question press challenge advise assure reassure instruct
order command beg email text message call quote cite attack slam blast criticize praise mock accuse hail applaud
dismiss reject knock assail scold chide taunt ridicule lecture interrupt read publish print open close begin start
end finish""".split())
# Verbs and nouns of chanting: what a crowd chants are its words, even in Title Case.
CHANT_VERBS = frozenset("chant shout yell scream cry sing holler roar".split())
CHANT_NOUNS = frozenset("chant cry shout scream yell roar".split())
# Nouns for a piece of someone's speech that a quote before them names: "Lee's “lazy voters” remark".
UTTERANCE_NOUNS = frozenset("comment comments remark remarks line moniker pledge quip slogan nickname gaffe "
                            "catchphrase mantra".split())
# Nouns for people that are not one person: they chant and shout ("the crowd chanted").
PEOPLE_NOUNS = frozenset("crowd audience people guy fan demonstrator attendee participant group "
                         "family public".split())

# A cue caught inside a quote whose marks do not pair: "“We will win,” said Lee. "It is" ->
# ", said Lee" / ", Lee said," / ", he added," after a comma (and maybe a closing mark).
_INNER_CUE = re.compile(r",[”\"]?\s+(?:(?:said|says|added|wrote)\s+(?P<after>[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                        r"|(?P<before>[hH]e|[sS]he|[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:said|says|added|wrote)[,.])")
_LINE_COLON = re.compile(r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*:\s+\S")
_LABELS = frozenset("update correction note editor's note byline watch read more related photo video "
                    "source sources advertisement breaking exclusive analysis opinion live q a "
                    "caption credit"
                    .split()) | {"editor's note", "read more", "breaking news", "the latest"}
_HEADLINE_SRC = re.compile(r"(?:\s[-–—]\s?|\s?[-–—]\s)([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3})\s*$")
_HEADLINE_COLON = re.compile(r":\s+([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3})\s*$")
# A sign-off paragraph under a quote paragraph: "- Bernie Sanders." / "—President Obama, tweeting …"
_NEXT_LINE = re.compile(r"\n[ \t]*(?:\n[ \t]*)*([^\n]*)")
# A show, film or book title (method ``title``: no speaker, left out like a scare quote): a
# capitalised quote after a broadcaster's possessive ("Trump told NBC’s “Today” on Monday"), after
# a noun for a work ("featured in the documentary “Weiner.”", "his book ''The Art of the Deal.''")
# or before the role of someone in it ("the “Avatar” star"). On PolNeAR train 48 such quotes were
# in no attribution and 3 were someone's words.
_MEDIA_OWNER = re.compile(r"(?:\b[A-Z]{2,5}|\b(?:News|Channel|Network|Radio|TV|Television|Fox))(?:['’]s|['’])\s*$")
_WORK_NOUN = re.compile(r"\b(?:documentary|film|movie|book|memoir|autobiography|novel|play|musical|series|miniseries|"
                        r"show|sitcom|drama|thriller|comedy|album|song|podcast|episode|opera|poem)\s*,?\s*$", re.I)
_WORK_ROLE = re.compile(r"[,.]?\s+(?:star|actor|actress|host|author|director|creator|producer|co-host|anchor|"
                        r"showrunner)s?\b")
# Before a work's title, the role of someone in it or its author: "the host of “Lee Tonight”",
# "the author of ''The Long Road''", "has starred in “Night Court”", "roles in “Big Sky”".
_WORK_ROLE_OF = re.compile(r"\b(?:(?:star|actor|actress|host|author|editor|co-editor|director|creator|producer|"
                           r"co-host|anchor|showrunner)s?\s+of|(?:starred|starring|starr?s|roles?)\s+in)\s*$", re.I)
# "by" and a name after a work's title: its author (see ``Attributor._by_author``).
_BY_AUTHOR = re.compile(r",?\s+by\s+[A-Z]")
# The end of a story's byline in a digest, right before the excerpt quoted from the story:
# "“Mayor to close the pier,” by the Gazette's Ann Lee: “…”" (see ``Attributor._digest_item``).
_BYLINE_COLON = re.compile(r"[,”\"']\s*,?\s*by\s+(?:the\s+)?[A-Z][^“”\"\n]{0,80}:\s*$")
# The byline itself, after the headline's comma: "“…,” by the Gazette's Ann Lee".
_BYLINE = re.compile(r"\s*by\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s?\s+[A-Z]")
# A quote that is one letter and punctuation: "“R,”".
_LETTER = re.compile(r"\W*[^\W\d_]\W*")
# Markup of an embedded post: "<tweet id=…>", "</tweet>", "<tweet/>".
_EMBED_TAG = re.compile(r"</?tweet\b[^>]*>")
# A headline's opening words (names), for ``headline-subject``.
# "Guns Are ‘A Crisis,’ Dean Tells Convention.": a headline's source named after its quote.
_HEADLINE_TAIL_CUE = re.compile(r"[,.!?]?\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}?)\s+(?:Says|Tells|Finds|Warns|"
                                r"Writes|Admits|Insists|Claims|Declares|Argues|Vows|Urges)\b")
_HEADLINE_START = re.compile(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
# What follows a headline's opening name when that name alone is the subject: a space and a
# word, not a comma, a dash or 'and'/'&' joining a second subject.
_HEADLINE_LONE_SUBJECT = re.compile(r"\s+(?!(?:and|&)\s)[A-Za-z]")
_SIGNOFF = re.compile(r"\s*[-–—]+\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*(?:[,.;(]|$)")


@dataclass
class DocState:
    """What attribution remembers across paragraphs and windows (plain data only)."""

    names: NameRegistry = field(default_factory=NameRegistry)
    # Keep short unattributed fragments (scare quotes) too; see :func:`is_scare_quote`.
    all_quotes: bool = False
    # Last attributed speaker and the paragraph index it was attributed in.
    last_speaker: Optional[Speaker] = None
    last_speaker_para: int = -10
    last_cue: Optional[Cue] = None
    # A speaker introduced by a speech verb in a paragraph without quotes ("Caddell told ...").
    intro_speaker: Optional[Speaker] = None
    intro_para: int = -10
    intro_cue: Optional[Cue] = None
    # The same for a cue with its own content clause ("She said the plan would fail."): used only
    # for a quote that is a whole paragraph of its own.
    clause_intro: Optional[tuple] = None
    clause_intro_para: int = -10
    # The person subject of the last sentence of a paragraph without quotes or cues ("Lee is
    # upbeat about the vote."): used only for a quote that is a whole paragraph of its own.
    subject_intro: Optional[object] = None
    subject_intro_para: int = -10
    last_person: Optional[tuple[str, str]] = None  # (canonical name, title) of the last person subject


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


def _according(tok) -> bool:
    return tok.lower_ == ACCORDING[0] and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == ACCORDING[1]


class Attributor:
    """Attribute the quotes of one parsed window. ``base`` is the window's offset in ``text``."""

    def __init__(self, text: str, doc, base: int, quotes: list[QuoteSpan], paras: list[tuple[int, int]],
                 ords: list[int], state: DocState) -> None:
        self.text = text
        self.doc = doc
        self.base = base
        self.quotes = quotes
        self.paras = paras  # paragraph (start, end) in document offsets, for this window
        self.ords = ords  # each paragraph's ordinal in the document (adjacency across windows)
        self.state = state
        n = len(doc)
        self.quoted = [False] * n
        self.tok_quote = [-1] * n
        # Offsets from the array, not by making a Token object per word (a tenth of the time).
        starts = (doc.to_array("IDX") + base).tolist() if n else []
        self.starts = starts
        qi = 0
        for i, s in enumerate(starts):
            while qi < len(quotes) and quotes[qi].close <= s:
                qi += 1
            if qi < len(quotes) and quotes[qi].open <= s < quotes[qi].close:
                self.quoted[i] = True
                self.tok_quote[i] = qi
        self._register_names()

    # ------------------------------------------------------------------ helpers
    def _register_names(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                self.state.names.add(ent.text)
        # Entities are not looked for inside quotes (quotex.ner), but a quoted passage may be the
        # only place a full name appears ("… reporters questioned Press Secretary Josh Earnest
        # …"): runs of proper nouns there, titles dropped, back up a bare surname.
        if not self.quotes or not len(self.doc):
            return
        # (spaCy is imported by now; importing it at module level would undo the lean import in
        # quotex.model.import_spacy.)
        from spacy.parts_of_speech import PROPN

        pos = self.doc.to_array("POS").tolist()
        quoted = self.quoted
        run: list = []
        last = -2
        for i, p in enumerate(pos):
            if p != PROPN or not quoted[i]:
                continue
            t = self.doc[i]
            if not (t.text[:1].isupper() and t.is_alpha):
                continue
            if i != last + 1:
                self._weak_name(run)
                run = []
            run.append(t)
            last = i
        self._weak_name(run)

    def _weak_name(self, run: list) -> None:
        words = drop_titles([t.text for t in run])
        if 2 <= len(words) <= 3:
            self.state.names.add_weak(" ".join(words))

    def _tok_at_or_after(self, char: int) -> Optional[int]:
        """Index of the first token starting at or after document offset ``char``."""
        i = bisect.bisect_left(self.starts, char)
        return i if i < len(self.starts) else None

    def _tok_before(self, char: int) -> Optional[int]:
        """Index of the last token starting before document offset ``char``."""
        i = bisect.bisect_left(self.starts, char) - 1
        return i if i >= 0 else None

    def _para_of(self, char: int) -> int:
        lo, hi = 0, len(self.paras) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.paras[mid][0] <= char:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _tokens_between(self, a: int, b: int):
        """Tokens whose start lies in document offsets [a, b)."""
        span = self.doc.char_span(max(0, a - self.base), max(0, b - self.base), alignment_mode="expand")
        return list(span) if span is not None else []

    # ------------------------------------------------------------------ mention -> Speaker
    def _mention_span(self, head) -> tuple[int, int]:
        """Token range [lo, hi] of the noun phrase naming the speaker, clipped at quotes."""
        if head.lower_ in PRONOUNS:
            return head.i, head.i
        lo = hi = head.i
        stack = [c for c in head.lefts if c.dep_ in NAME_LEFT_DEPS]
        for c in stack:
            for t in c.subtree:
                if not self.quoted[t.i] and t.i < lo:
                    lo = t.i
        for c in head.rights:
            if c.dep_ in ("flat", "compound"):
                hi = max(hi, c.i)
            else:
                break
        # Inverted cues are often mis-parsed: in "said Air Force 1st Lt. Tyler Livingston" the
        # subject is "1st" and the name hangs off elsewhere; take the proper nouns that follow.
        if head.pos_ in ("PROPN", "NUM") or head.ent_type_:
            n = len(self.doc)
            while hi + 1 < n and hi - head.i < 6 and not self.quoted[hi + 1]:
                nxt = self.doc[hi + 1]
                if nxt.pos_ == "PROPN" or (nxt.text == "." and self.doc[hi].pos_ == "PROPN"
                                           and len(self.doc[hi]) <= 4):
                    hi += 1
                else:
                    break
            while hi > head.i and self.doc[hi].text == ".":
                hi -= 1
        # Never reach into a quote or across punctuation other than the name's own dots.
        while lo < head.i and (self.quoted[lo] or self.doc[lo].is_punct and self.doc[lo].text not in "'’"):
            lo += 1
        # Drop a leading determiner-only start such as "the" before a name? Keep: "the Kremlin".
        return lo, hi

    def _speaker_from_head(self, head) -> Optional[Speaker]:
        doc = self.doc
        # "His comments were blunt: …" -> the possessor is the speaker.
        if head.lemma_.lower() in SPEECH_NOUNS:
            poss = [c for c in head.children if c.dep_ == "poss" and not self.quoted[c.i]]
            if poss:
                head = poss[0]
        if _not_a_speaker(head):
            return None
        # "the Kremlin's spokesman" -> head spokesman; "Smith, the chairman," -> Smith with title.
        lo, hi = self._mention_span(head)
        span = doc[lo:hi + 1]
        mtext = span.text
        start = span.start_char + self.base
        end = span.end_char + self.base
        low = head.lower_
        title = None
        kind = "unknown"
        name = None
        if low in RELATIVE and head.head.dep_ == "relcl" and not self.quoted[head.head.head.i]:
            # "Rubio, who mused that …": the mention is "who", the name is Rubio's.
            ante = self._speaker_from_head(head.head.head) if head.head.head.lower_ not in RELATIVE else None
            if ante is not None and ante.kind == "unknown" and head.head.head.pos_ == "NOUN":
                # A thing that "says" speaks for whoever put it out: "Trump released a video
                # that said, “…”" -> Trump; "Pelletier hoisted a sign that read “15%!”" ->
                # Pelletier. Without such a subject the thing itself stays the source.
                owner = self._owner_of(head.head.head)
                if owner is not None:
                    return owner
            if ante is not None:
                return Speaker(mtext, start, end, ante.name, ante.title, ante.kind)
            return None
        if low in PRONOUNS:
            return self._resolve_pronoun(head, mtext, start, end)
        person = [e for e in span.ents if e.label_ == "PERSON"]
        if not person:
            # "The chairman, John Smith, said" / "Smith, the party's chairman, said"
            for c in head.rights:
                if c.dep_ == "appos":
                    ap = [e for e in doc[c.left_edge.i:c.right_edge.i + 1].ents if e.label_ == "PERSON"]
                    if ap and not any(self.quoted[t.i] for t in ap[0]):
                        person = ap
                        title = clean_name(mtext)
                    break
        if person:
            ent = person[-1]
            name = self.state.names.canonical(ent.text)
            kind = "person"
            if title is None:
                pre = doc[lo:ent.start] if ent.start > lo else None
                if pre is not None:
                    words = [t for t in pre if t.dep_ not in ("det", "punct", "case") and t.pos_ != "DET"]
                    if words:
                        title = clean_name(doc[words[0].i:ent.start].text)
                if title is None:
                    for c in head.rights:
                        if c.dep_ == "appos":
                            ap = doc[c.left_edge.i:c.right_edge.i + 1]
                            if not any(self.quoted[t.i] for t in ap) and not any(
                                    e.label_ == "PERSON" for e in ap.ents):
                                title = clean_name(ap.text)
                            break
            if title and title.lower() in HONORIFICS:
                title = None
            if title:
                self.state.names.titles.setdefault(name, title)
            else:
                title = self.state.names.title_of(name)
            self.state.last_person = (name, title)
        else:
            orgs = [e for e in span.ents if e.label_ in ORG_ENTS]
            hl = head.lemma_.lower()
            if orgs or hl in ORG_NOUNS or (head.pos_ == "PROPN" and hl not in PERSON_NOUNS):
                kind = "organization" if (orgs or hl in ORG_NOUNS) else "unknown"
            if hl in PERSON_NOUNS:
                kind = "person"
            name = clean_name(mtext)
            if span and span[0].dep_ == "det" and span[0].lower_ in ("a", "an", "the") and len(span) > 1:
                # "the Kremlin" -> "Kremlin", "a spokesman" -> "spokesman": the name without its article.
                name = clean_name(span[1:].text) or name
            if head.pos_ == "PROPN":
                # "an angry Hollande" -> "Hollande": the run of capitalised words ending at the head.
                k = head.i
                while k - 1 >= lo and self.doc[k - 1].text[:1].isupper() and not self.doc[k - 1].is_punct:
                    k -= 1
                name = clean_name(self.doc[k:hi + 1].text) or name
            if kind == "unknown" and head.pos_ == "PROPN":
                # A name spaCy did not tag: "Okafor said" after "Maria Okafor" resolves to her.
                canon = self.state.names.canonical(name)
                if canon != name:
                    name, kind = canon, "person"
                    title = self.state.names.title_of(canon)
        if not name:
            return None
        return Speaker(text=mtext, start=start, end=end, name=name, title=title, kind=kind)

    def _owner_of(self, noun) -> Optional[Speaker]:
        """The person or organisation subject of the verb that takes ``noun`` as its object.

        "Sanders is releasing a new ad that urges …" -> Sanders (through objects and
        prepositions: "voted for the resolution which said" -> the voters).
        """
        t = noun
        for _ in range(3):
            if t.dep_ not in ("dobj", "pobj", "prep", "appos", "conj") or t.head == t or self.quoted[t.head.i]:
                return None
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                break
        if t.pos_ not in ("VERB", "AUX"):
            return None
        subj = [c for c in t.children if c.dep_ == "nsubj" and not self.quoted[c.i]]
        if not subj or subj[0].lower_ in RELATIVE:
            return None
        sp = self._speaker_from_head(subj[0])
        if sp is None or sp.kind not in ("person", "organization") and sp.text.lower() not in PRONOUNS:
            return None
        return sp

    def _resolve_pronoun(self, tok, mtext: str, start: int, end: int) -> Speaker:
        low = tok.lower_
        st = self.state
        if low in PRONOUNS_PERSON and low not in ("i", "me"):
            # The most recent person subject outside quotes before the pronoun ...
            best = None
            for t in reversed(self.doc[:tok.i]):
                if self.quoted[t.i] or t.dep_ not in SUBJ_DEPS and t.dep_ != "appos":
                    continue
                if t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS or (
                        t.pos_ == "PROPN" and clean_name(t.text).lower() in self.state.names.by_last):
                    best = t
                    break
                if tok.i - t.i > 400:
                    break
            if best is not None and best.sent.start == tok.sent.start and not is_cue_token(best.head):
                # Within the pronoun's sentence, the one who speaks comes before one spoken of:
                # "While Comey said there was evidence that Clinton was careless, he said …" -> Comey.
                for t in self.doc[tok.sent.start:best.i]:
                    if t.dep_ in SUBJ_DEPS and not self.quoted[t.i] and t.ent_type_ == "PERSON" and \
                            is_cue_token(t.head) and t.head.i < best.i:
                        best = t
                        break
            if best is not None and best.dep_ == "appos" and best.ent_type_ != "PERSON" and \
                    best.head.ent_type_ == "PERSON" and not self.quoted[best.head.i]:
                # "Ben Jealous, the former president of the NAACP, … he spoke": the title is in
                # apposition to the name; the name is whom the pronoun stands for.
                best = best.head
            if best is not None and best.lower_ not in PRONOUNS:
                sp = self._speaker_from_head(best)
                if sp is not None and sp.kind == "person":
                    return Speaker(mtext, start, end, sp.name, sp.title, "person")
            if st.last_person:
                return Speaker(mtext, start, end, st.last_person[0], st.last_person[1], "person")
            return Speaker(mtext, start, end, mtext, None, "person")
        if low in PRONOUNS_GROUP and st.last_speaker is not None and st.last_speaker.kind == "organization":
            return Speaker(mtext, start, end, st.last_speaker.name, st.last_speaker.title, "organization")
        return Speaker(mtext, start, end, mtext, None, "unknown")

    # ------------------------------------------------------------------ cue -> speaker
    def _subject_of(self, cue):
        """Follow the parse from a cue verb to its speaker's head token."""
        if _according(cue):
            to = cue.nbor(1)
            objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in cue.children if c.dep_ == "pobj"]
            if not objs and cue.i + 2 < len(self.doc):
                nxt = self.doc[cue.i + 2]
                objs = [nxt.head if nxt.head.i > cue.i + 1 and not self.quoted[nxt.head.i] else nxt]
            return objs[0] if objs and not self.quoted[objs[0].i] else None
        obj = self._inverted_object(cue)
        if obj is not None:
            return obj
        # Inverted cues the parser gets wrong: "“…,” said David Brock, a Clinton confidant who
        # heads …" can leave "said" without a subject; the name right after the verb is it.
        if not any(c.dep_ in SUBJ_DEPS for c in cue.children) and cue.i + 1 < len(self.doc):
            nxt = self.doc[cue.i + 1]
            # Only a finite verb inverts: in "… “that person,” telling Fox 35 that …" the name
            # after the participle is who was told.
            # (A no-break space after the closing mark is a token of its own: step over it.)
            pi = cue.i - 1
            while pi > 0 and self.doc[pi].is_space:
                pi -= 1
            if not self.quoted[nxt.i] and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN" or
                                           nxt.is_title and nxt.is_alpha and nxt.pos_ != "DET") and \
                    cue.i > 0 and self.quoted[pi] and cue.tag_ not in ("VBG", "VBN"):
                while nxt.i + 1 < len(self.doc) and self.doc[nxt.i + 1].pos_ == "PROPN" and \
                        not self.quoted[nxt.i + 1]:
                    nxt = self.doc[nxt.i + 1]
                return nxt
        # "As Tom Reed, professor of law and author of “The Quiet Court,” put it, “…”": the
        # parser can take the name for the object of an "as" before the verb and leave the verb
        # without a subject.
        as_obj = [p for c in cue.children if c.dep_ in ("mark", "prep") and c.lower_ == "as" and c.i < cue.i
                  for p in c.children if p.dep_ == "pobj" and not self.quoted[p.i]]
        if as_obj and not any(c.dep_ in SUBJ_DEPS for c in cue.children):
            return as_obj[0]
        if self._misparsed_modifier(cue):
            # "a man yelled “Stay there!”" / "one lawmaker called Trump “the orange prince”":
            # the small model hangs the cue off the noun before it as a modifier; that noun is
            # who speaks.
            return cue.head
        t = cue
        for _ in range(4):
            subj = [c for c in t.children if c.dep_ in SUBJ_DEPS and not self.quoted[c.i]]
            if self._participle_in_report(cue, t):
                # "She spoke to CNN, saying that Lee is a “fraud” and questioning how he “got
                # away with it”": the parser can hang the second participle on the verb of the
                # reported clause; whoever is reported there is not the one questioning.
                subj = []
            if subj and subj[0].dep_ == "nsubjpass":
                # "Sanders was asked by host Bill Maher, “…?”": the agent speaks, not the subject.
                agent = [p for a in t.children if a.dep_ == "agent"
                         for p in a.children if p.dep_ == "pobj" and not self.quoted[p.i]]
                # Only the cue's own agent: climbing from "… was booed by the crowd after telling
                # them “…”" or "was joined by Lee and joked, “…”", the one booed or joined speaks.
                if agent and t is cue:
                    return agent[0]
                if cue.lemma_.lower() in NAMING_CUES:
                    # "The feature has been called “strategic ambiguity” by Joshua Hendrick": the
                    # parser hangs "by" on the quoted name; its object still did the naming.
                    by = [p for b in cue.subtree if b.lower_ == "by" and b.dep_ in ("prep", "agent") and
                          (b.head == cue or self.quoted[b.head.i]) and not self.quoted[b.i]
                          for p in b.children if p.dep_ == "pobj" and not self.quoted[p.i]]
                    if by:
                        return by[0]
                # "a “paperwork error” that was reported in a “hit piece”": without an agent the
                # passive subject is what was said, not who said it ("He was quoted as saying"
                # and "Trump was asked …" excepted).
                if t is cue and t.lemma_.lower() not in PASSIVE_SPEAKER_CUES:
                    return None
            if len(subj) > 1:
                # Two subjects is a misparse, mostly of a dateline: "LONDON (Reuters) - Donald
                # Trump said …" -> the one nearest the verb.
                before = [c for c in subj if c.i < t.i]
                subj = [before[-1]] if before else subj
            if subj and subj[0].ent_type_ in ("DATE", "TIME", "GPE") and t is cue:
                # "Saturday at the convention Sen. Elizabeth Warren (D-MA) said …" parses
                # "Saturday" as the subject; a person named just before the verb is the speaker.
                p = self._person_before(cue)
                if p is not None and p.i > subj[0].i:
                    return p
            if subj and t is cue and subj[0].i < cue.i and self._thing(subj[0]):
                # "The rejection of the treaty signals “the beginning of the end,” said Geert
                # Wilders": a thing parsed as the subject of a verb a name follows is the
                # reported clause's; the name after the verb speaks.
                p = self._person_after(cue)
                if p is not None:
                    return p
            if subj and t is not cue and self._thing(subj[0]) and t.dep_ == "advcl" and t.head != t and \
                    any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS | {"as"} for c in t.children):
                # "He sent an email as the meeting began, vowing to “fight on”": the parser can hang
                # the participle on the verb of a clause of time; a thing there is the scene, and
                # the sentence's own subject speaks.
                t = t.head
                continue
            if subj:
                s = subj[0]
                # "Smith and Jones said" -> Smith (first conjunct); "what he said" -> he
                return s
            # (the same for a subject-less passive: "was shouted down by fans after telling …")
            agent = [c for c in t.children if c.dep_ == "agent"] if t is cue else []
            for a in agent:
                pobj = [c for c in a.children if c.dep_ == "pobj" and not self.quoted[c.i]]
                if pobj:
                    return pobj[0]
            if t.dep_ == "relcl" and not self.quoted[t.head.i]:
                return t.head
            if t.dep_ == "xcomp" and not self.quoted[t.head.i] and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                # "That prompted Lee to call the plan “a joke”", "the win led her to declare …":
                # the object of the verb above does the infinitive, not its subject. Only a name
                # or a pronoun: a common noun there is as often a time ("spent the weekend
                # saying …").
                obj = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i and not self.quoted[c.i]]
                if obj and obj[0].pos_ in ("PROPN", "PRON") and obj[0].lower_ not in ("it", "this", "that"):
                    return obj[0]
            # "released a statement saying …": from the cue through the noun it modifies to the
            # verb that has the subject.
            if t.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl", "ccomp", "prep", "pobj", "dobj") and \
                    t.head != t and not self.quoted[t.head.i]:
                t = t.head
                continue
            break
        if is_cue_token(cue) and not _according(cue):
            # "In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic
            # presidential candidate stated that …": the parser hangs the real subject on the
            # last name of the intro phrase as an apposition; a person noun right before the
            # subject-less cue, set off by a comma, is who speaks, not the name before it.
            prev = self.doc[cue.i - 1] if cue.i > 0 else None
            if prev is not None and prev.dep_ == "appos" and prev.pos_ == "NOUN" and \
                    not self.quoted[prev.i] and not self._thing(prev) and \
                    prev.lower_ not in PRONOUNS and prev.left_edge.i > 0 and \
                    self.doc[prev.left_edge.i - 1].text == "," and prev.head.i < prev.left_edge.i:
                return prev
            return self._person_before(cue)
        return None

    def _inverted_object(self, cue):
        """The speaker after an inverted cue that the parser took for its object.

        "“Not again,” wrote a reader who lives nearby.": the small model can make the quote the
        verb's subject and the writer its object. Not for verbs whose object is whom they address
        ("“Go,” told reporters" is no English, but "“Go,” he told reporters" has its subject).
        """
        if not is_cue_token(cue) or cue.lemma_.lower() in ADDRESSEE_CUES or any(
                c.dep_ in SUBJ_DEPS and not self.quoted[c.i] for c in cue.children) or not any(
                c.dep_ in SUBJ_DEPS and self.quoted[c.i] and c.i < cue.i for c in cue.children):
            return None
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and not self.quoted[c.i]), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or self._thing(obj):
            return None
        return obj

    @staticmethod
    def _participle_in_report(cue, t) -> bool:
        """Whether ``t`` is the verb of a clause reported by a speech verb, or of a clause of time
        below one, reached from a participle cue hung on it as an adverbial clause.

        "“It is over,” Brown said after the new mayor won her race, adding that she “ran a clean
        campaign”": Brown adds, not the mayor.
        """
        return t != cue and cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head == t and \
            (t.dep_ == "ccomp" or t.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in t.children)) and is_cue_token(t.head)

    def _misparsed_modifier(self, cue) -> bool:
        """A finite cue verb the parser took for a modifier of the noun right before it.

        "a man yelled “Stay there!”" parses "yelled" as an ``acl`` of "man". Only the narrow
        shape: the noun directly before the verb, no subject of its own, and either a past
        tense tag (a reduced relative is a participle) or a participle that has an object of
        its own besides the quote ("one lawmaker called Trump “…”", active). "a website called
        “Cape Breton If Trump Wins”" (naming passive: the quote is the only complement) and
        "the rhetoric of her ad, described as “…”" stay out.
        """
        if cue.dep_ != "acl" or _according(cue):
            return False
        head = cue.head
        if head.i != cue.i - 1 or head.pos_ not in ("NOUN", "PROPN") or self.quoted[head.i]:
            return False
        if any(c.dep_ in SUBJ_DEPS or c.dep_ == "agent" for c in cue.children):
            return False
        if self._thing(head) or head.lower_ in PRONOUNS:
            return False
        if cue.tag_ == "VBD":
            return True
        return cue.tag_ == "VBN" and any(
            c.dep_ in ("dobj", "oprd") and not self.quoted[c.i] and c.i > cue.i and
            c.pos_ in ("PROPN", "PRON", "NOUN") for c in cue.children) and any(
            self.quoted[c.i] for c in cue.children)

    def _thing_subject(self, head) -> bool:
        """A subject that is a thing, an activity or a relative pronoun standing for a thing."""
        if head.lower_ in RELATIVE and head.head.dep_ == "relcl":
            head = head.head.head
        if head.pos_ == "VERB":
            return True
        return self._thing(head)

    def _thing(self, tok) -> bool:
        """A common noun that names neither a person nor an organisation ("The promise")."""
        lemma = tok.lemma_.lower()
        return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lower_ not in PRONOUNS and \
            lemma not in PERSON_NOUNS and lemma not in ORG_NOUNS and lemma not in PEOPLE_NOUNS

    def _person_after(self, cue):
        """The person named right after a cue: "…, said Christine Link, director of …"."""
        i = cue.i + 1
        # Only the inverted citation shape: a comma (or a closing mark) before the verb, and the
        # name not its object ("A campaign ad accuses Trump …" is about Trump).
        if i >= len(self.doc) or self.quoted[i] or self.doc[i].ent_type_ != "PERSON" or cue.i == 0 or \
                not (self.doc[cue.i - 1].text == "," or self.quoted[cue.i - 1]):
            return None
        while i + 1 < len(self.doc) and self.doc[i + 1].ent_type_ == "PERSON" and \
                self.doc[i + 1].ent_iob_ == "I" and self.doc[i + 1].tag_ != "POS" and not self.quoted[i + 1]:
            i += 1
        # "The lawmaker, who represents …, said Trump's remarks “…”": a possessor is no speaker.
        if i + 1 < len(self.doc) and self.doc[i + 1].tag_ == "POS":
            return None
        return self.doc[i]

    def _person_before(self, cue):
        """The person named just before a cue the parser left without a subject.

        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “…”"
        comes out with "said" subject-less (the name hangs off "Observer"): the nearest person
        before the verb in its sentence, with no other verb between, is the speaker.
        """
        sent_start = cue.sent.start
        for i in range(cue.i - 1, max(sent_start, cue.i - 16) - 1, -1):
            t = self.doc[i]
            if i == cue.i - 1 and t.is_title and t.is_alpha and not t.ent_type_ and not self.quoted[i] and \
                    self.state.names.canonical(t.text) != t.text:
                # "And Skelly called him “…”", "Will described him as “…”": a surname the article
                # has given in full, mistagged (as an adverb, an auxiliary) right before the verb.
                return t
            if self.quoted[i] or t.pos_ in ("VERB", "AUX"):
                return None
            if t.ent_type_ == "PERSON":
                return t
        return None

    def _linked(self, cue, q: QuoteSpan) -> bool:
        """Whether some token of the quote hangs off the cue in the parse."""
        for t in self._quote_tokens(q):
            if t.is_punct:
                # The parser hangs a quote's closing period off the sentence root, whatever
                # governs the words: in "Lee said the bridge would open, although Mehta tweeted
                # that it was “not done.”" the "." is said's, the words are tweeted's.
                continue
            h = t
            for _ in range(6):
                if h.head == h:
                    break
                prev, h = h, h.head
                if h.i == cue.i:
                    return True
                if not self.quoted[h.i]:
                    # "called the chancellor “The Leader of the Free World.”": the quote, parsed
                    # as an apposition to the verb's object, is the object's complement.
                    if prev.dep_ == "appos" and h.dep_ == "dobj" and h.head.i == cue.i:
                        return True
                    # "described the government as ''democratically elected''": through up to
                    # two prepositions outside the quote to the verb.
                    k = 0
                    while k < 2 and h.dep_ in ("prep", "pcomp", "pobj", "agent") and h.head != h \
                            and not self.quoted[h.head.i]:
                        h = h.head
                        k += 1
                        if h.i == cue.i:
                            return True
                    break
        # "“We will win,” Smith said": the cue's clausal child is inside the quote.
        return any(self.quoted[c.i] and self.tok_quote[c.i] >= 0 and self.quotes[self.tok_quote[c.i]] is q
                   for c in cue.children if c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "oprd", "attr",
                                                       "nsubj", "advcl", "npadvmod", "dep", "conj"))

    def _introduces_next(self, cue, q: QuoteSpan) -> bool:
        """A cue after a complete quoted sentence that introduces the next quote is not this one's.

        "“No matter how they explain it, the state falls apart,” he said in 2012. “Conflicts
        continue.” He added, “And you want us to repeat these mistakes?”": "added" belongs to the
        third quote; the second is still the first speaker's.
        """
        c = cue.idx + self.base
        if c < q.close:
            return False
        inner = self.text[q.start:q.end].rstrip()
        if not inner or inner[-1] not in ".!?…":
            return False
        if self.text[q.close:c].strip()[:1].islower():
            # "“Filth out!” she wrote, arguing that “…”": a lowercase word goes on with the
            # quote's own sentence, so its cue is the quote's too.
            return False
        k = self.tok_quote
        for ch in cue.children:
            j = k[ch.i]
            if j >= 0 and self.quotes[j] is not q and self.quotes[j].open > c:
                return True
        return False

    def _dominates(self, cue, q: QuoteSpan) -> bool:
        """Whether the quote lies inside the cue's clause: the cue is an ancestor of a quote token.

        "he said that only people such as the Kochs wanted “open borders.” At a rally, Sanders
        promised …": "said" governs the quote through "wanted"; "promised", nearer but in the
        next sentence, does not.
        """
        toks = self._quote_tokens(q)
        if not toks:
            return False
        for t in toks:
            if self.quoted[t.head.i] and t.head != t:
                continue
            # the quote's root (or a token hanging from outside it): climb from there, but not
            # up through the cue's subject ("The so-called “undercard” debate starts at six").
            for _ in range(12):
                if t.head == t:
                    break
                child, t = t, t.head
                if t.i == cue.i:
                    return child.dep_ not in SUBJ_DEPS
        return False

    def _quote_tokens(self, q: QuoteSpan):
        return self._tokens_between(q.start, q.end)

    def _frame_tokens(self, q: QuoteSpan, pi: int):
        """Non-quoted tokens of the sentences around ``q``, within its paragraph."""
        pa, pb = self.paras[pi]
        toks = self._quote_tokens(q)
        if not toks:
            return []
        first = toks[0].sent
        last = toks[-1].sent
        lo, hi = first.start, last.end
        # Sentence splitting around quotes is unreliable: also take the sentence just after the
        # closing mark when the paragraph goes on ("“We will win.” Smith said.") and the one
        # just before the opening mark when the paragraph starts before the quote.
        after = self._tok_at_or_after(q.close) if q.close < pb else None
        if after is not None and after < len(self.doc) and self.doc[after].sent.start == hi:
            nxt = self.doc[after].sent
            if not self.quoted[after] and len(nxt) <= NEXT_SENT_MAX:
                hi = nxt.end
            elif not self.quoted[after] and nxt[0].is_lower:
                # A longer "sentence" that starts in lowercase goes on from the quote (the parser
                # split after its "!" or "?"): its opening cue is the quote's. "“Filth out!” she
                # wrote, arguing that …".
                cue = next((t for t in nxt[:NEXT_CUE_WITHIN] if is_cue_token(t)), None)
                if cue is not None and not any(self.quoted[t.i] for t in self.doc[after:cue.i]):
                    hi = cue.i + 1
        before = self._tok_before(q.open) if q.open - 1 >= pa else None
        if before is not None and self.doc[before].sent.end == lo and not self.quoted[before]:
            prev_sent = self.doc[before].sent
            if prev_sent.text.rstrip().endswith(":"):
                lo = prev_sent.start
        out = []
        for t in self.doc[lo:hi]:
            c = t.idx + self.base
            if pa <= c < pb and not self.quoted[t.i]:
                out.append(t)
        return out

    def _cue_attribution(self, q: QuoteSpan, pi: int):
        frame = self._frame_tokens(q, pi)
        cands = []
        parenthetical = {}  # cue index -> the subject set off by commas with it
        for t in frame:
            if _according(t):
                # "“Q,” Walker said, according to an AP account": the outer source is the one
                # readers (and PolNeAR's annotators) credit, so "according to" comes first.
                cands.append((-1, self._near(t, q), t))
            elif is_cue_token(t):
                if self._introduces_next(t, q):
                    continue
                linked = self._linked(t, q)
                dominates = not linked and self._dominates(t, q)
                # A weak verb ("protested", "called") counts only when the quote is in its clause:
                # "His campaign protested that the aides were being “disingenuous”".
                # So does one in an "as" clause ("As The Post's Ruth Marcus puts it, Obama is
                # trying to make Republicans “an offer they can't afford to refuse.”"): the clause
                # exists to credit the sentence's words.
                if t.lemma_.lower() in WEAK_VERBS and not linked and not dominates and not any(
                        c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
                    continue
                if not linked and not dominates and (self._in_time_clause(t) or self._as_while_speaking(t)):
                    # "When Rubio thanked Miami and said it was great to be home, a man yelled
                    # “Stay there!”": a cue in a clause of time sets the scene; the quote outside
                    # it is not its words.
                    continue
                if self._phase_of_a_thing(t):
                    # "The couple started a foundation that works for “clean water”": a phase
                    # verb says something only of a speech ("She ended her remarks with “…”").
                    continue
                if not linked and not dominates and self._clause_after(t, q):
                    # "The council passed a “fair rent” rule, which landlords said was a
                    # mistake": a relative clause after the quote describes a noun of its
                    # sentence; its verb did not say the quote.
                    continue
                tier = 0 if linked else (0.5 if dominates else 1)
                if self._inverted_right_after(t, q):
                    # "… — “why not raise it?” asked Dunn": a speech verb that opens the words
                    # right after the closing mark, its subject after it, is the quote's whatever
                    # the parser hung the quote on.
                    tier = -0.25
                inserted = self._parenthetical(t, q)
                if inserted is not None:
                    tier = -0.5
                    parenthetical[t.i] = inserted
                cands.append((tier, self._near(t, q), t))
        cands.sort(key=lambda x: (x[0], x[1]))
        cands = [(a, b, c if c.i in parenthetical else self._outermost_cue(c)) for a, b, c in cands]
        fallback = None
        for tier, _, cue in cands:
            head = parenthetical.get(cue.i) or self._subject_of(cue)
            if head is None or self._generic_subject(head, cue):
                continue
            sp = self._speaker_from_head(head)
            if sp is None:
                continue
            sp = self._poll_source(head, sp)
            if _according(cue):
                to = cue.nbor(1)
                c = Cue(self.doc[cue.i:to.i + 1].text, cue.idx + self.base, to.idx + len(to) + self.base,
                        "according to")
                return sp, c, "according-to"
            if fallback is not None:
                # Only a cue the quote belongs to, with someone as its subject, replaces it.
                if tier <= 0.5 and sp.kind in ("person", "organization"):
                    return self._reported_by(q, pi, cue) or (sp, self._cue(cue), "cue")
                continue
            if sp.kind == "unknown" and self._thing_subject(head):
                # "He added that praising the president was like saying the team ''scored 19
                # runs''": a thing that "says" is a figure of speech; a cue of the quote with a
                # person as its subject is preferred ("added" -> He).
                fallback = (sp, self._cue(cue), "cue")
                continue
            return self._reported_by(q, pi, cue) or (self._nearer_mention(sp, cue, q), self._cue(cue), "cue")
        return fallback

    @staticmethod
    def _generic_subject(head, cue) -> bool:
        """A subject that stands for no one who could have said the quote.

        Outside the quotes, "we" and "you" are the writer and the reader, speaking in general:
        "she notes that speech has limits, so you cannot yell “fire” in a theater", "what we now call
        “infrastructure”". "And I quote" is the writer quoting someone else's words.
        """
        low = head.lower_
        return low in ("we", "you") or low in ("i", "we") and cue.lemma_.lower() == "quote"

    def _nearer_mention(self, sp: Speaker, cue, q: QuoteSpan) -> Speaker:
        """The speaker's mention nearest the quote: a he/she subject of a clause between cue and quote.

        A Speaker is the mention nearest the quote as written. In "Lee says that even though she
        may lose, she still thinks the plan is “a good one”" the "she" who thinks is Lee again,
        nearer her words; the name found at the cue stays the name. Only a pronoun that speaks or
        holds a view, and only for a speaker named at the cue: in "Lee said she was “happy”" the
        "she" of "was" is what the words are about.
        """
        if sp.kind != "person" or not any(t.pos_ == "PROPN" for t in self._tokens_between(sp.start, sp.end)):
            return sp
        t = next((t for t in self._quote_tokens(q) if not self.quoted[t.head.i] or t.head == t), None)
        for _ in range(12):
            if t is None or t.head == t:
                return sp
            t = t.head
            if t.i == cue.i:
                return sp
            if is_cue_token(t) or t.lemma_.lower() in HOLD_VERBS:
                pron = [c for c in t.children if c.dep_ == "nsubj" and not self.quoted[c.i] and
                        (c.lower_ in ("he", "she") or self._who_of(c, sp))]
                if pron:
                    p = pron[0]
                    return Speaker(p.text, p.idx + self.base, p.idx + len(p) + self.base, sp.name, sp.title,
                                   sp.kind)
        return sp

    def _who_of(self, tok, sp: Speaker) -> bool:
        """Whether ``tok`` is a "who" whose antecedent is the speaker's mention.

        "“…,” said Ann Lee, who thinks the council “must act now”": the "who" that thinks is
        Lee, nearer her words. "Lee tells voters who wonder …" is about the voters.
        """
        if tok.lower_ != "who" or tok.head.dep_ != "relcl":
            return False
        c = tok.head.head.idx + self.base
        return sp.start <= c < sp.end

    def _parenthetical(self, cue, q: QuoteSpan):
        """The subject of a cue set off by commas before the quote, in its sentence, or None.

        "The board, Lee said, called the plan “a disaster.”" and "Nor, she said, did she
        say anything “improper.”": the parser hangs "said" anywhere, but whoever is inserted
        between the commas speaks for the rest of the sentence, the quote included, up to a
        dash ("Over the years, she said, the job has been hard – and Lee admitted “…”" is Lee's).
        """
        doc = self.doc
        if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != "," or cue.idx + self.base > q.open or \
                cue.sent.start != self._quote_tokens(q)[0].sent.start:
            return None
        i = cue.i - 1
        while i >= cue.sent.start and cue.i - i <= 4 and not self.quoted[i] and \
                doc[i].pos_ in ("PROPN", "PRON", "NOUN", "DET", "ADJ"):
            i -= 1
        if cue.i - i == 1 or i < cue.sent.start or doc[i].text != "," or self.quoted[i]:
            return None
        if any(t.text in ("–", "—", "-", ";") for t in self._tokens_between(cue.idx + self.base, q.open)):
            return None
        words = doc[i + 1:cue.i]
        return next((t for t in words if t.head.i == cue.i), words[-1])

    def _reported_by(self, q: QuoteSpan, pi: int, cue):
        """The source a sentence closes on, after the quote and the cue found for it.

        "Lee told the council the plan was "a disaster," the Herald reported." and "…, said Lee, a
        council member, reports the Herald." credit the outlet (so do PolNeAR's annotators): the
        reporter who closes the sentence reports the whole of it. Only that shape: a comma, a
        speech verb with its subject just before or just after it, and at most a short phrase of
        time or place up to the sentence's end.
        """
        end = self._sentence_end_after(q, pi)
        if end is None:
            return None
        verb = next((t for t in reversed(self.doc[cue.i + 1:end]) if is_cue_token(t)
                     and not self.quoted[t.i] and t.lemma_.lower() not in WEAK_VERBS), None)
        if verb is None or verb.idx + self.base < q.close or verb.dep_ == "relcl":
            # "“…,” said Lee, who responded by email.": a relative clause describes the speaker
            return None
        rest = self.doc[verb.i + 1:end]
        if any(t.pos_ in ("VERB", "AUX") for t in rest):
            return None
        head = self._closing_subject(verb, rest)
        if head is None:
            return None
        sp = self._speaker_from_head(head)
        if sp is None or sp.kind not in ("person", "organization"):
            return None
        return sp, self._cue(verb), "cue"

    def _sentence_end_after(self, q: QuoteSpan, pi: int) -> Optional[int]:
        """Index of the full stop that ends the sentence a quote sits in, within its paragraph.

        None when a quote ends the sentence first: in "Lee said the plan had "failed." The
        budget is short, he said." the sentence after is not the quote's.
        """
        if self.text[q.start:q.end].rstrip()[-1:] in (".", "!", "?"):
            return None
        i = self._tok_at_or_after(q.close)
        pb = self.paras[pi][1]
        while i is not None and i < len(self.doc) and self.doc[i].idx + self.base < pb:
            t = self.doc[i]
            if t.text in (".", "!", "?", ";", ":"):
                return i if t.text == "." and not self.quoted[t.i] else None
            i += 1
        return None

    def _closing_subject(self, verb, rest):
        """The subject of a sentence-closing speech verb: ", the Herald reported in May." (the
        noun phrase between the comma and the verb) or ", reports the Herald." (the name after)."""
        prev = self.doc[verb.i - 1]
        subj = [c for c in verb.children if c.dep_ == "nsubj" and not self.quoted[c.i]]
        names = [t for t in rest if t.pos_ == "PROPN"]
        if prev.text == "," and verb.lemma_.lower() != "tell" and names and \
                all(t.pos_ in ("DET", "PROPN", "PUNCT") for t in rest) and names[-1].ent_type_ not in ("DATE", "TIME"):
            # ", reports the Herald": only a name (not a day), with no phrase of its own after it
            return names[-1]
        if len(rest) > 6 or verb.lemma_.lower() == "tell" and rest:
            # "…, Lee told the Herald." names whom she told, not a second source
            return None
        if not subj:
            return None
        left = subj[0].left_edge.i
        before = self.doc[left - 1] if left > 0 else None
        if before is None or not (before.text == "," or self.quoted[before.i]):
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in self.doc[left:verb.i]):
            return None
        return subj[0]

    def _poll_source(self, head, sp: Speaker) -> Speaker:
        """A share of respondents speaks for the poll named in its sentence.

        "In a CNN/ORC poll released Monday, 31% of Republicans said they were “extremely
        enthusiastic”" -> the poll, as readers (and PolNeAR's annotators) credit it; "About four
        in 10 voters said they were “angry”" with no poll named keeps the share.
        """
        if not _SHARE.match(sp.text):
            return sp
        sent = head.sent
        for t in self.doc[sent.start:head.i]:
            if t.lemma_.lower() in POLL_NOUNS and t.pos_ == "NOUN" and not self.quoted[t.i]:
                poll = self._speaker_from_head(t)
                if poll is not None:
                    return Speaker(poll.text, poll.start, poll.end, poll.name, poll.title, "organization")
        return sp

    def _phase_of_a_thing(self, t) -> bool:
        """A phase verb (start, end, ...) or one of owning up whose object, outside the quotes,
        is not a speech: "acknowledged his defeat", "admit more refugees" say nothing quoted."""
        if t.lemma_.lower() not in PHASE_VERBS | ADMIT_VERBS:
            return False
        objs = [c for c in t.children if c.dep_ == "dobj" and not self.quoted[c.i]]
        return bool(objs) and objs[0].lemma_.lower() not in CLAIM_NOUNS | DOC_NOUNS

    def _inverted_right_after(self, t, q: QuoteSpan) -> bool:
        """Whether cue ``t`` is the first word after the quote and its subject follows it."""
        after = self._tok_at_or_after(q.close)
        if after is None or after != t.i or self.text[q.start:q.end].rstrip()[-1:] not in (",", "?", "!"):
            return False
        return any(c.dep_ == "nsubj" and c.i > t.i and not self.quoted[c.i] for c in t.children)

    def _clause_after(self, t, q: QuoteSpan) -> bool:
        """Whether cue ``t`` heads a relative clause, opened by a relative word, after the quote.

        Only with the relative word: "“This is why,” Eric Trump wrote" can come out as a relative
        clause of the quote's last word, and that cue is the quote's.
        """
        return t.dep_ == "relcl" and t.idx + self.base >= q.close and any(
            c.lower_ in RELATIVE and c.i < t.i for c in t.subtree)

    @staticmethod
    def _as_while_speaking(t) -> bool:
        """Whether ``t`` is a verb of speaking as an activity in an "as" clause: a clause of time.

        "As the mayor spoke, protesters outside chanted “…”" and "…, as the crowd laughed" say
        when; "As Lee put it, …" and "as she noted" credit the words and stay cues.
        """
        return t.lemma_.lower() in ACTIVITY_CUES and any(
            c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in t.children)

    def _in_time_clause(self, t) -> bool:
        """Whether verb ``t`` heads (or is coordinated or an infinitive inside) a when/after/while clause.

        The small model parses "when" as an ``advmod`` of the clause's verb as often as a
        ``mark``: "Boos rang out when Smith mentioned the senator, and the crowd chanted “…”".
        An infinitive hangs below the clause's verb: "Hours before Smith was to speak, …".
        """
        for _ in range(3):
            if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS
                                         for c in t.children):
                return True
            if t.dep_ not in ("conj", "xcomp") or t.head == t:
                return False
            t = t.head
        return False

    def _naming(self, q: QuoteSpan, pi: int):
        """A Title Case quote that is what someone called someone: "Jacobs called Merkel “The
        Chancellor of the Free World.”" (a naming verb whose object or complement is the quote)."""
        for t in self._frame_tokens(q, pi):
            if t.lemma_.lower() in NAMING_CUES and is_cue_token(t) and self._linked(t, q):
                head = self._subject_of(t)
                sp = self._speaker_from_head(head) if head is not None else None
                if sp is not None:
                    return sp, self._cue(t), "cue"
        return None

    def _naming_order(self, q: QuoteSpan):
        """"X called Y “Q”" read by word order, when the parse does not link the verb to the quote.

        The small model often misparses naming sentences: in "Beruff, a Scott ally, called
        Florida's standards “strong.”" "called" comes out as a participle modifying "Beruff", and
        in "Trump defended eminent domain, calling it an “absolute necessity”" the quote hangs off
        nothing the verb governs. A naming verb a few words before the quote, in its sentence with
        no other verb or punctuation between, names its speaker: for "calling" the first person
        (or noun) of the sentence, otherwise the nearest one before the verb. Not when the quote
        is the name itself ("a group called “The Local”", "the so-called “Golden Week”", "items
        labeled “Made in the U.S.A.”") nor after an auxiliary ("has been called “the Trump of
        the East”"): a named object must stand between verb and quote.
        """
        toks = self._quote_tokens(q)
        if not toks:
            return None
        first = toks[0]
        sent = first.sent
        verb = None
        for i in range(first.i - 1, max(sent.start, first.i - 9) - 1, -1):
            t = self.doc[i]
            if self.quoted[i] and not (i == first.i - 1 and t.is_punct):  # the opening mark
                return None
            if t.lemma_.lower() in NAMING_CUES and t.tag_.startswith("VB"):
                verb = t
                break
            if t.pos_ in ("VERB", "AUX") or t.text in ".;:!?()\u2014\u2013":
                return None
        if verb is None or verb.i == sent.start:
            return None
        between = [t for t in self.doc[verb.i + 1:first.i] if not self.quoted[t.i]]
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between):
            return None
        before = self.doc[verb.i - 1]
        if before.pos_ == "AUX" or before.lower_ in ("so", "-", "self", "been", "be", "being"):
            return None
        pre = [t for t in self.doc[sent.start:verb.i] if not self.quoted[t.i] and
               (t.ent_type_ == "PERSON" or t.pos_ in ("PROPN", "NOUN", "PRON"))]
        if not pre:
            return None
        if verb.tag_ == "VBG":
            person = [t for t in pre if t.ent_type_ == "PERSON"]
            head = (person or pre)[0]
            while head.i + 1 < verb.i and self.doc[head.i + 1] in pre and \
                    self.doc[head.i + 1].pos_ == head.pos_ == "PROPN":
                head = self.doc[head.i + 1]
        else:
            head = pre[-1]
            # "Beruff, a Scott ally, called": the name before the apposition, by its commas.
            if self.doc[verb.i - 1].text == ",":
                for j in range(verb.i - 2, max(sent.start, verb.i - 10), -1):
                    if self.doc[j].text == ",":
                        if self.doc[j - 1].pos_ == "PROPN" and not self.quoted[j - 1]:
                            head = self.doc[j - 1]
                        break
        sp = self._speaker_from_head(head)
        if sp is None or (sp.kind not in ("person", "organization") and head.pos_ != "PROPN"
                          and head.lower_ not in PRONOUNS_PERSON):
            return None
        return sp, self._cue(verb), "naming-order"

    def _outermost_cue(self, cue):
        """The speech verb that reports ``cue``'s clause, if any.

        Nested reports are attributed to the outer speaker, as in news readers' eyes:
        "Rep. Israel said Clinton called on members to be “closely coordinated.”" -> Israel;
        "the work could be termed "influence peddling," The Washington Post reported" -> the Post.
        """
        best = cue
        t = cue
        for _ in range(6):
            if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "parataxis", "dep") or t.head == t:
                break
            # A coordinated or adverbial clause with a subject of its own is not what the verb
            # above reports: "Comey recommended no charges, but he called her actions “extremely
            # careless”" -> he (Comey), the mention at the cue; "Netanyahu said he would meet
            # Trump, although he tweeted that he “rejects” …" -> he.
            if t.dep_ in ("conj", "advcl") and any(
                    c.dep_ in SUBJ_DEPS and not self.quoted[c.i] for c in t.children):
                break
            t = t.head
            if self.quoted[t.i]:
                break
            if is_cue_token(t) and t.lemma_.lower() not in WEAK_VERBS and \
                    any(c.dep_ in SUBJ_DEPS and not self.quoted[c.i] for c in t.children):
                best = t
        return best

    def _cue(self, t) -> Cue:
        end = t.idx + len(t)
        return Cue(t.text, t.idx + self.base, end + self.base, t.lemma_.lower())

    def _near(self, t, q: QuoteSpan) -> int:
        c = t.idx + self.base
        if c >= q.close:
            return c - q.close
        return max(0, q.open - c)

    # ------------------------------------------------------------------ fallbacks
    def _after_quote(self, q: QuoteSpan, pi: int):
        """The news shape “Q,” X verbed. / “Q,” verbed X. with any verb, read off the word order.

        The parser often fails here: "“Absolutely,” Eric Woolson, an Iowa Republican strategist,
        said of Cruz." leaves "said" without a subject; "“France will always be France,” an angry
        Hollande retaliated." uses a verb no list has. The quote must end in , ? ! or a dash, so
        that it is the object of what follows.
        """
        inner = self.text[q.start:q.end].rstrip()
        if not inner or inner[-1] not in ",?!—–-" or not q.closed:
            return None
        # Only quoted sentences: not names or fragments inside the reporter's sentence
        # ("the executive in charge of ''Today,'' reminded his staff").
        if not inner[:1].isupper() or len(inner.split()) < 3:
            return None
        pa, pb = self.paras[pi]
        if self.text[pa:q.open].rstrip().endswith((":", "—", "–", "--")):
            # "Lee, annoyed, snapped: “Who cares?” Her critics quoted it for years.": a quote
            # introduced by a colon or set off by a dash belongs to what comes before it.
            return None
        i = self._tok_at_or_after(q.close)
        if i is None:
            return None
        toks = []
        n = len(self.doc)
        while i < n and len(toks) < 25:
            t = self.doc[i]
            if t.idx + self.base >= pb or self.quoted[t.i] or t.text in (".", ";", "!", "?"):
                break
            if not t.is_space:  # “…,”\xa0Trump said: the no-break space is a token
                toks.append(t)
            i += 1
        # "the two write": the small model often tags a bare speech verb as a noun. A verb tagged
        # as one comes first; else the last such word, as nouns that are also speech verbs come
        # first in the subject: "the email read", "a welcome message on the website reads".
        cands = [k for k, t in enumerate(toks) if t.pos_ == "VERB" or (
            t.lower_ in SPEECH_VERBS or t.lemma_.lower() in SPEECH_VERBS) and k > 0]
        if not cands:
            return None
        verb_pos = next((k for k in cands if toks[k].pos_ == "VERB"), cands[-1])
        verb = toks[verb_pos]
        if inner[-1] in "?!" and verb_pos > 0 and verb.lemma_.lower() not in SPEECH_VERBS and \
                verb.lower_ not in SPEECH_VERBS and verb.dep_ != "amod" and \
                not any(c.dep_ == "prt" for c in verb.children):
            # A quote ending in ? or ! can end its sentence: in "… “I will win for you!” the
            # balloons cascaded down" the next sentence goes on with other things.
            return None
        np = [t for t in toks[:verb_pos] if not t.is_punct]
        if np and np[0].lower_ in ("which", "that"):
            # "“… all the way through California,” which votes June 7": about the quote's words.
            return None
        if not np:
            # inverted: “Q,” retaliated Hollande. -> the words after the verb, up to punctuation
            # The subject ends at a participle: “…,” wrote a man calling himself Paul.
            np = []
            for t in toks[verb_pos + 1:]:
                if t.is_punct or t.pos_ == "VERB" and np:
                    break
                np.append(t)
            if not np:
                return None
        if len(np) > 18 or any(t.pos_ == "VERB" for t in np):
            return None
        ents = [e for e in self.doc.ents if e.start >= np[0].i and e.end <= np[-1].i + 1]
        person = [e for e in ents if e.label_ == "PERSON"]
        if person:
            head = person[0].root
        else:
            # "the two write": a number standing for people is the subject when nothing else is.
            nouns = [t for t in np if t.pos_ in ("NOUN", "PROPN", "PRON")] or \
                [t for t in np if t.pos_ == "NUM" and t.i > np[0].i and np[0].lower_ == "the"]
            if not nouns and (np[-1].pos_ == "ADJ" or np[-1].is_alpha and (np[-1].pos_ == "NUM" or np[-1].is_title)):
                # "“…,” read one." / "“…,” the editorial read." (a noun tagged as an adjective) /
                # "“…,” said Skelly, explaining …" (a surname tagged as an adverb); not a year
                # ("“…,” 2016 saw.")
                nouns = [np[-1]]
            if not nouns:
                return None
            # the first noun phrase's head: "the two lawmakers" -> lawmakers
            head = nouns[0]
            for t in nouns[1:]:
                if t.i == head.i + 1 or t.dep_ == "compound" or head.dep_ in ("compound", "amod", "nummod"):
                    head = t
                else:
                    break
            if head.lemma_.lower() in CHANT_NOUNS:
                # "“Call the roll!” came shouts from the floor": who the shouts came from.
                src = [p for c in head.children if c.lower_ == "from" and not self.quoted[c.i]
                       for p in c.children if p.dep_ == "pobj" and not self.quoted[p.i] and not self._thing(p)]
                head = src[0] if src else head
        sp = self._speaker_from_head(head)
        if sp is None:
            return None
        return sp, self._cue(verb), "after-quote"

    def _line_colon(self, q: QuoteSpan, pi: int):
        """A headline or lead shaped "Name: … 'quote' …" credits the name before the colon.

        "Issa: Hillary Clinton's 'Honesty Is In Question.'" -> Issa. Labels such as "UPDATE:" or
        "The Latest:" are not sources.
        """
        pa, pb = self.paras[pi]
        m = _LINE_COLON.match(self.text, pa, pb)
        if not m or pa + m.end(1) >= q.open:
            return None
        name = m.group(1)
        if name.lower() in _LABELS or name.split()[0] in ("The", "A", "An") or \
                (pb - pa > 300 and not self._starts_paragraph(q, pi)):
            return None
        a, b = m.start(1), m.end(1)
        toks = [t for t in self._tokens_between(a, b) if not self.quoted[t.i]]
        sp = self._speaker_from_head(toks[-1]) if toks else None
        canon = self.state.names.canonical(name.title() if name.isupper() else name)
        kind = sp.kind if sp is not None and sp.kind != "unknown" else "person"
        return Speaker(self.text[a:b], a, b, canon, sp.title if sp else None, kind), None, "headline"

    def _colon_intro(self, q: QuoteSpan, pi: int):
        """A sentence ending in a colon introduces the quote: its subject is the source.

        "A footnote in the report makes that clear: “These assessments do not apply …”"
        "The Daily News focuses on the shooting: “In taking 129 lives …”"
        """
        pa, _ = self.paras[pi]
        pre = self.text[pa:q.open].rstrip()
        inner = self.text[q.start:q.end]
        # Or a comma before a quoted sentence, with any verb: "Clinton shared her worry with an
        # audience, “I do not know which Trump will show up.”"
        if pre.endswith(":") or (pre.endswith(",") and inner[:1].isupper() and len(inner.split()) >= 4):
            end = pa + len(pre) - 1
        elif not pre and pi > 0 and self.ords[pi - 1] == self.ords[pi] - 1:
            # The paragraph before ends with a colon: "Smith put it this way:" / quote paragraph.
            a, b = self.paras[pi - 1]
            prev = self.text[a:b].rstrip()
            if not prev.endswith(":"):
                return None
            end = a + len(prev) - 1
        else:
            return None
        colon = self._tok_before(end + 1)
        if colon is None or self.quoted[colon]:
            return None
        root = self.doc[colon].sent.root
        # The parser often hangs the colon (and the words before it) off the quote's own verb:
        # "Sanders delivered a snappy retort: “No one is tearing this up.”"; then the last verb
        # before the colon is the one.
        sent_start = self.doc[colon].sent.start
        before = next((self.doc[i] for i in range(colon - 1, sent_start - 1, -1)
                       if self.doc[i].pos_ == "VERB" and not self.quoted[i]), None)
        for t in (self.doc[colon].head, root, before):
            if t is None:
                continue
            if self.quoted[t.i] or t.pos_ not in ("VERB", "AUX"):
                continue
            head = self._subject_of(t)
            if head is not None and head.lower_ not in ("it", "there", "this", "what") and head.pos_ != "VERB":
                # (An activity says nothing: in "She is sure that keeping him in jail will make
                # him louder:" the colon hangs off "make", whose subject is "keeping"; "is" has hers.)
                if self._thing(head):
                    # "The result did not surprise pollster Ann Lee:" -> who it struck speaks.
                    obj = [c for c in t.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and
                           not self.quoted[c.i]]
                    head = obj[0] if obj else head
                sp = self._speaker_from_head(head)
                if sp is not None:
                    return sp, (self._cue(t) if is_cue_token(t) else None), "colon-intro"
        r = self._earlier_intro_verb(colon, sent_start)
        if r is not None:
            return r
        # A short label naming a document: "Partial transcript as follows:" / "The full
        # statement:" -> the document is the source (what follows are its lines).
        if colon - sent_start <= 8:
            for i in range(sent_start, colon):
                t = self.doc[i]
                if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in DOC_NOUNS and not self.quoted[i]:
                    sp = self._speaker_from_head(t)
                    if sp is not None:
                        return sp, None, "colon-intro"
                    break
            return self._person_label(colon, sent_start)
        return None

    def _person_label(self, colon: int, sent_start: int):
        """A short label with no verb that names one person before a colon: "Here's Lee in 1992:",
        "Then Lee, a week later:" -> Lee (what follows are her words, as in a transcript)."""
        label = [self.doc[i] for i in range(sent_start, colon)]
        if self.doc[colon].text != ":" or any(t.pos_ == "VERB" or self.quoted[t.i] for t in label):
            return None
        people = [t for t in label if t.ent_type_ == "PERSON"]
        if not people or any(t.ent_iob_ == "B" for t in people[1:]):
            return None
        sp = self._speaker_from_head(people[-1])
        return (sp, None, "colon-intro") if sp is not None else None

    def _earlier_intro_verb(self, colon: int, sent_start: int):
        """The nearest earlier verb of the colon's sentence whose subject is a person or group.

        "The mayor has since apologized for what happened: “…”": the last verb before the colon
        ("happened") has no one as its subject; the verb before it does. Only people and
        organisations: a thing the reporter's clause is about is not who speaks.
        """
        for i in range(colon - 1, sent_start - 1, -1):
            t = self.doc[i]
            if t.pos_ != "VERB" or self.quoted[i]:
                continue
            head = self._subject_of(t)
            if head is None or head.lower_ in ("it", "there", "this", "what", "that", "which"):
                continue
            sp = self._speaker_from_head(head)
            if sp is not None and sp.kind in ("person", "organization"):
                return sp, (self._cue(t) if is_cue_token(t) else None), "colon-intro"
        return None

    def _colon_attribution(self, q: QuoteSpan, pi: int):
        """"Smith: “We will win.”" and transcript lines "PENCE: “…”"."""
        pa, _ = self.paras[pi]
        pre = self.text[pa:q.open]
        # "Rep. Trey Gowdy (R-S.C.):“…”": a party-and-state tag between the name and the colon.
        m = re.search(r"([A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4})\s*(?:\([^()\n]{1,30}\))?\s*:\s*$",
                      pre)
        if not m:
            return None
        # A digest item: "IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “…”",
        # "Signs of momentum were there all along - More from Blumenthal and Cohen: “…”": the
        # name after the dash is the source of the excerpt.
        digest = re.search(r"\s[-–—]\s*(?:(?:More\s+)?[Ff]rom\s+)?$", pre[:m.start()]) is not None
        # The name must start the paragraph or a sentence; a transcript line may give a title
        # first ("Former secretary of state Hillary Rodham Clinton: “…”").
        if not digest and len(pre.strip()) - len(m.group(0).strip()) > 0 and \
                not re.search(r"[.!?]['\"”’]*\s*$", pre[:m.start()]) \
                and not (len(pre.split()) <= 10 and not re.search(r"[,;:.!?]", pre[:m.start()]) and not any(
                    t.pos_ in ("VERB", "AUX") for t in self._tokens_between(pa, pa + m.start()))):
            return None
        a = pa + m.start(1)
        b = pa + m.end(1)
        toks = self._tokens_between(a, b)
        toks = [t for t in toks if not self.quoted[t.i]]
        if not toks:
            return None
        head = toks[-1]
        sp = self._speaker_from_head(head)
        if sp is None:
            return None
        # Use the whole name before the colon as the mention.
        mtext = self.text[a:b]
        name = sp.name
        if mtext.isupper():
            canon = self.state.names.canonical(mtext.title())
            name = canon
            kind = "person"
        else:
            kind = sp.kind if sp.kind != "unknown" else "person"
            if kind == "person":
                # The whole name as written ("Hillary Rodham Clinton"), not the entity the
                # recognizer cut out of it.
                name = self.state.names.canonical(clean_name(mtext)) or name
        return Speaker(mtext, a, b, name, sp.title, kind), None, "colon"

    def _signoff(self, q: QuoteSpan, pi: int):
        """A quote paragraph signed in the paragraph after it with a dash and a name.

        Fact checks and "quotable" boxes print the quote alone and the source under it:
        "“Boeing and GE … pay zero taxes.”" / "- Sanders." / "-President Obama, tweeting after …".
        Only a quote that fills its paragraph, and only a dash line starting with a capitalised name.
        """
        pa, pb = self.paras[pi]
        if self.text[pa:q.open].strip() or self.text[q.close:pb].strip(" .") or q.continues:
            return None
        # The next non-blank paragraph, read off the text: it may lie in the next window.
        m = _NEXT_LINE.match(self.text, pb)
        if not m:
            return None
        na, nb = m.start(1), m.end(1)
        m = _SIGNOFF.match(self.text, na, nb)
        if not m:
            return None
        a, b = m.start(1), m.end(1)
        if self.text[b - 1] == "." and b - a > 4 and " " not in self.text[b - 4:b]:
            b -= 1  # "- Sanders." -> "Sanders" (but "Jr." keeps its dot)
        sp = None
        if b <= self.base + len(self.doc.text):
            toks = [t for t in self._tokens_between(a, b) if not self.quoted[t.i]]
            sp = self._speaker_from_head(toks[-1]) if toks else None
        mtext = self.text[a:b]
        name = self.state.names.canonical(mtext)
        kind = sp.kind if sp is not None and sp.kind != "unknown" else "person"
        return Speaker(mtext, a, b, name, sp.title if sp else None, kind), None, "signoff"

    def _headline_attribution(self, q: QuoteSpan, pi: int):
        """A headline that ends with its source: "Putin 'gratefully accepted' … -Kremlin"."""
        pa, pb = self.paras[pi]
        line = self.text[pa:pb]
        if len(line) > 200 or line.rstrip().endswith((".", "”", '"')):
            return None
        tail = self.text[q.close:pb]
        m = _HEADLINE_SRC.search(tail) or _HEADLINE_COLON.search(tail)
        if not m:
            return None
        a = q.close + m.start(1)
        b = q.close + m.end(1)
        toks = [t for t in self._tokens_between(a, b) if not self.quoted[t.i]]
        if not toks:
            return None
        sp = self._speaker_from_head(toks[-1])
        mtext = self.text[a:b]
        name = self.state.names.canonical(mtext)
        kind = sp.kind if sp is not None else "unknown"
        if kind == "unknown":
            low = mtext.lower()
            if low in ORG_NOUNS or any(e.label_ in ORG_ENTS for e in self.doc.ents
                                       if self.base + e.start_char < b and self.base + e.end_char > a):
                kind = "organization"
            elif name != mtext:
                kind = "person"
        return Speaker(mtext, a, b, name, sp.title if sp else None, kind), None, "headline"

    def _headline_tail_cue(self, q: QuoteSpan, pi: int):
        """A Title Case headline whose source and speech verb follow the quote: "Taxes Are ‘A
        Burden,’ Ann Lee Tells Rotary Club." -> Ann Lee."""
        pa, pb = self.paras[pi]
        line = self.text[pa:pb]
        if len(line) > 200 or not _is_title_case_line(line):
            return None
        m = _HEADLINE_TAIL_CUE.match(self.text, q.close, pb)
        if not m:
            return None
        toks = [t for t in self._tokens_between(m.start(1), m.end(1)) if not self.quoted[t.i]]
        sp = self._speaker_from_head(toks[-1]) if toks else None
        if sp is None:
            return None
        mtext = m.group(1)
        return Speaker(mtext, m.start(1), m.end(1), self.state.names.canonical(mtext), sp.title, sp.kind), None, \
            "headline"

    def _headline_subject(self, q: QuoteSpan, pi: int):
        """A Title Case headline credits the person it opens with: "Glenn Beck Says Trump,
        ‘Alt Right’ Pose A Threat To Democracy." -> Glenn Beck.

        Every word of a headline is capitalised, so its quotes look like titles; the person
        the headline is about said them far more often than not (PolNeAR train). The name must
        be one the article uses (the registry knows it), so "Democrats Lose Court Battle Over
        Ohio’s ‘Golden Week’" credits nobody.
        """
        pa, pb = self.paras[pi]
        line = self.text[pa:pb]
        if len(line) > 200 or not self.text[pa:q.open].strip() or not _is_title_case_line(line):
            return None
        m = _HEADLINE_START.match(line)
        if not m or pa + m.end() > q.open:
            return None
        words = m.group(0).split()
        for n in range(min(3, len(words)), 0, -1):
            cand = " ".join(words[:n])
            key = cand.split()[-1].lower().strip(".,")
            if key in self.state.names.by_last:
                if n == 1 and self.state.names.canonical(cand) == cand and len(cand) < 3:
                    continue
                a = pa + line.index(cand)
                if not _HEADLINE_LONE_SUBJECT.match(self.text, a + len(cand), pb):
                    # "Lee and Hale Slam ‘Plan B’", "Ann Lee, Tom Hale Wear ‘Vote Yes’ Hats",
                    # "Exclusive Excerpt–Ann Lee’s ‘My Story’": a name that shares the headline's
                    # subject or only starts a label before a dash is not who said its quote.
                    return None
                return Speaker(cand, a, a + len(cand), self.state.names.canonical(cand), None, "person"), \
                    None, "headline-subject"
        return None

    def _previous_sentence(self, q: QuoteSpan, pi: int):
        pa, _ = self.paras[pi]
        toks = self._quote_tokens(q)
        if not toks:
            return None
        first = toks[0].sent
        if first.start == 0:
            return None
        prev = self.doc[first.start - 1].sent
        if prev.start_char + self.base < pa:
            return None
        # "according to" first, as in the quote's own sentence: "Sanders told the delegates
        # they had to vote, according to CNN. “It's of utmost importance …”" -> CNN.
        cues = sorted((t for t in prev if not self.quoted[t.i] and (is_cue_token(t) or _according(t))),
                      key=lambda t: not _according(t))
        for t in cues:
            if self._in_time_clause(t):
                # "After the interview ended, Maher said the report was bad. “Q”": a cue in a
                # clause of time sets the scene, as in the quote's own sentence.
                continue
            # The verb that reports the cue's clause, as in the quote's own sentence: in
            # "Feinstein said “…,” she said. “Q”" the mention is "she".
            t = self._outermost_cue(t)
            head = self._subject_of(t)
            if head is None:
                continue
            sp = self._speaker_from_head(head)
            if sp is not None:
                return sp, self._cue(t), "previous-sentence"
        return None

    def _previous_subject(self, q: QuoteSpan, pi: int):
        """The person subject of the sentence before a quote that is a whole sentence of its own,
        ending its paragraph.

        "Mayor Lee is upbeat about the vote. “We will win it.”": no cue, but the sentence before
        is about who goes on to speak.
        """
        pa, pb = self.paras[pi]
        toks = self._quote_tokens(q)
        if not toks or self._starts_paragraph(q, pi) or not self.text[q.start:q.end].lstrip()[:1].isupper():
            return None
        first = toks[0].sent
        if self.text[q.close:pb].strip() or first.start < toks[0].i - 1 or first.start == 0:
            return None
        prev = self.doc[first.start - 1].sent
        if prev.start_char + self.base < pa:
            return None
        root = prev.root
        subj = [c for c in root.children if c.dep_ == "nsubj" and not self.quoted[c.i]]
        if root.pos_ not in ("VERB", "AUX") or not subj or not (
                subj[0].ent_type_ == "PERSON" or subj[0].lower_ in ("he", "she")):
            return None
        sp = self._speaker_from_head(subj[0])
        if sp is None or sp.kind != "person":
            return None
        return sp, None, "previous-sentence"

    def _governing_subject(self, q: QuoteSpan):
        """The subject of the clause a quoted fragment sits in, when no speech verb is found.

        News attributes fragments with all kinds of verbs: "Beruff called Florida's standards
        “strong.”", "He also seeks “a permanent injunction”", and with possessives: "Trump's
        assertion that "thousands" celebrated". Weaker than a speech verb, so a lower confidence.
        The subject must be a person or an organisation ("The campaign rolled out a “Party of
        Trump” push"); other subjects lost more than they gained on PolNeAR train.
        """
        toks = self._quote_tokens(q)
        if not toks:
            return None
        # The token the quote hangs from, outside the quote.
        anchor = None
        for t in toks:
            h = t.head
            if not self.quoted[h.i] and h != t:
                anchor = h
                break
        if anchor is None:
            return None
        t = anchor
        for _ in range(8):
            if self.quoted[t.i]:
                return None
            if t.pos_ in ("VERB", "AUX"):
                head = self._subject_of(t)
                if head is not None and head.lower_ == "who" and head.head.dep_ == "relcl" and \
                        head.head.head.pos_ != "PROPN":
                    # "donors who fund ''super PACs''": a relative clause that picks out a kind
                    # of people describes them; it does not quote them ("Lee, who has called it
                    # a ''sham''" does).
                    return None
                if head is not None and head.lower_ not in ("it", "there", "this", "that", "what"):
                    sp = self._speaker_from_head(head)
                    # A document or an ad is a source too: "The new ad targets a “broken system”".
                    if sp is not None and (sp.kind in ("person", "organization") or
                                           head.lemma_.lower() in SOURCE_DOCS):
                        # From the verb whose subject that is, which the parse may have climbed to
                        # from the quote's own: in "a judge ruled that the agency's conduct created a
                        # “reasonable doubt” the law was broken", "created", not "broken".
                        holder = self._outer_holder(head.head if head.dep_ in SUBJ_DEPS else t)
                        if holder is not None and holder.start < q.open:
                            # Only a holder named before the quote reports it: in "Lee's answer
                            # was that “…,” so the state should act" the parser hangs the clause
                            # under the later "act", whose subject says nothing.
                            sp = holder
                        if sp.start >= q.close and head.head.dep_ != "agent":
                            # A quote before the subject, with no speech verb, is the reporter's
                            # label fronted in the sentence: "A self-styled ''news junkie,'' Lee
                            # reads four papers a day." (but "was coined by Lee" stands).
                            return None
                        return sp, None, "governing-verb"
                # Also from a clause that completes a noun, to the noun's owner: "Senator Lee's
                # pledge to be “neutral”", "Lee's claim that the emails were “in the system”".
                if t.dep_ not in CLIMB_DEPS and not (t.dep_ == "acl" and t.head.pos_ == "NOUN"):
                    return None
            if t.pos_ in ("NOUN", "PROPN"):
                poss = [c for c in t.children if c.dep_ == "poss" and not self.quoted[c.i]]
                if poss:
                    sp = self._speaker_from_head(poss[0])
                    # An organisation's pledge or claim is its words too ("the union's pledge to
                    # stay “neutral”"), and the small model often tags a person's bare surname as
                    # an organisation ("Hale's assertion that “thousands” came"); its other nouns
                    # are not ("the company's decision to be “carbon neutral”").
                    if sp is not None and (sp.kind == "person" or (
                            sp.kind == "organization" and t.lemma_.lower() in CLAIM_NOUNS)):
                        return sp, None, "governing-verb"
            if t.head == t:
                return self._misparsed_subject(t, toks[0])
            t = t.head
        return None

    def _misparsed_subject(self, root, first):
        """The name before a past-tense verb the parser took for an adjective, in a sentence whose
        root came out a noun: "In March, Trump blasted Disney for its “outrageous practices”"
        parses "blasted" as a modifier of "Disney", with "Trump" a compound and "Disney" the root.
        """
        if root.pos_ not in ("NOUN", "PROPN"):
            return None
        for v in root.sent:
            if v.i >= first.i:
                break
            if v.pos_ == "VERB" and v.tag_ in ("VBD", "VBN") and v.dep_ == "amod" and v.i > root.sent.start \
                    and not self.quoted[v.i]:
                prev = self.doc[v.i - 1]
                if prev.pos_ in ("PROPN", "NOUN") and prev.text[:1].isupper() and not self.quoted[prev.i]:
                    # The misparse loses the entity tag too ("Trump" comes out an ORG or a common
                    # noun), so the name must be one the article has already given in full.
                    canon = self.state.names.canonical(prev.text)
                    if canon != prev.text:
                        start = prev.idx + self.base
                        sp = Speaker(prev.text, start, start + len(prev.text), canon,
                                     self.state.names.title_of(canon), "person")
                        return sp, None, "governing-verb"
        return None

    def _as_complement(self, q: QuoteSpan):
        """The subject of a verb whose "as" phrase the quote is: what someone calls something.

        "Lee always refers to the mayor as “Mr. Fix-It,”", "the senator framed the vote as a
        “turning point” test", "she dismissed them as part of the “old guard”": the quote is the
        name the subject gives, so theirs even when capitalised (a name, not a title). Not
        "such as" / "as well as", and not a passive or a participle with no agent ("a unit known
        as the “Night Crew”": nobody in the sentence named it).
        """
        toks = self._quote_tokens(q)
        t = next((x for x in toks if not self.quoted[x.head.i] and x.head != x), None)
        if t is None:
            return None
        # From the quote up its noun phrase ("a “turning point” test", "part of the “old guard”").
        for _ in range(3):
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
                t = t.head.head
            elif t.dep_ in ("compound", "amod", "nmod", "appos") and t.head.pos_ in ("NOUN", "PROPN"):
                t = t.head
            else:
                break
            if self.quoted[t.i]:
                return None
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep" or self.quoted[prep.i] or \
                any(c.lower_ in ("such", "well") for c in prep.children) or \
                self.doc[prep.i - 1].lower_ in ("such", "well"):
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or self.quoted[verb.i] or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
            # (A participle on a noun names nobody: "an event billed as “Hard Hats for Lee”".)
            return None
        if verb.lemma_.lower() not in _NAMING_AS_VERBS:
            # "The magazine chose Lee as its “Person of the Year”", "he backed the bill as part
            # of the “Gang of Six”": after a verb of doing, "as" gives a role or a group by its
            # name, not words the subject said.
            return None
        head = self._subject_of(verb)
        if head is None or _not_a_speaker(head) or head.lower_ in ("it", "there", "this", "that", "what"):
            return None
        sp = self._speaker_from_head(head)
        if sp is None or sp.kind not in ("person", "organization"):
            return None
        return sp, self._cue(verb), "as-complement"

    def _chanted(self, q: QuoteSpan):
        """Who chants or shouts the quote: "protesters marched, chanting “Lock Him Up!”", "the
        hall broke into chants of “Four More Years.”" -> the subject of the verb.

        Chanted words are words even in Title Case (a slogan, not a show), and a crowd is their
        source even when it is no person ("Some chanted “USA!”").
        """
        toks = self._quote_tokens(q)
        t = next((x for x in toks if not self.quoted[x.head.i] and x.head != x), None)
        if t is None:
            return None
        verb, noun = t.head, None
        # "the crowd took up the chant “Lock him up!”": the noun right before the quote names it.
        b = self._tok_before(q.open)
        named = b is not None and self.doc[b].pos_ == "NOUN" and self.doc[b].lemma_.lower() in CHANT_NOUNS and \
            not self.quoted[b]
        if named or verb.lower_ == "of" and verb.head.lemma_.lower() in CHANT_NOUNS and not self.quoted[verb.head.i]:
            noun = self.doc[b] if named else verb.head
            poss = [c for c in noun.children if c.dep_ == "poss" and not self.quoted[c.i]]
            if poss:
                # "their chants of “…” were cut short": the chanters own the noun.
                sp = self._speaker_from_head(poss[0])
                return (sp, None, "chant") if sp is not None else None
            # "joined in a chant of “…”" / "to chants of “…”": the verb the noun hangs from.
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and not self.quoted[verb.head.i]:
                verb = verb.head
        elif not (verb.lemma_.lower() in CHANT_VERBS and t.dep_ in ("dobj", "ccomp", "xcomp", "oprd")):
            return None
        if verb.pos_ not in ("VERB", "AUX") or self.quoted[verb.i]:
            return None
        head = self._subject_of(verb)
        if head is None or head.lower_ in ("it", "there", "this", "that", "what") or head == noun:
            # (nor the chant itself: "The chant “Four more years!” faded.")
            return None
        sp = self._speaker_from_head(head)
        return (sp, self._cue(verb), "chant") if sp is not None else None

    def _title_in_content(self, q: QuoteSpan):
        """A Title Case quote inside what a speech verb reports is part of the speaker's words.

        "Lee said he would revive ''Night Court''", "Hale denounced the “Jobs For All” plan",
        "Lee reiterated the premise of the “Broken Windows” theory": the quote lies in the verb's
        clause or object, so the verb's subject says it, name or not. Not through any other
        link ("said on “Meet the Press”", "told “Fox and Friends”": a show, where it was said
        or who heard it), nor right after "on" (a broadcast: "aired Monday on “New Day”").
        """
        toks = self._quote_tokens(q)
        child = next((x for x in toks if not self.quoted[x.head.i] and x.head != x), None)
        if child is None or re.search(r"\bon\s*$", self.text[max(0, q.open - 4):q.open]):
            return None
        t = child.head
        for _ in range(10):
            if self.quoted[t.i]:
                return None
            if is_cue_token(t):
                if not (child.dep_ in ("ccomp", "xcomp", "parataxis") or
                        (child.dep_ in ("dobj", "oprd") and t.lemma_.lower() not in ADDRESSEE_CUES)):
                    return None
                if t.lemma_.lower() in LISTENER_CUES and not self.text[t.idx + len(t):q.open].strip():
                    # "He told “Meet the Press” that …": right after such a verb is who heard it,
                    # however the parser joined the show's name to the clause after it.
                    return None
                if any(c.dep_ == "auxpass" for c in t.children):
                    # "The vote was called by the council to repeal the “Clean Air Act”": a passive
                    # verb reports nothing after it; what follows is its purpose or manner.
                    return None
                cue = self._outermost_cue(t)
                head = self._subject_of(cue)
                if head is None or _not_a_speaker(head) or head.lower_ in ("it", "there", "this", "that", "what"):
                    return None
                sp = self._speaker_from_head(head)
                if sp is None or sp.kind not in ("person", "organization"):
                    return None
                return sp, self._cue(cue), "cue-content"
            if t.head == t:
                return None
            child, t = t, t.head
        return None

    def _label_quote(self, q: QuoteSpan, pi: int) -> bool:
        """Whether the quote is the reporter's label for something rather than anyone's words: it
        modifies the noun after it ("''very conservative'' voters"), it follows "so-called", or it
        names a show or thing (below)."""
        if _SO_CALLED.search(self.text, max(self.paras[pi][0], q.open - 12), q.open):
            # "giving weapons to the so-called “rebels”": the reporter's distance, no speaker.
            return True
        toks = self._quote_tokens(q)
        if not toks:
            return False
        anchor = next((t.head for t in toks if not self.quoted[t.head.i] and t.head != t), None)
        if anchor is None:
            return False
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.i > toks[-1].i and \
                any(t.head == anchor and t.dep_ in ("amod", "compound", "nmod") for t in toks):
            return True
        # One capitalised word after a preposition that belongs to a noun is the name of a show or
        # a thing: "a trailer for season four of “Sherlock.”", "its new version of ''MacGyver''"
        # (but not after a verb: "referred to her as “Gert.”").
        words = [t for t in toks if t.is_alpha]
        return len(words) == 1 and words[0].text[:1].isupper() and anchor.pos_ == "ADP" and \
            anchor.i < toks[0].i and anchor.head.pos_ in ("NOUN", "PROPN") and not self.quoted[anchor.head.i]

    def _uttered_label(self, q: QuoteSpan):
        """A quote that names a remark, line or slogan, before that noun: someone's words.

        "Lee's “lazy voters” remark cost her", "the “not there yet” comment": the noun says the
        quoted words were spoken, so the quote is reported words, not the reporter's label; the
        noun's owner, if a person or organisation, said them. Returns (attribution or None,) or
        None when the quote does not name an utterance.
        """
        toks = self._quote_tokens(q)
        noun = next((t.head for t in toks if not self.quoted[t.head.i] and t.head != t), None) if toks else None
        if noun is None or noun.pos_ != "NOUN" or noun.i < toks[-1].i or noun.lemma_.lower() not in UTTERANCE_NOUNS:
            return None
        poss = [c for c in noun.children if c.dep_ == "poss" and not self.quoted[c.i]]
        sp = self._speaker_from_head(poss[0]) if poss else None
        if sp is None or sp.kind not in ("person", "organization"):
            return (None,)
        return ((sp, None, "governing-verb"),)

    def _outer_holder(self, verb) -> Optional[Speaker]:
        """The person or organisation whose finding or thought a content clause reports.

        "Two analysts, Megahan and Harman, found that the Air Force is “the best in the world”"
        -> the analysts, not the Air Force: as with nested speech, readers credit the outer
        subject.
        """
        t = verb
        if t.dep_ in ("acl", "ccomp", "appos") and t.head != t and not self.quoted[t.head.i] and \
                t.head.pos_ == "NOUN" and t.head.lemma_.lower() in CLAIM_NOUNS:
            # "Mr. Obama's patronizing suggestion that she was ''likable enough''" -> Obama: the
            # content of someone's claim is theirs.
            poss = [c for c in t.head.children if c.dep_ == "poss" and not self.quoted[c.i]]
            if poss:
                sp = self._speaker_from_head(poss[0])
                # A name the recognizer left untyped counts too: only someone makes a claim, and
                # "Tom Hale's charge that" often comes out with no entity on "Hale's".
                if sp is not None and (sp.kind in ("person", "organization") or poss[0].pos_ == "PROPN"):
                    return sp
            return None
        # "Two analysts, Megahan and Harman, found that the Air Force is “the best”" / "Multiple
        # outlets reported the Secret Service had “more than one conversation”": the small model
        # takes the reporting verb for a reduced relative (``acl``) of the noun before it; that
        # noun, not the reported clause's subject, holds the content.
        rep = None
        if t.dep_ == "ccomp" and t.head != t and t.head.dep_ == "acl":
            rep = t.head
        else:
            subj = [c for c in t.children if c.dep_ == "nsubj" and not self.quoted[c.i]]
            if len(subj) > 1:
                rep = next((a for a in subj[0].children if a.dep_ == "acl" and a.i > subj[0].i), None)
        if rep is not None and rep.tag_ in ("VBD", "VBN") and is_cue_token(rep) and \
                not self.quoted[rep.i] and not any(c.dep_ in SUBJ_DEPS or c.dep_ == "agent"
                                                   for c in rep.children):
            noun = rep.head
            if noun.pos_ in ("NOUN", "PROPN") and not self.quoted[noun.i] and not self._thing(noun):
                sp = self._speaker_from_head(noun)
                if sp is not None and sp.kind in ("person", "organization"):
                    return sp
        if t.dep_ != "ccomp" or t.head == t or self.quoted[t.head.i] or t.head.pos_ not in ("VERB", "AUX"):
            return None
        head = self._subject_of(t.head)
        if head is None or head.lower_ in ("it", "there", "this", "that", "what"):
            return None
        sp = self._speaker_from_head(head)
        return sp if sp is not None and sp.kind in ("person", "organization") else None

    def _view_holder(self, q: QuoteSpan):
        """The subject of a verb of holding or casting a view that the quote lies below.

        "Many voters fear the economy is “rigged”", "Lee portrays her rival as a tired man with
        “no new ideas”": the fragment is the content of the subject's view, which PolNeAR marks as
        an attribution like speech. Only a person or organisation holds a view (not "The report
        sees …"); other fragments no rule attributes are mostly the reporter's own scare quotes.
        """
        toks = self._quote_tokens(q)
        child = next((x for x in toks if not self.quoted[x.head.i] and x.head != x), None)
        if child is None:
            return None
        t = child.head
        for _ in range(8):
            if not self.quoted[t.i] and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in VIEW_VERBS and \
                    child.dep_ not in SUBJ_DEPS:
                head = self._subject_of(t)
                # (Not a thing: "The mistake would see a global “divergence”"; not the reader:
                # "you feel free to “vote your conscience”".)
                if head is None or _not_a_speaker(head) or self._thing_subject(head) or \
                        head.lower_ in ("it", "there", "this", "that", "what", "you"):
                    return None
                sp = self._speaker_from_head(head)
                return (sp, self._cue(t), "view-holder") if sp is not None else None
            if t.head == t:
                return None
            child, t = t, t.head
        return None

    # ------------------------------------------------------------------ main
    def run(self) -> list[Quote]:
        """Attribute every quote of the window, in order."""
        results: list[Optional[tuple]] = [None] * len(self.quotes)
        para_idx = [self._para_of(q.open) for q in self.quotes]
        # Pass 1: cues in the quote's own sentence.
        titles = {k for k, q in enumerate(self.quotes) if looks_like_title(self.text[q.start:q.end])}
        works = {k for k, q in enumerate(self.quotes) if self._work_title(q)}
        titles |= works
        for k, q in enumerate(self.quotes):
            pi = para_idx[k]
            if k in titles:
                # Headlines are all Title Case; their "Name: …" source still counts.
                results[k] = self._line_colon(q, pi) or self._naming(q, pi) or self._naming_order(q) or \
                    self._as_complement(q) or self._chanted(q) or self._headline_tail_cue(q, pi) or \
                    self._headline_subject(q, pi) or \
                    (self._cue_attribution(q, pi) if self._said_title(q, pi) else None) or self._title_in_content(q)
                continue
            # "Pollsters agree - Carl Bialik: “…”": a digest item's source beats the verb of its
            # headline.
            r = (self._colon_attribution(q, pi) if _DIGEST.search(self.text, self.paras[pi][0], q.open)
                 else None) or self._cue_attribution(q, pi) or self._after_quote(q, pi) or \
                self._colon_attribution(q, pi) or self._headline_attribution(q, pi) or \
                self._line_colon(q, pi) or self._signoff(q, pi)
            if r is not None and r[0].start < q.close and r[0].end > q.open:
                # A mention that holds the quote is what the quote names, not who said it:
                # "According to her “fair share” plan, firms …" (the plan is no source of "fair share").
                r = None
            results[k] = r
        # Pass 2: a quote followed at once by an attributed quote in the same paragraph takes its speaker
        # ("“We will win.” “We always do,” Smith said."); go right to left so chains resolve.
        for k in range(len(self.quotes) - 2, -1, -1):
            if results[k] is None and results[k + 1] is not None and para_idx[k] == para_idx[k + 1]:
                gap = self.text[self.quotes[k].close:self.quotes[k + 1].open]
                if not gap.strip():
                    sp, cue, _ = results[k + 1]
                    results[k] = (sp, cue, "next-quote")
        # Pass 3: in document order, sentence before, continuation and introducing paragraphs.
        out: list[Quote] = []
        st = self.state
        prev_para = -1
        for k, q in enumerate(self.quotes):
            pi = para_idx[k]
            if pi != prev_para:
                self._note_intro(pi)
                prev_para = pi
            r = results[k]
            if self._embedded_post(pi):
                out.append(replace(self._make(q, None), method="embed"))
                continue
            if k in works:
                out.append(replace(self._make(q, None), method="title"))
                continue
            if _LETTER.fullmatch(self.text, q.start, q.end):
                # "voters pull the lever for “R” or “D”", "a grade of ‘A’": a single letter
                # in quotes is the letter itself, nobody's words (a lone digit may be: "''1''").
                out.append(replace(self._make(q, None), method="letter"))
                continue
            if k in titles:
                if r is None and q.mark == "double" and self.text[q.start:q.end].rstrip()[-1:] in ".!?" and \
                        self._said_title(q, pi):
                    # A Title Case quote that is a sentence of its own is said, not a title, and
                    # goes on from the sentence before: "Lee named the enemy. “Donald Trump.”"
                    r = self._previous_sentence(q, pi)
                out.append(replace(self._make(q, None), method="subhead") if r is None and self._subhead(q, pi)
                           else self._make(q, r))
                continue
            early_weak = False
            if r is None and self._starts_paragraph(q, pi) and not self.text[q.close:self.paras[pi][1]].strip() \
                    and re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)?:", self.text[q.start:q.end].strip()):
                # A paragraph that is only a quoted label such as "Related:" or "Read more:" is
                # page furniture left in scraped text, not the last speaker going on.
                out.append(self._make(q, None))
                continue
            if r is None and self._label_quote(q, pi):
                # A quote that modifies the noun after it, with no speech verb, is the reporter's
                # label: "no state where ''very conservative'' voters were a larger share" (but
                # "Many fear a “rigged” vote" is how the subject sees it).
                uttered = self._uttered_label(q)
                if uttered is not None:
                    out.append(replace(self._make(q, uttered[0]), method="uttered-label") if uttered[0] is None
                               else self._make(q, uttered[0]))
                else:
                    out.append(self._make(q, self._view_holder(q)))
                continue
            if r is None and self._inside_sentence(q):
                # A quote inside the reporter's sentence belongs to that sentence's subject before
                # it belongs to a cue in the sentence before: "Friends say Manafort travels often,
                # several friends said. Corporate lobbyists describe such work as “a different
                # cup of tea”" -> the lobbyists.
                r = self._governing_subject(q)
                early_weak = r is not None
            if r is None:
                # The sentence that ends in a colon right before the quote introduces it, before
                # a cue in the sentence before that: "Lee said the plan was sound. One critic,
                # Tom Reed, gave his answer on Tuesday: “It will fail.”" -> Reed.
                r = self._colon_intro(q, pi) or self._previous_sentence(q, pi)
            if r is None and k > 0 and para_idx[k - 1] == pi and results[k - 1] is not None:
                # "“Q1,” said Smith. “Q2.”": a later quote of the paragraph, with no cue of its own,
                # is the same speaker's.
                r = (results[k - 1][0], results[k - 1][1], "same-paragraph")
            if r is None:
                r = self._previous_subject(q, pi)
            # Not into a paragraph that is one quote in single marks: that is a subhead in
            # headline style ('There's so much anger.'), not the last speaker going on.
            if r is None and self._starts_paragraph(q, pi) and q.mark != "single":
                if st.last_speaker is not None and st.last_speaker_para >= self.ords[pi] - 1:
                    r = (st.last_speaker, st.last_cue, "continuation")
                elif st.intro_speaker is not None and st.intro_para >= self.ords[pi] - 1:
                    r = (st.intro_speaker, st.intro_cue, "previous-paragraph")
                elif st.clause_intro is not None and st.clause_intro_para == self.ords[pi] - 1 and \
                        self._whole_paragraph(q, pi):
                    # "She said his frequent invocation of the law doesn't fly." then a paragraph
                    # that is one whole quote with no cue: the speaker just introduced goes on.
                    sp = self._speaker_from_head(st.clause_intro[0])
                    if sp is not None:
                        r = (sp, self._cue(st.clause_intro[1]), "previous-paragraph")
                elif st.subject_intro is not None and st.subject_intro_para == self.ords[pi] - 1 and \
                        self._whole_paragraph(q, pi):
                    sp = self._speaker_from_head(st.subject_intro)
                    if sp is not None and sp.kind == "person":
                        r = (sp, None, "previous-paragraph")
            if r is None and q.continued and st.last_speaker is not None:
                r = (st.last_speaker, st.last_cue, "continuation")
            if r is not None and r[2] in _CARRIED and self._quote_is_subject(q):
                # A sentence with the quote as its subject talks about the quoted word; it is not
                # the last speaker going on: "Officials said the files were marked "restricted."
                # "Restricted" is the lowest of the levels." On PolNeAR train 5 such carried quotes
                # were in no attribution and 2 had a source (both given the wrong one).
                r = None
            if r is not None and r[2] in _CARRIED:
                r = self._own_sentence_pronoun(q, r)
            weak = early_weak
            if r is None and out and out[-1].speaker is not None and self._coordinated(k, para_idx):
                # "Lee has called the plan “a mess” and “a disgrace”": a quote coordinated with
                # the one before is the same speaker's, however weakly that one was found.
                prev = out[-1]
                r = (prev.speaker, prev.cue, prev.method)
                weak = results[k - 1] is None
            if r is None:
                r = self._as_complement(q) or self._chanted(q)
                weak = r is not None
            if r is None and not self.text[q.start:q.start + 1].isupper():
                # Only lowercase fragments: capitalised ones without a speech verb are mostly
                # titles and names ("Saturday Night Live"), measured on PolNeAR train.
                r = self._governing_subject(q)
                weak = r is not None
            if r is None:
                r = self._naming_order(q)
                weak = r is not None
            if r is None:
                r = self._inner_cue(q)
            if r is None:
                r = self._view_holder(q)
                weak = r is not None

            results[k] = r if not weak else None
            if r is not None and not weak:
                sp, cue, method = r
                st.last_speaker, st.last_speaker_para, st.last_cue = sp, self.ords[pi], cue
            if r is None and self._subhead(q, pi):
                out.append(replace(self._make(q, None), method="subhead"))
                continue
            out.append(self._make(q, r))
        # Propagate a multi-paragraph quote's speaker back to its earlier parts when those had none
        # (the cue often comes in the last paragraph).
        for k in range(len(out) - 2, -1, -1):
            if out[k].speaker is None and self.quotes[k].continues and out[k + 1].speaker is not None \
                    and self.quotes[k + 1].continued:
                nxt = out[k + 1]
                out[k] = Quote(out[k].text, out[k].start, out[k].end, out[k].type, nxt.speaker, nxt.cue,
                               "continuation", CONFIDENCE["continuation"])
        if not self.state.all_quotes:
            out = [q for q in out if not is_scare_quote(q)]
        return out

    def _inner_cue(self, q: QuoteSpan):
        """A cue the quote's span took in because its marks do not pair: in "“We will win,” said
        Ann Lee. "It is close" the straight mark after "Lee." opens nothing the reader sees, and
        the span runs from the curly mark over ", said Ann Lee" -> Lee."""
        m = _INNER_CUE.search(self.text, q.start + 1, q.end)
        if m is None:
            return None
        a, b = m.span("after") if m.group("after") else m.span("before")
        toks = [self.doc[i] for i in range(self._tok_at_or_after(a) or 0, len(self.doc)) if self.starts[i] < b]
        if not toks:
            return None
        sp = self._speaker_from_head(toks[-1])
        if sp is None or sp.kind not in ("person", "organization") and toks[-1].lower_ not in PRONOUNS:
            return None
        return sp, None, "inner-cue"

    def _coordinated(self, k: int, para_idx: list[int]) -> bool:
        """Whether quote ``k`` is coordinated with the one before it ("“a mess” and “a disgrace”"),
        in a list that does not give examples ("words such as “attack,” “Libya”": those are
        nobody's words, whoever the sentence's subject is)."""
        j = k
        while j > 0 and para_idx[j - 1] == para_idx[k] and self._joined(self.quotes[j - 1], self.quotes[j]):
            j -= 1
        if j == k:
            return False
        first = self.quotes[j]
        return not _EXAMPLES.search(self.text, max(0, first.open - 20), first.open)

    def _joined(self, a: QuoteSpan, b: QuoteSpan) -> bool:
        """Whether quote ``b`` is the next item after ``a`` in a list: "and" or "or" between them,
        or a comma inside or outside ``a``'s marks. Two quotes with only a space between them are
        two sentences ("… marked “restricted.” “Restricted” is the lowest level.")."""
        if not _COORDINATED.fullmatch(self.text, a.close, b.open):
            return False
        between = self.text[a.close:b.open]
        return "," in between or "and" in between or "or" in between or \
            self.text[a.start:a.end].rstrip().endswith(",")

    def _said_title(self, q: QuoteSpan, pi: int) -> bool:
        """Whether a Title Case quote opens a sentence or follows another quote, the places of
        something said ("“Happy Cinco de Mayo!,” he tweeted.", "Maddow: … “Grizzly Adams?” Maddow
        repeated."), not a name's place inside the reporter's sentence ("said on “Fox and
        Friends”", "a show called “Brokers”", "“Hispanics 4 Trump” signs")."""
        pa, pb = self.paras[pi]
        before = self.text[pa:q.open].rstrip()
        if self._cue_right_before(q):
            return True
        if before and before[-1] not in ".!?:;—–-”\"’')":
            return False
        after = self.text[q.close:min(pb, q.close + 20)]
        return not (re.match(r"\s+[a-z]", after) and not re.match(
            r"\s+(?:and|or|but|he|she|they|it|we|said|says|as|to|in|on|at|for|from|with|by|of)\b", after))

    def _cue_right_before(self, q: QuoteSpan) -> bool:
        """Whether a strong speech verb comes right before the opening mark, a comma between at
        most: "The crowd chanted, “Build The Wall!”", "She declared “What A Night!”"."""
        i = self._tok_before(q.open)
        if i is not None and self.doc[i].text == "," and i > 0:
            i -= 1
        if i is None or self.quoted[i]:
            return False
        t = self.doc[i]
        # Not "told" or "asked": what follows them is the listener ("she told “Fox and Friends”").
        return is_cue_token(t) and t.lemma_.lower() not in WEAK_VERBS | LISTENER_CUES

    def _work_title(self, q: QuoteSpan) -> bool:
        """Whether the quote is the title of a show, film or book (see ``_MEDIA_OWNER``)."""
        words = self.text[q.start:q.end].strip(" ,.;:!?").split()
        alpha = [w.strip("\"'“”‘’(") for w in words]
        alpha = [w for w in alpha if w[:1].isalpha()]
        if not alpha or len(words) > 12 or not all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in alpha) \
                or not alpha[0][0].isupper():
            return False
        pa, pb = self.paras[self._para_of(q.open)]
        before = self.text[max(pa, q.open - 60):q.open]
        after = self.text[q.close:min(pb, q.close + 30)]
        return bool(_MEDIA_OWNER.search(before) or _WORK_NOUN.search(before) or _WORK_ROLE.match(after)
                    or _WORK_ROLE_OF.search(before) or self._by_author(q, after))

    def _by_author(self, q: QuoteSpan, after: str) -> bool:
        """A Title Case quote set off by a comma or split by a subtitle colon, then "by" and a
        name, is a book with its author ("according to “The Long Road: A Life in Politics” by
        Ann Lee", "“Winter Wars,” by Tom Reyes, tells …"). Without either mark, "by" can name
        who coined it (the “Little Rocket” jibe by Trump)."""
        inner = self.text[q.start:q.end]
        marked = inner.rstrip().endswith(",") or ":" in inner or after.startswith(",")
        return marked and _BY_AUTHOR.match(after) is not None

    def _own_sentence_pronoun(self, q: QuoteSpan, r):
        """Report the pronoun subject of the quote's own sentence as the mention, when it has one.

        "Clinton suggested a pause. She also asked for more “flexibility”": the speaker carried
        from the sentence before is Clinton; the mention nearest the quote as written is "She".
        """
        sp, cue, method = r
        toks = self._quote_tokens(q)
        if not toks or sp.kind != "person":
            return r
        sent = toks[0].sent
        root = sent.root
        for c in root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") and not self.quoted[c.i]:
                start = c.idx + self.base
                return Speaker(c.text, start, start + len(c.text), sp.name, sp.title, sp.kind), cue, method
        return r

    def _subhead(self, q: QuoteSpan, pi: int) -> bool:
        """Whether an unattributed quote is (in) a headline or subhead, left out like a scare quote.

        A paragraph opened by a quote in single marks is headline style ('A really tough
        decision.' / 'Carnage on the road' in southern city): on PolNeAR train 9 such quotes were
        in no attribution and 1 was. So is a paragraph in capitals ("“DIVISIVE AND WRONG”",
        "3. FOR FARMERS ‘THE WORST IS OVER’"): 3 in no attribution, none in one.
        """
        if q.mark == "single" and self._starts_paragraph(q, pi):
            return True
        pa, pb = self.paras[pi]
        para = self.text[pa:pb]
        return sum(c.isalpha() for c in para) >= 6 and para.upper() == para or self._digest_item(q, pi)

    def _digest_item(self, q: QuoteSpan, pi: int) -> bool:
        """Whether an unattributed quote is a story's headline or excerpt in a digest of links.

        "—“Mayor to close the pier,” by the Gazette's Ann Lee: “The pier will shut in May …”":
        the headline is set off by a comma and followed by "by", its outlet and writer, the excerpt comes
        after the writer's name and a colon; neither is anyone's words in the story. On PolNeAR
        train 19 such quotes with no speaker were in no attribution and none was in one.
        """
        pa, pb = self.paras[pi]
        headline = self.text[q.start:q.end].rstrip().endswith(",") and \
            _BYLINE.match(self.text, q.close, pb) is not None
        return headline or _BYLINE_COLON.search(self.text[max(pa, q.open - 120):q.open]) is not None

    def _embedded_post(self, pi: int) -> bool:
        """Whether paragraph ``pi`` is (the end of) an embedded social-media post left in the
        scraped text as markup: "<tweet author="@ann_lee">Crowd says "we want more" tonight</tweet>".
        The post repeats or shows what the story reports; on PolNeAR train 2 of 247 quotation
        segments in such paragraphs were in an attribution, and the quotes we took from them were
        4 in none and 1 given a wrong speaker (the markup itself)."""
        pa, pb = self.paras[pi]
        return _EMBED_TAG.search(self.text, pa, pb) is not None

    def _quote_is_subject(self, q: QuoteSpan) -> bool:
        """Whether the quote is the subject of a verb outside it that is not a speech verb."""
        for t in self._quote_tokens(q):
            if not t.is_punct and t.dep_ in SUBJ_DEPS and not self.quoted[t.head.i] and t.head != t:
                return not is_cue_token(t.head)
        return False

    def _inside_sentence(self, q: QuoteSpan) -> bool:
        """Whether the quote sits inside the reporter's sentence, after its subject and verb."""
        toks = self._quote_tokens(q)
        if not toks:
            return False
        sent = toks[0].sent
        before = [t for t in self.doc[sent.start:toks[0].i] if not self.quoted[t.i]]
        return any(t.pos_ in ("VERB", "AUX") for t in before) and any(t.dep_ in SUBJ_DEPS for t in before)

    def _whole_paragraph(self, q: QuoteSpan, pi: int) -> bool:
        """Whether the quote is the whole paragraph, a capitalised sentence or more."""
        pa, pb = self.paras[pi]
        inner = self.text[q.start:q.end].lstrip(" .…")
        return not self.text[pa:q.open].strip() and not self.text[q.close:pb].strip() and \
            inner[:1].isupper()

    def _starts_paragraph(self, q: QuoteSpan, pi: int) -> bool:
        pa, _ = self.paras[pi]
        return not self.text[pa:q.open].strip()

    def _note_intro(self, pi: int) -> None:
        """Remember a speaker introduced by a speech verb in the paragraph before ``pi``, or
        else the person subject of its last sentence."""
        if pi == 0 or self.ords[pi - 1] != self.ords[pi] - 1:
            return
        pa, pb = self.paras[pi - 1]
        toks = self._tokens_between(pa, pb)
        if not toks or any(self.quoted[t.i] for t in toks):
            return
        last_start = toks[-1].sent.start
        for t in reversed(toks):
            # Only a bare introduction in the paragraph's last sentence: "Caddell told Breitbart
            # News Daily." / "Smith explained." A cue with its own content clause ("Smith said the
            # plan would fail.") has said what it says; on PolNeAR train the quote paragraph after
            # it was someone else's about two times in three.
            if t.i < last_start:
                break
            if (is_cue_token(t) or _according(t)) and not any(is_cue_token(a) for a in t.ancestors):
                # (Not a cue inside another's clause: in "Lee said critics had predicted a
                # pullout." Lee, not the critics, introduces what follows.)
                clause = any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in t.children)
                head = self._subject_of(t)
                if head is not None and clause:
                    # Resolved only when used: resolving a name records it as the latest mention,
                    # which pronouns after it would then follow.
                    if self.state.clause_intro_para != self.ords[pi - 1]:
                        self.state.clause_intro = (head, t)
                        self.state.clause_intro_para = self.ords[pi - 1]
                elif head is not None:
                    sp = self._speaker_from_head(head)
                    if sp is not None:
                        self.state.intro_speaker, self.state.intro_para = sp, self.ords[pi - 1]
                        self.state.intro_cue = self._cue(t)
                        return
        # No cue: the person the last sentence is about ("Mayor Lee is upbeat about the vote."
        # then a paragraph that is one whole quote) is who goes on to speak. Measured on PolNeAR
        # train: three right, one quote without a gold source.
        root = toks[-1].sent.root
        subj = [c for c in root.children if c.dep_ == "nsubj" and not self.quoted[c.i]]
        if root.pos_ in ("VERB", "AUX") and subj and (subj[0].ent_type_ == "PERSON" or
                                                      subj[0].lower_ in ("he", "she")):
            self.state.subject_intro, self.state.subject_intro_para = subj[0], self.ords[pi - 1]

    def _make(self, q: QuoteSpan, r) -> Quote:
        text = self.text[q.start:q.end]
        qtype = quote_type(self.text, q, self.paras[self._para_of(q.open)])
        if r is None:
            return Quote(text, q.start, q.end, qtype)
        sp, cue, method = r
        conf = CONFIDENCE.get(method, 0.5) * KIND_FACTOR.get(sp.kind, 0.78)
        if sp.kind == "unknown" and sp.text.lower() in PRONOUNS:
            conf *= UNRESOLVED_PRONOUN_FACTOR
        return Quote(text, q.start, q.end, qtype, sp, cue, method, round(conf, 3))


SCARE_MAX_WORDS = 3
# What joins two coordinated quotes: "“a mess” and “a disgrace”", "“bold,” “fresh” or “new”".
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
_EXAMPLES = re.compile(r"\b(?:such as|including|like)\s*$", re.I)
# Methods that carry a speaker found elsewhere to the quote.
_CARRIED = frozenset({"previous-sentence", "same-paragraph", "continuation", "previous-paragraph", "colon-intro"})
# Subjects that cannot be a source: "that is what they said", "few expected it".
_NON_SOURCES = frozenset("this that what there much all any few "
                         "none each either neither something everything nothing anything".split())


def _not_a_speaker(head) -> bool:
    """Words the parser offers as the subject of a cue that are never anyone's name.

    "That is what “reform” means", "Few expected “a landslide”": no source in the sentence.
    ("Some", "others", "many", "most" and "both" stand for people, and PolNeAR annotates them as
    sources: "Others shouted, “Stop!”"; on PolNeAR train keeping them fixed five attributions
    and broke two.) ("It" stays: "“We disagree,” it said" is an organisation speaking. Numbers stay
    too: "22 percent say …" measured better kept on PolNeAR train.)
    """
    low = head.lower_
    if low in _NON_SOURCES and head.dep_ != "relcl":
        return low not in ("that", "which") or head.head.dep_ != "relcl"
    return False




def is_scare_quote(q: Quote) -> bool:
    """A short quoted fragment nobody is said to have said: the reporter's scare quotes.

    "the so-called “undercard” debate", "a “law and order” candidate" (but "the “not yet” comment"
    names words someone said: method ``uttered-label``, kept): on PolNeAR train, of the
    fragments of one to three words that no rule attributes, 347 are in no attribution at all and
    248 are, so by default they are left out (``all_quotes`` keeps them). Longer unattributed
    quotes are more often someone's words and are kept, with no speaker, unless they are a work's
    title, a headline or inside an embedded post (methods ``title``, ``subhead`` and ``embed``).
    """
    return q.speaker is None and q.method != "uttered-label" and (
        len(q.text.split()) <= SCARE_MAX_WORDS or q.method in ("title", "subhead", "embed"))


_SO_CALLED = re.compile(r"\bso[- ]?\s?called\s*$", re.I)

_TITLE_SMALL = frozenset("a an the of and or in on at to for with by from de la vs vs. &".split())


def _is_title_case_line(line: str) -> bool:
    """Whether a line is written in headline style: nearly every word capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", line) if w.lower() not in _TITLE_SMALL]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def looks_like_title(inner: str) -> bool:
    """A multi-word Title Case fragment: a show, book, film, slogan or nickname.

    "Meet the Press", "Sunday Morning Futures", "The Art of the Deal": in news these are mostly
    not anyone's words (on PolNeAR train about 2 in 3 are not inside any attribution), so they
    get no speaker. Single words ("Disqualifying") are left to the normal rules.
    """
    words = inner.strip(" ,.;:!?").split()
    if len(words) < 2 or len(words) > 8:
        return False
    alpha = [w.strip("\"'“”‘’(") for w in words]
    alpha = [w for w in alpha if w[:1].isalpha()]
    return bool(alpha) and alpha[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL for w in alpha)


_SENT_END = re.compile(r"[.!?…]['’\"”)]*\s+[\"“‘]?[A-Z]")


def quote_type(text: str, q: QuoteSpan, para: tuple[int, int]) -> str:
    """``direct`` for a whole quoted sentence or more, ``partial`` for a fragment.

    "“We will win,” Smith said." is direct; Putin has "gratefully accepted" the invitation is
    partial; a quote starting lowercase inside the reporter's sentence is partial.
    """
    inner = text[q.start:q.end]
    stripped = inner.strip()
    if not stripped:
        return "partial"
    first = next((c for c in stripped if c.isalpha()), "")
    if _SENT_END.search(inner):
        return "direct"
    if not first or not first.isupper():
        # "…" lowercase: a fragment, unless it fills the paragraph (a continuation of a long quote).
        pa, pb = para
        return "direct" if not text[pa:q.open].strip() and not text[q.close:pb].strip() else "partial"
    if stripped[-1] in ".!?…,;:—-" or (q.close < len(text) and text[q.close:q.close + 1] in ",") or not q.closed:
        return "direct"
    pa, pb = para
    before = text[pa:q.open].rstrip()
    if before.endswith((":", ",")) or not before:
        words = len(stripped.split())
        return "direct" if words >= 4 else "partial"
    return "partial"
