"""Merge mentions into actors: one actor per real-world stakeholder in the text.

Merges, in order: same key; label voting with document evidence (the small model
tags some organisations as PERSON or GPE); alias table ("the Pentagon" = "Department
of Defense"); acronyms defined or spelled by a longer name; surnames to full names
("Amodei" -> "Dario Amodei", nearest preceding full name wins); definite short forms
("the Department" -> "the Department of Defense"); the text's government.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from brief.actorset import GOVERNMENT, ActorSet
from brief.agreement import word_gender
from brief.mentions import Mention
from brief.governments import merge_government
from brief.merging import merge_acronyms, merge_contained, merge_people, merge_short_forms
from brief.rules import Rules, norm_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


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
        elif m.label == "PERSON" and m.end - m.start == 1 and last.is_upper and len(last.text) > 1 and last.is_alpha \
                and any(c.islower() for c in last.sent.text):
            votes["ORG"] += 2  # "BAA", "ICM" tagged PERSON: one word in capitals is an acronym, not a name
        if m.label == "PERSON" and m.end - m.start == 1 and last.dep_ == "nsubj" and last.head.tag_ == "VBP" \
                and last.tag_ == "NNP" and not any(c.dep_ in {"conj", "cc"} for c in last.children):
            votes["ORG"] += 2  # "BAA are also owners": a body spoken of as many, which no person is
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


def build_actors(doc: "Doc", mentions: list[Mention], rules: Rules) -> ActorSet:
    """Cluster `mentions` (annotating each with its actor id) into an ActorSet."""
    actors = ActorSet()
    by_key: dict[tuple[str, str | None], list[Mention]] = {}
    for m in mentions:
        # Lower-case words ("democratic values") are not names, except collective groups.
        # A common noun takes an alias only if the table writes it so: "ministers" is the
        # government, "the commission" is not the "Commission" of Brussels.
        usable = m.text[:1].isupper() or (m.label == "GROUP" and (m.text in rules.alias_names
                                                                  or m.key in rules.alias_names))
        canonical = (rules.aliases.get(norm_name(m.text)) or rules.aliases.get(m.key)) if usable else None
        first = m.text.split()[0] if m.text else ""
        if canonical is None and m.label != "PERSON" and first.isupper() and len(first) > 1 \
                and norm_name(first) in rules.aliases:
            # "SNP Holyrood" in "SNP Holyrood leader": a known acronym the model ran on.
            canonical = rules.aliases[norm_name(first)]
        if m.label == "GROUP" and m.key == GOVERNMENT:
            canonical = GOVERNMENT
        k = f"alias:{canonical}" if canonical else m.key
        # "Mr Howard" and "Mrs Howard" are two people: one cluster per gendered honorific.
        by_key.setdefault((k, word_gender(m.honorific, rules) if not canonical else None), []).append(m)
    for (k, g) in [key for key in by_key if key[1] is not None]:
        if (k, None) in by_key and sum(1 for other in ("m", "f") if (k, other) in by_key) == 1:
            by_key[(k, g)] += by_key.pop((k, None))  # "Howard" is the one "Mr Howard" there is
    for (k, _), ms in by_key.items():
        ms.sort(key=lambda m: m.start)
        actor = actors.new(k, _vote(ms, doc, rules), ms)
        if k.startswith("alias:"):
            actor.canonical = k[6:]
            actor.label = "ORG"  # every alias-table entry names an organisation
    merge_acronyms(doc, actors)
    merge_people(actors, rules)
    merge_short_forms(actors, rules, doc)
    merge_contained(actors, doc)
    merge_government(actors, rules, doc)
    return actors
