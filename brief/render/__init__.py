"""Renderers that turn a `Brief` into text: terminal (Rich), Markdown, JSON.

`render()` dispatches on the format name. The renderer modules are imported
inside it so that `import brief.render` stays cheap and never pulls in Rich
(the JSON and Markdown paths must work without touching the terminal stack).

The small helpers below are shared by the human-readable renderers so that
both views sanitise input-derived text the same way and cut lists the same way.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # the model is plain dataclasses, but keep import-time work minimal
    from brief.model import Brief

__all__ = ["FORMATS", "EMPTY_MESSAGE", "render", "clean_text", "check_max_items",
           "split_items", "more_line"]

#: Format names accepted by `render()`.
FORMATS = ("terminal", "markdown", "json")

#: Shown by the human-readable views when a brief has no stakeholders and no facts.
EMPTY_MESSAGE = "No stakeholders or statements found."

T = TypeVar("T")

# Terminal escape sequences, 7-bit and 8-bit forms. Order matters: string
# sequences (OSC/DCS/...) must be tried before the generic two-byte form, or
# an OSC's payload (e.g. a hyperlink target or window title) would survive.
_ESCAPE_RE = re.compile(
    r"""
      (?:\x1b\[|\x9b) [0-?]* [ -/]* [@-~]                    # CSI: colours, cursor moves
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]) .*? (?:\x07|\x1b\\|\x9c)  # OSC/DCS/SOS/PM/APC
    | \x1b [ -/]* [0-~]                                      # other ESC sequences
    """,
    re.VERBOSE | re.DOTALL,
)


def _control_table() -> dict[int, str | None]:
    # Line-like controls become spaces so words do not run together; every
    # other control (C0, DEL, C1) is dropped because none is printable and
    # several move the cursor or switch terminal modes.
    table: dict[int, str | None] = {}
    for cp in [*range(0x00, 0x20), *range(0x7F, 0xA0)]:
        table[cp] = None
    for ch in "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029":
        table[ord(ch)] = " "
    # Bidi embedding/override/isolate controls can visually reorder the rest
    # of a line (the "Trojan Source" trick), so a quote could be made to read
    # differently from what the article said. Plain RTL text does not need them.
    for cp in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
        table[cp] = None
    return table


_CONTROL_TABLE = _control_table()
_SPACES_RE = re.compile(r" {2,}")


def clean_text(text: object) -> str:
    """Return `text` as a single display-safe line.

    Removes ANSI/VT escape sequences and all control characters, turns line
    breaks and tabs into spaces, collapses the resulting runs of spaces and
    strips the ends. The result cannot move a terminal cursor, change colours,
    or start a new line in Markdown. `None` becomes "".
    """
    if text is None:
        return ""
    s = _ESCAPE_RE.sub("", str(text))
    s = s.translate(_CONTROL_TABLE)
    return _SPACES_RE.sub(" ", s).strip()


def check_max_items(max_items: int | None) -> None:
    """Raise ValueError unless `max_items` is None or a non-negative int."""
    if max_items is None:
        return
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0:
        raise ValueError(f"max_items must be None or an integer >= 0, got {max_items!r}")


def split_items(items: Sequence[T], max_items: int | None) -> tuple[Sequence[T], int]:
    """Return `(shown, hidden_count)`: the first `max_items` items and how many were cut."""
    if max_items is None or len(items) <= max_items:
        return items, 0
    return items[:max_items], len(items) - max_items


def more_line(hidden: int) -> str:
    """The note shown where a list was cut by `max_items`."""
    return f"… and {hidden} more (see JSON)"


def render(brief: "Brief", fmt: str, *, max_items: int | None = None,
           color: bool | None = None, width: int | None = None) -> str:
    """Render `brief` as `fmt` ("terminal", "markdown" or "json") and return the text.

    `max_items` limits positions and demands shown per stakeholder in the
    terminal and Markdown views; JSON always carries every statement.
    `color` (True/False/None = auto, honouring NO_COLOR) and `width` apply to
    the terminal view only. Raises ValueError for an unknown format or a bad
    `max_items`.
    """
    check_max_items(max_items)
    # Imports are local on purpose: Rich is only loaded for the terminal view.
    if fmt == "terminal":
        from brief.render import terminal

        return terminal.render(brief, max_items=max_items, color=color, width=width)
    if fmt == "markdown":
        from brief.render import markdown

        return markdown.render(brief, max_items=max_items)
    if fmt == "json":
        from brief.render import json as json_renderer

        return json_renderer.render(brief)
    raise ValueError(f"unknown format {fmt!r}; expected one of: {', '.join(FORMATS)}")
