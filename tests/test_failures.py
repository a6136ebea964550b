"""A document the analysis fails on is reported and skipped; the others are still briefed."""
from __future__ import annotations

import pytest

import brief.components.result as result_component
from brief import api
from brief.errors import AnalysisError
from brief.inputs import TextInput

GOOD = "The Nurses Union said the pay offer was an insult."


@pytest.fixture
def poisoned(monkeypatch, nlp):
    """Make the filing step raise on any text containing POISON, as a bug would."""
    real = result_component.file_statements

    def file_statements(doc, *args, **kwargs):
        if "POISON" in doc.text:
            raise RuntimeError("boom")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(result_component, "file_statements", file_statements)


def test_iter_briefs_reports_the_failed_document_in_its_place(poisoned):
    inputs = [TextInput(GOOD, "a.txt"), TextInput("POISON " + GOOD, "b.txt"), TextInput(GOOD, "c.txt")]
    out = list(api.iter_briefs(inputs))
    assert [inp.path for inp, _ in out] == ["a.txt", "b.txt", "c.txt"]
    assert isinstance(out[1][1], AnalysisError) and "b.txt: analysis failed (RuntimeError: boom)" in str(out[1][1])
    assert out[0][1].stakeholders and out[2][1].stakeholders


def test_a_failing_chunk_fails_only_its_long_document(poisoned):
    long_text = (GOOD + "\n\n") * 400 + "POISON"
    inputs = [TextInput(long_text, "long.txt"), TextInput(GOOD, "short.txt")]
    out = list(api.iter_briefs(inputs))
    assert isinstance(out[0][1], AnalysisError)
    assert not isinstance(out[1][1], Exception) and out[1][1].stakeholders


def test_summarize_cli_says_analysis_failed_without_traceback(poisoned, cli, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("POISON " + GOOD, encoding="utf-8")
    result = cli("summarize", path, "--format", "json")
    assert result.exit_code == 1
    assert "analysis failed" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_batch_skips_the_failed_document(poisoned, cli, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in [("a", GOOD), ("b", "POISON " + GOOD), ("c", GOOD)]:
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = cli("batch", src, "--output-dir", out)
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "c.json"]
    assert "b" in result.stderr and "analysis failed" in result.stderr
    assert "2 briefs written, 1 failed" in result.stderr
