"""`kpi add FILE...`: copy new reports into the reports folder, each with its provenance sidecar."""

from __future__ import annotations

import filecmp
import shutil
import sys
from datetime import date
from pathlib import Path

from etl.read import SUPPORTED_SUFFIXES
from etl.sidecar import is_sidecar, read_sidecar, sidecar_path, write_sidecar
from metrics.escape import escape_name


class AddError(Exception):
    """A report that cannot be added, with the reason in plain words."""


def add_report(
    source: Path,
    reports_dir: Path,
    published: date | None,
    url: str,
    title: str,
    publisher: str = "",
) -> tuple[Path, str]:
    """Copy one report (and a sidecar from the flags or beside it); return (target, what)."""
    source = Path(source)
    if not source.is_file():
        raise AddError(f"{source}: no such file")
    if source.suffix.lower() not in SUPPORTED_SUFFIXES:
        shown = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise AddError(f"{source.name}: unsupported file type (supported: {shown})")
    if is_sidecar(source):
        raise AddError(f"{source.name}: a sidecar is added with its report, not alone")
    meta = read_sidecar(source)  # a sidecar saved beside the file travels with it
    given = (("published", published), ("url", url), ("title", title), ("publisher", publisher))
    meta |= {k: v for k, v in given if v}
    target = reports_dir / source.name
    if target.exists():
        if not filecmp.cmp(source, target, shallow=False):
            raise AddError(
                f"{source.name}: a different report with this name is already in {reports_dir}; "
                "rename the file to add it"
            )
        what = "already there"
    else:
        reports_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        what = "added"
    if meta and (not sidecar_path(target).exists() or meta != read_sidecar(target)):
        write_sidecar(target, meta)
        what += ", provenance written"
    return target, what


def run_add_cli(args) -> int:
    """Add each file; print one line per file; 0 when all were added, 65 when one was refused."""
    from etl.read import ReadError

    published = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            print(
                f"kpi add: --published {args.published!r} is not a date (YYYY-MM-DD)",
                file=sys.stderr,
            )
            return 2
    if len(args.files) > 1 and (args.url or args.title):
        print("kpi add: --url and --title describe one report; give one FILE", file=sys.stderr)
        return 2
    failed = False
    for source in args.files:
        try:
            target, what = add_report(
                source, args.reports, published, args.url, args.title, args.publisher
            )
        except (AddError, ReadError, OSError) as exc:
            print(f"kpi add: {escape_name(exc)}", file=sys.stderr)
            failed = True
            continue
        print(f"{escape_name(target)}: {what}")
    return 65 if failed else 0
