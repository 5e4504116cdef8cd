"""The switch between published versions is invisible to readers: the served path never stops
existing, a reader whose version is pruned under it resolves the link again, and a snapshot read
while the link switched is not filed under the old version."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from etl import load, versions
from layouts import source


def test_adopting_a_plain_file_never_leaves_the_served_path_missing(tmp_path, monkeypatch):
    link = tmp_path / "kpi.duckdb"
    link.write_bytes(b"plain database")
    seen = []
    switch = versions.switch_link

    def watch_switch(link_path, target):
        seen.append(Path(link_path).exists())  # what a reader sees just before the rename
        switch(link_path, target)
        seen.append(Path(link_path).exists())

    monkeypatch.setattr(versions, "switch_link", watch_switch)
    load.prepare_store(link)
    assert seen == [True, True]
    assert link.is_symlink() and link.read_bytes() == b"plain database"


def test_a_pruned_version_is_resolved_again_not_no_database(tmp_path, monkeypatch):
    versions = tmp_path / "db"
    versions.mkdir()
    new = versions / "kpi-2.duckdb"
    new.write_bytes(b"v2")
    link = tmp_path / "kpi.duckdb"
    os.symlink("db/kpi-2.duckdb", link)
    answers = iter([str(versions / "kpi-1.duckdb"), str(new)])  # the old one, pruned since
    monkeypatch.setattr(source.os.path, "realpath", lambda path: next(answers))
    assert source.version_key(link)[1] == str(new)


def test_no_file_behind_the_link_is_no_database(tmp_path):
    with pytest.raises(source.NoDatabase):
        source.version_key(tmp_path / "nothing.duckdb")


def test_a_snapshot_read_across_a_switch_is_read_again(tmp_path, monkeypatch):
    versions = tmp_path / "db"
    versions.mkdir()
    for name in ("kpi-1.duckdb", "kpi-2.duckdb"):
        (versions / name).write_bytes(name.encode())
    link = tmp_path / "kpi.duckdb"
    os.symlink("db/kpi-1.duckdb", link)
    built = []

    def build(db):
        # (a snapshot reads the version's own file, never the link: a switch mid-read cannot
        # mix two versions' tables, nor a stale snapshot read the next version's series)
        assert not os.path.islink(db)
        built.append(os.path.basename(db))
        if len(built) == 1:  # a refresh publishes while the first snapshot is being read
            os.symlink("db/kpi-2.duckdb", tmp_path / "new")
            os.replace(tmp_path / "new", link)
        return f"snapshot of {os.path.basename(db)}"

    source.clear_cache()
    monkeypatch.setattr(source, "_build_snapshot", build)
    try:
        assert source.load_snapshot(link) == "snapshot of kpi-2.duckdb"
        assert source.load_snapshot(link) == "snapshot of kpi-2.duckdb"  # cached, not rebuilt
        assert built == ["kpi-1.duckdb", "kpi-2.duckdb"]
    finally:
        source.clear_cache()
