"""Shared fixtures: the real spaCy pipeline (no mocks) and ways to run the CLI.

`nlp` is session-scoped because loading the model takes about a second; tests must
not change it (add no pipes, set no config). `run_brief` runs the installed CLI in a
fresh interpreter (what a user gets: real stdin/stdout, exit codes, no pytest
capture); `cli` runs it in-process with Typer's CliRunner, which is faster and lets
a test monkeypatch the library.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "anthropic-pentagon.txt"

#: A short English news paragraph with stakeholders, a demand and a quote.
SHORT_TEXT = (
    "Union leaders demanded a 10% pay rise on Monday. The transport minister, Jane Hill, said the "
    "government would not negotiate under threat. \"We call on the union to return to talks,\" she "
    "told reporters in London. The union warned that strikes would begin on 1 March unless the "
    "offer was improved.\n"
)


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline from `brief.pipeline.load()`, loaded once per test session."""
    from brief import pipeline

    return pipeline.load()


@pytest.fixture
def tagged_mentions(nlp):
    """`(text, [(start, end, label), ...]) -> (tokens, [(mention text, label), ...])`: entity
    mentions of a text whose entity tags are set by hand, for tagging errors the model makes
    only sometimes."""
    from spacy.tokens import Span

    from brief.mentions import entity_mentions
    from brief.rules import load_rules

    def run(text: str, spans: list[tuple[int, int, str]]) -> tuple[list[str], list[tuple[str, str]]]:
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
        return [t.text for t in doc], [(m.text, m.label) for m in entity_mentions(doc, load_rules())]

    return run


@pytest.fixture
def short_file(tmp_path: Path) -> Path:
    """A small English text file."""
    path = tmp_path / "short.txt"
    path.write_text(SHORT_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def binary_file(tmp_path: Path) -> Path:
    """A file of binary data that no decoder should accept as text."""
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 8)
    return path


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("FORCE_COLOR", None)
    env.update(extra or {})
    return env


@pytest.fixture
def run_brief():
    """Run `python -m brief ARGS...` in a subprocess; returns the CompletedProcess, output decoded."""

    def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None,
            cwd: str | Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [sys.executable, "-m", "brief", *map(str, args)],
            input=input.encode("utf-8") if isinstance(input, str) else input,
            capture_output=True, env=_env(env), cwd=cwd, timeout=timeout,
        )
        proc.stdout = proc.stdout.decode("utf-8", "replace")
        proc.stderr = proc.stderr.decode("utf-8", "replace")
        return proc

    return run


@pytest.fixture
def cli():
    """Invoke the Typer app in-process; returns click's Result (stdout and stderr apart)."""
    from typer.testing import CliRunner

    from brief.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, env=env)

    return invoke
