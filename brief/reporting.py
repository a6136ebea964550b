"""Reporting clauses: who reports the clause a cue verb sits in ("X said [he would v]"),
whether that source is unknown ("The new book claims ..."), and whether a verb is its
sentence's main one (whose subject takes the floor).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from brief.found import subject_of, verb_type
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from brief.coref import Resolver


def unknown_report(v: "Token", res: Resolver, rules: Rules) -> bool:
    """True when `v` lies inside what a reporting verb with an unknown source says ("The new
    book claims ...", "X was reported to have suggested ..."); a known reporter ends the search."""
    child = v
    for _ in range(8):
        u = child.head
        if u.i == child.i or (u.i in res.in_quote and v.i not in res.in_quote):
            return False  # 'He went on: "he thinks ..."': the parser hung the writer's verb on the quote's
        if u.lemma_.lower() in rules.hearsay_passives and any(c.dep_ == "auxpass" for c in u.children):
            return True  # "X was reported to have suggested ...", "is said to": hearsay
        if u.pos_ in {"VERB", "AUX"} and child.dep_ != "conj" and verb_type(u, rules) == "claim":
            src = next((c for c in u.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if src is None and u.dep_ == "acl" and u.head.pos_ in {"NOUN", "PROPN"}:
                src = u.head  # "a comment suggesting he wants ...": the comment says it
            if src is not None:
                return res.actor_for(src)[0] is None and (
                    not res.stands_for_someone(src) or src.lower_ in rules.anonymous_sources)
        child = u
    return False


def main_clause(v: "Token") -> bool:
    """True for the sentence's own verb (or one conjoined with it): its subject takes the floor.
    A person named inside someone's reported words ("He said Mr X had no intention of resigning")
    does not."""
    return v.dep_ == "ROOT" or (v.dep_ == "conj" and v.head.dep_ == "ROOT")


def reporter(v: "Token", rules: Rules) -> "Token | None":
    """The subject of the reporting verb whose clause `v` heads ("X said [he would v]"), if any."""
    if v.dep_ != "ccomp" or v.head.i == v.i:
        return None
    u = v.head
    if u.pos_ not in {"VERB", "AUX"} or verb_type(u, rules) is None:
        return None
    subj, _ = subject_of(u)
    return subj
