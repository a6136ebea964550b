"""`brief batch --scheduler`: the same batch, run on a Dask distributed cluster.

Documents are still read lazily on the client, grouped into partitions of
`batch_size` readable documents, and each partition becomes one task that runs
`api.iter_briefs` (with `n_process=1`) on a worker and returns plain `brief/1`
dicts. The spaCy model loads once per worker process: `brief.pipeline.load` is
`lru_cache`d, and the worker keeps this module imported between tasks. Results are
gathered in submission order and written with the same writers as a local run, so
the output files are the same.

Dask is an optional extra (`pip install 'brief[dask]'`) and is imported only here,
inside functions.
"""
from __future__ import annotations

import logging
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from brief.batch import Document, Outcome, error_text
from brief.errors import BriefError, ExitCode

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client, Future

    from brief.inputs import TextInput

INSTALL_HINT = "--scheduler needs Dask: install brief[dask] (pip install 'brief[dask]')"
CONNECT_TIMEOUT = "10s"

# A worker may run several threads; the spaCy pipeline is shared per process and
# is not documented as thread-safe, so tasks in one process take turns with it.
_PIPELINE_LOCK = threading.Lock()


class DaskUnavailable(BriefError):
    """`--scheduler` was given but Dask is not installed (a usage error)."""

    exit_code = ExitCode.USAGE


class SchedulerUnreachable(BriefError):
    """The Dask scheduler at the given address could not be reached."""


def require_dask() -> None:
    """Raise `DaskUnavailable` unless `distributed` can be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise DaskUnavailable(INSTALL_HINT) from None


def brief_partition(inputs: list[TextInput], model: str | None, batch_size: int) -> list[dict[str, Any]]:
    """The worker task: brief each input of one partition, returned as `brief/1` dicts."""
    from brief import api

    with _PIPELINE_LOCK:
        return [{"error": str(b)} if isinstance(b, Exception) else b.to_dict()
                for _, b in api.iter_briefs(inputs, model=model, n_process=1, batch_size=batch_size)]


def partitions(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Group documents so each group holds `size` readable ones; failures stay in place."""
    part: list[Document] = []
    good = 0
    for doc in docs:
        part.append(doc)
        if not isinstance(doc[1], Exception):
            good += 1
            if good == size:
                yield part
                part, good = [], 0
    if part:
        yield part


@contextmanager
def connect(scheduler: str, workers: int | None = None) -> Iterator[Client]:
    """A `distributed.Client` for "local" (a fresh LocalCluster) or a scheduler address."""
    from distributed import Client, LocalCluster

    if scheduler == "local":
        # The local scheduler runs in this process: on Ctrl-C it may log "Couldn't gather keys" at ERROR,
        # which is no message of brief's (stderr must then say only "brief: interrupted").
        log = logging.getLogger("distributed")
        level = log.level
        log.setLevel(logging.CRITICAL)
        with _workers_ignore_sigint():
            cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
            log.setLevel(level)
        return
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        yield client


@contextmanager
def _workers_ignore_sigint() -> Iterator[None]:
    """Start processes with SIGINT ignored (inherited through spawn, kept by Python).

    Ctrl-C reaches the whole process group; workers that took it would die printing
    tracebacks, while the client shuts the cluster down cleanly anyway.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_batch_dask(docs: Iterable[Document], *, scheduler: str, workers: int | None = None,
                   model: str | None = None, batch_size: int = 32) -> Iterator[Outcome]:
    """Like `brief.batch.run_batch`, but on a Dask cluster; outcomes come in input order.

    Raises `DaskUnavailable` at once (not on first iteration) when Dask is missing.
    """
    require_dask()
    return _run(docs, scheduler=scheduler, workers=workers, model=model, batch_size=batch_size)


def _run(docs: Iterable[Document], *, scheduler: str, workers: int | None, model: str | None,
         batch_size: int) -> Iterator[Outcome]:
    with connect(scheduler, workers) as client:
        # Enough tasks in flight to keep every worker busy, few enough that a huge
        # corpus is never all in memory at once.
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
        inflight: deque[tuple[list[Document], Future | None]] = deque()
        for part in partitions(docs, batch_size):
            texts = [value for _, value in part if not isinstance(value, Exception)]
            future = client.submit(brief_partition, texts, model, batch_size, pure=False) if texts else None
            inflight.append((part, future))
            while len(inflight) > window:
                yield from _collect(*inflight.popleft())
        while inflight:
            yield from _collect(*inflight.popleft())


def _collect(part: list[Document], future: Future | None) -> Iterator[Outcome]:
    from brief.model import Brief

    results = iter(future.result() if future is not None else [])
    for doc_id, value in part:
        if isinstance(value, Exception):
            yield Outcome(doc_id, error=error_text(value))
        else:
            result = next(results)
            if "error" in result:
                yield Outcome(doc_id, error=result["error"])
            else:
                yield Outcome(doc_id, brief=Brief.from_dict(result))
