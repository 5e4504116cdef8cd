"""The refresh's core_documents stage: one row per distinct report, and the values it holds.

A document in another form (the same report as PDF and web page) is marked duplicate_of its
canonical copy; the values of all loaded files are typed once, whatever their source.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from etl import load
from etl.outcomes import FileOutcome, count_rows

DOCUMENT_FIELDS = {  # Extraction.document key -> core_documents column
    "sha256": "doc_sha256",
    "file_name": "file_name",
    "text_sha256": "text_sha256",
    "kind": "doc_kind",
    "number": "doc_number",
    "issuer": "issuer",
    "title": "title",
    "published_date": "published_date",
    "published_date_estimated": "published_date_estimated",
    "date_precision": "published_precision",
    "period_label": "report_period_label",
    "period_start": "report_period_start",
    "period_end": "report_period_end",
    "cutoff_date": "cutoff_date",
    "meeting_date": "meeting_date",
    "date_source": "date_source",
    "url": "source_url",
}


def build_documents(files: list[FileOutcome]) -> pd.DataFrame:
    """Return one core_documents row per distinct loaded file."""
    rows = []
    for outcome in files:
        if outcome.status != "loaded":
            continue  # byte-identical copies are listed in etl_runs only
        doc = outcome.document
        row = {column: doc.get(key) for key, column in DOCUMENT_FIELDS.items()}
        row.update(
            doc_sha256=outcome.sha256,
            duplicate_of=None,
            file_size_bytes=outcome.size_bytes,
            text_length_chars=len(outcome.text),
            observations_extracted=count_rows(outcome.observations),
            text=outcome.text,
        )
        rows.append(row)
    frame = pd.DataFrame(rows, columns=load.list_table_columns("core_documents"))
    frame["published_date_estimated"] = frame["published_date_estimated"].fillna(False)
    # a year under review is shown as its year, though its end stands for "đến nay" in the text
    frame["published_precision"] = frame["published_precision"].replace({"reviewed": "year"})
    return frame.astype({"published_date_estimated": bool})


def mark_duplicate_documents(
    documents: pd.DataFrame, files: list[FileOutcome], outcomes: list[FileOutcome]
) -> pd.DataFrame:
    """Set duplicate_of for the same document in another form (seeds 000 and 002)."""
    by_sha = {f.sha256: f for f in files if f.status == "loaded"}
    # Only the hashes: a dict per row of all 22 columns was 0.1 s of a 1,000-report refresh.
    hashes = documents["doc_sha256"].tolist()
    metadata = [by_sha[sha].document | {"sha256": sha} for sha in hashes]
    texts = [by_sha[sha].text for sha in hashes]
    duplicates = find_duplicate_documents(metadata, texts)
    documents = documents.copy()
    documents["duplicate_of"] = documents["doc_sha256"].map(duplicates)
    names = documents.set_index("doc_sha256")["file_name"]
    for sha, canonical in duplicates.items():
        outcome = by_sha.get(sha)
        if outcome is not None and canonical in names.index:
            outcome.status = "duplicate"
            outcome.reason = f"same document as {names[canonical]}; its values count once"
    return documents


def find_duplicate_documents(documents: list[dict], texts: list[str]) -> dict[str, str]:
    """Call etl.dedupe.find_duplicates (no duplicates while that module does not exist)."""
    try:
        from etl.dedupe import find_duplicates
    except ModuleNotFoundError as err:
        if err.name != "etl.dedupe":
            raise
        return {}
    return dict(find_duplicates(documents, texts))


def collect_observations(files: list[FileOutcome]) -> pd.DataFrame:
    """Concatenate the loaded files' values with uniform columns and types.

    Each file's own frame is released once copied (its count stays in `extracted`): holding
    both was 360 MB of a million-value refresh's peak (issue 11).
    """
    from etl.extract import OBSERVATION_COLUMNS

    frames, names, hashes, sizes = [], [], [], []
    for f in files:
        if f.observations is None:
            continue
        if len(f.observations):
            frames.append(f.observations)
            names.append(f.file_name)
            hashes.append(f.sha256)
            sizes.append(len(f.observations))
        f.extracted, f.observations = len(f.observations), None
    frames = convert_tables(frames, sizes)  # releases the list's tables as it converts
    # One concatenation, then the columns: a reindex and assign per file was 14 s for 1,000.
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    frame = frame.reindex(columns=OBSERVATION_COLUMNS)
    frame["document"] = np.repeat(np.array(names, dtype=object), sizes)
    frame["doc_sha256"] = np.repeat(np.array(hashes, dtype=object), sizes)
    # Typed once for all files, so cached and fresh rows store identical data.
    frame = normalize_observations(frame, OBSERVATION_COLUMNS)
    return frame.drop_duplicates("observation_id", keep="first").reset_index(drop=True)


def convert_tables(frames: list, sizes: list[int]) -> list[pd.DataFrame]:
    """Return the frames with every pyarrow Table (a cached file) converted, all in one call."""
    tables = [i for i, frame in enumerate(frames) if isinstance(frame, pa.Table)]
    if not tables:
        return frames
    if len(tables) < len(frames):
        # The few just extracted join the cached ones as Arrow, so all convert in one call:
        # slicing the converted rows back per file and concatenating was 1 s at 1,000 files.
        try:
            frames = [
                f if isinstance(f, pa.Table) else pa.Table.from_pandas(f, preserve_index=False)
                for f in frames
            ]
            tables = list(range(len(frames)))
        except (pa.ArrowException, TypeError, ValueError):
            pass  # a column Arrow cannot type: convert the cached files alone, as below
    # permissive: a table typed by inference (a file without values has untyped columns; an
    # older pack has `string` where new rows have `large_string`) still joins the others.
    combined = pa.concat_tables([frames[i] for i in tables], promote_options="permissive")
    for i in tables:
        frames[i] = None  # the Arrow buffers go as soon as pandas holds the rows
    # One chunk per column: pandas keeps Arrow-backed strings chunked as they come, and every
    # later operation on a column of 1,000 chunks (one per file) paid for it (0.8 s at 1,000).
    combined = combined.combine_chunks()
    converted = combined.to_pandas(self_destruct=True)
    del combined
    if len(tables) == len(frames):
        return [converted]  # all from the cache: no slices, no second copy in the concat
    starts = np.cumsum([0] + [sizes[i] for i in tables])
    for number, i in enumerate(tables):  # slices keep the files' order for the dedupe below
        frames[i] = converted.iloc[starts[number] : starts[number + 1]]
    return frames


def normalize_observations(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Give extracted (or cached) rows the same column types."""
    # No .copy(): pandas 3 copies on write, so the caller's frame never sees the changes below.
    frame = frame.reindex(columns=columns)
    for column in ("period_start", "period_end"):
        dates = pd.to_datetime(frame[column], errors="coerce")
        # Whole-column .dt.date: a Python call per row took 28 s for a million values.
        days = pd.Series(dates.dt.date, index=frame.index, dtype=object)
        frame[column] = days.where(dates.notna(), None)
    for column in ("value", "confidence"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    for column in ("quote_start", "quote_end", "value_start", "value_end"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    for column in ("qualifier", "review_reason", "anchor"):
        frame[column] = frame[column].fillna("").astype(str)
    return frame
