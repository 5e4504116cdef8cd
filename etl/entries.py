"""Which entries of the reports folder are reports: regular files inside it, links resolved."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from etl.read import describe_file_kind


def check_entry(path: Path, reports_dir: Path, suffixes: set[str]) -> str | None:
    """Return why a folder entry cannot be a report, or None."""
    if not is_utf8_name(path.name):
        return "file name is not valid UTF-8 (rename the file)"
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


def is_utf8_name(name: str) -> bool:
    """Tell whether a name decoded from the file system is valid UTF-8 (no escaped bytes)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # os.fsdecode keeps undecodable bytes as lone surrogates
        return False
    return True


def show_bytes(name: str) -> str:
    """A name with undecodable bytes as UTF-8 text, those bytes written \\xNN."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def is_inside(path: Path, folder: Path) -> bool:
    """Tell whether a path, its links resolved, lies within a folder (links resolved too)."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
