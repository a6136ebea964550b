"""Find direct quotations in raw text, including quotes that run over several sentences.

News style opens each new quoted paragraph with a quotation mark and closes only the
last one: `"First part. "Second part. "Last part," he said.` An opening mark met while
a quote is open therefore continues the same quote; the pieces form one chain with one
attribution. Pure string work: no spaCy.
"""
from __future__ import annotations

from dataclasses import dataclass

_OPEN = {"\u201c"}
_CLOSE = {"\u201d"}
_BOTH = {'"'}
#: Quotes shorter than this many words and not ending a sentence are scare quotes
#: ("control orders"), part of the surrounding statement rather than speech.
MIN_SPEECH_WORDS = 5


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: `start`/`end` cover the inner text, `mark_start`/`mark_end` the marks too."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    chain: int  # quotes of one chain share this number

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _kind(text: str, i: int) -> str:
    ch = text[i]
    if ch in _OPEN:
        return "open"
    if ch in _CLOSE:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{-\u2014:") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}-\u2014" or i + 1 == len(text)):
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    """All quotations in `text`, in order, with continuation chains numbered."""
    quotes: list[Quote] = []
    open_at: int | None = None
    chain = 0
    for i, ch in enumerate(text):
        if ch not in _OPEN and ch not in _CLOSE and ch not in _BOTH:
            continue
        kind = _kind(text, i)
        if kind == "either":
            kind = "close" if open_at is not None else "open"
        if kind == "open":
            if open_at is not None:
                # A new paragraph of the same quote: the open one ends here, the chain goes on.
                s, e = _trimmed(text, open_at + 1, i)
                if e > s:
                    quotes.append(Quote(s, e, open_at, i, chain))
            else:
                chain += 1
            open_at = i
        elif open_at is not None:
            s, e = _trimmed(text, open_at + 1, i)
            if e > s:
                quotes.append(Quote(s, e, open_at, i + 1, chain))
            open_at = None
    if open_at is not None:
        # An unclosed quote runs to the end of its paragraph at most.
        para_end = text.find("\n\n", open_at)
        s, e = _trimmed(text, open_at + 1, len(text) if para_end < 0 else para_end)
        if e > s:
            quotes.append(Quote(s, e, open_at, e, chain))
    return quotes


def is_speech(quote: Quote, text: str, chain_size: int) -> bool:
    """True for quoted speech, False for a short scare quote inside a sentence."""
    if chain_size > 1:
        return True
    inner = text[quote.start : quote.end].rstrip()
    return quote.words(text) >= MIN_SPEECH_WORDS or inner.endswith((".", "!", "?", ","))


def chains(quotes: list[Quote]) -> list[list[Quote]]:
    """Group quotes by chain number, in order."""
    out: dict[int, list[Quote]] = {}
    for q in quotes:
        out.setdefault(q.chain, []).append(q)
    return list(out.values())
