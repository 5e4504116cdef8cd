"""`kpi serve`: gunicorn with workers and threads sized to the machine (the Flask server only
behind --dev).

Sizing: one worker process per core (each keeps its own cache of the published version and
DuckDB connection: ~165 MB after start-up, ~260-290 MB after every page on the 1M database), eight threads each (requests mostly wait on DuckDB, which
releases the GIL). Timeout 120 s: the first request after a publish reads and computes the new
version in that worker, which took past 30 s (gunicorn's default) on a loaded machine; a worker
silent for longer than that is stuck and is restarted.
"""

from __future__ import annotations

import ctypes
import os
import sys
from dataclasses import dataclass

DEFAULT_TIMEOUT_S = 120
GRACEFUL_TIMEOUT_S = 30
KEEPALIVE_S = 5
THREADS_PER_WORKER = 8
# glibc gives each thread that allocates under contention its own heap (up to 8 per core) and
# keeps what they free: with 8 threads a worker held ~23 MB more after the pages on the 1M
# database (372 -> 349 MB measured with 2). Set in the master, inherited by every worker.
# Since pandas runs without pyarrow here the difference is within the noise (after the pages,
# replayed in turn: 254-257 MB capped vs 255-262 uncapped; from 8 clients at once 259-273 vs
# 255-267): kept, as it costs nothing and bounds the case it was measured for.
MALLOC_ARENAS = 2
M_ARENA_MAX = -8  # glibc's mallopt parameter number
_ABSENT = object()


@dataclass
class ServeOptions:
    """How to serve: address, sizing, and who may reach it."""

    host: str = "127.0.0.1"
    port: int = 8050
    workers: int | None = None
    threads: int = THREADS_PER_WORKER
    timeout: int = DEFAULT_TIMEOUT_S


def count_workers(requested: int | None = None) -> int:
    """Worker processes: as asked, else one per usable core (at least 2, at most 8)."""
    if requested:
        return max(1, requested)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(8, max(2, cores))


def build_config(options: ServeOptions) -> dict:
    """gunicorn settings for these options."""
    return {
        "bind": f"[{options.host}]:{options.port}"
        if ":" in options.host
        else f"{options.host}:{options.port}",
        "workers": count_workers(options.workers),
        "worker_class": "gthread",
        "threads": max(1, options.threads),
        "timeout": options.timeout,
        "graceful_timeout": GRACEFUL_TIMEOUT_S,
        "keepalive": KEEPALIVE_S,
        "preload_app": True,  # import the app once; nothing is read at import (see app.py)
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "limit_request_line": 8190,
        "limit_request_fields": 100,
        "limit_request_field_size": 8190,
    }


def import_pandas_without_pyarrow() -> bool:
    """Import pandas with Python-backed text columns, so a serving process loads pyarrow only
    when something asks for it (a Parquet download); False when pandas was already imported.

    pandas 3 imports pyarrow at its own import whenever it is installed and then keeps text in
    Arrow arrays: ~33 MB more per worker before any request (148 -> 114 MB at import), and
    every DuckDB read converted to Arrow text left freed memory behind in Arrow's allocator
    (~20 MB for an 8 MB frame). Python-backed `str` columns behave the same for the pages
    (missing values are NaN either way) and are released when a frame goes.
    """
    if "pandas" in sys.modules:  # too late (a test or a script imported it): leave it as is
        return False
    before = sys.modules.get("pyarrow", _ABSENT)
    sys.modules["pyarrow"] = None  # `import pyarrow` raises ImportError while pandas loads
    try:
        import pandas  # noqa: F401
    finally:
        if before is _ABSENT:
            del sys.modules["pyarrow"]  # a later `import pyarrow` (the Parquet writer) works
        else:
            sys.modules["pyarrow"] = before
    return True


def limit_malloc_arenas(count: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's malloc arenas for this process and the workers it forks (False: not glibc)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(M_ARENA_MAX, count))
    except (OSError, AttributeError):  # not glibc (musl, macOS): its allocator is left alone
        return False


def run_gunicorn(wsgi_app, options: ServeOptions, on_worker_start=None) -> int:
    """Serve `wsgi_app` with gunicorn until interrupted; returns an exit code."""
    from gunicorn.app.base import BaseApplication

    config = build_config(options)

    class Application(BaseApplication):
        def load_config(self):
            for key, value in config.items():
                self.cfg.set(key, value)
            if on_worker_start is not None:
                self.cfg.set("post_worker_init", lambda worker: on_worker_start())

        def load(self):
            return wsgi_app

    limit_malloc_arenas()
    print(
        f"kpi serve: gunicorn, {config['workers']} workers x {config['threads']} threads, "
        f"timeout {config['timeout']} s",
        file=sys.stderr,
    )
    Application().run()
    return 0
