"""The span invariant: every offset in a brief points at exactly the text it reports.

For each statement `source_text[start:end] == text`, `[cue_start:cue_end] == cue` and,
when there is a speaker, `[speaker_start:speaker_end] == speaker`; summary sentences and
facts likewise; every span lies inside the text and sentence start <= end. Checked on
the sample article, on hand-written awkward texts (line ends, control characters,
scripts, quotes, one 120,000-character "sentence" that goes through chunking) and, when
it is present, on the shared BBC politics corpus (one model load, `iter_briefs`).
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from brief.api import iter_briefs, summarize_text
from brief.inputs import read_path
from brief.model import SCHEMA
from invariants import span_errors
from brief.chunks import CHUNK_CHARS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "anthropic-pentagon.txt"
CORPUS = ROOT / ".." / "shared" / "corpus"
POLITICS = CORPUS / "bbc" / "politics"


def assert_spans(text: str, data: dict) -> None:
    assert data["schema"] == SCHEMA
    errors = span_errors(text, data)
    assert not errors, "\n".join(errors[:20])


def _statements(data: dict) -> list[dict]:
    return [st for sh in data["stakeholders"] for st in sh["positions"] + sh["demands"]]


# --- (a) the sample article ---------------------------------------------------------------

def test_sample_article_spans() -> None:
    text = read_path(SAMPLE).text
    data = summarize_text(text).to_dict()
    assert _statements(data), "the sample should yield statements"
    assert data["facts"] and data["summary"]
    assert_spans(text, data)


# --- (b) hand-written tricky texts --------------------------------------------------------

BASE = (
    "Teachers threaten strike over pay\n\n"
    "The National Education Union said on Monday that teachers would strike in March. "
    "Its general secretary, Daniel Kebede, said the offer was an insult. "
    "\"We will not accept a 3% rise,\" he told reporters. "
    "Ministers insist the deal is fair, but critics say schools will lose £40m. "
    "The union called on the government to reopen talks by Friday."
)

TRICKY = {
    "crlf": BASE.replace("\n", "\r\n").replace(". ", ".\r\n"),
    "lone-cr": BASE.replace("\n", "\r").replace(". ", ".\r"),
    "tabs": BASE.replace(" ", "\t", 40).replace(". ", ".\t\t"),
    "emoji": BASE.replace("Monday", "Monday 😡🔥").replace("insult.", "insult 👩‍🏫👨‍👩‍👧.")
    + " 🏳️‍🌈 The council said it was 💯 behind them.",
    "rtl": "الحكومة قالت إن الخطة عادلة. " + BASE + " ‏שלום עולם‏ The union said: \"نحن نرفض هذا الاتفاق تماما.\"",
    "control-chars": BASE.replace(" said", "\x0b said", 1).replace("Ministers", "\x0cMinisters")
    .replace("critics", "\x1bcritics").replace("Friday", "Fri\x07day\x7f") + "\u200b\u2028\u2029\x85",
    "curly-quotes": BASE.replace('"We will not accept a 3% rise,"', "\u201cWe will not accept a 3% rise,\u201d")
    + " \u2018It is a disgrace,\u2019 said Ms Hart. \u201cWe will fight. \u201cWe will win,\u201d she added.",
    "unbalanced-quotes": BASE + ' "This never ends, he said. The union said "no and "never.'
    + " \u201cOpen only. \u201d\u201d Close twice.\u201d \"",
    "combining-and-width": BASE.replace("e", "e\u0301", 10) + " ＡＣＭＥ said ｆｕｌｌ ｗｉｄｔｈ.",
    "nbsp-and-odd-spaces": BASE.replace(" ", "\u00a0", 30).replace(". ", ".\u3000 \u2003"),
    "only-punctuation": "\"\u201c\u201d'\u2019 ... !!! ??? -- \u2014 ;;",
    "whitespace-only": " \n\r\n\t \u00a0\u2028",
    "empty": "",
}


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_tricky_text_spans(name: str) -> None:
    text = TRICKY[name]
    data = summarize_text(text).to_dict()
    json.loads(json.dumps(data))  # plain JSON all the way down
    assert_spans(text, data)


def test_long_unpunctuated_sentence_is_chunked_and_spans_hold() -> None:
    """120,000 characters, no punctuation at all: the pipeline must cut on spaces."""
    unit = "the union said the plan would hurt workers and ministers insist the deal is fair and "
    text = "The Royal College of Nursing said " + unit * (120_000 // len(unit) + 1)
    text = text[:120_000].rstrip() + " critics say the scheme costs five million pounds"
    assert len(text) > 2 * CHUNK_CHARS and not any(c in text for c in ".!?\n")
    data = summarize_text(text).to_dict()
    assert_spans(text, data)
    statements = _statements(data)
    assert statements, "cue verbs in the long text should still yield statements"
    # Offsets past the first chunk must be relative to the whole text, not to the chunk.
    assert any(st["start"] > CHUNK_CHARS for st in statements)


# --- (c) the shared BBC politics corpus -----------------------------------------------------

def _corpus_files() -> list[Path]:
    return sorted(POLITICS.glob("*.txt")) if POLITICS.is_dir() else []


@pytest.mark.skipif(not _corpus_files(), reason=f"corpus not present at {POLITICS}")
def test_bbc_politics_corpus_spans() -> None:
    files = _corpus_files()
    inputs = [read_path(p) for p in files]
    started = time.perf_counter()
    failures: dict[str, list[str]] = {}
    seen = 0
    for inp, brief in iter_briefs(inputs):
        seen += 1
        errors = span_errors(inp.text, brief.to_dict())
        if errors:
            failures[Path(inp.path).name] = errors[:3]
    elapsed = time.perf_counter() - started
    assert seen == len(files)
    assert not failures, f"{len(failures)} of {seen} files break the invariant: " + json.dumps(
        dict(list(failures.items())[:5]), ensure_ascii=False, indent=1)
    assert elapsed < 120, f"{seen} files took {elapsed:.0f}s"
