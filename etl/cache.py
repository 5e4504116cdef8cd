"""Cache of extraction results per document content hash and extractor version."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
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
    "pack_stage.py",
    "documents_stage.py",
    "targets_stage.py",
    "runs_stage.py",
    "publish_stage.py",
    "refresh_summary.py",
    "versions.py",
    "unchanged_stage.py",
    "validate_stage.py",
    "review_stage.py",
    "status_stage.py",
    "diff_stage.py",
    "schemas.py",
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
    return decode_document(meta["document"]), meta["text"], observations


def decode_document(stored: dict) -> dict:
    """Return a document as extracted from its JSON form (dates back to datetime.date)."""
    return {
        key: dt.date.fromisoformat(value) if key in DATE_FIELDS and value else value
        for key, value in stored.items()
    }


def encode_document(document: dict) -> dict:
    """Return a document's JSON form (dates as ISO text)."""
    return {
        key: value.isoformat() if isinstance(value, dt.date) else value
        for key, value in document.items()
    }


def write_entry(
    cache_dir: Path,
    sha256: str,
    variant: str | None,
    document: dict,
    text: str,
    observations: pd.DataFrame | pa.Table,
) -> None:
    """Store one extraction; each file is written to a temp name then renamed into place."""
    meta_path, rows_path = locate_entry(cache_dir, sha256, variant)
    meta_path.parent.mkdir(parents=True, exist_ok=True)
    meta = {"document": encode_document(document), "text": text}
    suffix = f".{os.getpid()}.tmp"
    rows_tmp = rows_path.with_name(rows_path.name + suffix)
    if isinstance(observations, pa.Table):
        pq.write_table(observations, rows_tmp)
    else:
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


def read_pack(cache_dir: Path) -> dict[tuple[str, str], tuple[dict, str, pa.Table]]:
    """Return the pack's entries by (sha256, variant): every file of the last refresh, read at once.

    One file of all documents and one of all rows: a warm refresh of 1,000 reports spent
    most of its read stage opening 2,000 small cache files. Empty when absent or damaged.
    """
    docs_path = locate_pack(cache_dir)
    try:
        docs = pq.read_table(docs_path)
        rows = pq.read_table(docs_path.with_name(docs.schema.metadata[b"rows_file"].decode()))
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
        return {}
    # Column by column: a dict per row (to_pylist) was half the read.
    columns = [docs[name].to_pylist() for name in PACK_COLUMNS]
    return {
        (sha, variant): (
            decode_document(json.loads(document)),
            text,
            rows.slice(start, count),
        )
        for sha, variant, document, text, start, count in zip(*columns, strict=True)
    }


PACK_ROW_GROUP = 65_536
PACK_COLUMNS = ["sha256", "variant", "document", "text", "row_start", "row_count"]


def list_pack_keys(cache_dir: Path) -> set[tuple[str, str]]:
    """Return the (sha256, variant) of every file the pack holds (empty when it is unreadable)."""
    try:
        keys = pq.read_table(locate_pack(cache_dir), columns=["sha256", "variant"])
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return set()
    return set(zip(keys["sha256"].to_pylist(), keys["variant"].to_pylist(), strict=True))


def hold_entries(cache_dir: Path, wanted: set[tuple[str, str]]) -> bool:
    """Tell whether the cache holds every (sha256, variant): in the pack or as its own entry."""
    rest = wanted - list_pack_keys(cache_dir)
    return all(all(path.exists() for path in locate_entry(cache_dir, *key)) for key in rest)


def count_rows(rows: object) -> int:
    """Rows of a DataFrame or an Arrow table."""
    return rows.num_rows if isinstance(rows, pa.Table) else len(rows)


def gather_tables(entries: list[tuple]) -> list[pa.Table]:
    """The entries' rows as Arrow tables, each run of DataFrames converted in one call: a cold
    refresh of 1,000 reports spent 3.4 s converting 1,000 small frames one by one."""
    tables: list[pa.Table] = []
    frames: list[pd.DataFrame] = []
    for *_, rows in [*entries, (None,)]:
        if isinstance(rows, pd.DataFrame):
            frames.append(rows)
            continue
        if frames:
            joined = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
            tables.append(pa.Table.from_pandas(joined, preserve_index=False))
            frames = []
        if rows is not None:
            tables.append(rows)
    return tables


def write_pack(cache_dir: Path, entries: list[tuple[str, str, dict, str, object]]) -> bool:
    """Write (sha256, variant, document, text, rows) of every loaded file as the new pack.

    Rows are a DataFrame or an Arrow table (a worker's, or from the cache). Return False,
    leaving the per-file entries to serve, when the files' columns cannot share one table.
    """
    docs_path = locate_pack(cache_dir)
    docs_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        rows = pa.concat_tables(gather_tables(entries), promote_options="permissive")
    except (pa.ArrowException, ValueError):  # no entries, or columns of clashing types
        return False
    starts = np.cumsum([0, *(count_rows(rows) for *_, rows in entries)])
    # The documents file names its rows file and is renamed into place last: a crash
    # between the two writes leaves the previous pair whole.
    rows_name = f"pack-rows-{os.getpid()}-{os.urandom(4).hex()}.parquet"
    docs = pa.table(
        {
            "sha256": [sha for sha, *_ in entries],
            "variant": [variant for _, variant, *_ in entries],
            "document": [
                json.dumps(encode_document(doc), default=str) for _, _, doc, *_ in entries
            ],
            "text": [text for *_, text, _ in entries],
            "row_start": starts[:-1].tolist(),
            "row_count": np.diff(starts).tolist(),
        }
    ).replace_schema_metadata({"rows_file": rows_name})
    # Row groups of 64k rows: the writer buffers one group, and a million-value pack written
    # as one group held a copy of it all.
    pq.write_table(rows, docs_path.with_name(rows_name), row_group_size=PACK_ROW_GROUP)
    temp = docs_path.with_name(f"{docs_path.name}.{os.getpid()}.tmp")
    pq.write_table(docs, temp)
    os.replace(temp, docs_path)
    for old in docs_path.parent.glob("pack-rows-*.parquet"):
        if old.name != rows_name:
            old.unlink(missing_ok=True)
    return True


def locate_pack(cache_dir: Path) -> Path:
    """Return the path of the pack's documents file for the current extractor version."""
    return Path(cache_dir) / compute_extractor_version() / "pack-documents.parquet"
