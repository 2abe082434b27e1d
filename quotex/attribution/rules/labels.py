"""Quotes that are nobody's words: titles of works, labels, subheads and scare quotes."""
from __future__ import annotations

import re

from ...lexicon import ENGLISH
from ...text.marks import QuoteSpan
from ..methods import Attribution, Method
from ..syntax import attachment
from ...records import NAMED_KINDS

# A live blog's time stamp opening an entry's line: "11:20 p.m.: Kealoha: 'This was a neighborhood
# campaign'" is labelled "Kealoha" as a line without the stamp would be (a regex fragment, optional).
TIME_STAMP = r"(?:\d{1,2}(?::\d{2})?[ \t]*(?:[ap]\.m\.|[AaPp][Mm])[ \t]*(?::|[-–—])[ \t]*)?"


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
# Markup of an embedded post: "<tweet id=…>", "</tweet>", "<tweet/>".
_EMBED_TAG = re.compile(r"</?tweet\b[^>]*>")
# A nickname in quotes between a first name and a surname ('Lonnie "Bo" Tillman'): one capitalised
# word, a capitalised word right before the opening mark and right after the closing one.
_NICKNAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")
_NICKNAME_AFTER = re.compile(r"\s[A-Z][a-z]")
_NICKNAME_WORD = re.compile(r"[A-Z][a-z.'’-]+")
NICKNAME_LOOKBACK = 30
# "Obama's “…” promise": the speech noun is at most this many words after the closing mark ("rallying cry").
OWNER_NOUN_WITHIN = 3
_SO_CALLED = re.compile(r"\bso[- ]?\s?called\s*$", re.I)

# How far before a quote "so-called" is looked for: right before the opening mark ("the so-called “rebels”").
SO_CALLED_LOOKBACK = 12
# The words right after a Title Case quote that tell a sentence going on from a name in it.
SAID_TITLE_LOOKAHEAD = 20
# Windows around a quote where a work's noun, a broadcaster or a role is looked for: the noun
# phrase right before it ("featured in the new documentary") and the words right after it
# ("the “Avatar” star"), not the rest of the sentence.
WORK_LOOKBACK = 60
WORK_LOOKAHEAD = 30
# A work's title is at most this many words ("The Long Road: A Life in Politics").
WORK_TITLE_MAX_WORDS = 12
# A paragraph in capitals has at least this many letters ("“DIVISIVE AND WRONG”"); fewer is an
# acronym or a "Q:" line.
CAPS_MIN_LETTERS = 6
# A digest item's byline before its excerpt ("“Pier to close,” by the Gazette's Ann Lee: “…”")
# fits in this many characters before the quote.
BYLINE_LOOKBACK = 120
# A line is in headline style with at least this many words (small words aside) and this share
# of them capitalised: "Lee Vows ‘Fair Deal’ For Workers" is, "Lee said: ‘We win’" is not;
# the share leaves room for one lower-case word in ten ("iPhone", "de").
TITLE_CASE_MIN_WORDS = 3
TITLE_CASE_SHARE = 0.9
# A Title Case fragment taken for a title has this many words: "Meet the Press", "The Art of
# the Deal"; one word ("Disqualifying") is left to the rules, and a longer one is a sentence.
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 8


class LabelRules:
    """Quotes that are nobody's words: titles of works, labels, subheads and scare quotes.

    A part of :class:`quotex.attribution.attribute.Attributor`, which holds the parsed window.
    """

    def _label_quote(self, q: QuoteSpan, pi: int) -> bool:
        """Whether the quote is the reporter's label for something rather than anyone's words: it
        modifies the noun after it ("''very conservative'' voters"), it follows "so-called", or it
        names a show or thing (below)."""
        if _SO_CALLED.search(self.text, max(self.paras[pi][0], q.open - SO_CALLED_LOOKBACK), q.open):
            # "giving weapons to the so-called “rebels”": the reporter's distance, no speaker.
            return True
        if nickname_quote(self.text, q):
            # 'Sen. Charles "Chuck" Brennan': a nickname inside a name is nobody's words.
            return True
        toks = self._quote_tokens(q)
        if not toks:
            return False
        attached = attachment(toks, self.quoted)
        anchor = attached.head if attached is not None else None
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
        noun's owner, if a person or organisation, said them. Method ``uttered-label`` with the
        owner as speaker or none; None when the quote does not name an utterance.
        """
        toks = self._quote_tokens(q)
        attached = attachment(toks, self.quoted)
        noun = attached.head if attached is not None else None
        if noun is None or noun.pos_ != "NOUN" or noun.i < toks[-1].i or noun.lemma_.lower() not in self.lex.UTTERANCE_NOUNS:
            return None
        poss = [c for c in noun.children if c.dep_ == "poss" and not self.quoted[c.i]]
        sp = self._speaker_from_head(poss[0]) if poss else None
        if sp is None or sp.kind not in NAMED_KINDS:
            return Attribution(None, None, Method.UTTERED_LABEL)
        return Attribution(sp, None, Method.UTTERED_LABEL)

    def _owned_utterance(self, q: QuoteSpan, pi: int):
        """"Obama's “if you like your plan, you can keep it” promise", "Trump's “Make America
        Great Again” rallying cry": a possessive right before the opening mark and a noun for a
        piece of speech right after the closing one (at most two words between) name whose words
        the quote is, however the parser splits a quoted clause. Only a named owner (a person or
        an organisation, or a pronoun the article resolves to one) is taken; else None."""
        pa, pb = self.paras[pi]
        i = self._tok_before(q.open)
        if i is None or self.quoted[i] or self.doc[i].idx + self.base < pa or not self._utterance_noun_after(q, pb):
            return None
        t = self.doc[i]
        if t.lower_ in ("'s", "’s", "'", "’") and t.i > 0 and not self.quoted[t.i - 1]:
            t = self.doc[t.i - 1]  # "Obama 's": the owner is the word before the possessive ending
        elif t.lower_ not in self.lex.POSSESSIVE_DETERMINERS:
            return None
        if t.is_punct:
            return None
        sp = self._speaker_from_head(t)
        if sp is None or sp.kind not in NAMED_KINDS:
            return None
        return Attribution(sp, None, Method.UTTERED_LABEL)

    def _utterance_noun_after(self, q: QuoteSpan, pb: int) -> bool:
        """Whether a speech noun follows the closing mark, after at most two modifiers
        ("“…” rallying cry", "“…” campaign promise")."""
        i = self._tok_at_or_after(q.close)
        for _ in range(OWNER_NOUN_WITHIN):
            if i is None or i >= len(self.doc) or self.doc[i].idx + self.base >= pb or self.quoted[i]:
                return False
            t = self.doc[i]
            if t.lemma_.lower() in self.lex.UTTERANCE_NOUNS or t.lower_ in self.lex.UTTERANCE_NOUNS:
                return t.pos_ in ("NOUN", "PROPN")
            if t.pos_ not in ("ADJ", "NOUN", "VERB") or t.is_punct:
                return False
            i += 1
        return False

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
        after = self.text[q.close:min(pb, q.close + SAID_TITLE_LOOKAHEAD)]
        return not (re.match(r"\s+[a-z]", after) and not re.match(
            r"\s+(?:and|or|but|he|she|they|it|we|said|says|as|to|in|on|at|for|from|with|by|of)\b", after))

    def _cue_right_before(self, q: QuoteSpan) -> bool:
        """Whether a strong speech verb comes right before the opening mark, a comma between at
        most: "The crowd chanted, “Build The Wall!”", "She declared “What A Night!”"."""
        i = self._tok_before(q.open)
        if i is not None and self.doc[i].text == "," and i > 0:
            i -= 1
        if i is not None and i > 0 and not self.quoted[i] and self.doc[i].pos_ == "ADV" and \
                self.doc[i].dep_ == "advmod" and self.doc[i].head.i < i:
            # (a manner word of the verb between, set off by commas or not: "His wife said, quietly,
            # “Yes, Your Honor.”", "the senator said softly, “Thank You, Mr. Chairman.”")
            adv = self.doc[i]
            i -= 1
            if self.doc[i].text == "," and i > 0:
                i -= 1
            if adv.head.i != i:
                return False
        if i is None or self.quoted[i]:
            return False
        t = self.doc[i]
        # Not "told" or "asked": what follows them is the listener ("she told “Fox and Friends”").
        return self.lex.is_cue_token(t) and t.lemma_.lower() not in self.lex.WEAK_VERBS | self.lex.LISTENER_CUES

    def _work_title(self, q: QuoteSpan) -> bool:
        """Whether the quote is the title of a show, film or book (see ``_MEDIA_OWNER``)."""
        words = self.text[q.start:q.end].strip(" ,.;:!?").split()
        alpha = [w.strip("\"'“”‘’(") for w in words]
        alpha = [w for w in alpha if w[:1].isalpha()]
        if not alpha or len(words) > WORK_TITLE_MAX_WORDS or not all(w[0].isupper() or w.lower() in self.lex.TITLE_SMALL_WORDS for w in alpha) \
                or not alpha[0][0].isupper():
            return False
        pa, pb = self.paras[self._para_of(q.open)]
        before = self.text[max(pa, q.open - WORK_LOOKBACK):q.open]
        after = self.text[q.close:min(pb, q.close + WORK_LOOKAHEAD)]
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
        return sum(c.isalpha() for c in para) >= CAPS_MIN_LETTERS and para.upper() == para or self._digest_item(q, pi)

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
        return headline or _BYLINE_COLON.search(self.text[max(pa, q.open - BYLINE_LOOKBACK):q.open]) is not None

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
            if not t.is_punct and t.dep_ in self.lex.SUBJ_DEPS and not self.quoted[t.head.i] and t.head != t:
                return not self.lex.is_cue_token(t.head)
        return False

    def _inside_sentence(self, q: QuoteSpan) -> bool:
        """Whether the quote sits inside the reporter's sentence, after its subject and verb."""
        toks = self._quote_tokens(q)
        if not toks:
            return False
        sent = toks[0].sent
        before = [t for t in self.doc[sent.start:toks[0].i] if not self.quoted[t.i]]
        return any(t.pos_ in ("VERB", "AUX") for t in before) and any(t.dep_ in self.lex.SUBJ_DEPS for t in before)

    def _whole_paragraph(self, q: QuoteSpan, pi: int) -> bool:
        """Whether the quote is the whole paragraph, a capitalised sentence or more."""
        pa, pb = self.paras[pi]
        inner = self.text[q.start:q.end].lstrip(" .…")
        return not self.text[pa:q.open].strip() and not self.text[q.close:pb].strip() and \
            inner[:1].isupper()

    def _starts_paragraph(self, q: QuoteSpan, pi: int) -> bool:
        pa, _ = self.paras[pi]
        return not self.text[pa:q.open].strip()


def nickname_quote(text: str, q: QuoteSpan) -> bool:
    """Whether ``q`` is a nickname inside a name: 'Lonnie "Bo" Tillman', 'Walter “Wally” Prescott'
    (one capitalised word, a first name right before the opening mark, a capital right after the
    closing one)."""
    return q.closed and _NICKNAME_WORD.fullmatch(text[q.start:q.end]) is not None and \
        _NICKNAME_BEFORE.search(text, max(0, q.open - NICKNAME_LOOKBACK), q.open) is not None and \
        _NICKNAME_AFTER.match(text, q.close) is not None


def is_title_case_line(line: str, lex=ENGLISH) -> bool:
    """Whether a line is written in headline style: nearly every word capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", line) if w.lower() not in lex.TITLE_SMALL_WORDS]
    return len(words) >= TITLE_CASE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def looks_like_title(inner: str, lex=ENGLISH) -> bool:
    """A multi-word Title Case fragment: a show, book, film, slogan or nickname.

    "Meet the Press", "Sunday Morning Futures", "The Art of the Deal": in news these are mostly
    not anyone's words (on PolNeAR train about 2 in 3 are not inside any attribution), so they
    get no speaker. Single words ("Disqualifying") are left to the normal rules.
    """
    words = inner.strip(" ,.;:!?").split()
    if len(words) < TITLE_MIN_WORDS or len(words) > TITLE_MAX_WORDS:
        return False
    alpha = [w.strip("\"'“”‘’(") for w in words]
    alpha = [w for w in alpha if w[:1].isalpha()]
    return bool(alpha) and alpha[0][0].isupper() and all(
        w[0].isupper() or w.lower() in lex.TITLE_SMALL_WORDS for w in alpha)
