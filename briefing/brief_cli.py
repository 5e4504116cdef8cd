"""`kpi brief`: write the monthly briefing PDF of the served database."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_USAGE, EXIT_DATAERR, EXIT_NOINPUT, EXIT_CANTCREAT = 0, 2, 65, 66, 73


def run_brief_cli(args: Any, err: TextIO | None = None) -> int:
    """Write the PDF to --out; one-line errors with sysexits codes, never a traceback."""
    from briefing.brief_data import BriefError

    err = err or sys.stderr
    db, out = Path(args.db), Path(args.out)
    if not db.exists():
        print(f"kpi brief: no database at {db}; run `kpi refresh` to build it.", file=err)
        return EXIT_NOINPUT
    if not out.parent.is_dir():
        print(f"kpi brief: folder {out.parent} does not exist (for --out {out})", file=err)
        return EXIT_NOINPUT
    from briefing.brief_pdf import render_brief

    try:
        pdf, month = render_brief(db, args.month, args.lang)
    except BriefError as bad:
        print(f"kpi brief: {bad}", file=err)
        return EXIT_USAGE if "--month" in str(bad) else EXIT_DATAERR
    except FileNotFoundError as missing:  # FontMissing, or a database without out_status
        print(f"kpi brief: {missing}", file=err)
        return EXIT_NOINPUT
    temp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        temp.write_bytes(pdf)
        os.replace(temp, out)  # a reader never opens half a PDF
    except OSError as failure:
        temp.unlink(missing_ok=True)
        print(f"kpi brief: cannot write {out}: {failure.strerror}", file=err)
        return EXIT_CANTCREAT
    print(f"kpi brief: wrote {out} (month {month}, {len(pdf):,} bytes)", file=err)
    return EXIT_OK
