"""What a refresh reports: each input file's outcome, the run's result, and its exit codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

EXIT_OK, EXIT_CRASH, EXIT_DATAERR, EXIT_NOINPUT, EXIT_BUSY = 0, 1, 65, 66, 75


@dataclass
class FileOutcome:
    """What happened to one input file."""

    file_name: str
    status: str = "failed"  # loaded | duplicate | failed | skipped
    reason: str = ""
    sha256: str | None = None
    size_bytes: int | None = None
    from_cache: bool = False
    seconds: float = 0.0
    document: dict | None = None
    text: str = ""
    observations: pd.DataFrame | None = None
    extracted: int | None = None  # rows extracted, kept when the frame is released


@dataclass
class RefreshResult:
    """The outcome of one refresh, for the summary and the exit code."""

    exit_code: int
    run_id: str = ""
    published_path: Path | None = None
    files: list[FileOutcome] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    changes: dict[str, list] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def count_rows(frame: pd.DataFrame | None) -> int:
    """Return len(frame), 0 for None."""
    return 0 if frame is None else len(frame)


def count_extracted(outcome: FileOutcome) -> int:
    """Return how many rows were extracted from a file, also after its frame was released."""
    return outcome.extracted if outcome.extracted is not None else count_rows(outcome.observations)
