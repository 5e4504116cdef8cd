"""The database versions beside the served path: plan, publish, switch the symlink, prune.

The served path (data/kpi.duckdb) is a symlink to db/kpi-<UTC timestamp>-<pid>.duckdb; a
refresh never writes a file a reader has open. Only files and links here, no duckdb: the
writing stays in etl.load, the one etl module that imports it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

KEEP_VERSIONS = 3
VERSIONS_DIR = "db"
BUILD_SUFFIX = ".tmp"


def sync_file(path: Path) -> None:
    """Flush a file (or directory) to disk so a crash after publishing cannot lose it."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def locate_versions_dir(link_path: Path) -> Path:
    """Return the folder of versioned database files beside the served path."""
    return Path(link_path).parent / VERSIONS_DIR


def prepare_store(link_path: Path) -> list[str]:
    """Make the versions folder, adopt a plain database file, remove a crashed run's leftovers."""
    link_path = Path(link_path)
    versions = locate_versions_dir(link_path)
    versions.mkdir(parents=True, exist_ok=True)
    notes = []
    for leftover in [*versions.glob(f"*{BUILD_SUFFIX}"), *versions.glob(f"*{BUILD_SUFFIX}.wal")]:
        leftover.unlink(missing_ok=True)
        notes.append(f"removed unfinished build {leftover.name}")
    for leftover in link_path.parent.glob(f".{link_path.name}.tmp-*"):
        leftover.unlink(missing_ok=True)
        notes.append(f"removed unfinished switch {leftover.name}")
    if link_path.is_dir() and not link_path.is_symlink():
        raise IsADirectoryError(f"{link_path} is a directory, not a database path")
    if link_path.is_file() and not link_path.is_symlink():
        # A plain database file (an older layout, or --db pointing at a copy): keep it as the
        # oldest version and serve it through the symlink from now on.
        stamp = dt.datetime.fromtimestamp(link_path.stat().st_mtime, dt.UTC)
        adopted = versions / f"kpi-{stamp:%Y%m%dT%H%M%S%fZ}-adopted.duckdb"
        wal = link_path.with_name(link_path.name + ".wal")
        # Hard links first, then the symlink replaces the plain file in one rename: the served
        # path never stops existing (moving the file first left readers "no database" until
        # the link was made).
        os.link(link_path, adopted)
        if wal.exists():
            os.link(wal, adopted.with_name(adopted.name + ".wal"))
        switch_link(link_path, adopted)
        wal.unlink(missing_ok=True)
        notes.append(f"kept the plain database file as {adopted.name}")
    return notes


def plan_build_path(link_path: Path, now: dt.datetime | None = None) -> tuple[Path, Path]:
    """Return (build path, final path) for a new version: build under .tmp, rename when done."""
    now = now or dt.datetime.now(dt.UTC)
    final = locate_versions_dir(link_path) / f"kpi-{now:%Y%m%dT%H%M%S%fZ}-{os.getpid()}.duckdb"
    return final.with_name(final.name + BUILD_SUFFIX), final


def publish_database(build_path: Path, final_path: Path, link_path: Path) -> Path:
    """Rename the finished build to its version name and repoint the served symlink to it."""
    os.replace(build_path, final_path)
    sync_file(final_path.parent)
    switch_link(Path(link_path), final_path)
    prune_versions(Path(link_path))
    return final_path


def switch_link(link_path: Path, target: Path) -> None:
    """Atomically repoint link_path to target (relative, so the data folder can move)."""
    relative = os.path.relpath(target, link_path.parent)
    temp = link_path.parent / f".{link_path.name}.tmp-{os.getpid()}"
    temp.unlink(missing_ok=True)
    os.symlink(relative, temp)
    os.replace(temp, link_path)
    sync_file(link_path.parent)


def prune_versions(link_path: Path, keep: int = KEEP_VERSIONS) -> list[Path]:
    """Delete all but the newest `keep` versions, never the one being served."""
    served = Path(os.path.realpath(link_path))
    versions = sorted(
        locate_versions_dir(link_path).glob("kpi-*.duckdb"),
        key=lambda p: (p.stat().st_mtime_ns, p.name),
        reverse=True,
    )
    kept = [p for p in versions if p.resolve() == served]
    removed = []
    for path in versions:
        if path in kept:
            continue
        if len(kept) < keep:
            kept.append(path)
            continue
        # A reader still holding an old version keeps its open inode; unlinking is safe.
        path.unlink(missing_ok=True)
        Path(str(path) + ".wal").unlink(missing_ok=True)
        removed.append(path)
    return removed
