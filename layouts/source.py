"""The dashboard's only door to data: metrics.queries, cached per published db.

Layouts never import duckdb or etl. Every read goes through `metrics`; the results of one
published database version are cached in memory (keyed by the path the `current` symlink points
to and its modification time), so a hover or a language switch never re-reads the database, and a
refresh that publishes a new file is picked up on the next request.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

DEFAULT_DB = Path("data/kpi.duckdb")
CONFIG_KEY = "KPI_DB"
_CACHE_SIZE = 3


class NoDatabase(Exception):
    """The served database does not exist yet (run `kpi refresh`)."""


def current_db() -> Path:
    """The database of the running app: app config, else $KPI_DB, else data/kpi.duckdb."""
    db = None
    try:
        import dash

        db = dash.get_app().server.config.get(CONFIG_KEY)
    except Exception:  # no app (plain function call in a test or a script)
        db = None
    return Path(db or os.environ.get(CONFIG_KEY) or DEFAULT_DB)


def version_key(db: Path) -> tuple:
    """Identify the published version of `db` without opening it.

    The link is resolved once and the file it names is stat'ed; if a publish prunes that file
    in between, the link is resolved again (once): a reader never sees "no database" because
    the version it was about to read has just been replaced.
    """
    db = Path(db)
    for _attempt in range(2):
        real = os.path.realpath(db)
        try:
            st = os.stat(real)
        except FileNotFoundError:
            continue
        return (str(db), real, st.st_mtime_ns, st.st_size)
    raise NoDatabase(str(db))


# Column names the builders use -> names the reading API may use for them.
_ALIASES = {
    "doc_title": ["doc_title", "title", "document_title"],
    "doc_number": ["doc_number", "number", "document_number"],
    "published_date": ["published_date", "doc_published_date", "publication_date"],
    "document": ["document", "file_name", "doc_file", "filename"],
    "deadline": ["deadline", "deadline_date"],
    "target_value": ["target_value", "value"],
    "doc_kind": ["doc_kind", "kind"],
    "period_start": ["period_start", "report_period_start"],
    "period_end": ["period_end", "report_period_end"],
}


def normalize_columns(df: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    """Add the builder's column names (copies of an alias) where the frame lacks them."""
    if df is None:
        return pd.DataFrame()
    df = df.copy()
    for name in names:
        if name in df.columns:
            continue
        for alias in _ALIASES.get(name, []):
            if alias in df.columns:
                df[name] = df[alias]
                break
    return df


def _queries():
    return importlib.import_module("metrics.queries")


def _optional(module: str):
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


@dataclass
class Snapshot:
    """Everything the overview needs from one published database version."""

    db: str
    catalog: pd.DataFrame
    families: pd.DataFrame
    series: pd.DataFrame
    targets: pd.DataFrame
    status: pd.DataFrame  # out_status as the refresh computed it: never recomputed here
    freshness: dict
    _lazy: dict = field(default_factory=dict)
    _lock: threading.RLock = field(default_factory=threading.RLock)

    def lazy(self, name: str, loader):
        """Load something once per snapshot (observations, documents, texts)."""
        with self._lock:
            if name not in self._lazy:
                self._lazy[name] = loader()
            return self._lazy[name]

    def observations(self, indicator: str | None = None) -> pd.DataFrame:
        """Every stored value (all revisions and statuses), optionally of one indicator."""
        allobs = self.lazy("observations", self._read_observations)
        if indicator is None or allobs.empty:
            return allobs
        return allobs[allobs["indicator"] == indicator]

    def _read_observations(self) -> pd.DataFrame:
        obs = normalize_columns(
            _queries().read_observations(self.db, include_revisions=True),
            ["doc_title", "doc_number", "published_date", "document"],
        )
        if "doc_kind" not in obs and not obs.empty:
            docs = self.documents()
            if "doc_kind" in docs:
                obs["doc_kind"] = obs["doc_sha256"].map(docs.set_index("doc_sha256")["doc_kind"])
        return obs

    def documents(self) -> pd.DataFrame:
        return self.lazy(
            "documents",
            lambda: normalize_columns(
                _queries().read_documents(self.db),
                [
                    "doc_title",
                    "doc_number",
                    "published_date",
                    "document",
                    "doc_kind",
                    "period_start",
                    "period_end",
                ],
            ),
        )

    def review_pending(self) -> pd.DataFrame:
        """out_review_pending: values in review per indicator x breakdown, as the refresh counted."""
        return self.lazy("review_pending", lambda: _queries().read_review_pending(self.db))

    def review_queue(self) -> pd.DataFrame:
        return self.lazy("review_queue", lambda: _queries().read_review_queue(self.db))

    def document_text(self, sha: str) -> str:
        return self.lazy(f"text:{sha}", lambda: _queries().read_document_text(self.db, sha) or "")


_cache: OrderedDict[tuple, Snapshot] = OrderedDict()
_cache_lock = threading.Lock()


def explain(row, lang: str, catalog: pd.DataFrame | None = None) -> str | None:
    """metrics' one-sentence explanation of a status row (None when it cannot give one)."""
    mod = _optional("metrics.wording")
    if mod is None or not hasattr(mod, "explain_status"):
        return None
    try:
        return mod.explain_status(row, lang, catalog)
    except Exception:
        return None


def load_snapshot(db: Path | str | None = None) -> Snapshot:
    """Return the cached snapshot of the published database (raises NoDatabase)."""
    db = Path(db) if db is not None else current_db()
    key = version_key(db)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    snap = _build_snapshot(db)
    if version_key(db) != key:
        # A publish switched the link while the tables were read (some from each version):
        # read them again, from the new version, and file them under its key.
        key = version_key(db)
        snap = _build_snapshot(db)
    with _cache_lock:
        _cache[key] = snap
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return snap


def _build_snapshot(db: Path) -> Snapshot:
    from metrics.catalog import load_catalog, load_families

    q = _queries()
    catalog = load_catalog()
    families = load_families()
    series = normalize_columns(
        q.read_current_series(str(db)), ["doc_title", "doc_number", "published_date", "document"]
    )
    targets = normalize_columns(
        q.read_targets(str(db)),
        ["deadline", "target_value", "doc_title", "doc_number", "document"],
    )
    status = q.read_status(str(db))
    freshness = q.read_freshness(str(db)) or {}
    return Snapshot(
        db=str(db),
        catalog=catalog,
        families=families,
        series=series,
        targets=targets,
        status=status,
        freshness=dict(freshness),
    )


def clear_cache() -> None:
    """Forget every cached snapshot (tests)."""
    with _cache_lock:
        _cache.clear()
