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

# The schemas moved to etl.schemas; load.TABLE_SCHEMAS is the same dict (stages add to it).
from etl.schemas import (  # noqa: F401
    OBSERVATION_FIELDS,
    TABLE_SCHEMAS,
    empty_table,
    list_table_columns,
)

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
KEPT_TABLE = "core_documents"  # write_from_served keeps its unchanged rows (and their texts)


def write_database(path: Path, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Create a new database file holding every table, checkpoint it and return row counts."""
    require_tables(tables)
    con = duckdb.connect(str(path), config=DUCKDB_CONFIG)
    return fill_database(con, path, tables, insert_table)


def require_tables(tables: dict[str, pd.DataFrame]) -> None:
    """Refuse a set of tables that lacks one the schema has."""
    missing = set(TABLE_SCHEMAS) - set(tables)
    if missing:
        raise ValueError(f"tables not provided: {sorted(missing)}")


def fill_database(con, path: Path, tables: dict[str, pd.DataFrame], write) -> dict[str, int]:
    """Write each table with write(con, table, columns, frame), checkpoint, verify, close, sync."""
    try:
        for table, columns in TABLE_SCHEMAS.items():
            write(con, table, columns, tables[table])
        con.execute("CHECKPOINT")
        counts = verify_tables(con, {t: len(df) for t, df in tables.items()})
    finally:
        con.close()
    sync_file(path)
    return counts


def write_from_served(
    link_path: Path, path: Path, tables: dict[str, pd.DataFrame]
) -> dict[str, int] | None:
    """Write a new version as a copy of the served one with every table's rows replaced.

    core_documents keeps the rows that are unchanged, and with them their texts: writing
    1,000 reports' texts again was 0.3 s of a refresh that adds one. Every other table is
    written anew. Return the row counts, or None (nothing left at path) when the served file
    is missing, unreadable or of another layout: the caller writes the version from scratch.
    """
    require_tables(tables)
    served = os.path.realpath(link_path)
    if not os.path.isfile(served):
        return None
    shutil.copyfile(served, path)
    try:
        con = duckdb.connect(str(path), config=DUCKDB_CONFIG)
        same = describe_tables(con) == {t: [(n, s) for n, s in c] for t, c in TABLE_SCHEMAS.items()}
    except duckdb.Error:
        same, con = False, None
    if not same:
        if con is not None:
            con.close()
        Path(path).unlink(missing_ok=True)
        Path(str(path) + ".wal").unlink(missing_ok=True)
        return None
    return fill_database(con, path, tables, rewrite_table)


def rewrite_table(con, table: str, columns, frame: pd.DataFrame) -> None:
    """Replace a served table's rows: core_documents keeps its unchanged ones, others anew."""
    if table == KEPT_TABLE:
        replace_changed_rows(con, table, columns, frame)
        return
    con.execute(f'DROP TABLE "{table}"')
    insert_table(con, table, columns, frame)


def describe_tables(con) -> dict[str, list[tuple[str, str]]]:
    """Return every table's (column, SQL type) pairs in order."""
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = current_database() ORDER BY table_name, column_index"
    ).fetchall()
    found: dict[str, list[tuple[str, str]]] = {}
    for table, column, sql_type in rows:
        found.setdefault(table, []).append((column, sql_type))
    return found


def replace_changed_rows(con, table: str, columns: list[tuple[str, str]], frame: pd.DataFrame):
    """Make a table hold exactly frame's rows, keeping those it holds already.

    A row is kept when every column but `text` is the same and its text_sha256 is known: the
    text is then the one that hash was taken of, so it is never read, compared or rewritten.
    """
    described = [(name, sql_type) for name, sql_type in columns if name != "text"]
    names = [name for name, _ in described]
    described.append(("_position", "BIGINT"))
    ddl = ", ".join(f'"{name}" {sql_type}' for name, sql_type in described)
    con.execute(f'CREATE TEMP TABLE "incoming_rows" ({ddl})')
    insert_into(con, "incoming_rows", described, frame.assign(_position=np.arange(len(frame))))
    same = " AND ".join(f'i."{n}" IS NOT DISTINCT FROM t."{n}"' for n in names)
    same += ' AND t."text_sha256" IS NOT NULL'
    con.execute(
        f'DELETE FROM "{table}" t WHERE NOT EXISTS (SELECT 1 FROM "incoming_rows" i WHERE {same})'
    )
    new = con.execute(
        f'SELECT "_position" FROM "incoming_rows" i '
        f'WHERE NOT EXISTS (SELECT 1 FROM "{table}" t WHERE {same}) ORDER BY 1'
    ).fetchall()
    con.execute('DROP TABLE "incoming_rows"')
    kept = con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0]
    if kept + len(new) != len(frame):  # rows held twice: write the table anew
        con.execute(f'DROP TABLE "{table}"')
        insert_table(con, table, columns, frame)
        return
    insert_into(con, table, columns, frame.iloc[[p for (p,) in new]])


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
