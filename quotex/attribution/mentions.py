"""Who a token or mention is: names, pronouns and the subjects of speech verbs."""
from __future__ import annotations

import bisect
import re
from typing import Optional

from ..resolution.antecedents import AntecedentIndex, looks_like_person
from ..resolution.entities import missed_people, name_parts, person_span, place_named, shared_surname, surname_cut_off
from .rules.labels import TIME_STAMP, is_title_case_line
from ..lexicon import lexicon_for
from ..text.marks import QuoteSpan
from ..resolution.names import clean_name, drop_titles
from ..resolution.entities import first_name_like, hyphen_glued, is_first_name, is_role
from .syntax import OBJECT_DEPS, mention_span, person_after, person_before, subject_of, subject_over_object, thing_subject
from ..records import NAMED_KINDS, Speaker


# A speaker's label opening an unquoted paragraph of a Q&A or a transcript: "Overton: We're going
# door to door.", "DANIEL FERRIS: We were delivering …" (1-4 capitalised words and a colon).
# A quote that ends by addressing someone by name: "“You're going to have to wait a few more
# weeks, Lena,” she said" (whom the speaker talks to is not the speaker).
_VOCATIVE_END = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*[,.!?]*$")
_PARA_LABEL = re.compile(r"[ \t]*" + TIME_STAMP + r"([A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3})[ \t]*:[ \t]+(?=\S)")
# A share of people ("31%", "75 percent of Republicans", "Six in 10 voters", "half"), and the
# nouns that name where such shares come from.
_SHARE = re.compile(r"(?i)(?:(?:just|only|about|almost|nearly|some|roughly|more than|fewer than|less than|"
                    r"at least)\s+)*(?:\d[\d.,]*\s*(?:%|percent)|\w+\s+(?:in|out of)\s+(?:10|ten|\d+)\b|"
                    r"half\b|a majority\b|two-thirds\b|a third\b|a quarter\b)")


# Thresholds of the mention finders (each bounds a walk so a mis-parse cannot run through the window).
# How far back (characters before the window) pronoun antecedents are read: a few paragraphs of
# context, not the whole article.
ANTECEDENT_LOOKBACK_CHARS = 20_000
# How many heads a quote's token is climbed to the verb that holds it, when checking a person speaker.
QUOTE_ROOT_CLIMB_MAX = 12



def _names_in_reach(names: list, start: int) -> list:
    """The document's names so far as stage 1's pronoun candidates read them: every mention from
    offset ``start`` on (the look-back of the window), and before it the first mention of each
    person's name only (who the document named, as the name registry remembers; an organisation
    that far back is out of the reach of "it" and "they"). A long document's table stays small, so
    that building it for each window does not grow with the square of its length."""
    seen: set = set()
    out = []
    for m in names:
        if m.start >= start:
            out.append(m)
        elif m.text not in seen and (m.label == "PERSON" or m.label == "ORG" and looks_like_person(m.text)):
            seen.add(m.text)
            out.append(m)
    return out


def _qualifies_head(ent, head) -> bool:
    """Whether name ``ent`` only says whose the mention's head noun is: "a Clinton spokesman", "a
    Cruz campaign aide", "Anna's father", "the Obama administration". The speaker is the
    spokesman, the aide, the father -- someone else, whom stage 2 may find by the noun ("Anna's
    father, Lars Berg,") -- never the person named."""
    if head.pos_ != "NOUN" or head.i < ent.end or ent.root.dep_ not in ("compound", "poss"):
        return False
    lex = lexicon_for(head.doc.lang_)
    lemma = head.lemma_.lower()
    # (a player's position too: "the Stamps pivot", "the Flames forward", with the team's short
    # name read as a person's, is the player)
    if not (lemma in lex.PERSON_NOUNS or lemma in lex.ORG_NOUNS or lemma in lex.KIN_NOUNS or
            lemma in lex.FAMILY_NOUNS or lemma.endswith(lex.PERSON_SUFFIXES) or
            lemma in lex.PERSON_VOICE_NOUNS or head.lower_ in lex.POSITION_NOUNS):
        # only a noun for people ("spokesman", "veteran", "supporters", "campaign"): in the
        # headline "Obama rips rhetoric over ‘radical Islam’" the parser makes "rips" a noun
        return False
    t = ent.root
    while t.dep_ == "compound" and t.head.i > t.i and t.head.i != head.i:
        t = t.head  # "a Cruz campaign aide": Cruz -> campaign -> aide
    return t.head.i == head.i


def _rank_only(ent) -> bool:
    """An entity that is only a rank or honorific ("Cpl", "Staff Sgt"): the recognizer's cut, no name."""
    lex = lexicon_for(ent.doc.lang_)
    return ent[-1].lower_.rstrip(".") in lex.HONORIFICS


class MentionRules:
    """Who a token or mention is: names, pronouns and the subjects of speech verbs.

    A part of :class:`quotex.attribution.attribute.Attributor`, which holds the parsed window.
    """

    # ------------------------------------------------------------------ helpers
    def _register_names(self) -> None:
        for ent in (part for e in self.doc.ents for part in name_parts(e)):  # not "Trump Warns Clinton"
            if ent.label_ == "PERSON" and not _rank_only(ent) and surname_cut_off(ent, self.quoted):
                # "Meteorologist Lauren" with "Petrakis" after it: the name is Lauren Petrakis.
                self.state.names.add(f"{ent[1].text} {self.doc[ent.end].text}")
            elif ent.label_ == "PERSON" and not _rank_only(ent):
                self.state.names.add(person_span(ent).text)  # not "Clarence Odom of"
            elif ent.label_ == "ORG" and looks_like_person(clean_name(ent.text)):
                # A person the recognizer labelled an organisation ("Carly Fiorina" as ORG) is still
                # the full name her bare surname stands for: else "Fiorina" would go to "Frank
                # Fiorina", her husband, named later with the right label.
                self.state.names.add(ent.text)
            elif ent.label_ == "ORG" and len(ent) >= 2 and not any(self.quoted[t.i] for t in ent):
                self.state.organizations.add(re.sub(r"^[Tt]he\s+", "", clean_name(ent.text)))
        text = self.doc.text
        for m in missed_people(self.doc, 0, self.quoted):
            # "Priya Raghunathan" with the surname tagged a place, "Harjit Kandola" untagged: the
            # full name a later bare "Raghunathan" (a place to the recogniser) stands for. Not in a
            # headline, where the capitalised verb joins the name ("Gina Rodriguez Questioned What …").
            line = text[text.rfind("\n", 0, m.start) + 1:text.find("\n", m.end) % (len(text) + 1)]
            if not is_title_case_line(line):
                self.state.names.add(m.text)
        # Entities are not looked for inside quotes (quotex.nlp.ner), but a quoted passage may be the
        # only place a full name appears ("… reporters questioned Press Secretary Josh Earnest
        # …"): runs of proper nouns there, titles dropped, back up a bare surname.
        if not self.quotes or not len(self.doc):
            return
        # (spaCy is imported by now; importing it at module level would undo the lean import in
        # quotex.nlp.model.import_spacy.)
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

    def _quote_tokens(self, q: QuoteSpan):
        """The quote's tokens. (Lives here, beside ``_tokens_between``, so mentions never calls
        into cue_rules: the cue rules read mentions, not the other way round.)"""
        return self._tokens_between(q.start, q.end)

    def _tokens_between(self, a: int, b: int):
        """Tokens whose start lies in document offsets [a, b)."""
        span = self.doc.char_span(max(0, a - self.base), max(0, b - self.base), alignment_mode="expand")
        return list(span) if span is not None else []

    # ------------------------------------------------------------------ mention -> Speaker
    def _mention_span(self, head) -> tuple[int, int]:
        return mention_span(head, self.quoted)

    def _junk_head(self, head) -> bool:
        """A verb, preposition or conjunction the parse offers as a speaker's head: nobody.

        "The rationale these writers use to smear him is …:" can come out with "use" as the
        subject of a colon's intro, a Title Case "Boasting 20,000 residents, …" or "Of Carson, …"
        with the opening word, "Lopez: Saying to people …" with the word after the colon. Only
        such a word in lowercase or opening its sentence (or set after a colon) and outside any
        name: "From said" (a surname the tagger took for a preposition) stays.
        """
        if head.pos_ not in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART") or head.ent_type_ or \
                head.is_title and self._given_in_full(head.text) or \
                any(c.dep_ in ("det", "nmod", "amod", "poss") for c in head.children):
            # (nor a noun phrase's head the tagger took for a verb: "The Union des producteurs
            # agricoles … has called")
            # ("Schilling describes himself as …" with "Schilling" tagged a verb: a surname the
            # article gave in full)
            return False
        prev = self.doc[head.i - 1] if head.i > 0 else None
        if head.is_sent_start or prev is None or prev.text in (":", "\n"):
            return True
        # (a lowercase particle inside a name is the name's: "The Union des producteurs agricoles")
        return head.is_lower and head.pos_ in ("VERB", "AUX")

    def _speaker_from_head(self, head) -> Optional[Speaker]:
        doc = self.doc
        # "His comments were blunt: …" -> the possessor is the speaker.
        if head.lemma_.lower() in self.lex.SPEECH_NOUNS:
            poss = [c for c in head.children if c.dep_ == "poss" and not self.quoted[c.i]]
            if poss:
                head = poss[0]
            else:
                # "A statement from the Ministry of Health said …", "a release by Toronto police":
                # the document speaks for whoever it is from, when that is a named person or body.
                for p in head.children:
                    if p.dep_ == "prep" and p.lower_ in ("from", "by") and not self.quoted[p.i]:
                        obj = next((o for o in p.children if o.dep_ == "pobj" and not self.quoted[o.i]), None)
                        sp = self._speaker_from_head(obj) if obj is not None else None
                        if sp is not None and sp.kind in NAMED_KINDS:
                            return sp
                        break
        head = self._titled_person_inside(head)
        head = self._whose_antecedent(head)
        if self.lex.not_a_speaker(head) or self._junk_head(head):
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
        clause = head.head
        if low in self.lex.RELATIVE and clause.dep_ == "conj" and clause.head.dep_ == "relcl" and \
                head.dep_ in self.lex.SUBJ_DEPS:
            # "an academic named Eric Kingson, who is running for Congress and who worked the
            # crowd, praising …": the second "who" opens a clause joined to the first.
            clause = clause.head
        if low in self.lex.RELATIVE and clause.dep_ == "relcl" and not self.quoted[clause.head.i]:
            # "Rubio, who mused that …": the mention is "who", the name is Rubio's.
            ante_tok = clause.head
            if low in self.lex.PERSON_RELATIVE:
                # "his daughter, Emily Pruitt, a nurse in Dayton, who wrote …": the parser hangs the
                # clause on the place; "who" is the person the place's phrase belongs to.
                while ante_tok.ent_type_ in self.lex.PLACE_ENTS and ante_tok.dep_ == "pobj" and \
                        ante_tok.head.dep_ == "prep" and ante_tok.head.head.i != ante_tok.i:
                    ante_tok = ante_tok.head.head
                if ante_tok is not clause.head and ante_tok.dep_ == "appos" and \
                        ante_tok.head.ent_type_ == "PERSON" and not self.quoted[ante_tok.head.i]:
                    ante_tok = ante_tok.head  # "Emily Pruitt, a nurse in Dayton, who": her name
                # "a 70-year-old academic named Eric Kingson, who …": the name the noun is given.
                named = next((o for c in ante_tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call")
                              for o in c.children if o.ent_type_ == "PERSON" and not self.quoted[o.i]), None)
                if named is not None:
                    ante_tok = named
            ante = self._speaker_from_head(ante_tok) if ante_tok.lower_ not in self.lex.RELATIVE else None
            if ante is not None and ante.kind == "unknown" and ante_tok.pos_ == "NOUN":
                # A thing that "says" speaks for whoever put it out: "Trump released a video
                # that said, “…”" -> Trump; "Pelletier hoisted a sign that read “15%!”" ->
                # Pelletier. Without such a subject the thing itself stays the source.
                owner = self._owner_of(ante_tok)
                if owner is not None:
                    return owner
            if ante is not None:
                return Speaker(mtext, start, end, ante.name, ante.title, ante.kind)
            return None
        if low in self.lex.PRONOUNS or low in self.lex.RESOLVED_POSSESSIVES:
            # (a possessor found as the speaker, "his claim that …", stands for whom "he" would)
            return self._resolve_pronoun(head, mtext, start, end)
        # (not a place tagged a person: "Anouk de Wit, a retired couple from Rotterdam" is no Rotterdam)
        person = [e for e in span.ents if e.label_ == "PERSON" and not _rank_only(e) and not place_named(e) and
                  not self._name_part_after_possessive(e) and
                  not (_qualifies_head(e, head) and head.lemma_.lower() not in self.lex.PERSON_VOICE_NOUNS)]
        if not person:
            person = self._name_after_rank(span)
        if not person:
            # "The chairman, John Smith, said" / "Smith, the party's chairman, said"
            for c in head.rights:
                if c.dep_ == "appos":
                    ap = [e for e in doc[c.left_edge.i:c.right_edge.i + 1].ents if e.label_ == "PERSON" and
                          not place_named(e)]
                    if not ap and head.lemma_.lower() in self.lex.KIN_NOUNS and c.pos_ == "PROPN" and \
                            c.is_title and c.is_alpha and is_first_name(c.text):
                        # "Their oldest daughter, 12-year-old Aaliyah, said": a child's first name,
                        # whatever the recogniser tagged it (a place, here), is the kin named.
                        ap = [doc[c.i:c.i + 1]]
                    run = doc[c.left_edge.i:c.right_edge.i + 1]
                    if not ap and (is_role(head.text) or head.lemma_.lower() in self.lex.PERSON_ROLE_NOUNS) and \
                            2 <= len(run) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in run) and \
                            is_first_name(run[0].text) and not any(e.label_ in ("GPE", "LOC") for e in run.ents):
                        # "His spokeswoman, Crystal Staley, said" with the name tagged a product:
                        # a first name and a surname in apposition to a noun for a person are a
                        # person, whatever the recogniser's label.
                        ap = [run]
                    if ap and not any(self.quoted[t.i] for t in ap[0]):
                        person = ap
                        title = clean_name(mtext)
                    break
        if person:
            ent = person[-1]
            name = self.state.names.canonical(shared_surname(ent, self.quoted) or person_span(ent).text)
            kind = "person"
            if title is None:
                pre = doc[lo:ent.start] if ent.start > lo else None
                if pre is not None:
                    words = [t for t in pre if t.dep_ not in ("det", "punct", "case") and t.pos_ != "DET"]
                    k = ent.start
                    while words and k - 1 == words[-1].i and first_name_like(words[-1], self.quoted) and \
                            is_first_name(words[-1].text):
                        # "spokesperson Tori Gass" with only "Gass" tagged: "Tori" is her first
                        # name, not the title's last word ("spokesperson Tori").
                        words, k = words[:-1], k - 1
                    if words:
                        title = clean_name(doc[words[0].i:k].text)
                if title is None:
                    for c in head.rights:
                        if c.dep_ == "appos":
                            # ("executive vice-president": the word cut at its hyphen, whole)
                            a_lo, a_hi = hyphen_glued(doc, c.left_edge.i, c.right_edge.i)
                            ap = doc[a_lo:a_hi + 1]
                            # (not a relative clause: "said Sandhu, whose store on Kennedy Rd. was hit")
                            if not any(self.quoted[t.i] for t in ap) and not any(
                                    e.label_ == "PERSON" for e in ap.ents) and \
                                    ap[0].lower_ not in self.lex.RELATIVE_WORDS:
                                title = clean_name(ap.text)
                            break
            if title and title.lower() in self.lex.HONORIFICS:
                title = None
            # Stage 1 finds the mention and reads the document's names; it writes no document
            # state (a candidate a rule rejects must leave nothing behind). The title the
            # article gives the person elsewhere, and who the mention is across the document,
            # are stage 2's: quotex.resolution.resolve.
        else:
            orgs = [e for e in span.ents if e.label_ in self.lex.ORG_ENTS]
            hl = head.lemma_.lower()
            if orgs or hl in self.lex.ORG_NOUNS or (head.pos_ == "PROPN" and hl not in self.lex.PERSON_NOUNS):
                kind = "organization" if (orgs or hl in self.lex.ORG_NOUNS) else "unknown"
            if hl in self.lex.PERSON_NOUNS:
                kind = "person"
            name = clean_name(mtext)
            if span and span[0].dep_ == "det" and span[0].lower_ in self.lex.ARTICLES and len(span) > 1:
                # "the Kremlin" -> "Kremlin", "a spokesman" -> "spokesman": the name without its article.
                name = clean_name(span[1:].text) or name
            if head.pos_ == "PROPN":
                # "an angry Hollande" -> "Hollande": the run of capitalised words ending at the head.
                k = head.i
                # (a hyphenated surname the tokenizer cut is one word: "Elena Vasquez-Reid", not "Reid")
                while k - 1 >= lo and (self.doc[k - 1].text[:1].isupper() and not self.doc[k - 1].is_punct or
                                       self.doc[k - 1].text == "-" and k - 2 >= lo and
                                       not self.doc[k - 2].whitespace_ and not self.doc[k - 1].whitespace_):
                    k -= 1
                name = clean_name(self.doc[k:hi + 1].text) or name
                words = name.split()
                # (a hyphenated title is a title: "United Auto Workers Secretary-Treasurer Gary Casteel")
                cut = max((i for i, w in enumerate(words[:-1])
                           if any(p.lower().rstrip(".") in self.lex.HONORIFICS for p in w.split("-"))), default=-1)
                rest = words[cut + 1:]
                if cut >= 0 and len(rest) >= 2 and rest[-1].lower() not in self.lex.ORG_NOUNS and \
                        all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
                            for w in rest):
                    # "said Toronto Centre MPP Suze Morrison", read as one organisation: the
                    # words after the last rank or office are a person's name.
                    title = " ".join(words[:cut + 1])
                    name, kind = self.state.names.canonical(" ".join(rest)), "person"
            if kind == "unknown" and head.pos_ == "PROPN":
                # A name spaCy did not tag: "Okafor said" after "Maria Okafor" resolves to her.
                canon = self.state.names.canonical(name)
                if canon != name:
                    name, kind = canon, "person"
        if not name:
            return None
        return Speaker(text=mtext, start=start, end=end, name=name, title=title, kind=kind)

    def _name_part_after_possessive(self, ent) -> bool:
        """A lone word tagged a person right after a possessive inside a name: "The Court of Queen's
        Bench said" ("Bench" tagged a person) is the court; not a first name nor a surname the
        article gave in full ("the union's Okafor")."""
        doc = ent.doc
        return len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" and \
            doc[ent.start - 2].is_title and not is_first_name(ent.text) and not self._given_in_full(ent.text)

    def _titled_person_inside(self, head):
        """The person a court's (or another body's) name is the title of, when the parser made the
        body the subject: "Court of Queen's Bench Justice Anna Chartier-Roy said …" parsed as
        "Court" with "of … Chartier-Roy" hanging off it. The phrase must end in a person's name
        right after a role word ("Justice", "Judge"): "The Court of Appeal said" stays the court."""
        if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or self.quoted[head.i]:
            return head
        end = head.right_edge.i
        person = [e for e in self.doc.ents if e.label_ == "PERSON" and head.i < e.start and e.end - 1 == end]
        if not person and head.i + 3 < end and self._role_in_charge(head, head.i + 3) and \
                is_first_name(self.doc[head.i + 3].text) and \
                all(t.is_title or t.text == "-" for t in self.doc[head.i + 3:end + 1]):
            # (the name untagged: "Special Agent in Charge Elena Vasquez-Reid")
            person = [self.doc[head.i + 3:end + 1]]
        if not person or any(self.quoted[t.i] for t in self.doc[head.i:end + 1]):
            return head
        ent = person[0]
        if ent.start < 2 or not (is_role(self.doc[ent.start - 1].text) or self._role_in_charge(head, ent.start)):
            return head
        return ent.root

    def _whose_antecedent(self, head):
        """The name a "whose" clause belongs to, when the parser made the clause's noun the subject:
        "Rep. Doris Nakamura (D-Calif.), whose Sacramento-area district includes …, said" parsed with
        "district" as the subject of "said". The name right before "whose" (past commas and a
        bracketed party tag), if it is a name; else ``head`` as it was."""
        whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is None or self.quoted[whose.i]:
            return head
        k = whose.i - 1
        while k >= 0 and self.doc[k].is_punct and self.doc[k].text != ")":
            k -= 1
        if k >= 0 and self.doc[k].text == ")":
            while k >= 0 and self.doc[k].text != "(":
                k -= 1
            k -= 1
        if k < 0 or self.quoted[k] or not (self.doc[k].ent_type_ in ("PERSON", "ORG") or self.doc[k].pos_ in ("PROPN", "NOUN")):
            return head
        tok = self.doc[k]
        ent = next((e for e in self.doc.ents if e.start <= k < e.end), None)
        return ent.root if ent is not None else tok

    def _role_in_charge(self, head, name_start: int) -> bool:
        """Whether the words from ``head`` to the name at ``name_start`` are a role with its own
        "in": "Special Agent in Charge Elena Vasquez-Reid", "Officer in Charge Tom Banks" (the parser
        makes the role the subject and hangs the name off "in")."""
        between = self.doc[head.i + 1:name_start]
        return is_role(head.text) and len(between) == 2 and between[0].lower_ == "in" and between[1].is_title

    @staticmethod
    def _name_after_rank(span) -> list:
        """The name after an abbreviated rank the tokenizer cut at its dot, as a one-item list.

        "said Cpl. Amrit Dhillon" and "said Staff Sgt. Nadia Oduya": the recognizer reads "Cpl"
        or "Staff Sgt" as the person and the parser ends a sentence at the dot; the capitalised
        words after the rank's dot are the name.
        """
        lex = lexicon_for(span.doc.lang_)
        for i in range(len(span) - 2, 0, -1):
            if span[i].text == "." and span[i - 1].lower_.rstrip(".") in lex.HONORIFICS:
                rest = span[i + 1:]
                if 1 <= len(rest) and all(t.text[:1].isupper() and t.is_alpha or t.text == "-" for t in rest):
                    return [rest]
                break
        return []

    def _owner_of(self, noun) -> Optional[Speaker]:
        """The person or organisation subject of the verb that takes ``noun`` as its object.

        "Sanders is releasing a new ad that urges …" -> Sanders (through objects and
        prepositions: "voted for the resolution which said" -> the voters).
        """
        subj = subject_over_object(noun, self.quoted, OBJECT_DEPS + ("appos", "conj"))
        if subj is None:
            return None
        sp = self._speaker_from_head(subj)
        if sp is None or sp.kind not in NAMED_KINDS and sp.text.lower() not in self.lex.PRONOUNS:
            return None
        return sp

    def _resolve_pronoun(self, tok, mtext: str, start: int, end: int) -> Speaker:
        """Whom "he", "she", "it", "they" stands for, by agreement and salience (quotex.resolution.pronouns).

        Unresolved, the mention is its own name (the confidence is lowered for it).
        """
        st = self.state
        if tok.lower_ in self.lex.FIRST_PERSON:
            labelled = self._line_label(start)
            if labelled is not None:
                # "Overton: … I tell people, “Give it three years.”": the labelled speaker's "I".
                return Speaker(mtext, start, end, labelled, None, "person")
        found = self._antecedents().resolve(tok, self._last_speaker_for(tok), expected=self._answerer_for(tok),
                                            exclude=self._addressed(start))
        if found is not None:
            ent, head = found
            sp = self._speaker_from_head(self.doc[head]) if head is not None and not ent.plural else None
            if head is not None and not ent.key[:1].isupper():
                self.chained[(start, end)] = head  # a description: stage 2 follows it (DocEntities.chains)
            if sp is not None and ent.kind == "person":
                name = self._antecedents().report_name(ent, sp.name)
                return Speaker(mtext, start, end, name, sp.title, "person")
            # "they" for a family, residents, protesters or two people named together is a group,
            # not an organisation (pronouns.GROUP).
            kind = "group" if ent.kind == "group" or ent.plural else \
                "person" if ent.kind == "person" else "organization"
            return Speaker(mtext, start, end, ent.key, st.names.title_of(ent.key), kind)
        return Speaker(mtext, start, end, mtext, None, "person" if tok.lower_ in self.lex.PRONOUNS_PERSON else "unknown")

    def _addressed(self, start: int) -> frozenset:
        """The candidates (antecedent keys) the quote closing right before a pronoun speaker at
        offset ``start`` addresses by name at its end: "“…a few more weeks, Lena,” she said" after
        "co-anchor Lena Harcourt" -> {"Lena Harcourt"}: she is not the one spoken to."""
        q = next((q for q in getattr(self, "quotes", ()) if q.close <= start and q.closed and
                  not self.text[q.close:start].strip()), None)
        m = _VOCATIVE_END.search(self.text, q.start, q.end) if q is not None else None
        if m is None:
            return frozenset()
        words = set(m.group(1).split())
        return frozenset(k for k in self._antecedents().mentions if words & set(k.split(" ")))

    def _line_label(self, start: int) -> Optional[str]:
        """The person a Q&A or transcript paragraph is labelled with ("Overton: …"), if the label
        names someone the article gave in full; None for any other paragraph ("Note: …")."""
        para = self.text.rfind("\n", 0, start) + 1
        m = _PARA_LABEL.match(self.text, para)
        if m is None or m.end() > start or any(c in self.text[para:m.end(1)] for c in "\"“”"):
            return None
        label = m.group(1)
        words = drop_titles([w.title() if w.isupper() and len(w) > 1 else w for w in label.split()])
        if not words:
            return None
        name = self.state.names.canonical(" ".join(words))
        if len(name.split(" ")) >= 2:
            return name
        # A surname label the registry has no full name for ("Overton:" after "Latrice Overton became
        # superintendent"): a person the text before names (stage 2 finds the full name).
        if re.search(r"\b%s\b" % re.escape(name), self.text[:para]) and name.lower() not in self.lex.PRONOUNS:
            return name
        return None

    def _last_speaker_before(self, tok) -> Optional[Speaker]:
        """The last speaker for pronoun ``tok``'s salience bonus: the speaker of a quote earlier in
        the pronoun's own paragraph, else ``state.last_speaker``.

        Pass 1 reads each quote's own sentence in order, before pass 3 keeps ``state.last_speaker``
        up to date, so during pass 1 the state may hold a speaker from paragraphs back. Within one
        paragraph the quote just read is the better guess: 'Osuna told the Post: "We have 300
        members." He added that they are "Latino, non-Latino."' -- Osuna, not the candidate the
        story is about. Across paragraphs the state is kept: a new paragraph often brings in a new
        person before "she said", and a bonus for the last paragraph's speaker would outweigh her
        (measured: giving it to the quote of the paragraph before lost on blind_us2).
        """
        results = getattr(self, "results", None)
        if not results or tok.i >= len(self.starts):
            return self.state.last_speaker
        sent_start, para = self.starts[tok.sent.start], self._para_of(self.starts[tok.i])
        # Only a quote in the sentence before: 'Lamont said in an email. Tenant organizer Luis
        # Ferreira doesn't buy it. "This is a playbook," he says' (one paragraph, as in text
        # whose breaks were lost) is Ferreira's, the person brought in between.
        first = tok.sent.start
        prev_start = self.starts[tok.doc[first - 1].sent.start] if first > 0 else sent_start
        for k in range(len(self.quotes) - 1, -1, -1):
            q = self.quotes[k]
            if q.close > sent_start:
                continue  # the pronoun's own quote, or one after it
            if self._para_of(q.open) != para or q.close < prev_start and self._someone_between(q.close, sent_start):
                break
            r = results[k] if k < len(results) else None
            if r is not None and r.method.carries and r.speaker is not None:
                return r.speaker
        return self.state.last_speaker

    def _someone_between(self, a: int, b: int) -> bool:
        """Whether the reporter's text between offsets ``a`` and ``b`` brings in a person a later
        pronoun may go on with: a name, "he"/"him"/"she"/"her", a role as a subject. A quote two
        sentences back keeps its speaker over sentences about things or about a group, its members
        named in apposition: 'Vollmer knows she lacks the votes, Sethuraman writes, and the threat
        is “…” Two Democrats, Sens. Dale Corrigan and Naomi Whitsett, have said they will vote no.
        “…,” she concludes.' is the columnist's; 'Lamont said in an email. Tenant organizer Luis
        Ferreira doesn't buy it. “…,” he says' and 'Billy Joel sings, “…” With Donald Trump,
        there's not much chance of that. Just ask him. “…,” he said' are not the first speaker's."""
        for i in range(bisect.bisect_left(self.starts, a), min(len(self.doc), len(self.starts))):
            t = self.doc[i]
            if self.starts[i] >= b:
                break
            if self.quoted[i]:
                continue
            if t.lower_ in self.lex.PRONOUN_GENDER:
                return True
            if t.ent_type_ == "PERSON":
                h = t
                while h.dep_ in ("compound", "appos", "conj", "flat", "pobj", "prep") and h.head != h:
                    h = h.head
                if h.tag_ not in ("NNS", "NNPS"):
                    return True
            elif t.dep_ in self.lex.SUBJ_DEPS and t.tag_ == "NN" and \
                    (is_role(t.text) or t.lemma_.lower() in self.lex.PERSON_ROLE_NOUNS):
                return True
        return False

    def _answerer_for(self, tok) -> Optional[tuple[str, str]]:
        """(answerer, asker) when the quote before pronoun ``tok``'s sentence, in its paragraph or
        the one before, is a question someone put to another: the one it names ('“Why did you
        run?” Ellis asked Lankford.'), else the other party of the exchange -- the speaker of the
        quote right before the question -- when the pronoun's verb is one of answering ('“Not for
        a second,” he replied') or, in a paragraph of its own, when the asker has only asked so
        far (an interviewer, a prosecutor: '“At home,” Soto said.¶“Alone?” Marsh asked.¶“With my
        sister,” she said.' is Soto's).
        None otherwise: a speaker's own question is often rhetorical and answered by himself
        ('“Who pays for that?” Lee asked. “The taxpayers do,” he said.')."""
        results = getattr(self, "results", None)
        if not results or tok.i >= len(self.starts) or tok.lower_ not in self.lex.PRONOUN_GENDER:
            return None
        sent_start, para = self.starts[tok.sent.start], self._para_of(self.starts[tok.i])
        ks = [k for k, q in enumerate(self.quotes) if q.close <= sent_start and k < len(results)]
        if not ks:
            return None
        k = ks[-1]
        q, r = self.quotes[k], results[k]
        if para - self._para_of(q.open) > 1 or r is None or r.speaker is None or not self._is_question(q):
            return None
        asker = r.speaker.name
        addressee = self._addressee(r.cue)
        if addressee is not None and addressee.name != asker:
            return addressee.name, asker
        before = [(j, results[j]) for j in range(k) if results[j] is not None and results[j].speaker is not None
                  and self._para_of(q.open) - self._para_of(self.quotes[j].open) <= 2]
        if not before or before[-1][1].speaker.name == asker:
            return None
        other = before[-1][1].speaker.name
        replying = tok.head.lemma_.lower() in self.lex.REPLY_CUES
        # (an interviewer only asks: every quote of the asker's in reach is a question; and the
        # answer is a paragraph of its own -- a speaker's question answered in its own paragraph
        # is his: 'Bell disagreed. “Who pays for the arena?” Bell asked. “The taxpayers do,” he said.')
        interviewer = para > self._para_of(q.open) and \
            all(self._is_question(self.quotes[j]) for j, rj in before if rj.speaker.name == asker)
        return (other, asker) if replying or interviewer else None

    def _answerer(self, tok) -> Optional[Speaker]:
        """In an interview written up, the one a question was put to: when the quote just before
        pronoun ``tok``'s sentence (in its paragraph or the one before) is a question someone
        "asked", the pronoun's quote is the answer, and the bonus goes to whoever was quoted before
        the questioner, not to the questioner: '"…," Kilabuk told host Raymond Bellefleur. …
        "Were you worried?" Bellefleur asked.¶"A little. …," she says.' is Kilabuk, though a
        sailor was named between. None without such a question (a carried speaker is read as before)."""
        results = getattr(self, "results", None)
        if not results or tok.i >= len(self.starts):
            return None
        sent_start = self.starts[tok.sent.start]
        para = self._para_of(self.starts[tok.i])
        before = [k for k in range(min(len(self.quotes), len(results))) if self.quotes[k].close <= sent_start]
        if not before:
            return None
        j = before[-1]
        q, r = self.quotes[j], results[j]
        if r is None or r.speaker is None or r.speaker.kind != "person" or r.cue is None or \
                r.cue.lemma != "ask" or para - self._para_of(q.open) > 1 or \
                not self.text[q.start:q.end].rstrip().endswith("?"):
            return None
        for k in reversed(before[:-1]):
            prev = results[k]
            if prev is not None and prev.speaker is not None and prev.method.carries and \
                    prev.speaker.kind == "person" and prev.speaker.name != r.speaker.name:
                return prev.speaker
        return None

    def _last_speaker_for(self, tok) -> Optional[str]:
        """The name of the last quote's speaker, for the salience bonus of pronoun ``tok``, or None
        when that speaker cannot be what the pronoun stands for: an organisation or a group for
        "he"/"she" (a person's kind here is less sure: "Xinhua" may be one). The antecedent index may hold the same name as another kind (the text before
        a window is read without a parse, and every capitalised pair there is a person), and the bonus
        would then carry an organisation's quote over to the next "she says": in 'Manitoba Agriculture
        said it was "monitoring …". … Helga Kroeker smiles. "…," she says.' the last speaker is no woman.
        """
        last = self._answerer(tok) or self._last_speaker_before(tok)
        if last is None:
            return None
        rule = self.lex.PRONOUN_AGREEMENT.get(tok.lower_)
        if rule is not None and rule[0] == {"person"} and last.kind in ("organization", "group"):
            if last.kind == "organization" and " " not in last.name and \
                    self._para_of(last.start) == self._para_of(self.starts[tok.i]):
                # A surname the recogniser took for an organisation ("Sethuraman writes", after
                # "Priyanka Sethuraman sees …"): the person named in full with it is the speaker.
                # Only a speaker of the pronoun's paragraph: the state's from pass 1 may be
                # paragraphs back ("Trump wrote to Roffman: …" long before Roffman's "he said").
                idx = self._antecedents()
                full = idx.canonical(last.name)
                if " " in full and idx.table is not None and idx.table.person(full) is not None:
                    return full
            return None
        return last.name

    def _antecedents(self) -> AntecedentIndex:
        """The window's candidate antecedents, collected on first use."""
        idx = getattr(self, "_antecedent_index", None)
        if idx is None:
            # The document's entities as stage 2 will see them, so far: the windows before this
            # one and this one (kinds by all mentions, first names, namesakes, honorifics).
            from ..resolution.entities import DocEntities, lone_proper_words, window_names
            from ..resolution.resolve import build

            self.names_here = window_names(self.doc, self.base, self.quoted, self.state.doc_names)
            names = _names_in_reach(self.state.doc_names, self.base - ANTECEDENT_LOOKBACK_CHARS) + self.names_here
            here = lone_proper_words(self.doc, self.base, self.quoted)
            bare = [b for b in self.state.doc_bare if b[0] < self.base] + here
            idx = AntecedentIndex(self.doc, self.quoted, lambda i: self.ords[self._para_of(self.starts[i])],
                                  self.state.names.canonical, set(self.state.names.by_last.values()),
                                  before=self.text[max(0, self.base - ANTECEDENT_LOOKBACK_CHARS):self.base],
                                  first_para=self.ords[0] if self.ords else 0,
                                  table=build(DocEntities(names=names, bare_words=bare)), base=self.base,
                                  organizations=self.state.organizations)
            self._antecedent_index = idx
        return idx

    # ------------------------------------------------------------------ cue -> speaker
    def _subject_of(self, cue):
        """Follow the parse from a cue verb to its speaker's head token (:func:`~quotex.attribution.syntax.subject_of`)."""
        return subject_of(cue, self.quoted, self._given_in_full)

    def _given_in_full(self, word: str) -> bool:
        """Whether the article gave ``word`` as the surname of a full name before."""
        return self.state.names.canonical(word) != word

    def _thing_subject(self, head) -> bool:
        return thing_subject(head)

    def _person_after(self, cue):
        return person_after(cue, self.quoted)

    def _person_before(self, cue):
        return person_before(cue, self.quoted, self._given_in_full)

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
        for _ in range(QUOTE_ROOT_CLIMB_MAX):
            if t is None or t.head == t:
                return sp
            t = t.head
            if t.i == cue.i:
                return sp
            if self.lex.is_cue_token(t) or t.lemma_.lower() in self.lex.HOLD_VERBS:
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
            if t.lemma_.lower() in self.lex.POLL_NOUNS and t.pos_ == "NOUN" and not self.quoted[t.i]:
                poll = self._speaker_from_head(t)
                if poll is not None:
                    return Speaker(poll.text, poll.start, poll.end, poll.name, poll.title, "organization")
        return sp

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
