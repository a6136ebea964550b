"""Which body a phrase around a person's name stands for: the organisation mentioned at a
token, a country's government, the body an appositive names, the body of the kind a title's
first word names ("Committee chairman"); and what is no body (a place, an MP's seat).

Helpers of `brief.affiliation`; pure functions over the parse and the actors.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from brief.actorset import Actor, ActorSet
from brief.agreement import kind_clash
from brief.mentions import Mention
from brief.rules import Rules, norm_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: Prepositions that tie a person to a body ("Jane Roe of Acme", "a lawyer at Acme").
LINK_PREPS = {"of", "at", "for", "from", "with"}


def actors_before(index: dict[int, Mention], actors: ActorSet, i: int,
                  lo: int = 0) -> Iterator[tuple[int, Mention, Actor]]:
    """(last token, mention, actor) of each mention ending before token `i` and at or after `lo`,
    nearest first."""
    for j in range(i - 1, lo - 1, -1):
        m = index.get(j)
        if m is not None and m.end - 1 == j and (actor := actors.by_mention(m)) is not None:
            yield j, m, actor


def org_at(doc: "Doc", index: dict[int, Mention], actors: ActorSet, i: int,
           rules: Rules | None = None) -> Actor | None:
    """The organisation (not a person, not a bare nationality) mentioned at token `i`, if any.

    With `rules`, a definite kind noun ("the party's spokesman") is the last body named before
    it that is not of another kind, as `Resolver` does for a subject."""
    m = index.get(i)
    actor = actors.by_mention(m) if m else None
    if actor is None or actor.is_person:
        return None
    if actor.label == "NORP" and not actor.canonical:
        return None  # "Nazi", "Jewish", "French": an adjective of kind, not an organisation to speak for
    tok = doc[i]
    if rules is not None and actor.label == "GROUP":
        for poss in (c for c in tok.children if c.dep_ == "poss"):
            owner = index.get(poss.i)
            body = actors.by_mention(owner) if owner is not None else None
            if body is not None and not body.is_person and body.label == "ORG":
                return body  # "the MCB's public affairs committee": the body it belongs to
    if rules is not None and actor.label == "GROUP" and tok.lemma_.lower() in rules.anaphoric_heads \
            and tok.tag_ == "NN" and any(c.lower_ == "the" for c in tok.children):
        kind = rules.anaphor_kinds.get(tok.lemma_.lower())
        for _, _, named in actors_before(index, actors, m.start):
            if not named.is_person and named.label in {"ORG", "NORP"} \
                    and not (kind is not None and kind_clash(named, kind, rules)):
                return named
    return actor


def named_by_kind(doc: "Doc", tok: "Token", index: dict[int, Mention], actors: ActorSet,
                  rules: Rules) -> Actor | None:
    """ "Mike Hobday, from the league": a definite kind noun ("the league", "the campaign") names the
    last body before it whose name has that word ("the League Against Cruel Sports")."""
    lemma = tok.lemma_.lower()
    if lemma not in rules.org_heads or tok.tag_ != "NN" or not any(c.lower_ == "the" for c in tok.children):
        return None
    return next((actor for _, m, actor in actors_before(index, actors, tok.i) if actor.label == "ORG"
                 and not place(actor) and lemma in {t.lemma_.lower() for t in doc[m.start : m.end]}), None)


def subject_body_before(doc: "Doc", i: int, index: dict[int, Mention], actors: ActorSet) -> Actor | None:
    """The organisation last named as a subject in this sentence or the one before token `i`
    ("The Funding Council said ... said its chief executive": the council)."""
    sent = doc[i].sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return next((actor for j, _, actor in actors_before(index, actors, i, lo)
                 if actor.label == "ORG" and doc[j].dep_ in {"nsubj", "nsubjpass"}), None)


def nation_at(doc: "Doc", index: dict[int, Mention], actors: ActorSet, i: int) -> str | None:
    """The name of the government of the country or nationality mentioned at token `i`, if any."""
    m = index.get(i)
    actor = actors.by_mention(m) if m else None
    if actor is not None and actor.label in {"NORP", "GPE"} and not actor.canonical:
        nation = doc[m.start : m.end].text  # "Japanese government", "government of France"
        return f"{nation} government" if actor.label == "NORP" else f"government of {nation}"
    return None


def national_government(actors: ActorSet, name: str) -> Actor:
    """The actor for a country's government called `name`, created on first use."""
    for a in actors.actors.values():
        if a.canonical == name:
            return a
    created = actors.new(norm_name(name), "ORG", [])
    created.canonical = name
    return created


def group_within(doc: "Doc", tok: "Token", index: dict[int, Mention], actors: ActorSet,
                 rules: Rules) -> Actor | None:
    """The named body a group noun says its people belong to ("within", "in", "at", "inside"),
    or whose members, sources or officials it names ("senior Conservative members"); a nation's
    officials ("Israeli officials") speak for its government."""
    if tok.lemma_.lower() not in rules.part_of_groups:
        return None  # "nurses in the NHS", "workers at Tesco" speak for themselves
    named = [c for c in tok.children if c.dep_ in {"compound", "amod"}]
    named += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in rules.within_preps
              for o in p.children if o.dep_ == "pobj"]
    for t in named:
        m = index.get(t.i)
        body = actors.by_mention(m) if m is not None else None
        if body is not None and not body.is_person and body.label == "ORG":
            return body
        nation = nation_at(doc, index, actors, t.i) if tok.lemma_.lower() == "official" else None
        if nation is not None:
            return national_government(actors, nation)
    return None


def kind_body(doc: "Doc", start: int, stop: int, before: int, index: dict[int, Mention],
               actors: ActorSet, rules: Rules) -> Actor | None:
    """ "Committee chairman Michael Jack", "Charity boss Tom Reddy": a body's kind word in the title
    names the body of that kind the text last mentioned ("the select committee", "the charity")."""
    # Only a kind word opening the title, right before its title word: in "Association of Chief
    # Police Officers president" "police" is part of a name, not the kind of the person's body.
    if stop - start < 2 or doc[start + 1].lower_ not in rules.titles:
        return None
    kinds = {doc[start].lemma_.lower()} & rules.org_heads - rules.titles
    return next((actor for i, _, actor in actors_before(index, actors, before)
                 if doc[i].lemma_.lower() in kinds and not actor.is_person and not place(actor)), None)


def org_in_phrase(doc: "Doc", root, index, actors: ActorSet, rules: Rules) -> tuple[Actor, int] | None:
    """The organisation an appositive names ("general manager of X Banking Corp's Madrid branch");
    a place is skipped, since a person works in it, not for it, and so is a person's title
    ("a friend of the Tory leader": a friend of a man, not of a body)."""
    def body(org: Actor | None) -> bool:
        return org is not None and not place(org) and not (org.label == "GROUP" and org.key in rules.titles)

    if root.lemma_.lower() in rules.spokesperson:  # "the Conservative spokesman for the Cabinet Office": the
        for tok in root.children:                   # party; what follows "for" is the portfolio
            if tok.dep_ in {"compound", "amod", "nmod", "poss"} and tok.i < root.i \
                    and body(org := org_at(doc, index, actors, tok.i, rules)):
                return org, tok.i
    for tok in root.subtree:
        if tok.dep_ == "prep" and tok.lower_ in LINK_PREPS:
            if seat(next(iter(tok.children), tok), rules):
                continue  # "Labour MP for Hornsey and Wood Green": the seat, not the body
            for obj in tok.children:
                org = org_at(doc, index, actors, obj.i, rules)
                if body(org):
                    return org, tok.i
    for tok in root.subtree:
        org = org_at(doc, index, actors, tok.i, rules)
        if body(org) and not inside_clause(tok, root) and not seat(tok, rules):
            return org, index[tok.i].start
    return None


def seat(tok: "Token", rules: Rules) -> bool:
    """ "MP for Hornsey and Wood Green": a word under an elected member's "for" names the seat."""
    return any(a.dep_ == "prep" and a.lower_ == "for" and a.head.pos_ in {"NOUN", "PROPN"}
               and a.head.lower_ in rules.constituency_titles for a in tok.ancestors)


def inside_clause(tok: "Token", root: "Token") -> bool:
    """ "one of the men lampooned in the Labour poster", "the strategist who turned John Howard's
    Liberal Party around": a clause inside the appositive talks about other things."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in {"acl", "relcl", "advcl", "ccomp", "xcomp"}:
            return True
        tok = tok.head
    return False


def place(actor: Actor) -> bool:
    """True for a place (a GPE that is no government): a person works in it, not for it."""
    return actor.label == "GPE" and not actor.government
