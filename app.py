"""The leadership dashboard (Dash Pages): overview, indicator, reports, method, data.

    python app.py                      # http://127.0.0.1:8050, debug off
    kpi serve [--host H] [--port P] [--db PATH]
    KPI_DB=/srv/kpi/data/kpi.duckdb gunicorn -w 2 -b 127.0.0.1:8050 app:server

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

import dash
from dash import Dash, html

from layouts.brief_download import register_brief_route
from layouts.callbacks import register_callbacks
from layouts.source import CONFIG_KEY

HERE = Path(__file__).resolve().parent
EXIT_OK, EXIT_NOINPUT = 0, 66


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
    return app


# One app per process (Dash Pages and global callbacks are per process); gunicorn uses `server`.
app = create_app()
server = app.server


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


def serve(host: str = "127.0.0.1", port: int = 8050, db: str | Path | None = None) -> int:
    """Serve the dashboard until interrupted (called by `kpi serve`); returns an exit code."""
    path = Path(db or os.environ.get(CONFIG_KEY) or "data/kpi.duckdb")
    if not path.exists():
        print(
            f"kpi serve: no database at {path}; run `kpi refresh` first (or set --db / KPI_DB).",
            file=sys.stderr,
        )
        return EXIT_NOINPUT
    app.server.config[CONFIG_KEY] = str(path)
    warm_up(path)
    print(f"kpi serve: http://{host}:{port}/ (database {path})", file=sys.stderr)
    app.run(host=host, port=port, debug=False)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(serve())
