"""data/reviews.csv keeps every analyst's edit: appended under a lock, parsed strictly, never rewritten."""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import sys
import threading
from types import SimpleNamespace

import pytest
from refresh_helpers import ROOT, run_cli

from etl.review import record_decision, run_review_cli

HEADER = "observation_id,decision,value,reason,decided_at\n"


def accept(store, observation_id: str, reason: str = "checked"):
    """Run `kpi review accept` in-process without a database; return (code, stderr)."""
    err = io.StringIO()
    args = SimpleNamespace(
        db=store.root / "no.duckdb", reviews=store.reviews, action="accept", id=observation_id,
        reason=reason,
    )  # fmt: skip
    return run_review_cli(args, out=io.StringIO(), err=err), err.getvalue()


def digest(path) -> str:
    """Return the SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_column_the_analyst_added_survives(store):
    store.reviews.write_text(
        "observation_id,decision,value,reason,decided_at,checked_by\n"
        "aaaa,reject,,wrong table,2024-05-01T00:00:00Z,Lan\n",
        encoding="utf-8",
    )
    assert accept(store, "bbbb")[0] == 0
    rows = list(csv.DictReader(open(store.reviews, encoding="utf-8", newline="")))
    assert [r["observation_id"] for r in rows] == ["aaaa", "bbbb"]
    assert rows[0]["checked_by"] == "Lan" and rows[1]["checked_by"] == ""


def test_a_second_decision_is_appended_not_replacing_the_first(store):
    assert accept(store, "aaaa", "first look")[0] == 0
    assert accept(store, "aaaa", "second look")[0] == 0
    rows = list(csv.DictReader(open(store.reviews, encoding="utf-8", newline="")))
    assert [r["reason"] for r in rows] == ["first look", "second look"]


def test_a_malformed_row_is_never_swallowed(store):
    text = (
        HEADER
        + 'aaaa,reject,,"missing its closing quote,2024-05-01T00:00:00Z\n'
        + "bbbb,accept,,fine,2024-05-02T00:00:00Z\n"
    )
    store.reviews.write_text(text, encoding="utf-8")
    code, err = accept(store, "cccc")
    assert code == 65
    assert "reviews.csv line 2" in err and "quote" in err
    assert store.reviews.read_text(encoding="utf-8") == text


def test_twelve_threads_recording_at_once_lose_no_decision(store):
    start = threading.Barrier(12)

    def decide(number: int) -> None:
        start.wait()
        record_decision(store.reviews, f"id{number:02d}", "accept", None, "checked")

    threads = [threading.Thread(target=decide, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rows = list(csv.DictReader(open(store.reviews, encoding="utf-8", newline="")))
    assert sorted(r["observation_id"] for r in rows) == [f"id{n:02d}" for n in range(12)]


def test_twelve_concurrent_kpi_review_accept_lose_no_decision(store):
    code = "import sys; from cli import main; sys.exit(main(sys.argv[1:]))"
    argv = ["review", "--db", str(store.root / "no.duckdb"), "--reviews", str(store.reviews)]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, *argv, "accept", f"id{n:02d}", "--reason", "ok"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for n in range(12)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0] * 12
    rows = list(csv.DictReader(open(store.reviews, encoding="utf-8", newline="")))
    assert sorted(r["observation_id"] for r in rows) == [f"id{n:02d}" for n in range(12)]


MALFORMED = {
    "empty": (b"", "line 1", "empty"),
    "unclosed quote": (
        (HEADER + 'aaaa,reject,,"never closed,2024-05-01T00:00:00Z\n').encode(),
        "line 2",
        "quote",
    ),
    "extra field": ((HEADER + "aaaa,reject,,x,2024-05-01T00:00:00Z,surplus\n").encode(), "line 2", "6 fields"),
    "missing column": (b"observation_id,decision,reason\naaaa,accept,ok\n", "line 1", "decided_at"),
    "not utf-8": ((HEADER + "aaaa,reject,,sai b\xe1ng,2024-05-01T00:00:00Z\n").encode("latin-1"), "line 2", "UTF-8"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(MALFORMED))
def test_refresh_refuses_a_malformed_reviews_file(store, case):
    data, line, words = MALFORMED[case]
    store.reviews.write_bytes(data)
    proc = run_cli(store.argv())
    assert proc.returncode == 65, proc.stderr
    assert f"reviews.csv {line}" in proc.stderr and words in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert store.reviews.read_bytes() == data


def test_refresh_never_changes_the_reviews_file(store):
    store.reviews.write_text(
        HEADER + 'aaaa,reject,,"two\nlines",2024-05-01T00:00:00Z\n', encoding="utf-8"
    )
    before = digest(store.reviews)
    result = store.refresh()
    assert result.exit_code == 0, result.problems
    assert digest(store.reviews) == before
