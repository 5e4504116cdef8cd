"""The `kpi` console command: refresh, add, extract, eval, export, status, review, alerts, brief,
serve."""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

# Exit codes shared by every command (sysexits, as DESIGN.md fixes them).
EXIT_OK, EXIT_CRASH, EXIT_USAGE, EXIT_DATAERR, EXIT_NOINPUT, EXIT_BUSY = 0, 1, 2, 65, 66, 75

DEFAULT_DB = Path("data/kpi.duckdb")
DEFAULT_REPORTS = Path("data/reports")
DEFAULT_REVIEWS = Path("data/reviews.csv")
DEFAULT_TARGETS = Path("data/targets.csv")


def resolve_db(value: str | None) -> Path:
    """Return the database path: --db, else $KPI_DB, else data/kpi.duckdb."""
    return Path(value or os.environ.get("KPI_DB") or DEFAULT_DB)


def parse_finite_value(text: str) -> float:
    """Parse --value, refusing nan, inf and overflows such as 1e309 (a usage error)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="kpi", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print the values extracted from report files")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--csv", action="store_true", help="CSV on stdout (the only format)")
    p.add_argument("--encoding", help="decode text files with this encoding (e.g. cp1258)")

    p = sub.add_parser("eval", help="precision and recall of extraction against a golden CSV")
    p.add_argument(
        "golden", type=Path, help="labelled values (the columns of tests/golden/seeds.csv)"
    )
    p.add_argument("paths", nargs="+", type=Path, help="the labelled reports (files or folders)")

    p = sub.add_parser("add", help="copy new reports into the reports folder with provenance")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    p.add_argument("--published", help="publication date YYYY-MM-DD (written to the sidecar)")
    p.add_argument("--url", default="", help="where the report was found")
    p.add_argument("--title", default="", help="the report's title")
    p.add_argument(
        "--publisher", default="", help="whose paper or portal (a province's names its figures')"
    )

    p = sub.add_parser("refresh", help="the monthly job: load reports, publish a new database")
    p.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    p.add_argument("--db")
    p.add_argument("--targets", type=Path, default=DEFAULT_TARGETS)
    p.add_argument("--reviews", type=Path, default=DEFAULT_REVIEWS)
    p.add_argument("--encoding", help="encoding for text files that are not UTF-8")
    p.add_argument(
        "--notify",
        action="store_true",
        help="after a publish, e-mail the alerts and the briefing PDF (SMTP settings: README)",
    )

    p = sub.add_parser("export", help="export the current series")
    p.add_argument("--format", choices=["csv", "parquet", "xlsx"], default="csv")
    p.add_argument("--indicator", action="append", default=[])
    p.add_argument("--family", action="append", default=[])
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--revisions", action="store_true", help="include replaced values")
    p.add_argument("--excel-vi", action="store_true", help="CSV with ';' and decimal commas")
    p.add_argument("--out", type=Path)
    p.add_argument("--db")

    p = sub.add_parser(
        "status", help="progress and status per indicator x breakdown x target (out_status)"
    )
    p.add_argument("--csv", action="store_true")
    p.add_argument("--db")

    p = sub.add_parser("review", help="list and decide values waiting for review")
    p.add_argument("--db", help="database to read (default: the published one)")
    p.add_argument(
        "--reviews", type=Path, default=DEFAULT_REVIEWS, help="the analysts' decisions file"
    )
    # The same options after the action ("kpi review list --db X"); SUPPRESS keeps the value
    # given before the action when none is given after it.
    after = argparse.ArgumentParser(add_help=False)
    after.add_argument("--db", default=argparse.SUPPRESS, help="database to read")
    after.add_argument(
        "--reviews", type=Path, default=argparse.SUPPRESS, help="the analysts' decisions file"
    )
    rsub = p.add_subparsers(dest="action", required=True)
    rsub.add_parser("list", parents=[after], help="values waiting for review")
    r = rsub.add_parser("accept", parents=[after], help="accept a value as extracted")
    r.add_argument("id")
    r.add_argument("--reason", default="")
    r = rsub.add_parser("reject", parents=[after], help="reject a value (it leaves the charts)")
    r.add_argument("id")
    r.add_argument("--reason", required=True)
    r = rsub.add_parser("correct", parents=[after], help="replace a value (the original stays)")
    r.add_argument("id")
    r.add_argument("--value", required=True, type=parse_finite_value)
    r.add_argument("--reason", required=True)

    p = sub.add_parser("alerts", help="changes that need attention (exit 3 when there are any)")
    p.add_argument("--since", help="compare with this kept version (a file name in data/db/)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--lang", choices=["vi", "en"], default="vi")
    p.add_argument("--db")

    p = sub.add_parser("brief", help="the monthly briefing: an A4 PDF of at most two pages")
    p.add_argument("--month", help="the briefing's month, YYYY-MM (default: the newest data's)")
    p.add_argument("--lang", choices=["vi", "en"], default="vi")
    p.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--db")

    p = sub.add_parser("serve", help="serve the dashboard (gunicorn; --dev for Flask's server)")
    p.add_argument("--host", default="127.0.0.1", help="beyond loopback needs --users")
    p.add_argument("--port", type=int, default=8050)
    p.add_argument("--db")
    p.add_argument("--users", help="users file of NAME:HASH lines (or $KPI_USERS_FILE)")
    p.add_argument("--insecure", action="store_true", help="allow no login beyond loopback")
    p.add_argument("--dev", action="store_true", help="Flask's development server instead")
    p.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    p.add_argument("--threads", type=int, help="threads per worker (default 8)")
    p.add_argument("--timeout", type=int, help="seconds before a silent worker restarts (120)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one `kpi` command and return its exit code."""
    args = build_parser().parse_args(argv)
    if hasattr(args, "db"):
        args.db = resolve_db(args.db)
    try:
        return dispatch(args)
    except KeyboardInterrupt:
        return EXIT_CRASH
    except BrokenPipeError:
        # `kpi extract ... | head`: the reader left; stop quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def dispatch(args: argparse.Namespace) -> int:
    """Call the module behind a subcommand (imported lazily to keep start-up fast)."""
    if args.command == "extract":
        from etl.extract_cli import run_extract_cli

        return run_extract_cli(args.paths, encoding=args.encoding, out=sys.stdout, err=sys.stderr)
    if args.command == "eval":
        from etl.evaluate import run_eval_cli

        return run_eval_cli(args.golden, args.paths)
    if args.command == "add":
        from etl.add import run_add_cli

        return run_add_cli(args)
    if args.command == "refresh":
        from etl.refresh import run_refresh_cli

        served_before = os.path.realpath(args.db)
        code = run_refresh_cli(args)
        if args.notify:  # after the publish, never blocking it: a failed send waits in the outbox
            from briefing.notify import run_notify_after_refresh

            published = os.path.realpath(args.db) != served_before
            try:
                run_notify_after_refresh(args.db, published=published)
            except Exception as exc:  # the e-mail never changes what the refresh did
                print(f"kpi notify: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return code
    if args.command == "review":
        from etl.review import run_review_cli

        return run_review_cli(args)
    if args.command == "export":
        from metrics.export import run_export_cli

        return run_export_cli(args)
    if args.command == "status":
        from metrics.status import run_status_cli

        return run_status_cli(args)
    if args.command == "alerts":
        from briefing.alerts import run_alerts_cli

        return run_alerts_cli(args)
    if args.command == "brief":
        from briefing.brief_cli import run_brief_cli

        return run_brief_cli(args)
    if args.command == "serve":
        from app import serve

        return serve(
            host=args.host,
            port=args.port,
            db=args.db,
            dev=args.dev,
            insecure=args.insecure,
            users_file=args.users,
            workers=args.workers,
            threads=args.threads,
            timeout=args.timeout,
        )
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
