"""Rules for a quote inside the reporter's sentence with no speech verb of its own:
``governing-verb``, ``view-holder``, ``naming-order``, ``as-complement``, ``chant``, ``cue-content``."""
from __future__ import annotations

import re
from typing import Optional

from ...text.marks import QuoteSpan
from ..methods import Attribution, Method
from ..syntax import attachment, is_thing
from ...records import NAMED_KINDS, Speaker, is_named


# Clause links a quoted fragment's governing verb may be climbed through to a person subject.
CLIMB_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp"}

# How many heads a rule climbs from a quote to the verb whose subject or view it is: a clause or
# two above the quote ("Lee said she hoped the plan would be “fair”"); further up the parse
# reaches verbs that have nothing to do with the quote.
CLIMB_MAX = 8
# The same for a Title Case quote in a speech verb's content, which may sit deeper in its clause.
CONTENT_CLIMB_MAX = 10
# How many heads a quote's noun phrase is climbed through ("part of the “old guard” wing").
NOUN_PHRASE_CLIMB = 3
# "X called Y “Q”" by word order: the naming verb is at most this many tokens before the quote.
NAMING_VERB_WITHIN = 9
# "Beruff, a Scott ally, called": an apposition between commas is at most this many tokens.
APPOSITION_MAX_TOKENS = 10


class FragmentRules:
    """Rules for a quote inside the reporter's sentence with no speech verb of its own.

    A part of :class:`quotex.attribution.attribute.Attributor`, which holds the parsed window.
    """

    def _naming(self, q: QuoteSpan, pi: int):
        """A Title Case quote that is what someone called someone: "Jacobs called Merkel “The
        Chancellor of the Free World.”" (a naming verb whose object or complement is the quote)."""
        for t in self._frame_tokens(q, pi):
            if t.lemma_.lower() in self.lex.NAMING_CUES and self.lex.is_cue_token(t) and self._linked(t, q):
                head = self._subject_of(t)
                sp = self._speaker_from_head(head) if head is not None else None
                if sp is not None:
                    return Attribution(sp, self._cue(t), Method.NAMING)
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
        for i in range(first.i - 1, max(sent.start, first.i - NAMING_VERB_WITHIN) - 1, -1):
            t = self.doc[i]
            if self.quoted[i] and not (i == first.i - 1 and t.is_punct):  # the opening mark
                return None
            if t.lemma_.lower() in self.lex.NAMING_CUES and t.tag_.startswith("VB"):
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
        if before.pos_ == "AUX" or before.lower_ in self.lex.PARTICIPLE_MARKERS:
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
                for j in range(verb.i - 2, max(sent.start, verb.i - APPOSITION_MAX_TOKENS), -1):
                    if self.doc[j].text == ",":
                        if self.doc[j - 1].pos_ == "PROPN" and not self.quoted[j - 1]:
                            head = self.doc[j - 1]
                        break
        sp = self._speaker_from_head(head)
        if sp is None or (sp.kind not in NAMED_KINDS and head.pos_ != "PROPN"
                          and head.lower_ not in self.lex.PRONOUNS_PERSON):
            return None
        return Attribution(sp, self._cue(verb), Method.NAMING_ORDER)

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
        for _ in range(CLIMB_MAX):
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
                if head is not None and head.lower_ not in self.lex.EMPTY_SUBJECTS:
                    sp = self._speaker_from_head(head)
                    # A document or an ad is a source too: "The new ad targets a “broken system”".
                    if sp is not None and (sp.kind in NAMED_KINDS or
                                           head.lemma_.lower() in self.lex.SOURCE_DOCS):
                        # From the verb whose subject that is, which the parse may have climbed to
                        # from the quote's own: in "a judge ruled that the agency's conduct created a
                        # “reasonable doubt” the law was broken", "created", not "broken".
                        holder = self._outer_holder(head.head if head.dep_ in self.lex.SUBJ_DEPS else t)
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
                        return Attribution(sp, None, Method.GOVERNING_VERB)
                # Also from a clause that completes a noun, to the noun's owner: "Senator Lee's
                # pledge to be “neutral”", "Lee's claim that the emails were “in the system”".
                if t.dep_ not in CLIMB_DEPS and not (t.dep_ == "acl" and t.head.pos_ == "NOUN"):
                    return None
            if t.pos_ in ("NOUN", "PROPN"):
                poss = [c for c in t.children if c.dep_ == "poss" and not self.quoted[c.i]]
                if poss and t.dep_ == "dobj" and t.lemma_.lower() not in self.lex.CLAIM_NOUNS and \
                        t.head.pos_ == "VERB" and self._holder_of(t.head) is not None:
                    # "Lee credited Kim's victory to “a closed primary”": the object of a verb
                    # whose subject is someone is what that subject acts on; the owner of the
                    # object did not say the words (the owner of a claim noun does: "Lee
                    # repeated Kim's claim that …").
                    poss = []
                if poss:
                    sp = self._speaker_from_head(poss[0])
                    # An organisation's pledge or claim is its words too ("the union's pledge to
                    # stay “neutral”"), and the small model often tags a person's bare surname as
                    # an organisation ("Hale's assertion that “thousands” came"); its other nouns
                    # are not ("the company's decision to be “carbon neutral”").
                    if sp is not None and (sp.kind == "person" or (
                            sp.kind == "organization" and t.lemma_.lower() in self.lex.CLAIM_NOUNS)):
                        return Attribution(sp, None, Method.GOVERNING_VERB)
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
                        sp = Speaker(prev.text, start, start + len(prev.text), canon, None, "person")
                        return Attribution(sp, None, Method.GOVERNING_VERB)
        return None

    def _holder_of(self, verb) -> Optional[Speaker]:
        """The person or organisation that is the subject of ``verb``; None for "it", "there",
        "this" … ("it was billed as “Hope for Ohio”") and for things."""
        head = self._subject_of(verb)
        if head is None or self.lex.not_a_speaker(head) or head.lower_ in self.lex.EMPTY_SUBJECTS:
            return None
        sp = self._speaker_from_head(head)
        return sp if is_named(sp) else None

    def _as_complement(self, q: QuoteSpan):
        """The subject of a verb whose "as" phrase the quote is: what someone calls something.

        "Lee always refers to the mayor as “Mr. Fix-It,”", "the senator framed the vote as a
        “turning point” test", "she dismissed them as part of the “old guard”": the quote is the
        name the subject gives, so theirs even when capitalised (a name, not a title). Not
        "such as" / "as well as", and not a passive or a participle with no agent ("a unit known
        as the “Night Crew”": nobody in the sentence named it).
        """
        t = attachment(self._quote_tokens(q), self.quoted)
        if t is None:
            return None
        # From the quote up its noun phrase ("a “turning point” test", "part of the “old guard”").
        for _ in range(NOUN_PHRASE_CLIMB):
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
        if verb.lemma_.lower() not in self.lex.NAMING_AS_VERBS:
            # "The magazine chose Lee as its “Person of the Year”", "he backed the bill as part
            # of the “Gang of Six”": after a verb of doing, "as" gives a role or a group by its
            # name, not words the subject said.
            return None
        sp = self._holder_of(verb)
        return Attribution(sp, self._cue(verb), Method.AS_COMPLEMENT) if sp is not None else None

    def _chanted(self, q: QuoteSpan):
        """Who chants or shouts the quote: "protesters marched, chanting “Lock Him Up!”", "the
        hall broke into chants of “Four More Years.”" -> the subject of the verb.

        Chanted words are words even in Title Case (a slogan, not a show), and a crowd is their
        source even when it is no person ("Some chanted “USA!”").
        """
        t = attachment(self._quote_tokens(q), self.quoted)
        if t is None:
            return None
        verb, noun = t.head, None
        # "the crowd took up the chant “Lock him up!”": the noun right before the quote names it.
        b = self._tok_before(q.open)
        named = b is not None and self.doc[b].pos_ == "NOUN" and self.doc[b].lemma_.lower() in self.lex.CHANT_NOUNS and \
            not self.quoted[b]
        if named or verb.lower_ == "of" and verb.head.lemma_.lower() in self.lex.CHANT_NOUNS and not self.quoted[verb.head.i]:
            noun = self.doc[b] if named else verb.head
            poss = [c for c in noun.children if c.dep_ == "poss" and not self.quoted[c.i]]
            if poss:
                # "their chants of “…” were cut short": the chanters own the noun.
                sp = self._speaker_from_head(poss[0])
                return Attribution(sp, None, Method.CHANT) if sp is not None else None
            # "joined in a chant of “…”" / "to chants of “…”": the verb the noun hangs from.
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and not self.quoted[verb.head.i]:
                verb = verb.head
        elif not (verb.lemma_.lower() in self.lex.CHANT_VERBS and t.dep_ in ("dobj", "ccomp", "xcomp", "oprd")):
            return None
        if verb.pos_ not in ("VERB", "AUX") or self.quoted[verb.i]:
            return None
        head = self._subject_of(verb)
        if head is None or head.lower_ in self.lex.EMPTY_SUBJECTS or head == noun:
            # (nor the chant itself: "The chant “Four more years!” faded.")
            return None
        sp = self._speaker_from_head(head)
        return Attribution(sp, self._cue(verb), Method.CHANT) if sp is not None else None

    def _title_in_content(self, q: QuoteSpan):
        """A Title Case quote inside what a speech verb reports is part of the speaker's words.

        "Lee said he would revive ''Night Court''", "Hale denounced the “Jobs For All” plan",
        "Lee reiterated the premise of the “Broken Windows” theory": the quote lies in the verb's
        clause or object, so the verb's subject says it, name or not. Not through any other
        link ("said on “Meet the Press”", "told “Fox and Friends”": a show, where it was said
        or who heard it), nor right after "on" (a broadcast: "aired Monday on “New Day”").
        """
        child = attachment(self._quote_tokens(q), self.quoted)
        if child is None or re.search(r"\bon\s*$", self.text[max(0, q.open - 4):q.open]):
            return None
        t = child.head
        for _ in range(CONTENT_CLIMB_MAX):
            if self.quoted[t.i]:
                return None
            if self.lex.is_cue_token(t):
                if not (child.dep_ in ("ccomp", "xcomp", "parataxis") or
                        (child.dep_ in ("dobj", "oprd") and t.lemma_.lower() not in self.lex.ADDRESSEE_CUES)):
                    return None
                if t.lemma_.lower() in self.lex.LISTENER_CUES and not self.text[t.idx + len(t):q.open].strip():
                    # "He told “Meet the Press” that …": right after such a verb is who heard it,
                    # however the parser joined the show's name to the clause after it.
                    return None
                if any(c.dep_ == "auxpass" for c in t.children):
                    # "The vote was called by the council to repeal the “Clean Air Act”": a passive
                    # verb reports nothing after it; what follows is its purpose or manner.
                    return None
                cue = self._outermost_cue(t)
                sp = self._holder_of(cue)
                return Attribution(sp, self._cue(cue), Method.CUE_CONTENT) if sp is not None else None
            if t.head == t:
                return None
            child, t = t, t.head
        return None

    def _outer_holder(self, verb) -> Optional[Speaker]:
        """The person or organisation whose finding or thought a content clause reports.

        "Two analysts, Megahan and Harman, found that the Air Force is “the best in the world”"
        -> the analysts, not the Air Force: as with nested speech, readers credit the outer
        subject.
        """
        t = verb
        if t.dep_ in ("acl", "ccomp", "appos") and t.head != t and not self.quoted[t.head.i] and \
                t.head.pos_ == "NOUN" and t.head.lemma_.lower() in self.lex.CLAIM_NOUNS:
            # "Mr. Obama's patronizing suggestion that she was ''likable enough''" -> Obama: the
            # content of someone's claim is theirs.
            poss = [c for c in t.head.children if c.dep_ == "poss" and not self.quoted[c.i]]
            if poss:
                sp = self._speaker_from_head(poss[0])
                # A name the recognizer left untyped counts too: only someone makes a claim, and
                # "Tom Hale's charge that" often comes out with no entity on "Hale's".
                if sp is not None and (sp.kind in NAMED_KINDS or poss[0].pos_ == "PROPN"):
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
        if rep is not None and rep.tag_ in ("VBD", "VBN") and self.lex.is_cue_token(rep) and \
                not self.quoted[rep.i] and not any(c.dep_ in self.lex.SUBJ_DEPS or c.dep_ == "agent"
                                                   for c in rep.children):
            noun = rep.head
            if noun.pos_ in ("NOUN", "PROPN") and not self.quoted[noun.i] and not is_thing(noun):
                sp = self._speaker_from_head(noun)
                if is_named(sp):
                    return sp
        if t.dep_ != "ccomp" or t.head == t or self.quoted[t.head.i] or t.head.pos_ not in ("VERB", "AUX"):
            return None
        head = self._subject_of(t.head)
        if head is None or head.lower_ in self.lex.EMPTY_SUBJECTS:
            return None
        sp = self._speaker_from_head(head)
        return sp if is_named(sp) else None

    def _view_holder(self, q: QuoteSpan):
        """The subject of a verb of holding or casting a view that the quote lies below.

        "Many voters fear the economy is “rigged”", "Lee portrays her rival as a tired man with
        “no new ideas”": the fragment is the content of the subject's view, which PolNeAR marks as
        an attribution like speech. Only a person or organisation holds a view (not "The report
        sees …"); other fragments no rule attributes are mostly the reporter's own scare quotes.
        """
        child = attachment(self._quote_tokens(q), self.quoted)
        if child is None:
            return None
        t = child.head
        for _ in range(CLIMB_MAX):
            if not self.quoted[t.i] and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.lex.VIEW_VERBS and \
                    child.dep_ not in self.lex.SUBJ_DEPS:
                head = self._subject_of(t)
                # (Not a thing: "The mistake would see a global “divergence”"; not the reader:
                # "you feel free to “vote your conscience”".)
                if head is None or self.lex.not_a_speaker(head) or self._thing_subject(head) or \
                        head.lower_ in self.lex.EMPTY_SUBJECTS | {"you"}:
                    return None
                sp = self._speaker_from_head(head)
                return Attribution(sp, self._cue(t), Method.VIEW_HOLDER) if sp is not None else None
            if t.head == t:
                return None
            child, t = t, t.head
        return None
