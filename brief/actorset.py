"""Actors under construction: the clusters of mentions that become stakeholders.

`Actor` is one stakeholder candidate (its mentions, label and, for a person, the
organisation it speaks for); `ActorSet` keeps ids and mention links consistent
while clusters merge. No spaCy objects are stored, only token offsets.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from brief.mentions import Mention
from brief.rules import norm_name

GOVERNMENT = "the government"


@dataclass
class Actor:
    """A stakeholder candidate: its mentions, label and (for people) affiliation."""

    id: int
    key: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    canonical: str | None = None  # name from the alias table
    parent: int | None = None  # actor id of the organisation a person speaks for
    role: str | None = None
    government: bool = False  # the text's own government ("the government", "Scottish Executive")
    journalist: bool = False  # a news outlet's reporter: what they say is coverage, no stake

    @property
    def is_person(self) -> bool:
        return self.label == "PERSON"

    def names(self) -> list[str]:
        """Distinct surface names, most frequent first."""
        counts = Counter(m.text for m in self.mentions)
        return [n for n, _ in counts.most_common()]

    def name(self) -> str:
        """Display name: the alias table's canonical name if the text uses it, else the fullest name."""
        names = self.names()
        if self.canonical and (self.canonical == GOVERNMENT or norm_name(self.canonical) in {norm_name(n) for n in names}):
            return self.canonical
        if not names:
            return self.canonical or self.key
        if self.is_person:
            return max(names, key=lambda n: (len(n.split()), len(n)))
        multi = [n for n in names if len(n.split()) > 1 and n[0].isupper()]
        proper = [n for n in names if n[:1].isupper()]
        return (multi or proper or names)[0]


class ActorSet:
    """Actors under construction; merging keeps mentions and ids consistent."""

    def __init__(self) -> None:
        self.actors: dict[int, Actor] = {}

    def new(self, key: str, label: str, mentions: list[Mention]) -> Actor:
        actor = Actor(max(self.actors, default=0) + 1, key, label)
        self.actors[actor.id] = actor
        for m in mentions:
            self.add(actor, m)
        return actor

    def add(self, actor: Actor, mention: Mention) -> None:
        mention.actor = actor.id
        actor.mentions.append(mention)

    def merge(self, keep: Actor, gone: Actor) -> Actor:
        if keep.id == gone.id:
            return keep
        for m in gone.mentions:
            self.add(keep, m)
        keep.canonical = keep.canonical or gone.canonical
        for a in self.actors.values():
            if a.parent == gone.id:
                a.parent = keep.id
        del self.actors[gone.id]
        return keep

    def by_mention(self, mention: Mention) -> Actor | None:
        return self.actors.get(mention.actor) if mention.actor is not None else None


def government_actor(actors: ActorSet) -> Actor:
    """The text's government, created (without mentions) when the text names none."""
    flagged = [a for a in actors.actors.values() if a.government]
    # The national "the government" before a devolved one that also governs ("Welsh Assembly Government").
    found = next((a for a in flagged if a.canonical == GOVERNMENT), flagged[0] if flagged else None)
    if found is None:
        found = actors.new(GOVERNMENT, "ORG", [])
        found.canonical = GOVERNMENT
        found.government = True
    return found
