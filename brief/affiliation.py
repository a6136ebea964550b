"""Group people under the organisation they speak for, with their role.

Patterns, all over the parse of one mention's context:
- possessive: "Anthropic's CEO Dario Amodei", "Oxfam's Barbara Stocking";
- title run before the name: "SNP Holyrood leader Nicola Sturgeon" (an organisation
  inside the title), "Defense Secretary Pete Hegseth" (a title that names an
  institution, via rules/roles.json);
- appositive or prepositional phrase after the name: "Dave Prentis, general secretary
  of Unison", "William Corr of the Campaign for Tobacco-Free Kids".
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from brief.actorset import Actor, ActorSet
from brief.agreement import kinds_of
from brief.bodies import (LINK_PREPS, kind_body, named_by_kind, nation_at, national_government, org_at, org_in_phrase,
                          place)
from brief.found import SUBJECT_DEPS, main_subject
from brief.mentions import Mention
from brief.rules import Rules
from brief.titles import find_institution, institution, title_possessor, title_run, unknown_body

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


def _links(doc: "Doc", m: Mention, index: dict[int, Mention], actors: ActorSet,
           rules: Rules) -> tuple[Actor | None, str | None]:
    start, end = title_run(doc, m, rules)
    role = doc[start:end].text if start < end else None
    if m.honorific and m.honorific.lower() in rules.titles:
        role = f"{role} {m.honorific}" if role else m.honorific
        if any(t.lower_ in rules.former_prefixes for t in doc[max(doc[m.start].sent.start, m.start - 4) : m.start]):
            return None, role  # "Former Tory chancellor Ken Clarke": the title ("chancellor") was taken as his honorific
    if role and role.split()[-1].lower().rstrip(".") in rules.expert_titles \
            and title_possessor(doc, start, end) is None:
        return None, role  # "Great Ormond Street Hospital professor X": works there, speaks as an expert
    # "Ex-Labour MP George Galloway" no longer speaks for Labour; "Tory ex-minister Hogg" is a Tory.
    former = next((i for i in range(start, end) if doc[i].lower_ in rules.former_prefixes), end)
    if former < end and institution(role or "", rules) is None and not any(
            org_at(doc, index, actors, i) for i in range(start, former)):
        return None, role
    # Possessive before the title run: "Anthropic's CEO Dario Amodei", "Germany's interior minister X".
    owner = title_possessor(doc, start, end)
    if owner is not None:
        org = org_at(doc, index, actors, owner)
        nation = nation_at(doc, index, actors, owner)
        inst = institution(role, rules) if role else None
        if nation is not None and inst is not None and inst[1]:
            return national_government(actors, nation), role
        if org is not None:
            return org, role
    if start == end and end > 0 and doc[end - 1].head.i in range(m.start, m.end):
        org = org_at(doc, index, actors, end - 1)
        if org is not None and not place(org) and index[end - 1].end == end \
                and "media" not in kinds_of(org, rules):  # "told the BBC Michael Howard ...": the addressee
            return org, role  # "Liberal Democrat Sarah Teather", "Tory Michael Howard": a party's name as modifier
    # An organisation named inside the title run ("SNP Holyrood leader"), but not the portfolio
    # of a government title ("Trade and Industry Minister": "industry" is no body).
    ministerial = bool(role) and (institution(role, rules) or ("", False))[1]
    portfolio = next((i for i in range(start, former) if doc[i].pos_ == "ADP"), former)
    for i in range(start, former):
        org = org_at(doc, index, actors, i)
        if org is not None and i > portfolio and (place(org) or " ".join(
                t.lower_ for t in doc[portfolio - 1 : i + 1]) in rules.institutions):
            continue  # "Archbishop of Canterbury", "Secretary of State": the see or the title, not a body
        if org is not None and not (ministerial and org.label == "GROUP"):
            return org, role
        nation = nation_at(doc, index, actors, i)
        inst = institution(role, rules) if role and nation is not None else None
        if inst is not None and inst[1]:
            # "Japanese Prime Minister Nakasone": that country's government, not the text's own.
            return national_government(actors, nation), role
    kind = kind_body(doc, start, former, m.start, index, actors, rules)
    if kind is not None:
        return kind, role
    head = doc[m.end - 1]
    # "Argentine Economic Minister, Roberto Lavagna, said": the name is the title's appositive.
    title = head.head
    if head.dep_ == "appos" and title.i < m.start and title.lower_ in rules.titles - rules.expert_titles:
        t_start = title.left_edge.i
        role = doc[t_start : title.i + 1].text
        for i in range(t_start, title.i + 1):
            org = org_at(doc, index, actors, i)
            if org is not None and org.label not in {"NORP", "GPE"}:
                return org, role
        found = org_in_phrase(doc, title, index, actors, rules)
        if found is not None:  # "The chairman of the MCB's public affairs committee, Sher Khan"
            return found[0], role
        inst = institution(role, rules)
        if inst is not None:
            return find_institution(actors, *inst), role
    # Appositive or prepositional link after the name.
    for child in head.children:
        if child.dep_ == "appos":
            if child.lemma_.lower() in rules.relation_nouns | rules.expert_titles:
                continue  # "Anne Robinson, a friend of the Tory leader": his friend, not his party's voice
            if any(t.lower_ in rules.former_prefixes for t in doc[child.left_edge.i : child.i]) or any(
                    _left_post(c, rules) for c in child.children):
                continue  # "Ed Balls, ex-chief economic adviser to the Treasury", "X, a KGB officer who defected"
            found = org_in_phrase(doc, child, index, actors, rules)
            if found is not None:
                org, stop = found
                # "a prospective Labour MP": the role is the whole title, the organisation inside it
                role_end = child.i + 1 if stop < child.i else stop
                first = child.left_edge.i + (doc[child.left_edge.i].dep_ == "det")
                appos_role = doc[first:role_end].text.strip(" ,") or None
                return org, appos_role
        if child.dep_ == "prep" and child.lower_ in LINK_PREPS:
            for obj in _named_first(child):
                org = org_at(doc, index, actors, obj.i) or named_by_kind(doc, obj, index, actors, rules)
                inst = institution(role, rules) if role else None
                if org is not None and org.label == "GPE" and inst is not None and inst[1]:
                    # "President Nestor Kirchner of Argentina": the country's government.
                    return find_institution(actors, *inst), role
                if org is not None and not place(org):
                    return org, role
    if role:
        inst = institution(role, rules)
        if inst is not None and not unknown_body(doc, start, end, rules):
            return find_institution(actors, *inst), role
    if head.dep_ == "nsubj":
        # "For the Liberal Democrats, Sir Menzies Campbell said ...": the body the speaker answers
        # for; "John Ison, from the group Fathers 4 Justice, said": the parser hung "from" on the verb.
        verb = head.head
        for prep in (c for c in verb.children if c.dep_ == "prep" and (
                c.lower_ == "for" and c.i < head.i or c.lower_ in {"from", "of", "for"} and head.i < c.i < verb.i)):
            for tok in _named_first(prep):
                org = org_at(doc, index, actors, tok.i, rules) or named_by_kind(doc, tok, index, actors, rules)
                if org is not None and not place(org):
                    return org, role
    return None, role


def _people_before(doc: "Doc", start: int, index: dict[int, Mention], actors: ActorSet) -> Iterator[tuple[int, Actor]]:
    """(last token index, person) of each person's mention ending before `start`, nearest first,
    within `_ANAPHORA_TOKENS`."""
    for i in range(start - 1, max(-1, start - _ANAPHORA_TOKENS), -1):
        m = index.get(i)
        if m is not None and m.end - 1 == i and (a := actors.by_mention(m)) is not None and a.is_person:
            yield i, a


def _acting_subject(tok: "Token", rules: Rules) -> bool:
    """A main-clause subject, or its possessor ("Tony Blair's spokesman said", "Tony Blair's allies
    insisted"), but not the author of a work ("Mr Peston's book claimed": the book speaks, its
    author is a third party, no holder of the next title)."""
    return main_subject(tok) and not (tok.dep_ == "poss" and tok.head.lemma_.lower() in rules.authored_works)


def _actor_role(tok: "Token") -> bool:
    """True for a name that acts in its sentence: a subject, or the one a call or attack comes
    "from" or is made "by" (not a name in a list: "met farmers including John Smith")."""
    return tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in {"from", "by"})


def _left_post(clause: "Token", rules: Rules) -> bool:
    """ "a KGB officer who defected", "who quit in 2003", "who became an agent for the British": a
    relative clause saying the holder left the title ("became party leader" is a rise, not a leaving)."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() not in rules.left_post_verbs:
        return False
    return clause.lemma_.lower() != "become" or any(
        p.dep_ == "prep" and p.lower_ in {"for", "to"} for a in clause.children if a.dep_ == "attr" for p in a.children)


def _named_first(prep: "Token") -> list["Token"]:
    """A preposition's objects, each after the name in apposition to it ("the campaign group
    Mothers 4 Safety": the group's name before "group")."""
    out = []
    for obj in prep.children:
        out += [a for a in obj.children if a.dep_ == "appos"] + [obj]
    return out


def affiliate(doc: "Doc", actors: ActorSet, rules: Rules) -> None:
    """Set `parent` and `role` on person actors whose text says whom they speak for."""
    index = {i: m for a in actors.actors.values() for m in a.mentions for i in range(m.start, m.end)}
    votes: dict[int, Counter] = {}
    roles: dict[int, str] = {}
    for person in [a for a in actors.actors.values() if a.is_person]:
        for m in person.mentions:
            org, role = _links(doc, m, index, actors, rules)
            if role and person.id not in roles:
                roles[person.id] = role
            if org is not None and org.key.lower() in rules.chambers:
                continue  # "Commons leader Peter Hain" speaks for the government, not the Commons
            if org is not None and org.id != person.id:
                votes.setdefault(person.id, Counter())[org.id] += 1
    for pid, counter in votes.items():
        person = actors.actors.get(pid)
        if person is None:
            continue
        org_id = counter.most_common(1)[0][0]
        if org_id not in actors.actors:
            continue
        if _outlets_journalist(roles.get(pid), actors.actors[org_id], rules):
            person.journalist = True
        elif not _seat_holder(roles.get(pid), rules):
            person.parent = org_id
    _role_anaphora(doc, actors, rules, index, votes, roles)
    for pid, role in roles.items():
        if pid in actors.actors:
            actors.actors[pid].role = role
    for person in [a for a in actors.actors.values() if a.is_person and a.id not in votes and a.parent is None]:
        role = roles.get(person.id)
        former = role is not None and bool(set(role.lower().replace("-", " ").split()) & rules.former_prefixes)
        if (role is None or institution(role, rules) is None) and not former and not _seat_holder(role, rules):
            # not "Former Labour minister Estelle Morris" after a Green Party statement
            _previous_speaker(doc, actors, person, index, rules)


def _seat_holder(role: str | None, rules: Rules) -> bool:
    """ "Labour MP Tony Banks", "Tory backbencher X": a member of a chamber speaks for a seat, not
    for the party, unless the title also makes them its voice ("Labour MP and party chairman")."""
    if not role:
        return False
    words = role.lower().replace("-", " ").split()
    return words[-1] in rules.seat_titles and not (set(words[:-1]) & (rules.titles | rules.spokesperson))


def _outlets_journalist(role: str | None, org: Actor, rules: Rules) -> bool:
    """ "The BBC's home affairs correspondent, X", "BBC political editor X", "the BBC's X": a
    news outlet's journalist gives the outlet's own coverage and is no voice of it in the story."""
    if "media" not in kinds_of(org, rules):
        return False
    if not role:
        return True
    words = role.lower().replace("'s", "").split()
    if words[-1] in rules.journalist_titles:
        return True
    return words[-1] == "editor" and len(words) > 1 and words[-2].isalpha() and words[-2] not in rules.editor_ranks \
        and not any(w in {n.lower() for n in org.names()} or w in rules.org_kinds for w in words[-2:-1])


#: How far back (tokens) "the prime minister" looks for the person it names.
_ANAPHORA_TOKENS = 80


def _role_anaphora(doc: "Doc", actors: ActorSet, rules: Rules, index: dict[int, Mention],
                   votes: dict[int, Counter], roles: dict[int, str]) -> None:
    """ "Tony Blair rejected calls ... The prime minister said ...": a definite role title as a
    subject names the person who was last a subject before it, who then holds that role."""
    def taken(person: Actor) -> bool:
        return person.id in votes or person.parent is not None or person.id in roles

    for tok in doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "NOUN" or tok.lemma_.lower() in rules.spokesperson:
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
        last = next(((i, a) for i, a in _people_before(doc, start, index, actors) if main_subject(doc[i])), None)
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
        if any(r.lower().endswith(title) and not set(r.lower().split()) & rules.shadow_prefixes
               for pid, r in roles.items() if pid != person.id):
            continue  # "Home Secretary Jane Rowe ... The home secretary said": the title already has a holder
        org = named if named is not None else find_institution(actors, *inst)
        votes.setdefault(person.id, Counter())[org.id] += 1
        person.parent = org.id
        roles.setdefault(person.id, role_words.text)


def _spokespersons_body(doc: "Doc", tok: "Token", index: dict[int, Mention], actors: ActorSet,
                        rules: Rules) -> Actor | None:
    """ "A spokesman for the Anti-Fraud Office said ... 'X,' spokesman Jo Lee said": the body of an
    unnamed spokesperson subject, for the person named as its spokesperson next."""
    if tok.lemma_.lower() not in rules.spokesperson:
        return None
    return next((org for p in tok.children if p.dep_ == "prep" and p.lower_ in {"for", "of", "at"}
                 for o in p.children if (org := org_at(doc, index, actors, o.i)) is not None), None)


def _previous_speaker(doc: "Doc", actors: ActorSet, person: Actor, index: dict[int, Mention],
                      rules: Rules) -> None:
    """ "The Fire Brigades Union said ... Pensions officer Paul Woolstenholmes said":
    a person introduced, with no organisation or government title of their own, as
    the subject right after an organisation's statement speaks for that organisation."""
    first = min(person.mentions, key=lambda m: m.start)
    name = doc[first.end - 1]
    title = name.head
    if name.dep_ == "appos" and title.dep_ in SUBJECT_DEPS and title.i < name.i \
            and title.lower_ in rules.titles and not any(c.lower_ in {"a", "an"} for c in title.children):
        name = title  # "Director, David Caldwell, said" (not "A local resident, Jane Doe, said")
    if name.dep_ not in SUBJECT_DEPS or not main_subject(name):
        return  # only a person introduced as the speaker of the next sentence ("He did not think Mr X ...": no)
    sent = doc[first.start].sent
    if sent.start == 0:
        return
    prev = doc[sent.start - 1].sent
    for tok in prev:
        if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT":
            org = org_at(doc, index, actors, tok.i) or _spokespersons_body(doc, tok, index, actors, rules)
            own = {w for m in person.mentions for w in m.key.split()}
            if org is not None and org.label == "ORG" and not org.government \
                    and not own & {w for n in org.names() for w in n.lower().split()}:
                person.parent = org.id  # not "Lechin" under "Lechin and Victor Lopez": a mis-tagged pair
            return
