"""Property tests: any text gives a valid `brief/1` document whose offsets all hold.

The library is called in-process (one model load) so a thousand examples run in about
a minute; a smaller test goes through the real CLI (Typer's CliRunner) with the text
on standard input.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from brief.api import summarize_text
from brief.cli import app
from brief.model import SCHEMA, Brief
from invariants import span_errors

WORDS = [
    "The", "the", "union", "Union", "government", "ministers", "Ministers", "said", "say", "says", "warned",
    "urged", "called", "on", "for", "to", "demanded", "refused", "threatened", "according", "by", "Friday",
    "Mr", "Ms", "Dr", "Smith", "Jane", "Doe", "Acme", "Corp", "'s", "Pentagon", "Department", "of", "Defense",
    "(NFA)", "NFA", "National", "Farmers", "Association", "he", "she", "they", "it", "Critics", "plan", "£5m",
    "12%", "3", "March", "2024", "Act", "Climate", "Change", "request", "refusal", "demand", "chief",
    "executive", "secretary", "Secretary", "general", "not", "will", "would", "is", "was", "and", "but",
]
PUNCT = [".", ",", ";", ":", "!", "?", "-", "\u2014", "(", ")", "'", "\u2019", "\u2018"]
QUOTES = ['"', "\u201c", "\u201d", "'", "\u00ab", "\u00bb"]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\t", " ", "  ", "\u00a0", "\u2028", "\x0b", "\x0c"]

SUBJECTS = ["The union", "Ms Green", "Jane Doe, general secretary of the Teachers Union,", "He", "They",
            "The Pentagon", "Defense Secretary Pete Hegseth", "Critics", "Ministers", "Acme Corp's chief John Smith",
            "The National Farmers Association (NFA)", "The NFA", "Tom Baker of Greenpeace"]
VERBS = ["said", "warned that", "urged the council to", "called on ministers to", "called for", "demanded",
         "refused", "threatened to", "wants the government to", "rejected", "insist", "said:"]
OBJECTS = ["the plan is unfair", "scrap the scheme by Friday", "a 12% pay rise", "the Climate Change Act",
           "the regulator's request for full access", "talks", "\u201cWe will not accept this.\u201d",
           '"We will fight. "We will win,"']
#: A clause that the rules can read: subject, cue verb, complement.
CLAUSE = st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(OBJECTS)).map(" ".join)

#: Word-like text: clauses, words, punctuation, quotation marks, line breaks and stray Unicode.
NEWSY = st.lists(
    st.one_of(
        CLAUSE,
        st.sampled_from(WORDS).map(lambda w: w + " "),
        st.sampled_from(WORDS),
        st.sampled_from(PUNCT),
        st.sampled_from(QUOTES),
        st.sampled_from(BREAKS),
        st.text(min_size=1, max_size=3),
    ),
    max_size=150,
).map("".join)

TEXTS = st.one_of(st.text(), NEWSY)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_any_text_gives_valid_brief(text: str) -> None:
    brief = summarize_text(text)
    assert isinstance(brief, Brief)
    data = json.loads(json.dumps(brief.to_dict()))
    assert data["schema"] == SCHEMA
    assert data["sources"][0]["chars"] == len(text)
    assert Brief.from_dict(data).to_dict() == data
    n_statements = sum(len(sh["positions"]) + len(sh["demands"]) for sh in data["stakeholders"])
    event("statements" if n_statements else "no statements")
    errors = span_errors(text, data)
    assert not errors, errors


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_cli_json_on_stdin(text: str) -> None:
    result = CliRunner().invoke(app, ["summarize", "-", "--format", "json"], input=text)
    assert result.exit_code in (0, 1), (result.exit_code, result.output, result.exception)
    event(f"exit {result.exit_code}")
    if result.exit_code == 0:
        data = json.loads(result.stdout)
        assert data["schema"] == SCHEMA
        assert data["sources"][0]["path"] == "-"
