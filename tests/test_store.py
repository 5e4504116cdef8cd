"""The store: versioned files, atomic publishing, pruning, and the read-only reading API."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pandas as pd
import pytest

from etl import load
from metrics import queries


def make_tables(documents: int) -> dict[str, pd.DataFrame]:
    """Return every table empty except core_documents with `documents` rows."""
    tables = {name: load.empty_table(name) for name in load.TABLE_SCHEMAS}
    tables["core_documents"] = pd.DataFrame(
        [
            {
                **dict.fromkeys(load.list_table_columns("core_documents")),
                "doc_sha256": f"{i:064x}",
                "file_name": f"{i:03d}.txt",
                "text": "văn bản",
            }
            for i in range(documents)
        ]
    )
    return tables


def publish(link: Path, documents: int) -> Path:
    """Build and publish a database holding `documents` documents."""
    load.prepare_store(link)
    build, final = load.plan_build_path(link)
    load.write_database(build, make_tables(documents))
    return load.publish_database(build, final, link)


def test_publish_switches_symlink_and_keeps_three_versions(tmp_path):
    link = tmp_path / "kpi.duckdb"
    published = [publish(link, n) for n in range(1, 6)]
    assert link.is_symlink()
    assert not os.path.isabs(os.readlink(link))  # relative: the data folder can move
    assert Path(os.path.realpath(link)) == published[-1]
    remaining = sorted((tmp_path / "db").glob("kpi-*.duckdb"))
    assert remaining == sorted(published[-3:])
    assert not list((tmp_path / "db").glob("*.tmp*"))
    assert len(queries.read_documents(link)) == 5


def test_write_database_checks_columns(tmp_path):
    tables = make_tables(1)
    tables["core_targets"] = pd.DataFrame([{"indicator": "x"}])
    with pytest.raises(ValueError, match="core_targets: missing columns"):
        load.write_database(tmp_path / "x.duckdb", tables)


def test_prepare_store_adopts_a_plain_database_file(tmp_path):
    link = tmp_path / "kpi.duckdb"
    build, _ = load.plan_build_path(link)
    (tmp_path / "db").mkdir()
    load.write_database(build, make_tables(2))
    os.replace(build, link)  # a user's plain file at the served path
    notes = load.prepare_store(link)
    assert link.is_symlink() and "adopted" in os.readlink(link)
    assert any("kept the plain database file" in n for n in notes)
    assert len(queries.read_documents(link)) == 2
    publish(link, 3)
    assert len(list((tmp_path / "db").glob("kpi-*adopted.duckdb"))) == 1  # kept as a version


def test_prepare_store_removes_leftovers_of_a_killed_run(tmp_path):
    link = tmp_path / "kpi.duckdb"
    publish(link, 1)
    (tmp_path / "db" / "kpi-20990101T000000Z-1.duckdb.tmp").write_bytes(b"half")
    (tmp_path / "db" / "kpi-20990101T000000Z-1.duckdb.tmp.wal").write_bytes(b"half")
    (tmp_path / ".kpi.duckdb.tmp-123").symlink_to("nowhere")
    load.prepare_store(link)
    assert not list((tmp_path / "db").glob("*.tmp*"))
    assert not list(tmp_path.glob(".kpi.duckdb.tmp-*"))


def test_reader_reopens_after_a_switch(tmp_path):
    link = tmp_path / "kpi.duckdb"
    publish(link, 1)
    assert len(queries.read_documents(link)) == 1
    publish(link, 2)
    assert len(queries.read_documents(link)) == 2  # same process, new file, new data


def test_missing_database_says_to_refresh(tmp_path):
    with pytest.raises(queries.DatabaseMissing, match="kpi refresh"):
        queries.read_documents(tmp_path / "kpi.duckdb")


def test_threads_read_while_publishing(tmp_path):
    link = tmp_path / "kpi.duckdb"
    publish(link, 1)
    errors, seen, stop = [], set(), threading.Event()

    def read_loop() -> None:
        while not stop.is_set():
            try:
                seen.add(len(queries.read_documents(link)))
            except Exception as exc:  # any error fails the test
                errors.append(exc)

    threads = [threading.Thread(target=read_loop) for _ in range(4)]
    for thread in threads:
        thread.start()
    for n in range(2, 8):
        publish(link, n)
    stop.set()
    for thread in threads:
        thread.join()
    assert errors == []
    assert seen <= set(range(1, 8)) and 7 in seen | {len(queries.read_documents(link))}


def test_read_served_tables_without_database(tmp_path):
    assert load.read_served_tables(tmp_path / "kpi.duckdb", ["core_documents"]) is None
