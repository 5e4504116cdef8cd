"""A refresh whose inputs all agree with the served version republishes it instead of rebuilding."""

from __future__ import annotations

import pandas as pd
import pytest
from refresh_helpers import COMPARED_TABLES, SEEDS, make_store, read_tables

from etl import cache, read_stage, unchanged_stage
from metrics import queries

UNCHANGED = "no input changed since"


def republished(result) -> bool:
    return any(UNCHANGED in note for note in result.notes)


def read_changes(db) -> pd.DataFrame:
    """out_changes without the version it compares with (two stores name theirs differently)."""
    return queries.run_query(db, "SELECT * EXCLUDE (since_version) FROM out_changes ORDER BY ALL")


def test_a_second_run_republishes_the_same_tables_and_summary(store, monkeypatch):
    monkeypatch.setenv("KPI_AS_OF", "2024-09-15")
    first = store.refresh()
    before, served = read_tables(store.db), store.db.resolve()
    second = store.refresh()
    assert not republished(first) and republished(second)
    assert second.published_path is not None and store.db.resolve() != served
    assert read_tables(store.db) == before
    assert (second.exit_code, second.counts, second.problems) == (
        first.exit_code,
        first.counts,
        first.problems,
    )
    assert [(f.file_name, f.status, f.reason) for f in second.files] == [
        (f.file_name, f.status, f.reason) for f in first.files
    ]
    assert second.changes["new_documents"] == [] and second.changes["changed_values"] == []
    runs = queries.read_etl_runs(store.db)
    assert runs["run_id"].nunique() == 2
    latest = runs[runs["run_id"] == second.run_id]
    reports = latest[latest["input_kind"] == "report"]
    assert sorted(reports["file_name"]) == SEEDS and reports["from_cache"].all()
    assert set(latest["input_kind"]) == {"report", "targets", "reviews"}


def test_out_changes_match_a_rebuild(store, tmp_path, warm_cache, monkeypatch):
    monkeypatch.setenv("KPI_AS_OF", "2024-09-15")
    store.refresh()
    assert republished(store.refresh())
    other = make_store(tmp_path / "other", warm_cache)
    other.refresh()
    monkeypatch.setattr(unchanged_stage, "hash_code", lambda: "other code")
    assert not republished(other.refresh())
    assert read_tables(other.db) == read_tables(store.db)
    changes = read_changes(store.db)
    assert len(changes) > 0
    pd.testing.assert_frame_equal(read_changes(other.db), changes)


def edit_reviews(store) -> None:
    """Accept the first value waiting for review."""
    pending = queries.read_observations(store.db)
    oid = pending.loc[pending["status"] == "needs_review", "observation_id"].iloc[0]
    with store.reviews.open("a", encoding="utf-8") as handle:
        handle.write(f"{oid},accept,,checked,2024-09-01T00:00:00Z\n")


def edit_targets(store) -> None:
    """Drop the last target."""
    lines = store.targets.read_text(encoding="utf-8").splitlines(keepends=True)
    store.targets = store.root / "targets.csv"
    store.targets.write_text("".join(lines[:-1]), encoding="utf-8")


def add_report(store) -> None:
    """A new report: a bundled one with a line added."""
    text = (store.reports / SEEDS[4]).read_text(encoding="utf-8")
    (store.reports / "005_new.txt").write_text(text + "\nPhụ lục.\n", encoding="utf-8")


def rename_report(store) -> None:
    (store.reports / SEEDS[1]).rename(store.reports / f"renamed-{SEEDS[1]}")


@pytest.mark.parametrize("edit", [edit_reviews, edit_targets, add_report, rename_report])
def test_any_changed_input_rebuilds(store, edit):
    store.refresh()
    before = read_tables(store.db)
    edit(store)
    result = store.refresh()
    assert not republished(result)
    assert read_tables(store.db) != before
    assert republished(store.refresh())  # and the run after it has nothing new again


def test_a_version_without_a_fingerprint_is_rebuilt(store, monkeypatch):
    store.refresh()
    monkeypatch.setattr(unchanged_stage, "hash_code", lambda: "code of another release")
    assert not republished(store.refresh())
    assert read_tables(store.db, COMPARED_TABLES)


def test_a_report_outside_the_pack_still_republishes(store, monkeypatch):
    store.refresh()
    packed = cache.list_pack_keys(store.root / "cache")
    monkeypatch.setattr(read_stage, "PACK_SLACK", 1)  # keep the pack for one new file of six
    add_report(store)
    assert not republished(store.refresh())
    assert cache.list_pack_keys(store.root / "cache") == packed  # the new file has its entry
    assert republished(store.refresh())
