"""The monthly refresh on the bundled reports: exit codes, idempotence, series, cache, lock."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest
from refresh_helpers import SEEDS, read_tables, run_cli

from etl import cache, documents_stage, load, refresh
from metrics import queries

WEB, PDF = SEEDS[0], SEEDS[2]  # notice 203/TB-VPCP as web text and as PDF text
assert "203-TB-VPCP" in WEB and "203-TB-VPCP" in PDF


def test_refresh_loads_the_bundled_reports(store):
    result = store.refresh()
    assert result.exit_code == 0, result.problems
    assert store.db.is_symlink()
    docs = queries.read_documents(store.db)
    assert sorted(docs["file_name"]) == SEEDS
    current = queries.read_current_series(store.db)
    assert len(current) > 30
    assert (current["status"] == "accepted").all()
    assert current["quote"].str.len().gt(0).all()
    assert {"indicator_name_vi", "doc_title", "published_date"} <= set(current.columns)
    runs = queries.read_etl_runs(store.db, latest_only=True)
    reports = runs[runs["input_kind"] == "report"]
    assert sorted(reports["file_name"]) == SEEDS
    assert set(runs["input_kind"]) == {"report", "targets", "reviews"}
    assert len(queries.read_targets(store.db)) >= 13
    freshness = queries.read_freshness(store.db)
    assert freshness["last_refresh_at"] is not None and freshness["newest_period_end"] is not None


def test_every_current_value_is_unique_per_period(store):
    store.refresh()
    current = queries.read_current_series(store.db)
    key = ["indicator", "breakdown", "period_kind", "period_end"]
    assert not current.duplicated(key).any()


def test_villages_jump_goes_to_review(store):
    store.refresh()
    queue = queries.read_review_queue(store.db)
    villages = queue[queue["indicator"] == "villages_without_mobile_coverage"]
    assert villages["value"].tolist() == [1077.0]
    assert "620" in villages["review_reason"].iloc[0]
    current = queries.read_current_series(store.db, indicators=["villages_without_mobile_coverage"])
    assert 1077.0 not in current["value"].tolist()


def test_refresh_twice_gives_identical_content(store):
    first = store.refresh()
    tables_first = read_tables(store.db)
    second = store.refresh()
    assert first.exit_code == second.exit_code == 0
    assert read_tables(store.db) == tables_first
    assert second.changes["new_documents"] == [] and second.changes["changed_values"] == []
    runs = queries.read_etl_runs(store.db)
    assert runs["run_id"].nunique() == 2  # the run log is carried over


def test_cached_and_fresh_extraction_store_the_same(tmp_path, store):
    store.refresh()
    warm = read_tables(store.db)
    (store.root / "cache").rename(tmp_path / "old-cache")
    result = store.refresh()
    assert not any(f.from_cache for f in result.files)
    assert read_tables(store.db) == warm


def test_duplicate_documents_count_once(store, monkeypatch):
    from etl.read import sha256_file

    web, pdf = sha256_file(store.reports / WEB), sha256_file(store.reports / PDF)
    monkeypatch.setattr(documents_stage, "find_duplicate_documents", lambda docs, texts: {pdf: web})
    result = store.refresh()
    assert result.exit_code == 0
    docs = queries.read_documents(store.db).set_index("file_name")
    assert docs.loc[PDF, "duplicate_of"] == web and docs["duplicate_of"].notna().sum() == 1
    obs = queries.read_observations(store.db)
    from_pdf = obs[obs["document"] == PDF]
    assert len(from_pdf) > 0 and (from_pdf["status"] == "duplicate").all()
    assert not from_pdf["is_current"].any() and not from_pdf["is_revision"].any()
    current = queries.read_current_series(store.db)
    assert PDF not in set(current["document"])
    # Each value of notice 203 appears once: nothing from it is a revision of itself.
    web_rows = obs[obs["document"] == WEB]
    assert not web_rows["is_revision"].any()
    runs = queries.read_etl_runs(store.db, latest_only=True).set_index("file_name")
    assert runs.loc[PDF, "status"] == "duplicate"


def test_real_dedupe_counts_notice_203_once(store):
    store.refresh()
    docs = queries.read_documents(store.db)
    notice = docs[docs["file_name"].isin([WEB, PDF])]
    assert notice["duplicate_of"].notna().sum() == 1
    obs = queries.read_observations(store.db)
    mine = obs[obs["document"].isin([WEB, PDF])]
    assert not mine["is_revision"].any()
    current = queries.read_current_series(store.db)
    assert current["document"].isin([WEB, PDF]).sum() == mine["is_current"].sum()


def test_byte_identical_copy_is_a_duplicate(store):
    (store.reports / "copy.txt").write_bytes((store.reports / SEEDS[1]).read_bytes())
    result = store.refresh()
    assert result.exit_code == 0
    runs = queries.read_etl_runs(store.db, latest_only=True).set_index("file_name")
    assert runs.loc["copy.txt", "status"] == "duplicate"
    assert "same bytes" in runs.loc["copy.txt", "reason"]


def test_one_new_report_extracts_only_that_one(store, monkeypatch):
    import etl.extract

    store.refresh()
    calls = []
    real = etl.extract.extract_file

    def counting(path, encoding=None, **options):
        calls.append(Path(path).name)
        return real(path, encoding=encoding, **options)

    monkeypatch.setattr(etl.extract, "extract_file", counting)
    text = (store.reports / SEEDS[4]).read_text(encoding="utf-8")
    (store.reports / "005_new.txt").write_text(text + "\nPhụ lục.\n", encoding="utf-8")
    result = store.refresh()
    assert calls == ["005_new.txt"]
    assert result.changes["new_documents"] == ["005_new.txt"]


def test_extractor_change_invalidates_the_cache(store, monkeypatch):
    store.refresh()
    monkeypatch.setattr(cache, "compute_extractor_version", lambda: "another-version")
    result = store.refresh()
    assert not any(f.from_cache for f in result.files)
    assert [p.name for p in (store.root / "cache").iterdir()] == ["another-version"]


def test_no_input_exits_66(tmp_path, store):
    store.reports = tmp_path / "missing"
    assert store.refresh().exit_code == 66
    empty = tmp_path / "empty"
    empty.mkdir()
    store.reports = empty
    result = store.refresh()
    assert result.exit_code == 66 and "no report files" in result.problems[0]
    assert not store.db.exists()


def test_busy_exits_75_naming_the_holder(store):
    store.root.mkdir(exist_ok=True)
    with open(store.root / "refresh.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.write("pid 4242, started 2026-01-01T00:00:00+00:00\n")
        handle.flush()
        proc = run_cli(store.argv())
    assert proc.returncode == 75
    assert "pid 4242" in proc.stderr and "another refresh is running" in proc.stderr
    assert not store.db.exists()


@pytest.mark.parametrize("new_report", [True, False], ids=["rebuilt", "republished"])
def test_crash_exits_1_and_publishes_nothing(store, monkeypatch, capsys, new_report):
    store.refresh()
    served = os.readlink(store.db)
    before = read_tables(store.db)
    if new_report:  # a rebuild; without it nothing changed and the served tables are copied
        text = (store.reports / SEEDS[4]).read_text(encoding="utf-8")
        (store.reports / "005_new.txt").write_text(text + "\nPhụ lục.\n", encoding="utf-8")

    def broken(*args):
        build = next(Path(a) for a in args if str(a).endswith(".tmp"))
        build.write_bytes(b"partial")
        raise RuntimeError("disk full")

    monkeypatch.setattr(load, "write_database", broken)
    monkeypatch.setattr(load, "write_from_served", broken)  # a rebuild over a served version
    monkeypatch.setattr(load, "republish_database", broken)
    from cli import main

    assert main(store.argv()) == 1
    err = capsys.readouterr().err
    assert "disk full" in err and "nothing published" in err
    assert os.readlink(store.db) == served and read_tables(store.db) == before
    assert not list((store.root / "db").glob("*.tmp*"))


def test_cli_summary_on_stderr(store):
    proc = run_cli(store.argv())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "5 files read" in proc.stderr and "values:" in proc.stderr
    assert "\r" not in proc.stderr  # no progress bar without a terminal
    again = run_cli(store.argv())
    assert "since last run: 0 new document(s)" in again.stderr


def test_env_var_names_the_database(store):
    argv = [a for a in store.argv() if a not in ("--db", str(store.db))]
    proc = run_cli(argv, env={**os.environ, "KPI_DB": str(store.db)})
    assert proc.returncode == 0, proc.stderr
    assert store.db.is_symlink()


def test_progress_bar_only_on_a_terminal(store, monkeypatch):
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    class Args:
        reports, db, targets, reviews = store.reports, store.db, store.targets, store.reviews
        encoding = None

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert refresh.run_refresh_cli(Args) == 0
    assert "\r" in terminal.getvalue() and "[#" in terminal.getvalue()
    assert "5 files read" in terminal.getvalue()
