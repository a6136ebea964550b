"""The library side of `brief batch`: one brief per document over a large corpus.

Documents come from files, folders, `.jsonl` files (one `{"id", "text"}` object per
line) or stdin, read lazily so memory stays bounded however large the corpus. An
unreadable document becomes an `Outcome` with an error instead of stopping the run.
No terminal code here: the CLI shows progress by iterating the outcomes.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import multiprocessing.queues
import os
import re
import signal
import sys
import threading
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

from brief.errors import BriefError, InputError
from brief.inputs import TextInput, with_content_warnings
from brief.model import Brief

#: What a document source yields: an id, and the text or the reason it is unusable.
Document = tuple[str, TextInput | Exception]
#: Reads one document when called; documents are only read once they are needed.
Reader = Callable[[], TextInput | Exception]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_ID = 180  # keeps `<id>.json` under the usual 255-byte file-name limit


@dataclass(frozen=True)
class Outcome:
    """The result for one document: a brief, or the error that kept it from one."""

    id: str
    brief: Brief | None = None
    error: str | None = None


def sanitize_id(raw: str, fallback: str) -> str:
    """Make `raw` safe as a file name: `/` becomes `__`, anything unusual `_`."""
    text = _UNSAFE.sub("_", str(raw).replace("\\", "/").replace("/", "__")).lstrip("._")
    return text[:_MAX_ID] or fallback


def file_id(path: str, root: str | None) -> str:
    """Id of a file found under folder `root` (or given directly when `root` is None)."""
    rel = os.path.relpath(path, root) if root else os.path.basename(path)
    stem = os.path.splitext(rel)[0]
    return sanitize_id(stem, fallback=os.path.basename(path) or "doc")


def error_text(exc: BaseException) -> str:
    """One line describing why a document failed."""
    return str(exc) if isinstance(exc, BriefError) else f"{type(exc).__name__}: {exc}"


def _records(stream: IO[bytes], name: str, *, plain_ok: bool) -> Iterator[Document]:
    """Documents of a JSONL stream; with `plain_ok`, a non-JSON line is itself a text."""
    from brief.inputs import decode_bytes

    prefix = "stdin" if name == "-" else sanitize_id(os.path.splitext(os.path.basename(name))[0], "jsonl")
    shown = "<stdin>" if name == "-" else name
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        fallback = f"{prefix}-{n}"
        try:
            obj = json.loads(raw)
        except ValueError:
            if not plain_ok:
                yield fallback, InputError(f"{shown}:{n}: not a JSON line")
                continue
            try:
                yield fallback, decode_bytes(raw.rstrip(b"\r\n"), name=f"{shown}:{n}")
            except (BriefError, ValueError) as exc:
                yield fallback, exc
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield fallback, InputError(f"{shown}:{n}: expected a JSON object with a \"text\" string")
            continue
        raw_id = obj.get("id")
        doc_id = sanitize_id(raw_id, fallback) if raw_id not in (None, "") else fallback
        yield doc_id, TextInput(text=obj["text"], path=f"{name}#{raw_id if raw_id not in (None, '') else n}")


def _sources(inputs: Sequence[str], glob: str) -> Iterator[tuple[str, Reader | Exception]]:
    """(id, reader or error) for every document, without reading any text yet."""
    from brief.inputs import expand_paths, read_path

    def reader(path: str) -> Reader:
        def read() -> TextInput | Exception:
            try:
                return read_path(path)
            except (BriefError, OSError, ValueError) as exc:  # one bad file must not stop a run
                return exc
        return read

    for item in inputs:
        if item == "-":
            for doc_id, value in _records(sys.stdin.buffer, "-", plain_ok=True):
                yield doc_id, (lambda v=value: v)
        elif item.endswith(".jsonl") and os.path.isfile(item):
            with open(item, "rb") as fh:
                for doc_id, value in _records(fh, item, plain_ok=False):
                    yield doc_id, (lambda v=value: v)
        else:
            try:
                paths = expand_paths([item], glob=glob, recursive=True)
            except (BriefError, OSError) as exc:
                yield sanitize_id(item, "input"), exc
                continue
            root = item if os.path.isdir(item) else None
            for path in paths:
                yield file_id(path, root), reader(path)


def iter_documents(inputs: Sequence[str], glob: str = "*.txt", *,
                   skip: Callable[[str], bool] | None = None) -> Iterator[Document]:
    """Yield `(id, TextInput | Exception)` for each document, reading texts lazily.

    Ids are unique within a run (a repeated id gets `-2`, `-3`, ...). Documents for
    which `skip(id)` is true are not read at all, which is what makes `--resume` cheap.
    """
    seen: set[str] = set()
    for doc_id, value in _sources(inputs, glob):
        unique, k = doc_id, 1
        while unique in seen:
            k += 1
            unique = f"{doc_id}-{k}"
        seen.add(unique)
        if skip is not None and skip(unique):
            continue
        yield unique, value if isinstance(value, Exception) else value()


def count_documents(inputs: Sequence[str], glob: str = "*.txt") -> int | None:
    """How many documents `iter_documents` will see (None when stdin is among them)."""
    from brief.inputs import expand_paths

    if "-" in inputs:
        return None
    total = 0
    for item in inputs:
        if item.endswith(".jsonl") and os.path.isfile(item):
            with open(item, "rb") as fh:  # counting lines, not parsing them: this runs first
                total += sum(1 for raw in fh if raw.strip())
        else:
            try:
                total += len(expand_paths([item], glob=glob, recursive=True))
            except (BriefError, OSError):
                total += 1
    return total


def run_batch(docs: Iterable[Document], *, model: str | None = None, n_process: int = 1,
              batch_size: int = 32) -> Iterator[Outcome]:
    """Brief every document with `api.iter_briefs`, yielding outcomes in input order.

    Unusable documents are never handed to spaCy; they are queued alongside the good
    ones so each failure comes out in its place, between the briefs around it.
    """
    from brief import api

    pending: deque[tuple[str, Exception | None]] = deque()

    def good() -> Iterator[TextInput]:
        for doc_id, value in docs:
            if isinstance(value, Exception):
                pending.append((doc_id, value))
            else:
                pending.append((doc_id, None))
                yield with_content_warnings(value)  # "empty input" etc. go into that brief's JSON

    def failures() -> Iterator[Outcome]:
        while pending and pending[0][1] is not None:
            doc_id, exc = pending.popleft()
            yield Outcome(doc_id, error=error_text(exc))

    with _stop_workers_on_interrupt(n_process > 1):
        for _inp, brief in api.iter_briefs(good(), model=model, n_process=n_process, batch_size=batch_size):
            yield from failures()
            doc_id, _ = pending.popleft()
            if isinstance(brief, Exception):
                yield Outcome(doc_id, error=error_text(brief))
            else:
                yield Outcome(doc_id, brief=brief)
        yield from failures()


@contextmanager
def _stop_workers_on_interrupt(active: bool) -> Iterator[None]:
    """On Ctrl-C, stop spaCy's worker processes before unwinding, so the exit cannot hang.

    Unwinding `nlp.pipe(n_process>1)` joins busy workers, and at exit Python joins the
    task queues' feeder threads, which block forever once nobody reads (spaCy never
    calls `cancel_join_thread`). Forked workers inherit this handler and so ignore
    SIGINT (which would kill them with a traceback); the parent stops them.
    """
    if not active or threading.current_thread() is not threading.main_thread():
        yield
        return
    parent = os.getpid()

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != parent:
            return
        warnings.filterwarnings("ignore", message=r"\[W127\]")  # "workers did not exit cleanly": we stopped them
        for child in multiprocessing.active_children():
            child.terminate()
        for obj in gc.get_objects():  # spaCy keeps its queues private; this runs once, on Ctrl-C
            if isinstance(obj, multiprocessing.queues.Queue):
                obj.cancel_join_thread()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class DirWriter:
    """Writes each brief as `<dir>/<id>.json` (the `brief/1` JSON), atomically."""

    def __init__(self, out_dir: str) -> None:
        os.makedirs(out_dir, exist_ok=True)
        self.out_dir = out_dir

    def path(self, doc_id: str) -> str:
        return os.path.join(self.out_dir, f"{doc_id}.json")

    def done(self, doc_id: str) -> bool:
        """True when this document's brief exists already (for `--resume`)."""
        return os.path.exists(self.path(doc_id))

    def write(self, doc_id: str, brief: Brief) -> None:
        """Write the brief's JSON file; an OSError names the target file."""
        from brief.output import atomic_write_text
        from brief.render import render

        path = self.path(doc_id)
        try:
            atomic_write_text(path, render(brief, "json"))  # the JSON view ends in a newline
        except OSError as exc:  # name the target, not the temporary file beside it
            raise OSError(exc.errno, exc.strerror, path) from None

    def close(self) -> None:
        pass


class JsonlWriter:
    """Appends `{"id": ..., "brief": {...}}` lines to a file, or writes them to stdout ("-")."""

    def __init__(self, path: str, *, resume: bool = False) -> None:
        self.path = path
        self.ids: set[str] = _existing_ids(path) if resume and os.path.exists(path) else set()
        self._fh: IO[str] | None = None if path == "-" else open(path, "a" if resume else "w", encoding="utf-8")

    def done(self, doc_id: str) -> bool:
        """True when the output being resumed already holds this id."""
        return doc_id in self.ids

    def write(self, doc_id: str, brief: Brief) -> None:
        """Append one line (flushed, so a killed run leaves whole lines behind)."""
        line = json.dumps({"id": doc_id, "brief": brief.to_dict()}, ensure_ascii=False) + "\n"
        if self._fh is None:
            from brief.output import write_stdout

            write_stdout(line)
        else:
            self._fh.write(line)
            self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


def _existing_ids(path: str) -> set[str]:
    """Ids already in a JSONL output; a torn last line (from a killed run) is cut off."""
    ids: set[str] = set()
    end = 0
    with open(path, "rb+") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):  # only the last line can lack one
                fh.truncate(end)
                break
            end += len(raw)
            try:
                ids.add(json.loads(raw)["id"])
            except (ValueError, KeyError, TypeError):
                continue  # a damaged line is kept; its document is simply redone
    return ids
