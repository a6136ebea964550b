"""File statements under stakeholders and turn actors into plain result dicts.

A person who speaks for an organisation is filed under it as a member; the statement
keeps the words that named the speaker (`speaker`) and the person (`member`).
Stakeholders are ranked by salience: mentions plus statements, weighted.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from brief.actorset import Actor, ActorSet
from brief.rules import Rules
from brief.found import Found

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

_TYPE_NAMES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group", "GROUP": "group"}


def owner_of(actors: ActorSet, actor_id: int) -> Actor:
    """The stakeholder an actor is filed under (its organisation, for a member)."""
    actor = actors.actors[actor_id]
    seen = {actor.id}
    while actor.parent is not None and actor.parent in actors.actors and actor.parent not in seen:
        actor = actors.actors[actor.parent]
        seen.add(actor.id)
    return actor


#: How many earlier statements of one stakeholder a statement is checked against for nesting;
#: nested statements come from one sentence, so a short look-back keeps this linear.
_NESTING_LOOKBACK = 12


def _dedupe(found: list[Found], owner: dict[int, int]) -> list[Found]:
    out: list[Found] = []
    seen: set[tuple[int, int, int]] = set()
    recent: dict[int, list[Found]] = {}
    for f in sorted(found, key=lambda f: (f.text[0], -(f.text[1] - f.text[0]))):
        if f.speaker_actor not in owner:
            continue
        key = (owner[f.speaker_actor], f.text[0], f.text[1])
        if key in seen:
            continue
        mine = recent.setdefault(key[0], [])
        # A statement nested inside another of the same stakeholder and type adds nothing.
        if any(g.type == f.type and g.text[0] <= f.text[0] and f.text[1] <= g.text[1] and g.cue != f.cue
               for g in mine[-_NESTING_LOOKBACK:]):
            continue
        seen.add(key)
        out.append(f)
        mine.append(f)
    return out


#: How far back (characters) a compliance demand looks for the demand it enforces.
_COMPLIANCE_REACH = 600


def link_compliance(found: list[Found], owners: dict[int, int], text: str, rules: Rules) -> None:
    """ "X's request for Y. ... X's ultimatum, which required compliance by Friday": the
    request takes the ultimatum's deadline, and the ultimatum the request's target."""
    demands = sorted((f for f in found if f.type in rules.demand_types and f.speaker_actor in owners),
                     key=lambda f: f.text[0])
    for n, f in enumerate(demands):
        if f.deadline is None:
            continue
        words = {w.strip(".,;:").lower() for w in text[f.text[0]:f.text[1]].split()}
        if not words & rules.compliance_words:
            continue
        for g in reversed(demands[:n]):
            if f.text[0] - g.text[1] > _COMPLIANCE_REACH:
                break
            if owners[g.speaker_actor] == owners[f.speaker_actor] and g.deadline is None:
                g.deadline = f.deadline
                f.target_actor = f.target_actor if f.target_actor is not None else g.target_actor
                break


#: A plural pronoun in reported content stands for the reporter ("X and Y say they want");
#: "he"/"she" there names someone else ("As the Tories claim, he plans to raise tax").
_PRONOUNS = {"they", "we"}


def drop_reported(found: list[Found], owners: dict[int, int], text: str,
                  demand_types: frozenset[str]) -> list[Found]:
    """Statements whose cue sits inside another stakeholder's reported content.

    In "The union said the government was planning cuts", planning is what the union
    claims, not a statement the government made: it is dropped. A pronoun subject in
    reported content ("X and Y say they want ...") stands for the reporter: the
    statement is re-filed under each reporter. Nominal cues ("refused the Pentagon's
    request") keep their own speaker."""
    by_sentence: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    keep = []
    for f in found:
        if f.quote or f.nominal or f.speaker_actor not in owners:
            keep.append(f)
            continue
        mine = owners[f.speaker_actor]
        outer = [g for g in by_sentence[f.sentence]
                 if g is not f and not g.bare and owners.get(g.speaker_actor, mine) != mine
                 and g.text[0] <= f.cue[0] and f.cue[1] <= g.text[1]]
        if not outer and any(g is not f and not g.bare and owners.get(g.speaker_actor) == mine
                             and g.text[0] <= f.cue[0] and f.cue[1] <= g.text[1] and g.text != f.text
                             and (g.type in demand_types) == (f.type in demand_types)
                             for g in by_sentence[f.sentence]):
            continue  # "said he was happy with his task": the outer statement already says it, in the same list
        if not outer and f.type == "action" and any(
                g is not f and not g.bare and owners.get(g.speaker_actor) == mine and g.type != "action"
                and g.text[0] <= f.cue[0] and f.cue[1] <= g.text[1] for g in by_sentence[f.sentence]):
            continue  # "said he was considering legal action": the act is only in what he said
        if not outer:
            keep.append(f)
        elif text[f.speaker[0]:f.speaker[1]].lower() in _PRONOUNS:
            keep.extend(replace(f, speaker_actor=g.speaker_actor) for g in outer)
            if any(g is not f and owners.get(g.speaker_actor) == mine and g.text[0] <= f.cue[0] <= g.text[1]
                   for g in by_sentence[f.sentence]):
                keep.append(f)  # its own reporter is among them too
    return keep


def _statement(text: str, f: Found, actors: ActorSet, owner: Actor, speaker: Actor,
               names: dict[int, str]) -> dict[str, Any]:
    target = None
    if f.target_actor is not None and f.target_actor in actors.actors:
        t_owner = owner_of(actors, f.target_actor)
        target = names[t_owner.id] if t_owner.id != owner.id else None
    return {
        "type": f.type,
        "cue": text[f.cue[0]:f.cue[1]],
        "text": text[f.text[0]:f.text[1]],
        "start": f.text[0],
        "end": f.text[1],
        "cue_start": f.cue[0],
        "cue_end": f.cue[1],
        "speaker": text[f.speaker[0]:f.speaker[1]] if f.speaker[1] > f.speaker[0] else None,
        "speaker_start": f.speaker[0] if f.speaker[1] > f.speaker[0] else None,
        "speaker_end": f.speaker[1] if f.speaker[1] > f.speaker[0] else None,
        "member": names[speaker.id] if speaker.id != owner.id else None,
        "target": target,
        "deadline": f.deadline,
        "quote": f.quote,
        "negated": f.negated,
        "sentence": {"start": f.sentence[0], "end": f.sentence[1]},
        "evidence": " ".join(text[f.sentence[0]:f.sentence[1]].split()),
    }


def _person_aliases(person: Actor, name: str) -> list[str]:
    """Other names of a person, with the honorifics the text uses ("Sir Ian Blair", "Mr Blair")."""
    out = [n for n in person.names() if n != name]
    for m in person.mentions:
        if m.honorific and not m.text.startswith(m.honorific):
            titled = f"{m.honorific} {m.text}"
            if titled not in out and titled != name:
                out.append(titled)
    return out


def _kind(actor: Actor) -> str:
    canonical = actor.canonical or ""
    if actor.government or canonical.endswith(" government") or canonical.startswith("government of "):
        return "government"  # the text's own, or a named country's ("Japanese government")
    return _TYPE_NAMES.get(actor.label, "organisation")


def file_statements(doc: "Doc", actors: ActorSet, found: list[Found], rules: Rules) -> list[dict[str, Any]]:
    """Stakeholder dicts (result format of `brief.assemble`), ranked by salience."""
    by_owner: dict[int, dict[str, list]] = {}
    text = doc.text  # Doc.text is rebuilt on every access: take it once
    names = {a.id: a.name() for a in actors.actors.values()}
    owners = {a.id: owner_of(actors, a.id).id for a in actors.actors.values()}
    found = drop_reported(found, owners, text, rules.demand_types)
    link_compliance(found, owners, text, rules)
    for f in sorted(_dedupe(found, owners), key=lambda f: f.text[0]):
        if actors.actors[f.speaker_actor].journalist:
            continue  # "BBC correspondent X said 2,000 people turned out": the outlet's coverage
        owner = actors.actors[owners[f.speaker_actor]]
        lists = by_owner.setdefault(owner.id, {"positions": [], "demands": []})
        st = _statement(text, f, actors, owner, actors.actors[f.speaker_actor], names)
        lists["demands" if f.type in rules.demand_types else "positions"].append(st)
    members: dict[int, list[Actor]] = {}
    for a in actors.actors.values():
        if a.parent is not None and a.parent in actors.actors:
            members.setdefault(owner_of(actors, a.id).id, []).append(a)
    out = []
    for actor in actors.actors.values():
        if (actor.parent is not None and actor.parent in actors.actors) or actor.journalist:
            continue
        lists = by_owner.get(actor.id, {"positions": [], "demands": []})
        n_statements = len(lists["positions"]) + len(lists["demands"])
        mems = members.get(actor.id, [])
        if not n_statements and not mems and (actor.label not in {"PERSON", "ORG"} or actor.government):
            continue
        mentions = len(actor.mentions) + sum(len(m.mentions) for m in mems)
        if not mentions and not n_statements:
            continue
        name = names[actor.id]
        aliases = _person_aliases(actor, name) if actor.is_person else [n for n in actor.names() if n != name]
        if actor.canonical and actor.canonical != name and actor.canonical not in aliases:
            aliases.append(actor.canonical)
        first = min((m.start for m in actor.mentions), default=len(doc))
        salience = mentions + 3.0 * n_statements + 2.0 * len(mems) + (1.0 if first < len(doc) * 0.1 else 0.0)
        out.append({
            "name": name,
            "type": _kind(actor),
            "aliases": aliases,
            "members": [{"name": names[m.id], "role": m.role, "aliases": _person_aliases(m, names[m.id])}
                        for m in mems],
            "mentions": mentions,
            "salience": salience,
            **lists,
        })
    top = max((s["salience"] for s in out), default=1.0) or 1.0
    for s in out:
        s["salience"] = round(s["salience"] / top, 4)
    out.sort(key=lambda s: -s["salience"])
    return out
