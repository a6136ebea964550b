"""The text's governments: which named government the bare "the government" is, which
departments belong to it, and that a government has one head.

`merge_government` runs while stakeholders are clustered; `one_head_per_government` after
affiliation, when people have their roles.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actorset import GOVERNMENT, Actor, ActorSet
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def merge_government(actors: ActorSet, rules: Rules, doc: "Doc") -> None:
    generic = next((a for a in actors.actors.values() if a.canonical == GOVERNMENT), None)
    named = [a for a in actors.actors.values()
             if a.label in {"ORG", "GPE"} and not a.canonical
             and any(len(m.key.split()) > 1 and m.key.split()[-1] in rules.government_heads for m in a.mentions)]
    if generic is not None:
        generic.government = True
    if generic is not None and named:
        best = max(named, key=lambda a: len(a.mentions))
        later = bool(generic.mentions) and min(m.start for m in generic.mentions) < min(m.start for m in best.mentions)
        titles_only = bool(generic.mentions) and all(m.text.lower().split()[-1] not in rules.government_heads
                                                     for m in generic.mentions)
        if later or titles_only or any(w in rules.subnational_words for m in best.mentions for w in m.key.split()):
            # Nor is "the prime minister" the "Kenyan Government" named before: a title is the text's own.
            # "the Welsh Assembly Government" beside "the government", or "the US government"
            # first named after the text's own "the government": two governments, kept apart.
            best.government = True
            return _merge_departments(actors, rules, generic)
        actors.merge(best, generic)
        best.canonical = None
        best.government = True
        generic = best
    if generic is None:
        return
    _merge_departments(actors, rules, generic)


def _merge_departments(actors: ActorSet, rules: Rules, generic: Actor) -> None:
    """A government department is part of the text's government ("the Cabinet Office said")."""
    for a in list(actors.actors.values()):
        words = max((m.text.lower().replace("-", " ").split() for m in a.mentions), key=len, default=[])
        if a.id != generic.id and a.label == "ORG" and len(words) > 1 and (
                words[-1] in rules.department_heads or words[0] in rules.department_heads) \
                and not set(words) & rules.independent_words and not a.government:
            named = generic.canonical
            actors.merge(generic, a)  # but not "the National Audit Office", which audits it
            generic.canonical = named  # the government keeps its own name, not "Foreign Office" from the alias table


def one_head_per_government(actors: ActorSet, rules: Rules) -> None:
    """ "Prime Minister Margaret Thatcher ... President Reagan", "President Kirchner ... French
    president Jacques Chirac": a government has one head, so of two members with head-of-government
    titles only the first named stays; the other (a leader the text does not tie to a country
    the tool knows) stands alone."""
    by_gov: dict[int, list[Actor]] = {}
    for a in actors.actors.values():
        if a.is_person and a.parent is not None and a.role and _head_title(a.role, rules):
            gov = actors.actors.get(a.parent)
            if gov is not None and gov.government:
                by_gov.setdefault(gov.id, []).append(a)
    for gov_id, heads in by_gov.items():
        heads.sort(key=lambda a: min(m.start for m in a.mentions))
        for other in heads[1:]:
            other.parent = None
        # "Downing Street said ... President Jacques Chirac ordered": a prime minister's government
        seats = {rules.head_seats[t] for m in actors.actors[gov_id].mentions
                 if (t := m.text.lower().removeprefix("the ")) in rules.head_seats}
        if seats and heads[0].parent is not None and _head_title(heads[0].role or "", rules) not in seats:
            heads[0].parent = None


def _head_title(role: str, rules: Rules) -> str | None:
    words = role.lower().split()
    for title in rules.head_titles:
        n = len(title.split())
        if words[-n:] == title.split() and (len(words) == n or words[-n - 1] not in {"deputy", "vice"}):
            return title
    return None
