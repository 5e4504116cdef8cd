"""The monthly job: lock, extract (cached), validate, build a new database, publish atomically.

Each stage lives in its own module (read_stage, documents_stage, targets_stage, runs_stage,
status_stage, review_stage, diff_stage, publish_stage); this module holds the lock and runs
them in order.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import gc
import os
import sys
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from etl import (
    cache,
    changes,
    diff_stage,
    load,
    pack_stage,
    review_stage,
    series,
    series_checks,
    status_stage,
    unchanged_stage,
    validate_stage,
)
from etl.documents_stage import (
    DOCUMENT_FIELDS,
    build_documents,
    collect_observations,
    find_duplicate_documents,
    mark_duplicate_documents,
    normalize_observations,
)
from etl.outcomes import (
    EXIT_BUSY,
    EXIT_CRASH,
    EXIT_DATAERR,
    EXIT_NOINPUT,
    EXIT_OK,
    FileOutcome,
    RefreshResult,
    count_rows,
)
from etl.publish_stage import build_and_publish
from etl.read_stage import (
    extract_into,
    fail_file,
    identify_files,
    list_report_paths,
    mark_identical_files,
    process_file,
    read_files,
)
from etl.refresh_progress import LogProgress, QuietProgress, TtyProgress
from etl.refresh_summary import count_values, format_summary
from etl.reviews_file import ReviewsFileError, check_corrections, read_reviews
from etl.runs_stage import KEEP_RUNS, build_run_rows, keep_recent_runs, side_input_row
from etl.targets_stage import build_indicators, build_targets
from metrics.catalog import load_catalog
from metrics.escape import escape_name

# The stages' names stay importable from here: cli.py, tests, bench and scripts import them.
__all__ = [
    "CACHE_DIR",
    "DOCUMENT_FIELDS",
    "EXIT_BUSY",
    "EXIT_CRASH",
    "EXIT_DATAERR",
    "EXIT_NOINPUT",
    "EXIT_OK",
    "KEEP_RUNS",
    "LOCK_NAME",
    "FileOutcome",
    "LogProgress",
    "QuietProgress",
    "RefreshBusy",
    "RefreshResult",
    "TtyProgress",
    "build_and_publish",
    "build_documents",
    "build_indicators",
    "build_run_rows",
    "build_targets",
    "collect_observations",
    "count_rows",
    "count_values",
    "extract_into",
    "fail_file",
    "find_duplicate_documents",
    "format_summary",
    "hold_lock",
    "keep_recent_runs",
    "list_report_paths",
    "make_run_id",
    "mark_duplicate_documents",
    "mark_identical_files",
    "normalize_observations",
    "process_file",
    "read_files",
    "refresh",
    "refresh_locked",
    "run_refresh_cli",
    "side_input_row",
]

LOCK_NAME = "refresh.lock"
CACHE_DIR = "cache"


class RefreshBusy(Exception):
    """Another refresh holds the lock."""


# ---------------------------------------------------------------- the command


def run_refresh_cli(args) -> int:
    """Run `kpi refresh` and print a short summary on stderr; return the exit code."""
    err = sys.stderr
    progress = TtyProgress(err) if err.isatty() else LogProgress(err)
    try:
        result = refresh(
            args.reports,
            args.db,
            args.targets,
            args.reviews,
            encoding=args.encoding,
            progress=progress,
        )
    except Exception as exc:  # the job must say what broke and that nothing changed
        progress.close()
        traceback.print_exc(file=err)
        print(
            f"kpi refresh: failed: {type(exc).__name__}: {escape_name(exc)}\n"
            "kpi refresh: nothing published; the previous database keeps serving",
            file=err,
        )
        return EXIT_CRASH
    progress.close()
    print(format_summary(result), file=err)
    return result.exit_code


# ---------------------------------------------------------------- the job


def refresh(
    reports_dir: Path,
    db_path: Path,
    targets_path: Path,
    reviews_path: Path,
    encoding: str | None = None,
    progress: LogProgress | None = None,
) -> RefreshResult:
    """Rebuild the database from reports, targets and reviews; publish it if anything loaded."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    progress = progress or QuietProgress()
    try:
        with hold_lock(db_path.parent / LOCK_NAME), freeze_collector():
            try:
                return refresh_locked(
                    Path(reports_dir),
                    db_path,
                    Path(targets_path),
                    Path(reviews_path),
                    encoding,
                    progress,
                )
            finally:
                pack_stage.wait_for_packs()  # the next run, once the lock is free, reads it
    except RefreshBusy as busy:
        return RefreshResult(exit_code=EXIT_BUSY, problems=[str(busy)])


@contextmanager
def freeze_collector() -> Iterator[None]:
    """Leave the objects that exist before the refresh out of its garbage collections."""
    # Each full collection walks every live object: after a cold run in the same process (the
    # benchmark's +1), that was most of a second of a refresh that adds one report. The
    # objects come back under the collector when the refresh ends; pool workers forked from a
    # frozen heap also copy fewer pages.
    if gc.get_freeze_count():  # frozen by the caller already: theirs to undo, not ours
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def hold_lock(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive flock on lock_path; raise RefreshBusy naming the holder."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
        os.close(fd)
        raise RefreshBusy(f"another refresh is running ({holder}); try again later") from None
    try:
        # The kernel drops a flock when its holder dies, so a killed run leaves no stale lock;
        # the text only tells a waiting run who holds it.
        os.ftruncate(fd, 0)
        started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        os.pwrite(fd, f"pid {os.getpid()}, started {started}\n".encode(), 0)
        yield
    finally:
        os.ftruncate(fd, 0)
        os.close(fd)


def refresh_locked(
    reports_dir: Path,
    db_path: Path,
    targets_path: Path,
    reviews_path: Path,
    encoding: str | None,
    progress: LogProgress,
) -> RefreshResult:
    """The refresh proper, under the lock."""
    started_at = dt.datetime.now(dt.UTC)
    result = RefreshResult(exit_code=EXIT_OK, run_id=make_run_id(started_at))
    paths = list_report_paths(reports_dir)
    if not paths:
        result.exit_code = EXIT_NOINPUT
        where = "does not exist" if not reports_dir.is_dir() else "holds no report files"
        result.problems.append(f"{reports_dir} {where}; nothing to load")
        return result
    try:
        # Read first: publishing without the analysts' decisions would show values they rejected.
        decisions, review_problems = read_reviews(reviews_path)
    except (ReviewsFileError, OSError) as err:
        result.exit_code = EXIT_DATAERR
        reason = err if isinstance(err, ReviewsFileError) else f"{reviews_path.name}: {err}"
        result.problems.append(f"{reason}; nothing published (fix the file, then refresh)")
        return result
    result.notes += load.prepare_store(db_path)
    cache_dir = db_path.parent / CACHE_DIR
    cache.prune_cache(cache_dir)
    entries = identify_files(paths, encoding, reports_dir)
    fingerprint = unchanged_stage.compute_fingerprint(entries, targets_path, reviews_path)
    if unchanged_stage.republish_if_unchanged(
        db_path, fingerprint, entries, result, started_at, cache_dir
    ):
        return result
    # One read for every stage that compares with the served version (validation, out_changes).
    served = ["core_documents", "etl_runs", *diff_stage.PREVIOUS_TABLES]
    previous = load.read_served_tables(
        db_path, [*served, *validate_stage.PREVIOUS_TABLES], columns=validate_stage.PREVIOUS_COLUMNS
    )

    result.files = read_files(
        paths, cache_dir, encoding, reports_dir, progress, entries=entries, aside=True
    )
    mark_identical_files(result.files)
    loaded = [f for f in result.files if f.status in ("loaded", "duplicate")]
    if not loaded:
        result.exit_code = EXIT_DATAERR
        result.problems.append("no report could be read; nothing published")
        return result

    progress.stage("validating and building the database")
    catalog = load_catalog()
    keys = [key for _, key in entries]  # the outcomes are in the entries' order
    pairs = {(f.sha256, k) for f, k in zip(result.files, keys, strict=True)}
    reusable = validate_stage.list_reusable(previous, pairs, unchanged_stage.hash_code())
    documents, bad_docs = validate_stage.validate_documents(build_documents(loaded), reusable)
    for row in bad_docs.itertuples():
        fail_file(result.files, row.file_name, f"metadata: {row.rejection_reason}")
    loaded = [f for f in loaded if f.status != "failed"]
    documents = mark_duplicate_documents(documents, loaded, result.files)

    observations = collect_observations(loaded)
    kept = {id(f) for f in loaded}
    validated = {(f.sha256, k) for f, k in zip(result.files, keys, strict=True) if id(f) in kept}
    known = validate_stage.collect_known(previous, reusable)
    valid, rejected = validate_stage.validate_rows(observations, documents, catalog, known)
    decisions, refused = check_corrections(decisions, valid, catalog, reviews_path)
    review_problems += refused
    obs = series.mark_duplicates(valid, documents)
    obs, decisions = series.apply_decisions(obs, decisions)
    obs = series.select_current(obs, documents, catalog)
    current = series.build_current_table(obs, documents, catalog)
    targets, target_problems = build_targets(targets_path, documents, loaded, catalog)

    finished_at = dt.datetime.now(dt.UTC)
    runs = build_run_rows(
        result, started_at, finished_at, obs, rejected, decisions, targets_path, reviews_path,
        review_problems, target_problems,
    )  # fmt: skip
    history = previous.get("etl_runs") if previous else None
    tables = {
        "core_documents": documents.sort_values("file_name"),
        "core_observations": obs.sort_values("observation_id"),
        "core_indicators": build_indicators(catalog),
        "core_targets": targets.sort_values("target_id"),
        "core_review_decisions": decisions,
        "qa_rejected_observations": rejected.sort_values("observation_id"),
        "etl_runs": keep_recent_runs(history, runs),
        "out_current_series": current,
        "out_latest": series_checks.build_latest_table(current),
        "out_status": status_stage.build_status_table(current, targets, catalog),
        "out_review_pending": review_stage.build_review_pending_table(obs, current),
    }
    tables["out_changes"] = diff_stage.build_changes_table(db_path, tables, finished_at, previous)
    result.counts = count_values(obs, rejected, decisions, targets)
    result.problems += review_problems + target_problems
    if any(f.status == "failed" for f in result.files) or review_problems or target_problems:
        result.exit_code = EXIT_DATAERR
    # Recorded with the version, for the next run to tell whether anything changed since.
    tables["etl_state"] = unchanged_stage.build_state_table(fingerprint, result, validated)
    tables = {name: frame.reset_index(drop=True) for name, frame in tables.items()}
    result.published_path = build_and_publish(db_path, tables, progress)
    try:
        result.changes = changes.describe_changes(previous, documents, current)
    except (KeyError, ValueError, TypeError):  # a previous database of an older layout
        result.changes = {"first_run": [True]}
    return result


def make_run_id(started_at: dt.datetime) -> str:
    """Return a run id that sorts by time (to the microsecond: two runs in one second must not
    be ordered by their random suffix, as max(run_id) would then pick the older)."""
    return f"{started_at:%Y%m%dT%H%M%S%fZ}-{uuid.uuid4().hex[:8]}"
