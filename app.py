"""The leadership dashboard (Dash Pages): overview, indicator, reports, method, data.

    kpi serve [--host H] [--port P] [--db PATH] [--users FILE] [--workers N] [--threads N]
    kpi serve --dev                    # the Flask development server (one process)
    KPI_DB=/srv/kpi/data/kpi.duckdb gunicorn -k gthread -w 2 --threads 8 -t 120 app:server

Every response carries the security headers (web/headers.py), callback requests are checked
before Dash sees them (web/guard.py), and beyond loopback a login is required (web/access.py).

The database path is resolved per request: `serve(db=...)` stores it in the app config, else
`$KPI_DB`, else `data/kpi.duckdb` (the `current` symlink the refresh publishes). Nothing is read
at import: pages read through `metrics.queries` when a request comes, and cache per published
version, so the app keeps serving while a refresh builds the next one.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from web.server import import_pandas_without_pyarrow

# First, before the layouts import pandas: a worker without pyarrow (web/server.py says why).
import_pandas_without_pyarrow()

import dash  # noqa: E402
from dash import Dash, html  # noqa: E402

from layouts.brief_download import register_brief_route  # noqa: E402
from layouts.callbacks import register_callbacks  # noqa: E402
from layouts.not_found import install_http_hooks  # noqa: E402
from layouts.source import CONFIG_KEY  # noqa: E402
from web import access, guard, headers  # noqa: E402
from web.server import ServeOptions, run_gunicorn  # noqa: E402

HERE = Path(__file__).resolve().parent
EXIT_OK, EXIT_NOINPUT, EXIT_CONFIG = 0, 66, 78  # sysexits: EX_CONFIG


def create_app(db: str | Path | None = None) -> Dash:
    """Build the Dash app; `db` (optional) pins the database path, else resolved per request."""
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder=str(HERE / "layouts" / "pages"),
        assets_folder=str(HERE / "assets"),
        suppress_callback_exceptions=True,  # pages build their components per request
        title="Chuyển đổi số quốc gia",
        update_title=None,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
    )
    app.server.config[CONFIG_KEY] = str(db) if db else None
    app.layout = html.Div(dash.page_container, id="app-root")
    register_callbacks(app)
    register_brief_route(app.server)  # "Tải bản tin / Download briefing": GET /brief.pdf
    access.install_login(app.server)
    guard.install_guard(app)
    headers.install_headers(app)
    headers.install_compression(app)
    # Registered after compression so it runs before it (Flask runs after_request hooks in
    # reverse): it rewrites the page's <html lang>, which it cannot do once the body is gzipped.
    install_http_hooks(app.server)  # 404 status for unknown pages/ids; <html lang> per page
    # Dash finishes setting itself up on its first request and marks that done before doing it:
    # under a threaded server, requests arriving meanwhile found callbacks missing (400/500).
    # One request here, before any server starts, does it (it reads no database).
    app.server.test_client().get("/_dash-dependencies")
    return app


# One app per process (Dash Pages and global callbacks are per process); gunicorn uses `server`.
app = create_app()
server = app.server
if os.environ.get(access.USERS_ENV):  # `gunicorn app:server` with a users file
    try:
        access.require_users(server, access.resolve_users(None))
    except access.AccessError as exc:  # refuse to serve rather than serve without the login
        raise SystemExit(f"kpi: {exc}") from None


def warm_up(db: Path) -> None:
    """Read and compute the overview's data in the background once the server starts, so the
    first visitor does not wait for it (never at import)."""
    from layouts import source

    def load():
        try:
            source.load_snapshot(db)
        except Exception as exc:  # the page will say what is wrong
            print(f"kpi serve: could not pre-load {db}: {exc}", file=sys.stderr)

    threading.Thread(target=load, name="kpi-warm-up", daemon=True).start()


def serve(
    host: str = "127.0.0.1",
    port: int = 8050,
    db: str | Path | None = None,
    *,
    dev: bool = False,
    insecure: bool = False,
    users_file: str | Path | None = None,
    workers: int | None = None,
    threads: int | None = None,
    timeout: int | None = None,
) -> int:
    """Serve the dashboard until interrupted (called by `kpi serve`); returns an exit code."""
    path = Path(db or os.environ.get(CONFIG_KEY) or "data/kpi.duckdb")
    if not path.exists():
        print(
            f"kpi serve: no database at {path}; run `kpi refresh` first (or set --db / KPI_DB).",
            file=sys.stderr,
        )
        return EXIT_NOINPUT
    try:
        users = access.resolve_users(users_file)
        warning = access.check_access(host, users, insecure)
    except access.AccessError as exc:
        print(f"kpi serve: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if warning:
        print(f"kpi serve: {warning}", file=sys.stderr)
    if users:
        access.require_users(app.server, users)
    app.server.config[CONFIG_KEY] = str(path)
    print(f"kpi serve: http://{host}:{port}/ (database {path})", file=sys.stderr)
    if dev:
        warm_up(path)
        app.run(host=host, port=port, debug=False)
        return EXIT_OK
    options = ServeOptions(host=host, port=port, workers=workers)
    if threads:
        options.threads = threads
    if timeout:
        options.timeout = timeout
    return run_gunicorn(server, options, on_worker_start=lambda: warm_up(path))


if __name__ == "__main__":
    sys.exit(serve(dev=True))
