"""The merges that turn clusters of equal strings into one actor per stakeholder.

Each function changes an `ActorSet` in place: acronyms spelled by or defined next
to a long name, surnames to full names, names inside a longer organisation name,
and definite short forms. Governments are `brief.governments`' job.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from brief.actorset import Actor, ActorSet
from brief.agreement import word_gender
from brief.mentions import Mention
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

_STOP_INITIALS = {"of", "the", "and", "for", "&", "in", "on", "to"}


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _STOP_INITIALS]
    return "".join(w[0] for w in words if w[:1].isupper())


def merge_acronyms(doc: "Doc", actors: ActorSet) -> None:
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


_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _surname(m: Mention) -> str:
    """The last name word, before a generational suffix ("L.C. Duncan Jr." -> "duncan")."""
    words = [w.strip(",") for w in m.key.split()]
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def merge_people(actors: ActorSet, rules: Rules) -> None:
    """Merge a short form ("Mr Blair", "Blair", "Sir Digby") into the one full-named person it
    stands for; "Mr Howard" and "Mrs Howard" together are left for the reader."""
    titled = {m.key for a in actors.actors.values() if a.is_person for m in a.mentions
              if m.honorific and len(m.key.split()) == 1}
    for a in actors.actors.values():
        # "Nicola Sturgeon" tagged ORG while "Ms Sturgeon" is a PERSON: the full name is a person.
        if not a.is_person and not a.canonical and any(len(m.key.split()) > 1 and _surname(m) in titled for m in a.mentions):
            a.label = "PERSON"
    _merge_name_tails(actors)
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
    genders: dict[str, set[str]] = {}
    for a in actors.actors.values():
        for m in a.mentions:
            if len(m.key.split()) == 1 and (g := word_gender(m.honorific, rules)):
                genders.setdefault(m.key, set()).add(g)
    for actor in list(actors.actors.values()):
        if actor.id not in actors.actors or actor.id in full_ids or actor.label == "GROUP" or actor.canonical:
            continue  # "Labour" is the party of the alias table, not the surname of an "Old Labour" tagged PERSON
        if any(len(m.key.split()) > 1 for m in actor.mentions) and not actor.is_person:
            continue
        for m in list(actor.mentions):
            cands = {fid: starts for fid, starts in by_surname.get(m.key, {}).items() if fid in actors.actors}
            by_first = not cands and ((m.honorific or "").lower().rstrip(".") in rules.first_name_honorifics
                                      or not m.honorific and actor.is_person)
            if by_first:
                # "Sir Digby" after "Sir Digby Jones": knights and dames go by their first name, and
                # "Glenn said" after "Glenn Campbell said" is him if no one else is called Glenn.
                cands = {f.id: [x.start for x in f.mentions] for f in full if f.id in actors.actors
                         and any(len(x.key.split()) > 1 and x.key.split()[0] == m.key for x in f.mentions)}
                if not m.honorific and (len(cands) > 1 or any(
                        min(st) > min(x.start for x in actor.mentions) for st in cands.values())):
                    continue  # a first name alone only refers back to the one person introduced with it
            said = word_gender(m.honorific, rules)
            if said and len(genders.get(m.key, ())) > 1:
                continue  # "Mr Howard" and "Mrs Howard": which one "Michael Howard" is, the name does not say
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


def _merge_name_tails(actors: ActorSet) -> None:
    """ "Mr De Vara" after "Julio De Vara": a multi-word surname is the one person whose full
    name ends with it."""
    people = [a for a in actors.actors.values() if a.is_person]
    keys = {a.id: {m.key for m in a.mentions} for a in people}
    for a in people:
        mine = keys[a.id]
        if a.id not in actors.actors or any(len(k.split()) < 2 for k in mine):
            continue
        longer = {b.id for b in people if b.id != a.id and b.id in actors.actors
                  and any(k.endswith(" " + t) for k in keys[b.id] for t in mine)}
        if len(longer) == 1:
            actors.merge(actors.actors[longer.pop()], a)


def merge_contained(actors: ActorSet, doc: "Doc") -> None:
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
    surnames = {w for k in person_keys for w in k.split()[1:]}  # "Juan Lechin Oquendo": Lechin too
    for actor in list(actors.actors.values()):
        if actor.id not in actors.actors or actor.label in {"GROUP", "NORP", "GPE"} or actor.canonical:
            continue  # "British" is not the "British Approvals Board": a nationality or place starts many names
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


def merge_short_forms(actors: ActorSet, rules: Rules, doc: "Doc") -> None:
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
        if actor.id not in actors.actors or actor.is_person or actor.canonical or actor.label == "NORP":
            continue  # "British" is not the "British Approvals Board"
        if any(doc[m.end - 1].tag_ in {"NNS", "NNPS"} for m in actor.mentions):
            continue  # "unions" are not "the Public and Commercial Services union"
        names = {m.text for m in actor.mentions}
        words = {n.lower() for n in names if len(n.split()) == 1}
        if not words or len(names) != len(words):
            continue
        if actor.label == "GROUP" and not words & rules.org_heads:
            continue
        for w in sorted(words):
            longs = [i for i in heads.get(w, []) if i != actor.id and i in actors.actors]
            if actor.label == "GROUP" and longs and _definite_before(doc, actor, actors.actors[longs[0]]):
                continue  # "the party's spokesman" before "the Labour party" is named: some other party
            if len(longs) == 1:  # "House" with both "White House" and "House of Representatives": neither
                actors.merge(actors.actors[longs[0]], actor)
                break


def _definite_before(doc: "Doc", short: Actor, long: Actor) -> bool:
    """True when `short` is used as "the X" before `long` is first named: it points back to
    another body ("a committee of MPs" may still introduce the committee named next)."""
    first = min(m.start for m in long.mentions)
    return any(m.start < first and "the" in {doc[m.start].lower_, doc[max(m.start - 1, 0)].lower_}
               for m in short.mentions)
