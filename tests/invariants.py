"""The span invariant shared by the span and property tests (imported by them, not collected)."""
from __future__ import annotations


def span_errors(text: str, data: dict) -> list[str]:
    """Every violation of the span invariant in the `brief/1` dict `data` for one source `text`."""
    errors: list[str] = []
    n = len(text)

    def check(where: str, start, end, expected) -> None:
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
            errors.append(f"{where}: bad range {start!r}..{end!r} for a text of {n} chars")
        elif text[start:end] != expected:
            errors.append(f"{where}: text[{start}:{end}] == {text[start:end]!r}, reported {expected!r}")

    for sh in data["stakeholders"]:
        for kind in ("positions", "demands"):
            for i, st in enumerate(sh[kind]):
                where = f"{sh['name']!r}.{kind}[{i}]"
                check(f"{where}.text", st["start"], st["end"], st["text"])
                check(f"{where}.cue", st["cue_start"], st["cue_end"], st["cue"])
                if st["speaker"] is not None:
                    check(f"{where}.speaker", st["speaker_start"], st["speaker_end"], st["speaker"])
                else:
                    if st["speaker_start"] is not None or st["speaker_end"] is not None:
                        errors.append(f"{where}: speaker is None but has offsets")
                sent = st["sentence"]
                if not (0 <= sent["start"] <= sent["end"] <= n):
                    errors.append(f"{where}.sentence: bad range {sent}")
    for i, s in enumerate(data["summary"]):
        check(f"summary[{i}]", s["start"], s["end"], s["text"])
    for i, f in enumerate(data["facts"]):
        check(f"facts[{i}] ({f['type']})", f["start"], f["end"], f["text"])
    return errors
