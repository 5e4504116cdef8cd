"""kpi serve's process settings (web/server.py) that are not gunicorn's own config."""

from __future__ import annotations

import subprocess
import sys

from web.server import limit_malloc_arenas


def test_capping_malloc_arenas_is_a_no_op_where_libc_is_not_glibc():
    # Run in a child: the cap is process-wide and the test process keeps its own allocator.
    code = "from web.server import limit_malloc_arenas as f; print(f())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() in ("True", "False")
    assert callable(limit_malloc_arenas)
