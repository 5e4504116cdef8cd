"""`kpi alerts`: the changes that need attention, as text for an e-mail or JSON for systems.

Exit 0 when there is nothing to report and 3 when there is, so a scheduler can act; 66 when
the database or the named version is missing, 65 when $KPI_AS_OF is not a date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from metrics.change_words import describe_change, title_kind
from metrics.diff import CHANGES_COLUMNS, KIND_ORDER

EXIT_OK, EXIT_DATAERR, EXIT_NOINPUT, EXIT_ALERTS = 0, 65, 66, 3
# Each change as out_changes has it, less what the JSON gives once at its top (as_of,
# since_version) and the table's own bookkeeping (row_order, unit, doc_number).
PER_RUN = ("row_order", "unit", "doc_number", "as_of", "since_version")
JSON_FIELDS = [c for c in CHANGES_COLUMNS if c not in PER_RUN]


def run_alerts_cli(args: Any, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Print the alerts of the served database; return 0 (none), 3 (some) or an error code."""
    out, err = out or sys.stdout, err or sys.stderr
    db = Path(args.db)
    if not db.exists():
        print(f"kpi alerts: no database at {db}; run `kpi refresh` to build it.", file=err)
        return EXIT_NOINPUT
    try:
        changes, since = load_alerts(db, args.since)
    except FileNotFoundError as missing:  # DatabaseMissing or VersionNotFound
        print(f"kpi alerts: {missing}", file=err)
        return EXIT_NOINPUT
    except ValueError as bad:  # $KPI_AS_OF
        print(f"kpi alerts: $KPI_AS_OF: {bad}", file=err)
        return EXIT_DATAERR
    if args.format == "json":
        out.write(format_alerts_json(changes, since, args.lang) + "\n")
    else:
        out.write(format_alerts_text(changes, args.lang))
    return EXIT_ALERTS if len(changes) else EXIT_OK


def load_alerts(db: Path, since: str | None) -> tuple[pd.DataFrame, str]:
    """Return (changes, the version they are against): out_changes, or a fresh comparison."""
    from briefing import reads

    if since:
        changes = reads.compute_changes_since(db, since)
    else:
        changes = reads.read_changes(db)
    version = str(changes["since_version"].iloc[0] or "") if len(changes) else (since or "")
    return changes, version


def format_alerts_text(changes: pd.DataFrame, lang: str = "vi", catalog=None) -> str:
    """Return the alerts as plain text grouped by kind, one line per change, sources cited."""
    from metrics.catalog import load_catalog
    from metrics.change_words import cite_source

    catalog = load_catalog() if catalog is None else catalog
    if changes.empty:
        return ("Không có thay đổi cần chú ý.\n") if lang == "vi" else "Nothing to report.\n"
    lines = []
    for kind in KIND_ORDER:
        rows = changes[changes["kind"] == kind].to_dict("records")
        if not rows:
            continue
        lines.append(f"{title_kind(kind, lang)} ({len(rows)})")
        for row in rows:
            source = cite_source(row, lang) if kind in ("new_value", "revision") else ""
            cited = f" [{source}]" if source else ""
            lines.append(f"  - {describe_change(row, lang, catalog)}{cited}")
        lines.append("")
    return "\n".join(lines)


def format_alerts_json(changes: pd.DataFrame, since: str, lang: str = "vi") -> str:
    """Return the alerts as a JSON document: as_of, since_version, count and the changes."""
    from metrics.catalog import load_catalog

    catalog = load_catalog()
    items = []
    for row in changes.to_dict("records"):
        item = {field: to_json_value(row.get(field)) for field in JSON_FIELDS}
        item["text"] = describe_change(row, lang, catalog)
        items.append(item)
    as_of = to_json_value(changes["as_of"].iloc[0]) if len(changes) else None
    document = {"as_of": as_of, "since_version": since, "count": len(items), "changes": items}
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_json_value(value: Any) -> Any:
    """Return a JSON-safe value: ISO dates, None for missing, plain numbers."""
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value
