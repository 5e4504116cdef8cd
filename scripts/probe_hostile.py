"""Run `kpi refresh` on hostile inputs, one fresh data folder each, and print what happened.

    .venv/bin/python scripts/probe_hostile.py            # every probe
    .venv/bin/python scripts/probe_hostile.py fifo nan   # probes whose name contains a word

Each probe copies the bundled reports, targets and an empty reviews.csv into a temporary
folder, adds one hostile input, runs `kpi refresh` in a fresh interpreter and checks that the
bad input was named and refused while the bundled reports' values were still published.
RELIABILITY.md lists the results of the last run.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
HEADER = "observation_id,decision,value,reason,decided_at\n"
SENTENCE = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,5% tính đến ngày 15/02/2024."
CODE = "import sys; from cli import main; sys.exit(main(sys.argv[1:]))"


def run_kpi(data: Path, *argv: str, timeout: float = 300) -> tuple[int, str, float]:
    """Run `kpi` on a data folder; return (exit code, stderr, seconds)."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", CODE, *argv],
        cwd=data.parent,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return proc.returncode, proc.stderr, time.perf_counter() - started


def make_data(root: Path) -> Path:
    """Create a data folder with the bundled reports, targets and an empty reviews file."""
    data = root / "data"
    shutil.copytree(ROOT / "data" / "reports", data / "reports")
    shutil.copyfile(ROOT / "data" / "targets.csv", data / "targets.csv")
    (data / "reviews.csv").write_text(HEADER, encoding="utf-8")
    return data


def refresh(data: Path) -> tuple[int, str, float]:
    """Run `kpi refresh` on the folder's defaults."""
    return run_kpi(data, "refresh")


def first_rate_id(data: Path) -> str:
    """Refresh once and return the id of a stored percent value."""
    refresh(data)
    from metrics import queries

    obs = queries.read_observations(data / "kpi.duckdb")
    return obs.loc[obs["unit"] == "percent", "observation_id"].iloc[0]


def stored_numbers_finite(data: Path) -> bool:
    """Tell whether every value and target in the served database is finite."""
    from metrics import queries

    db = data / "kpi.duckdb"
    values = list(queries.read_observations(db, include_revisions=True)["value"])
    values += list(queries.read_targets(db)["target_value"])
    return all(math.isfinite(v) for v in values)


def stored_text_has(data: Path, words: str) -> bool:
    """Tell whether any stored document's text holds some words."""
    from metrics import queries

    db = data / "kpi.duckdb"
    shas = queries.read_documents(db)["doc_sha256"]
    return any(words in queries.read_document_text(db, sha) for sha in shas)


def set_target(data: Path, value: str) -> None:
    """Replace the first target's value."""
    path = data / "targets.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    fields = lines[1].split(",")
    fields[3] = value
    path.write_text("\n".join([lines[0], ",".join(fields), *lines[2:]]) + "\n", encoding="utf-8")


def probe_links(data: Path, kind: str) -> None:
    """Add a link out of the reports folder or a special file."""
    reports = data / "reports"
    if kind == "passwd":
        (reports / "passwd.txt").symlink_to("/etc/passwd")
    elif kind == "relative":
        (data.parent / "secret.txt").write_text("root:x:0:0\n" + SENTENCE, encoding="utf-8")
        (reports / "up.txt").symlink_to(Path("..") / ".." / "secret.txt")
    elif kind == "fifo":
        os.mkfifo(reports / "pipe.txt")
    elif kind == "device":
        (reports / "zero.txt").symlink_to("/dev/zero")
    elif kind == "dir":
        (reports / "etc.txt").symlink_to("/etc")


def write_nested(path: Path, depth: int) -> None:
    """Write an HTML page `depth` elements deep."""
    path.write_text(
        f"<html><body>{'<div>' * depth}{SENTENCE}{'</div>' * depth}</body></html>", "utf-8"
    )


def probe_concurrent_reviews(data: Path) -> tuple[int, str, float]:
    """Run 12 `kpi review accept` at once; return (lost decisions, message, seconds)."""
    started = time.perf_counter()
    argv = ["review", "--db", str(data / "none.duckdb"), "accept"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CODE, *argv, f"id{n:02d}", "--reason", "ok"],
            cwd=data.parent,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for n in range(12)
    ]
    codes = [p.wait(timeout=300) for p in procs]
    rows = (data / "reviews.csv").read_text(encoding="utf-8").splitlines()[1:]
    lost = 12 - len({row.split(",")[0] for row in rows})
    return lost, f"exit codes {sorted(set(codes))}, {len(rows)} rows", time.perf_counter() - started


def reviews(text: str) -> Callable[[Path], None]:
    """Return a set-up that writes reviews.csv (`{id}` becomes a stored percent value's id)."""

    def setup(data: Path) -> None:
        body = text.replace("{id}", first_rate_id(data)) if "{id}" in text else text
        (data / "reviews.csv").write_bytes(body.encode("utf-8"))

    return setup


def write(name: str, content: Callable[[], bytes]) -> Callable[[Path], None]:
    """Return a set-up that writes one report file."""
    return lambda data: (data / "reports" / name).write_bytes(content())


def sparse(name: str, size: int) -> Callable[[Path], None]:
    """Return a set-up that writes a sparse file of a size."""

    def setup(data: Path) -> None:
        with open(data / "reports" / name, "wb") as handle:
            handle.truncate(size)

    return setup


NUMBERS = ", ".join(f"{n},5%" for n in range(1500))
ROW = "2024-05-01T00:00:00Z"
PROBES: dict[str, tuple[Callable[[Path], None], str]] = {
    # name: (set-up, words the refresh's output must contain)
    "symlink to /etc/passwd": (lambda d: probe_links(d, "passwd"), "outside the reports folder"),
    "relative symlink out of the folder": (lambda d: probe_links(d, "relative"), "outside"),
    "FIFO": (lambda d: probe_links(d, "fifo"), "FIFO"),
    "symlink to /dev/zero": (lambda d: probe_links(d, "device"), "outside"),
    "symlink to /etc (a folder)": (lambda d: probe_links(d, "dir"), "directory"),
    "name with a newline": (
        write("a.txt\nkpi refresh: published fake", SENTENCE.encode),
        "a.txt\\n",
    ),
    "name with terminal escapes": (write("x\x1b[2J\x1b[1;1H.txt", bytes), "x\\x1b[2J"),
    "name with a right-to-left override": (write("r\u202etxt.exe.txt", bytes), "r\\u202e"),
    "empty reviews.csv": (reviews(""), "reviews.csv line 1: empty file"),
    "reviews.csv quote never closed": (
        reviews(HEADER + f'abcd,reject,,"never closed,{ROW}\nefgh,accept,,ok,{ROW}\n'),
        "reviews.csv line 2: a quoted field is never closed",
    ),
    "reviews.csv extra field": (reviews(HEADER + f"abcd,reject,,x,{ROW},more\n"), "6 fields"),
    "reviews.csv without decided_at": (reviews("observation_id,decision\n"), "decided_at"),
    "reviews.csv not UTF-8": (
        lambda d: (d / "reviews.csv").write_bytes(
            HEADER.encode() + f"a,reject,,b\xe1,{ROW}\n".encode("latin-1")
        ),
        "reviews.csv line 2: not valid UTF-8",
    ),
    "reviews.csv correction 1e309": (
        reviews(HEADER + f"{{id}},correct,1e309,typo,{ROW}\n"),
        "'1e309' is not a finite number",
    ),
    "reviews.csv correction nan": (reviews(HEADER + f"{{id}},correct,nan,x,{ROW}\n"), "finite"),
    "reviews.csv correction -inf": (reviews(HEADER + f"{{id}},correct,-inf,x,{ROW}\n"), "finite"),
    "reviews.csv correction 150 on a rate": (
        reviews(HEADER + f"{{id}},correct,150,x,{ROW}\n"),
        "outside 0–100",
    ),
    "targets.csv target 1e309": (lambda d: set_target(d, "1e309"), "not a finite number"),
    "targets.csv target nan": (lambda d: set_target(d, "nan"), "not a finite number"),
    "targets.csv target 150%": (lambda d: set_target(d, "150"), "outside 0–100"),
    "HTML nested 20,000 deep": (lambda d: write_nested(d / "reports" / "deep.html", 20000), ""),
    "5 MB single-line text": (
        write("one-line.txt", lambda: ((SENTENCE + " ") * 70000).encode()),
        "per-file size budget",
    ),
    "49 MB text": (sparse("big.txt", 49 * 2**20), "budget"),
    "1,500 numbers in one sentence": (
        write("numbers.txt", lambda: f"Tỷ lệ đạt {NUMBERS}.\n".encode()),
        "time budget",
    ),
}


def count_current(data: Path) -> int:
    """Return how many current values the served database holds."""
    from metrics import queries

    return len(queries.read_current_series(data / "kpi.duckdb"))


def run_probe(name: str, setup: Callable[[Path], None], words: str, clean: int) -> str:
    """Run one probe in a fresh folder; return its result line."""
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data(Path(tmp))
        setup(data)
        reviews_before = (data / "reviews.csv").read_bytes()
        code, err, seconds = refresh(data)
        published = (data / "kpi.duckdb").exists()
        checks = [
            f"exit {code}",
            f"{seconds:.1f} s",
            "named" if words in err else f"NOT NAMED ({words!r})",
            "no traceback" if "Traceback" not in err else "TRACEBACK",
            "no ESC in output" if "\x1b" not in err else "ESC IN OUTPUT",
            "reviews.csv unchanged"
            if (data / "reviews.csv").read_bytes() == reviews_before
            else "REVIEWS CHANGED",
        ]
        if published:
            checks.append("all stored numbers finite" if stored_numbers_finite(data) else "INF")
            checks.append("root:x not stored" if not stored_text_has(data, "root:x") else "LEAK")
            current = count_current(data)
            checks.append(f"{current} current values" + (" (all)" if current == clean else ""))
        else:
            checks.append("nothing published")
    return f"{name}: " + ", ".join(checks)


def main(words: list[str]) -> int:
    """Run the probes (those whose name holds one of the words, or all)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data(Path(tmp))
        refresh(data)
        clean = count_current(data)
    print(f"bundled reports alone: {clean} current values", flush=True)
    for name, (setup, expected) in PROBES.items():
        if not words or any(w.lower() in name.lower() for w in words):
            print(run_probe(name, setup, expected, clean), flush=True)
    if not words or any(w in "concurrent reviews" for w in words):
        with tempfile.TemporaryDirectory() as tmp:
            lost, message, seconds = probe_concurrent_reviews(make_data(Path(tmp)))
            print(f"12 concurrent kpi review accept: {lost} lost, {message}, {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
