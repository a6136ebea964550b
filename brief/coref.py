"""Resolve who a subject phrase stands for: a named actor, a pronoun, a spokesperson.

`Resolver.actor_for(token)` answers for the head token of a subject or possessor:
- a token inside a mention: that mention's actor;
- he/she: the most recent person mentioned, preferring sentence subjects, never one whose
  honorific says the other gender ("she" is not "Mr Galloway");
- they/it/its/we (outside quotes): the most recent organisation or group;
- "the firm", "the charity": the most recent organisation;
- "a spokeswoman for X", "X's official spokesman", "the charity's director": X.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from brief.actorset import Actor, ActorSet
from brief.agreement import kind_clash, kinds_of, person_gender, word_gender
from brief.bodies import group_within
from brief.documents import DOCUMENT_HEADS, DocumentAuthors
from brief.found import SUBJECT_DEPS, acting_position, main_subject, previous_sentence_start, spokespersons_body
from brief.mentions import Mention
from brief.more_mentions import post_nominal
from brief.turns import WINDOW, TurnTaking
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: How many links (pronoun -> spokesperson -> possessor ...) one resolution may follow.
MAX_HOPS = 6
#: How many sentences of "It said ..." a subject "it" may follow back.
_IT_CHAIN = 50
#: Words that make a title another, lesser office: "Deputy Prime Minister" is not "the prime minister".
_LESSER = {"deputy", "vice", "assistant", "junior", "under"}
#: Prepositions by which a spokesperson or officer names the body it speaks for ("a spokesman for X").
_BODY_PREPS = {"for", "of", "at", "from"}


class Resolver(TurnTaking, DocumentAuthors):
    """Answers "which actor does this token stand for?" over one analysed Doc."""

    def __init__(self, doc: "Doc", actors: ActorSet, rules: Rules, in_quote: set[int] | None = None) -> None:
        self.doc = doc
        self.actors = actors
        self.rules = rules
        self.in_quote = in_quote or set()
        self.index: dict[int, Mention] = {i: m for a in actors.actors.values() for m in a.mentions
                                          for i in range(m.start, m.end)}
        self.mentions = sorted((m for a in actors.actors.values() for m in a.mentions), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self._unnamed: list[int] | None = None
        self._surnames: dict[str, set[int]] | None = None
        self.genders = {a.id: g for a in actors.actors.values()
                        if a.is_person and (g := person_gender(doc, a, rules))}

    def agrees(self, actor: Actor, pronoun: str) -> bool:
        """False when `pronoun` ("she") contradicts the known gender of `actor` ("Mr Smith")."""
        g = word_gender(pronoun, self.rules)
        known = self.genders.get(actor.id)
        return g is None or known is None or g == known

    def mention_at(self, i: int) -> Mention | None:
        return self.index.get(i)

    def actor_of(self, m: Mention | None) -> Actor | None:
        return self.actors.by_mention(m) if m is not None else None

    def _recent(self, before: int, want_person: bool, named_only: bool = False,
                skip: range | None = None, pronoun: str = "", kind: str | None = None,
                not_kind: str | None = None, acting: bool = False) -> Mention | None:
        lo = bisect_left(self.starts, before - WINDOW)
        hi = bisect_left(self.starts, before)
        best: Mention | None = None
        # A subject is preferred only in this sentence and the one before: further back the
        # nearest name is the better guess ("called on Mr Clarke ... Tell that to ..., he said").
        reach = previous_sentence_start(self.doc, before)
        embedded: Mention | None = None  # a subject of a side clause, kept while a main one is sought
        for m in reversed(self.mentions[lo:hi]):
            if (best is not None or embedded is not None or acting) and m.start < reach:
                return embedded or best
            actor = self.actor_of(m)
            if actor is None or actor.is_person != want_person or m.start in self.in_quote:
                continue
            if skip is not None and m.start in skip:
                continue
            if pronoun and not self.agrees(actor, pronoun):
                continue
            if want_person and self.doc[m.end - 1].dep_ == "compound" and self.doc[m.end - 1].head.pos_ == "NOUN":
                continue  # "the Attlee government", "the Blair years": a name used as a modifier
            if kind is not None and kind_clash(actor, kind, self.rules):
                continue
            if not_kind is not None and not_kind in kinds_of(actor, self.rules):
                continue  # of that kind ("the statement" was not written by the newspaper that quotes it)
            if not want_person and actor.label == "GPE" and not actor.government:
                continue
            if acting and self.definite_body_subject(m):  # "The airline said ... It added": the airline
                embedded = embedded or self._recent(m.start, False, named_only=True)
                continue
            if named_only and (actor.label == "GROUP" or (m.label == "GROUP" and actor.government)
                               or (actor.label == "NORP" and not actor.canonical)):
                continue  # "it" is a named body ("the Home Office ... It said"), not "the government" or "British"
            if actor.label == "GROUP" and actor.key in DOCUMENT_HEADS:
                continue
            head = self.doc[m.start : m.end].root  # "the Royal College of Nursing": "College"
            if head.dep_ == "ROOT" or main_subject(head):
                return m
            if head.dep_ in SUBJECT_DEPS or (acting_position if acting else spokespersons_body)(head, self.rules):
                # "Mr Balls had suggested that Mr Brown would meet ... He said": the main clause's subject
                embedded = embedded or m
            if best is None and not acting:
                best = m  # with `acting`, only a subject: "they" and "it" do not stand for a name in passing
        return embedded or best

    def actor_for(self, tok: "Token", _seen: frozenset[int] = frozenset()) -> tuple[Actor | None, int, int]:
        """The actor `tok` stands for, with the character span of the words that name it."""
        if tok.i in _seen or len(_seen) >= MAX_HOPS:
            return None, 0, 0  # "his spokesman ... his spokesman ...": no circles, no endless chains
        seen = _seen | {tok.i}
        if tok.lower_ in self.rules.anonymous_sources and tok.pos_ == "NOUN":
            return None, 0, 0  # "Tory sources say ...": hearsay nobody stands behind
        if (named := post_nominal(self.doc, tok.i, self.rules)) is not None:
            return self.actor_for(self.doc[named], seen)  # "Richard Mawrey, QC told ...": Mawrey
        m = self.mention_at(tok.i)
        if m is None and tok.tag_ == "NNP" and tok.i not in self.in_quote:
            person = self._person_named(tok)
            if person is not None:  # "Mr De Vido said", the model having missed this "De Vido"
                return person, tok.idx, tok.idx + len(tok.text)
        lemma = tok.lemma_.lower()
        if lemma in DOCUMENT_HEADS:
            return self._author(tok, seen)
        named = self._appositive_person(tok)
        if named is not None:  # "said the chairman of the committee, Labour MP Barry Sheerman"
            return named
        if (m is None or m.label == "GROUP") and self._bare_definite_spokesperson(tok):
            # not past a named holder of the title ("Tom Ray, a spokesman for the GMB, said ... the spokesman added")
            holders = [h.start for a in self.actors.actors.values() if a.is_person and (a.role or "").lower().endswith(
                tok.lower_) for h in a.mentions if h.start < tok.i]
            spoke = self._recent_spokesperson(tok.i, after=max(holders, default=-1), seen=seen)
            if spoke is not None:  # "A spokesman for X said ... said the spokesman": X's, not one named later
                return spoke, self.doc[tok.left_edge.i].idx, tok.idx + len(tok.text)
        seat = tok.lower_ in self.rules.seat_titles and tok.left_edge.lower_ == "the" and tok.dep_ in SUBJECT_DEPS
        if (m is None or m.label == "GROUP" or seat) and tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in self.rules.titles:
            holder = self._title_holder(tok)
            if holder is None and seat:
                holder = self.seat_holder(tok)
            if holder is not None:  # "Home Secretary Jane Rowe ... The home secretary said"
                return holder, self.doc[tok.left_edge.i].idx, tok.idx + len(tok.text)
        if (m is None or self.actor_of(m) is None or self.actor_of(m).label == "GROUP") and \
                (lemma in self.rules.spokesperson or lemma in self.rules.org_role_nouns):
            # "a spokeswoman for X", "X's director", "the Tory leader": X speaks.
            for child in tok.children:
                target = None
                if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                    target = child
                elif child.dep_ == "prep" and child.lower_ in _BODY_PREPS:
                    target = next(iter(child.children), None)
                    if target is not None and f"{lemma} {child.lower_} {target.lower_}" in self.rules.institutions:
                        continue  # "Secretary of State": one title, "State" is no body
                if target is not None and target.i != tok.i:
                    actor, s, e = self.actor_for(target, seen)
                    if actor is not None and actor.label in {"GPE", "NORP"} and not actor.government:
                        break  # "Bolivia's top union leader", "the Scottish Executive": not the country's
                    if actor is not None and actor.label != "GROUP":
                        return actor, s, e
        if m is not None and self.actor_of(m) is not None and self.actor_of(m).label == "GPE":
            branch = self._org_compound(tok)
            if branch is not None:  # "Amnesty International UK": the organisation's branch, not the country
                return branch
        if m is not None:
            actor = self.actor_of(m)
            if actor is not None and actor.label == "GROUP" and tok.lemma_.lower() in self.rules.anaphoric_heads \
                    and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children):
                ante = self._recent(m.start, want_person=False, named_only=True,
                                    kind=self.rules.anaphor_kinds.get(tok.lemma_.lower()))
                if ante is not None:
                    return self.actor_of(ante), *self._chars(m)
            if actor is not None and actor.label == "GROUP":
                body = group_within(self.doc, tok, self.index, self.actors, self.rules)
                if body is not None:  # "Sources within the Conservative Party", "officials at the Treasury"
                    return body, *self._chars(m)
            return actor, *self._chars(m)
        lower = tok.lower_
        if tok.pos_ == "PRON" and tok.i not in self.in_quote:
            if lower in {"he", "she", "him", "her", "his"}:
                ante = self._recent(tok.i, want_person=True, pronoun=lower)
                chained = self.chained_subject(tok) if ante is not None else None
                if chained is not None and not (ante.start > chained.i and main_subject(self.doc[ante.end - 1])):
                    holder = self.actor_for(chained, seen)[0]
                    person = self._title_holder(chained) if chained.pos_ != "PRON" else None
                    if chained.pos_ == "PRON" or (holder is not None and (holder.is_person or holder.government)
                                                  and self.agrees(person or holder, lower)):
                        return holder, tok.idx, tok.idx + len(tok.text)
                if ante is not None and self.unnamed_person_between(ante.end, tok.i):
                    ante = None
                spoke = self._recent_spokesperson(tok.i, after=ante.start if ante is not None else -1, seen=seen,
                                                  pronoun=lower)
                if spoke is not None:
                    return spoke, tok.idx, tok.idx + len(tok.text)
                if ante is not None and self.spokesperson_subject(tok.i, ante.start, lower) is not None:
                    ante = None  # "X said ... But a spokeswoman insisted ... she said": not X, nobody known
            elif lower in {"they", "them", "their"}:
                ante = self._recent_plural(tok) or self._recent(tok.i, want_person=False, acting=True)
                joint, speaker = self.joint_speaker(ante) if ante is not None else (False, None)
                if joint:
                    return (speaker, tok.idx, tok.idx + len(tok.text)) if speaker else (None, 0, 0)
            elif lower in {"it", "its"}:
                document = self._document_in_focus(tok)
                if document is not None:  # "The report ... It says": the report's author
                    actor, _, _ = self._author(document, seen)
                    return (actor, tok.idx, tok.idx + len(tok.text)) if actor is not None else (None, 0, 0)
                ante = self._sentence_subject(tok)
                chained = self._speaking_it(tok) if ante is None else None
                for _ in range(_IT_CHAIN):  # back to the chain's first "it", resolved once, not recursively
                    earlier = self._speaking_it(chained) if chained is not None else None
                    if earlier is None:
                        break
                    chained = earlier
                body = self.actor_for(chained, seen)[0] if chained is not None else None
                if body is not None:  # "It also suggests ... And it suggests": the same body
                    return body, tok.idx, tok.idx + len(tok.text)
                ante = ante or self._recent(tok.i, want_person=False, named_only=True, acting=True)
            else:  # "we" outside a quote is the writer or speaker of the text: no stakeholder
                ante = None
            if ante is not None:
                return self.actor_of(ante), tok.idx, tok.idx + len(tok.text)
            return None, 0, 0
        return None, 0, 0

    def person_outside(self, tok: "Token", content: range) -> Actor | None:
        """ "Mr Blair has the same passion ..., he said": a reporting "he" is not the person
        named in his own reported words, so look past them."""
        ante = self._recent(tok.i, want_person=True, skip=content, pronoun=tok.lower_)
        return self.actor_of(ante) if ante is not None else None

    def _title_holder(self, tok: "Token") -> Actor | None:
        """The person whose role is the definite title `tok` heads ("the home secretary"), if one is."""
        first = tok.left_edge
        if first.lower_ != "the" or first.i >= tok.i:
            return None
        title = self.doc[first.i + 1 : tok.i + 1].text.lower()
        bodies = {b.id for p in tok.children if p.dep_ == "prep" and p.lower_ in _BODY_PREPS for o in p.children
                  if (b := self.actor_of(self.mention_at(o.i))) is not None and not b.is_person and b.label != "GROUP"}
        shadow = self.rules.shadow_prefixes
        # "the chancellor" is not the "shadow chancellor": a qualified title is another office.
        titles = tuple(self.rules.commons_titles) if title in self.rules.commons_titles else (title,)
        holders = [a for a in self.actors.actors.values()  # "the chairman of the CRE": the CRE's, not Labour's
                   if a.is_person and a.role and a.role.lower().endswith(titles) and (not bodies or a.parent in bodies)
                   and not (set(a.role.lower().replace("-", " ").split()) & (shadow | _LESSER)) - set(title.split())]
        before = [a for a in holders if any(m.start < tok.i for m in a.mentions)]
        if before:
            return max(before, key=lambda a: max(m.start for m in a.mentions if m.start < tok.i))
        if tok.lemma_.lower() in self.rules.spokesperson:
            return None  # a body has many spokesmen: "the spokesman" is none named later
        # "The home secretary said ..." long before "Home Secretary Charles Clarke": the same title only.
        later = [a for a in holders if (a.role or "").lower() == title]
        return later[0] if len(later) == 1 else None

    def _bare_definite_spokesperson(self, tok: "Token") -> bool:
        """ "the spokesman" with no body of its own ("the party's spokesman", "the spokesman for X")."""
        if tok.lemma_.lower() not in self.rules.spokesperson or tok.left_edge.lower_ != "the":
            return False
        return not any(c.dep_ in {"poss", "compound", "nmod"}
                       or (c.dep_ == "prep" and c.lower_ in _BODY_PREPS) for c in tok.children)

    def _appositive_person(self, tok: "Token") -> tuple[Actor, int, int] | None:
        """The person a role noun is in apposition with ("the chairman ..., Barry Sheerman")."""
        lemma = tok.lemma_.lower()
        if lemma not in self.rules.titles and lemma not in self.rules.org_role_nouns and lemma not in self.rules.spokesperson:
            return None
        for c in tok.children:
            if c.dep_ == "appos" and (m := self.mention_at(c.i)) is not None:
                actor = self.actor_of(m)
                if actor is not None and actor.is_person:
                    return actor, *self._chars(m)
        return None

    def _org_compound(self, tok: "Token") -> tuple[Actor, int, int] | None:
        for c in tok.children:
            if c.dep_ == "compound" and (m := self.mention_at(c.i)) is not None:
                actor = self.actor_of(m)
                if actor is not None and actor.label == "ORG":
                    return actor, *self._chars(m)
        return None

    def _sentence_subject(self, tok: "Token") -> Mention | None:
        """ "While Poland is unlikely to seek compensation, it says ...": a named non-person
        subject earlier in the same sentence, a country included."""
        lo, hi = bisect_left(self.starts, tok.sent.start), bisect_left(self.starts, tok.i)
        for m in reversed(self.mentions[lo:hi]):
            actor = self.actor_of(m)
            if actor is not None and not actor.is_person and m.label != "GROUP" and m.start not in self.in_quote \
                    and self.doc[m.end - 1].dep_ in SUBJECT_DEPS:
                return m
        return None

    def _chars(self, m: Mention) -> tuple[int, int]:
        span = self.doc[m.start : m.end]
        return span.start_char, span.end_char
