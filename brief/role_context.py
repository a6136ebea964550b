"""People tied to a body by what comes before them, not by their own title.

- a definite title as a subject ("The prime minister said") is the person last a subject
  before it, who then holds that role;
- a person introduced as the speaker right after a body's statement ("The Fire Brigades Union
  said ... Pensions officer Paul Woolstenholmes said") speaks for that body.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from brief.actorset import Actor, ActorSet
from brief.agreement import kinds_of
from brief.bodies import actors_before, org_at
from brief.found import SUBJECT_DEPS, embedded_under, main_subject
from brief.mentions import Mention
from brief.rules import Rules
from brief.titles import find_institution, institution

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


#: How far back (tokens) "the prime minister" looks for the person it names.
_ANAPHORA_TOKENS = 80


def _people_before(doc: "Doc", start: int, index: dict[int, Mention], actors: ActorSet) -> Iterator[tuple[int, Actor]]:
    """(last token index, person) of each person's mention ending before `start`, nearest first,
    within `_ANAPHORA_TOKENS`."""
    for i, _, actor in actors_before(index, actors, start, max(0, start - _ANAPHORA_TOKENS + 1)):
        if actor.is_person:
            yield i, actor


def _acting_subject(tok: "Token", rules: Rules) -> bool:
    """A main-clause subject, or its possessor ("Tony Blair's spokesman said", "Tony Blair's allies
    insisted"), but not the author of a work ("Mr Peston's book claimed": the book speaks, its
    author is a third party, no holder of the next title)."""
    return main_subject(tok) and not (tok.dep_ == "poss" and tok.head.lemma_.lower() in rules.authored_works)


def _spoke_of_title(doc: "Doc", tok: "Token", person: Actor, index: dict[int, Mention], actors: ActorSet) -> bool:
    """True when `person` spoke earlier of "the <title>" `tok` heads as someone else ("Michael Howard
    has no doubt it is the prime minister who ...": Howard is not the prime minister later)."""
    title = doc[tok.left_edge.i : tok.i + 1].text.lower()
    for t in doc[: tok.left_edge.i]:
        if t.lower_ != tok.lower_ or doc[t.left_edge.i : t.i + 1].text.lower() != title:
            continue  # "the shadow chancellor" is not "the chancellor"
        for verb in t.ancestors:
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            m = index.get(subj.i) if subj is not None else None
            if m is not None and actors.by_mention(m) is person and embedded_under(t, verb):
                return True
    return False


def _actor_role(tok: "Token") -> bool:
    """True for a name that acts in its sentence: a subject, or the one a call or attack comes
    "from" or is made "by" (not a name in a list: "met farmers including John Smith")."""
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in {"from", "by"})


def role_anaphora(doc: "Doc", actors: ActorSet, rules: Rules, index: dict[int, Mention],
                   votes: dict[int, Counter], roles: dict[int, str]) -> None:
    """ "Tony Blair rejected calls ... The prime minister said ...": a definite role title as a
    subject names the person who was last a subject before it, who then holds that role."""
    def taken(person: Actor) -> bool:
        return person.id in votes or person.parent is not None or person.id in roles

    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "NOUN" and not tok.is_lower or tok.lemma_.lower() in rules.spokesperson:
            continue  # "the prime minister's spokesman" is neither the prime minister nor the last person named
        start = tok.left_edge.i
        if doc[start].lower_ != "the":
            continue
        role_words = doc[start + 1 : tok.i + 1]
        if not len(role_words) or role_words[-1].lower_ not in rules.titles:
            continue
        # "the Tory leader": the organisation named in the title; "the prime minister": the institution.
        named = next((o for i in range(start + 1, tok.i) if (o := org_at(doc, index, actors, i)) is not None), None)
        inst = institution(role_words.text, rules) if named is None else None
        if named is None and inst is None or named is not None and "media" in kinds_of(named, rules):
            continue  # "the BBC's political editor has learned": a journalist, not the story's subject
        # The last person who was a sentence subject, not merely the last name ("Brown appealed for
        # unity after reports claimed Mr Blair ... The chancellor would not comment": Brown).
        # Not the subject whose own clause holds the title embedded: "Mr Brown refused to deny claims
        # the prime minister had reneged" speaks of another man (a subject is no name inside its
        # complement; a subject's possessor can be, "Tony Blair's spokesman would not say if the prime
        # minister ...", and so can a joined clause's, "X opened a hospital, and the chancellor said").
        last = next(((i, a) for i, a in _people_before(doc, start, index, actors)
                     if main_subject(doc[i])
                     and not (doc[i].dep_ != "poss" and embedded_under(tok, doc[i].head, contrast=True))
                     and not _spoke_of_title(doc, tok, a, index, actors)), None)
        person = last[1] if last is not None and _acting_subject(doc[last[0]], rules) else None
        if person is None:
            continue
        if taken(person) and named is not None and not named.government and person.parent != named.id:
            # "Home Secretary Charles Clarke vowed ... despite a call from Charles Kennedy. The Lib
            # Dem leader said": the subject holds another title, so the title is the last free name's.
            person = next((a for i, a in _people_before(doc, start, index, actors)
                           if _actor_role(doc[i]) and not taken(a)), person)
        if taken(person):
            continue  # a person with a title of their own does not take this one
        title = role_words.text.lower()
        # "London mayor Ken Livingstone ... the London mayor": the holder's role may lack the place
        core = " ".join(t.lower_ for t in role_words if t.ent_type_ not in {"GPE", "LOC"}) or title
        if any((r.lower().endswith(title) or r.lower().endswith(core)) and not set(r.lower().split()) & rules.shadow_prefixes
               for pid, r in roles.items() if pid != person.id):
            continue  # "Home Secretary Jane Rowe ... The home secretary said": the title already has a holder
        if any(w.lower_ in rules.former_prefixes for w in role_words):
            roles.setdefault(person.id, role_words.text)  # "The former Labour leader said": him, not the party
            continue
        org = named if named is not None else find_institution(actors, *inst)
        votes.setdefault(person.id, Counter())[org.id] += 1
        person.parent = org.id
        roles.setdefault(person.id, role_words.text)


def _spokespersons_body(doc: "Doc", tok: "Token", index: dict[int, Mention], actors: ActorSet,
                        rules: Rules) -> Actor | None:
    """ "A spokesman for the Anti-Fraud Office said ... 'X,' spokesman Jo Lee said": the body of an
    unnamed spokesperson subject, for the person named as its spokesperson next (the caller checks
    that the person's title is a spokesperson's)."""
    if tok.lemma_.lower() not in rules.spokesperson:
        return None
    return next((org for p in tok.children if p.dep_ == "prep" and p.lower_ in {"for", "of", "at"}
                 for o in p.children if (org := org_at(doc, index, actors, o.i)) is not None), None)


def previous_speaker(doc: "Doc", actors: ActorSet, person: Actor, index: dict[int, Mention],
                      rules: Rules) -> None:
    """ "The Fire Brigades Union said ... Pensions officer Paul Woolstenholmes said":
    a person introduced, with no organisation or government title of their own, as
    the subject right after an organisation's statement speaks for that organisation."""
    first = min(person.mentions, key=lambda m: m.start)
    if any(m.text.split()[0].lower() in rules.seat_titles for m in person.mentions) \
            or set((person.role or "").lower().split()) & rules.seat_titles:
        return  # "MSP Karen Whitefield said": a member speaks for herself, not the union quoted before
    name = doc[first.end - 1]
    title = name.head
    if name.dep_ == "appos" and title.dep_ in SUBJECT_DEPS and title.i < name.i \
            and title.lower_ in rules.titles and not any(c.lower_ in {"a", "an"} for c in title.children):
        name = title  # "Director, David Caldwell, said" (not "A local resident, Jane Doe, said")
    if name.dep_ not in SUBJECT_DEPS or not main_subject(name) or name.dep_ == "nsubjpass":
        return  # only a person introduced as the speaker of the next sentence ("He did not think Mr X ...",
        # "Tories attack EU moves. David Blunkett has been accused of ...": no)
    sent = doc[first.start].sent
    if sent.start == 0:
        return
    relcl = next((c for c in doc[first.end - 1].children if c.dep_ == "relcl" and c.i > name.i), None)
    spokesperson = bool(person.role) and person.role.lower().split()[-1] in rules.spokesperson
    prev = doc[sent.start - 1].sent
    for tok in prev:
        if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT":
            org = org_at(doc, index, actors, tok.i, rules) or (
                _spokespersons_body(doc, tok, index, actors, rules) if spokesperson else None)
            own = {w for m in person.mentions for w in m.key.split()}
            body_words = {w for n in org.names() for w in n.lower().split()} if org is not None else set()
            if relcl is not None and not any(t.lemma_.lower() in rules.org_heads or t.lower_ in body_words
                                             for t in relcl.subtree):
                return  # "Sir Alan Budd, who led an inquiry into the affair, said": a part of his own
            if org is not None and org.label == "ORG" and not org.government and not own & body_words:
                person.parent = org.id  # not "Lechin" under "Lechin and Victor Lopez": a mis-tagged pair
            return
