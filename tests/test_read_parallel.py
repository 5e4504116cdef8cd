"""The read stage's worker pool: the same outcomes as extracting one file after another."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from refresh_helpers import REPORTS, SEEDS

import etl.extract
from bench.scale import write_monthly_reports
from etl.read_stage import count_workers, read_files


def make_folder(root: Path) -> Path:
    """A reports folder: the bundled reports, four synthetic months and one copy of a file."""
    reports = root / "reports"
    reports.mkdir(parents=True)
    for name in SEEDS:
        shutil.copyfile(REPORTS / name, reports / name)
    write_monthly_reports(4, reports, seed=5)
    shutil.copyfile(REPORTS / SEEDS[4], reports / "zz_same-bytes.txt")
    return reports


def to_frame(rows) -> pd.DataFrame:
    """A cached file's rows come as an Arrow table, an extracted one's as a DataFrame."""
    return rows.to_pandas() if isinstance(rows, pa.Table) else rows


def describe(outcomes) -> list[tuple]:
    """Everything an outcome hands to the later stages (not its timing or cache origin)."""
    return [
        (
            o.file_name,
            o.status,
            o.reason,
            o.sha256,
            o.size_bytes,
            o.document,
            o.text,
            None if o.observations is None else to_frame(o.observations).to_dict("records"),
        )
        for o in outcomes
    ]


def test_pool_and_serial_give_identical_outcomes(tmp_path):
    reports = make_folder(tmp_path)
    paths = sorted(reports.iterdir())
    serial = read_files(paths, tmp_path / "serial-cache", None, reports, workers=1)
    pooled = read_files(paths, tmp_path / "pool-cache", None, reports, workers=2)
    assert [o.status for o in serial] == ["loaded"] * len(paths)
    assert sum(len(o.observations) for o in serial) > 100
    assert describe(pooled) == describe(serial)
    # The copy was read from the cache its first twin wrote, not extracted a second time.
    assert [o.from_cache for o in pooled] == [False] * (len(paths) - 1) + [True]
    # Cached outcomes (as Arrow tables) hold the same rows as freshly extracted ones.
    warm = read_files(paths, tmp_path / "pool-cache", None, reports, workers=2)
    assert all(o.from_cache for o in warm)
    assert [o.observations.num_rows for o in warm] == [len(o.observations) for o in serial]


def test_a_failing_file_is_named_and_the_others_load(tmp_path, monkeypatch):
    reports = make_folder(tmp_path)
    real = etl.extract.extract_file

    def fragile(path, encoding=None, **options):
        if Path(path).name == SEEDS[1]:
            raise ValueError("odd input")
        if Path(path).name == SEEDS[3]:
            os._exit(3)  # a crash in a native reader kills its worker process
        return real(path, encoding=encoding, **options)

    monkeypatch.setattr(etl.extract, "extract_file", fragile)
    paths = sorted(reports.iterdir())
    outcomes = {
        o.file_name: o for o in read_files(paths, tmp_path / "cache", None, reports, None, 2)
    }
    assert outcomes[SEEDS[1]].status == "failed"
    assert outcomes[SEEDS[1]].reason == "extraction failed: ValueError: odd input"
    assert outcomes[SEEDS[3]].status == "failed"
    assert "crashed" in outcomes[SEEDS[3]].reason
    others = [o for name, o in outcomes.items() if name not in (SEEDS[1], SEEDS[3])]
    assert {o.status for o in others} == {"loaded"}


@pytest.mark.parametrize(("files", "expected"), [(0, 1), (1, 1), (3, 1), (4, 2), (1000, 2)])
def test_small_batches_stay_in_process(files, expected, monkeypatch):
    monkeypatch.setenv("KPI_EXTRACT_WORKERS", "2")
    assert count_workers(files) == expected
    monkeypatch.setenv("KPI_EXTRACT_WORKERS", "1")
    assert count_workers(1000) == 1


def test_the_pack_serves_a_warm_read_and_a_damaged_one_is_ignored(tmp_path):
    reports = make_folder(tmp_path)
    paths = sorted(reports.iterdir())
    cache_dir = tmp_path / "cache"
    first = read_files(paths, cache_dir, None, reports, workers=1)
    (version,) = cache_dir.iterdir()
    entries = [p for p in version.iterdir() if not p.name.startswith("pack-")]
    for path in entries:  # only the pack is left to serve the next read
        path.unlink()
    packed = read_files(paths, cache_dir, None, reports, workers=1)
    assert all(o.from_cache for o in packed)
    assert describe(packed) == describe(first)
    (version / "pack-documents.parquet").write_bytes(b"not parquet")
    again = read_files(paths, cache_dir, None, reports, workers=1)
    assert not any(o.from_cache for o in again[:-1])  # extracted again, then packed again
    assert describe(again) == describe(first)
