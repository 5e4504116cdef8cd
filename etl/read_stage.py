"""The refresh's read stage: list the reports folder and extract each file (cached by content).

One FileOutcome per entry: loaded, duplicate (the same bytes as an earlier file), failed or
skipped, with the document, text and values extracted from it.
"""

from __future__ import annotations

import time
from pathlib import Path

from etl import cache
from etl.outcomes import FileOutcome


def list_report_paths(reports_dir: Path) -> list[Path]:
    """Return every visible entry of the reports folder, sorted by name."""
    from etl.sidecar import is_sidecar

    if not reports_dir.is_dir():
        return []
    # A `.meta.json` sidecar is a report's provenance, not a report.
    return sorted(
        p for p in reports_dir.iterdir() if not p.name.startswith(".") and not is_sidecar(p)
    )


def process_file(
    path: Path, cache_dir: Path, encoding: str | None, reports_dir: Path | None = None
) -> FileOutcome:
    """Extract one report (from the cache when its bytes were seen before)."""
    from etl.entries import check_entry, is_utf8_name, show_bytes
    from etl.read import MAX_BYTES, SUPPORTED_SUFFIXES, ReadError, sha256_file
    from etl.sidecar import hash_sidecar

    # A name of undecodable bytes is stored as \xNN escapes: the database takes only UTF-8.
    outcome = FileOutcome(file_name=path.name if is_utf8_name(path.name) else show_bytes(path.name))
    started = time.perf_counter()
    try:
        reason = check_entry(path, reports_dir or path.parent, SUPPORTED_SUFFIXES)
        if reason:
            outcome.reason = reason
            if path.is_dir() and path.suffix.lower() not in SUPPORTED_SUFFIXES:
                outcome.status = "skipped"  # a plain sub-folder is not a broken report
            return outcome
        outcome.size_bytes = path.stat().st_size
        if outcome.size_bytes <= MAX_BYTES:  # the reader refuses bigger files by size
            outcome.sha256 = sha256_file(path)
        # The sidecar (published date, url) changes what is extracted: it is part of the key.
        key = f"{encoding or 'auto'}-{hash_sidecar(path) or 'none'}"
        cached = outcome.sha256 and cache.read_entry(cache_dir, outcome.sha256, key, as_table=True)
        if cached:
            outcome.document, outcome.text, outcome.observations = cached
            outcome.from_cache = True
        else:
            extract_into(outcome, path, cache_dir, encoding, key)
        outcome.document["file_name"] = path.name
        outcome.status = "loaded"
    except ReadError as err:
        outcome.reason = err.reason
        if not path.exists() and not path.is_symlink():
            outcome.reason = f"file disappeared during the run ({err.reason})"
    except FileNotFoundError:
        outcome.reason = "file disappeared during the run"
    except Exception as err:  # an extractor bug on odd input must not sink the other files
        outcome.reason = f"extraction failed: {type(err).__name__}: {err}"
    finally:
        outcome.seconds = time.perf_counter() - started
    return outcome


def extract_into(
    outcome: FileOutcome, path: Path, cache_dir: Path, encoding: str | None, key: str
) -> None:
    """Run the extractor on one file and cache the result under its content hash."""
    from etl.extract import extract_file

    extraction = extract_file(path, encoding=encoding)
    outcome.document = dict(extraction.document)
    outcome.text = extraction.text
    outcome.observations = extraction.observations
    sha = outcome.document.get("sha256") or outcome.sha256
    if sha != outcome.sha256:
        outcome.sha256 = sha  # the file changed while we read it: trust what was extracted
        return
    cache.write_entry(cache_dir, sha, key, outcome.document, outcome.text, outcome.observations)


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
