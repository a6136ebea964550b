"""`brief_statements`: positions and demands from cue verbs, nominal cues, "according to" and quotes."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from brief.attribution import quoted_chars, speech_chains
from brief.attribution import attribute
from brief.components.guard import guarded
from brief.coref import Resolver
from brief.rules import load_rules
from brief.nominal import according_to, noun_statements
from brief.found import Dates
from brief.statements import verb_statements


class StatementsComponent:
    """Stores the statements found (`Found` objects) in `doc.user_data["_brief_found"]`."""

    def __init__(self) -> None:
        self.rules = load_rules()

    @guarded
    def __call__(self, doc: Doc) -> Doc:
        actors = doc.user_data["_brief_actors"]
        chains = speech_chains(doc.text)
        in_quote = {t.i for s, e in quoted_chars(chains) for t in doc.char_span(s, e, alignment_mode="expand") or []}
        res = Resolver(doc, actors, self.rules, in_quote)
        dates = Dates(doc, self.rules)
        unresolved: list[int] = []
        found = verb_statements(doc, res, self.rules, dates, unresolved) + noun_statements(doc, res, self.rules, dates)
        found += according_to(doc, res, self.rules)
        names = [doc[m.start].idx for a in actors.actors.values() if a.is_person for m in a.mentions]
        names += [doc[i].idx for i in res.unnamed_subjects()]  # people the model did not tag
        doc.user_data["_brief_found"] = attribute(doc, found, chains, names, unresolved, self.rules)
        return doc


@Language.factory("brief_statements")
def make_statements(nlp: Language, name: str) -> StatementsComponent:
    return StatementsComponent()
