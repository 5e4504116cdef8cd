"""A refresh while another process reads the served database: no error on either side."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from refresh_helpers import ROOT, SEEDS

READER = """
import json, sys, time
from metrics import queries
db, wanted = sys.argv[1], int(sys.argv[2])
seen, errors = [], []
deadline = time.monotonic() + 90
while time.monotonic() < deadline:
    try:
        count = len(queries.read_documents(db))
        queries.read_current_series(db)
    except Exception as exc:
        errors.append(repr(exc))
        count = None
    if not seen or seen[-1] != count:
        seen.append(count)
        print("seen", count, flush=True)
    if count == wanted:
        break
    time.sleep(0.01)
print(json.dumps({"seen": seen, "errors": errors}), flush=True)
"""


@pytest.mark.slow
def test_refresh_while_a_reader_holds_the_database(store):
    assert store.refresh().exit_code == 0
    (store.reports / "005_new.txt").write_text(
        (store.reports / SEEDS[4]).read_text(encoding="utf-8") + "\nPhụ lục.\n", encoding="utf-8"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(store.db), str(len(SEEDS) + 1)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout.readline().split() == ["seen", str(len(SEEDS))]  # it holds the old file
    result = store.refresh()
    out, err = reader.communicate(timeout=120)
    assert result.exit_code == 0, result.problems
    report = json.loads(out.strip().splitlines()[-1])
    assert report["errors"] == [], err
    assert report["seen"] == [len(SEEDS), len(SEEDS) + 1]  # old data, then the new data
