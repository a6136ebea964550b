"""The brief's data model: plain dataclasses, no spaCy, no terminal.

Every renderer depends only on this module. `Brief.to_dict()` produces the
`brief/1` JSON contract documented in README.md; `Brief.from_dict()` reads it
back, so other tools (and our tests) can round-trip a brief.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "brief/1"

#: Statement types that belong in a stakeholder's `demands` list.
DEMAND_TYPES = frozenset({"request", "call", "ultimatum", "threat", "demand"})


@dataclass(frozen=True)
class Source:
    """One input text. Offsets in the brief are relative to `text`."""

    id: str
    path: str
    chars: int
    sha256: str
    title: str | None = None
    encoding: str | None = None
    extracted_from: str | None = None  # e.g. "html" when text was reduced from a page


@dataclass(frozen=True)
class SentenceRef:
    start: int
    end: int


@dataclass(frozen=True)
class Statement:
    """A position or demand, with its evidence as character offsets."""

    type: str
    cue: str
    text: str
    source: str
    start: int
    end: int
    cue_start: int
    cue_end: int
    sentence: SentenceRef
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    member: str | None = None
    target: str | None = None
    deadline: str | None = None
    quote: bool = False
    negated: bool = False
    evidence: str | None = None  # the sentence text, for renderers

    @property
    def is_demand(self) -> bool:
        return self.type in DEMAND_TYPES


@dataclass(frozen=True)
class Member:
    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass
class Stakeholder:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    mentions: int = 0
    salience: float = 0.0
    positions: list[Statement] = field(default_factory=list)
    demands: list[Statement] = field(default_factory=list)


@dataclass(frozen=True)
class Fact:
    type: str
    text: str
    source: str
    start: int
    end: int


@dataclass(frozen=True)
class SummarySentence:
    text: str
    source: str
    start: int
    end: int


@dataclass
class Brief:
    title: str
    sources: list[Source]
    generator: dict[str, str]
    summary: list[SummarySentence] = field(default_factory=list)
    stakeholders: list[Stakeholder] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.stakeholders and not self.facts

    def to_dict(self) -> dict[str, Any]:
        """The `brief/1` JSON document (field names are a public contract)."""
        return {
            "schema": SCHEMA,
            "generator": dict(self.generator),
            "sources": [asdict(s) for s in self.sources],
            "title": self.title,
            "summary": [asdict(s) for s in self.summary],
            "stakeholders": [_stakeholder_dict(s) for s in self.stakeholders],
            "facts": [asdict(f) for f in self.facts],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Brief":
        """Rebuild a Brief from its `brief/1` JSON form."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document: schema={data.get('schema')!r}")
        return cls(
            title=data["title"],
            sources=[Source(**s) for s in data["sources"]],
            generator=dict(data["generator"]),
            summary=[SummarySentence(**s) for s in data["summary"]],
            stakeholders=[_stakeholder_from(s) for s in data["stakeholders"]],
            facts=[Fact(**f) for f in data["facts"]],
            warnings=list(data.get("warnings", [])),
        )


def _statement_dict(st: Statement) -> dict[str, Any]:
    d = asdict(st)
    d["sentence"] = {"start": st.sentence.start, "end": st.sentence.end}
    return d


def _stakeholder_dict(s: Stakeholder) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "type": s.type,
        "aliases": list(s.aliases),
        "members": [{"name": m.name, "role": m.role, "aliases": list(m.aliases)} for m in s.members],
        "mentions": s.mentions,
        "salience": round(s.salience, 4),
        "positions": [_statement_dict(p) for p in s.positions],
        "demands": [_statement_dict(d) for d in s.demands],
    }


def _statement_from(d: dict[str, Any]) -> Statement:
    d = dict(d)
    d["sentence"] = SentenceRef(**d["sentence"])
    return Statement(**d)


def _stakeholder_from(d: dict[str, Any]) -> Stakeholder:
    return Stakeholder(
        id=d["id"],
        name=d["name"],
        type=d["type"],
        aliases=list(d.get("aliases", [])),
        members=[Member(m["name"], m.get("role"), tuple(m.get("aliases", []))) for m in d.get("members", [])],
        mentions=d.get("mentions", 0),
        salience=d.get("salience", 0.0),
        positions=[_statement_from(p) for p in d.get("positions", [])],
        demands=[_statement_from(p) for p in d.get("demands", [])],
    )
