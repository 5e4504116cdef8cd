"""Benchmark: the dashboard serving a large database, against a bare Dash app in the same run.

    python bench/bench_serve.py --db /tmp/serve11/1m.duckdb     # a built database (bench.scale)
    python bench/bench_serve.py --quick                          # builds a small one first

Starts the product's app (`app.serve`, one process) on the database and the bare baseline
(bench/bare_app.py, a figure of as many points as the benchmarked indicator's chart). Headless
Debian Chromium opens each page once: time to content, and the callback requests the browser
posts to /_dash-update-component are captured as sent (the page callback, and on the data page
everything a filter change sends). Each captured request is then replayed --repeat times:
p50/p95 milliseconds and response bytes (uncompressed). Then the app worker's RSS (now and
peak), and the first page callback after a publish (the served file copied and the link
repointed, as a refresh does). Writes bench/results/serve.json (serve_quick.json with --quick,
which `make bench` runs; or --out).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "serve.json"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]
PAGE_OUTPUTS = ("_pages_content.children", "content.children")
READY = {
    "overview": ".card",
    "indicator": "#ind-chart .main-svg",
    "data": "#data-grid .ag-cell",
    "reports": ".doc-item",
    "bare": "#bare-chart .main-svg",
}


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args: list[str], port: int, env: dict | None = None) -> subprocess.Popen:
    """Start a server process and wait until it answers."""
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_dash-layout", timeout=5)
            return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"server on port {port} did not start")


def read_memory(pid: int) -> dict:
    """VmRSS and VmHWM (peak) of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = round(int(value.split()[0]) / 1024, 1)
    return {"rss_mb": fields.get("VmRSS"), "peak_rss_mb": fields.get("VmHWM")}


def list_children(pid: int) -> list[int]:
    """The child processes of `pid` (gunicorn's workers of its master)."""
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(c) for c in (task / "children").read_text().split()]
    return children


def read_app_memory(pid: int) -> dict:
    """RSS of the app: each gunicorn worker (they serve the requests and hold the caches) and
    the master; worker_rss_mb is the largest worker's."""
    workers = [read_memory(child) for child in list_children(pid)]
    out = {"master": read_memory(pid), "workers": len(workers), "per_worker": workers}
    if workers:
        out["worker_rss_mb"] = max(w["rss_mb"] for w in workers)
        out["worker_peak_rss_mb"] = max(w["peak_rss_mb"] for w in workers)
    return out


def post(base: str, body: bytes) -> tuple[float, int, int]:
    """POST one captured callback request; (milliseconds, response bytes, HTTP status)."""
    request = urllib.request.Request(
        base + "/_dash-update-component",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            size, status = len(response.read()), response.status
    except urllib.error.HTTPError as exc:
        size, status = len(exc.read()), exc.code
    return (time.perf_counter() - started) * 1000, size, status


def replay(base: str, bodies: list[bytes], repeat: int, budget_s: float) -> dict:
    """Replay a group of requests (in order) `repeat` times: p50/p95 ms of the group and bytes."""
    times, sizes, statuses = [], [], set()
    started = time.time()
    for i in range(repeat):
        total_ms, total_bytes = 0.0, 0
        for body in bodies:
            ms, size, status = post(base, body)
            total_ms, total_bytes = total_ms + ms, total_bytes + size
            statuses.add(status)
        times.append(total_ms)
        sizes.append(total_bytes)
        if time.time() - started > budget_s and i >= 2:
            break
    return {
        "n": len(times),
        "p50_ms": round(float(np.percentile(times, 50)), 1),
        "p95_ms": round(float(np.percentile(times, 95)), 1),
        "max_ms": round(max(times), 1),
        "response_bytes": max(sizes),
        "requests": len(bodies),
        "http_status": sorted(statuses),
    }


class Capture:
    """The callback requests a page sends, as Chromium sent them."""

    def __init__(self, page):
        self.sent: list[tuple[str, bytes]] = []
        self.pending = 0
        page.on("request", self.on_request)
        page.on("requestfinished", self.on_done)
        page.on("requestfailed", self.on_done)

    def on_request(self, request):
        if "/_dash-update-component" in request.url and request.method == "POST":
            body = request.post_data_buffer or b""
            output = json.loads(body or b"{}").get("output", "")
            self.sent.append((output, body))
            self.pending += 1

    def on_done(self, request):
        if "/_dash-update-component" in request.url:
            self.pending -= 1

    def settle(self, page, quiet_ms: int = 800, timeout_s: float = 300) -> None:
        """Wait until no callback request is in flight for quiet_ms."""
        deadline, quiet_since = time.time() + timeout_s, None
        while time.time() < deadline:
            page.wait_for_timeout(100)
            if self.pending > 0:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.time()
            elif (time.time() - quiet_since) * 1000 >= quiet_ms:
                return


PAGE_TIMEOUT_MS = 600_000
STARTUP_SETTLE_S = 5  # the workers' warm-up thread reads the overview's data after they start


def open_page(browser, base: str, path: str, ready: str) -> tuple[float, list, object, Capture]:
    """Open a page; (ms to content, captured requests, page, capture)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    capture = Capture(page)
    started = time.perf_counter()
    page.goto(base + path, wait_until="commit", timeout=PAGE_TIMEOUT_MS)
    page.wait_for_selector(ready, state="visible", timeout=PAGE_TIMEOUT_MS)
    ms = (time.perf_counter() - started) * 1000
    capture.settle(page)
    return ms, list(capture.sent), page, capture


def page_bodies(sent: list) -> list[bytes]:
    """The page callback's request (the first whose output is the page content)."""
    for output, body in sent:
        if any(name in output for name in PAGE_OUTPUTS):
            return [body]
    raise RuntimeError(f"no page callback among {[o for o, _ in sent]}")


def change_grid_filter(page, capture: Capture) -> list[bytes]:
    """Tick 'in review' in the data page's status filter; every request that sends."""
    before = len(capture.sent)
    page.locator("#data-status input").nth(1).click()
    page.wait_for_timeout(300)
    capture.settle(page)
    return [body for _, body in capture.sent[before:]]


def choose_indicator(db: Path) -> tuple[str, int]:
    """The indicator with the most current values, and how many points its chart has."""
    from metrics import queries

    frame = queries.run_query(
        db,
        "SELECT indicator, count(*) AS n FROM out_current_series "
        "GROUP BY indicator ORDER BY n DESC, indicator LIMIT 1",
    )
    return str(frame.iloc[0]["indicator"]), int(frame.iloc[0]["n"])


PUBLISHES = 3  # publishes measured for the first request after one


def publish_copy(db: Path) -> tuple[Path, Path] | None:
    """Publish a copy of the served file as a refresh does (repoint the link); (old, new)."""
    if not db.is_symlink():
        return None
    old = Path(os.path.realpath(db))
    new = old.with_name(old.stem + "-bench-publish" + old.suffix)
    shutil.copyfile(old, new)
    link = db.with_name(db.name + ".bench-tmp")
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(new, db.parent))
    os.replace(link, db)
    return old, new


def restore(db: Path, old: Path, new: Path) -> None:
    """Point the link back at the original file and remove the copy."""
    link = db.with_name(db.name + ".bench-tmp")
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(old, db.parent))
    os.replace(link, db)
    new.unlink(missing_ok=True)


def measure(
    db: Path, repeat: int, budget_s: float, label: str, pages: list[str], partial: Path
) -> dict:
    """Run everything against one database; return the results (written to `partial` after
    each page, so a slow run still leaves what it measured)."""
    from playwright.sync_api import sync_playwright

    indicator, points = choose_indicator(db)
    app_port, bare_port = free_port(), free_port()
    app = start(
        ["-c", f"import sys, app; sys.exit(app.serve(port={app_port}, db={str(db)!r}))"],
        app_port,
    )
    bare = start(
        ["-m", "bench.bare_app", "--points", str(points), "--port", str(bare_port)], bare_port
    )
    base, bare_base = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{bare_port}"
    paths = {
        "overview": "/?lang=vi",
        "indicator": f"/indicator?id={indicator}&lang=vi",
        "data": "/data?lang=vi",
        "reports": "/reports?lang=vi",
    }
    paths = {name: path for name, path in paths.items() if name in pages}
    out: dict = {"label": label, "indicator": indicator, "chart_points": points, "pages": {}}
    # Before any page: what a worker holds from its imports and warm-up alone.
    time.sleep(STARTUP_SETTLE_S)
    out["app_memory_at_start"] = read_app_memory(app.pid)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for _warm_up in range(2):  # the first page pays Chromium's own start
                ms, sent, page, _ = open_page(browser, bare_base, "/", READY["bare"])
                page.close()
            out["bare"] = {"time_to_content_ms": round(ms, 1)}
            out["bare"].update(replay(bare_base, page_bodies(sent), repeat, budget_s))
            print("bare", out["bare"], file=sys.stderr, flush=True)
            grid_bodies, bodies = [], {}
            for name, path in paths.items():
                partial.write_text(json.dumps(out, indent=2, ensure_ascii=False))
                try:
                    ms, sent, page, capture = open_page(browser, base, path, READY[name])
                except Exception as exc:  # a page that never shows its content within the limit
                    out["pages"][name] = {"error": f"{type(exc).__name__}: {str(exc)[:200]}"}
                    continue
                out["pages"][name] = {"time_to_content_ms": round(ms, 1)}
                if name == "data":
                    grid_bodies = change_grid_filter(page, capture)
                page.close()
                bodies[name] = page_bodies(sent)
                out["pages"][name].update(replay(base, bodies[name], repeat, budget_s))
                print(name, out["pages"][name], file=sys.stderr, flush=True)
            browser.close()
        if grid_bodies:
            out["pages"]["grid_filter_change"] = replay(base, grid_bodies, repeat, budget_s)
        out["app_memory_after_pages"] = read_app_memory(app.pid)
        partial.write_text(json.dumps(out, indent=2, ensure_ascii=False))
        overview_body = bodies.get("overview")
        # Three publishes, the median first request: one request alone is one sample of the
        # machine's noise (16-124 ms in four runs on 2026-11-30).
        samples = []
        for _ in range(PUBLISHES if overview_body else 0):
            published = publish_copy(db)
            if not published:
                break
            try:
                samples.append(post(base, overview_body[0]))
            finally:
                restore(db, *published)
        if samples:
            out["first_overview_after_publish"] = {
                "ms": round(float(np.median([ms for ms, _, _ in samples])), 1),
                "samples_ms": [round(ms, 1) for ms, _, _ in samples],
                "response_bytes": max(size for _, size, _ in samples),
                "http_status": sorted({status for _, _, status in samples})[-1],
            }
        else:
            out["first_overview_after_publish"] = "not measured (no overview, or not a link)"
        out["app_memory_end"] = read_app_memory(app.pid)
    finally:
        app.terminate()
        bare.terminate()
        app.wait(timeout=30)
        bare.wait(timeout=30)
    bare_p95 = out["bare"]["p95_ms"]
    bare_ttc = out["bare"]["time_to_content_ms"]
    for result in out["pages"].values():
        if "p95_ms" not in result:
            continue
        result["p95_vs_bare"] = round(result["p95_ms"] / bare_p95, 2)
        if "time_to_content_ms" in result:
            result["time_to_content_vs_bare"] = round(result["time_to_content_ms"] / bare_ttc, 2)
    return out


def build_quick_db(folder: Path) -> Path:
    """A small database through bench.scale (10,000 observations)."""
    db = folder / "kpi.duckdb"
    subprocess.run(
        [sys.executable, "-m", "bench.scale", "--observations", "10000", "--db", str(db)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return db


def main() -> None:
    """Parse the arguments, measure, write the results file."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a database built by bench.scale")
    parser.add_argument("--quick", action="store_true", help="a 10,000-observation database")
    # 60: a p95 over 20 replays is the second-slowest of them, one slow request moves it
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--budget", type=float, default=90, help="seconds per replayed page")
    parser.add_argument("--label", default="")
    parser.add_argument("--out", type=Path, help="default serve.json, serve_quick.json (--quick)")
    parser.add_argument("--pages", default="overview,indicator,data,reports")
    parser.add_argument("--page-timeout", type=float, default=600, help="seconds per page load")
    args = parser.parse_args()
    quick = args.quick or args.db is None
    args.out = args.out or RESULTS.with_name("serve_quick.json" if quick else "serve.json")
    global PAGE_TIMEOUT_MS
    PAGE_TIMEOUT_MS = int(args.page_timeout * 1000)
    pages = args.pages.split(",")
    partial = args.out.with_suffix(".partial.json")
    with tempfile.TemporaryDirectory(prefix="kpi-serve-") as tmp:
        db = args.db
        if args.quick or db is None:
            db = build_quick_db(Path(tmp))
            args.repeat = min(args.repeat, 10)
        result = measure(db, args.repeat, args.budget, args.label, pages, partial)
        from metrics import queries

        count = queries.run_query(db, "SELECT count(*) FROM core_observations").iloc[0, 0]
    payload = {
        "benchmark": "serve",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "database": str(args.db) if args.db else "quick (10,000 observations)",
        "observations": int(count),
        "result": result,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.unlink(missing_ok=True)  # only a run that stopped early leaves its partial file
    print(json.dumps(payload, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
