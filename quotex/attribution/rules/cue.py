"""Rules that find a speech verb for the quote in its own sentence: ``cue``, ``according-to``,
``after-quote``, ``inner-cue``."""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import ENGLISH
from ...lexicon import lexicon_for
from ...text.marks import QuoteSpan
from ..methods import Attribution, Method
from ..syntax import attachment, in_time_clause, is_thing, negated, outermost_cue, unnamed_record
from ...resolution.names import clean_name
from ...records import NAMED_KINDS, Cue, Speaker


# The sentence after a quote is searched for its cue only when it is this short ("Smith said
# in an interview."); a longer one has its own content. Best on PolNeAR train among 8-30.
NEXT_SENT_MAX = 15
# ... and how far into a longer one starting in lowercase its opening cue may come ("she wrote").
NEXT_CUE_WITHIN = 3
# How many heads a quote token is climbed to find the cue it hangs from ("Lee said that the plan,
# she argued, was “a mess”"): deeper links are other clauses' cues.
LINK_CLIMB_MAX = 6
# ... through at most this many prepositions outside the quote ("described the plan as “fair”").
LINK_PREPOSITIONS = 2
# How many heads a quote is climbed to the claim noun whose phrase holds it ("Trump's claim that
# Obama had “founded” the group").
CLAIM_CLIMB_MAX = 6
# How many heads the quote's root is climbed to a cue whose clause holds it.
DOMINATES_CLIMB_MAX = 12
# "The board, Lee said, called …": the subject set off by commas is at most this many tokens.
PARENTHETICAL_MAX_TOKENS = 4
# ", the Herald reported in May." : at most this many tokens after a sentence-closing cue.
CLOSING_TAIL_MAX_TOKENS = 6
# The words after a quote read for "“Q,” X verbed": at most this many, and the subject at most
# ``AFTER_QUOTE_SUBJECT_MAX_TOKENS`` of them (a long noun phrase is a new sentence).
AFTER_QUOTE_MAX_TOKENS = 25
AFTER_QUOTE_SUBJECT_MAX_TOKENS = 18
# A capitalised quote ending in a comma, dash or question mark is a quoted sentence from this
# many words: "“We will win,” Lee said" is; a name or title inside the reporter's sentence
# ("the host of ''Today,'' said") is one or two words.
QUOTED_SENTENCE_MIN_WORDS = 3

# A cue caught inside a quote whose marks do not pair: "“We will win,” said Lee. "It is" ->
# ", said Lee" / ", Lee said," / ", he added," after a comma (and maybe a closing mark).
_INNER_CUE = re.compile(r",[”\"]?\s+(?:(?:said|says|added|wrote)\s+(?P<after>[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                        r"|(?P<before>[hH]e|[sS]he|[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:said|says|added|wrote)[,.])")


def _present_speech(word: str, lex=ENGLISH) -> bool:
    """A speech verb in the present tense the tagger took for a plural noun ("Lee muses.",
    "she sighs"), whose lemma it then mangles ("mus")."""
    return word.endswith("s") and (word[:-1] in lex.SPEECH_VERBS or word.endswith("es") and word[:-2] in lex.SPEECH_VERBS)


# After a quote: "was Scheer's one-word answer", "was the message from Mayor Ann Lee".
_NAME_RUN = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
_ANSWER_OF = re.compile(
    r"[,.!?]?\s*(?:was|is|came|had\s+been)\s+(?:(?:the|a)\s+)?(?:(?P<poss>" + _NAME_RUN + r"|[a-z]+)['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:answer|response|reply|reaction|message|verdict|retort|assessment|take|warning|"
    r"advice|explanation|comment)\b(?:\s+(?:of|from)\s+(?:the\s+)?(?P<source>" + _NAME_RUN + r"))?")

# The next sentence names the quote and its source: "That quote, from Commissioner Thomas Krebs,
# appeared …", "The remark came from Ann Lee." ("Those were the words of …" is ``named-after``'s.)
_QUOTE_FROM = re.compile(
    r"\s*(?:That|This|The|Those|These)\s+(?P<noun>[a-z]+)\s*,?\s+(?:(?:came|comes|is|was)\s+)?"
    r"(?:from|by|of)\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<source>" + _NAME_RUN + r")")


class CueRules:
    """Rules that find a speech verb for the quote in its own sentence.

    A part of :class:`quotex.attribution.attribute.Attributor`, which holds the parsed window.
    """

    def _linked(self, cue, q: QuoteSpan) -> bool:
        """Whether some token of the quote hangs off the cue in the parse."""
        for t in self._quote_tokens(q):
            if t.is_punct:
                # The parser hangs a quote's closing period off the sentence root, whatever
                # governs the words: in "Lee said the bridge would open, although Mehta tweeted
                # that it was “not done.”" the "." is said's, the words are tweeted's.
                continue
            h = t
            for _ in range(LINK_CLIMB_MAX):
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
                    while k < LINK_PREPOSITIONS and h.dep_ in ("prep", "pcomp", "pobj", "agent") and h.head != h \
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

    def _after_closed_sentence(self, cue, q: QuoteSpan) -> bool:
        """Whether ``cue`` comes after ``q`` and ``q`` closed a whole sentence of its own, the
        reporter's text between them not going on with it in lowercase."""
        c = cue.idx + self.base
        if c < q.close:
            return False
        inner = self.text[q.start:q.end].rstrip()
        if not inner or inner[-1] not in ".!?…":
            return False
        # "“Filth out!” she wrote, arguing that “…”": a lowercase word goes on with the
        # quote's own sentence, so its cue is the quote's too.
        return not self.text[q.close:c].strip()[:1].islower()

    def _introduces_next(self, cue, q: QuoteSpan) -> bool:
        """A cue after a complete quoted sentence that introduces the next quote is not this one's.

        "“No matter how they explain it, the state falls apart,” he said in 2012. “Conflicts
        continue.” He added, “And you want us to repeat these mistakes?”": "added" belongs to the
        third quote; the second is still the first speaker's.
        """
        if not self._after_closed_sentence(cue, q):
            return False
        c = cue.idx + self.base
        k = self.tok_quote
        for ch in cue.children:
            j = k[ch.i]
            if j >= 0 and self.quotes[j] is not q and self.quotes[j].open > c:
                return True
        return False

    def _says_its_own(self, cue, q: QuoteSpan) -> bool:
        """A cue after a complete quoted sentence that has its own content clause is not its cue.

        "“Shovels in the ground do.” Gendron said the plan leaves out First Nations." and
        "“We ran out twice.” Residents say they feel powerless.": the quote closed its sentence
        and the verb after it reports something else (a clause outside the quotes), so the quote
        stays with whoever spoke before. Common where paragraph breaks are lost and the next
        paragraph's cue follows the quote in one run of text.
        """
        if not self._after_closed_sentence(cue, q):
            return False
        for ch in cue.children:
            if ch.dep_ == "ccomp" and ch.i > cue.i and not self.quoted[ch.i]:
                return True
        if cue.lemma_.lower() in self.lex.REACTION_VERBS and self._continues_a_quote(q):
            # "“We didn't deserve to win,” Staley said. “They outplayed us.” Her star forward,
            # Aliyah Boston, agreed." / "… Councillor Tom Hill disagreed.": a quoted sentence that
            # goes on from someone's quote in its paragraph stays theirs; the one who agrees or
            # disagrees after it reacts to it.
            return True
        # "… Mayor Little says council will write to the board.": a speech verb inside such a
        # verb's content clause is part of what that verb reports.
        return any(self.lex.is_cue_token(a) and a.idx + self.base >= q.close and not self.quoted[a.i] for a in cue.ancestors)

    def _continues_a_quote(self, q: QuoteSpan) -> bool:
        """Whether another quote opens before ``q`` in its paragraph ("“…,” Staley said. “…”")."""
        pa = self.text.rfind("\n", 0, q.open) + 1
        return any(o is not q and pa <= o.open < q.open for o in self.quotes)

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
            for _ in range(DOMINATES_CLIMB_MAX):
                if t.head == t:
                    break
                if self._subordinate_clause(t):
                    # "After Lee said that towns need “fewer rules,” Hale said: …": a clause of
                    # its own (after, although, where …) with its own subject holds the quote;
                    # the verb it hangs from does not govern its words.
                    return False
                child, t = t, t.head
                if t.i == cue.i:
                    return child.dep_ not in self.lex.SUBJ_DEPS
        return False

    def _subordinate_clause(self, t) -> bool:
        """Whether ``t`` heads an adverbial clause opened by a subordinator, with a subject of its own."""
        return t.dep_ == "advcl" and not self.quoted[t.i] and \
            any(c.dep_ in ("mark", "advmod") and c.lower_ in self.lex.SUBORDINATORS for c in t.children) and \
            any(c.dep_ in self.lex.SUBJ_DEPS and not self.quoted[c.i] for c in t.children)

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
                cue = next((t for t in nxt[:NEXT_CUE_WITHIN] if self.lex.is_cue_token(t)), None)
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

    def _claim_owner(self, q: QuoteSpan):
        """Whose claim, statement or pledge holds the quote, when it lies inside the noun's phrase.

        "Pence blamed the media for Trump's claim that Obama “founded” the group", "she came under
        fire over her assertion that “we are where we need to be”", "the premier's promise to
        end “hallway medicine”": the words are the owner's, not those of the sentence's verb. The
        quote is climbed to the noun through prepositions and clauses without a subject of their
        own, or through the clause that completes the noun ("claim that Obama founded").
        """
        child = attachment(self._quote_tokens(q), self.quoted)
        t = child.head if child is not None else None
        for _ in range(CLAIM_CLIMB_MAX):
            if t is None or self.quoted[t.i]:
                return None
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.CLAIM_NOUNS:
                if not (child.dep_ in ("acl", "ccomp", "relcl", "xcomp") and child.pos_ in ("VERB", "AUX") or
                        child.dep_ == "prep" and child.lower_ in ("of", "for")):
                    # The quote names the noun ("called Lee's statement “a lie”", "her remarks,
                    # “deeply offensive,”"): it is the labeller's word, not the owner's.
                    return None
                poss = [c for c in t.children if c.dep_ == "poss" and not self.quoted[c.i]]
                if not poss:
                    return None
                if poss[0].pos_ == "PRON":
                    # "De Blasio repeated his claim that …", "Trump stood by his comment that …":
                    # the "his" of the object of a verb with a subject is that subject.
                    v = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
                    subj = next((c for c in v.children if c.dep_ in self.lex.SUBJ_DEPS and not self.quoted[c.i]),
                                None) if v.pos_ in ("VERB", "AUX") else None
                    sp = self._speaker_from_head(subj) if subj is not None else None
                    if sp is not None and self._possessive_agrees(poss[0], subj, sp):
                        return Attribution(sp, None, Method.GOVERNING_VERB)
                    # ("Critics mocked its pledge to …": "its" is not the critics'.)
                sp = self._speaker_from_head(poss[0])
                # Only someone: "the plan's promise of “fair rents”" is nobody's words.
                if sp is None or not (sp.kind in NAMED_KINDS or poss[0].pos_ == "PROPN"):
                    return None
                return Attribution(sp, None, Method.GOVERNING_VERB)
            if t.pos_ in ("VERB", "AUX") and child.dep_ == "ccomp":
                noun = self._claim_noun_before(child)
                if noun is not None:
                    t = noun
                    continue
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ in self.lex.SUBJ_DEPS and not self.quoted[c.i] for c in t.children):
                # A clause with its own subject: only the one completing a claim noun climbs on.
                if not (t.dep_ in ("acl", "ccomp", "appos") and t.head.pos_ == "NOUN" and
                        t.head.lemma_.lower() in self.lex.CLAIM_NOUNS):
                    return None
            if t.head == t:
                return None
            child, t = t, t.head
        return None

    def _view_owner(self, q: QuoteSpan, pi: int):
        """Whose view or words a phrase "in X's view" / "in the words of X" in the quote's own
        sentence credits the quote to.

        "The plan is “a mistake,” in Lee's view." and "The town is, in the words of one aide, “a
        place that works.”": the phrase names the source the way "according to" does (and
        PolNeAR's annotators mark it so). Only a noun of :data:`VIEW_NOUNS` with an owner: "in
        other words" credits nobody.
        """
        toks = self._quote_tokens(q)
        if not toks:
            return None
        sents = {toks[0].sent.start, toks[-1].sent.start}
        for t in self._frame_tokens(q, pi):
            if t.lower_ != "in" or t.sent.start not in sents:
                continue
            for n in t.children:
                if n.dep_ != "pobj" or self.quoted[n.i] or n.lower_ not in self.lex.VIEW_NOUNS:
                    continue
                owner = next((c for c in n.children if c.dep_ == "poss" and not self.quoted[c.i]), None)
                if owner is None:
                    of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    owner = next((c for c in of.children if c.dep_ == "pobj" and not self.quoted[c.i]),
                                 None) if of is not None else None
                if owner is None:
                    continue
                sp = self._speaker_from_head(owner)
                if sp is None:
                    continue
                end = max(n.i, owner.i)
                last = self.doc[end]
                c = Cue(self.doc[t.i:end + 1].text, t.idx + self.base, last.idx + len(last) + self.base, "in")
                return Attribution(sp, c, Method.ACCORDING_TO)
        return None

    @staticmethod
    def _possessive_agrees(poss, subj, sp) -> bool:
        """Whether possessive pronoun ``poss`` can stand for the subject ``subj`` (read as ``sp``):
        "his"/"her" a person, "its" an organisation, "their" a group or a plural noun."""
        low = poss.lower_
        if low in ("his", "her"):
            return sp.kind == "person" and subj.tag_ not in ("NNS", "NNPS")
        if low == "its":
            return sp.kind == "organization"
        return sp.kind in ("group", "organization") or subj.tag_ in ("NNS", "NNPS")

    def _claim_noun_before(self, clause):
        """The claim noun right before a "that" clause the parser hung on the verb instead.

        "Trump stood by his comment Monday that “Islam hates us”": the clause completes
        "comment" (a day may stand between); the small model makes it the verb's. None unless
        the word before "that" (past a day or time) is a claim noun with an owner.
        """
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None:
            return None
        j = mark.i - 1
        while j > 0 and not self.quoted[j] and (self.doc[j].ent_type_ in ("DATE", "TIME") or
                                                self.doc[j].dep_ == "npadvmod"):
            j -= 1
        n = self.doc[j]
        if self.quoted[j] or n.pos_ != "NOUN" or n.lemma_.lower() not in self.lex.CLAIM_NOUNS or \
                not any(c.dep_ == "poss" for c in n.children):
            return None
        return n

    def _cue_attribution(self, q: QuoteSpan, pi: int):
        owner = self._claim_owner(q)
        if owner is not None:
            return owner
        # "Voters cheered the mayor's “no new taxes” vow": the words are the vow's owner's, not
        # the subject's of the verb around them.
        owned = self._owned_utterance(q, pi)
        if owned is not None:
            return owned
        view = self._view_owner(q, pi)
        if view is not None and view.speaker.text.lower() not in self.lex.PRONOUNS | self.lex.POSSESSIVE_DETERMINERS:
            return view
        frame = self._frame_tokens(q, pi)
        cands = []
        parenthetical = {}  # cue index -> the subject set off by commas with it
        colon_cues = set()  # cues a colon joins to the quote
        right_after_cues = set()  # cues whose subject or verb opens the words right after it
        for t in frame:
            if self.lex.according(t):
                # "“Q,” Walker said, according to an AP account": the outer source is the one
                # readers (and PolNeAR's annotators) credit, so "according to" comes first.
                cands.append((-1, self._near(t, q), t))
            elif self.lex.is_cue_token(t):
                if self._introduces_next(t, q) or self._says_its_own(t, q):
                    continue
                linked = self._linked(t, q)
                dominates = not linked and self._dominates(t, q)
                # A weak verb ("protested", "called") counts only when the quote is in its clause:
                # "His campaign protested that the aides were being “disingenuous”".
                # So does one in an "as" clause ("As The Post's Ruth Marcus puts it, Obama is
                # trying to make Republicans “an offer they can't afford to refuse.”"): the clause
                # exists to credit the sentence's words.
                if t.lemma_.lower() in self.lex.WEAK_VERBS and not linked and not dominates and not any(
                        c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
                    continue
                colon_before = self._colon_right_before(t, q)
                if not linked and not dominates and not colon_before and (
                        self._in_time_clause(t) or self._as_while_speaking(t)):
                    # "When Rubio thanked Miami and said it was great to be home, a man yelled
                    # “Stay there!”": a cue in a clause of time sets the scene; the quote outside
                    # it is not its words.
                    continue
                if negated(t) and not linked:
                    # "Comey cannot say that “from his view,” Lewandowski added": a denied
                    # speech act is no cue of a quote it does not hold itself.
                    continue
                if t.dep_ == "pcomp" and t.head.lower_ in self.lex.NEGATING_PREPOSITIONS:
                    # "… and he is a “bully” — all without speaking his name": a speech act
                    # that did not happen says nothing.
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
                right_after = self._inverted_right_after(t, q) or self._subject_right_after(t, q)
                if right_after:
                    right_after_cues.add(t.i)
                if right_after:
                    # "… — “why not raise it?” asked Dunn": a speech verb that opens the words
                    # right after the closing mark, its subject after it, is the quote's whatever
                    # the parser hung the quote on.
                    tier = -0.25
                if colon_before:
                    # "Lee said as the heckler yelled: “You suck!”": the verb a colon joins to
                    # the quote introduces it, wherever the parser hung the quote (and its
                    # subject speaks, whatever the noun: "the heckler", "the sign").
                    tier = min(tier, -0.25)
                    colon_cues.add(t.i)
                inserted = self._parenthetical(t, q)
                if inserted is not None:
                    tier = -0.5
                    parenthetical[t.i] = inserted
                cands.append((tier, self._near(t, q), t))
        label = set()
        if colon_cues and right_after_cues - colon_cues:
            # "What they're saying: “We won't spend money we don't have,” Sorensen told Axios.":
            # a quote ending in a comma goes on into its own cue; the verb before the colon is
            # a label's or a lead-in's ("Here is what he said:"), not the quote's cue (nor the
            # outer cue of the one after, where the parser hangs that on it).
            label = colon_cues
            cands = [(1 if c.i in label else a, b, c) for a, b, c in cands]
        cands.sort(key=lambda x: (x[0], x[1]))
        cands = [(a, b, c if c.i in parenthetical or self._outermost_cue(c).i in label else self._outermost_cue(c))
                 for a, b, c in cands]
        fallback = None
        for tier, _, cue in cands:
            head = parenthetical.get(cue.i) or self._subject_of(cue)
            if head is None or self._generic_subject(head, cue):
                continue
            sp = self._speaker_from_head(head)
            if sp is None:
                continue
            sp = self._poll_source(head, sp)
            if self.lex.according(cue) and sp.kind not in NAMED_KINDS and any(
                    c.dep_ == "poss" and c.lower_ in self.lex.POSSESSIVE_DETERMINERS for c in head.children) and \
                    any(tr >= 0 and not self.lex.according(c) for tr, _, c in cands):
                # "Win Htein said that according to its analysis, the party won, but “we are
                # still counting”": "its analysis" is someone else's; the sentence's own cue
                # names whose.
                continue
            if self.lex.according(cue) and unnamed_record(head) and \
                    any(not self.lex.according(c) for _, _, c in cands):
                # "“I never meant it,” he told detectives, according to the affidavit": a record
                # that names no one (an affidavit, "a transcript released by his office", court
                # records) is where the words were written down, not who said them; the
                # sentence's own cue names the speaker. A named outlet's account stays the
                # source ("Walker said, according to an AP account").
                continue
            if self.lex.according(cue):
                to = cue.nbor(1)
                c = Cue(self.doc[cue.i:to.i + 1].text, cue.idx + self.base, to.idx + len(to) + self.base,
                        "according to")
                return Attribution(sp, c, Method.ACCORDING_TO)
            if fallback is not None:
                # Only a cue the quote belongs to, with someone as its subject, replaces it.
                if tier <= 0.5 and sp.kind in NAMED_KINDS:
                    return self._reported_by(q, pi, cue) or Attribution(sp, self._cue(cue), Method.CUE)
                continue
            if sp.kind == "unknown" and self._thing_subject(head) and cue.i not in colon_cues:
                # "He added that praising the president was like saying the team ''scored 19
                # runs''": a thing that "says" is a figure of speech; a cue of the quote with a
                # person as its subject is preferred ("added" -> He).
                fallback = Attribution(sp, self._cue(cue), Method.CUE)
                continue
            return self._reported_by(q, pi, cue) or Attribution(self._nearer_mention(sp, cue, q), self._cue(cue),
                                                               Method.CUE)
        # "In her view, the deal was “a betrayal”": a pronoun's view only when no cue names anyone.
        return fallback or view

    @staticmethod
    def _generic_subject(head, cue) -> bool:
        """A subject that stands for no one who could have said the quote.

        Outside the quotes, "we" and "you" are the writer and the reader, speaking in general:
        "she notes that speech has limits, so you cannot yell “fire” in a theater", "what we now call
        “infrastructure”". "And I quote" is the writer quoting someone else's words.
        """
        low = head.lower_
        return low in ("we", "you") or low in ("i", "we") and cue.lemma_.lower() == "quote"

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
        while i >= cue.sent.start and cue.i - i <= PARENTHETICAL_MAX_TOKENS and not self.quoted[i] and \
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
        verb = next((t for t in reversed(self.doc[cue.i + 1:end]) if self.lex.is_cue_token(t)
                     and not self.quoted[t.i] and t.lemma_.lower() not in self.lex.WEAK_VERBS), None)
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
        if sp is None or sp.kind not in NAMED_KINDS:
            return None
        return Attribution(sp, self._cue(verb), Method.CUE)

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
        if len(rest) > CLOSING_TAIL_MAX_TOKENS or verb.lemma_.lower() == "tell" and rest:
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

    def _phase_of_a_thing(self, t) -> bool:
        """A phase verb (start, end, ...) or one of owning up whose object, outside the quotes,
        is not a speech: "acknowledged his defeat", "admit more refugees" say nothing quoted."""
        if t.lemma_.lower() not in self.lex.PHASE_VERBS | self.lex.ADMIT_VERBS:
            return False
        objs = [c for c in t.children if c.dep_ == "dobj" and not self.quoted[c.i]]
        return bool(objs) and objs[0].lemma_.lower() not in self.lex.CLAIM_NOUNS | self.lex.DOC_NOUNS

    def _inverted_right_after(self, t, q: QuoteSpan) -> bool:
        """Whether cue ``t`` is the first word after the quote and its subject follows it."""
        after = self._tok_at_or_after(q.close)
        if after is None or after != t.i or self.text[q.start:q.end].rstrip()[-1:] not in (",", "?", "!"):
            return False
        return any(c.dep_ == "nsubj" and c.i > t.i and not self.quoted[c.i] for c in t.children)

    def _subject_right_after(self, t, q: QuoteSpan) -> bool:
        """Whether cue ``t``'s subject opens the words right after the quote and ``t`` follows it
        at once: "“I never said that,” Trump said, after Quick said …". The news shape credits
        the quote to that verb, wherever the parser hung the quote (here on the later "said")."""
        after = self._tok_at_or_after(q.close)
        if after is None or after >= t.i or self.text[q.start:q.end].rstrip()[-1:] not in (",", "?", "!"):
            return False
        inner = self.text[q.start:q.end].lstrip()
        before = self.text[self.paras[self._para_of(q.open)][0]:q.open].rstrip()
        # (after a colon too: "What they're saying: “We won't,” Sorensen told Axios" -- a label
        # or lead-in ends there and the quote opens the sentence that its own cue closes)
        if not inner[:1].isupper() or before and before[-1] not in ".!?\"”’':":
            # Only a quote that opens its sentence: in "After Scalia said they might do better at
            # “less advanced schools,” Trump said: …" the quote ends a clause of its own.
            return False
        subj = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and not self.quoted[c.i]]
        if not subj or subj[0].left_edge.i != after:
            return False
        # only adverbs between the subject and the verb ("Trump later said")
        return all(self.doc[j].pos_ in ("ADV", "AUX") for j in range(subj[0].right_edge.i + 1, t.i))

    def _colon_right_before(self, t, q: QuoteSpan) -> bool:
        """Whether cue ``t`` is followed by a colon and then, at once, the quote's opening mark
        ("the heckler yelled: “You suck!”"), its subject before it."""
        doc = self.doc
        if t.i + 1 >= len(doc) or doc[t.i + 1].text != ":":
            return False
        colon_end = doc[t.i + 1].idx + 1 + self.base
        if colon_end > q.open or self.text[colon_end:q.open].strip():
            return False
        return any(c.dep_ in self.lex.SUBJ_DEPS and not self.quoted[c.i] and c.i < t.i for c in t.children)

    def _clause_after(self, t, q: QuoteSpan) -> bool:
        """Whether cue ``t`` heads a relative clause, opened by a relative word, after the quote.

        Only with the relative word: "“This is why,” Eric Trump wrote" can come out as a relative
        clause of the quote's last word, and that cue is the quote's.
        """
        return t.dep_ == "relcl" and t.idx + self.base >= q.close and any(
            c.lower_ in self.lex.RELATIVE and c.i < t.i for c in t.subtree)

    @staticmethod
    def _as_while_speaking(t) -> bool:
        """Whether ``t`` is a verb of speaking as an activity in an "as" clause: a clause of time.

        "As the mayor spoke, protesters outside chanted “…”" and "…, as the crowd laughed" say
        when; "As Lee put it, …" and "as she noted" credit the words and stay cues.
        """
        lex = lexicon_for(t.doc.lang_)
        return t.lemma_.lower() in lex.ACTIVITY_CUES and any(
            c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in t.children)

    def _in_time_clause(self, t) -> bool:
        return in_time_clause(t)

    def _outermost_cue(self, cue):
        return outermost_cue(cue, self.quoted)

    def _cue(self, t) -> Cue:
        end = t.idx + len(t)
        return Cue(t.text, t.idx + self.base, end + self.base, t.lemma_.lower())

    def _near(self, t, q: QuoteSpan) -> int:
        c = t.idx + self.base
        if c >= q.close:
            return c - q.close
        return max(0, q.open - c)

    # ------------------------------------------------------------------ fallbacks
    def _answer_of(self, q: QuoteSpan, pi: int):
        """“No,” was Scheer's one-word answer. / “Never again” was the message from Ann Lee.: the
        quote is the subject of a copula whose complement is someone's answer, reply, message …"""
        pb = self.paras[pi][1]
        m = _ANSWER_OF.match(self.text, q.close, pb)
        if not m:
            inner = self.text[q.start:q.end].rstrip()
            m = _QUOTE_FROM.match(self.text, q.close, pb) if inner[-1:] in ".!?" else None
            if m is None or m.group("noun") not in self.lex.QUOTE_REFERENCE_NOUNS:
                return None
        a, b = m.span("poss") if m.groupdict().get("poss") else m.span("source")
        toks = [t for t in self._tokens_between(a, b) if not self.quoted[t.i] and not t.is_punct]
        sp = self._speaker_from_head(toks[-1]) if toks else None
        if sp is not None and sp.kind == "unknown" and toks[-1].ent_type_ == "PERSON":
            # The recognizer took the possessive into the name ("Andrew Scheer's"), so the
            # mention has no entity of its own: a person all the same.
            sp = Speaker(sp.text, sp.start, sp.end, self.state.names.canonical(clean_name(sp.text)) or sp.name,
                         sp.title, "person")
        if sp is None or sp.kind not in NAMED_KINDS:
            return None
        return Attribution(sp, None, Method.AFTER_QUOTE)

    def _after_quote(self, q: QuoteSpan, pi: int):
        """The news shape “Q,” X verbed. / “Q,” verbed X. with any verb, read off the word order.

        The parser often fails here: "“Absolutely,” Eric Woolson, an Iowa Republican strategist,
        said of Cruz." leaves "said" without a subject; "“France will always be France,” an angry
        Hollande retaliated." uses a verb no list has. The quote must end in , ? ! or a dash, so
        that it is the object of what follows.
        """
        inner = self.text[q.start:q.end].rstrip()
        answer = self._answer_of(q, pi) if q.closed else None
        if answer is not None:
            return answer
        if not inner or inner[-1] not in ",?!—–-" or not q.closed:
            return None
        # Only quoted sentences: not names or fragments inside the reporter's sentence
        # ("the executive in charge of ''Today,'' reminded his staff").
        if not inner[:1].isupper() or len(inner.split()) < QUOTED_SENTENCE_MIN_WORDS:
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
        while i < n and len(toks) < AFTER_QUOTE_MAX_TOKENS:
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
            t.lower_ in self.lex.SPEECH_VERBS or t.lemma_.lower() in self.lex.SPEECH_VERBS or _present_speech(t.lower_)) and k > 0]
        if not cands:
            return None
        verb_pos = next((k for k in cands if toks[k].pos_ == "VERB"), cands[-1])
        verb = toks[verb_pos]
        if inner[-1] in "?!" and verb_pos > 0 and verb.lemma_.lower() not in self.lex.SPEECH_VERBS and \
                verb.lower_ not in self.lex.SPEECH_VERBS and verb.dep_ != "amod" and \
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
        ents = [e for e in self.doc.ents if e.start >= np[0].i and e.end <= np[-1].i + 1]
        if len(np) >= 2 and np[0].pos_ == "VERB" and np[0].is_lower and verb_pos == 0 and \
                any(e.label_ == "PERSON" and e.start == np[1].i for e in ents):
            # "“We lost,” said goalie Carey Price.": the small tagger reads a bare noun for a
            # person before the name as a verb ("goalie", "skip"); a name right after it says it
            # is the name's title, not a second verb.
            np = np[1:]
        if len(np) > AFTER_QUOTE_SUBJECT_MAX_TOKENS or any(t.pos_ == "VERB" for t in np):
            return None
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
            if head.lemma_.lower() in self.lex.CHANT_NOUNS:
                # "“Call the roll!” came shouts from the floor": who the shouts came from.
                src = [p for c in head.children if c.lower_ == "from" and not self.quoted[c.i]
                       for p in c.children if p.dep_ == "pobj" and not self.quoted[p.i] and not is_thing(p)]
                head = src[0] if src else head
        sp = self._speaker_from_head(head)
        if sp is None:
            return None
        return Attribution(sp, self._cue(verb), Method.AFTER_QUOTE)

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
        if sp is None or sp.kind not in NAMED_KINDS and toks[-1].lower_ not in self.lex.PRONOUNS:
            return None
        return Attribution(sp, None, Method.INNER_CUE)
