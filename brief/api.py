"""The library entry points: texts in, `Brief` objects out.

`summarize()` makes one brief from one or more texts; `iter_briefs()` makes one
brief per text for batch work, using spaCy's `nlp.pipe` (optionally with several
processes). spaCy is imported lazily through `brief.pipeline`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from brief.errors import AnalysisError
from brief.inputs import TextInput
from brief.model import Brief


def summarize(inputs: Sequence[TextInput], *, model: str | None = None) -> Brief:
    """Make one brief from `inputs` (each becomes a source s1, s2, ...)."""
    from brief import pipeline
    from brief.assemble import build_brief

    nlp = pipeline.load(model)
    results = list(pipeline.analyze_many(nlp, inputs))
    for inp, data in results:
        if "error" in data:
            raise _failure(inp, data)
    return build_brief(results, model=pipeline.model_label(nlp))


def _failure(inp: TextInput, data: dict) -> AnalysisError:
    name = "<stdin>" if inp.path == "-" else inp.path
    return AnalysisError(f"{name}: analysis failed ({data['error']})")


def summarize_text(text: str, *, path: str = "-", model: str | None = None) -> Brief:
    """Convenience wrapper: one brief from one string."""
    return summarize([TextInput(text=text, path=path)], model=model)


def iter_briefs(inputs: Iterable[TextInput], *, model: str | None = None, n_process: int = 1,
                batch_size: int = 32) -> Iterator[tuple[TextInput, Brief | AnalysisError]]:
    """Yield `(input, brief)` for each input, one brief per text, in input order.

    A text the analysis fails on yields an `AnalysisError` in place of its brief, and
    the run goes on.

    Analysis runs inside spaCy components, so with `n_process > 1` the work is
    spread over processes by `nlp.pipe` and only plain data comes back.
    """
    from brief import pipeline
    from brief.assemble import build_brief

    nlp = pipeline.load(model)
    label = pipeline.model_label(nlp)
    for inp, data in pipeline.analyze_many(nlp, inputs, n_process=n_process, batch_size=batch_size):
        yield inp, _failure(inp, data) if "error" in data else build_brief([(inp, data)], model=label)
