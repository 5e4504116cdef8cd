"""Per-file budgets: a report too large or too slow to read is refused, and the refresh goes on.

Real reports are tens of kilobytes of text and extract in about 100 ms; these limits are a
hundred times that. They bound what a hostile or broken file can cost; the extraction rules
themselves are not linear in a sentence's count of numbers (see RELIABILITY.md).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

TEXT_MAX_CHARS = 1_000_000  # the text a reader returns (about 300 pages)
MARKUP_MAX_BYTES = 8 * 2**20  # .txt, .md and .html files, before decoding
MARKUP_SUFFIXES = {".txt", ".md", ".html", ".htm"}
DOCX_MAX_UNPACKED_BYTES = 64 * 2**20  # all parts of a .docx unpacked: a zip bomb stops here
SECONDS_PER_FILE = 30.0  # reading and extracting one file


class OverTime(BaseException):
    """The time budget ran out (a BaseException, so `except Exception` in a reader can't hide it)."""


@contextmanager
def limit_time(seconds: float | None) -> Iterator[None]:
    """Raise OverTime in the body after `seconds` (main thread only; elsewhere no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield  # signals reach only the main thread; library callers in threads go unbudgeted
        return

    def on_alarm(signum, frame) -> None:
        raise OverTime

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        # None: a handler installed outside Python; the default is the safe thing to restore.
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)


def describe_overtime(seconds: float) -> str:
    """Return the reason given for a file refused by the time budget."""
    return f"took longer than {seconds:g} s to read and extract (the per-file time budget)"
