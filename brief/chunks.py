"""Long texts in pieces: cut a text into chunks and merge the chunks' results into one.

spaCy's parser needs memory in proportion to the text it holds, so a long input is
cut on paragraph, sentence or space boundaries and each chunk is analysed on its
own; the per-chunk results (plain dicts) are shifted to whole-text offsets and merged.
Time is linear in the input and memory is bounded by the chunk size. Pure functions:
no spaCy here.
"""
from __future__ import annotations

import re
from typing import Any

from brief.rules import norm_name

#: Characters per chunk: a batch of 32 such chunks stays within a few hundred MB in the parser.
CHUNK_CHARS = 10_000
#: Summary sentences kept for a merged long text.
SUMMARY_MAX = 4

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))
_STATEMENT_OFFSETS = ("start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end")


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut `text` into pieces of at most `limit` chars whose concatenation is `text`.

    Cuts prefer a blank line, then a sentence end, then any whitespace, and fall back
    to a hard cut; a cut is placed after the whitespace, in the last three quarters
    of the window.
    """
    chunks: list[str] = []
    pos = 0
    while len(text) - pos > limit:
        window = text[pos : pos + limit]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, limit // 4)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or limit
        chunks.append(text[pos : pos + cut])
        pos += cut
    chunks.append(text[pos:])
    return chunks


def _shift_statement(st: dict[str, Any], offset: int) -> dict[str, Any]:
    st = dict(st)
    for key in _STATEMENT_OFFSETS:
        if st.get(key) is not None:
            st[key] += offset
    st["sentence"] = {"start": st["sentence"]["start"] + offset, "end": st["sentence"]["end"] + offset}
    return st


def merge_results(parts: list[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """One result from `(offset, result)` pairs of consecutive chunks of one text."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    failed = next((part["error"] for _, part in parts if "error" in part), None)
    if failed is not None:
        return {"error": failed}
    merged: dict[str, Any] = {"title": parts[0][1].get("title") if parts else None,
                              "facts": [], "summary": [], "stakeholders": []}
    by_key: dict[str, dict[str, Any]] = {}
    for offset, part in parts:
        merged["facts"] += [{**f, "start": f["start"] + offset, "end": f["end"] + offset} for f in part.get("facts", [])]
        merged["summary"] += [{**s, "start": s["start"] + offset, "end": s["end"] + offset}
                              for s in part.get("summary", [])]
        for sh in part.get("stakeholders", []):
            sh = {**sh, "positions": [_shift_statement(p, offset) for p in sh["positions"]],
                  "demands": [_shift_statement(d, offset) for d in sh["demands"]]}
            # in order, name first: a set would let the hash seed pick between two matches
            keys = list(dict.fromkeys(norm_name(n) for n in [sh["name"], *sh["aliases"]]))
            into = next((by_key[k] for k in keys if k in by_key), None)
            if into is None:
                into = {**sh, "aliases": list(sh["aliases"]), "members": list(sh["members"])}
                merged["stakeholders"].append(into)
            else:
                for alias in [sh["name"], *sh["aliases"]]:
                    if alias != into["name"] and alias not in into["aliases"]:
                        into["aliases"].append(alias)
                known = {m["name"] for m in into["members"]}
                into["members"] += [m for m in sh["members"] if m["name"] not in known]
                into["mentions"] += sh["mentions"]
                into["salience"] += sh["salience"]
                into["positions"] += sh["positions"]
                into["demands"] += sh["demands"]
            for k in keys:
                by_key.setdefault(k, into)
    top = max((s["salience"] for s in merged["stakeholders"]), default=1.0) or 1.0
    for s in merged["stakeholders"]:
        s["salience"] = round(s["salience"] / top, 4)
    merged["stakeholders"].sort(key=lambda s: -s["salience"])
    merged["summary"] = merged["summary"][:SUMMARY_MAX]
    return merged
