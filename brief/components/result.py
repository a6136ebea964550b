"""`brief_result`: file statements under stakeholders and leave only plain data on the Doc.

The result in `doc.user_data["brief"]` holds nothing but dicts, lists, strings and
numbers, so it survives `nlp.pipe(n_process=N)`, which sends Docs between processes.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from brief.components.guard import ERROR_KEY, guarded
from brief.facts import summarize_sentences
from brief.filing import file_statements
from brief.rules import load_rules


@Language.factory("brief_result")
def make_result(nlp: Language, name: str):
    rules = load_rules()

    @guarded
    def build(doc: Doc) -> Doc:
        actors = doc.user_data.pop("_brief_actors")
        found = doc.user_data.pop("_brief_found")
        stakeholders = file_statements(doc, actors, found, rules)
        doc.user_data["brief"] = {
            "title": doc.user_data.pop("_brief_title", None),
            "facts": doc.user_data.pop("_brief_facts", []),
            "summary": summarize_sentences(doc, [f.cue[0] for f in found]),
            "stakeholders": stakeholders,
        }
        return doc

    def result(doc: Doc) -> Doc:
        doc = build(doc)
        if ERROR_KEY in doc.user_data:
            doc.user_data["brief"] = {"error": doc.user_data.pop(ERROR_KEY)}
        return doc

    return result
