"""kpi serve's process settings (web/server.py) that are not gunicorn's own config."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from web.server import limit_malloc_arenas

ROOT = Path(__file__).resolve().parents[1]


def test_capping_malloc_arenas_is_a_no_op_where_libc_is_not_glibc():
    # Run in a child: the cap is process-wide and the test process keeps its own allocator.
    code = "from web.server import limit_malloc_arenas as f; print(f())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() in ("True", "False")
    assert callable(limit_malloc_arenas)


def render_pages() -> str:
    """The overview, an indicator's page and the reports page of the served app, as JSON."""
    import json

    from plotly.utils import PlotlyJSONEncoder

    from layouts import views

    snap = views.source.load_snapshot()
    indicator = str(snap.status["indicator"].iloc[0])
    pages = [views.overview_page("vi"), views.indicator_page(id=indicator), views.reports_page()]
    return json.dumps(pages, cls=PlotlyJSONEncoder, sort_keys=True)


# Run in a child that imports the app first, as `kpi serve` and gunicorn do: the test process
# imported pandas (with pyarrow) long before.
WITHOUT_PYARROW = """
import base64, io, json, sys
import app
from layouts.source import CONFIG_KEY

loaded_at_import = "pyarrow" in sys.modules
app.app.server.config[CONFIG_KEY] = sys.argv[1]
import pandas as pd
from layouts import views
from layouts import data_builders as b
from layouts.pages import data
from metrics import export
from metrics.catalog import load_catalog

from tests.test_web_server import render_pages
text = render_pages()
filters = b.build_filters(None, None, None, None, None, ["accepted", "needs_review"])
shown = export.build_export_frame(data.read_rows(filters), load_catalog())
payload = b.build_download(shown, "parquet", load_catalog(), filters=filters, lang="vi")
import pyarrow.parquet as pq
# One thread: the test's own threaded read ended this child with "terminate called without an
# active exception" at exit in about 1 run of 6 (5 of 28; 0 of 36 read on one thread).
table = pq.read_table(io.BytesIO(base64.b64decode(payload["content"])), use_threads=False)
print(json.dumps({
    "pyarrow_at_import": loaded_at_import,
    "storage": pd.Series(["x"]).dtype.storage,
    "pages": text,
    "errors": text.count("message-error") + text.count("message-warning"),
    "cards": text.count("card"),
    "rows": len(shown),
    "parquet_rows": table.num_rows,
    "indicator_type": str(table.schema.field("indicator").type),
}))
"""


def test_the_served_app_loads_pyarrow_only_for_a_parquet_download(served_db):
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_PYARROW, str(served_db)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["pyarrow_at_import"] is False and out["storage"] == "python"
    assert out["errors"] == 0 and out["cards"] > 0
    assert out["rows"] > 0 and out["parquet_rows"] == out["rows"]
    assert out["indicator_type"] in ("string", "large_string")
    # The pages are the same as with Arrow-backed text (this process: pandas with pyarrow).
    from app import app
    from layouts.source import CONFIG_KEY, clear_cache

    previous = app.server.config.get(CONFIG_KEY)
    app.server.config[CONFIG_KEY] = str(served_db)
    try:
        clear_cache()
        with app.server.test_request_context("/"):
            assert render_pages() == out["pages"]
    finally:
        app.server.config[CONFIG_KEY] = previous
        clear_cache()
