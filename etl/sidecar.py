"""Provenance sidecars: `<report file>.meta.json` with published date, url, title, publisher."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from etl.read import ReadError

SUFFIX = ".meta.json"
KEYS = ("published", "url", "title", "publisher")


def is_sidecar(path: Path) -> bool:
    """Say whether a path is a provenance sidecar rather than a report."""
    return Path(path).name.lower().endswith(SUFFIX)


def sidecar_path(report: Path) -> Path:
    """Return where the sidecar of a report lives."""
    report = Path(report)
    return report.with_name(report.name + SUFFIX)


def read_sidecar(report: Path) -> dict:
    """Read a report's sidecar; {} when there is none; ReadError naming it when it is bad."""
    path = sidecar_path(report)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReadError(path, f"sidecar is not valid UTF-8 JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ReadError(path, "sidecar must be a JSON object with published, url, title, publisher")
    meta = {k: str(data[k]).strip() for k in KEYS if data.get(k) not in (None, "")}
    if "published" in meta:
        meta["published"] = parse_published(path, meta["published"])
    return meta


def parse_published(path: Path, text: str) -> date:
    """Parse an ISO date (YYYY-MM-DD) from a sidecar, or refuse it naming the file."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise ReadError(path, f"published '{text}' is not an ISO date (YYYY-MM-DD)") from None


def hash_sidecar(report: Path) -> str:
    """Short hash of a report's sidecar bytes ('' when none): part of the extraction cache key."""
    path = sidecar_path(report)
    if not path.is_file():
        return ""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def write_sidecar(report: Path, meta: dict) -> Path:
    """Write a report's sidecar with the given keys (dates as ISO text)."""
    clean = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in meta.items() if v}
    path = sidecar_path(report)
    path.write_text(json.dumps(clean, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
