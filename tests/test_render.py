"""Renderer tests on hand-built briefs: no spaCy, no files, no network."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hst

from brief.model import (Brief, Fact, Member, SentenceRef, Source, Stakeholder, Statement,
                         SummarySentence)
from brief.render import EMPTY_MESSAGE, render
from brief.render import json as render_json_mod
from brief.render.markdown import escape_md

EVIL_NAME = "[bold red]Evil[/]"
ANSI_TEXT = "\x1b[31mred alert\x1b[0m"
MD_ATTACK = "# heading | a | b | `code` <script>alert(1)</script>"
EVIDENCE = "The union said on Monday that wages must rise."


def stmt(text: str, type_: str = "position", **kw) -> Statement:
    """A Statement with plausible offsets; only the displayed fields matter here."""
    base = dict(type=type_, cue="said", text=text, source="s1", start=10, end=10 + len(text),
                cue_start=4, cue_end=8, sentence=SentenceRef(0, 60), evidence=EVIDENCE)
    base.update(kw)
    return Statement(**base)


def make_brief(*, name: str = "Transport Workers Union", extra_positions=(),
               extra_demands=()) -> Brief:
    union = Stakeholder(
        id="k1", name=name, type="organization", aliases=["TWU", "the union"],
        members=[Member("Jane Doe", "general secretary"), Member("Sam Roe")],
        mentions=5, salience=0.61234,
        positions=[
            stmt("wages must rise", speaker="Jane Doe", member="Jane Doe", quote=True),
            stmt("the offer is an insult", speaker="Doe", member="Jane Doe"),
            stmt("talks have failed", negated=True, evidence="Talks have not failed, Doe said."),
            *extra_positions,
        ],
        demands=[
            stmt("reopen negotiations", "call", target="the ministry", deadline="Friday",
                 evidence="The union called on the ministry to reopen negotiations by Friday."),
            *extra_demands,
        ],
    )
    ministry = Stakeholder(
        id="k2", name="Ministry of Transport", type="government",
        members=[Member("Ali Khan", "transport minister", ("the minister",))],
        positions=[stmt("the budget is fixed", speaker="Ali Khan", evidence=None)],
    )
    return Brief(
        title="Rail strike looms",
        sources=[Source("s1", "article.txt", 400, "0" * 64, title="Rail strike looms")],
        generator={"name": "brief", "version": "test"},
        summary=[SummarySentence("Rail workers may strike next week.", "s1", 0, 34)],
        stakeholders=[union, ministry],
        facts=[Fact("money", "$5 million", "s1", 100, 110), Fact("date", "Friday", "s1", 120, 126)],
        warnings=["speaker for one statement is uncertain"],
    )


def empty_brief() -> Brief:
    return Brief(title="Nothing here", sources=[Source("s1", "-", 0, "0" * 64)],
                 generator={"name": "brief"})


def all_statements(d: dict) -> list[dict]:
    return [st for sh in d["stakeholders"] for st in sh["positions"] + sh["demands"]]


# --------------------------------------------------------------------- JSON

def test_json_round_trip():
    b = make_brief(extra_positions=[stmt(ANSI_TEXT)])
    out = render(b, "json")
    assert out.endswith("}\n")
    assert Brief.from_dict(json.loads(out)).to_dict() == b.to_dict()


def test_json_matches_contract_formula():
    b = make_brief()
    expected = json.dumps(b.to_dict(), ensure_ascii=False, indent=2) + "\n"
    assert render_json_mod.render(b) == expected
    assert json.loads(render(b, "json"))["schema"] == "brief/1"


def test_json_keeps_every_statement_despite_max_items():
    b = make_brief(extra_positions=[stmt(f"extra position {i}") for i in range(5)])
    data = json.loads(render(b, "json", max_items=1))
    texts = [st["text"] for st in all_statements(data)]
    assert len(texts) == 3 + 5 + 1 + 1  # union positions + extras, demand, ministry
    assert "extra position 4" in texts


def test_json_keeps_control_text_exactly_but_prints_no_raw_controls():
    b = make_brief(extra_positions=[stmt(ANSI_TEXT), stmt("8-bit \x9b31m csi\u2028sep")])
    out = render(b, "json")
    texts = [st["text"] for st in all_statements(json.loads(out))]
    assert ANSI_TEXT in texts
    assert "8-bit \x9b31m csi\u2028sep" in texts
    assert "\x1b" not in out and "\x9b" not in out and "\u2028" not in out
    assert "\\u009b" in out


def test_json_keeps_non_ascii_readable():
    b = make_brief(name="Unión General de Trabajadores")
    assert "Unión General de Trabajadores" in render(b, "json")


# ----------------------------------------------------------------- Markdown

def test_markdown_structure():
    md = render(make_brief(), "markdown")
    lines = md.splitlines()
    assert lines[0] == "# Rail strike looms"
    assert "## Summary" in lines and "- Rail workers may strike next week." in lines
    assert "## Stakeholders" in lines
    assert "### Transport Workers Union" in lines
    assert "### Ministry of Transport" in lines
    assert "- **Type:** organization" in lines
    assert "- **Also called:** TWU, the union" in lines
    assert "  - Jane Doe, general secretary" in lines
    assert "  - Sam Roe" in lines
    assert "  - Ali Khan, transport minister (also: the minister)" in lines
    assert "## Key facts" in lines and "- **date**: Friday" in lines
    assert "## Warnings" in lines
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_markdown_statement_details():
    md = render(make_brief(), "markdown")
    lines = md.splitlines()
    assert "- **position** — Jane Doe: “wages must rise”" in lines
    assert "- **position** — Doe (Jane Doe): the offer is an insult" in lines
    assert "- **position** (negated) — talks have failed" in lines
    assert ("- **call** — reopen negotiations → target: the ministry · deadline: Friday"
            in lines)
    assert "  > *The union called on the ministry to reopen negotiations by Friday.*" in lines
    assert "  > *The union said on Monday that wages must rise.*" in lines
    # The ministry's statement has evidence=None: no empty blockquote after it.
    i = lines.index("- **position** — Ali Khan: the budget is fixed")
    assert not lines[i + 1].lstrip().startswith(">")


def test_markdown_max_items_cuts_and_counts():
    b = make_brief(extra_demands=[stmt(f"demand {i}", "demand") for i in range(3)])
    md = render(b, "markdown", max_items=2)
    assert "- … and 1 more (see JSON)" in md.splitlines()  # positions: 3 -> 2
    assert "- … and 2 more (see JSON)" in md.splitlines()  # demands: 4 -> 2
    assert "talks have failed" not in md and "demand 2" not in md
    assert "demand 0" in md
    full = render(b, "markdown")
    assert "more (see JSON)" not in full and "talks have failed" in full


def test_markdown_injection_is_inert():
    b = make_brief(extra_positions=[stmt(MD_ATTACK)])
    md = render(b, "markdown")
    assert "\\# heading \\| a \\| b \\| \\`code\\`" in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "<script" not in md and "`code`" not in md
    assert not any(line.startswith("# heading") for line in md.splitlines())


def test_markdown_newlines_cannot_start_blocks():
    b = make_brief(extra_positions=[stmt("fine\n# Pwned\n\n| x | y |\n|---|---|\n- item")],
                   name="Union\n## Fake section")
    lines = render(b, "markdown").splitlines()
    assert "### Union \\#\\# Fake section" in lines
    assert not any(line.startswith(("# Pwned", "## Fake", "|", "- item")) for line in lines)
    assert any("fine \\# Pwned \\| x \\| y \\| \\|---\\|---\\| - item" in line for line in lines)


def test_markdown_strips_ansi_and_controls():
    b = make_brief(extra_positions=[stmt(ANSI_TEXT + "\x07\x00\x9b2J")], name="Evil\x1b]0;title\x07 Co")
    md = render(b, "markdown")
    assert "\x1b" not in md and "\x07" not in md and "\x00" not in md and "\x9b" not in md
    assert "red alert" in md and "### Evil Co" in md.splitlines()


def test_markdown_escapes_links_html_entities_and_math():
    b = make_brief(extra_positions=[stmt("[click](javascript:x) &lt; $5 and $10 ~~no~~ *b* _i_")])
    md = render(b, "markdown")
    assert "\\[click\\](javascript:x) &amp;lt; &#36;5 and &#36;10 \\~\\~no\\~\\~ \\*b\\* \\_i\\_" in md


@pytest.mark.parametrize("raw, expected", [
    ("- not a list", "\\- not a list"),
    ("+ plus", "\\+ plus"),
    ("=== setext", "\\=== setext"),
    ("1. ordered", "1\\. ordered"),
    ("12) ordered", "12\\) ordered"),
    ("back\\slash", "back\\\\slash"),
    ("  padded\tline\r\n", "padded line"),
    ("a > b", "a &gt; b"),
    (None, ""),
])
def test_escape_md_cases(raw, expected):
    assert escape_md(raw) == expected


@given(hst.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_escape_md_output_is_single_inert_line(text):
    out = escape_md(text)
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", out)
    assert "<" not in out and ">" not in out
    assert not re.match(r"[-+=]|\d+[.)]", out)


# ----------------------------------------------------------------- terminal

def term(b: Brief, **kw) -> str:
    kw.setdefault("color", False)
    return render(b, "terminal", **kw)


def test_terminal_content():
    out = term(make_brief())
    assert out.splitlines()[0] == "Rail strike looms"
    assert "Transport Workers Union (organization)" in out
    assert "Ministry of Transport (government)" in out
    assert "Jane Doe, general secretary" in out
    assert "Ali Khan, transport minister" in out
    assert "[position] Jane Doe: “wages must rise”" in out
    assert "[call] reopen negotiations → target: the ministry · deadline: Friday" in out
    assert "The union called on the ministry to reopen negotiations by Friday." in out
    assert "money: $5 million" in out
    assert "speaker for one statement is uncertain" in out
    assert "\x1b" not in out


def test_terminal_width():
    out = term(make_brief(), width=60)
    assert max(len(line) for line in out.splitlines()) == 60
    assert max(len(line) for line in term(make_brief()).splitlines()) == 100


def test_terminal_max_items():
    b = make_brief(extra_demands=[stmt(f"demand {i}", "demand") for i in range(3)])
    out = term(b, max_items=1)
    assert "… and 2 more (see JSON)" in out and "… and 3 more (see JSON)" in out
    assert "demand 0" not in out and "the offer is an insult" not in out


@pytest.mark.parametrize("color", [False, True])
def test_terminal_markup_in_names_is_literal(color):
    b = make_brief(name=EVIL_NAME, extra_positions=[stmt("[link=https://x.example]click[/link]")])
    out = term(b, color=color)
    assert EVIL_NAME in out
    assert "[link=https://x.example]click[/link]" in out
    assert "\x1b]8;" not in out  # no hyperlink was created
    if not color:
        assert "\x1b" not in out
    else:
        assert "\x1b[" in out  # sanity: colour really was on, styles came from us only


@pytest.mark.parametrize("color", [False, True])
def test_terminal_strips_ansi_from_input(color):
    b = make_brief(extra_positions=[stmt(ANSI_TEXT + " \x1b]0;pwned\x07 \x9b2J\x08\x07done")],
                   name="Union\x1b[2J\nNewline")
    out = term(b, color=color)
    assert "red alert" in out and "done" in out and "Union Newline" in out
    assert "[31m" not in out and "[2J" not in out and "pwned" not in out
    assert not re.search(r"[\x00-\x09\x0b-\x1a\x1c-\x1f\x7f-\x9f]", out)
    if not color:
        assert "\x1b" not in out


def test_no_color_env_disables_ansi(monkeypatch):
    # Make Rich treat (captured) stdout as a colour terminal whatever CI's env says.
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in render(make_brief(), "terminal")  # the control case
    monkeypatch.setenv("NO_COLOR", "1")
    out = render(make_brief(), "terminal")
    assert "\x1b[" not in out and "Transport Workers Union" in out


@pytest.mark.parametrize("fmt", ["markdown", "terminal"])
def test_empty_brief_message(fmt):
    out = render(empty_brief(), fmt, color=False)
    assert EMPTY_MESSAGE == "No stakeholders or statements found."
    assert EMPTY_MESSAGE in out and "Nothing here" in out
    assert "Stakeholders" not in out and "Key facts" not in out and "Summary" not in out


# ---------------------------------------------------------------- dispatch

def test_unknown_format_and_bad_max_items():
    with pytest.raises(ValueError, match="unknown format"):
        render(make_brief(), "html")
    with pytest.raises(ValueError, match="max_items"):
        render(make_brief(), "markdown", max_items=-1)


def test_import_render_does_not_load_rich():
    code = ("import sys\n"
            "from brief.model import Brief\n"
            "from brief.render import render\n"
            "b = Brief(title='t', sources=[], generator={})\n"
            "render(b, 'markdown'); render(b, 'json')\n"
            "assert 'rich' not in sys.modules, 'rich was imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True)
