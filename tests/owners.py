"""Helpers of the speaker tests: a brief of a written text, and who owns each statement in it."""
from __future__ import annotations

from brief.api import summarize_text


def brief(text: str) -> dict:
    """The JSON brief of `text`, on the real pipeline."""
    return summarize_text(text).to_dict()


def owners_of(data: dict, containing: str) -> list[tuple[str, str | None]]:
    """(stakeholder, member) of every statement whose text contains `containing`."""
    return [(sh["name"], st["member"]) for sh in data["stakeholders"] for st in sh["positions"] + sh["demands"]
            if containing in st["text"]]
