"""The reading API: the only serving-side module that talks to DuckDB (read-only).

One read-only connection per process and served path, reopened when the symlink's target
changes (a refresh publishes a new file and repoints the link); a cursor per call, because
a DuckDB connection refuses a second concurrent call.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pandas as pd

# Must equal etl.load.DUCKDB_CONFIG: DuckDB refuses a second connection to one file in a
# process with a different config.
DUCKDB_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

_LOCK = threading.Lock()
_CONNECTIONS: dict[str, tuple[tuple[str, int], duckdb.DuckDBPyConnection]] = {}


class DatabaseMissing(FileNotFoundError):
    """The served database does not exist yet (run `kpi refresh`)."""


def identify_target(db: Path | str) -> tuple[str, int]:
    """Return (resolved path, inode) of the file the served path points at now."""
    real = os.path.realpath(db)
    try:
        return real, os.stat(real).st_ino
    except FileNotFoundError:
        raise DatabaseMissing(f"no database at {db}; run `kpi refresh` first") from None


def open_cursor(db: Path | str) -> duckdb.DuckDBPyConnection:
    """Return a cursor on the current version of the served database."""
    key = os.path.abspath(db)
    for attempt in range(3):
        target = identify_target(db)
        with _LOCK:
            cached = _CONNECTIONS.get(key)
            if cached is None or cached[0] != target:
                try:
                    con = duckdb.connect(target[0], read_only=True, config=DUCKDB_CONFIG)
                except duckdb.IOException:
                    # The version was pruned between resolving the link and opening it.
                    if attempt == 2:
                        raise
                    continue
                # The old connection is dropped, not closed: a request on another thread may
                # still be using a cursor of it; it closes when the last cursor goes.
                _CONNECTIONS[key] = cached = (target, con)
            return cached[1].cursor()
    raise DatabaseMissing(f"cannot open {db}")


def run_query(db: Path | str, sql: str, params: list | None = None) -> pd.DataFrame:
    """Run one SELECT on its own cursor and return a DataFrame."""
    cursor = open_cursor(db)
    try:
        frame = cursor.execute(sql, params or []).df()
    finally:
        cursor.close()
    return mark_utc(frame)


def mark_utc(frame: pd.DataFrame) -> pd.DataFrame:
    """Make the *_at columns (stored as naive UTC) tz-aware UTC timestamps."""
    for column in frame.columns:
        if column.endswith("_at") and pd.api.types.is_datetime64_dtype(frame[column]):
            frame[column] = frame[column].dt.tz_localize("UTC")
    return frame


def build_filters(filters: dict[str, Iterable | None]) -> tuple[str, list]:
    """Return a WHERE clause with IN lists for the given non-empty filters."""
    clauses, params = [], []
    for column, values in filters.items():
        if values is None:
            continue
        values = [values] if isinstance(values, str) else list(values)
        if not values:
            continue
        clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
        params += values
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def read_current_series(
    db,
    indicators=None,
    families=None,
    breakdowns=None,
    date_from=None,
    date_to=None,
    leave_out: Iterable[str] = (),
) -> pd.DataFrame:
    """Return accepted current values with indicator names and their document's details,
    without the columns `leave_out` names (a name the table lacks is ignored)."""
    columns = "*"
    if leave_out:  # a page's cached frame keeps only what it shows (Python text is per cell)
        names = ", ".join("'" + str(name).replace("'", "''") + "'" for name in leave_out)
        columns = f"COLUMNS(lambda c: c NOT IN ({names}))"
    where, params = build_filters(
        {"indicator": indicators, "family": families, "breakdown": breakdowns}
    )
    for op, value in ((">=", date_from), ("<=", date_to)):
        if value:
            where += (" AND " if where else " WHERE ") + f"period_end {op} CAST(? AS DATE)"
            params.append(str(value))
    sql = (
        f"SELECT {columns} FROM out_current_series"
        + where
        + " ORDER BY indicator, breakdown, period_kind, period_end"
    )
    return run_query(db, sql, params)


def read_observations(
    db, indicator=None, include_revisions: bool = True, breakdown=None, doc_sha256=None
) -> pd.DataFrame:
    """Return every stored value (all statuses) with is_current; optionally without revisions,
    or only of one breakdown or one document."""
    where, params = build_filters(
        {"o.indicator": indicator, "o.breakdown": breakdown, "o.doc_sha256": doc_sha256}
    )
    if not include_revisions:
        clause = "NOT o.is_revision AND o.status <> 'corrected'"
        where += (" AND " if where else " WHERE ") + clause
    sql = (
        "SELECT o.*, d.published_date, d.cutoff_date, d.title AS doc_title, "
        "d.doc_number, d.duplicate_of FROM core_observations o "
        "JOIN core_documents d USING (doc_sha256)"
        + where
        # the id last: two values of one period in one report come in the same order every time
        + " ORDER BY o.indicator, o.breakdown, o.period_kind, o.period_end, d.published_date, "
        "o.observation_id"
    )
    return run_query(db, sql, params)


def read_observation(db, observation_id: str) -> pd.DataFrame:
    """Return one stored value with its document's details (empty when unknown)."""
    return run_query(
        db,
        "SELECT o.*, d.published_date, d.title AS doc_title, d.doc_number, d.doc_kind "
        "FROM core_observations o JOIN core_documents d USING (doc_sha256) "
        "WHERE o.observation_id = ?",
        [str(observation_id)],
    )


# A card shows one breakdown: national, else localities, else ministries, else the first name.
_CARD_BREAKDOWN = (
    "SELECT indicator, arg_min(breakdown, CASE breakdown WHEN 'national' THEN '0' "
    "WHEN 'localities' THEN '1' WHEN 'ministries' THEN '2' ELSE '3' || breakdown END) "
    "AS breakdown FROM out_current_series WHERE breakdown IS NOT NULL GROUP BY indicator"
)


def read_card_series(db) -> pd.DataFrame:
    """Return the current values of the one breakdown each overview card shows (every kind)."""
    return run_query(
        db,
        "SELECT s.indicator, s.breakdown, s.period_kind, s.period_start, s.period_end, s.value, "
        f"s.qualifier FROM out_current_series s JOIN ({_CARD_BREAKDOWN}) USING "
        "(indicator, breakdown) ORDER BY s.indicator, s.period_kind, s.period_end",
    )


def read_latest_per_kind(db) -> pd.DataFrame:
    """Return per indicator x breakdown x period kind the newest value and how many there are."""
    return run_query(
        db,
        "SELECT indicator, breakdown, period_kind, count(*) AS n, max(period_end) AS period_end, "
        "arg_max(value, period_end) AS value FROM out_current_series "
        "WHERE breakdown IS NOT NULL GROUP BY ALL ORDER BY indicator, breakdown, period_kind",
    )


def read_document_values(db, doc_sha256: str, limit: int) -> pd.DataFrame:
    """Return the first `limit` values one document states, in text order."""
    return run_query(
        db,
        "SELECT * FROM core_observations WHERE doc_sha256 = ? "
        "ORDER BY quote_start, observation_id LIMIT ?",
        [doc_sha256, int(limit)],
    )


def read_document_counts(db) -> pd.DataFrame:
    """Return per document how many values it states and how many wait for review."""
    return run_query(
        db,
        "SELECT doc_sha256, count(*) AS n_values, "
        "count(*) FILTER (WHERE status = 'needs_review') AS n_review "
        "FROM core_observations GROUP BY doc_sha256",
    )


def read_latest(db) -> pd.DataFrame:
    """Return out_latest: newest current value and the one before, per indicator x breakdown."""
    return run_query(db, "SELECT * FROM out_latest ORDER BY indicator, breakdown")


def read_status(db) -> pd.DataFrame:
    """Return out_status (one row per indicator x breakdown x target) in the refresh's order."""
    try:
        return run_query(db, "SELECT * FROM out_status ORDER BY row_order")
    except duckdb.CatalogException:
        # A database published before out_status existed: the next refresh builds it.
        raise DatabaseMissing(f"{db} has no status table yet; run `kpi refresh`") from None


def read_review_pending(db) -> pd.DataFrame:
    """Return out_review_pending (values in review per indicator x breakdown); empty when absent."""
    try:
        return run_query(db, "SELECT * FROM out_review_pending ORDER BY indicator, breakdown")
    except duckdb.CatalogException:  # published before the table existed: nothing announced
        return pd.DataFrame(
            columns=["indicator", "breakdown", "pending_count", "newer_count", "newest_pending_end"]
        )


def read_targets(db) -> pd.DataFrame:
    """Return core_targets."""
    return run_query(db, "SELECT * FROM core_targets ORDER BY indicator, breakdown, deadline_date")


def read_documents(db) -> pd.DataFrame:
    """Return core_documents without the (large) text column."""
    return run_query(
        db, "SELECT * EXCLUDE (text) FROM core_documents ORDER BY published_date, file_name"
    )


def read_indicators(db) -> pd.DataFrame:
    """Return core_indicators in catalog order."""
    return run_query(db, "SELECT * FROM core_indicators ORDER BY catalog_order")


def read_etl_runs(db, latest_only: bool = False) -> pd.DataFrame:
    """Return etl_runs (optionally only the newest run), newest first."""
    where = " WHERE run_id = (SELECT max(run_id) FROM etl_runs)" if latest_only else ""
    return run_query(db, f"SELECT * FROM etl_runs{where} ORDER BY run_id DESC, file_name")


def read_review_queue(db, doc_sha256: str | None = None) -> pd.DataFrame:
    """Return the values waiting for review (optionally of one document), with their
    document's publication date."""
    where, params = "", []
    if doc_sha256 is not None:  # the reports page lists one document's: never the whole queue
        where, params = " AND o.doc_sha256 = ?", [str(doc_sha256)]
    return run_query(
        db,
        "SELECT o.*, d.published_date FROM core_observations o "
        f"JOIN core_documents d USING (doc_sha256) WHERE o.status = 'needs_review'{where} "
        "ORDER BY o.indicator, o.breakdown, o.period_end, o.observation_id",
        params,
    )


def read_review_decisions(db) -> pd.DataFrame:
    """Return core_review_decisions (with applied / orphaned)."""
    return run_query(db, "SELECT * FROM core_review_decisions ORDER BY decided_at, observation_id")


def read_rejected_observations(db) -> pd.DataFrame:
    """Return qa_rejected_observations: rows that failed validation, with the reason."""
    return run_query(db, "SELECT * FROM qa_rejected_observations ORDER BY document, quote_start")


def read_document_text(db, doc_sha256: str) -> str:
    """Return the normalized text of one document ('' when unknown)."""
    frame = run_query(db, "SELECT text FROM core_documents WHERE doc_sha256 = ?", [doc_sha256])
    return "" if frame.empty else str(frame.iloc[0, 0])


def read_freshness(db) -> dict:
    """Return newest_period_end, newest_published_date and last_refresh_at (UTC)."""
    frame = run_query(
        db,
        "SELECT (SELECT max(period_end) FROM out_current_series) AS newest_period_end, "
        "(SELECT max(published_date) FROM core_documents) AS newest_published_date, "
        "(SELECT max(run_finished_at) FROM etl_runs) AS last_refresh_at",
    )
    row = frame.iloc[0]
    return {key: (None if pd.isna(value) else value) for key, value in row.items()}


def locate_served_file(db) -> Path:
    """Return the versioned file the served path points at (for messages and tests)."""
    return Path(identify_target(db)[0])


# The data page's table: current values plus the values waiting for review, as the export has them.
_TIDY = (
    "SELECT s.document, s.indicator, s.breakdown, s.period_kind, s.period_start, s.period_end, "
    "s.value, s.unit, s.qualifier, s.status, s.quote, i.name_vi AS indicator_name_vi, "
    "i.name_en AS indicator_name_en, i.family, s.doc_title AS document_title, "
    "s.doc_number AS document_number, s.published_date, s.observation_id, i.catalog_order "
    "FROM out_current_series s LEFT JOIN core_indicators i USING (indicator) "
    "UNION ALL BY NAME "
    "SELECT o.document, o.indicator, o.breakdown, o.period_kind, o.period_start, o.period_end, "
    "o.value, o.unit, o.qualifier, o.status, o.quote, i.name_vi AS indicator_name_vi, "
    "i.name_en AS indicator_name_en, i.family, d.title AS document_title, "
    "d.doc_number AS document_number, d.published_date, o.observation_id, i.catalog_order "
    "FROM core_observations o JOIN core_documents d USING (doc_sha256) "
    "LEFT JOIN core_indicators i USING (indicator) WHERE o.status = 'needs_review'"
)
TIDY_ORDER = [
    "catalog_order", "indicator", "breakdown", "period_end", "period_start", "published_date",
    "observation_id",
]  # fmt: skip
TIDY_SORTABLE = {
    "indicator", "indicator_name_vi", "indicator_name_en", "family", "breakdown", "period_kind",
    "period_start", "period_end", "value", "unit", "qualifier", "status", "quote", "document",
    "document_title", "document_number", "published_date",
}  # fmt: skip


def filter_tidy(filters: dict) -> tuple[str, list]:
    """WHERE clause of the data page's filters (lists, and a period_end range)."""
    where, params = build_filters(
        {
            "family": filters.get("families") or None,
            "indicator": filters.get("indicators") or None,
            "breakdown": filters.get("breakdowns") or None,
            "status": filters.get("statuses") or None,
        }
    )
    for op, value in ((">=", filters.get("date_from")), ("<=", filters.get("date_to"))):
        if value:
            where += (" AND " if where else " WHERE ") + f"period_end {op} CAST(? AS DATE)"
            params.append(str(value))
    return where, params


def read_tidy_rows(
    db, filters: dict, sort: list[tuple[str, bool]] | None = None, offset=0, limit=None
) -> pd.DataFrame:
    """Return the data page's rows matching `filters`, sorted ((column, ascending) first, then
    catalog order), from `offset`, at most `limit` (all when None)."""
    where, params = filter_tidy(filters)
    keys = [
        f"{c} {'ASC' if asc else 'DESC'} NULLS LAST" for c, asc in sort or [] if c in TIDY_SORTABLE
    ]
    keys += [f"{c} ASC NULLS LAST" for c in TIDY_ORDER]
    sql = f"SELECT * EXCLUDE (catalog_order) FROM ({_TIDY}){where} ORDER BY {', '.join(keys)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
    return run_query(db, sql, params)


def count_tidy_rows(db, filters: dict | None = None) -> int:
    """Return how many rows of the data page's table match `filters` (all when None)."""
    where, params = filter_tidy(filters or {})
    return int(run_query(db, f"SELECT count(*) AS n FROM ({_TIDY}){where}", params).iloc[0, 0])


def read_tidy_choices(db) -> pd.DataFrame:
    """Return the (indicator, breakdown) pairs the data page's table has (filter options)."""
    return run_query(db, f"SELECT DISTINCT indicator, breakdown FROM ({_TIDY}) ORDER BY ALL")
