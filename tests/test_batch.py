"""`brief batch`: folders, JSONL and stdin inputs, both writers, --resume, failures, Dask.

Expected briefs are computed with the library (`api.iter_briefs`), so these tests pin
the batch plumbing (ids, ordering, files, counts, exit codes), not the linguistics.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.errors import ExitCode
from conftest import SHORT_TEXT

TEXTS = {
    "a.txt": SHORT_TEXT,
    "b.txt": "The council said on Tuesday that it would close two libraries. Residents called on "
             "the mayor to reverse the decision before the budget vote next month.\n",
    "sub/c.txt": "Farmers demanded compensation after the floods. The agriculture ministry said it "
                 "was reviewing the claims and would respond within two weeks.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Three small texts (one in a subfolder) and one binary file matching *.txt."""
    root = tmp_path / "corpus"
    for name, text in TEXTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "broken.txt").write_bytes(bytes(range(256)) * 8)
    return root


def _expected(texts: dict[str, str]) -> dict[str, dict]:
    from brief import api
    from brief.inputs import TextInput

    inputs = [TextInput(text=t, path=p) for p, t in texts.items()]
    return {inp.path: brief.to_dict() for inp, brief in api.iter_briefs(inputs)}


def test_output_dir_writes_one_json_per_readable_file(cli, corpus, tmp_path, nlp):
    out = tmp_path / "out"
    result = cli("batch", corpus, "--output-dir", out)
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json", "sub__c.json"]
    assert result.stderr.splitlines()[-1] == "brief: 3 briefs written, 1 failed"
    assert "broken" in result.stderr and "binary" in result.stderr
    assert result.stdout == ""
    expected = _expected({str(corpus / n): t for n, t in TEXTS.items()})
    for name, doc_id in (("a.txt", "a"), ("b.txt", "b"), ("sub/c.txt", "sub__c")):
        data = json.loads((out / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert data["schema"] == "brief/1"
        assert data == expected[str(corpus / name)]


def test_all_good_exits_0(cli, corpus, tmp_path, nlp):
    (corpus / "broken.txt").unlink()
    result = cli("batch", corpus, "-d", tmp_path / "out")
    assert result.exit_code == 0
    assert result.stderr == "brief: 3 briefs written, 0 failed\n"


def test_jsonl_output_has_one_line_per_document_in_order(cli, corpus, tmp_path, nlp):
    out = tmp_path / "briefs.jsonl"
    result = cli("batch", corpus, "--jsonl", out)
    assert result.exit_code == ExitCode.INPUT_ERROR
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "sub__c"]
    assert all(line["brief"]["schema"] == "brief/1" for line in lines)
    assert lines[2]["brief"]["sources"][0]["path"] == str(corpus / "sub" / "c.txt")


def test_jsonl_to_stdout(cli, corpus, nlp):
    (corpus / "broken.txt").unlink()
    result = cli("batch", corpus, "--jsonl", "-")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b", "sub__c"]


def test_resume_skips_existing_outputs(cli, corpus, tmp_path, nlp):
    out = tmp_path / "out"
    cli("batch", corpus, "-d", out)
    (out / "a.json").write_text("kept\n", encoding="utf-8")
    (out / "b.json").unlink()
    result = cli("batch", corpus, "-d", out, "--resume")
    assert (out / "a.json").read_text(encoding="utf-8") == "kept\n"  # not redone
    assert json.loads((out / "b.json").read_text(encoding="utf-8"))["schema"] == "brief/1"
    assert result.stderr.splitlines()[-1] == "brief: 1 briefs written, 1 failed, 2 skipped (already done)"
    assert result.exit_code == ExitCode.INPUT_ERROR  # the binary file is retried and fails again


def test_resume_appends_to_jsonl_and_drops_a_torn_line(cli, corpus, tmp_path, nlp):
    (corpus / "broken.txt").unlink()
    out = tmp_path / "briefs.jsonl"
    cli("batch", corpus, "--jsonl", out)
    first, second, _third = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text(first + second + '{"id": "sub__c", "brief": {"sch', encoding="utf-8")  # killed mid-line
    result = cli("batch", corpus, "--jsonl", out, "--resume")
    assert result.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b", "sub__c"]
    assert lines[:2] == [first.rstrip("\n"), second.rstrip("\n")]
    assert "2 skipped" in result.stderr


def test_jsonl_input_file(cli, tmp_path, nlp):
    src = tmp_path / "docs.jsonl"
    records = [{"id": "first", "text": TEXTS["a.txt"]}, {"id": "news/2", "text": TEXTS["b.txt"]}]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "out"
    result = cli("batch", src, "-d", out)
    assert result.exit_code == ExitCode.INPUT_ERROR  # the "not json" line
    assert sorted(p.name for p in out.iterdir()) == ["first.json", "news__2.json"]
    data = json.loads((out / "news__2.json").read_text(encoding="utf-8"))
    assert data["sources"][0]["chars"] == len(TEXTS["b.txt"])
    assert "docs-3" in result.stderr and "not a JSON line" in result.stderr
    assert result.stderr.splitlines()[-1] == "brief: 2 briefs written, 1 failed"


def test_stdin_lines_json_and_plain(cli, nlp):
    plain = "A plain line of text. The minister said the plan would go ahead."
    stdin = (json.dumps({"id": "one", "text": TEXTS["a.txt"]}) + "\n"
             + plain + "\n"
             + "\n"
             + json.dumps({"id": "x", "body": "no text field"}) + "\n")
    result = cli("batch", "-", "--jsonl", "-", input=stdin)
    assert result.exit_code == ExitCode.INPUT_ERROR
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["one", "stdin-2"]
    assert lines[1]["brief"]["sources"][0]["chars"] == len(plain)
    assert "stdin-4" in result.stderr
    assert result.stderr.splitlines()[-1] == "brief: 2 briefs written, 1 failed"


def test_two_workers_match_one(cli, corpus, tmp_path, nlp):
    one, two = tmp_path / "one", tmp_path / "two"
    cli("batch", corpus, "-d", one)
    result = cli("batch", corpus, "-d", two, "--workers", "2", "--batch-size", "1")
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert {p.name: p.read_bytes() for p in one.iterdir()} == {p.name: p.read_bytes() for p in two.iterdir()}


def test_usage_errors_exit_2(cli, corpus, tmp_path):
    assert cli("batch", corpus).exit_code == ExitCode.USAGE  # no output given
    both = cli("batch", corpus, "-d", tmp_path / "o", "--jsonl", tmp_path / "o.jsonl")
    assert both.exit_code == ExitCode.USAGE and "exactly one" in both.stderr
    assert cli("batch", corpus, "--jsonl", "-", "--resume").exit_code == ExitCode.USAGE
    assert cli("batch", corpus, "-d", tmp_path / "o", "--workers", "0").exit_code == ExitCode.USAGE


def test_scheduler_without_dask_is_a_usage_error(cli, corpus, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    result = cli("batch", corpus, "-d", tmp_path / "o", "--scheduler", "local")
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.count("\n") == 1 and "brief[dask]" in result.stderr


def test_dask_local_cluster_matches_local_run(cli, corpus, tmp_path, nlp):
    pytest.importorskip("distributed")
    local, dask_dir = tmp_path / "local", tmp_path / "dask"
    local_result = cli("batch", corpus, "-d", local)
    dask_result = cli("batch", corpus, "-d", dask_dir, "--scheduler", "local", "--workers", "2",
                      "--batch-size", "2")
    assert dask_result.exit_code == local_result.exit_code == ExitCode.INPUT_ERROR, dask_result.stderr
    assert dask_result.stderr.splitlines()[-1] == "brief: 3 briefs written, 1 failed"
    local_files = {p.name: p.read_bytes() for p in local.iterdir()}
    assert len(local_files) == 3
    assert {p.name: p.read_bytes() for p in dask_dir.iterdir()} == local_files

    local_jsonl, dask_jsonl = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    cli("batch", corpus, "--jsonl", local_jsonl)
    cli("batch", corpus, "--jsonl", dask_jsonl, "--scheduler", "local", "--workers", "2")
    assert dask_jsonl.read_bytes() == local_jsonl.read_bytes()


@pytest.mark.parametrize("mode", [["--workers", "2"], ["--scheduler", "local", "--workers", "2"]])
def test_ctrl_c_with_worker_processes_exits_130_without_hanging(tmp_path, mode):
    import os
    import signal
    import subprocess
    import sys
    import time

    if "--scheduler" in mode:
        pytest.importorskip("distributed")
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(400):
        (corpus / f"d{i:03}.txt").write_text(TEXTS["a.txt"] * 3, encoding="utf-8")
    out = tmp_path / "out"
    # A new session, so the signal can go to the whole group as a terminal's Ctrl-C does.
    proc = subprocess.Popen([sys.executable, "-m", "brief", "batch", str(corpus), "-d", str(out), *mode],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not (out.is_dir() and any(out.iterdir())) and time.monotonic() < deadline:
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(timeout=60) == ExitCode.INTERRUPTED
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.stderr.read().decode() == "brief: interrupted\n"
