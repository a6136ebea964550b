"""Benchmarks for brief, in one run on the same inputs; prints a table, asserts nothing.

1. Batch throughput (words/s): `api.iter_briefs` vs a bare `nlp.pipe` of the same
   spaCy model (no brief components), same batch size and process count, over the
   BBC corpus, for 1 and 2 processes.
2. Startup + one article: `brief summarize SAMPLE --format json` vs a bare
   `python -c` that imports spaCy, loads the same model and parses the same text
   (median wall time of N runs; peak RSS of each child from `os.wait4`).
3. `brief --help` vs `python -c "import typer"` (median of N).
4. Seconds per MB through `api.summarize` for inputs of 20 KB, 500 KB and 5 MB
   made by concatenating corpus articles (1 MB = 10^6 bytes of UTF-8).

Usage: .venv/bin/python benchmarks/bench.py [--limit N] [--sections 1,2,3,4] ...
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
DEFAULT_SAMPLE = ROOT / "samples" / "anthropic-pentagon.txt"
SIZES = {"20KB": 20_000, "500KB": 500_000, "5MB": 5_000_000}


def machine() -> list[str]:
    """Lines describing the machine, for the header of the report."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    import spacy

    return [f"nproc: {usable} (of {os.cpu_count()})", f"CPU: {cpu}",
            f"Python: {platform.python_version()} ({sys.executable})", f"spaCy: {spacy.__version__}"]


def resolve_model(model: str | None) -> str:
    """The spaCy package name brief would load, tried in brief's own order."""
    import spacy

    from brief import pipeline

    for name in pipeline.candidate_models(model):
        try:
            spacy.load(name)
            return name
        except (OSError, ImportError):
            continue
    raise SystemExit(f"no model found among {pipeline.candidate_models(model)}")


def load_corpus(corpus: Path, limit: int | None) -> list[tuple[str, str]]:
    """(path, text) of every *.txt under `corpus`, sorted, at most `limit`."""
    paths = sorted(corpus.rglob("*.txt"))[:limit]
    if not paths:
        raise SystemExit(f"no *.txt files under {corpus}")
    return [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in paths]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


# Linux keeps a process's peak RSS across exec, so a child forked straight from this
# (large, spaCy-loaded) process would report our size. A small wrapper interpreter
# starts the measured command instead and reports that grandchild's own numbers.
_WRAPPER = """
import os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
proc.returncode = os.waitstatus_to_exitcode(status)
print(time.perf_counter() - start, usage.ru_maxrss, proc.returncode)
"""


def run_child(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one run of `cmd`, measured with os.wait4."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True)
    try:
        wall, maxrss_kib, code = out.stdout.split()
    except ValueError:
        raise SystemExit(f"measuring {cmd} failed: {out.stderr[-2000:]}") from None
    if code != "0":
        raise SystemExit(f"{cmd} exited {code}: {out.stderr[-2000:]}")
    return float(wall), int(maxrss_kib) // 1024  # ru_maxrss is in KiB on Linux


def section_throughput(docs, model_name, args, rows):
    """(1) words/s of brief vs bare nlp.pipe, 1 and 2 processes."""
    import spacy

    from brief import api, pipeline
    from brief.inputs import TextInput

    words = sum(len(text.split()) for _, text in docs)
    inputs = [TextInput(text=text, path=path) for path, text in docs]
    texts = [text for _, text in docs]
    bare = spacy.load(model_name)
    pipeline.load(args.model)
    # Warm-up: first calls allocate and fill caches.
    for _ in bare.pipe(texts[:8]):
        pass
    for _ in api.iter_briefs(inputs[:8], model=args.model):
        pass
    seconds = {}
    for n in (1, 2):
        t_bare = timed(lambda: [None for _ in bare.pipe(texts, batch_size=args.batch_size, n_process=n)])
        t_brief = timed(lambda: [None for _ in api.iter_briefs(inputs, model=args.model, n_process=n,
                                                              batch_size=args.batch_size)])
        seconds[n] = (t_brief, t_bare)
        add_row(rows, f"1. throughput, {n} proc ({len(docs)} docs, {words} words)",
                f"{words / t_brief:,.0f} words/s", f"{words / t_bare:,.0f} words/s",
                f"{t_bare / t_brief:.2f}x bare throughput ({t_brief:.1f} s vs {t_bare:.1f} s)")
    add_row(rows, "1. speed-up, 2 proc / 1 proc", f"{seconds[1][0] / seconds[2][0]:.2f}x",
            f"{seconds[1][1] / seconds[2][1]:.2f}x", "")


def section_startup(model_name, args, rows):
    """(2) one article end to end: brief CLI vs bare spaCy script, wall time and peak RSS."""
    sample = str(args.sample)
    brief_cmd = [sys.executable, "-m", "brief", "summarize", sample, "--format", "json"]
    if args.model:
        brief_cmd += ["--model", args.model]
    bare_code = ("import spacy\n"
                 f"text = open({sample!r}, encoding='utf-8').read()\n"
                 f"nlp = spacy.load({model_name!r})\n"
                 "doc = nlp(text)\n")
    bare_cmd = [sys.executable, "-c", bare_code]
    # Alternate the two so that any drift in machine load hits both sides alike.
    pairs = [(run_child(brief_cmd), run_child(bare_cmd)) for _ in range(args.repeat)]
    brief_runs = [p[0] for p in pairs]
    bare_runs = [p[1] for p in pairs]
    t_brief = statistics.median(w for w, _ in brief_runs)
    t_bare = statistics.median(w for w, _ in bare_runs)
    rss_brief = max(r for _, r in brief_runs)
    rss_bare = max(r for _, r in bare_runs)
    add_row(rows, f"2. summarize sample, wall (median of {args.repeat})", f"{t_brief:.2f} s", f"{t_bare:.2f} s",
            f"{t_brief / t_bare:.2f}x")
    add_row(rows, "2. summarize sample, peak RSS (max)", f"{rss_brief} MB", f"{rss_bare} MB",
            f"{rss_brief / rss_bare:.2f}x")


def section_help(args, rows):
    """(3) `brief --help` vs `python -c "import typer"`."""
    n = args.help_repeat
    pairs = [(run_child([sys.executable, "-m", "brief", "--help"])[0],
              run_child([sys.executable, "-c", "import typer"])[0]) for _ in range(n)]
    t_help = statistics.median(p[0] for p in pairs)
    t_typer = statistics.median(p[1] for p in pairs)
    add_row(rows, f"3. brief --help vs import typer (median of {n})", f"{t_help * 1000:.0f} ms",
            f"{t_typer * 1000:.0f} ms", f"{t_help / t_typer:.2f}x")


def build_text(docs, size: int) -> str:
    """Whole corpus articles joined by blank lines until the UTF-8 size reaches `size`."""
    parts, total, i = [], 0, 0
    while total < size:
        text = docs[i % len(docs)][1].strip() + "\n\n"
        parts.append(text)
        total += len(text.encode("utf-8"))
        i += 1
    return "".join(parts)


class TooSlow(Exception):
    """Raised by SIGALRM when one section-4 input exceeds --max-seconds."""


def _alarm(signum, frame):
    raise TooSlow


def section_scaling(docs, args, rows):
    """(4) seconds per MB through api.summarize at growing input sizes."""
    import signal

    from brief import api, pipeline
    from brief.inputs import TextInput

    pipeline.load(args.model)
    per_mb = {}
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for label in args.sizes:
            text = build_text(docs, SIZES[label])
            mb = len(text.encode("utf-8")) / 1e6
            repeat = args.repeat if mb < 0.1 else 1  # small inputs are noisy; big ones are slow
            runs = []
            signal.alarm(args.max_seconds)  # for all runs of this size together
            try:
                for _ in range(repeat):
                    runs.append(timed(lambda: api.summarize([TextInput(text=text, path=f"bench-{label}")],
                                                            model=args.model)))
            except TooSlow:
                add_row(rows, f"4. api.summarize {label} ({mb:.3f} MB)", f"> {args.max_seconds} s (stopped)",
                        f"> {args.max_seconds / mb:.1f} s/MB", "")
                break  # larger inputs would only be slower
            finally:
                signal.alarm(0)
            seconds = statistics.median(runs)
            per_mb[label] = seconds / mb
            add_row(rows, f"4. api.summarize {label} ({mb:.3f} MB, {repeat} run(s))", f"{seconds:.2f} s",
                    f"{per_mb[label]:.1f} s/MB", "")
    finally:
        signal.signal(signal.SIGALRM, previous)
    first, last = args.sizes[0], args.sizes[-1]
    if len(args.sizes) > 1 and first in per_mb and last in per_mb:
        add_row(rows, f"4. s/MB ratio {last} / {first}", f"{per_mb[last] / per_mb[first]:.2f}x", "", "")


def add_row(rows: list[tuple[str, ...]], *cells: str) -> None:
    """Keep a result row for the table, and show it on stderr at once (a killed run keeps it)."""
    rows.append(cells)
    print("  ".join(c for c in cells if c), file=sys.stderr, flush=True)


def print_table(header: list[str], rows: list[tuple[str, ...]]) -> None:
    cols = ["measure", "brief", "bare spaCy / other", "ratio"]
    widths = [max(len(str(r[i])) for r in [cols, *rows]) for i in range(4)]
    print("\n".join(header))
    print()
    for r in [cols, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


def main() -> None:
    """Parse options, run the chosen sections, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt articles")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE, help="the article for section 2")
    parser.add_argument("--model", default=None, help="spaCy model name (default: brief's default)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=5, help="runs per median in sections 2 and 4")
    parser.add_argument("--help-repeat", type=int, default=10, help="runs per median in section 3")
    parser.add_argument("--sizes", default="20KB,500KB,5MB", help=f"section 4 sizes, from {', '.join(SIZES)}")
    parser.add_argument("--sections", default="1,2,3,4", help="which sections to run, e.g. 1,3")
    parser.add_argument("--max-seconds", type=int, default=900,
                        help="section 4: stop an input size (and skip larger ones) after this many seconds")
    args = parser.parse_args()
    args.sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    if unknown := [s for s in args.sizes if s not in SIZES]:
        parser.error(f"unknown sizes {unknown}; choose from {', '.join(SIZES)}")
    sections = {s.strip() for s in args.sections.split(",")}

    sys.path.insert(0, str(ROOT))  # run from a checkout without installing
    model_name = resolve_model(args.model)
    docs = load_corpus(args.corpus, args.limit) if sections & {"1", "4"} else []
    header = [*machine(), f"model: {model_name}; batch size {args.batch_size}; corpus {args.corpus}"
              + (f" (first {args.limit})" if args.limit else "")]
    rows: list[tuple[str, ...]] = []
    if "1" in sections:
        section_throughput(docs, model_name, args, rows)
    if "2" in sections:
        section_startup(model_name, args, rows)
    if "3" in sections:
        section_help(args, rows)
    if "4" in sections:
        section_scaling(docs, args, rows)
    print_table(header, rows)


if __name__ == "__main__":
    main()
