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
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

DEFAULT_DB = Path("data/kpi.duckdb")
CONFIG_KEY = "KPI_DB"
_CACHE_SIZE = 3
_RECENT_SIZE = 24  # per-key reads kept per version (indicator series, a document's values)
# Fewer of the kinds that are large: an indicator's current series at 1M values is up to 12 MB
# of Python objects (6,270 rows x 36 columns), and a worker that had opened 10 indicators' pages
# held 360 MB. Its page body stays cached (_RECENT_SIZE); the series is re-read only to build
# another breakdown or language of an indicator not among the last few.
_RECENT_KEEP = {"series": 3}
# Columns of out_current_series no part of the indicator page reads (a third of the frame).
UNSHOWN_SERIES_COLUMNS = (
    "anchor", "rule_id", "confidence", "date_source", "is_corrected", "revision_count",
    "cutoff_date", "indicator_name_vi", "indicator_name_en", "family_name_vi", "family_name_en",
)  # fmt: skip


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
    targets: pd.DataFrame
    status: pd.DataFrame  # out_status as the refresh computed it: never recomputed here
    freshness: dict
    # Every current value, when a caller already holds them (tests); None: each view reads
    # only what it shows from the database (a card's series, an indicator's, a page of rows).
    series: pd.DataFrame | None = None
    _lazy: dict = field(default_factory=dict)
    _recent: OrderedDict = field(default_factory=OrderedDict)
    _lock: threading.RLock = field(default_factory=threading.RLock)

    def lazy(self, name: str, loader):
        """Load something once per snapshot (card data, documents, counts)."""
        with self._lock:
            if name not in self._lazy:
                self._lazy[name] = loader()
            return self._lazy[name]

    def recent(self, key: tuple, loader):
        """Load something per key (an indicator's series, a document's values), keeping only
        the last _RECENT_SIZE (of a large kind, the last _RECENT_KEEP): a worker never
        accumulates the whole database."""
        with self._lock:
            if key in self._recent:
                self._recent.move_to_end(key)
                return self._recent[key]
        value = loader()
        with self._lock:
            self._recent[key] = value
            same_kind = [k for k in self._recent if k[0] == key[0]]  # oldest first
            excess = len(same_kind) - _RECENT_KEEP.get(key[0], _RECENT_SIZE)
            for old in same_kind[: max(0, excess)]:
                del self._recent[old]
            while len(self._recent) > _RECENT_SIZE:
                self._recent.popitem(last=False)
        return value

    def card_series(self) -> pd.DataFrame:
        """The current values of the breakdown each card shows (every period kind)."""
        if self.series is not None:
            from layouts.card_data import select_card_rows

            return self.lazy("card_series", lambda: select_card_rows(self.series))
        return self.lazy("card_series", lambda: _queries().read_card_series(self.db))

    def latest_per_kind(self) -> pd.DataFrame:
        """Newest value per indicator x breakdown x period kind, with the count of values."""
        if self.series is not None:
            from layouts.card_data import summarise_latest

            return self.lazy("latest_per_kind", lambda: summarise_latest(self.series))
        return self.lazy("latest_per_kind", lambda: _queries().read_latest_per_kind(self.db))

    def indicator_series(self, indicator: str) -> pd.DataFrame:
        """The current values of one indicator, every breakdown (its chart)."""
        if self.series is not None:
            return self.series[self.series["indicator"] == indicator]
        return self.recent(
            ("series", indicator),
            lambda: normalize_columns(
                _queries().read_current_series(
                    self.db, indicators=[indicator], leave_out=UNSHOWN_SERIES_COLUMNS
                ),
                ["doc_title", "doc_number", "published_date", "document"],
            ),
        )

    def indicator_observations(self, indicator: str, breakdown: str) -> pd.DataFrame:
        """Every stored value of one indicator x breakdown (its table), revisions included."""
        if "observations" in self._lazy:  # already held (tests)
            obs = self.observations(indicator)
            return obs[obs["breakdown"] == breakdown] if "breakdown" in obs else obs
        return self.recent(
            ("observations", indicator, breakdown),
            lambda: self._with_kind(
                _queries().read_observations(
                    self.db, indicator=indicator, include_revisions=True, breakdown=breakdown
                )
            ),
        )

    def observation_record(self, observation_id: str) -> dict | None:
        """One stored value with its document's details (a clicked point), or None."""
        frame = normalize_columns(
            _queries().read_observation(self.db, observation_id),
            ["doc_title", "doc_number", "published_date", "document"],
        )
        return None if frame.empty else frame.iloc[0].to_dict()

    def document_counts(self) -> dict:
        """doc_sha256 -> (values stated, values in review), counted in the database."""
        if "observations" in self._lazy:
            obs = self._lazy["observations"]
            return {
                sha: (len(g), int((g["status"] == "needs_review").sum()))
                for sha, g in obs.groupby("doc_sha256")
            }
        frame = self.lazy("document_counts", lambda: _queries().read_document_counts(self.db))
        return {
            sha: (int(n), int(r))
            for sha, n, r in zip(
                frame["doc_sha256"], frame["n_values"], frame["n_review"], strict=True
            )
        }

    def document_observations(self, sha: str, limit: int) -> pd.DataFrame:
        """The first `limit` values one document states, in text order."""
        if "observations" in self._lazy:
            obs = self._lazy["observations"]
            obs = obs[obs["doc_sha256"] == sha]
            return obs.sort_values("quote_start").head(limit) if "quote_start" in obs else obs
        return self.recent(
            ("document", sha, limit),
            lambda: _queries().read_document_values(self.db, sha, limit),
        )

    def _with_kind(self, obs: pd.DataFrame) -> pd.DataFrame:
        obs = normalize_columns(obs, ["doc_title", "doc_number", "published_date", "document"])
        if "doc_kind" not in obs and not obs.empty:
            docs = self.documents()
            if "doc_kind" in docs:
                obs["doc_kind"] = obs["doc_sha256"].map(docs.set_index("doc_sha256")["doc_kind"])
        return obs

    def observations(self, indicator: str | None = None) -> pd.DataFrame:
        """Every stored value (all revisions and statuses), optionally of one indicator."""
        allobs = self.lazy("observations", self._read_observations)
        if indicator is None or allobs.empty:
            return allobs
        return allobs[allobs["indicator"] == indicator]

    def _read_observations(self) -> pd.DataFrame:
        return self._with_kind(_queries().read_observations(self.db, include_revisions=True))

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

    def review_queue(self, sha: str) -> pd.DataFrame:
        """The values of one document waiting for review (the whole queue at 1M values held
        8 MB per version, and converting it kept ~30 MB more in the worker)."""
        return self.recent(
            ("review_queue", sha), lambda: _queries().read_review_queue(self.db, doc_sha256=sha)
        )

    def document_text(self, sha: str) -> str:
        """One document's text, among the recently read (not every text ever asked for)."""
        return self.recent(("text", sha), lambda: _queries().read_document_text(self.db, sha) or "")


_cache: OrderedDict[tuple, Snapshot] = OrderedDict()
_cache_lock = threading.Lock()
# version key -> (when its build started, set when it is done)
_building: dict[tuple, tuple[float, threading.Event]] = {}
# How long requests may get the previous version while the new one builds: after this, they wait
# for it, so new data shows within seconds of a publish even when a build is slow under load.
STALE_FOR_S = 2.5
_warmers: list = []


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
    """Return the cached snapshot of the published database (raises NoDatabase).

    The first request after a publish does not wait for the new version: while a thread builds
    and warms it, requests get the previous version of the same path for STALE_FOR_S, then wait
    for the build; a path seen for the first time is built in the request."""
    db = Path(db) if db is not None else current_db()
    key = version_key(db)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        previous = next((s for k, s in reversed(_cache.items()) if k[0] == key[0]), None)
        if previous is not None:
            if key not in _building:
                _building[key] = (time.monotonic(), threading.Event())
                threading.Thread(
                    target=_build_and_keep, args=(db, key), name="kpi-next-version", daemon=True
                ).start()
            if time.monotonic() - _building[key][0] < STALE_FOR_S:
                return previous
        in_flight = _building.get(key)
    if in_flight is not None:  # built long enough: wait for it rather than serve old data
        in_flight[1].wait(timeout=120)
        with _cache_lock:
            if key in _cache:
                return _cache[key]
    return _build_and_keep(db, key)


def _build_and_keep(db: Path, key: tuple) -> Snapshot:
    """Build a version's snapshot, warm it (the registered warmers), then cache it."""
    try:
        # (from the file the link names, not the link: a snapshot served as the previous version
        # while the next one builds must read its series from the version its status came from,
        # or a new value shows beside the old version's "no data yet")
        snap, filed = _build_snapshot(Path(key[1])), key
        if version_key(db) != key:
            # A publish switched the link while the tables were read (some from each version):
            # read them again, from the new version, and file them under its key.
            filed = version_key(db)
            snap = _build_snapshot(Path(filed[1]))
        for warm in list(_warmers):
            try:
                warm(snap)
            except Exception:  # a warmer is an optimisation; the page reports real errors
                pass
        with _cache_lock:
            _cache[filed] = snap
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
        return snap
    finally:
        with _cache_lock:
            entry = _building.pop(key, None)
        if entry is not None:
            entry[1].set()


def add_warmer(warm) -> None:
    """Run `warm(snapshot)` on each new version before it is served (e.g. build the cards)."""
    if warm not in _warmers:
        _warmers.append(warm)


def _build_snapshot(db: Path) -> Snapshot:
    from metrics.catalog import load_catalog, load_families

    q = _queries()
    catalog = load_catalog()
    families = load_families()
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
        targets=targets,
        status=status,
        freshness=dict(freshness),
    )


def clear_cache() -> None:
    """Forget every cached snapshot (tests)."""
    with _cache_lock:
        _cache.clear()
