"""The read stage's cache writes: one pack for a batch of new files, an entry for a few."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from refresh_helpers import REPORTS, SEEDS, make_store

import etl.extract
from bench.scale import write_monthly_reports
from etl import cache, pack_stage
from etl.read_stage import read_files


def make_folder(root: Path) -> Path:
    """A reports folder: the bundled reports, three synthetic months and a copy of one file."""
    reports = root / "reports"
    reports.mkdir(parents=True)
    for name in SEEDS:
        shutil.copyfile(REPORTS / name, reports / name)
    write_monthly_reports(3, reports, seed=7)
    shutil.copyfile(REPORTS / SEEDS[0], reports / "zz_same-bytes.txt")
    return reports


def list_entries(cache_dir: Path) -> list[str]:
    """The names of the per-file entries of the cache (not its pack)."""
    return sorted(p.name for p in cache_dir.glob("*/*") if not p.name.startswith("pack-"))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_of_new_files_goes_to_the_pack_alone(tmp_path, workers, monkeypatch):
    reports = make_folder(tmp_path)
    paths = sorted(reports.iterdir())
    cache_dir = tmp_path / "cache"
    cold = read_files(paths, cache_dir, None, reports, workers=workers)
    assert {o.status for o in cold} == {"loaded"}
    assert list_entries(cache_dir) == []  # no entry per file: the pack holds them all
    keys = {(o.sha256, "auto-none") for o in cold}
    assert cache.list_pack_keys(cache_dir) == keys
    # The copy shares its twin's extraction rather than being extracted again.
    assert cold[-1].from_cache and cold[-1].document["file_name"] == "zz_same-bytes.txt"
    calls = []
    monkeypatch.setattr(etl.extract, "extract_file", lambda *a, **k: calls.append(a))
    warm = read_files(paths, cache_dir, None, reports, workers=workers)
    assert calls == [] and all(o.from_cache for o in warm)  # every file read from the pack
    assert [o.observations.num_rows for o in warm] == [len(o.observations) for o in cold]


def test_one_new_file_gets_an_entry_and_leaves_the_pack(tmp_path, monkeypatch):
    reports = make_folder(tmp_path)
    cache_dir = tmp_path / "cache"
    read_files(sorted(reports.iterdir()), cache_dir, None, reports, workers=1)
    packed = cache.list_pack_keys(cache_dir)
    monkeypatch.setattr("etl.read_stage.PACK_SLACK", 1)  # the pack waits for more new files
    write_monthly_reports(1, reports, seed=7, offset=3)
    paths = sorted(reports.iterdir())
    calls = []
    real = etl.extract.extract_file

    def counting(path, encoding=None, **options):
        calls.append(Path(path).name)
        return real(path, encoding=encoding, **options)

    monkeypatch.setattr(etl.extract, "extract_file", counting)
    outcomes = read_files(paths, cache_dir, None, reports, workers=2)
    assert len(calls) == 1 and {o.status for o in outcomes} == {"loaded"}
    assert cache.list_pack_keys(cache_dir) == packed
    assert len(list_entries(cache_dir)) == 2  # the new file's rows and document


def test_files_the_pack_cannot_hold_keep_an_entry_each(tmp_path, monkeypatch):
    reports = make_folder(tmp_path)
    monkeypatch.setattr(cache, "write_pack", lambda *args: False)  # columns that clash
    paths = sorted(reports.iterdir())
    cold = read_files(paths, tmp_path / "cache", None, reports, workers=2)
    extracted = [o for o in cold if not o.from_cache]
    assert len(list_entries(tmp_path / "cache")) == 2 * len(extracted)
    monkeypatch.undo()
    warm = read_files(paths, tmp_path / "cache", None, reports, workers=2)
    assert all(o.from_cache for o in warm)


def test_a_refresh_waits_for_the_pack_it_writes_aside(tmp_path):
    store = make_store(tmp_path)
    write_monthly_reports(2, store.reports, seed=7)
    result = store.refresh()
    assert result.exit_code == 0, result.problems
    assert pack_stage.WRITERS == []  # waited for before the lock was let go
    loaded = {(f.sha256, "auto-none") for f in result.files if f.status == "loaded"}
    assert loaded <= cache.list_pack_keys(store.root / "cache")
    assert list_entries(store.root / "cache") == []
    again = store.refresh()  # nothing changed: republished from what the pack holds
    assert again.exit_code == 0 and all(f.from_cache for f in again.files)
