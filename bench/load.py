"""Load on `kpi serve` while refreshes publish: no error, no "no database", new data within 5 s.

    python -m bench.load --quick      # 50 clients, >= 5,000 callback requests, 3 publishes

On loopback, in a temporary data folder: the bundled reports are refreshed once, `kpi serve`
(gunicorn, as users run it) serves them, and 50 client threads post the callback of the data
page's grid (filtered to one indicator) and, one request in ten, the whole indicator page, while
3 refreshes publish, each with a different correction of the indicator's current value, so which
version a response shows can be read from its text. An error is a non-200 answer, a timeout or a broken connection; a stale answer
is a "no database" / "could not read" page, or one showing an older version more than 5 s after a
newer one was published. Writes bench/results/load.json; the last line printed is
`errors=N stale=N p95_ms=X requests=N`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "load.json"
KPI = [sys.executable, "-m", "cli"]
INDICATOR = "dvctt_full_process_rate"
VALUES = [61.17, 62.27, 63.37]  # one correction per publish; shown as 61,17 etc.
VISIBLE_WITHIN_S = 5.0
REQUEST_TIMEOUT_S = 60
BAD_PAGE_MARKERS = ["Chưa có cơ sở dữ liệu", "Không đọc được dữ liệu", "No database yet"]
PAGE_OUTPUT = ".._pages_content.children..._pages_store.data.."
GRID_OUTPUT = "data-grid.getRowsResponse"
PAGE_EVERY = 10  # one request in ten renders the whole indicator page (~0.3 s of CPU each)


def build_body(pathname: str, search: str) -> bytes:
    """The callback request the browser sends when it opens a page."""
    return json.dumps(
        {
            "output": PAGE_OUTPUT,
            "outputs": [
                {"id": "_pages_content", "property": "children"},
                {"id": "_pages_store", "property": "data"},
            ],
            "inputs": [
                {"id": "_pages_location", "property": "pathname", "value": pathname},
                {"id": "_pages_location", "property": "search", "value": search},
            ],
            "changedPropIds": ["_pages_location.pathname"],
            "state": [],
        }
    ).encode()


def build_grid_body() -> bytes:
    """The data grid's request for its first block of rows (AG Grid's infinite row model),
    filtered to the indicator's national accepted values."""
    chosen = [
        ("data-family", "value", None),
        ("data-indicator", "value", [INDICATOR]),
        ("data-breakdown", "value", ["national"]),
        ("data-period", "start_date", None),
        ("data-period", "end_date", None),
        ("data-status", "value", ["accepted"]),
        ("data-lang", "data", "vi"),
    ]
    block = {"startRow": 0, "endRow": 100, "sortModel": [], "filterModel": {}}
    return json.dumps(
        {
            "output": GRID_OUTPUT,
            "outputs": {"id": "data-grid", "property": "getRowsResponse"},
            "inputs": [{"id": "data-grid", "property": "getRowsRequest", "value": block}],
            "state": [{"id": i, "property": p, "value": v} for i, p, v in chosen],
            "changedPropIds": ["data-grid.getRowsRequest"],
        }
    ).encode()


INDICATOR_BODY = build_body("/indicator", f"?id={INDICATOR}&breakdown=national")
GRID_BODY = build_grid_body()


def run_kpi(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """Run one `kpi` command in the work folder and return its result."""
    return subprocess.run([*KPI, *args], cwd=cwd, capture_output=True, text=True, check=False)


def prepare_folder(work: Path) -> dict[str, Path]:
    """Copy the bundled reports and targets, refresh once; return the paths."""
    paths = {
        "reports": work / "reports",
        "targets": work / "targets.csv",
        "reviews": work / "reviews.csv",
        "db": work / "kpi.duckdb",
    }
    shutil.copytree(ROOT / "data" / "reports", paths["reports"])
    shutil.copy(ROOT / "data" / "targets.csv", paths["targets"])
    shutil.copy(ROOT / "data" / "reviews.csv", paths["reviews"])
    done = run_kpi(refresh_args(paths), ROOT)
    if done.returncode not in (0, 65):
        raise SystemExit(f"bench.load: first refresh failed:\n{done.stderr[-2000:]}")
    # Serve a plain file at first (an older layout, or --db on a copy): the first publish then
    # also adopts it, the switch that used to leave the served path missing for a moment.
    real = Path(os.path.realpath(paths["db"]))
    paths["db"].unlink()
    shutil.copy(real, paths["db"])
    return paths


def refresh_args(paths: dict[str, Path]) -> list[str]:
    return [
        "refresh",
        *[a for k in ("reports", "targets", "reviews", "db") for a in (f"--{k}", str(paths[k]))],
    ]


def find_observation(db: Path) -> str:
    """The observation id of the indicator's current national value."""
    from metrics import queries

    series = queries.read_current_series(str(db))
    rows = series[(series["indicator"] == INDICATOR) & (series["breakdown"] == "national")]
    return str(rows.sort_values("period_end").iloc[-1]["observation_id"])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen:
    """`kpi serve` on loopback; returns once it answers."""
    server = subprocess.Popen(
        [*KPI, "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            con = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            con.request("GET", "/")
            if con.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit(f"bench.load: kpi serve did not answer; see {log}")


class Recorder:
    """Every answer: when it was sent and received, its status, and which version it showed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.rows: list[tuple[float, float, str, int | None]] = []  # sent, got, outcome, version
        self.publishes: list[float] = []  # monotonic time each new version went live

    def add(self, sent: float, got: float, outcome: str, version: int | None) -> None:
        with self.lock:
            self.rows.append((sent, got, outcome, version))

    def count(self) -> int:
        with self.lock:
            return len(self.rows)


def read_version(text: str) -> int | None:
    """Which publish a page shows: 0 the first, i for the i-th correction, None if not seen."""
    for i, value in reversed(list(enumerate([48.28, *VALUES]))):
        if f"{value:.2f}".replace(".", ",") in text or f'"value":{value}' in text:
            return i
    return None


def run_client(port: int, rec: Recorder, stop: threading.Event, number: int) -> None:
    """Post page callbacks on one keep-alive connection until told to stop."""
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
    headers = {"Content-Type": "application/json", "Accept-Encoding": "identity"}
    i = number
    while not stop.is_set():
        i += 1
        body = INDICATOR_BODY if i % PAGE_EVERY == 0 else GRID_BODY
        sent = time.monotonic()
        try:
            con.request("POST", "/_dash-update-component", body=body, headers=headers)
            response = con.getresponse()
            text = response.read().decode("utf-8", "replace")
            got = time.monotonic()
        except (OSError, http.client.HTTPException) as exc:
            rec.add(sent, time.monotonic(), f"error: {type(exc).__name__}", None)
            con.close()
            con = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
            continue
        if response.status != 200:
            outcome = f"error: HTTP {response.status}"
        elif any(marker in text for marker in BAD_PAGE_MARKERS):
            outcome = "no database"
        else:
            outcome = "ok"
        version = read_version(text) if outcome == "ok" else None
        rec.add(sent, got, outcome, version)
    con.close()


def run_publishes(paths: dict[str, Path], observation: str, rec: Recorder, work: Path) -> None:
    """Three refreshes, each publishing a different correction; note when each went live."""
    for value in VALUES:
        done = run_kpi(
            [
                "review",
                "correct",
                observation,
                "--value",
                str(value),
                "--reason",
                "bench.load",
                "--db",
                str(paths["db"]),
                "--reviews",
                str(paths["reviews"]),
            ],
            ROOT,
        )
        if done.returncode != 0:
            raise SystemExit(f"bench.load: kpi review correct failed: {done.stderr[-1000:]}")
        before = os.path.realpath(paths["db"])
        refresh = subprocess.Popen(
            [*KPI, *refresh_args(paths)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=(work / "refresh.log").open("a"),
        )
        while not is_new_version(paths["db"], before) and refresh.poll() is None:
            time.sleep(0.01)
        if is_new_version(paths["db"], before):
            with rec.lock:
                rec.publishes.append(time.monotonic())
        refresh.wait()
        time.sleep(2)


def is_new_version(db: Path, before: str) -> bool:
    """The served path names a new build (adopting the plain file at the start is not one)."""
    now = os.path.realpath(db)
    return now != before and not now.endswith("-adopted.duckdb")


def judge(rec: Recorder) -> dict:
    """Errors, stale answers, latency percentiles and how soon each publish was seen."""
    rows, publishes = rec.rows, rec.publishes
    errors = [r for r in rows if r[2].startswith("error")]
    no_db = [r for r in rows if r[2] == "no database"]
    late = []
    for sent, _got, outcome, version in rows:
        if outcome != "ok" or version is None:
            continue
        expected = sum(1 for t in publishes if sent > t + VISIBLE_WITHIN_S)
        if version < expected:
            late.append((sent, version, expected))
    seen_after = []
    for i, t in enumerate(publishes, 1):
        first = min(
            (got for sent, got, o, v in rows if v is not None and v >= i and got >= t), default=None
        )
        seen_after.append(round(first - t, 2) if first is not None else None)
    latencies = sorted((got - sent) * 1000 for sent, got, outcome, _ in rows if outcome == "ok")
    duration = max(r[1] for r in rows) - min(r[0] for r in rows)
    return {
        "requests": len(rows),
        "errors": len(errors),
        "error_kinds": sorted({r[2] for r in errors}),
        "no_database": len(no_db),
        "late": len(late),
        "stale": len(no_db) + len(late),
        "publishes": len(publishes),
        "first_seen_after_publish_s": seen_after,
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1) if latencies else None,
        "max_ms": round(latencies[-1], 1) if latencies else None,
        "requests_per_s": round(len(rows) / duration, 1) if duration else None,
        "duration_s": round(duration, 1),
    }


def run_load(clients: int, min_requests: int, work: Path) -> dict:
    """Serve, load and publish; return the figures."""
    paths = prepare_folder(work)
    observation = find_observation(paths["db"])
    port = free_port()
    server = start_server(paths["db"], port, work / "serve.log")
    rec, stop = Recorder(), threading.Event()
    threads = [
        threading.Thread(target=run_client, args=(port, rec, stop, n), daemon=True)
        for n in range(clients)
    ]
    try:
        for thread in threads:
            thread.start()
        while rec.count() < min_requests // 10:  # publish under load, not before it
            time.sleep(0.2)
        publisher = threading.Thread(target=run_publishes, args=(paths, observation, rec, work))
        publisher.start()
        while publisher.is_alive() or rec.count() < min_requests:
            time.sleep(0.2)
        time.sleep(VISIBLE_WITHIN_S + 1)  # answers after the last publish show whether it was seen
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=REQUEST_TIMEOUT_S + 5)
        server.terminate()
        server.wait(timeout=30)
    return judge(rec)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="50 clients, >= 5,000 requests")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=None)
    args = parser.parse_args(argv)
    min_requests = args.requests or (5_000 if args.quick else 20_000)
    with tempfile.TemporaryDirectory(prefix="kpi-load-") as tmp:
        figures = run_load(args.clients, min_requests, Path(tmp))
    figures.update(
        clients=args.clients,
        when=datetime.now(UTC).isoformat(timespec="seconds"),
        machine=f"{platform.node()} {os.cpu_count()} cores (shared: figures are noisy)",
    )
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    print(f"p50_ms={figures['p50_ms']} p95_ms={figures['p95_ms']}")
    print(
        f"errors={figures['errors']} stale={figures['stale']} "
        f"p95_ms={figures['p95_ms']} requests={figures['requests']}"
    )
    return 0 if figures["errors"] == 0 and figures["stale"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
