"""The shipped sample briefs are what the current code produces (regenerate: samples/regenerate.sh)."""
from __future__ import annotations

import json
from pathlib import Path

from brief.api import summarize
from brief.inputs import read_path
from brief.render import render

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "samples/anthropic-pentagon.txt"


def _brief(monkeypatch):
    monkeypatch.chdir(ROOT)
    return summarize([read_path(SAMPLE)])


def test_markdown_sample_is_current(nlp, monkeypatch):
    expected = (ROOT / "samples/anthropic-pentagon.md").read_text(encoding="utf-8")
    assert render(_brief(monkeypatch), "markdown") == expected


def test_json_sample_is_current(nlp, monkeypatch):
    expected = json.loads((ROOT / "samples/anthropic-pentagon.json").read_text(encoding="utf-8"))
    assert json.loads(render(_brief(monkeypatch), "json")) == expected


def test_seed_brief_content(nlp, monkeypatch):
    """The acceptance points of the seed article, on the real pipeline."""
    data = _brief(monkeypatch).to_dict()
    by_name = {s["name"]: s for s in data["stakeholders"]}
    anthropic = by_name["Anthropic"]
    dod = by_name["Department of Defense"]
    assert "Pentagon" in dod["aliases"]
    assert [m["name"] for m in anthropic["members"]] == ["Dario Amodei"]
    assert [m["name"] for m in dod["members"]] == ["Pete Hegseth"]
    access = [d for d in dod["demands"] if "unrestricted access" in d["text"]]
    assert access and access[0]["target"] == "Anthropic"
    assert any(d["deadline"] == "Friday" for d in dod["demands"])
    assert any(p["type"] == "refusal" and "request" in p["text"] for p in anthropic["positions"])
    assert any("reconsider" in d["text"] for d in anthropic["demands"])
