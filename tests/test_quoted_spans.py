"""A quotation a statement's span opens runs to its closing mark, though the parser hung its
second half on another word; a quotation that is never closed does not swallow the next one; a
spaced dash that opens another subject's clause ends the statement.

Every text is written for its test; each fails on the commit before its rule, except the one
that says it is a guard.
"""
from __future__ import annotations

import pytest

from brief.api import summarize_text


@pytest.fixture(scope="module", autouse=True)
def _model(nlp):
    return nlp


def texts_of(text: str) -> list[str]:
    data = summarize_text(text).to_dict()
    return [st["text"] for sh in data["stakeholders"] for st in sh["positions"] + sh["demands"]]


def test_a_quoted_slogan_is_not_cut_at_its_comma() -> None:
    texts = texts_of('Tory leader Tom Reed dismissed the budget as "spend now, pay later".')
    assert any(t.endswith('"spend now, pay later') for t in texts), texts


def test_an_unclosed_quotation_does_not_run_into_the_next_one() -> None:
    # the next mark opens another quotation: the writer's "and urged ministers to ..." is no part of it
    texts = texts_of('Mr Reed said the bill "had the feel of a rushed job, and urged ministers to guarantee '
                     'that "a full review will follow" before it went further.')
    assert not any("rushed job" in t and "urged" in t for t in texts), texts


def test_a_dash_opening_another_subjects_clause_ends_the_statement() -> None:
    texts = texts_of("The UK, France and Germany want the EU budget to be capped at 1% of national incomes - the "
                     "Commission wants it to be 1.26%.")
    assert texts and not [t for t in texts if "Commission" in t and "capped" in t], texts


@pytest.mark.parametrize("text, kept", [
    ("Sales rose by 4% - the group expects profits to double next year, chief executive Anne Ward said.",
     ("Sales rose", "profits to double")),
    ("'The deal was unfair - the workers deserve far better,' said union leader Bob Kerr.",
     ("deal was unfair", "deserve far better")),
])
def test_a_dash_before_the_cue_or_inside_a_quotation_is_the_speakers_own(text: str, kept: tuple[str, str]) -> None:
    # guards from a code review of the dash rule: "X - Y, Z said" and a single-quoted quotation stay whole
    assert [t for t in texts_of(text) if kept[0] in t and kept[1] in t], texts_of(text)
