"""Cache of extraction results per document content hash and extractor version."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

ETL_DIR = Path(__file__).parent
CATALOG_FILE = ETL_DIR.parent / "metrics" / "catalog.toml"
# Modules that run after extraction: changing them must not throw the cache away.
NOT_EXTRACTION = {"cache.py", "load.py", "refresh.py", "review.py", "validate.py", "series.py"}
NOT_EXTRACTION |= {
    "series_checks.py",
    "changes.py",
    "dedupe.py",
    "__init__.py",
    "evaluate.py",
    "add.py",
    "extract_cli.py",
}
# The refresh's stages, split out of refresh.py: they run after extraction too.
NOT_EXTRACTION |= {
    "outcomes.py",
    "refresh_progress.py",
    "read_stage.py",
    "documents_stage.py",
    "targets_stage.py",
    "runs_stage.py",
    "publish_stage.py",
    "refresh_summary.py",
    "versions.py",
}
DATE_FIELDS = [
    "published_date", "period_start", "period_end", "cutoff_date", "meeting_date",
]  # fmt: skip


@cache
def compute_extractor_version() -> str:
    """Hash the extraction code and the catalog, so a rule change invalidates the cache."""
    digest = hashlib.sha256()
    sources = sorted(p for p in ETL_DIR.glob("*.py") if p.name not in NOT_EXTRACTION)
    for path in [*sources, CATALOG_FILE]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def locate_entry(cache_dir: Path, sha256: str, variant: str | None) -> tuple[Path, Path]:
    """Return the (json, parquet) paths of one document's cache entry."""
    folder = Path(cache_dir) / compute_extractor_version()
    stem = f"{sha256}-{(variant or 'auto').lower()}"  # variant: encoding and sidecar
    return folder / f"{stem}.json", folder / f"{stem}.parquet"


def read_entry(cache_dir: Path, sha256: str, variant: str | None, as_table: bool = False):
    """Return (document, text, observations) from the cache, or None on a miss.

    as_table gives the rows as a pyarrow Table: the refresh converts all files' tables to pandas
    in one go, where a DataFrame per file cost 6 of 14 CPU seconds of a warm 1,000-report run.
    """
    meta_path, rows_path = locate_entry(cache_dir, sha256, variant)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if as_table:
            with pq.ParquetFile(rows_path) as rows_file:
                observations = rows_file.read()
        else:
            observations = pd.read_parquet(rows_path)
    except (OSError, ValueError):
        return None  # a miss, or an entry damaged by a crash: extract again
    document = {
        key: dt.date.fromisoformat(value) if key in DATE_FIELDS and value else value
        for key, value in meta["document"].items()
    }
    return document, meta["text"], observations


def write_entry(
    cache_dir: Path,
    sha256: str,
    variant: str | None,
    document: dict,
    text: str,
    observations: pd.DataFrame,
) -> None:
    """Store one extraction; each file is written to a temp name then renamed into place."""
    meta_path, rows_path = locate_entry(cache_dir, sha256, variant)
    meta_path.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "document": {
            key: value.isoformat() if isinstance(value, dt.date) else value
            for key, value in document.items()
        },
        "text": text,
    }
    suffix = f".{os.getpid()}.tmp"
    rows_tmp = rows_path.with_name(rows_path.name + suffix)
    observations.to_parquet(rows_tmp, index=False)
    os.replace(rows_tmp, rows_path)
    # The json is written last: read_entry needs both, so a half-written entry is a miss.
    meta_tmp = meta_path.with_name(meta_path.name + suffix)
    meta_tmp.write_text(json.dumps(meta, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(meta_tmp, meta_path)


def prune_cache(cache_dir: Path) -> None:
    """Drop entries of older extractor versions and temp files left by a killed run."""
    cache_dir = Path(cache_dir)
    if not cache_dir.is_dir():
        return
    current = compute_extractor_version()
    for child in cache_dir.iterdir():
        if child.is_dir() and child.name != current:
            shutil.rmtree(child, ignore_errors=True)
    for leftover in cache_dir.glob(f"{current}/*.tmp"):
        leftover.unlink(missing_ok=True)
