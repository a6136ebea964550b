"""Who holds the floor across sentences: whether a new person has come in since the last
speaker, named subjects the model did not tag, name words that stand for a known person,
and which group or body a speaking "they" or "it" continues.

`TurnTaking` is a mixin of `brief.coref.Resolver`; it reads the Resolver's Doc, mention
index and actors.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from brief.agreement import kinds_of, word_gender
from brief.bodies import actors_before
from brief.documents import DOCUMENT_HEADS, INDEFINITE
from brief.found import SUBJECT_DEPS, main_subject, previous_sentence_start, verb_type
from brief.mentions import Mention

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from brief.actorset import Actor


#: How far back (tokens) a pronoun looks for what it stands for.
WINDOW = 160
#: How many speaking "they" a plural pronoun may follow back.
PLURAL_HOPS = 6


def _depth(tok: "Token") -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:  # Token objects are rebuilt on access: compare indices
        tok = tok.head
        depth += 1
    return depth


class TurnTaking:
    """Turn-taking questions over the Resolver's Doc (see the module docstring)."""

    def _person_named(self, tok: "Token") -> Actor | None:
        """The one person whose multi-word name ends with this word ("Vido" of "Julio De Vido")."""
        if self._surnames is None:
            table: dict[str, set[int]] = {}
            for a in self.actors.actors.values():
                if a.is_person:
                    for m in a.mentions:
                        words = m.key.split()
                        if len(words) > 1:
                            table.setdefault(words[-1], set()).add(a.id)
            self._surnames = table
        ids = self._surnames.get(tok.lower_, set())
        return self.actors.actors.get(next(iter(ids))) if len(ids) == 1 else None

    def stands_for_someone(self, tok: "Token") -> bool:
        """ "a spokeswoman", "the report": words that speak for an organisation the text is about,
        even when it is not said which one."""
        lemma = tok.lemma_.lower()
        if lemma in DOCUMENT_HEADS and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            return False  # "a report in a Sunday paper": the press, nobody the text is about
        if self.press_paper(tok):  # type: ignore[attr-defined]  # DocumentAuthors, beside this in Resolver
            return False
        return lemma in self.rules.spokesperson or lemma in DOCUMENT_HEADS

    def unnamed_subjects(self) -> list[int]:
        """Token indices of named subjects the model tagged as nobody ("Piers Freelove is ..."):
        probably people it missed, who may be the "he" of the next sentence."""
        if self._unnamed is None:
            # A word of a known person's name is that person, missed once by the model ("Mr De Vido").
            known = {w for a in self.actors.actors.values() if a.is_person for m in a.mentions for w in m.key.split()}
            self._unnamed = [t.i for t in self.doc if t.dep_ in SUBJECT_DEPS and t.tag_ == "NNP"
                             and t.i not in self.index and t.i not in self.in_quote and t.lower_ not in known
                             and t.ent_type_ not in {"GPE", "ORG", "NORP", "LOC", "FAC"}]
        return self._unnamed

    def unnamed_person_between(self, lo: int, hi: int) -> bool:
        """True when such a subject stands after token `lo` and before the sentence of token `hi`."""
        if hi <= lo:
            return False
        stop = self.doc[hi].sent.start
        unnamed = self.unnamed_subjects()
        k = bisect_left(unnamed, lo)
        return k < len(unnamed) and unnamed[k] < stop

    def someone_new(self, since: int, before: int, speaker: int) -> bool:
        """True when a sentence after the one holding token `since` and before token `before`
        brings in another person as its subject (named, or a named subject the model did not
        tag). A person only talked about ("He wants a bigger role for Gordon Brown") is not new."""
        lo = self.doc[since].sent.end
        hi = self.doc[before].sent.start
        for m in self.mentions[bisect_left(self.starts, lo):bisect_left(self.starts, before)]:
            actor = self.actor_of(m)
            head = self.doc[m.end - 1]
            if actor is None or not actor.is_person or actor.id == speaker or m.start in self.in_quote:
                continue
            if m.start >= hi:  # "In his speech, Mr Blair contrasted ... which he said": this sentence's subject,
                if main_subject(head):
                    return True
            elif head.dep_ in SUBJECT_DEPS or head.dep_ == "ROOT" \
                    or (head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS):
                return True
        # "But an executive spokeswoman insisted ...": an unnamed spokesperson takes the floor too
        return self.unnamed_person_between(lo, before) or self.spokesperson_subject(hi, lo - 1) is not None

    def chained_subject(self, tok: "Token") -> "Token | None":
        """ "He became shadow chancellor under John Smith. After the death of John Smith he stood
        aside": a main-clause subject "he" continues the last main-clause subject "he" of the
        (up to four) sentences before it, unless a named subject came between; a name inside
        a phrase or side clause does not take the topic."""
        if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT" or tok.i in self.in_quote:
            return None
        start = tok.sent.start
        for _ in range(4):
            if start == 0:
                return None
            before = self.doc[start - 1].sent
            subj = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.i not in self.in_quote:
                if subj.lower_ == tok.lower_:
                    return subj
                if subj.lower_ in self.rules.titles and any(c.lower_ == "the" for c in subj.children):
                    return subj  # "The prime minister toured the country. He insisted ...": the holder
                if subj.i in self.index or subj.tag_ in {"NNP", "NNPS"} or subj.pos_ == "PRON" and (
                        subj.lower_ != "it" or self._names_person(before)):
                    return None  # a named subject, or another pronoun (not "It includes ..."), takes the topic
            start = before.start
        return None

    def definite_body_subject(self, m: Mention) -> bool:
        """True for "the firm", "the airline" as a main-clause subject: a body named again by its kind."""
        head = self.doc[m.end - 1]
        lemma = head.lemma_.lower()
        rules = self.rules
        return m.label == "GROUP" and main_subject(head) and any(c.lower_ == "the" for c in head.children) and (
            lemma in rules.anaphoric_heads or lemma in rules.org_classifiers or lemma in rules.anaphor_kinds)

    def _names_person(self, sent) -> bool:
        """True when the sentence names a person ("It was announced that Jim Hale would replace him")."""
        return any((a := self.actor_of(self.mention_at(t.i))) is not None and a.is_person for t in sent)

    def _recent_spokesperson(self, before: int, after: int, seen: frozenset[int] = frozenset(),
                             pronoun: str = "") -> Actor | None:
        """ "A spokeswoman for X said ... She added": an unnamed spokesperson after the last named person."""
        found = self.spokesperson_subject(before, after, pronoun)
        if found is None:
            return None
        tok, subj = found
        actor, _, _ = self.actor_for(tok, seen)
        return actor if actor is not None or subj is tok else self.actor_for(subj, seen)[0]

    def spokesperson_subject(self, before: int, after: int, pronoun: str = "") -> tuple["Token", "Token"] | None:
        """The last spokesperson noun between tokens `after` and `before` that is (or is inside) a
        subject and may be the `pronoun`, with that subject."""
        start = max(after + 1, before - WINDOW, 0)
        for i in range(before - 1, start - 1, -1):
            tok = self.doc[i]
            if tok.lemma_.lower() not in self.rules.spokesperson or i in self.in_quote:
                continue
            # "A Department for Education and Skills spokeswoman said", parsed with the department
            # as subject and the spokeswoman inside it
            subj = tok
            for _ in range(3):  # up through the noun phrase only, no clause
                if subj.dep_ in SUBJECT_DEPS or subj.dep_ not in {"pobj", "prep", "compound", "nmod"}:
                    break
                subj = subj.head
            # one person who speaks ("a spokeswoman insisted"), not "officials were unavailable"
            if subj.dep_ in SUBJECT_DEPS and tok.tag_ == "NN" and tok.lemma_.lower() not in DOCUMENT_HEADS \
                    and self._speaks(subj):
                said, heard = word_gender(tok.text, self.rules), word_gender(pronoun, self.rules)
                if said and heard and said != heard:
                    continue  # "a spokeswoman for X ... he said": someone else
                return tok, subj
        return None

    def _speaking_it(self, tok: "Token") -> "Token | None":
        """The subject "it" of a speech verb in the sentence before `tok`'s, with no body named as a
        subject in between: a subject "it" continues it."""
        if tok.dep_ not in SUBJECT_DEPS or not self._speaks(tok):
            return None
        start = previous_sentence_start(self.doc, tok.i)
        for t in reversed(self.doc[start : tok.sent.start]):
            if t.dep_ in SUBJECT_DEPS and main_subject(t) and t.i not in self.in_quote:
                return t if t.lower_ == "it" and self._speaks(t) else None
        return None

    def _recent_plural(self, tok: "Token", hops: int = PLURAL_HOPS) -> Mention | None:
        """ "They" after "... prompting unions to threaten action": the last plural group nearby;
        a group that speaks ("..., MPs said") before one that is only talked about ("Courts"),
        and the group a speaking "they" of the sentence before stands for."""
        start = previous_sentence_start(self.doc, tok.i)
        speaking = [t for t in self.doc[start : tok.i] if t.lower_ == "they" and t.i not in self.in_quote
                    and self._speaks(t)]
        if speaking and hops > 0:
            return self._recent_plural(speaking[-1], hops - 1)
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, tok.i)
        best: tuple[int, int, int] | None = None
        chosen = None
        for m in self.mentions[lo:hi]:
            actor = self.actor_of(m)
            if actor is None or actor.is_person or m.start in self.in_quote:
                continue
            head = self.doc[m.end - 1]
            # "MPs", "MSPs": the tagger calls a plural acronym a singular proper noun.
            if head.tag_ in {"NNS", "NNPS"} or (head.text[-1:] == "s" and head.text[:-1].isupper()) \
                    or (head.dep_ == "nsubj" and head.head.tag_ == "VBP"):  # "BAA are": a body taken as many
                # The shallowest plural wins: "unions representing 4.5m workers" -> unions.
                rank = (not self._speaks(head), _depth(head), -m.start)
                if best is None or rank < best:
                    best, chosen = rank, m
        pair = self._people_pair(start, tok.i)
        # "Michael Howard and John Redwood launched plans. They say ...": the two of them, also over
        # a body named inside the pair ("Ann Hale of Labour and Tom Reed of the Tories met. They ...")
        if pair is not None and (chosen is None or chosen.start < pair.start
                                 or chosen.start <= self.doc[pair.end - 1].right_edge.i):
            return pair
        return chosen

    def _people_pair(self, start: int, end: int) -> Mention | None:
        """The first of two or more people joined as a main-clause subject between tokens `start`
        and `end` ("Michael Howard and frontbencher John Redwood launched ...")."""
        found = None
        for t in self.doc[start:end]:
            if t.dep_ not in SUBJECT_DEPS or t.head.dep_ != "ROOT" or t.i in self.in_quote:
                continue
            people = [self.actor_of(self.mention_at(x.i)) for x in (t, *t.conjuncts)]
            if len(people) > 1 and all(a is not None and a.is_person for a in people):
                found = self.mention_at(t.i)
        return found

    def seat_holder(self, tok: "Token") -> Actor | None:
        """ "Mr Kilroy-Silk quit ... The MEP said", "Mr Wyatt predicted ... The MP for Sittingbourne
        said": the person last a subject (not one only talked about, "Police arrested Ian Moss")
        holds the seat title `tok`, unless a restrictive clause names someone else ("The Labour MP
        who chairs ...") or their role is another seat ("Labour MP John Smith ... The peer said")."""
        doc = self.doc
        if any(c.dep_ == "appos" or c.dep_ == "relcl" and not doc[c.left_edge.i - 1].is_punct for c in tok.children):
            return None
        holder = next((a for j, _, a in actors_before(self.index, self.actors, tok.left_edge.i, max(0, tok.i - WINDOW))
                       if a.is_person and doc[j].dep_ in SUBJECT_DEPS), None)
        held = (holder.role or "").lower().split() if holder is not None else []
        seats = set(self.rules.commons_titles) if tok.lower_ in self.rules.commons_titles else {tok.lower_}
        if held and held[-1] in self.rules.seat_titles and held[-1] not in seats:
            return None
        if tok.lower_ in self.rules.office_titles and (tok.lower_ not in held or any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            return None  # "Tony Blair visited Leeds. The mayor said": only one introduced as mayor, not "the mayor of X"
        for c in tok.children:  # "The 50-year-old MP", "The Labour MP" (when not the holder's party)
            body = self.actor_of(self.mention_at(c.i))
            if c.dep_ in {"compound", "amod", "nmod"} and (c.pos_ != "PROPN" or body is not None and body.label in
                                                           {"ORG", "NORP"} and holder is not None and holder.parent != body.id):
                return None
        return holder

    def joint_speaker(self, m: Mention) -> tuple[bool, Actor | None]:
        """For `m` opening a joined subject of people ("Tony Blair and Gordon Brown ... they are
        insisting"): (True, whom what "they" say is filed under): the one who speaks for a body when
        only one body is named for them, else the first; nobody when they speak for rival bodies
        ("Labour leader X and Tory leader Y ... They insisted"), though a minister and a party
        official may share a view. (False, None) when `m` is no such pair."""
        head = self.doc[m.end - 1]
        people = [self.actor_of(self.mention_at(x.i)) for x in (head, *head.conjuncts)]
        if len(people) < 2 or not all(a is not None and a.is_person for a in people):
            return False, None
        bodies = {a.parent for a in people if a.parent is not None}
        if len(bodies) == 1:
            return True, next(a for a in people if a.parent is not None)
        if len(bodies) > 1 and all((b := self.actors.actors.get(p)) is not None and "party" in kinds_of(b, self.rules)
                                   for p in bodies):
            return True, None  # two parties' leaders: rivals
        return True, people[0]

    def _speaks(self, tok: "Token") -> bool:
        """True when `tok` is the subject of a speech verb ("MPs said", "they warned")."""
        return tok.dep_ in SUBJECT_DEPS and verb_type(tok.head, self.rules) is not None
