"""`brief_paragraphs`: a line break ends a sentence, before the parser decides.

Headlines and section labels have no final full stop; without this the parser runs
them into the next sentence ("Blair told to double aid Tony Blair is being urged...").
The parser keeps boundaries that are set before it runs.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from brief.components.guard import guarded


_CONTINUES = {":", ",", ";", "-", "\u2013", "\u2014"}
_BULLETS = {"-", "*", "\u2022", "\u2013", "\u2014"}


@Language.component("brief_paragraphs")
@guarded
def paragraphs(doc: Doc) -> Doc:
    last_word = None
    for tok in doc:
        if tok.i > 0:
            prev = doc[tok.i - 1]
            broke = "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)
            # A line that leads into a list ("firms:" / "firms\n - lied") or goes on in
            # lower case is one sentence over several lines.
            if broke and not tok.is_space and not tok.is_lower and tok.text not in _BULLETS \
                    and (last_word is None or last_word.text not in _CONTINUES) \
                and (last_word is None or last_word.pos_ not in {"DET", "ADP", "CCONJ"}):
                tok.is_sent_start = True
        if not tok.is_space:
            last_word = tok
    return doc
