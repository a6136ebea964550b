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
from typing import TYPE_CHECKING

from brief.actorset import Actor, ActorSet
from brief.agreement import kind_clash, kinds_of
from brief.bodies import (LINK_PREPS, actors_before, kind_body, named_by_kind, nation_at, national_government, org_at,
                          org_in_phrase, place, subject_body_before)
from brief.found import main_subject
from brief.mentions import Mention
from brief.role_context import previous_speaker, role_anaphora
from brief.rules import Rules
from brief.titles import find_institution, institution, title_possessor, title_run, title_word, unknown_body

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


#: Bodies named after the one they watch ("the Treasury committee"): their officers do not speak for it.
_SCRUTINY_BODIES = {"committee", "inquiry", "panel"}
#: Punctuation that a title never holds but a list does (a spaced dash, not "co-chairman"; a comma only
#: before "and": "senior vice president, Sony Europe" is a title).
_LIST_MARKS = {";", "-", "--", "\u2013", "\u2014", "("}


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
    # "Ex-Labour MP George Galloway", "Former Labour minister Estelle Morris", "Tory ex-minister
    # Hogg": out of office, they speak for themselves, as a sitting MP does.
    former = next((i for i in range(start, end) if doc[i].lower_ in rules.former_prefixes), end)
    if former < end and institution(role or "", rules) is None:
        return None, role
    # Possessive before the title run: "Anthropic's CEO Dario Amodei", "Germany's interior minister X".
    owner = title_possessor(doc, start, end)
    if owner is not None:
        org = org_at(doc, index, actors, owner)
        if org is not None and org.label == "GROUP" and doc[owner].lemma_.lower() in rules.anaphoric_heads \
                and doc[owner].left_edge.lower_ == "the":
            # "Labour will ..., the party's election chief X said": the body that is the subject just
            # before, not merely the last one named ("The Tories attacked Labour's plans. The party's ...")
            org = _body_of_kind(doc, owner, index, actors, rules) or org
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
    if start < former - 1 and doc[start].lemma_.lower() in rules.anaphoric_heads and doc[start].is_title \
            and title_word(doc, start + 1, rules):
        # "Party leader Charles Kennedy said" after "The Lib Dems say": a kind word, capitalised as
        # the sentence's first word, that stands for the body as "the party's leader" would
        body = _body_of_kind(doc, start, index, actors, rules, anaphor=False)
        if body is not None:
            return body, role
    # An organisation named inside the title run ("SNP Holyrood leader"), but not the portfolio
    # of a government title ("Trade and Industry Minister": "industry" is no body).
    ministerial = bool(role) and (institution(role, rules) or ("", False))[1]
    portfolio = next((i for i in range(start, former) if doc[i].pos_ == "ADP"), former)
    for i in range(start, former):
        org = org_at(doc, index, actors, i)
        if org is not None and i > portfolio and (place(org) or " ".join(
                t.lower_ for t in doc[portfolio - 1 : i + 1]) in rules.institutions):
            continue  # "Archbishop of Canterbury", "Secretary of State": the see or the title, not a body
        if org is not None and any(doc[j].lower_ in _SCRUTINY_BODIES for j in range(i + 1, former)):
            return None, role  # "ODPM committee chairman": the MPs' committee on that department, not it
        if org is not None and any(doc[j].lower_ in rules.shadow_prefixes for j in range(start, i)) and (
                org.government or set(org.name().lower().split()) & rules.department_heads):
            continue  # "Shadow Treasury chief secretary X": the department he shadows is not his body
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
            if org is not None and org.label not in {"NORP", "GPE", "GROUP"}:
                return org, role
        if doc[t_start].lower_ == "its":  # "said its chief executive, Sir Howard Newby": the body that spoke
            body = subject_body_before(doc, t_start, index, actors)
            if body is not None:
                return body, role
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
                span = doc[first:role_end]
                if any(t.text in _LIST_MARKS and (t.text != "-" or t.whitespace_) for t in span) or any(
                        t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"and", "or"} for t in span):
                    continue  # "the strategy of Gordon Brown, the obvious unfairness of ... - especially ...,
                    # and the empty promises of the Conservative party": a list the parser read as his title
                appos_role = doc[first:role_end].text.strip(" ,") or None
                if appos_role in org.names():  # "X, director of campaign group Vote No": the name is its own appositive
                    titled = next((c for c in head.children if c.dep_ == "appos" and c.lower_ in rules.titles), None)
                    appos_role = doc[titled.i : child.left_edge.i].text.strip(" ,") if titled is not None else None
                return org, appos_role
        if child.dep_ == "prep" and child.lower_ in LINK_PREPS:
            if child.lower_ == "of" and m.start > 0 and doc[m.start - 1].lower_ in rules.peerage_titles:
                continue  # "Lord Kinnock of Bedwellty": the peerage's place, no body he speaks for
            if any(t.lower_ in rules.former_prefixes for t in doc[head.i + 1 : child.i]):
                continue  # "X, ex-head of communications at Number 10": a body he has left
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


def _body_of_kind(doc: "Doc", i: int, index: dict[int, Mention], actors: ActorSet, rules: Rules, *,
                  anaphor: bool = True) -> Actor | None:
    """The body a kind word at token `i` stands for ("the party's", "Party leader"): the body that
    was a subject in this sentence or the one before, unless its name says it is of another kind;
    else, for "the party's", the last body named before that is not of another kind."""
    kind = rules.anaphor_kinds.get(doc[i].lemma_.lower())
    if not anaphor:  # "Party leader X": a body that was a main subject in the last three sentences, not one
        # only named in passing ("Labour's plans were attacked by the CBI. Union leader X said")
        lo = doc[i].sent.start
        for _ in range(2):
            lo = doc[lo - 1].sent.start if lo > 0 else lo
        return next((a for _, m, a in actors_before(index, actors, i, lo) if a.label == "ORG" and not a.is_person
                     and (r := doc[m.start : m.end].root).dep_ in {"nsubj", "nsubjpass"} and main_subject(r)
                     and not (kind is not None and kind_clash(a, kind, rules))), None)
    body = subject_body_before(doc, i, index, actors)
    if body is None or kind is not None and kind_clash(body, kind, rules):
        return org_at(doc, index, actors, i, rules)  # else the last body of its kind named before
    return body


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
    all_roles: dict[int, list[str]] = {}  # every title a person is given ("Tory MP X, the party's spokesman")
    owned: set[int] = set()  # people named with a body's possessive
    for person in [a for a in actors.actors.values() if a.is_person]:
        for m in person.mentions:
            org, role = _links(doc, m, index, actors, rules)
            if role and person.id not in roles:
                roles[person.id] = role
            if role:
                all_roles.setdefault(person.id, []).append(role)
            if org is not None and m.start > 0 and doc[m.start - 1].tag_ == "POS":
                owned.add(person.id)  # "the BBC's Sarah Mukherjee"
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
        if _outlets_journalist(roles.get(pid), actors.actors[org_id], rules, pid in owned):
            person.journalist = True
        elif not any(_seat_holder(r, rules) for r in all_roles.get(pid, [])) or _voice_appositive(doc, person, rules):
            person.parent = org_id
    role_anaphora(doc, actors, rules, index, votes, roles)
    for pid, role in roles.items():
        if pid in actors.actors:
            actors.actors[pid].role = role
    for person in [a for a in actors.actors.values() if a.is_person and a.id not in votes and a.parent is None]:
        role = roles.get(person.id)
        former = role is not None and bool(set(role.lower().replace("-", " ").split()) & rules.former_prefixes)
        if (role is None or institution(role, rules) is None) and not former and not _seat_holder(role, rules):
            # not "Former Labour minister Estelle Morris" after a Green Party statement
            previous_speaker(doc, actors, person, index, rules)


def _voice_appositive(doc: "Doc", person: Actor, rules: Rules) -> bool:
    """ "Tory MP John Redwood, the party's deregulation spokesman": an appositive title of the party's
    own ("the party's", "Labour's") that makes the member of a chamber its voice ("another
    co-chairman of Middle Way" is another body's)."""
    return any(c.dep_ == "appos" and (c.lemma_.lower() in rules.spokesperson or c.lower_ in rules.titles - rules.seat_titles)
               and any(g.dep_ == "poss" for g in c.children) for m in person.mentions for c in doc[m.end - 1].children)


def _seat_holder(role: str | None, rules: Rules) -> bool:
    """ "Labour MP Tony Banks", "Tory backbencher X": a member of a chamber speaks for a seat, not
    for the party, unless the title also makes them its voice ("Labour MP and party chairman")."""
    if not role:
        return False
    words = role.lower().replace("-", " ").split()
    return words[-1] in rules.seat_titles and not (set(words[:-1]) & (rules.titles | rules.spokesperson))


def _outlets_journalist(role: str | None, org: Actor, rules: Rules, owned: bool) -> bool:
    """ "The BBC's home affairs correspondent, X", "BBC political editor X", "the BBC's X": a
    news outlet's journalist gives the outlet's own coverage and is no voice of it in the story."""
    if "media" not in kinds_of(org, rules):
        return False
    if not role:  # "the BBC's Sarah Mukherjee"; not "Greg Dyke of the BBC", "the independent member for X"
        return owned and org.label == "ORG"
    words = role.lower().replace("'s", "").split()
    if words[-1] in rules.journalist_titles:
        return True
    return words[-1] == "editor" and len(words) > 1 and words[-2].isalpha() and words[-2] not in rules.editor_ranks \
        and not any(w in {n.lower() for n in org.names()} or w in rules.org_kinds for w in words[-2:-1])
