"""Merge mentions into actors: one actor per real-world stakeholder in the text.

Merges, in order: same key; label voting with document evidence (the small model
tags some organisations as PERSON or GPE); alias table ("the Pentagon" = "Department
of Defense"); acronyms defined or spelled by a longer name; surnames to full names
("Amodei" -> "Dario Amodei", nearest preceding full name wins); definite short forms
("the Department" -> "the Department of Defense"); the text's government.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from brief.mentions import Mention
from brief.rules import Rules, norm_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

GOVERNMENT = "the government"
_STOP_INITIALS = {"of", "the", "and", "for", "&", "in", "on", "to"}


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


def _vote(mentions: list[Mention], doc: "Doc", rules: Rules) -> str:
    if all(m.label == "GROUP" for m in mentions):
        return "GROUP"  # common nouns ("the charity") name no one by themselves
    votes: Counter[str] = Counter(m.label for m in mentions)
    for m in mentions:
        last = doc[m.end - 1]
        if last.lower_ in rules.org_heads:
            votes["ORG"] += 2
        nxt = doc[m.end] if m.end < len(doc) else None
        after = doc[m.end + 1] if m.end + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ == "POS" and after is not None and after.lower_ in rules.org_role_nouns:
            votes["ORG"] += 3
        if m.honorific:
            votes["PERSON"] += 3
        # "water firm Aguas Argentinas": a classifier noun right before the name.
        if m.start > 0 and doc[m.start - 1].lemma_.lower() in rules.org_classifiers:
            votes["ORG"] += 3
        # Listed beside an organisation ("Google, xAI, and OpenAI"): an organisation too.
        root = doc[m.end - 1]
        peers = [root.head] if root.dep_ == "conj" else []
        peers += [c for c in root.children if c.dep_ == "conj"]
        if any(p.ent_type_ == "ORG" for p in peers):
            votes["ORG"] += 2
    if votes["GROUP"] and len(votes) > 1:
        del votes["GROUP"]
    return votes.most_common(1)[0][0]


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _STOP_INITIALS]
    return "".join(w[0] for w in words if w[:1].isupper())


def build_actors(doc: "Doc", mentions: list[Mention], rules: Rules) -> ActorSet:
    """Cluster `mentions` (annotating each with its actor id) into an ActorSet."""
    actors = ActorSet()
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        # Lower-case words ("democratic values") are not names, except collective groups.
        usable = m.text[:1].isupper() or m.label == "GROUP"
        canonical = (rules.aliases.get(norm_name(m.text)) or rules.aliases.get(m.key)) if usable else None
        first = m.text.split()[0] if m.text else ""
        if canonical is None and m.label != "PERSON" and first.isupper() and len(first) > 1 \
                and norm_name(first) in rules.aliases:
            # "SNP Holyrood" in "SNP Holyrood leader": a known acronym the model ran on.
            canonical = rules.aliases[norm_name(first)]
        if m.label == "GROUP" and m.key == GOVERNMENT:
            canonical = GOVERNMENT
        k = f"alias:{canonical}" if canonical else m.key
        by_key.setdefault(k, []).append(m)
    for k, ms in by_key.items():
        actor = actors.new(k, _vote(ms, doc, rules), ms)
        if k.startswith("alias:"):
            actor.canonical = k[6:]
            actor.label = "ORG"  # every alias-table entry names an organisation
    _merge_acronyms(doc, actors)
    _merge_people(actors)
    _merge_short_forms(actors, rules, doc)
    _merge_contained(actors, doc)
    _merge_government(actors, rules, doc)
    return actors


def _merge_acronyms(doc: "Doc", actors: ActorSet) -> None:
    named = [a for a in actors.actors.values() if a.label != "PERSON"]
    for short in list(named):
        if short.id not in actors.actors:
            continue
        text = short.names()[0] if short.names() else ""
        if not (2 <= len(text) <= 6 and text.isupper() and text.isalpha()):
            continue
        for long in named:
            if long.id == short.id or long.id not in actors.actors:
                continue
            if any(_initials(n) == text and len(n.split()) > 1 for n in long.names()):
                actors.merge(long, short)
                break
    # "Defense Production Act (DPA)": the parenthesised acronym follows its long form.
    law_ends = {e.end for e in doc.ents if e.label_ not in {"PERSON", "ORG", "GPE", "NORP"}}
    for tok in doc:
        if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")":
            acr = doc[tok.i + 1].text
            if not (acr.isupper() and 2 <= len(acr) <= 6):
                continue
            by_end, by_text = _mention_index(actors)
            before = by_end.get(tok.i, [])
            after = by_text.get(acr, [])
            if not before and tok.i in law_ends:
                for a in after:  # "the Defense Production Act (DPA)": a law, not a stakeholder
                    actors.actors.pop(a, None)
                continue
            for b in before:
                for a in after:
                    if a in actors.actors and b in actors.actors and a != b:
                        actors.merge(actors.actors[b], actors.actors[a])


def _mention_index(actors: ActorSet) -> tuple[dict[int, list[int]], dict[str, list[int]]]:
    by_end: dict[int, list[int]] = {}
    by_text: dict[str, list[int]] = {}
    for a in actors.actors.values():
        for m in a.mentions:
            by_end.setdefault(m.end, []).append(a.id)
            if a.id not in by_text.get(m.text, []):
                by_text.setdefault(m.text, []).append(a.id)
    return by_end, by_text


def _surname(m: Mention) -> str:
    return m.key.split()[-1] if m.key else ""


def _merge_people(actors: ActorSet) -> None:
    titled = {m.key for a in actors.actors.values() if a.is_person for m in a.mentions
              if m.honorific and len(m.key.split()) == 1}
    for a in actors.actors.values():
        # "Nicola Sturgeon" tagged ORG while "Ms Sturgeon" is a PERSON: the full name is a person.
        if not a.is_person and not a.canonical and any(len(m.key.split()) > 1 and _surname(m) in titled for m in a.mentions):
            a.label = "PERSON"
    full = [a for a in actors.actors.values() if a.is_person and any(len(m.key.split()) > 1 for m in a.mentions)]
    if not full:
        return
    # surname -> sorted starts of full-name mentions, per actor
    by_surname: dict[str, dict[int, list[int]]] = {}
    for f in full:
        for x in f.mentions:
            if len(x.key.split()) > 1:
                by_surname.setdefault(_surname(x), {}).setdefault(f.id, []).append(x.start)
    full_ids = {f.id for f in full}
    for actor in list(actors.actors.values()):
        if actor.id not in actors.actors or actor.id in full_ids or actor.label == "GROUP":
            continue
        if any(len(m.key.split()) > 1 for m in actor.mentions) and not actor.is_person:
            continue
        for m in list(actor.mentions):
            cands = {fid: starts for fid, starts in by_surname.get(m.key, {}).items() if fid in actors.actors}
            if not cands:
                continue

            # Nearest preceding full-name mention decides between namesakes ("Tony" vs "Ian" Blair).
            def distance(fid: int) -> tuple[int, int]:
                starts = sorted(cands[fid])
                k = bisect_right(starts, m.start)
                return (0, m.start - starts[k - 1]) if k else (1, starts[0])

            target = actors.actors[min(cands, key=distance)]
            actor.mentions.remove(m)
            actors.add(target, m)
        if not actor.mentions:
            del actors.actors[actor.id]


def _merge_contained(actors: ActorSet, doc: "Doc") -> None:
    """ "Reynolds Tobacco" or "Altria" inside "RJ Reynolds Tobacco" / "Altria Group": one organisation.

    A name made of the first or the last words of a longer organisation name is that
    organisation, unless it is a person's name (an honorific or a first name seen)."""
    longs: dict[str, set[int]] = {}
    for a in actors.actors.values():
        if a.label != "ORG":
            continue
        for n in {m.text for m in a.mentions}:
            words = n.split()
            for k in range(1, len(words)):
                longs.setdefault(" ".join(words[:k]), set()).add(a.id)
                longs.setdefault(" ".join(words[k:]), set()).add(a.id)
    person_keys = {m.key for a in actors.actors.values() if a.is_person for m in a.mentions if len(m.key.split()) > 1}
    surnames = {k.split()[-1] for k in person_keys}
    for actor in list(actors.actors.values()):
        if actor.id not in actors.actors or actor.label == "GROUP" or actor.canonical:
            continue
        if actor.is_person and (any(m.honorific for m in actor.mentions) or
                                any(m.key in surnames or m.key in person_keys for m in actor.mentions)):
            continue
        common: set[int] | None = None
        longest = max(len(m.text.split()) for m in actor.mentions)
        for n in {m.text for m in actor.mentions if len(m.text.split()) == longest}:
            ids = longs.get(n, set()) - {actor.id}
            common = ids if common is None else common & ids
        live = {i for i in common or set() if i in actors.actors}
        if len(live) == 1:
            actors.merge(actors.actors[live.pop()], actor)


def _merge_short_forms(actors: ActorSet, rules: Rules, doc: "Doc") -> None:
    # first or last word of a multi-word organisation name -> those organisations
    heads: dict[str, list[int]] = {}
    for a in actors.actors.values():
        if a.is_person:
            continue
        for n in {m.text for m in a.mentions}:
            words = n.split()
            if len(words) > 1:
                for w in {words[0].lower(), words[-1].lower()}:
                    if a.id not in heads.get(w, []):
                        heads.setdefault(w, []).append(a.id)
    for actor in list(actors.actors.values()):
        if actor.id not in actors.actors or actor.is_person or actor.canonical:
            continue
        if any(doc[m.end - 1].tag_ in {"NNS", "NNPS"} for m in actor.mentions):
            continue  # "unions" are not "the Public and Commercial Services union"
        names = {m.text for m in actor.mentions}
        words = {n.lower() for n in names if len(n.split()) == 1}
        if not words or len(names) != len(words):
            continue
        if actor.label == "GROUP" and not words & rules.org_heads:
            continue
        for w in sorted(words):
            long_id = next((i for i in heads.get(w, []) if i != actor.id and i in actors.actors), None)
            if long_id is not None:
                actors.merge(actors.actors[long_id], actor)
                break


def _merge_government(actors: ActorSet, rules: Rules, doc: "Doc") -> None:
    generic = next((a for a in actors.actors.values() if a.canonical == GOVERNMENT), None)
    named = [a for a in actors.actors.values()
             if a.label in {"ORG", "GPE"} and not a.canonical
             and any(len(m.key.split()) > 1 and m.key.split()[-1] in rules.government_heads for m in a.mentions)]
    if generic is not None:
        generic.government = True
    if generic is not None and named:
        best = max(named, key=lambda a: len(a.mentions))
        actors.merge(best, generic)
        best.canonical = None
        best.government = True
        generic = best
    if generic is None:
        return
    # A government department is part of the text's government ("the Cabinet Office said").
    for a in list(actors.actors.values()):
        words = max((m.text.lower().split() for m in a.mentions), key=len, default=[])
        if a.id != generic.id and a.label == "ORG" and len(words) > 1 and (
                words[-1] in rules.department_heads or words[0] in rules.department_heads):
            actors.merge(generic, a)


def government_actor(actors: ActorSet) -> Actor:
    """The text's government, created (without mentions) when the text names none."""
    found = next((a for a in actors.actors.values() if a.government), None)
    if found is None:
        found = actors.new(GOVERNMENT, "ORG", [])
        found.canonical = GOVERNMENT
        found.government = True
    return found
