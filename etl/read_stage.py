"""The refresh's read stage: list the reports folder and extract each file (cached by content).

One FileOutcome per entry: loaded, duplicate (the same bytes as an earlier file), failed or
skipped, with the document, text and values extracted from it. Files the cache does not hold
are extracted by a pool of worker processes when there are enough of them to pay for it; the
outcomes come back in the folder's order either way, so both paths publish the same rows.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from etl import cache, pack_stage
from etl.outcomes import FileOutcome

# A worker costs a fork and a pickle round trip; below two files each, extracting in this
# process is as quick (a single new report, the usual monthly case, never starts a pool).
MIN_FILES_PER_WORKER = 2
PACK_SLACK = 20  # up to 1 file in 20 is read from its own cache entry before a new pack
WORKERS_ENV = "KPI_EXTRACT_WORKERS"  # caps the pool on a shared machine; 1 means serial
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def list_report_paths(reports_dir: Path) -> list[Path]:
    """Return every visible entry of the reports folder, sorted by name."""
    from etl.sidecar import is_sidecar

    if not reports_dir.is_dir():
        return []
    # A `.meta.json` sidecar is a report's provenance, not a report.
    return sorted(
        p for p in reports_dir.iterdir() if not p.name.startswith(".") and not is_sidecar(p)
    )


def read_files(
    paths: list[Path],
    cache_dir: Path,
    encoding: str | None,
    reports_dir: Path,
    progress=None,
    workers: int | None = None,
    entries: list[tuple[FileOutcome, str | None]] | None = None,
    aside: bool = False,
) -> list[FileOutcome]:
    """Return one outcome per path, in order: cached files at once, the others extracted.

    entries: identify_files' answer when the caller already has it (it hashed every file).
    aside: the pack is written by another process (pack_stage.wait_for_packs waits for it).
    """
    entries = entries if entries is not None else identify_files(paths, encoding, reports_dir)
    pack = cache.read_pack(cache_dir)
    outcomes, jobs, repeats, first = [], {}, {}, {}
    for position, (outcome, key) in enumerate(entries):
        outcomes.append(outcome)
        if key is None or load_cached(outcome, paths[position], cache_dir, key, pack):
            continue
        if outcome.sha256 and (outcome.sha256, key) in first:
            repeats[position] = first[(outcome.sha256, key)]  # the same bytes: copied later
            continue
        first[(outcome.sha256, key)] = position
        jobs[position] = (outcome, paths[position], cache_dir, encoding, key)
    # Enough new files rewrite the pack after this read, and the pack holds them: an entry of
    # their own, written per file by the workers, was 4-5 ms of each file's 70 (a cold run).
    packed = len(jobs) > len(pack) // PACK_SLACK
    if packed:
        jobs = {position: (*job, False) for position, job in jobs.items()}
    size = count_workers(len(jobs)) if workers is None else max(1, min(workers, len(jobs)))
    extracted = extract_in_pool(list(jobs.values()), size) if size > 1 else None
    try:
        for position, outcome in enumerate(outcomes):
            if position in jobs:
                # Replaced, not mutated: a worker hands back its own copy of the outcome.
                outcome = next(extracted) if extracted else extract_outcome(*jobs[position])
            elif position in repeats and outcomes[repeats[position]].status == "loaded":
                outcome = copy_outcome(outcomes[repeats[position]], outcome, paths[position])
            elif position in repeats:  # tried again: its twin's failure may be its own path's
                outcome = process_file(paths[position], cache_dir, encoding, reports_dir)
            outcomes[position] = outcome
            if progress is not None:
                progress.file_done(position + 1, len(outcomes), outcome)
    finally:
        if extracted:
            extracted.close()  # stops the pool now, also when a progress display fails
    keys = [key for _, key in entries]
    missing = sum(
        o.status == "loaded" and (o.sha256, k) not in pack
        for o, k in zip(outcomes, keys, strict=True)
    )
    # A few files outside the pack are read from their own entries; rewriting the pack for
    # each new monthly report cost 0.3 s of a 1,000-report run, so it waits for a batch.
    if packed or missing > len(pack) // PACK_SLACK:
        fresh = list(jobs) if packed else []
        store = pack_stage.store_pack_aside if aside else pack_stage.store_pack
        store(cache_dir, outcomes, keys, fresh)
    return outcomes


def identify_files(
    paths: list[Path], encoding: str | None, reports_dir: Path
) -> list[tuple[FileOutcome, str | None]]:
    """Return each entry's outcome so far and its cache key (None: failed or skipped already)."""
    return [identify_file(path, encoding, reports_dir) for path in paths]


def copy_outcome(source: FileOutcome, outcome: FileOutcome, path: Path) -> FileOutcome:
    """Fill a file's outcome from the extraction of an earlier file of the same bytes."""
    outcome.document = dict(source.document) | {"file_name": path.name}
    outcome.text, outcome.observations = source.text, source.observations
    outcome.from_cache, outcome.status = True, "loaded"
    return outcome


def count_workers(files: int) -> int:
    """Return the pool size for this many files to extract: the usable cores, 1 for few files."""
    chosen = os.environ.get(WORKERS_ENV, "").strip()
    if chosen.isdigit() and int(chosen) > 0:
        cores = int(chosen)
    elif hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))  # the cores this process may run on, not the box's
    else:
        cores = os.cpu_count() or 1
    return max(1, min(cores, files // MIN_FILES_PER_WORKER))


def process_file(
    path: Path, cache_dir: Path, encoding: str | None, reports_dir: Path | None = None
) -> FileOutcome:
    """Extract one report (from the cache when its bytes were seen before)."""
    outcome, key = identify_file(path, encoding, reports_dir or path.parent)
    if key is None or load_cached(outcome, path, cache_dir, key, {}):
        return outcome
    return extract_outcome(outcome, path, cache_dir, encoding, key)


def identify_file(
    path: Path, encoding: str | None, reports_dir: Path
) -> tuple[FileOutcome, str | None]:
    """Check one entry and hash it; return its outcome and cache key (None if it failed)."""
    from etl.entries import check_entry, is_utf8_name, show_bytes
    from etl.read import MAX_BYTES, SUPPORTED_SUFFIXES, sha256_file
    from etl.sidecar import hash_sidecar

    # A name of undecodable bytes is stored as \xNN escapes: the database takes only UTF-8.
    outcome = FileOutcome(file_name=path.name if is_utf8_name(path.name) else show_bytes(path.name))
    key = None
    with record_failure(outcome, path):
        reason = check_entry(path, reports_dir, SUPPORTED_SUFFIXES)
        if reason:
            outcome.reason = reason
            if path.is_dir() and path.suffix.lower() not in SUPPORTED_SUFFIXES:
                outcome.status = "skipped"  # a plain sub-folder is not a broken report
            return outcome, None
        outcome.size_bytes = path.stat().st_size
        if outcome.size_bytes <= MAX_BYTES:  # the reader refuses bigger files by size
            outcome.sha256 = sha256_file(path)
        # The sidecar (published date, url) changes what is extracted: it is part of the key.
        key = f"{encoding or 'auto'}-{hash_sidecar(path) or 'none'}"
    return outcome, (key if not outcome.reason else None)


def load_cached(outcome: FileOutcome, path: Path, cache_dir: Path, key: str, pack: dict) -> bool:
    """Fill the outcome from the pack or the file's cache entry; False on a miss."""
    with record_failure(outcome, path):
        cached = outcome.sha256 and (
            pack.get((outcome.sha256, key))
            or cache.read_entry(cache_dir, outcome.sha256, key, as_table=True)
        )
        if not cached:
            return False
        document, outcome.text, outcome.observations = cached
        outcome.document = dict(document)  # a pack entry is shared by files of equal bytes
        outcome.from_cache = True
        outcome.document["file_name"] = path.name
        outcome.status = "loaded"
    return outcome.status == "loaded"


def extract_outcome(
    outcome: FileOutcome,
    path: Path,
    cache_dir: Path,
    encoding: str | None,
    key: str,
    store: bool = True,
) -> FileOutcome:
    """Extract one probed file into its outcome (in this process or a pool worker).

    store=False leaves the file's cache entry unwritten: the pack written after the read holds it.
    """
    with record_failure(outcome, path):
        extract_into(outcome, path, cache_dir, encoding, key, store)
        outcome.document["file_name"] = path.name
        outcome.status = "loaded"
    return outcome


@contextmanager
def record_failure(outcome: FileOutcome, path: Path) -> Iterator[None]:
    """Turn an error reading one file into that file's reason; add the time spent on it."""
    from etl.read import ReadError

    started = time.perf_counter()
    try:
        yield
    except ReadError as err:
        outcome.reason = err.reason
        if not path.exists() and not path.is_symlink():
            outcome.reason = f"file disappeared during the run ({err.reason})"
    except FileNotFoundError:
        outcome.reason = "file disappeared during the run"
    except Exception as err:  # an extractor bug on odd input must not sink the other files
        outcome.reason = f"extraction failed: {type(err).__name__}: {err}"
    finally:
        outcome.seconds += time.perf_counter() - started


def extract_into(
    outcome: FileOutcome,
    path: Path,
    cache_dir: Path,
    encoding: str | None,
    key: str,
    store: bool = True,
) -> None:
    """Run the extractor on one file and cache the result under its content hash."""
    from etl.extract import extract_file

    extraction = extract_file(path, encoding=encoding, as_table=True)
    outcome.document = dict(extraction.document)
    outcome.text = extraction.text
    outcome.observations = extraction.observations
    sha = outcome.document.get("sha256") or outcome.sha256
    if sha != outcome.sha256:
        outcome.sha256 = sha  # the file changed while we read it: trust what was extracted
        return
    if store:
        cache.write_entry(cache_dir, sha, key, outcome.document, outcome.text, outcome.observations)


def extract_in_pool(jobs: list[tuple], size: int) -> Iterator[FileOutcome]:
    """Yield each job's outcome in the jobs' order, extracted by `size` worker processes."""
    # fork: the workers inherit the loaded extractor (no second import of pandas per worker).
    # They run only extraction code, never the lock or DuckDB, and die with this process.
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(
        size, mp_context=context, initializer=prepare_worker, initargs=(os.getpid(),)
    )
    try:
        futures = [pool.submit(extract_outcome, *job) for job in jobs]
        for job, future in zip(jobs, futures, strict=True):
            try:
                yield future.result()
            except BrokenProcessPool:
                # A worker died (a crash in a native reader, the OOM killer): every pending
                # file fails with it, so each is tried again alone and only the culprit fails.
                yield extract_alone(job, context)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def extract_alone(job: tuple, context) -> FileOutcome:
    """Extract one file in a worker of its own; name the crash if that worker dies too."""
    with ProcessPoolExecutor(
        1, mp_context=context, initializer=prepare_worker, initargs=(os.getpid(),)
    ) as pool:
        try:
            return pool.submit(extract_outcome, *job).result()
        except BrokenProcessPool:
            outcome = job[0]
            outcome.reason = "extraction failed: the extractor crashed on this file"
            return outcome


def prepare_worker(parent_pid: int) -> None:
    """Make a pool worker end with the refresh and leave Ctrl-C to it."""
    # A killed refresh must not leave workers behind: they hold a copy of its lock's file
    # descriptor, and the next refresh would find the lock taken.
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers end when their queue closes
        pass
    if os.getppid() != parent_pid:
        os._exit(1)  # the refresh died before prctl took effect
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the refresh stops the pool itself


def mark_identical_files(files: list[FileOutcome]) -> None:
    """Keep the first of several byte-identical files; the others are duplicates."""
    first: dict[str, str] = {}
    for outcome in files:
        if outcome.status != "loaded":
            continue
        if outcome.sha256 in first:
            outcome.status = "duplicate"
            outcome.reason = f"same bytes as {first[outcome.sha256]}"
            outcome.observations = None
        else:
            first[outcome.sha256] = outcome.file_name


def fail_file(files: list[FileOutcome], file_name: str, reason: str) -> None:
    """Mark a loaded file as failed after the fact."""
    for outcome in files:
        if outcome.file_name == file_name:
            outcome.status, outcome.reason = "failed", reason
