"""Attribute direct quotations to their speakers and merge them with verb statements.

A quote chain's speaker is, in order of preference: a reporting verb outside the
quote whose complement lies inside it ('"...," said Mr Blair', 'He said: "..."'); a
reporting verb in a sentence the quote touches; a sentence just before that ends in a
colon; the speaker of the statement just before (a quote that continues a paragraph).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from brief.quotes import Quote, chains, find_quotes, is_speech
from brief.found import Found
from brief.rules import Rules

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

#: How many characters before a quote the previous statement may end and still own it.
CONTINUATION_CHARS = 400


def speech_chains(text: str) -> list[list[Quote]]:
    """Quote chains that are speech (not scare quotes)."""
    return [c for c in chains(find_quotes(text)) if is_speech(c[0], text, len(c))]


def quoted_chars(chains_: list[list[Quote]]) -> list[tuple[int, int]]:
    return [(q.mark_start, q.mark_end) for c in chains_ for q in c]


class _QuoteIndex:
    """Quote pieces sorted by position (they never overlap), for O(log n) look-ups."""

    def __init__(self, chains_: list[list[Quote]]) -> None:
        pieces = sorted((q.mark_start, q.mark_end, n) for n, c in enumerate(chains_) for q in c)
        self.pieces = pieces
        self.starts = [p[0] for p in pieces]

    def containing(self, span: tuple[int, int]) -> int | None:
        """The chain whose one piece holds all of `span`."""
        k = bisect_right(self.starts, span[0]) - 1
        if k >= 0 and self.pieces[k][1] >= span[1]:
            return self.pieces[k][2]
        return None

    def overlapping(self, span: tuple[int, int]) -> int | None:
        """A chain with a piece that overlaps `span`."""
        k = bisect_left(self.starts, span[1]) - 1
        if k >= 0 and self.pieces[k][1] > span[0]:
            return self.pieces[k][2]
        return None


def attribute(doc: "Doc", found: list[Found], chains_: list[list[Quote]], names: list[int] | None = None,
              unresolved: list[int] | None = None, rules: Rules | None = None) -> list[Found]:
    """Turn quote chains into statements; drop verb statements that only restate a quote.

    `names` are the sorted character offsets where people are named; `unresolved` those of
    reporting verbs whose speaker is unknown: a quote beside one of them is left unattributed;
    `rules` say which quotes ask something of the addressee ("I hope you can ...")."""
    text = doc.text
    index = _QuoteIndex(chains_)
    kept: list[Found] = []
    used_chain: dict[int, Found] = {}
    consumed: set[int] = set()
    for f in found:
        owner = index.containing(f.text)
        cue_in = index.containing(f.cue)
        if owner is not None and cue_in != owner:
            used_chain.setdefault(owner, f)  # the verb attributes the quote
            continue
        if owner is not None or cue_in is not None:
            continue  # a cue inside someone's quote is part of their speech, not a new statement
        overlapped = index.overlapping(f.text)
        if overlapped is not None:
            consumed.add(overlapped)  # the verb's own content already carries the quote
        kept.append(f)
    bare = sorted((f for f in kept if f.bare), key=lambda f: f.cue[0])
    kept = [f for f in kept if not f.bare]
    near = _Nearby(bare + kept, text, doc)
    unknown = sorted(unresolved or [])
    earlier = _Earlier(kept + list(used_chain.values()), sorted(names or []))
    for n, c in enumerate(chains_):
        if n in consumed and n not in used_chain:
            continue
        attr = used_chain.get(n)
        if attr is None and _beside(c, unknown):
            continue  # '"...," one dealer said': not the previous speaker's words
        continued = False
        if attr is None:
            attr = near.find(c)
        if attr is None:
            attr, continued = earlier.find(c), True
        if attr is None:
            continue
        start, end = c[0].start, c[-1].end
        if not text[start:end].strip():
            continue
        sent = doc.char_span(start, end, alignment_mode="expand")
        sent_range = (sent.sent.start_char, max(sent.sent.end_char, end)) if sent is not None else (start, end)
        lead = text[sent_range[0] : c[0].mark_start].rstrip()
        if continued and any(ch.isalpha() for ch in lead) and lead[-1:] not in {":", ","}:
            # 'The girls were granted "parole" status', 'The government would "need to be
            # creative"': quoted words inside the writer's own sentence are nobody's statement.
            continue
        # a quote that only continues a speaker's paragraph is what they say next, not more of the
        # demand or pledge before it ('X urged ministers to act. "The public deserve better."')
        kind = attr.type if attr.type != "action" and not continued else "claim"
        opening = _opening_root(doc, start, end) if kind == "claim" else None
        if opening is not None and (_imperative(doc, *opening)
                                    or (rules is not None and (_asks_addressee(*opening, rules)
                                                               or _wants_others(opening[1], rules)))):
            kind = "request"  # 'His message was: "Please don't give it away"': asked of someone
        if kind in {"request", "call"} and text[start:end].rstrip(" ,\"'\u201d\u2019").endswith("?"):
            kind = "claim"  # 'asked: "What is the benefit ...?"' puts a question, it demands nothing
        kept.append(Found(kind, attr.cue, (start, end),
                          attr.speaker_actor, attr.speaker, sent_range, quote=True,
                          negated=attr.negated, head=-1))
    return kept


def _opening_root(doc: "Doc", start: int, end: int) -> tuple["Token", "Token"] | None:
    """The quote's first word and the main verb of its first sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    first = next((t for t in span if t.is_alpha), None) if span is not None else None
    if first is None:
        return None
    root = first
    while root.head.i != root.i and start <= root.head.idx < end:
        root = root.head  # the quote's own main verb, below the writer's "His message was:"
    return first, root


def _imperative(doc: "Doc", first: "Token", root: "Token") -> bool:
    """True when the quote (first word, main verb) opens with a bare command: "Please don't give
    it away", "Stop the cuts"."""
    if root.i < first.i or root.tag_ != "VB" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children):
        return False
    return all(t.dep_ in {"intj", "aux", "neg", "punct"} for t in doc[first.i : root.i])


def _asks_addressee(first: "Token", root: "Token", rules: Rules) -> bool:
    """True when the quote (first word, main verb) opens "I hope you can act ...": the speaker asks
    the one addressed (first person hoping, second person to act; "I hope you can see ..." asks nothing)."""
    if root.lemma_.lower() not in rules.asking_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" and c.lower_ in {"i", "we"} for c in root.children) and any(
        c.dep_ == "ccomp" and c.lemma_.lower() not in rules.perception_verbs
        and any(g.dep_ == "nsubj" and g.lower_ == "you" for g in c.children) for c in root.children)


def _wants_others(root: "Token", rules: Rules) -> bool:
    """True when the quote's main verb is "We want these men to be returned ...": the speaker's
    wish that another party act ("We want to help" is the speaker's own intent)."""
    if root.lemma_.lower() not in rules.desire_verbs or not any(
            c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in root.children):
        return False
    return any(c.dep_ in {"ccomp", "xcomp"} and any(
        g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ not in {"i", "we", "us", "me"} for g in c.children)
        for c in root.children)


#: How close (in characters) a reporting verb must stand to the quote it attributes.
NEAR_CHARS = 40
#: A full stop ending the quote's sentence: a cue after it belongs to the next sentence.
_SENTENCE_END = re.compile(r"(\w*)[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]*[A-Z]")
#: Words whose full stop ends no sentence ('"...," Mr. Smith said').
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "prof", "jr", "sr", "lt", "col", "supt",
                  "insp", "det", "maj", "rt", "cllr", "cpl", "pte", "fr", "adm", "brig",
                  "capt", "sgt", "rev", "hon", "no", "vs"}


def _ends_sentence(between: str) -> bool:
    """True when `between` holds a sentence end (not the full stop of "Mr." or an initial)."""
    return any(len(m.group(1)) > 1 and m.group(1).lower() not in _ABBREVIATIONS or between[m.end(1)] in "!?"
               for m in _SENTENCE_END.finditer(between))


def _beside(chain: list[Quote], offsets: list[int]) -> bool:
    """True when one of `offsets` (reporting verbs) stands just before or after the quote chain."""
    lo, hi = chain[0].mark_start - NEAR_CHARS - 40, chain[-1].mark_end + NEAR_CHARS
    k = bisect_left(offsets, lo)
    while k < len(offsets) and offsets[k] <= hi:
        if not any(q.mark_start <= offsets[k] < q.mark_end for q in chain):
            return True
        k += 1
    return False


class _Nearby:
    """'"...," he said.' or 'He said: "..."': a reporting verb just outside the quote."""

    def __init__(self, found: list[Found], text: str, doc: "Doc") -> None:
        self.found = sorted((f for f in found if f.type != "action"), key=lambda f: f.cue[0])
        self.starts = [f.cue[0] for f in self.found]
        self.text = text
        self.doc = doc

    def _own_clause(self, f: Found) -> bool:
        """True when the verb after a quote says something of its own ('"...?" Mr X replied that
        they were not ...'): it answers the quote, it does not tag it."""
        if f.head < 0:
            return False
        v = self.doc[f.head]
        return any(c.dep_ == "ccomp" and c.left_edge.i == v.i + 1 and c.sent == v.sent for c in v.children)

    def find(self, chain: list[Quote]) -> Found | None:
        first, last = chain[0], chain[-1]
        text = self.text
        # After the quote, only within its sentence: '"...," he said' or '"..." said Mr X',
        # not a new sentence that starts after a closing full stop ('"...." Mr X said ...').
        open_end = text[last.start : last.end].rstrip()[-1:] in {",", "?", "!", "-", "\u2014"}
        lo = bisect_left(self.starts, last.mark_end)
        for f in self.found[lo : bisect_right(self.starts, last.mark_end + NEAR_CHARS)]:
            between = text[last.mark_end : f.cue[0]]
            if "\n" not in between and (open_end or between.strip()[:1].islower()) \
                    and not _ends_sentence(between) and not self._own_clause(f):  # '"...," he joked. Mr X insisted': not X's
                return f
        # Before the quote, introducing it: 'He said: "..."', 'she added, "..."'.
        lo = bisect_left(self.starts, first.mark_start - NEAR_CHARS - 40)
        for f in reversed(self.found[lo : bisect_left(self.starts, first.mark_start)]):
            between = text[f.cue[1] : first.mark_start]
            if 0 <= len(between) <= NEAR_CHARS and "\n" not in between and \
                    (not between.strip() or between.rstrip()[-1] in ":,"):
                return f
        return None


class _Earlier:
    """The statement just before a quote that continues its speaker's paragraph, provided
    nobody else is named in between ('... said Mr A. Mr B agreed. "..."' is not A's)."""

    def __init__(self, found: list[Found], names: list[int]) -> None:
        self.found = sorted(found, key=lambda f: f.cue[1])
        self.ends = [f.cue[1] for f in self.found]
        self.names = names

    def find(self, chain: list[Quote]) -> Found | None:
        start = chain[0].mark_start
        k = bisect_right(self.ends, start) - 1
        while k >= 0 and start - self.found[k].cue[1] <= 4 * CONTINUATION_CHARS:
            f = self.found[k]
            if start - f.text[1] <= CONTINUATION_CHARS:
                after = max(f.text[1], f.cue[1], f.speaker[1])
                named = bisect_left(self.names, start) - bisect_right(self.names, after)
                return f if named <= 0 else None
            k -= 1
        return None
