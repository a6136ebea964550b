"""Key facts (dates, deadlines, laws, sums, percentages), the title and an extractive summary.

Pure functions over a parsed Doc. Laws are found by the model's LAW label and by a
spaCy Matcher pattern for capitalised names ending in Act/Bill/Law/Treaty/...,
which the small model often misses.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

_FACT_LABELS = {"DATE": "date", "LAW": "law", "MONEY": "sum", "PERCENT": "percentage"}
_LAW_WORDS = ["Act", "Bill", "Law", "Treaty", "Directive", "Regulation", "Convention", "Code", "Charter"]
_DEADLINE_PREPS = {"by", "before", "until", "within", "no later than"}
#: A first line this short, with no final full stop, followed by a blank line, is a headline.
HEADLINE_MAX_WORDS = 20


@lru_cache(maxsize=4)
def _law_matcher(vocab: "Vocab") -> "Matcher":
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    name_word = {"TEXT": {"REGEX": r"^(?:[A-Z][\w'&]*|-)$"}, "OP": "+"}  # "Anti-Terrorism", "Finance (No 2)"
    matcher.add("LAW", [[name_word, {"TEXT": {"IN": _LAW_WORDS}}],
                        [{"TEXT": {"IN": _LAW_WORDS}}, {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}]],
                greedy="LONGEST")
    return matcher


def find_facts(doc: "Doc") -> list[dict[str, Any]]:
    """Dates (deadlines when after by/before/until), laws, sums and percentages, with offsets."""
    out: dict[tuple[int, int], dict[str, Any]] = {}
    for ent in doc.ents:
        kind = _FACT_LABELS.get(ent.label_)
        if kind is None or "\n" in ent.text:
            continue
        if kind == "date" and ent.start > 0 and doc[ent.start - 1].lower_ in _DEADLINE_PREPS:
            kind = "deadline"
        if kind == "law" and ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]  # the pattern-matched laws carry no article either
        out[(ent.start_char, ent.end_char)] = {"type": kind, "text": ent.text,
                                               "start": ent.start_char, "end": ent.end_char}
    matcher = _law_matcher(doc.vocab)
    law_words = set(_LAW_WORDS)
    # The "+" pattern is costly over a whole long text: match only sentences naming a law word.
    spans = [doc[s.start : s.end] for s in doc.sents if any(t.text in law_words for t in s)]
    matches = [(s.start + a, s.start + b) for s in spans for _, a, b in matcher(s)]
    for start, end in matches:
        span = doc[start:end]
        if span[0].lower_ == "the":
            span = span[1:]
        if "\n" in span.text or any(s <= span.start_char and span.end_char <= e for s, e in out):
            continue
        out[(span.start_char, span.end_char)] = {"type": "law", "text": span.text,
                                                 "start": span.start_char, "end": span.end_char}
    return [out[k] for k in sorted(out)]


def find_title(text: str) -> str | None:
    """The first line when it reads as a headline, else the first sentence-like line."""
    stripped = text.lstrip()
    if not stripped:
        return None
    first, _, rest = stripped.partition("\n")
    first = " ".join(first.split())
    if first and len(first.split()) <= HEADLINE_MAX_WORDS and not first.endswith(".") and rest.startswith("\n"):
        return first
    end = min((i for i in (first.find(". "), len(first)) if i >= 0))
    title = first[: end + 1] if end < len(first) else first
    return title[:200] or None


def headline_end(text: str) -> int:
    """Character offset where a headline first line ends (0 when there is none)."""
    if find_title(text) is None:
        return 0
    first_end = text.find("\n")
    lead = text[:first_end] if first_end >= 0 else text
    return first_end if first_end >= 0 and not lead.rstrip().endswith(".") and text[first_end:first_end + 2] == "\n\n" else 0


def summarize_sentences(doc: "Doc", statement_chars: list[int], *, low: int = 2, high: int = 4) -> list[dict[str, Any]]:
    """2-4 sentences carrying the most statements and entities, in document order."""
    skip_before = headline_end(doc.text)
    sents = [s for s in doc.sents if s.text.strip() and s.start_char >= skip_before and len(s) > 3]
    if not sents:
        return []
    marks = sorted(statement_chars)
    ent_starts = sorted(e.start_char for e in doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP"})
    scored = []
    for pos, sent in enumerate(sents):
        n_statements = bisect_left(marks, sent.end_char) - bisect_left(marks, sent.start_char)
        n_ents = bisect_left(ent_starts, sent.end_char) - bisect_left(ent_starts, sent.start_char)
        score = 2.0 * n_statements + n_ents + (1.5 if pos == 0 else 0.0)
        scored.append((score, pos, sent))
    want = max(low, min(high, len(sents) // 5))
    best = sorted(scored, key=lambda t: (-t[0], t[1]))[:want]
    out = []
    for _, _, sent in sorted(best, key=lambda t: t[1]):
        text = sent.text.rstrip()
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        out.append({"text": text, "start": sent.start_char + lead, "end": sent.start_char + lead + len(text)})
    return out
