"""Time `brief.api.summarize` article by article over a corpus; find the slowest ones.

Loads the spaCy pipeline once (`brief.pipeline.load()`), then for every `*.txt` under
the corpus times `api.summarize([inputs.read_path(path)])` (reading + briefing) with
`time.perf_counter`. Prints the total, mean, median and p99 per article, the slowest
articles with their sizes, and every exception (any exception is a crash: the CLI
would report it as "internal error"). Plain Python, no assertions.

Usage: .venv/bin/python benchmarks/corpus_times.py [--corpus DIR] [--limit N] [--top 5] [--tsv FILE]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.txt articles")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (sorted by path)")
    parser.add_argument("--model", default=None, help="spaCy model name (default: brief's default)")
    parser.add_argument("--top", type=int, default=5, help="how many of the slowest articles to list")
    parser.add_argument("--tsv", type=Path, default=None, help="also write seconds, bytes, path per article")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))  # run from a checkout without installing
    from brief import api, pipeline
    from brief.inputs import read_path

    paths = sorted(args.corpus.rglob("*.txt"))[: args.limit]
    if not paths:
        raise SystemExit(f"no *.txt files under {args.corpus}")
    start = time.perf_counter()
    pipeline.load(args.model)
    load_seconds = time.perf_counter() - start
    api.summarize([read_path(paths[0])], model=args.model)  # warm-up, not counted

    times: list[tuple[float, int, int, str]] = []  # seconds, bytes, chars, path
    crashes: list[tuple[str, str]] = []
    stakeholders = statements = 0
    run_start = time.perf_counter()
    for path in paths:
        t0 = time.perf_counter()
        try:
            inp = read_path(path)
            brief = api.summarize([inp], model=args.model)
        except Exception as exc:  # noqa: BLE001 - every exception is a finding
            # The last frames only: a RecursionError's traceback is thousands of lines.
            tb = traceback.format_exception(type(exc), exc, exc.__traceback__, limit=-6)
            crashes.append((str(path), "".join(tb).rstrip()))
            continue
        seconds = time.perf_counter() - t0
        times.append((seconds, path.stat().st_size, len(inp.text), str(path)))
        stakeholders += len(brief.stakeholders)
        statements += sum(len(s.positions) + len(s.demands) for s in brief.stakeholders)
    wall = time.perf_counter() - run_start

    secs = [t for t, *_ in times]
    print(f"corpus: {args.corpus} ({len(paths)} articles); pipeline load {load_seconds:.2f} s (not counted)")
    print(f"briefed: {len(times)}; crashes (exceptions): {len(crashes)}; "
          f"stakeholders {stakeholders}; statements {statements}")
    if secs:
        p99 = statistics.quantiles(secs, n=100, method="inclusive")[98] if len(secs) > 1 else secs[0]
        total_bytes = sum(b for _, b, _, _ in times)
        print(f"total {sum(secs):.1f} s (wall {wall:.1f} s); mean {statistics.mean(secs) * 1000:.1f} ms; "
              f"median {statistics.median(secs) * 1000:.1f} ms; p99 {p99 * 1000:.1f} ms; "
              f"max {max(secs) * 1000:.1f} ms; {total_bytes / 1e6 / sum(secs) * 60:.2f} MB/min")
        print(f"slowest {args.top}:")
        for seconds, size, chars, path in sorted(times, reverse=True)[: args.top]:
            print(f"  {seconds * 1000:8.1f} ms  {size:7d} bytes  {chars:7d} chars  "
                  f"{seconds / size * 1e6:6.1f} s/MB  {path}")
    for path, tb in crashes:
        print(f"\nCRASH {path}\n{tb}")
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as fh:
            fh.write("seconds\tbytes\tchars\tpath\n")
            fh.writelines(f"{s:.4f}\t{b}\t{c}\t{p}\n" for s, b, c, p in times)


if __name__ == "__main__":
    main()
