"""Which entries of the reports folder are reports: regular files inside it, links resolved."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from etl.read import describe_file_kind


def check_entry(path: Path, reports_dir: Path, suffixes: set[str]) -> str | None:
    """Return why a folder entry cannot be a report, or None."""
    if path.is_symlink() and not path.exists():
        return "broken symbolic link (its target does not exist)"
    if path.is_dir():
        return "is a directory, not a report file"
    # A link may name another report of the folder, never a file elsewhere on the machine:
    # `ln -s /etc/passwd reports/passwd.txt` would otherwise publish that file.
    if not is_inside(path, reports_dir):
        return "symbolic link to a file outside the reports folder (refused)"
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        return f"not a regular file ({describe_file_kind(mode)})"
    if path.suffix.lower() not in suffixes:
        shown = ", ".join(sorted(suffixes))
        return f"unsupported file type {path.suffix or '(none)'} (supported: {shown})"
    return None


def is_inside(path: Path, folder: Path) -> bool:
    """Tell whether a path, its links resolved, lies within a folder (links resolved too)."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
