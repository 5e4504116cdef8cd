"""The read stage's cache write: the pack of every file, written aside while the refresh goes on.

A cold refresh of 1,000 reports spent about a second writing its pack after the extraction
pool had finished, with one core idle; a forked process writes it while the refresh validates
and builds the database, and the refresh waits for it before it lets go of its lock.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from etl import cache
from etl.outcomes import FileOutcome

WRITERS: list = []  # pack writers started by this process and not yet waited for
WAIT_SECONDS = 300  # a writer still busy after this is stopped: the cache is only a cache


def store_pack(
    cache_dir: Path, outcomes: list[FileOutcome], keys: list[str | None], fresh: list[int]
) -> None:
    """Write the pack of every loaded file; if it cannot be written, an entry per fresh file.

    fresh: the positions of files extracted without an entry of their own (the pack was to hold
    them), which need one when the files' columns cannot share a pack.
    """
    if not write_pack(cache_dir, outcomes, keys):
        store_entries(cache_dir, [outcomes[p] for p in fresh], [keys[p] for p in fresh])


def write_pack(cache_dir: Path, outcomes: list[FileOutcome], keys: list[str | None]) -> bool:
    """Store every loaded file's extraction in the cache's pack, for the next run to read at once."""
    entries = {
        (o.sha256, key): (o.sha256, key, o.document, o.text, o.observations)
        for o, key in zip(outcomes, keys, strict=True)
        if o.status == "loaded" and key is not None and o.observations is not None
    }  # files of the same bytes share one entry
    return bool(entries) and cache.write_pack(cache_dir, list(entries.values()))


def store_entries(cache_dir: Path, outcomes: list[FileOutcome], keys: list[str]) -> None:
    """Write a cache entry of its own for each loaded, freshly extracted file."""
    for outcome, key in zip(outcomes, keys, strict=True):
        if outcome.status == "loaded" and not outcome.from_cache:
            document, text, rows = outcome.document, outcome.text, outcome.observations
            cache.write_entry(cache_dir, outcome.sha256, key, document, text, rows)


def store_pack_aside(
    cache_dir: Path, outcomes: list[FileOutcome], keys: list[str | None], fresh: list[int]
) -> None:
    """Run store_pack in a forked process (it sees the outcomes as they are now); see WRITERS."""
    # fork, as the extraction pool: the child has the outcomes without a pickle round trip.
    context = multiprocessing.get_context("fork")
    writer = context.Process(
        target=run_writer,
        args=(os.getpid(), cache_dir, outcomes, keys, fresh),
        name="kpi-pack-writer",
        daemon=True,
    )
    writer.start()
    WRITERS.append(writer)


def run_writer(parent_pid: int, *args) -> None:
    """The pack writer's process: end with the refresh, then write."""
    from etl.read_stage import prepare_worker

    prepare_worker(parent_pid)
    store_pack(*args)


def wait_for_packs() -> None:
    """Wait for the pack writers this process started (the next refresh reads what they wrote)."""
    while WRITERS:
        writer = WRITERS.pop()
        writer.join(WAIT_SECONDS)
        if writer.is_alive():  # a pack half written is never read: its rename comes last
            writer.kill()
            writer.join()
