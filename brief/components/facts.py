"""`brief_facts`: key facts and the title, stored as plain dicts."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from brief.components.guard import guarded
from brief.facts import find_facts, find_title


@Language.factory("brief_facts")
def make_facts(nlp: Language, name: str):
    @guarded
    def facts(doc: Doc) -> Doc:
        doc.user_data["_brief_facts"] = find_facts(doc)
        doc.user_data["_brief_title"] = find_title(doc.text)
        return doc

    return facts
