"""The monthly job: lock, extract (cached), validate, build a new database, publish atomically."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import sys
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from etl import cache, changes, diff_stage, load, review_stage, series, series_checks, status_stage
from etl.reviews_file import ReviewsFileError, check_corrections, read_reviews
from etl.validate import DocumentSchema, split_valid, validate_observations
from metrics.catalog import load_catalog
from metrics.escape import escape_name
from metrics.targets import check_targets, read_targets_file

EXIT_OK, EXIT_CRASH, EXIT_DATAERR, EXIT_NOINPUT, EXIT_BUSY = 0, 1, 65, 66, 75
LOCK_NAME = "refresh.lock"
CACHE_DIR = "cache"
KEEP_RUNS = 200  # etl_runs history carried from one database version to the next

DOCUMENT_FIELDS = {  # Extraction.document key -> core_documents column
    "sha256": "doc_sha256",
    "file_name": "file_name",
    "text_sha256": "text_sha256",
    "kind": "doc_kind",
    "number": "doc_number",
    "issuer": "issuer",
    "title": "title",
    "published_date": "published_date",
    "published_date_estimated": "published_date_estimated",
    "period_label": "report_period_label",
    "period_start": "report_period_start",
    "period_end": "report_period_end",
    "cutoff_date": "cutoff_date",
    "meeting_date": "meeting_date",
    "date_source": "date_source",
    "url": "source_url",
}


class RefreshBusy(Exception):
    """Another refresh holds the lock."""


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


def count_rows(frame: pd.DataFrame | None) -> int:
    """Return len(frame), 0 for None."""
    return 0 if frame is None else len(frame)


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
        with hold_lock(db_path.parent / LOCK_NAME):
            return refresh_locked(
                Path(reports_dir),
                db_path,
                Path(targets_path),
                Path(reviews_path),
                encoding,
                progress,
            )
    except RefreshBusy as busy:
        return RefreshResult(exit_code=EXIT_BUSY, problems=[str(busy)])


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
    previous = load.read_served_tables(
        db_path, ["core_documents", "out_current_series", "etl_runs"]
    )

    for number, path in enumerate(paths, start=1):
        outcome = process_file(path, cache_dir, encoding, reports_dir)
        result.files.append(outcome)
        progress.file_done(number, len(paths), outcome)
    mark_identical_files(result.files)
    loaded = [f for f in result.files if f.status in ("loaded", "duplicate")]
    if not loaded:
        result.exit_code = EXIT_DATAERR
        result.problems.append("no report could be read; nothing published")
        return result

    progress.stage("validating and building the database")
    catalog = load_catalog()
    documents = build_documents(loaded)
    documents, bad_docs = split_valid(documents, DocumentSchema)
    for row in bad_docs.itertuples():
        fail_file(result.files, row.file_name, f"metadata: {row.rejection_reason}")
    loaded = [f for f in loaded if f.status != "failed"]
    documents = mark_duplicate_documents(documents, loaded, result.files)

    observations = collect_observations(loaded)
    valid, rejected = validate_observations(observations, documents, catalog)
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
    tables["out_changes"] = diff_stage.build_changes_table(db_path, tables, finished_at)
    tables = {name: frame.reset_index(drop=True) for name, frame in tables.items()}
    result.published_path = build_and_publish(db_path, tables, progress)
    result.counts = count_values(obs, rejected, decisions, targets)
    try:
        result.changes = changes.describe_changes(previous, documents, current)
    except (KeyError, ValueError, TypeError):  # a previous database of an older layout
        result.changes = {"first_run": [True]}
    result.problems += review_problems + target_problems
    if any(f.status == "failed" for f in result.files) or review_problems or target_problems:
        result.exit_code = EXIT_DATAERR
    return result


def make_run_id(started_at: dt.datetime) -> str:
    """Return a run id that sorts by time."""
    return f"{started_at:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


def list_report_paths(reports_dir: Path) -> list[Path]:
    """Return every visible entry of the reports folder, sorted by name."""
    from etl.sidecar import is_sidecar

    if not reports_dir.is_dir():
        return []
    # A `.meta.json` sidecar is a report's provenance, not a report.
    return sorted(
        p for p in reports_dir.iterdir() if not p.name.startswith(".") and not is_sidecar(p)
    )


# ---------------------------------------------------------------- per file


def process_file(
    path: Path, cache_dir: Path, encoding: str | None, reports_dir: Path | None = None
) -> FileOutcome:
    """Extract one report (from the cache when its bytes were seen before)."""
    from etl.entries import check_entry, is_utf8_name, show_bytes
    from etl.read import MAX_BYTES, SUPPORTED_SUFFIXES, ReadError, sha256_file
    from etl.sidecar import hash_sidecar

    # A name of undecodable bytes is stored as \xNN escapes: the database takes only UTF-8.
    outcome = FileOutcome(file_name=path.name if is_utf8_name(path.name) else show_bytes(path.name))
    started = time.perf_counter()
    try:
        reason = check_entry(path, reports_dir or path.parent, SUPPORTED_SUFFIXES)
        if reason:
            outcome.reason = reason
            if path.is_dir() and path.suffix.lower() not in SUPPORTED_SUFFIXES:
                outcome.status = "skipped"  # a plain sub-folder is not a broken report
            return outcome
        outcome.size_bytes = path.stat().st_size
        if outcome.size_bytes <= MAX_BYTES:  # the reader refuses bigger files by size
            outcome.sha256 = sha256_file(path)
        # The sidecar (published date, url) changes what is extracted: it is part of the key.
        key = f"{encoding or 'auto'}-{hash_sidecar(path) or 'none'}"
        cached = outcome.sha256 and cache.read_entry(cache_dir, outcome.sha256, key)
        if cached:
            outcome.document, outcome.text, outcome.observations = cached
            outcome.from_cache = True
        else:
            extract_into(outcome, path, cache_dir, encoding, key)
        outcome.document["file_name"] = path.name
        outcome.status = "loaded"
    except ReadError as err:
        outcome.reason = err.reason
        if not path.exists() and not path.is_symlink():
            outcome.reason = f"file disappeared during the run ({err.reason})"
    except FileNotFoundError:
        outcome.reason = "file disappeared during the run"
    except Exception as err:  # an extractor bug on odd input must not sink the other files
        outcome.reason = f"extraction failed: {type(err).__name__}: {err}"
    finally:
        outcome.seconds = time.perf_counter() - started
    return outcome


def extract_into(
    outcome: FileOutcome, path: Path, cache_dir: Path, encoding: str | None, key: str
) -> None:
    """Run the extractor on one file and cache the result under its content hash."""
    from etl.extract import extract_file

    extraction = extract_file(path, encoding=encoding)
    outcome.document = dict(extraction.document)
    outcome.text = extraction.text
    outcome.observations = extraction.observations
    sha = outcome.document.get("sha256") or outcome.sha256
    if sha != outcome.sha256:
        outcome.sha256 = sha  # the file changed while we read it: trust what was extracted
        return
    cache.write_entry(cache_dir, sha, key, outcome.document, outcome.text, outcome.observations)


def mark_identical_files(files: list[FileOutcome]) -> None:
    """Keep the first of several byte-identical files; the others are duplicates."""
    first: dict[str, str] = {}
    for outcome in files:
        if outcome.status != "loaded":
            continue
        if outcome.sha256 in first:
            outcome.status = "duplicate"
            outcome.reason = f"same bytes as {first[outcome.sha256]}"
            outcome.observations = None
        else:
            first[outcome.sha256] = outcome.file_name


def fail_file(files: list[FileOutcome], file_name: str, reason: str) -> None:
    """Mark a loaded file as failed after the fact."""
    for outcome in files:
        if outcome.file_name == file_name:
            outcome.status, outcome.reason = "failed", reason


# ---------------------------------------------------------------- documents and values


def build_documents(files: list[FileOutcome]) -> pd.DataFrame:
    """Return one core_documents row per distinct loaded file."""
    rows = []
    for outcome in files:
        if outcome.status != "loaded":
            continue  # byte-identical copies are listed in etl_runs only
        doc = outcome.document
        row = {column: doc.get(key) for key, column in DOCUMENT_FIELDS.items()}
        row.update(
            doc_sha256=outcome.sha256,
            duplicate_of=None,
            file_size_bytes=outcome.size_bytes,
            text_length_chars=len(outcome.text),
            observations_extracted=count_rows(outcome.observations),
            text=outcome.text,
        )
        rows.append(row)
    frame = pd.DataFrame(rows, columns=load.list_table_columns("core_documents"))
    frame["published_date_estimated"] = frame["published_date_estimated"].fillna(False)
    return frame.astype({"published_date_estimated": bool})


def mark_duplicate_documents(
    documents: pd.DataFrame, files: list[FileOutcome], outcomes: list[FileOutcome]
) -> pd.DataFrame:
    """Set duplicate_of for the same document in another form (seeds 000 and 002)."""
    by_sha = {f.sha256: f for f in files if f.status == "loaded"}
    records = documents.to_dict("records")
    metadata = [by_sha[r["doc_sha256"]].document | {"sha256": r["doc_sha256"]} for r in records]
    texts = [by_sha[r["doc_sha256"]].text for r in records]
    duplicates = find_duplicate_documents(metadata, texts)
    documents = documents.copy()
    documents["duplicate_of"] = documents["doc_sha256"].map(duplicates)
    names = documents.set_index("doc_sha256")["file_name"]
    for sha, canonical in duplicates.items():
        outcome = by_sha.get(sha)
        if outcome is not None and canonical in names.index:
            outcome.status = "duplicate"
            outcome.reason = f"same document as {names[canonical]}; its values count once"
    return documents


def find_duplicate_documents(documents: list[dict], texts: list[str]) -> dict[str, str]:
    """Call etl.dedupe.find_duplicates (no duplicates while that module does not exist)."""
    try:
        from etl.dedupe import find_duplicates
    except ModuleNotFoundError as err:
        if err.name != "etl.dedupe":
            raise
        return {}
    return dict(find_duplicates(documents, texts))


def collect_observations(files: list[FileOutcome]) -> pd.DataFrame:
    """Concatenate the loaded files' values with uniform columns and types."""
    from etl.extract import OBSERVATION_COLUMNS

    frames = [
        f.observations.reindex(columns=OBSERVATION_COLUMNS).assign(
            document=f.file_name, doc_sha256=f.sha256
        )
        for f in files
        if f.observations is not None and len(f.observations)
    ]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    # Typed once for all files, so cached and fresh rows store identical data.
    frame = normalize_observations(frame, OBSERVATION_COLUMNS)
    return frame.drop_duplicates("observation_id", keep="first").reset_index(drop=True)


def normalize_observations(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Give extracted (or cached) rows the same column types."""
    frame = frame.reindex(columns=columns).copy()
    for column in ("period_start", "period_end"):
        dates = pd.to_datetime(frame[column], errors="coerce")
        frame[column] = pd.Series(
            [d.date() if pd.notna(d) else None for d in dates], index=frame.index, dtype=object
        )
    for column in ("value", "confidence"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    for column in ("quote_start", "quote_end", "value_start", "value_end"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    for column in ("qualifier", "review_reason", "anchor"):
        frame[column] = frame[column].fillna("").astype(str)
    return frame


def build_targets(
    targets_path: Path, documents: pd.DataFrame, files: list[FileOutcome], catalog: pd.DataFrame
) -> tuple[pd.DataFrame, list[str]]:
    """Check the targets file against the loaded reports; return core_targets rows and problems."""
    try:
        raw = read_targets_file(targets_path)
    except (ValueError, OSError) as err:
        return load.empty_table("core_targets"), [f"{Path(targets_path).name}: {err}"]
    texts = {f.file_name: f.text for f in files}
    sha_by_name = documents.set_index("file_name")["doc_sha256"]
    names = dict(zip(sha_by_name, sha_by_name.index, strict=True))  # a renamed file keeps its hash
    targets, problems = check_targets(raw, texts, catalog, names)
    targets["doc_sha256"] = targets["document"].map(sha_by_name)
    problems = [f"{Path(targets_path).name} {p}" for p in problems]
    return targets[load.list_table_columns("core_targets")], problems


def build_indicators(catalog: pd.DataFrame) -> pd.DataFrame:
    """Return core_indicators rows from the catalog, in catalog order."""
    frame = catalog.reset_index(drop=True).rename(columns={"id": "indicator"})
    frame["catalog_order"] = range(1, len(frame) + 1)
    return frame.reindex(columns=load.list_table_columns("core_indicators"))


# ---------------------------------------------------------------- runs, counts, changes


def build_run_rows(
    result: RefreshResult,
    started_at: dt.datetime,
    finished_at: dt.datetime,
    obs: pd.DataFrame,
    rejected: pd.DataFrame,
    decisions: pd.DataFrame,
    targets_path: Path,
    reviews_path: Path,
    review_problems: list[str],
    target_problems: list[str],
) -> pd.DataFrame:
    """Return this run's etl_runs rows: one per report file, plus targets and reviews."""
    by_status = obs.groupby(["document", "status"]).size()
    rejected_by_doc = rejected.groupby("document").size()
    rows = []
    for f in result.files:
        counted = f.status == "loaded"
        rows.append(
            {
                "input_kind": "report",
                "file_name": f.file_name,
                "file_sha256": f.sha256,
                "file_size_bytes": f.size_bytes,
                "status": f.status,
                "reason": f.reason,
                "from_cache": f.from_cache,
                "observations_extracted": count_rows(f.observations),
                "observations_accepted": by_status.get((f.file_name, "accepted"), 0)
                if counted
                else 0,
                "observations_needs_review": by_status.get((f.file_name, "needs_review"), 0)
                if counted
                else 0,
                "observations_rejected": rejected_by_doc.get(f.file_name, 0) if counted else 0,
                "extract_seconds": round(f.seconds, 6),
            }
        )
    orphaned = decisions.loc[decisions["orphaned"], "observation_id"].tolist()
    review_reason = "; ".join(review_problems)
    if orphaned:
        review_reason = "; ".join(
            filter(
                None,
                [
                    review_reason,
                    f"{len(orphaned)} decision(s) refer to values that no longer exist: "
                    + ", ".join(orphaned),
                ],
            )
        )
    rows.append(
        side_input_row("reviews", reviews_path, review_problems, review_reason, len(decisions))
    )
    rows.append(
        side_input_row("targets", targets_path, target_problems, "; ".join(target_problems), None)
    )
    frame = pd.DataFrame(rows)
    frame.insert(0, "run_id", result.run_id)
    frame.insert(1, "run_started_at", started_at)
    frame.insert(2, "run_finished_at", finished_at)
    return frame[load.list_table_columns("etl_runs")]


def side_input_row(
    kind: str, path: Path, problems: list[str], reason: str, count: int | None
) -> dict:
    """Return the etl_runs row of the targets or reviews file."""
    path = Path(path)
    status = "failed" if problems else ("loaded" if path.exists() else "absent")
    return {
        "input_kind": kind,
        "file_name": path.name,
        "file_sha256": None,
        "file_size_bytes": path.stat().st_size if path.exists() else None,
        "status": status,
        "reason": reason,
        "from_cache": False,
        "observations_extracted": count,
        "observations_accepted": None,
        "observations_needs_review": None,
        "observations_rejected": None,
        "extract_seconds": None,
    }


def keep_recent_runs(history: pd.DataFrame | None, runs: pd.DataFrame) -> pd.DataFrame:
    """Append this run to the carried-over history, keeping the last KEEP_RUNS runs."""
    columns = load.list_table_columns("etl_runs")
    if history is None or history.empty or list(history.columns) != columns:
        return runs
    frame = pd.concat([history, runs], ignore_index=True)
    recent = sorted(frame["run_id"].unique())[-KEEP_RUNS:]
    return frame[frame["run_id"].isin(recent)]


def count_values(
    obs: pd.DataFrame, rejected: pd.DataFrame, decisions: pd.DataFrame, targets: pd.DataFrame
) -> dict[str, int]:
    """Return the numbers the summary prints."""
    status = obs["status"].value_counts()
    return {
        "accepted": int(status.get("accepted", 0)),
        "needs_review": int(status.get("needs_review", 0)),
        "rejected_by_validation": len(rejected),
        "rejected_by_review": int(status.get("rejected", 0)),
        "corrected": int(status.get("corrected", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "current": int(obs["is_current"].sum()),
        "revisions": int(obs["is_revision"].sum()),
        "targets": len(targets),
        "decisions": len(decisions),
        "decisions_orphaned": int(decisions["orphaned"].sum()),
    }


def build_and_publish(db_path: Path, tables: dict[str, pd.DataFrame], progress) -> Path:
    """Write a new versioned database file, verify it, and switch the served path to it."""
    build_path, final_path = load.plan_build_path(db_path)
    try:
        load.write_database(build_path, tables)
        progress.stage("publishing")
        return load.publish_database(build_path, final_path, db_path)
    finally:
        build_path.unlink(missing_ok=True)
        Path(str(build_path) + ".wal").unlink(missing_ok=True)


# ---------------------------------------------------------------- summary


def format_summary(result: RefreshResult) -> str:
    """Return the short human summary printed on stderr."""
    lines = []
    if result.exit_code in (EXIT_BUSY, EXIT_NOINPUT) or not result.files:
        shown = (escape_name(p) for p in result.problems)
        return "\n".join(f"kpi refresh: {p}" for p in shown) or "kpi refresh: done"
    files = result.files
    status = pd.Series([f.status for f in files]).value_counts()
    cached = sum(f.from_cache for f in files if f.status in ("loaded", "duplicate"))
    lines.append(
        f"kpi refresh: {len(files)} files read: {status.get('loaded', 0)} loaded "
        f"({cached} from cache), {status.get('duplicate', 0)} duplicate, "
        f"{status.get('failed', 0)} failed, {status.get('skipped', 0)} skipped"
    )
    c = result.counts
    if c:
        lines.append(
            f"  values: {c['accepted']} accepted, {c['needs_review']} to review, "
            f"{c['rejected_by_validation']} rejected by validation, "
            f"{c['rejected_by_review']} rejected by review, {c['corrected']} corrected; "
            f"{c['current']} current, {c['revisions']} revisions; {c['targets']} targets"
        )
        if c["decisions_orphaned"]:
            lines.append(
                f"  review: {c['decisions_orphaned']} decision(s) refer to values that no "
                "longer exist (see `kpi review list`)"
            )
    ch = result.changes
    if ch.get("first_run"):
        lines.append("  since last run: first database")
    elif ch:
        lines.append(
            f"  since last run: {len(ch['new_documents'])} new document(s), "
            f"{len(ch['new_values'])} new and {len(ch['changed_values'])} changed current "
            f"value(s), {len(ch['removed_values'])} removed"
        )
        for name in ch["new_documents"][:10]:
            lines.append(f"    new document: {escape_name(name)}")
        for text in (ch["changed_values"] + ch["new_values"])[:10]:
            lines.append(f"    {text}")
    for f in files:
        # A duplicate is named too: a copy under another name is loaded once, visibly.
        if f.status in ("failed", "skipped", "duplicate"):
            lines.append(f"  {f.status}: {escape_name(f.file_name)}: {escape_name(f.reason)}")
    for problem in result.problems:
        lines.append(f"  problem: {escape_name(problem)}")
    for note in result.notes:
        lines.append(f"  note: {escape_name(note)}")
    if result.published_path:
        lines.append(f"  published {result.published_path}")
    else:
        lines.append("  nothing published; the previous database keeps serving")
    return "\n".join(lines)
