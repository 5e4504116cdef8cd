"""The refresh's core_targets and core_indicators stage: what the values are measured against."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl import load
from etl.outcomes import FileOutcome
from metrics.targets import check_targets, read_targets_file


def build_targets(
    targets_path: Path, documents: pd.DataFrame, files: list[FileOutcome], catalog: pd.DataFrame
) -> tuple[pd.DataFrame, list[str]]:
    """Check the targets file against the loaded reports; return core_targets rows and problems."""
    try:
        raw = read_targets_file(targets_path)
    except (ValueError, OSError) as err:
        return load.empty_table("core_targets"), [f"{Path(targets_path).name}: {err}"]
    sha_by_name = documents.set_index("file_name")["doc_sha256"]
    names = dict(zip(sha_by_name, sha_by_name.index, strict=True))  # a renamed file keeps its hash
    # Only the reports a target names: folding all 1,000 texts took 8 s of a warm refresh.
    named = set(raw["document"]) | {names[sha] for sha in raw["doc_sha256"] if sha in names}
    texts = {f.file_name: f.text for f in files if f.file_name in named}
    targets, problems = check_targets(raw, texts, catalog, names)
    targets["doc_sha256"] = targets["document"].map(sha_by_name)
    problems = [f"{Path(targets_path).name} {p}" for p in problems]
    return targets[load.list_table_columns("core_targets")], problems


def build_indicators(catalog: pd.DataFrame) -> pd.DataFrame:
    """Return core_indicators rows from the catalog, in catalog order."""
    frame = catalog.reset_index(drop=True).rename(columns={"id": "indicator"})
    frame["catalog_order"] = range(1, len(frame) + 1)
    return frame.reindex(columns=load.list_table_columns("core_indicators"))
