"""The development corpus (../shared/corpus) laid out as real files come: neutral names, sidecars.

The corpus file names carry answers (report month, topic), so the extractor is measured on copies
named by a hash, each with the `.meta.json` sidecar a user who saved the page would write
(`url` always, `published` only where the manifest has a printed or URL-certain date).
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
GOLDEN = ROOT / "tests" / "golden" / "corpus.csv"
SPLIT = ROOT / "tests" / "golden" / "corpus_split.csv"


def neutral_name(document: str) -> str:
    """A file name that says nothing about the text's month or topic."""
    return "page-" + hashlib.sha1(document.encode()).hexdigest()[:10] + ".txt"


def read_split() -> dict[str, str]:
    """document -> 'tune' | 'check' (fixed once; see tests/golden/README.md)."""
    with open(SPLIT, encoding="utf-8") as fh:
        return {row["document"]: row["half"] for row in csv.DictReader(fh)}


def lay_out(half: str, folder: Path) -> tuple[Path, list[Path]]:
    """Copy one half of the corpus under neutral names with sidecars; return (golden, files)."""
    import json

    split = read_split()
    manifest = pd.read_csv(CORPUS / "manifest.csv", dtype=str, keep_default_na=False)
    manifest["document"] = manifest["file"].str.removeprefix("docs/")
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for row in manifest.itertuples():
        if split.get(row.document) != half:
            continue
        target = folder / neutral_name(row.document)
        shutil.copyfile(CORPUS / row.file, target)
        meta = {"url": row.url}
        if row.published:
            meta["published"] = row.published
        Path(str(target) + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
        files.append(target)
    golden = pd.read_csv(GOLDEN, dtype=str, keep_default_na=False)
    golden = golden[golden["document"].map(split) == half].copy()
    golden["document"] = golden["document"].map(neutral_name)
    golden_path = folder / "golden.csv"
    golden.to_csv(golden_path, index=False)
    return golden_path, sorted(files)
