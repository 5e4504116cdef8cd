"""Write the DuckDB store: build a new versioned file, verify it, publish it atomically.

Timestamps (*_at columns) are stored as TIMESTAMP in UTC; metrics.queries returns them
tz-aware (UTC).

The only etl module that imports duckdb. The served path (data/kpi.duckdb) is a symlink to
db/kpi-<UTC timestamp>-<pid>.duckdb; a refresh never writes a file a reader has open (the
versions and the symlink: etl.versions).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

# The version store moved to etl.versions; its names stay importable from here (the refresh
# and the tests call load.prepare_store, load.plan_build_path, load.publish_database).
from etl.versions import (  # noqa: F401
    BUILD_SUFFIX,
    KEEP_VERSIONS,
    VERSIONS_DIR,
    locate_versions_dir,
    plan_build_path,
    prepare_store,
    prune_versions,
    publish_database,
    switch_link,
    sync_file,
)

# Same config as metrics.queries: DuckDB refuses a second connection to one file in a
# process when the configs differ, and only parquet/json/icu are built in here.
DUCKDB_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

OBSERVATION_FIELDS = [
    ("observation_id", "VARCHAR"),
    ("document", "VARCHAR"),
    ("doc_sha256", "VARCHAR"),
    ("indicator", "VARCHAR"),
    ("breakdown", "VARCHAR"),
    ("period_kind", "VARCHAR"),
    ("period_start", "DATE"),
    ("period_end", "DATE"),
    ("value", "DOUBLE"),
    ("unit", "VARCHAR"),
    ("qualifier", "VARCHAR"),
    ("status", "VARCHAR"),
    ("review_reason", "VARCHAR"),
    ("quote", "VARCHAR"),
    ("quote_start", "BIGINT"),
    ("quote_end", "BIGINT"),
    ("value_start", "BIGINT"),
    ("value_end", "BIGINT"),
    ("anchor", "VARCHAR"),
    ("rule_id", "VARCHAR"),
    ("confidence", "DOUBLE"),
    ("date_source", "VARCHAR"),
]

# Column order and SQL type of every table; the refresh fills them from DataFrames.
TABLE_SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "core_documents": [
        ("doc_sha256", "VARCHAR"),
        ("file_name", "VARCHAR"),
        ("text_sha256", "VARCHAR"),
        ("doc_kind", "VARCHAR"),
        ("doc_number", "VARCHAR"),
        ("issuer", "VARCHAR"),
        ("title", "VARCHAR"),
        ("published_date", "DATE"),
        ("published_date_estimated", "BOOLEAN"),
        ("report_period_label", "VARCHAR"),
        ("report_period_start", "DATE"),
        ("report_period_end", "DATE"),
        ("cutoff_date", "DATE"),
        ("meeting_date", "DATE"),
        ("date_source", "VARCHAR"),
        ("source_url", "VARCHAR"),
        ("duplicate_of", "VARCHAR"),
        ("file_size_bytes", "BIGINT"),
        ("text_length_chars", "BIGINT"),
        ("observations_extracted", "BIGINT"),
        ("text", "VARCHAR"),
    ],
    "core_observations": [
        *OBSERVATION_FIELDS,
        ("extracted_value", "DOUBLE"),
        ("extracted_status", "VARCHAR"),
        ("review_decision", "VARCHAR"),
        ("corrected_from_observation_id", "VARCHAR"),
        ("is_current", "BOOLEAN"),
        ("is_revision", "BOOLEAN"),
        ("replaced_by_observation_id", "VARCHAR"),
    ],
    "core_indicators": [
        ("indicator", "VARCHAR"),
        ("family", "VARCHAR"),
        ("family_name_vi", "VARCHAR"),
        ("family_name_en", "VARCHAR"),
        ("family_order", "BIGINT"),
        ("unit", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("direction", "VARCHAR"),
        ("name_vi", "VARCHAR"),
        ("name_en", "VARCHAR"),
        ("definition", "VARCHAR"),
        ("catalog_order", "BIGINT"),
    ],
    "core_targets": [
        ("target_id", "VARCHAR"),
        ("indicator", "VARCHAR"),
        ("breakdown", "VARCHAR"),
        ("deadline_date", "DATE"),
        ("target_value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("comparator", "VARCHAR"),
        ("document", "VARCHAR"),
        ("doc_sha256", "VARCHAR"),
        ("quote", "VARCHAR"),
        ("note", "VARCHAR"),
    ],
    "core_review_decisions": [
        ("observation_id", "VARCHAR"),
        ("decision", "VARCHAR"),
        ("corrected_value", "DOUBLE"),
        ("reason", "VARCHAR"),
        ("decided_at", "TIMESTAMP"),
        ("applied", "BOOLEAN"),
        ("orphaned", "BOOLEAN"),
        ("indicator", "VARCHAR"),
        ("document", "VARCHAR"),
    ],
    "qa_rejected_observations": [
        *OBSERVATION_FIELDS,
        ("rejection_reason", "VARCHAR"),
    ],
    "etl_runs": [
        ("run_id", "VARCHAR"),
        ("run_started_at", "TIMESTAMP"),
        ("run_finished_at", "TIMESTAMP"),
        ("input_kind", "VARCHAR"),
        ("file_name", "VARCHAR"),
        ("file_sha256", "VARCHAR"),
        ("file_size_bytes", "BIGINT"),
        ("status", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("from_cache", "BOOLEAN"),
        ("observations_extracted", "BIGINT"),
        ("observations_accepted", "BIGINT"),
        ("observations_needs_review", "BIGINT"),
        ("observations_rejected", "BIGINT"),
        ("extract_seconds", "DOUBLE"),
    ],
    "out_current_series": [
        *OBSERVATION_FIELDS,
        ("is_corrected", "BOOLEAN"),
        ("revision_count", "BIGINT"),
        ("published_date", "DATE"),
        ("cutoff_date", "DATE"),
        ("doc_title", "VARCHAR"),
        ("doc_number", "VARCHAR"),
        ("doc_kind", "VARCHAR"),
        ("indicator_name_vi", "VARCHAR"),
        ("indicator_name_en", "VARCHAR"),
        ("family", "VARCHAR"),
        ("family_name_vi", "VARCHAR"),
        ("family_name_en", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("direction", "VARCHAR"),
    ],
    "out_latest": [
        ("indicator", "VARCHAR"),
        ("breakdown", "VARCHAR"),
        ("unit", "VARCHAR"),
        ("period_kind", "VARCHAR"),
        ("latest_period_end", "DATE"),
        ("latest_value", "DOUBLE"),
        ("latest_observation_id", "VARCHAR"),
        ("latest_document", "VARCHAR"),
        ("latest_published_date", "DATE"),
        ("previous_period_end", "DATE"),
        ("previous_value", "DOUBLE"),
        ("previous_observation_id", "VARCHAR"),
        ("change_value", "DOUBLE"),
    ],
    "out_status": [
        ("row_order", "BIGINT"),
        ("indicator", "VARCHAR"),
        ("breakdown", "VARCHAR"),
        ("latest_value", "DOUBLE"),
        ("latest_date", "DATE"),
        ("target_value", "DOUBLE"),
        ("deadline", "DATE"),
        ("progress", "DOUBLE"),
        ("required_pace", "DOUBLE"),
        ("actual_pace", "DOUBLE"),
        ("projected_value", "DOUBLE"),
        ("status", "VARCHAR"),
        ("is_headline", "BOOLEAN"),
        ("comparator", "VARCHAR"),
        ("target_id", "VARCHAR"),
        ("reached_date", "DATE"),
        ("baseline_value", "DOUBLE"),
        ("baseline_date", "DATE"),
        ("judged_value", "DOUBLE"),
        ("judged_on", "VARCHAR"),
        ("deadline_passed", "BOOLEAN"),
        ("n_points", "BIGINT"),
        ("model", "VARCHAR"),
        ("monthly_growth_pct", "DOUBLE"),
        ("coverage", "DOUBLE"),
        ("reach_month", "DATE"),
        ("ratio", "DOUBLE"),
        ("ratio_status", "VARCHAR"),
        ("yoy_pct", "DOUBLE"),
        ("yoy_reference_value", "DOUBLE"),
        ("yoy_reference_date", "DATE"),
        ("change_12m_pct", "DOUBLE"),
        ("trend_signal", "VARCHAR"),
        ("trend_start", "DATE"),
        ("trend_kind", "VARCHAR"),
        ("other_kinds", "VARCHAR"),
        ("flags", "VARCHAR"),
        ("target_document", "VARCHAR"),
        ("target_quote", "VARCHAR"),
        ("evaluated_on", "DATE"),
    ],
    "out_review_pending": [
        ("indicator", "VARCHAR"),
        ("breakdown", "VARCHAR"),
        ("pending_count", "BIGINT"),
        ("newer_count", "BIGINT"),
        ("newest_pending_end", "DATE"),
    ],
}


def list_table_columns(table: str) -> list[str]:
    """Return a table's column names in order."""
    return [name for name, _ in TABLE_SCHEMAS[table]]


def empty_table(table: str) -> pd.DataFrame:
    """Return an empty DataFrame with a table's columns."""
    return pd.DataFrame(columns=list_table_columns(table))


def write_database(path: Path, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Create a new database file holding every table, checkpoint it and return row counts."""
    missing = set(TABLE_SCHEMAS) - set(tables)
    if missing:
        raise ValueError(f"tables not provided: {sorted(missing)}")
    con = duckdb.connect(str(path), config=DUCKDB_CONFIG)
    try:
        for table, columns in TABLE_SCHEMAS.items():
            insert_table(con, table, columns, tables[table])
        con.execute("CHECKPOINT")
        counts = verify_tables(con, {t: len(df) for t, df in tables.items()})
    finally:
        con.close()
    sync_file(path)
    return counts


def insert_table(con, table: str, columns: list[tuple[str, str]], frame: pd.DataFrame) -> None:
    """Create one table from its schema and insert a DataFrame's rows with explicit casts."""
    ddl = ", ".join(f'"{name}" {sql_type}' for name, sql_type in columns)
    con.execute(f'CREATE TABLE "{table}" ({ddl})')
    if frame.empty:
        return
    absent = [name for name, _ in columns if name not in frame.columns]
    if absent:
        raise ValueError(f"{table}: missing columns {absent}")
    insert_into(con, table, columns, frame)


def insert_into(con, table: str, columns: list[tuple[str, str]], frame: pd.DataFrame) -> None:
    """Insert a DataFrame's rows into an existing table, each column cast to its SQL type."""
    if frame.empty:
        return
    data = frame[[name for name, _ in columns]]
    typed = {}
    for name, sql_type in columns:
        if sql_type == "DOUBLE" and np.isinf(pd.to_numeric(data[name], errors="coerce")).any():
            # The checks upstream refuse these; a database must never serve inf.
            raise ValueError(f"{table}.{name}: a non-finite number; nothing published")
        if sql_type == "TIMESTAMP":
            # Stored as naive UTC: DuckDB's pandas export of TIMESTAMPTZ warns under pandas 3.1.
            typed[name] = pd.to_datetime(data[name], utc=True).dt.tz_localize(None)
    # DuckDB scans the columns as they are (None, NaN, NaT and NA all read as NULL, checked);
    # turning every column into Python objects first took 25 s and gigabytes at a million values.
    data = data.assign(**typed)
    con.register("incoming", data)
    try:
        select = ", ".join(f'CAST("{name}" AS {sql_type})' for name, sql_type in columns)
        con.execute(f'INSERT INTO "{table}" SELECT {select} FROM incoming')
    finally:
        con.unregister("incoming")


def verify_tables(con, expected: dict[str, int]) -> dict[str, int]:
    """Check every table has its schema's columns, and the expected row count where given."""
    counts = {}
    for table, columns in TABLE_SCHEMAS.items():
        found = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
        if found != [name for name, _ in columns]:
            raise RuntimeError(f"{table}: columns {found} differ from the schema")
        counts[table] = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if table in expected and counts[table] != expected[table]:
            raise RuntimeError(f"{table}: wrote {counts[table]} rows, expected {expected[table]}")
    return counts


def republish_database(
    link_path: Path, build_path: Path, runs: pd.DataFrame, changes: pd.DataFrame, keep_runs: int
) -> None:
    """Build a new version as a copy of the served one with this run's etl_runs and out_changes.

    For a refresh whose inputs all agree with what the served version was built from: its
    tables would come out the same, so they are copied rather than rebuilt.
    """
    shutil.copyfile(os.path.realpath(link_path), build_path)
    con = duckdb.connect(str(build_path), config=DUCKDB_CONFIG)
    try:
        con.execute('DROP TABLE "out_changes"')
        insert_table(con, "out_changes", TABLE_SCHEMAS["out_changes"], changes)
        con.execute('CREATE TEMP TABLE "new_runs" AS SELECT * FROM "etl_runs" LIMIT 0')
        insert_into(con, "new_runs", TABLE_SCHEMAS["etl_runs"], runs)
        con.execute('INSERT INTO "etl_runs" SELECT * FROM "new_runs"')
        # The history keeps the newest runs, as keep_recent_runs does for a rebuilt version.
        con.execute(
            'DELETE FROM "etl_runs" WHERE run_id NOT IN (SELECT run_id FROM '
            '(SELECT DISTINCT run_id FROM "etl_runs") ORDER BY run_id DESC LIMIT ?)',
            [keep_runs],
        )
        con.execute("CHECKPOINT")
        verify_tables(con, {"out_changes": len(changes)})
        latest = con.execute(
            'SELECT count(*) FROM "etl_runs" WHERE run_id = (SELECT max(run_id) FROM "etl_runs")'
        ).fetchone()[0]
        if latest != len(runs):
            raise RuntimeError(f"etl_runs: wrote {latest} rows of this run, expected {len(runs)}")
    finally:
        con.close()
    sync_file(build_path)


def read_served_tables(
    link_path: Path,
    tables: list[str],
    newest_run_only: bool = False,
    columns: dict[str, list[str]] | None = None,
) -> dict[str, pd.DataFrame] | None:
    """Read some tables of the served database (None when there is none or it is unreadable).

    core_documents comes without its text column: nothing the refresh reads back needs the
    texts, which were most of a 1,000-report database's bytes. newest_run_only: etl_runs rows
    of the newest run only. columns: only these columns of the tables named.
    """
    path = Path(link_path)
    if not path.exists():
        return None
    try:
        con = duckdb.connect(os.path.realpath(path), read_only=True, config=DUCKDB_CONFIG)
    except duckdb.Error:
        return None
    select = {t: f'SELECT * FROM "{t}"' for t in tables}
    if "core_documents" in select:
        select["core_documents"] = 'SELECT * EXCLUDE (text) FROM "core_documents"'
    for table, names in (columns or {}).items():
        if table in select:
            select[table] = f'SELECT {", ".join(names)} FROM "{table}"'
    if newest_run_only and "etl_runs" in select:
        select["etl_runs"] += ' WHERE run_id = (SELECT max(run_id) FROM "etl_runs")'
    try:
        present = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        return {t: con.execute(sql).df() for t, sql in select.items() if t in present}
    except duckdb.Error:
        return None
    finally:
        con.close()
