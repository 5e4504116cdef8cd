"""Crash safety: SIGKILL at random moments never leaves a half-written served database."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

import pytest
from refresh_helpers import ROOT, SEEDS

from metrics import queries

TRIALS = 12


def start_refresh(store) -> subprocess.Popen:
    """Start `kpi refresh` in a child process."""
    code = "import sys; from cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen(
        [sys.executable, "-c", code, *store.argv()],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def add_report(store, number: int) -> None:
    """Add a new report: a bundled one with a small edit, so it is a new document."""
    text = (store.reports / SEEDS[4]).read_text(encoding="utf-8")
    path = store.reports / f"9{number:02d}_copy.txt"
    path.write_text(text + f"\nGhi chú bổ sung số {number}.\n", encoding="utf-8")


def served_document_count(store) -> int:
    """Open the served database and count its documents (it must be complete)."""
    docs = queries.read_documents(store.db)
    runs = queries.read_etl_runs(store.db, latest_only=True)
    assert len(queries.read_targets(store.db)) > 0
    assert (runs["input_kind"] == "report").sum() >= len(docs)
    return len(docs)


@pytest.mark.slow
def test_sigkill_never_exposes_a_partial_database(store):
    started = time.perf_counter()
    first = start_refresh(store)
    assert first.wait(timeout=120) == 0, first.stderr.read()
    duration = time.perf_counter() - started
    complete = served_document_count(store)
    rng = random.Random(20240424)
    outcomes = []
    for trial in range(TRIALS):
        add_report(store, trial)
        proc = start_refresh(store)
        # Half the kills anywhere in the run, half near its end, where the database is
        # written, renamed and the symlink switched.
        low = 0.1 if trial % 2 else duration * 0.7
        delay = rng.uniform(low, duration * 1.1)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        code = proc.wait(timeout=60)
        proc.stderr.close()
        count = served_document_count(store)
        assert count in (complete, trial + len(SEEDS) + 1), (trial, delay, count)
        outcomes.append("new" if count != complete else ("old" if code == -9 else "done"))
        complete = count
    # The next run recovers by itself: lock free, leftovers removed, everything loaded.
    final = start_refresh(store)
    assert final.wait(timeout=120) == 0, final.stderr.read()
    final.stderr.close()
    assert served_document_count(store) == len(SEEDS) + TRIALS
    assert not list((store.root / "db").glob("*.tmp*"))
    assert len(list((store.root / "db").glob("kpi-*.duckdb"))) <= 3
    print("kill outcomes:", outcomes, "run seconds:", round(duration, 2))
    assert "old" in outcomes, outcomes  # some kills did land mid-run
