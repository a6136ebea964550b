"""The `brief summarize` command, `--help`/`--version`, exit codes and stream hygiene.

Subprocess tests (`run_brief`) check what a user sees: real pipes, exit codes, no
tracebacks. CliRunner tests (`cli`) are faster and can monkeypatch the library.
Expected output is computed with the library itself, so these tests pin the CLI's
plumbing, not the linguistic results.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from brief import __version__
from brief.errors import ExitCode
from conftest import SAMPLE, SHORT_TEXT

FRENCH = ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites. Les syndicats ont "
          "appelé à la grève générale et demandent le retrait du projet de loi. Le ministre du "
          "travail a déclaré que le texte ne serait pas modifié avant le vote au parlement.\n")


def _library_brief(*paths: Path):
    from brief import api
    from brief.inputs import read_path

    return api.summarize([read_path(str(p)) for p in paths])


def test_summarize_prints_markdown_when_stdout_is_not_a_tty(run_brief, short_file, nlp):
    from brief.render import render

    proc = run_brief("summarize", short_file)
    assert proc.returncode == ExitCode.OK, proc.stderr
    assert proc.stdout == render(_library_brief(short_file), "markdown")
    assert proc.stdout.startswith("# ")
    assert "\x1b[" not in proc.stdout
    assert proc.stderr == ""


def test_format_json_is_a_brief_1_document(cli, short_file, nlp):
    result = cli("summarize", short_file, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "brief/1"
    assert data["generator"]["name"] == "brief"
    assert data["sources"][0]["path"] == str(short_file)
    assert data["sources"][0]["chars"] == len(SHORT_TEXT)
    assert data["sources"][0]["sha256"] == hashlib.sha256(SHORT_TEXT.encode()).hexdigest()
    assert data == _library_brief(short_file).to_dict()


def test_stdin_dash(run_brief, nlp):
    proc = run_brief("summarize", "-", "--format", "json", input=SHORT_TEXT)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["schema"] == "brief/1"
    assert [s["path"] for s in data["sources"]] == ["-"]
    assert data["sources"][0]["chars"] == len(SHORT_TEXT)


def test_output_file_is_written_and_stdout_stays_empty(cli, short_file, tmp_path, nlp):
    from brief.render import render

    out = tmp_path / "brief.md"
    result = cli("summarize", short_file, "--output", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == render(_library_brief(short_file), "markdown")

    as_json = tmp_path / "brief.json"  # the format follows a .json extension
    result = cli("summarize", short_file, "-o", as_json)
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(as_json.read_text(encoding="utf-8"))["schema"] == "brief/1"


def test_missing_file_exits_1_with_one_line_naming_it(cli, tmp_path):
    missing = tmp_path / "nope.txt"
    result = cli("summarize", missing)
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("brief: ") and str(missing) in lines[0]


def test_one_missing_path_still_briefs_the_other(cli, short_file, tmp_path, nlp):
    missing = tmp_path / "gone.txt"
    result = cli("summarize", missing, short_file, "-f", "json")
    assert result.exit_code == ExitCode.INPUT_ERROR
    data = json.loads(result.stdout)
    assert [s["path"] for s in data["sources"]] == [str(short_file)]
    assert str(missing) in result.stderr and "Traceback" not in result.stderr


def test_binary_file_exits_1(cli, binary_file):
    result = cli("summarize", binary_file)
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert result.stdout == ""
    assert "binary" in result.stderr and str(binary_file) in result.stderr


def test_bad_option_exits_2(cli, short_file):
    result = cli("summarize", short_file, "--no-such-option")
    assert result.exit_code == ExitCode.USAGE
    assert "--no-such-option" in result.stderr


def test_bad_format_and_max_items_with_json_exit_2(cli, short_file):
    assert cli("summarize", short_file, "-f", "html").exit_code == ExitCode.USAGE
    result = cli("summarize", short_file, "-f", "json", "--max-items", "2")
    assert result.exit_code == ExitCode.USAGE
    assert "--max-items" in result.stderr


def test_missing_model_exits_3_with_install_hint(run_brief, short_file):
    proc = run_brief("summarize", short_file, "--model", "no_such_model")
    assert proc.returncode == ExitCode.MODEL_MISSING
    assert "pip install" in proc.stderr and "no_such_model" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) == 1
    assert proc.stdout == ""


def test_version(run_brief):
    proc = run_brief("--version")
    assert proc.returncode == 0
    assert proc.stdout == f"brief {__version__}\n"


@pytest.mark.parametrize("args", [["--help"], ["summarize", "--help"], ["batch", "--help"]])
def test_help_loads_neither_spacy_nor_rich(args):
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['brief', *{args!r}]\n"
        "try:\n"
        "    runpy.run_module('brief', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "finally:\n"
        "    print('spacy' in sys.modules, 'rich' in sys.modules, code, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip() == "False False 0"
    assert "Usage: brief" in proc.stdout
    if args != ["--help"]:
        assert "Examples:" in proc.stdout and "brief " + args[0] in proc.stdout


def test_broken_pipe_into_head_leaves_no_traceback(tmp_path, nlp):
    big = tmp_path / "big.txt"
    paragraph = SAMPLE.read_text(encoding="utf-8").strip() + "\n\n"
    big.write_text(paragraph * (300_000 // len(paragraph) + 1), encoding="utf-8")
    assert big.stat().st_size >= 300_000
    script = f'set -o pipefail; "{sys.executable}" -m brief summarize "{big}" --format markdown | head -1'
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# ") and proc.stdout.count("\n") == 1
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_reader_gone_before_any_output_exits_0_quietly(short_file):
    # The reading end is closed before brief writes anything, so the pipe is surely broken.
    proc = subprocess.Popen([sys.executable, "-m", "brief", "summarize", str(short_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0
    assert err == ""


def test_keyboard_interrupt_exits_130(cli, short_file, monkeypatch):
    import brief.api

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(brief.api, "summarize", interrupted)
    result = cli("summarize", short_file)
    assert result.exit_code == ExitCode.INTERRUPTED
    assert result.stderr == "brief: interrupted\n"
    assert result.stdout == ""


def test_unexpected_error_is_one_line_exit_1(cli, short_file, monkeypatch):
    import brief.api

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(brief.api, "summarize", broken)
    result = cli("summarize", short_file)
    assert result.exit_code == 1
    assert result.stderr == "brief: internal error: RuntimeError('boom')\n"


def test_stdout_closed_exits_quietly(cli, short_file, monkeypatch, nlp):
    import brief.output

    def closed(text):
        raise brief.output.StdoutClosed("standard output was closed")

    monkeypatch.setattr(brief.output, "write_stdout", closed)
    result = cli("summarize", short_file)
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == ""


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {}])
def test_terminal_format_has_no_escapes_with_no_color_or_a_pipe(run_brief, short_file, env, nlp):
    proc = run_brief("summarize", short_file, "--format", "terminal", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "\x1b[" not in proc.stdout
    assert proc.stdout.strip()  # something was shown


def test_non_english_text_gets_one_warning(cli, tmp_path, nlp):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = cli("summarize", path, "-f", "json")
    assert result.exit_code == 0
    assert result.stderr == f"brief: {path}: does not look like English; results may be poor\n"
    assert json.loads(result.stdout)["sources"][0]["path"] == str(path)


def test_folder_with_glob_briefs_every_match(cli, tmp_path, nlp):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(SHORT_TEXT, encoding="utf-8")
    (folder / "sub" / "b.md").write_text(SHORT_TEXT, encoding="utf-8")
    (folder / "c.bin").write_bytes(b"\x00\x01")
    result = cli("summarize", folder, "--glob", "*.[tm][xd]*", "-f", "json")
    assert result.exit_code == 0, result.stderr
    paths = [s["path"] for s in json.loads(result.stdout)["sources"]]
    assert paths == [str(folder / "a.txt"), str(folder / "sub" / "b.md")]


def test_content_warnings_reach_the_json_too(cli, tmp_path):
    path = tmp_path / "de.txt"
    path.write_text("Die Regierung hat am Montag die neuen Regeln für die Bahn vorgestellt und die Gewerkschaft "
                    "kritisiert sie scharf, weil sie die Arbeitszeit der Beschäftigten verlängern würden.\n",
                    encoding="utf-8")
    result = cli("summarize", path, "--format", "json")
    assert result.exit_code == 0
    assert "does not look like English" in result.stderr
    assert any("does not look like English" in w for w in json.loads(result.stdout)["warnings"])
