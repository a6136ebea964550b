"""Attribute direct quotations to their speakers and merge them with verb statements.

A quote chain's speaker is, in order of preference: a reporting verb outside the
quote whose complement lies inside it ('"...," said Mr Blair', 'He said: "..."'); a
reporting verb in a sentence the quote touches; a sentence just before that ends in a
colon; the speaker of the statement just before (a quote that continues a paragraph).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from brief.quotes import Quote, chains, find_quotes, is_speech
from brief.statements import Found

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: How many characters before a quote the previous statement may end and still own it.
CONTINUATION_CHARS = 400


def speech_chains(text: str) -> list[list[Quote]]:
    """Quote chains that are speech (not scare quotes)."""
    return [c for c in chains(find_quotes(text)) if is_speech(c[0], text, len(c))]


def quoted_chars(chains_: list[list[Quote]]) -> list[tuple[int, int]]:
    return [(q.mark_start, q.mark_end) for c in chains_ for q in c]


def _inside(span: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in ranges)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def attribute(doc: "Doc", found: list[Found], chains_: list[list[Quote]]) -> list[Found]:
    """Turn quote chains into statements; drop verb statements that only restate a quote."""
    text = doc.text
    kept: list[Found] = []
    used_chain: dict[int, Found] = {}
    consumed: set[int] = set()
    ranges_by_chain = {id(c): [(q.mark_start, q.mark_end) for q in c] for c in chains_}
    for f in found:
        owner = next((c for c in chains_ if _inside(f.text, ranges_by_chain[id(c)])), None)
        if owner is not None and not _inside(f.cue, ranges_by_chain[id(owner)]):
            used_chain.setdefault(id(owner), f)  # the verb attributes the quote
            continue
        if owner is not None:
            continue  # a cue inside someone's quote is part of their speech, not a new statement
        overlapped = next((c for c in chains_ if any(_overlaps(f.text, r) for r in ranges_by_chain[id(c)])), None)
        if overlapped is not None and not _inside(f.cue, ranges_by_chain[id(overlapped)]):
            consumed.add(id(overlapped))  # the verb's own content already carries the quote
        if any(_inside(f.cue, rs) for rs in ranges_by_chain.values()):
            continue
        kept.append(f)
    bare = [f for f in kept if f.bare]
    kept = [f for f in kept if not f.bare]
    all_ranges = [r for rs in ranges_by_chain.values() for r in rs]
    for c in chains_:
        if id(c) in consumed and id(c) not in used_chain:
            continue
        attr = (used_chain.get(id(c)) or _nearby_verb(c, bare + kept, all_ranges, text)
                or _previous(c, kept + list(used_chain.values())))
        if attr is None:
            continue
        start, end = c[0].start, c[-1].end
        sent = doc.char_span(start, end, alignment_mode="expand")
        sent_range = (sent.sent.start_char, max(sent.sent.end_char, end)) if sent is not None else (start, end)
        kept.append(Found(attr.type if attr.type != "action" else "claim", attr.cue, (start, end),
                          attr.speaker_actor, attr.speaker, sent_range, quote=True,
                          negated=attr.negated, head=-1))
        if text[start:end].strip() == "":
            kept.pop()
    return kept


def _nearby_verb(chain: list[Quote], found: list[Found], ranges, text: str) -> Found | None:
    first, last = chain[0], chain[-1]
    for f in found:
        # '"...," he said.' or 'He said: "..."' parsed with the content outside the quote.
        if _inside(f.cue, ranges):
            continue
        if 0 <= f.cue[0] - last.mark_end <= 40:
            between = text[last.mark_end : f.cue[0]]  # '"...," he said'
        elif 0 <= first.mark_start - f.cue[1] <= 40:
            between = text[f.cue[1] : first.mark_start]  # 'He said: "..."'
        else:
            continue
        if f.type != "action" and "\n" not in between:
            return f
    return None


def _previous(chain: list[Quote], found: list[Found]) -> Found | None:
    start = chain[0].mark_start
    before = [f for f in found if f.cue[1] <= start and start - f.text[1] <= CONTINUATION_CHARS]
    return max(before, key=lambda f: f.cue[1]) if before else None
