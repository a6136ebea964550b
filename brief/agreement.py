"""Agreement between a referring word and an actor: gender ("she" is not "Mr Smith") and
kind ("the union" is not "American Airlines"). Pure functions; the word lists are rules data.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actorset import Actor
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


def word_gender(word: str | None, rules: Rules) -> str | None:
    """ "m" or "f" for a pronoun, honorific or role noun that states a gender ("she", "Mr", "spokeswoman")."""
    w = (word or "").lower().rstrip(".")
    return "m" if w in rules.male_words else "f" if w in rules.female_words else None


def person_gender(doc: "Doc", actor: Actor, rules: Rules) -> str | None:
    """A person's gender when every honorific the text gives them agrees ("Mr Galloway", "Ms Hassan")."""
    seen = set()
    pronouns = rules.person_pronouns
    for m in actor.mentions:
        for word in (m.honorific, doc[m.start - 1].text if m.start > 0 else None):
            if word and word.lower() in pronouns:
                continue  # "his colleague Anne Smith": the pronoun is someone else's
            g = word_gender(word, rules)
            if g:
                seen.add(g)
    return seen.pop() if len(seen) == 1 else None


def kinds_of(actor: Actor, rules: Rules) -> set[str]:
    """The kinds of body an actor's names say it is ("union", "business", "media", ...)."""
    words = {w.strip(".,").lower() for n in actor.names() for w in n.split()}
    kinds = {rules.org_kinds[w] for w in words if w in rules.org_kinds}
    if actor.government:
        kinds.add("government")
    return kinds


def kind_clash(actor: Actor, kind: str, rules: Rules) -> bool:
    """True when the actor's name says it is another kind of body than `kind` ("union", "business")."""
    kinds = kinds_of(actor, rules)
    return bool(kinds) and kind not in kinds
