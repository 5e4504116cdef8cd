"""How a refresh shows its progress: log lines, a terminal bar, or nothing."""

from __future__ import annotations

from etl.outcomes import FileOutcome, count_rows
from metrics.escape import escape_name


class LogProgress:
    """Plain log lines (cron, pipes): one per file that needed work or failed."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def file_done(self, number: int, total: int, outcome: FileOutcome) -> None:
        if outcome.status == "failed" or not outcome.from_cache:
            detail = escape_name(outcome.reason) or f"{count_rows(outcome.observations)} values"
            name = escape_name(outcome.file_name)
            print(
                f"kpi refresh: [{number}/{total}] {name}: {outcome.status} ({detail})",
                file=self.stream,
            )

    def stage(self, message: str) -> None:
        print(f"kpi refresh: {escape_name(message)}", file=self.stream)

    def close(self) -> None:
        self.stream.flush()


class QuietProgress(LogProgress):
    """No output (library use and tests)."""

    def __init__(self) -> None:
        self.stream = None

    def file_done(self, number: int, total: int, outcome: FileOutcome) -> None:
        pass

    def stage(self, message: str) -> None:
        pass

    def close(self) -> None:
        pass


class TtyProgress(LogProgress):
    """A one-line progress bar redrawn in place (interactive terminals only)."""

    width = 30

    def file_done(self, number: int, total: int, outcome: FileOutcome) -> None:
        done = int(self.width * number / max(total, 1))
        bar = "#" * done + "-" * (self.width - done)
        name = escape_name(outcome.file_name[:40])
        self.stream.write(f"\r\x1b[2K[{bar}] {number}/{total} {name}")
        self.stream.flush()

    def stage(self, message: str) -> None:
        self.stream.write(f"\r\x1b[2K{message}")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[2K")
        self.stream.flush()
