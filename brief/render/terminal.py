"""The terminal view: a Rich rendering of the brief, returned as a string.

The CLI only prints what `render()` returns, so all Rich decisions (colour,
width) are made here against an in-memory console. Input-derived text is
always wrapped in `rich.text.Text` after `clean_text()`: it is never parsed as
Rich markup (so "[bold red]x[/]" prints literally) and can carry no escape
sequences or control characters of its own.
"""
from __future__ import annotations

import io
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from brief.render import EMPTY_MESSAGE, check_max_items, clean_text, more_line, split_items

if TYPE_CHECKING:
    from rich.console import RenderableType

    from brief.model import Brief, Member, Stakeholder, Statement

__all__ = ["render"]

DEFAULT_WIDTH = 100

# Styles are fixed strings chosen here, never built from input.
S_TITLE = "bold"
S_HEADING = "bold underline"
S_NAME = "bold cyan"
S_DIM = "dim"
S_TYPE = "magenta"
S_DEMAND = "bold yellow"
S_EVIDENCE = "dim italic"
S_WARN = "yellow"


def _want_color(color: bool | None) -> bool:
    """Resolve `color=None` the way Rich would for stdout, honouring NO_COLOR."""
    if color is not None:
        return color
    if os.environ.get("NO_COLOR", ""):
        return False
    # A probe console on the real stdout applies Rich's own rules (isatty,
    # FORCE_COLOR, TTY_COMPATIBLE, TERM=dumb, Jupyter) without writing anything.
    probe = Console()
    return probe.is_terminal and probe.color_system is not None


def _make_console(color: bool, width: int) -> Console:
    common = dict(
        file=io.StringIO(), width=width, force_terminal=color, no_color=not color,
        # Belt and braces: even if a plain str slipped through, it would not be
        # parsed for markup or :emoji: codes, nor auto-highlighted.
        markup=False, emoji=False, highlight=False,
        force_jupyter=False, force_interactive=False, legacy_windows=False,
    )
    if not color:
        # color_system=None is what guarantees no SGR codes at all: Rich's own
        # no_color only drops colours and would still emit bold/italic.
        return Console(color_system=None, **common)
    console = Console(color_system="auto", **common)
    if console.color_system is None:  # e.g. TERM=dumb, but colour was asked for
        console = Console(color_system="standard", **common)
    return console


def render(brief: "Brief", *, max_items: int | None = None, color: bool | None = None,
           width: int | None = None) -> str:
    """Return `brief` rendered for a terminal, as a string ready to print.

    `color`: True forces ANSI styling, False disables it, None decides like
    Rich would for stdout but gives no colour when NO_COLOR is set (non-empty).
    `width` defaults to 100 columns. `max_items` limits positions and demands
    shown per stakeholder (each list separately), noting how many were cut.
    """
    check_max_items(max_items)
    console = _make_console(_want_color(color), width or DEFAULT_WIDTH)

    console.print(Text(clean_text(brief.title) or "Policy brief", style=S_TITLE))
    console.print()
    if brief.summary:
        console.print(Text("Summary", style=S_HEADING))
        for s in brief.summary:
            if clean_text(s.text):
                console.print(_bullet(Text(clean_text(s.text))))
        console.print()

    if brief.is_empty:
        console.print(Text(EMPTY_MESSAGE, style="italic"))
        console.print()
    else:
        for sh in brief.stakeholders:
            console.print(_panel(sh, max_items))
            console.print()
        if brief.facts:
            console.print(Text("Key facts", style=S_HEADING))
            for f in brief.facts:
                line = Text.assemble((clean_text(f.type), S_TYPE), ": ", clean_text(f.text))
                console.print(_bullet(line))
            console.print()

    if brief.warnings:
        console.print(Text("Warnings", style=S_HEADING + " " + S_WARN))
        for w in brief.warnings:
            console.print(_bullet(Text(clean_text(w), style=S_WARN)))
        console.print()

    out = console.file.getvalue()  # type: ignore[attr-defined]
    return out.rstrip("\n") + "\n"


def _bullet(text: Text, indent: int = 0) -> Text:
    # Text.assemble keeps each part literal; the hanging indent is cosmetic.
    return Text.assemble(" " * indent, "• ", text)


def _panel(sh: "Stakeholder", max_items: int | None) -> Panel:
    title = Text.assemble((clean_text(sh.name) or "(unnamed)", S_NAME),
                          " ", (f"({clean_text(sh.type)})", S_DIM))
    body: list[RenderableType] = []
    aliases = [clean_text(a) for a in sh.aliases if clean_text(a)]
    if aliases:
        body.append(Text.assemble(("Also called: ", S_DIM), ", ".join(aliases)))
    if sh.members:
        body.append(Text("Members", style="bold"))
        body += [_bullet(_member(m), indent=2) for m in sh.members]
    if not sh.positions and not sh.demands:
        body.append(Text("No positions or demands found.", style="italic"))
    body += _statements("Positions", sh.positions, max_items)
    body += _statements("Demands", sh.demands, max_items)
    if not body:
        body.append(Text(""))
    return Panel(Group(*body), title=title, title_align="left", expand=True)


def _member(m: "Member") -> Text:
    text = Text(clean_text(m.name) or "(unnamed)")
    if clean_text(m.role):
        text.append(", " + clean_text(m.role), style=S_DIM)
    aliases = [clean_text(a) for a in m.aliases if clean_text(a)]
    if aliases:
        text.append(f" (also: {', '.join(aliases)})", style=S_DIM)
    return text


def _statements(heading: str, items: Sequence["Statement"],
                max_items: int | None) -> list[RenderableType]:
    if not items:
        return []
    shown, hidden = split_items(items, max_items)
    out: list[RenderableType] = [Text(heading, style="bold")]
    for st in shown:
        out.append(_bullet(_statement(st), indent=2))
        evidence = clean_text(st.evidence)
        if evidence:
            # Padding gives wrapped evidence lines a clean left edge.
            out.append(Padding(Text(evidence, style=S_EVIDENCE), (0, 0, 0, 6)))
    if hidden:
        out.append(Text("    " + more_line(hidden), style=S_DIM))
    return out


def _statement(st: "Statement") -> Text:
    style = S_DEMAND if st.is_demand else S_TYPE
    text = Text.assemble((f"[{clean_text(st.type)}]", style))
    if st.negated:
        text.append(" (negated)", style=S_DIM)
    text.append(" ")
    who = _who(st)
    if who:
        text.append(who, style="bold")
        text.append(": ")
    body = clean_text(st.text)
    text.append(f"“{body}”" if st.quote and body else body)
    if clean_text(st.target):
        text.append(" → target: ", style=S_DIM)
        text.append(clean_text(st.target))
    if clean_text(st.deadline):
        text.append(" · deadline: ", style=S_DIM)
        text.append(clean_text(st.deadline), style="bold")
    return text


def _who(st: "Statement") -> str:
    speaker, member = clean_text(st.speaker), clean_text(st.member)
    if speaker and member and speaker.casefold() != member.casefold():
        return f"{speaker} ({member})"
    return speaker or member
