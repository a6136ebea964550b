"""Statements cued by a noun ("the Pentagon's request for ...", "X's refusal to ...") and by
"according to X". Pure functions over a parsed Doc, like `brief.statements`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from brief.agreement import kinds_of
from brief.assertion import denied_or_hearsay, forecast
from brief.coref import Resolver
from brief.rules import Rules
from brief.found import Dates, Found, span_of, subject_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from brief.actorset import Actor

_RESPONSE_VERBS = {"refuse", "reject", "accept", "meet", "consider", "ignore", "answer", "receive", "rebuff",
                   "dismiss", "resist", "defy", "welcome", "comply", "respond", "turn"}
_LIGHT_VERBS = {"make", "issue", "deliver", "send", "launch", "give", "express", "raise", "voice", "lodge", "table"}


def noun_statements(doc: "Doc", res: Resolver, rules: Rules, dates: Dates | None = None) -> list[Found]:
    """Nominal cues: "the Pentagon's request for unrestricted access", "X's refusal to ..."."""
    dates = dates or Dates(doc, rules)
    out = []
    for n in doc:
        kind = rules.nouns.get(n.lemma_.lower()) if n.pos_ == "NOUN" else None
        if kind is None or denied_or_hearsay(n, rules) or n.dep_ == "attr" \
                or (n.dep_ == "nsubjpass" and n.head.lemma_.lower() not in _RESPONSE_VERBS):
            continue  # "It is the Tories' attempt to ...", "his pledge was meant to be ...": talked about
        if kind == "action" and n.dep_ not in {"nsubj", "ROOT"} and not (
                n.dep_ in {"dobj", "nsubjpass"} and n.head.lemma_.lower() in _LIGHT_VERBS | _RESPONSE_VERBS):
            continue  # "to boost the party's bid for a third term": an effort the writer narrates, unlike
            # "Chelsea make late bid" or "Shareholders rejected Vodafone's bid"
        if n.dep_ == "dobj" and n.head.lemma_.lower() in _LIGHT_VERBS and forecast(n.head, rules, res.in_quote):
            continue  # "The firm could make an attempt to buy its rival": not made
        speaker_tok = next((c for c in n.children if c.dep_ == "poss"), None)
        if speaker_tok is None and n.dep_ == "dobj" and n.head.lemma_.lower() in _LIGHT_VERBS:
            speaker_tok, _ = subject_of(n.head)
        if speaker_tok is None:
            continue
        actor, s0, s1 = res.actor_for(speaker_tok)
        if actor is None:
            continue
        parts = []
        for c in n.children:
            if kind in rules.demand_types and c.dep_ == "prep" and c.lower_ == "to":
                continue  # "a rallying call to the party": whom it is made to, not what it asks
            if c.i > n.i and (c.dep_ in {"acl", "relcl"} or (c.dep_ == "prep" and c.lower_ in {"for", "of", "to", "on", "against", "that"})):
                parts.extend(c.subtree)
        text = span_of(parts)
        if text is None or len(parts) < 2:
            continue  # "made a bid for [a name the parser left out]": no content
        target = None
        if kind in rules.demand_types and n.dep_ in {"dobj", "nsubjpass"} and n.head.lemma_.lower() in _RESPONSE_VERBS:
            tsubj, _ = subject_of(n.head)
            if tsubj is not None:
                t_actor, _, _ = res.actor_for(tsubj)
                target = t_actor.id if t_actor is not None and t_actor.id != actor.id else None
        sent = n.sent
        found = Found(kind, (n.idx, n.idx + len(n.text)), text, actor.id, (s0, s1),
                      (sent.start_char, sent.end_char), target_actor=target, head=n.i, nominal=True)
        found.deadline = dates.deadline(text)
        out.append(found)
    return out


def according_to(doc: "Doc", res: Resolver, rules: Rules) -> list[Found]:
    """ "..., according to X": X holds the rest of the sentence."""
    out = []
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        actor, s0, s1 = res.actor_for(obj)
        if actor is None:
            # "according to findings published in X of Y's Institute": the publisher, named last.
            for t in reversed(list(obj.subtree)):
                actor, s0, s1 = res.actor_for(t)
                if actor is not None and actor.label == "ORG":  # not "an expert on Polish affairs"
                    break
                actor = None
        if actor is None or (actor.label == "GPE" and not actor.government):
            continue  # not "according to a new book, Brown's Britain"
        sent = tok.sent
        phrase_end = max(t.i for t in to.subtree)
        relay = _relayed_source(sent, phrase_end, res)
        if relay is not None:
            # "According to X, quoting Y, ...": X only passes on what Y said.
            actor, s0, s1, phrase_end = relay
        elif "media" in kinds_of(actor, rules):
            continue  # "According to the Guardian, ...": a newspaper's report is news, not its stance
        if tok.i - sent.start <= 1:
            toks = [t for t in sent if t.i > phrase_end]
        else:
            toks = [t for t in sent if t.i < tok.i]
        text = span_of(toks)
        if text is None:
            continue
        out.append(Found("claim", (tok.idx, to.idx + len(to.text)), text, actor.id, (s0, s1),
                         (sent.start_char, sent.end_char), head=tok.i))
    return out


def _relayed_source(sent: "Span", after: int, res: Resolver) -> tuple["Actor", int, int, int] | None:
    """ "..., quoting Y, ..." right after "according to X": Y's actor, its name span and the last
    token of the phrase; None when Y is no known actor."""
    for t in sent:
        if t.i > after + 2:
            break
        if t.i > after and t.lower_ in {"quoting", "citing"}:
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is None:
                return None
            actor, s0, s1 = res.actor_for(obj)
            return (actor, s0, s1, max(x.i for x in t.subtree)) if actor is not None else None
    return None
