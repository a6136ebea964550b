"""Turn per-text analysis results (plain dicts made by the spaCy components) into a `Brief`.

No spaCy here: the results may come back from worker processes. With several sources,
stakeholders that share a name or alias are merged into one, and every statement keeps
the id of the source its offsets refer to.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from brief import __version__
from brief.inputs import TextInput
from brief.model import (
    Brief,
    Fact,
    Member,
    SentenceRef,
    Source,
    Stakeholder,
    Statement,
    SummarySentence,
)
from brief.rules import norm_name

_SUMMARY_MAX = 4


def _source(idx: int, inp: TextInput, data: dict[str, Any]) -> Source:
    return Source(
        id=f"s{idx}",
        path=inp.path,
        chars=len(inp.text),
        sha256=hashlib.sha256(inp.text.encode("utf-8", "surrogatepass")).hexdigest(),
        title=data.get("title"),
        encoding=inp.encoding,
        extracted_from=inp.extracted_from,
    )


def _statement(d: dict[str, Any], source: str) -> Statement:
    d = dict(d)
    d["sentence"] = SentenceRef(**d["sentence"])
    return Statement(source=source, **d)


def _merge(into: Stakeholder, other: Stakeholder) -> None:
    for alias in [other.name, *other.aliases]:
        if alias != into.name and alias not in into.aliases:
            into.aliases.append(alias)
    known = {m.name for m in into.members}
    into.members.extend(m for m in other.members if m.name not in known)
    into.mentions += other.mentions
    into.salience = max(into.salience, other.salience)
    into.positions.extend(other.positions)
    into.demands.extend(other.demands)


def build_brief(results: Sequence[tuple[TextInput, dict[str, Any]]], *, model: str) -> Brief:
    """Assemble one `Brief` from `(input, analysis result)` pairs, in source order."""
    sources: list[Source] = []
    stakeholders: list[Stakeholder] = []
    by_key: dict[str, Stakeholder] = {}
    summary: list[SummarySentence] = []
    facts: list[Fact] = []
    warnings: list[str] = []
    for idx, (inp, data) in enumerate(results, start=1):
        src = _source(idx, inp, data)
        sources.append(src)
        warnings.extend(inp.warnings)
        warnings.extend(data.get("warnings", []))
        summary.extend(SummarySentence(source=src.id, **s) for s in data.get("summary", []))
        facts.extend(Fact(source=src.id, **f) for f in data.get("facts", []))
        for sh in data.get("stakeholders", []):
            new = Stakeholder(
                id="",
                name=sh["name"],
                type=sh["type"],
                aliases=list(sh.get("aliases", [])),
                members=[Member(m["name"], m.get("role"), tuple(m.get("aliases", []))) for m in sh.get("members", [])],
                mentions=sh.get("mentions", 0),
                salience=sh.get("salience", 0.0),
                positions=[_statement(p, src.id) for p in sh.get("positions", [])],
                demands=[_statement(p, src.id) for p in sh.get("demands", [])],
            )
            keys = {norm_name(n) for n in [new.name, *new.aliases]}
            existing = next((by_key[k] for k in keys if k in by_key), None)
            if existing is None:
                stakeholders.append(new)
                existing = new
            else:
                _merge(existing, new)
            for k in keys:
                by_key.setdefault(k, existing)
    stakeholders.sort(key=lambda s: -s.salience)
    for n, sh in enumerate(stakeholders, start=1):
        sh.id = f"k{n}"
    if len(results) > 1:
        summary = summary[: _SUMMARY_MAX * len(results)]
    title = next((s.title for s in sources if s.title), None) or (sources[0].path if sources else "")
    return Brief(
        title=title,
        sources=sources,
        generator={"name": "brief", "version": __version__, "model": model},
        summary=summary,
        stakeholders=stakeholders,
        facts=facts,
        warnings=warnings,
    )
