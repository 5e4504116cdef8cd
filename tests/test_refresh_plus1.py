"""A refresh over a served version (one new report) publishes the tables of a cold build."""

from __future__ import annotations

import shutil

import duckdb
import pytest
from refresh_helpers import COMPARED_TABLES, SEEDS, make_store, read_tables

from bench.scale import write_monthly_reports
from etl import load

RUN_COLUMNS = "* EXCLUDE (run_id, run_started_at, run_finished_at, extract_seconds, from_cache)"


def read_latest_run(db) -> list[tuple]:
    """The newest run's etl_runs rows without what differs from run to run."""
    con = duckdb.connect(str(db.resolve()), read_only=True, config=load.DUCKDB_CONFIG)
    try:
        return con.execute(
            f"SELECT {RUN_COLUMNS} FROM etl_runs "
            "WHERE run_id = (SELECT max(run_id) FROM etl_runs) ORDER BY ALL"
        ).fetchall()
    finally:
        con.close()


def build_cold(root, store, warm_cache):
    """A first database of the store's reports now (its cache copied: extraction is the same)."""
    cold = make_store(root, warm_cache)
    shutil.rmtree(cold.reports)
    shutil.copytree(store.reports, cold.reports)
    shutil.rmtree(cold.root / "cache")
    shutil.copytree(store.root / "cache", cold.root / "cache")
    assert cold.refresh().exit_code == 0
    return cold


def drop_a_column(store) -> None:
    """Make the served version one of another layout (an older release's)."""
    con = duckdb.connect(str(store.db.resolve()), config=load.DUCKDB_CONFIG)
    con.execute("ALTER TABLE core_documents DROP COLUMN source_url")
    con.close()


@pytest.mark.parametrize("served", ["current", "other layout"])
def test_one_new_report_gives_the_tables_of_a_cold_build(tmp_path, warm_cache, monkeypatch, served):
    monkeypatch.setenv("KPI_AS_OF", "2024-09-15")
    store = make_store(tmp_path / "plus1", warm_cache)
    write_monthly_reports(5, store.reports, seed=3, offset=110)
    assert store.refresh().exit_code == 0
    runs = len(read_latest_run(store.db))
    if served == "other layout":
        drop_a_column(store)
    # One new report, and one renamed: a kept document row changes, another is added.
    write_monthly_reports(1, store.reports, seed=3, offset=115)
    (store.reports / SEEDS[1]).rename(store.reports / f"renamed-{SEEDS[1]}")
    writers = []
    for name in ("write_database", "write_from_served"):
        real = getattr(load, name)
        monkeypatch.setattr(load, name, lambda *a, _r=real, _n=name: writers.append(_n) or _r(*a))
    result = store.refresh()
    assert result.exit_code == 0 and result.published_path is not None
    # Over the served version when it has this release's layout; else written from scratch.
    expected = (
        ["write_from_served"] if served == "current" else ["write_from_served", "write_database"]
    )
    assert writers == expected
    cold = build_cold(tmp_path / "cold", store, warm_cache)
    # Every row, the kept documents' texts too; etl_runs apart from ids, times and timings.
    assert read_tables(store.db, COMPARED_TABLES) == read_tables(cold.db, COMPARED_TABLES)
    assert read_latest_run(store.db) == read_latest_run(cold.db)
    assert len(read_latest_run(store.db)) == runs + 1
    assert not list((store.root / "db").glob("*.tmp*"))


def test_a_report_without_values_does_not_break_the_next_refresh(tmp_path, monkeypatch):
    # The pack once stored a file without values as untyped columns beside typed ones, so the
    # next refresh could not join the cached rows with a new report's: it crashed
    # ("Unable to merge: Field document has incompatible types: string vs large_string").
    monkeypatch.setenv("KPI_AS_OF", "2024-09-15")
    store = make_store(tmp_path / "empty")
    (store.reports / "bien-ban-hop.txt").write_text(
        "Biên bản cuộc họp giao ban. Các đơn vị báo cáo tiến độ, không nêu số liệu.\n",
        encoding="utf-8",
    )
    assert store.refresh().exit_code == 0
    write_monthly_reports(1, store.reports, seed=3, offset=112)
    result = store.refresh()
    assert result.exit_code == 0, result.problems
    fresh = [f for f in result.files if not f.from_cache]
    assert [f.file_name for f in fresh] == [p.name for p in store.reports.glob("synthetic-*")]
    assert fresh[0].status == "loaded" and fresh[0].extracted > 0
