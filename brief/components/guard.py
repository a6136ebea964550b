"""One document's failure must not end a stream: brief's components record it instead.

A component wrapped with `guarded` that raises on a Doc stores a one-line reason in
`doc.user_data["brief_error"]`, drops the intermediate data, and lets the Doc go on;
later brief components skip it and `brief_result` reports the error as that
document's result. spaCy's own components are unaffected.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from spacy.tokens import Doc

ERROR_KEY = "brief_error"


def guarded(step: Callable[..., Doc]) -> Callable[..., Doc]:
    """Wrap a component function (or `__call__`) so an exception marks the Doc as failed."""

    @wraps(step)
    def run(*args: object) -> Doc:
        doc = args[-1]
        assert isinstance(doc, Doc)
        if ERROR_KEY in doc.user_data:
            return doc
        try:
            return step(*args)
        except Exception as exc:  # noqa: BLE001 - any bug in one document is that document's failure
            doc.user_data[ERROR_KEY] = f"{type(exc).__name__}: {exc}"[:300]
            for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("_brief")]:
                del doc.user_data[key]
            return doc

    return run
