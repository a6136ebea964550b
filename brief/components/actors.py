"""`brief_actors`: find stakeholder mentions, cluster them into actors, group people under organisations."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from brief.affiliation import affiliate
from brief.clusters import build_actors
from brief.components.guard import guarded
from brief.governments import one_head_per_government
from brief.more_mentions import find_mentions
from brief.rules import load_rules


class ActorsComponent:
    """Stores an `ActorSet` in `doc.user_data["_brief_actors"]` for the later components."""

    def __init__(self) -> None:
        self.rules = load_rules()

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        actors = build_actors(doc, find_mentions(doc, self.rules), self.rules)
        affiliate(doc, actors, self.rules)
        one_head_per_government(actors, self.rules)
        doc.user_data["_brief_actors"] = actors
        return doc


@Language.factory("brief_actors")
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent()
