"""Documents that speak for their authors: "the report said", "It says" after a report,
"the research, carried out by X, says", "X published the study ... the study found".

`DocumentAuthors` is a mixin of `brief.coref.Resolver`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from brief.agreement import kinds_of
from brief.found import SUBJECT_DEPS, previous_sentence_start

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from brief.actorset import Actor

#: Nouns for documents that speak for whoever wrote or published them.
DOCUMENT_HEADS = {"report", "study", "survey", "research", "statement", "paper", "findings", "analysis"}
#: Documents that measure opinion: without an author named with them, nobody's view.
_POLLS = {"survey", "poll"}
#: Verbs by which a body makes a poll its own ("carried out the survey"), not "dismissed the survey".
_POLLSTERS_VERBS = {"conduct", "carry", "commission", "run", "do"}
#: Determiners that bring in something new to the text ("a report", "another report").
INDEFINITE = {"a", "an", "another"}
#: How far back (tokens) to look for who published a document.
LOOKBACK = 640
#: How far back (tokens) a newspaper named makes "the paper" that newspaper.
PRESS_LOOKBACK = 80
#: Verbs by which a body puts out a paper of its own.
_PUBLISHING = {"publish", "issue", "release", "unveil", "launch", "produce"}


class DocumentAuthors:
    """Author look-ups over the Resolver's Doc (see the module docstring)."""

    def _document_in_focus(self, tok: "Token") -> "Token | None":
        """A document noun ("the report", "the study") that is the subject of this sentence
        before `tok` or of the sentence before, if no named subject came after it."""
        start = previous_sentence_start(self.doc, tok.i)
        for i in range(tok.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ not in SUBJECT_DEPS or i in self.in_quote:
                continue
            if t.lemma_.lower() in DOCUMENT_HEADS:
                return t
            if i in self.index or t.pos_ == "PRON":
                return None
        return None

    def _author(self, tok: "Token", seen: frozenset[int] = frozenset()) -> tuple[Actor | None, int, int]:
        """A document's author: "a report by X", "X's report", "the research, carried out by X",
        else the organisation last in focus."""
        for child in tok.children:
            if child.dep_ == "acl":  # "carried out by X", "published by X"
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for obj in (o for o in agent.children if o.dep_ == "pobj"):
                        actor, _, _ = self.actor_for(obj, seen)
                        if actor is not None:
                            return actor, tok.idx, tok.idx + len(tok.text)
        for child in tok.children:
            if child.dep_ in {"poss", "compound"} or (child.dep_ == "prep" and child.lower_ in {"by", "from", "of"}):
                target = child if child.dep_ in {"poss", "compound"} else next(iter(child.children), None)
                if target is not None and self.mention_at(target.i) is not None:
                    if child.dep_ == "compound" and (tok.tag_ == "NNS" or not self._named_author(target, tok)):
                        continue  # "Previous election research", "Media reports say": no author named
                    actor, _, _ = self.actor_for(target, seen)
                    if actor is not None:
                        return actor, tok.idx, tok.idx + len(tok.text)
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            return None, 0, 0  # "the Populus survey", "the Iraq report": by someone the text does not name
        if tok.tag_ == "NNS":
            return None, 0, 0  # "after reports claimed ...": press reports, nobody in the text
        if self.press_paper(tok):
            return None, 0, 0  # "an interview with the Financial Times ... The paper said": the press's report
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children):
            return None, 0, 0  # "A report in the Sunday Business claimed": new to the text, not one already published
        publisher = self._publisher(tok, seen)
        if publisher is not None:  # "X published the report ... The report says"
            return publisher, tok.idx, tok.idx + len(tok.text)
        if tok.lemma_.lower() in _POLLS:
            return None, 0, 0  # "Labour will win, the survey suggests": a finding, not the last body's view
        subject = self._subject_body(tok, seen)
        if subject is not None:  # the body the text was last about, not one in a list near by
            return subject, tok.idx, tok.idx + len(tok.text)
        ante = self._recent(tok.i, want_person=False, named_only=True, not_kind="media")
        if ante is None:
            return None, 0, 0
        return self.actor_of(ante), tok.idx, tok.idx + len(tok.text)

    def _named_author(self, name: "Token", document: "Token") -> bool:
        """True when `name`, a word before a document ("the Treasury report", "the Hefce report"), is
        a named body or person of its own, not a place ("the Iraq report"), not part of the document's
        mention, not the press."""
        m = self.mention_at(name.i)
        actor = self.actor_of(m)
        return actor is not None and actor.label in {"ORG", "PERSON"} and m.label != "GROUP" \
            and not (m.start <= document.i < m.end) and "media" not in kinds_of(actor, self.rules)

    def press_paper(self, tok: "Token") -> bool:
        """ "an interview with the Financial Times ... The paper said": a bare "paper" just after a
        newspaper is named is that newspaper, whose report is hearsay, not a white paper's author."""
        if tok.lower_ != "paper" or any(c.dep_ in {"compound", "amod", "poss"} for c in tok.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False  # not "a white paper", "its paper"
        if any(t.lower_ == "paper" and t.dep_ == "dobj" and t.head.lemma_.lower() in _PUBLISHING
               for t in self.doc[max(0, tok.i - PRESS_LOOKBACK) : tok.i]):
            return False  # "The Home Office published its paper ... The paper says": that paper
        return any("media" in kinds_of(a, self.rules) for m in self.mentions if tok.i - PRESS_LOOKBACK <= m.start < tok.i
                   and (a := self.actor_of(m)) is not None and not a.is_person)

    def _subject_body(self, tok: "Token", seen: frozenset[int]) -> "Actor | None":
        """The last named organisation that was a subject before `tok` ("The commission says ...
        It also suggests ... with at least two members in the Welsh Assembly ... The report"),
        directly or through a subject "it"."""
        group = None  # "the cross-party committee": the named committee, if the text names one
        for i in range(tok.i - 1, max(-1, tok.i - LOOKBACK), -1):
            t = self.doc[i]
            if (group is None and t.dep_ not in SUBJECT_DEPS) or i in self.in_quote:
                continue
            if t.lower_ == "it" or (i in self.index and self.index[i].end - 1 == i):
                actor = self.actor_for(t, seen)[0]
                if actor is None or "media" in kinds_of(actor, self.rules):
                    continue
                if group is not None:
                    if actor.label == "ORG" and group.key in actor.key.split():
                        return actor
                elif actor.label == "ORG":
                    return actor
                elif actor.label == "GROUP" and actor.key in self.rules.org_heads:
                    group = actor
        return group

    def _publisher(self, tok: "Token", seen: frozenset[int]) -> Actor | None:
        """Who, earlier in the text, published (or wrote, released ...) a document of this kind."""
        lemma = tok.lemma_.lower()
        for i in range(tok.i - 1, max(-1, tok.i - LOOKBACK), -1):
            t = self.doc[i]
            if t.lemma_.lower() == lemma and t.dep_ == "dobj" and t.head.pos_ == "VERB" and (
                    lemma not in _POLLS or t.head.lemma_.lower() in _PUBLISHING | _POLLSTERS_VERBS):
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.i not in seen:
                    actor, _, _ = self.actor_for(subj, seen)
                    if actor is not None:
                        return actor
        return None

