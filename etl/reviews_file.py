"""data/reviews.csv, the analysts' decisions: parsed strictly, appended under a lock, never rewritten.

A lossy parse must never be written back: a column an analyst added, or a row after a broken
quote, would be gone. So `kpi review` only appends a line (after checking the whole file parses),
and the refresh only reads, holding a shared lock so it never sees half a line.
"""

from __future__ import annotations

import csv
import fcntl
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from etl.validate import ReviewDecisionSchema, split_valid
from metrics.bounds import check_value, parse_finite

REVIEW_COLUMNS = ["observation_id", "decision", "value", "reason", "decided_at"]
# A newline is fine inside a quoted reason; inside these it means a quote was left open.
ONE_LINE_COLUMNS = ["observation_id", "decision", "value", "decided_at"]


class ReviewsFileError(Exception):
    """A reviews file that cannot be read safely, with its line and reason."""

    def __init__(self, path: Path, line: int, reason: str) -> None:
        self.path, self.line, self.reason = Path(path), line, reason
        super().__init__(f"{self.path.name} line {line}: {reason}")


@contextmanager
def lock_reviews(path: Path, shared: bool = False) -> Iterator[None]:
    """Hold a flock on the reviews file's lock file (shared to read, exclusive to append)."""
    lock_path = Path(path).with_name(f".{Path(path).name}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        if not shared:
            raise
        yield  # a read-only data folder: nobody can be appending there either
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing drops the lock


def parse_reviews(path: Path) -> tuple[list[str], list[tuple[int, dict]]]:
    """Return the header and (line number, row) pairs; raise ReviewsFileError on any defect."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        columns = ",".join(REVIEW_COLUMNS)
        raise ReviewsFileError(path, 1, f"empty file: no header line (expected {columns})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise ReviewsFileError(path, line, f"not valid UTF-8 at byte {err.start}") from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = read_header(path, reader)
    rows, start = [], reader.line_num + 1
    try:
        for record in reader:
            if record:  # a blank line is no decision
                rows.append((start, check_record(path, start, header, record)))
            start = reader.line_num + 1
    except csv.Error as err:
        reason = f"malformed CSV ({err})"
        if "unexpected end of data" in str(err):
            reason = "a quoted field is never closed (a missing closing quote)"
        raise ReviewsFileError(path, start, reason) from None
    return header, rows


def read_header(path: Path, reader) -> list[str]:
    """Read and check the header line."""
    try:
        header = [name.strip() for name in next(reader)]
    except (csv.Error, StopIteration) as err:
        raise ReviewsFileError(path, 1, f"malformed header ({err})") from None
    missing = [c for c in REVIEW_COLUMNS if c not in header]
    if missing:
        raise ReviewsFileError(path, 1, f"header lacks the columns {', '.join(missing)}")
    if len(set(header)) != len(header):
        raise ReviewsFileError(path, 1, "header names a column twice")
    return header


def check_record(path: Path, line: int, header: list[str], record: list[str]) -> dict:
    """Return one record as a dict, refusing a wrong field count or a field spanning lines."""
    if len(record) != len(header):
        reason = f"{len(record)} fields where the header has {len(header)}"
        raise ReviewsFileError(path, line, reason)
    row = dict(zip(header, record, strict=True))
    for column in ONE_LINE_COLUMNS:
        if "\n" in row[column] or "\r" in row[column]:
            reason = f"{column} spans several lines (a missing closing quote?)"
            raise ReviewsFileError(path, line, reason)
    return row


def append_decision(path: Path, decision: dict) -> None:
    """Append one decision line, under the lock, after checking the whole file parses."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with lock_reviews(path):
        exists = path.exists() and path.stat().st_size > 0
        header = parse_reviews(path)[0] if exists else REVIEW_COLUMNS
        with open(path, "ab") as handle:
            if not exists:
                handle.write(format_line(header))
            elif not ends_with_newline(path):
                handle.write(b"\r\n")
            handle.write(format_line([str(decision.get(c, "")) for c in header]))
            handle.flush()
            os.fsync(handle.fileno())


def format_line(fields: list[str]) -> bytes:
    """Return one CSV line as UTF-8 bytes."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(fields)
    return buffer.getvalue().encode("utf-8")


def ends_with_newline(path: Path) -> bool:
    """Tell whether a non-empty file's last byte ends a line."""
    with open(path, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) in (b"\n", b"\r")


def read_decision_rows(path: Path) -> tuple[list[dict], list[int]]:
    """Return the decision rows (REVIEW_COLUMNS only) and their line numbers; none if absent."""
    path = Path(path)
    if not path.exists():
        return [], []
    with lock_reviews(path, shared=True):
        _, rows = parse_reviews(path)
    return [{c: row[c] for c in REVIEW_COLUMNS} for _, row in rows], [n for n, _ in rows]


def read_reviews(path: Path) -> tuple[pd.DataFrame, list[str]]:
    """Return valid decisions (with their `line`) and problems; raise ReviewsFileError if unreadable."""
    empty = pd.DataFrame(columns=[*REVIEW_COLUMNS, "line"]).astype({"value": float})
    empty["decided_at"] = pd.Series(dtype="datetime64[us, UTC]")
    rows, lines = read_decision_rows(path)
    name = Path(path).name
    problems = []
    for row, line in zip(rows, lines, strict=True):
        if reason := check_value_text(row["value"]):
            problems.append(f"{name} line {line}: value {reason}")
    kept = [(r, n) for r, n in zip(rows, lines, strict=True) if not check_value_text(r["value"])]
    if not kept:
        return empty, problems
    raw = pd.DataFrame([r for r, _ in kept], columns=REVIEW_COLUMNS)
    raw = raw.map(str.strip).replace("", None).assign(line=[n for _, n in kept])
    valid, bad = split_valid(raw, ReviewDecisionSchema)
    problems += [
        f"{name} line {line}: {reason}"
        for line, reason in zip(bad["line"], bad["rejection_reason"], strict=True)
    ]
    return valid.reset_index(drop=True), problems


def check_value_text(text: str) -> str | None:
    """Return why a decision's value text is not a finite number, or None (empty is allowed)."""
    if not text.strip():
        return None
    try:
        parse_finite(text)
    except ValueError:
        return f"{text.strip()!r} is not a finite number"
    return None


def check_corrections(
    decisions: pd.DataFrame, observations: pd.DataFrame, catalog: pd.DataFrame, path: Path
) -> tuple[pd.DataFrame, list[str]]:
    """Drop corrections to a value outside the indicator's bounds; return them as problems."""
    units = observations.set_index("observation_id")["unit"]
    indicators = observations.set_index("observation_id")["indicator"]
    problems, refused = [], []
    for index, row in decisions[decisions["decision"] == "correct"].iterrows():
        if row["observation_id"] not in indicators.index:
            continue  # an orphan: reported as such, applied to nothing
        indicator = indicators[row["observation_id"]]
        kind = catalog["kind"].get(indicator)
        if reason := check_value(float(row["value"]), kind, units[row["observation_id"]]):
            problems.append(
                f"{Path(path).name} line {row['line']}: correction of {indicator}: {reason}"
            )
            refused.append(index)
    return decisions.drop(index=refused).reset_index(drop=True), problems
