"""The `brief` command: parse options, call the library, map errors to exit codes.

The only module that knows about the terminal. spaCy, Rich and the renderers are
imported inside the commands, so `brief --help` stays fast. A broken pipe
(`brief summarize big.txt | head -1`) ends the run quietly with exit 0.
"""
from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from enum import Enum

import typer

from brief import __version__
from brief.errors import BriefError, ExitCode

# rich_markup_mode=None: plain Click help, so --help never imports Rich.
app = typer.Typer(name="brief", rich_markup_mode=None, pretty_exceptions_enable=False, add_completion=False,
                  no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
Format = Enum("Format", [(name, name) for name in ("terminal", "markdown", "json")], type=str)


def _say(message: object) -> None:
    print(f"brief: {message}", file=sys.stderr, flush=True)


def _usage(message: str, command: str) -> int:
    _say(f"{message} (see 'brief {command} --help')")
    return ExitCode.USAGE


def _guarded(command: Callable[..., int]) -> Callable[..., None]:
    """Wrap a command so every way it can end becomes an exit code, never a traceback."""
    @functools.wraps(command)  # Typer reads the options from the wrapped signature
    def run(*args: object, **kwargs: object) -> None:
        from brief.output import StdoutClosed

        try:
            code = command(*args, **kwargs)
        except StdoutClosed:  # stdout already points at /dev/null
            code = ExitCode.OK
        except BriefError as exc:
            _say(exc)
            code = exc.exit_code
        except KeyboardInterrupt:
            _say("interrupted")
            code = ExitCode.INTERRUPTED
        except OSError as exc:  # e.g. --output in a missing folder, a full disk
            if exc.errno == errno.EPIPE:
                raise  # Typer turns a raw broken pipe into a quiet exit
            _say(f"{exc.filename}: {exc.strerror}" if exc.filename else exc)
            code = ExitCode.INPUT_ERROR
        except Exception as exc:  # a bug: still one line, never a traceback
            _say(f"internal error: {exc!r}")
            code = ExitCode.INPUT_ERROR
        raise typer.Exit(int(code))
    return run


def _version(value: bool) -> None:
    if value:  # eager: prints before any command is parsed
        print(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Turn news articles into structured policy briefs: stakeholders, positions, demands.

    Runs offline with spaCy. Exit codes: 0 ok, 1 unreadable input, 2 usage,
    3 spaCy model missing, 130 interrupted.
    """


MODEL = typer.Option(None, "--model", metavar="NAME", help="spaCy pipeline to load. Default: en_core_web_sm.")
GLOB = typer.Option("*.txt", "--glob", metavar="PATTERN", help="File pattern used inside folders.")
SUMMARIZE_EXAMPLES = """\b
Examples:
  brief summarize article.txt
  brief summarize a.txt b.txt -f json -o brief.json
  curl -s https://example.org/story.txt | brief summarize - -f markdown
"""


@app.command(epilog=SUMMARIZE_EXAMPLES)
@_guarded
def summarize(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Text files, folders, or - for stdin."),
    fmt: Format | None = typer.Option(None, "--format", "-f", help=(
        "terminal, markdown or json. Default: terminal on a terminal, else markdown "
        "(with --output: json for *.json, else markdown).")),
    output: str | None = typer.Option(None, "--output", "-o", metavar="FILE",
                                      help="Write the brief to FILE (atomically) instead of stdout."),
    model: str | None = MODEL,
    max_items: int | None = typer.Option(None, "--max-items", min=0, metavar="N", help=(
        "Show at most N positions/demands per stakeholder (terminal and markdown only).")),
    glob: str = GLOB,
) -> int:
    """Make one brief from one or more texts (several texts are briefed together)."""
    tty = output is None and sys.stdout.isatty()
    fmt = fmt or (Format.terminal if tty else Format.json if (output or "").endswith(".json") else Format.markdown)
    if max_items is not None and fmt is Format.json:
        return _usage("--max-items applies to terminal and markdown output only", "summarize")
    from brief import api
    from brief.output import atomic_write_text, write_stdout
    from brief.render import render

    texts, failed = _read_all(paths, glob)
    if not texts:
        return ExitCode.INPUT_ERROR
    brief = api.summarize(texts, model=model)
    color = None if tty and not os.environ.get("NO_COLOR") else False  # None: the renderer decides
    rendered = render(brief, fmt.value, max_items=max_items, color=color)
    rendered += "" if rendered.endswith("\n") else "\n"
    if output is None:
        write_stdout(rendered)
    else:
        try:
            atomic_write_text(output, rendered)
        except OSError as exc:  # name the target, not the temporary file beside it
            raise OSError(exc.errno, exc.strerror, output) from None
    return ExitCode.INPUT_ERROR if failed else ExitCode.OK


def _read_all(paths: list[str], glob: str) -> tuple[list, bool]:
    """Every readable input (with warnings shown), and whether any input failed."""
    from brief import inputs

    texts, failed = [], False
    for arg in paths:
        try:  # an error (e.g. a folder without matching files) is reported; the others go on
            for name in inputs.expand_paths([arg], glob=glob):
                try:
                    text = inputs.with_content_warnings(inputs.read_path(name))
                except BriefError as exc:
                    _say(exc)
                    failed = True
                    continue
                for warning in text.warnings:
                    _say(warning)
                texts.append(text)
        except BriefError as exc:
            _say(exc)
            failed = True
    return texts, failed


BATCH_EXAMPLES = """\b
Examples:
  brief batch corpus/ --output-dir briefs/
  brief batch docs.jsonl --jsonl briefs.jsonl --workers 4 --resume
  cat docs.jsonl | brief batch - --jsonl -
  brief batch corpus/ -d briefs/ --scheduler local --workers 4
"""


@app.command(epilog=BATCH_EXAMPLES)
@_guarded
def batch(
    inputs: list[str] = typer.Argument(..., metavar="INPUT", help=(
        "Files, folders, .jsonl files (one {\"id\", \"text\"} object per line) or - (such lines on stdin).")),
    output_dir: str | None = typer.Option(None, "--output-dir", "-d", metavar="DIR", help="Write DIR/<id>.json."),
    jsonl: str | None = typer.Option(None, "--jsonl", metavar="FILE", help=(
        'Write one {"id", "brief"} line per document to FILE (- = stdout).')),
    glob: str = GLOB,
    model: str | None = MODEL,
    workers: int | None = typer.Option(None, "--workers", "-w", min=1, metavar="N",
                                       help="Worker processes. Default: 1 (2 with --scheduler local)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, metavar="N", help="Documents per spaCy batch."),
    resume: bool = typer.Option(False, "--resume", help="Skip documents whose brief is already written."),
    scheduler: str | None = typer.Option(None, "--scheduler", metavar="tcp://HOST:PORT|local", help=(
        "Run on a Dask cluster (needs brief[dask]).")),
) -> int:
    """Brief many documents, one brief/1 JSON each; failures are reported and skipped."""
    if (output_dir is None) == (jsonl is None):
        return _usage("give exactly one of --output-dir DIR or --jsonl FILE", "batch")
    if resume and jsonl == "-":
        return _usage("--resume needs an output file, not stdout", "batch")
    from brief import batch as batching

    if scheduler is not None:
        from brief.dask_batch import require_dask, run_batch_dask
        require_dask()  # before any work: without Dask this is a usage error (exit 2)
    writer = batching.DirWriter(output_dir) if output_dir else batching.JsonlWriter(jsonl, resume=resume)
    written = failed = skipped = 0
    with _progress(inputs, glob) as (advance, say), closing(writer):
        def skip(doc_id: str) -> bool:
            nonlocal skipped
            if done := writer.done(doc_id):
                skipped += 1
                advance()
            return done

        docs = batching.iter_documents(inputs, glob, skip=skip if resume else None)
        if scheduler is not None:
            outcomes = run_batch_dask(docs, scheduler=scheduler, workers=workers, model=model, batch_size=batch_size)
        else:
            outcomes = batching.run_batch(docs, model=model, n_process=workers or 1, batch_size=batch_size)
        for outcome in outcomes:
            if outcome.brief is None:
                failed += 1
                say(f"{outcome.id}: {outcome.error}")
            else:
                writer.write(outcome.id, outcome.brief)
                written += 1
            advance()
    extra = f", {skipped} skipped (already done)" if skipped else ""
    _say(f"{written} briefs written, {failed} failed{extra}")
    return ExitCode.INPUT_ERROR if failed else ExitCode.OK


@contextmanager
def _progress(inputs: list[str], glob: str) -> Iterator[tuple[Callable[[], None], Callable[[str], None]]]:
    """`(advance, say)`: a Rich progress bar (docs/s, ETA) if stderr is a terminal, else no-ops."""
    if not sys.stderr.isatty():
        yield (lambda: None), _say
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TimeRemainingColumn
    from rich.text import Text

    from brief.batch import count_documents

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed or 0:.1f} docs/s")

    with Progress(BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn(),
                  console=Console(stderr=True)) as progress:
        task = progress.add_task("brief", total=count_documents(inputs, glob))
        yield (lambda: progress.advance(task)), (
            lambda message: progress.console.print(f"brief: {message}", markup=False, highlight=False))


def main() -> None:
    """Entry point of the `brief` console script and of `python -m brief`."""
    app(prog_name="brief")  # Typer itself exits 130, quietly, on Ctrl-C while parsing
