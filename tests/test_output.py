"""Tests for brief.output: atomic file writes and a closable stdout (no spaCy)."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import brief.output as output
from brief.output import StdoutClosed, atomic_write_text, write_stdout


def test_atomic_write_creates_file_with_full_content(tmp_path) -> None:
    target = tmp_path / "brief.md"
    text = "# Brief\r\nline two\rline three\n" + "x" * 100_000 + " café “€”\n"
    atomic_write_text(target, text)
    assert target.read_bytes() == text.encode("utf-8")
    assert os.listdir(tmp_path) == ["brief.md"]


def test_atomic_write_new_file_respects_umask(tmp_path) -> None:
    old = os.umask(0o027)
    try:
        atomic_write_text(tmp_path / "new.md", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o640


def test_atomic_write_replaces_and_keeps_mode(tmp_path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old")
    target.chmod(0o600)
    atomic_write_text(target, "new content", encoding="utf-16")
    assert target.read_text(encoding="utf-16") == "new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_atomic_write_through_a_symlink_keeps_the_link(tmp_path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
@pytest.mark.parametrize("error", [KeyboardInterrupt, OSError])
def test_interrupted_write_leaves_target_untouched(tmp_path, monkeypatch, failing, error) -> None:
    target = tmp_path / "brief.md"
    target.write_text("original content")

    def boom(*args, **kwargs):
        raise error("interrupted")

    monkeypatch.setattr(output.os, failing, boom)
    with pytest.raises(error):
        atomic_write_text(target, "new content that must not appear")
    monkeypatch.undo()
    assert target.read_text() == "original content"
    assert os.listdir(tmp_path) == ["brief.md"]


def test_interrupted_write_of_a_new_file_leaves_nothing(tmp_path, monkeypatch) -> None:
    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(tmp_path / "new.md", "text")
    monkeypatch.undo()
    assert os.listdir(tmp_path) == []


def test_unencodable_text_leaves_target_untouched(tmp_path) -> None:
    target = tmp_path / "brief.txt"
    target.write_text("original")
    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(target, "café", encoding="ascii")
    assert target.read_text() == "original"
    assert os.listdir(tmp_path) == ["brief.txt"]


def test_atomic_write_into_missing_directory_raises_oserror(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write_text(tmp_path / "no" / "such" / "dir.md", "x")


def test_write_stdout_writes_and_flushes(capsys) -> None:
    write_stdout("hello\n")
    write_stdout("world")
    assert capsys.readouterr().out == "hello\nworld"


def test_write_stdout_raises_stdout_closed_on_broken_pipe() -> None:
    # A child writes until its reader (us) closes the pipe, like `brief ... | head -c1`.
    script = textwrap.dedent(
        """
        import sys
        from brief.output import StdoutClosed, write_stdout
        try:
            for _ in range(100_000):
                write_stdout("x" * 1000 + "\\n")
        except StdoutClosed:
            sys.exit(7)
        sys.exit(0)
        """
    )
    root = Path(__file__).resolve().parent.parent  # works without an installed package
    env = {**os.environ, "PYTHONPATH": str(root)}
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=root, env=env
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(1) == b"x"
    child.stdout.close()
    stderr = child.stderr.read()
    assert child.wait(timeout=30) == 7
    # No traceback and no "Exception ignored ... BrokenPipeError" at interpreter exit.
    assert stderr == b""


def test_stdout_closed_is_an_exception() -> None:
    assert issubclass(StdoutClosed, Exception) and not issubclass(StdoutClosed, OSError)
