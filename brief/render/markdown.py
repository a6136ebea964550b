"""The Markdown view: a GitHub-friendly policy brief grouped by stakeholder.

Everything taken from the input (title, names, roles, statement text,
evidence, facts, warnings) goes through `escape_md()`, so an article cannot
inject headings, tables, links, code spans, raw HTML or terminal escapes into
the document. Only the scaffolding written here is live Markdown.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.render import EMPTY_MESSAGE, check_max_items, clean_text, more_line, split_items

if TYPE_CHECKING:
    from brief.model import Brief, Member, Stakeholder, Statement

__all__ = ["render", "escape_md"]

# One mapping applied in a single pass, so the backslashes and entities it
# inserts are never themselves re-escaped.
_MD_ESCAPES = str.maketrans({
    "\\": "\\\\",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "#": "\\#",
    "|": "\\|",
    "~": "\\~",
    # HTML-significant characters become entities: `\<` would also work in
    # CommonMark, but entities are inert in every renderer, including ones
    # that pass raw HTML through. `&` is escaped so "&lt;" in the input stays
    # visible as typed instead of turning into "<".
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    # GitHub treats `$...$` as LaTeX math and ignores `\$` there, so two
    # prices in one sentence would become a formula. An entity is plain text.
    "$": "&#36;",
})

# Constructs that only matter at the start of a line: list markers, setext
# underlines and ordered-list numbers ("1." / "1)"). `#` and `>` are already
# neutralised everywhere by the table above.
_ORDERED_RE = re.compile(r"^(\d{1,9})([.)])")


def escape_md(text: object) -> str:
    """Return `text` as inert, single-line Markdown inline content.

    Control characters and ANSI escapes are removed and line breaks collapsed
    (via `clean_text`), CommonMark/GFM syntax characters are backslash-escaped,
    `& < > $` become HTML entities, and a leading `- + =` or `1.`/`1)` is
    escaped so the text cannot start a list or heading wherever it lands.
    """
    s = clean_text(text).translate(_MD_ESCAPES)
    m = _ORDERED_RE.match(s)
    if m:
        return f"{m.group(1)}\\{m.group(2)}{s[m.end():]}"
    if s[:1] in ("-", "+", "="):
        return "\\" + s
    return s


def render(brief: "Brief", *, max_items: int | None = None) -> str:
    """Return `brief` as a Markdown document (ends with a newline).

    `max_items` limits positions and demands shown per stakeholder (each list
    separately); a cut list ends with "… and N more (see JSON)".
    """
    check_max_items(max_items)
    out: list[str] = [f"# {escape_md(brief.title) or 'Policy brief'}", ""]

    if brief.summary:
        out += ["## Summary", ""]
        out += [f"- {escape_md(s.text)}" for s in brief.summary if clean_text(s.text)]
        out.append("")

    if brief.is_empty:
        out += [f"*{EMPTY_MESSAGE}*", ""]
    else:
        if brief.stakeholders:
            out += ["## Stakeholders", ""]
            for sh in brief.stakeholders:
                out += _stakeholder(sh, max_items)
        if brief.facts:
            out += ["## Key facts", ""]
            out += [f"- **{escape_md(f.type)}**: {escape_md(f.text)}" for f in brief.facts]
            out.append("")

    if brief.warnings:
        out += ["## Warnings", ""]
        out += [f"- {escape_md(w)}" for w in brief.warnings]
        out.append("")

    return "\n".join(out).rstrip("\n") + "\n"


def _stakeholder(sh: "Stakeholder", max_items: int | None) -> list[str]:
    out = [f"### {escape_md(sh.name) or '(unnamed)'}", ""]
    out.append(f"- **Type:** {escape_md(sh.type)}")
    aliases = [escape_md(a) for a in sh.aliases if clean_text(a)]
    if aliases:
        out.append(f"- **Also called:** {', '.join(aliases)}")
    if sh.members:
        out.append("- **Members:**")
        out += [f"  - {_member(m)}" for m in sh.members]
    out.append("")

    if not sh.positions and not sh.demands:
        out += ["*No positions or demands found.*", ""]
    out += _statements("Positions", sh.positions, max_items)
    out += _statements("Demands", sh.demands, max_items)
    return out


def _member(m: "Member") -> str:
    text = escape_md(m.name) or "(unnamed)"
    if clean_text(m.role):
        text += f", {escape_md(m.role)}"
    aliases = [escape_md(a) for a in m.aliases if clean_text(a)]
    if aliases:
        text += f" (also: {', '.join(aliases)})"
    return text


def _statements(heading: str, items: Sequence["Statement"], max_items: int | None) -> list[str]:
    if not items:
        return []
    shown, hidden = split_items(items, max_items)
    # Bold paragraph rather than a fourth-level heading: keeps the GitHub
    # outline to one entry per stakeholder.
    out = [f"**{heading}**", ""]
    for st in shown:
        out += _statement(st)
    if hidden:
        out.append(f"- {more_line(hidden)}")
    out.append("")
    return out


def _statement(st: "Statement") -> list[str]:
    kind = f"**{escape_md(st.type)}**"
    if st.negated:
        kind += " (negated)"
    parts = [kind]
    who = _who(st)
    text = escape_md(st.text)
    if st.quote and text:
        text = f"“{text}”"
    parts.append(f"{who}: {text}" if who else text)
    line = "- " + " — ".join(p for p in parts if p)
    if clean_text(st.target):
        line += f" → target: {escape_md(st.target)}"
    if clean_text(st.deadline):
        line += f" · deadline: {escape_md(st.deadline)}"
    lines = [line]
    evidence = escape_md(st.evidence)
    if evidence:
        # Nested blockquote in the list item (2-space indent matches "- ").
        lines.append(f"  > *{evidence}*")
    return lines


def _who(st: "Statement") -> str:
    speaker, member = clean_text(st.speaker), clean_text(st.member)
    if speaker and member and speaker.casefold() != member.casefold():
        return f"{escape_md(speaker)} ({escape_md(member)})"
    return escape_md(speaker or member)
