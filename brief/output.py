"""Writing results safely: atomic file replacement and a stdout that may be closed.

No terminal code here; the CLI decides what to print and how to exit.
"""
from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile


class StdoutClosed(Exception):
    """Standard output was closed by the reader (e.g. `brief x.txt | head -1`).

    stdout has already been pointed at os.devnull, so the interpreter's final
    flush cannot fail again; the CLI should exit quietly.
    """


def _default_mode() -> int:
    """The mode a newly created file gets: 0o666 less the process umask."""
    # os.umask can only be read by setting it, which races with other threads,
    # so prefer the kernel's report of it (Linux 4.7+).
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_directory(directory: str) -> None:
    # Makes the rename itself durable; not possible on every platform/filesystem.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Write `text` to `path` so that the file is either the complete new text or untouched.

    The text goes to a temporary file in the same directory, which is flushed,
    fsynced and then renamed over the target (os.replace is atomic on POSIX and
    Windows). Line ends are written verbatim. An existing target keeps its
    permission bits; a new one gets the usual 0o666 less the umask. A symlinked
    target has the file it points to replaced, not the link.

    Raises:
        OSError: the directory is missing or not writable, the disk is full...
        UnicodeEncodeError: `text` cannot be encoded in `encoding`.
        Any exception, KeyboardInterrupt included, removes the temporary file
        and propagates unchanged.
    """
    target = os.path.realpath(os.fspath(path))
    directory, base = os.path.split(target)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = _default_mode()
    tmp_name: str | None = None
    try:
        # delete=False: the file must outlive its handle, to be renamed.
        with tempfile.NamedTemporaryFile(
            "w", encoding=encoding, newline="", dir=directory, prefix=f".{base}.", suffix=".tmp", delete=False
        ) as tmp:
            tmp_name = tmp.name
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
        tmp_name = None  # renamed: nothing left to clean up
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    _fsync_directory(directory)


def write_stdout(text: str) -> None:
    """Write `text` to sys.stdout and flush it.

    Raises:
        StdoutClosed: the reading end of the pipe has gone away. stdout is then
            redirected to os.devnull, as the Python docs' "Note on SIGPIPE"
            advises, so no "Exception ignored ... BrokenPipeError" appears at exit.
    """
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout once more at exit; pointing the descriptor at
        # devnull makes that final flush succeed silently.
        with contextlib.suppress(OSError, ValueError, AttributeError):  # no real fd
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, sys.stdout.fileno())
            finally:
                os.close(devnull)
        raise StdoutClosed("standard output was closed") from None
