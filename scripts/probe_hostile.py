"""Run `kpi refresh` on hostile inputs, one fresh data folder each, and print what happened.

    .venv/bin/python scripts/probe_hostile.py            # every probe
    .venv/bin/python scripts/probe_hostile.py fifo nan   # probes whose name contains a word
    .venv/bin/python scripts/probe_hostile.py --markdown # the table in RELIABILITY.md

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
sys.path.insert(0, str(ROOT / "scripts"))
HEADER = "observation_id,decision,value,reason,decided_at\n"
SENTENCE = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,5% tính đến ngày 15/02/2024."
from hostile_files import (  # noqa: E402  (after the path set-up)
    cp1258,
    docx_bomb,
    docx_bytes,
    docx_external_entity,
    duplicate,
    nested_list,
    pdf_bytes,
    unreadable,
    write_bytes_name,
)

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


def probe_changing_file(data: Path) -> str:
    """Rewrite a report in place, over and over, while `kpi refresh` runs; return the result."""
    import threading

    path = data / "reports" / "changing.txt"
    versions = [SENTENCE.encode(), SENTENCE.replace("45,5", "46,5").encode()]
    path.write_bytes(versions[0])
    stop = threading.Event()

    def rewrite() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            with open(path, "wb") as handle:  # truncate, then write: readers may see it half done
                handle.write(versions[n % 2])
            time.sleep(0.002)

    writer = threading.Thread(target=rewrite)
    writer.start()
    try:
        code, err, seconds = refresh(data)
    finally:
        stop.set()
        writer.join()
    from metrics import queries

    db = data / "kpi.duckdb"
    docs = queries.read_documents(db)
    doc = docs[docs["file_name"] == "changing.txt"] if "file_name" in docs else docs.iloc[0:0]
    if doc.empty:
        stored = "not stored"
    else:
        sha = doc["doc_sha256"].iloc[0]
        text = queries.read_document_text(db, sha)
        obs = queries.read_observations(db, include_revisions=True)
        values = sorted(set(obs.loc[obs["doc_sha256"] == sha, "value"]))
        said = [v for v in (45.5, 46.5) if f"{v:.1f}".replace(".", ",") in text]
        consistent = values == said
        stored = f"stored with values {values}, text says {said}: " + (
            "consistent" if consistent else "MISMATCH"
        )
    checks = [
        f"exit {code}",
        f"{seconds:.1f} s",
        "no traceback" if "Traceback" not in err else "TRACEBACK",
        stored,
    ]
    return format_result(
        "file rewritten in place during the refresh", checks, quote_message(err, "")
    )


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
    "zero-byte PDF": (write("empty.pdf", bytes), "empty.pdf: empty file"),
    "PDF with only an image": (write("scan.pdf", lambda: pdf_bytes(images_only=True)), "no text"),
    "password-protected PDF": (write("locked.pdf", lambda: pdf_bytes("s3cret")), "password"),
    "truncated PDF": (write("cut.pdf", lambda: pdf_bytes()[:700]), "cut.pdf"),
    "PDF header, garbage body": (
        write("fake.pdf", lambda: b"%PDF-1.7\n" + os.urandom(4000)),
        "fake.pdf",
    ),
    "DOCX zip bomb (200 MB unpacked)": (write("bomb.docx", docx_bomb), "zip bomb"),
    "DOCX with an external entity": (docx_external_entity, ""),
    "text renamed .docx": (write("plain.docx", SENTENCE.encode), "not a DOCX"),
    "DOCX without document.xml": (write("hollow.docx", lambda: docx_bytes(b"")), "hollow.docx"),
    "UTF-16 text": (write("utf16.txt", lambda: SENTENCE.encode("utf-16")), "UTF-16"),
    "mixed UTF-8 and cp1258": (
        write("mixed.txt", lambda: SENTENCE.encode() + b"\n" + cp1258(SENTENCE)),
        "mixed.txt",
    ),
    "NUL bytes in text": (
        write("nul.txt", lambda: SENTENCE.replace(" ", "\x00").encode()),
        "nul.txt",
    ),
    "random bytes named .txt": (write("noise.txt", lambda: os.urandom(8000)), "noise.txt"),
    "900,000-character line without a space": (write("long.txt", lambda: b"a" * 900_000), ""),
    "Markdown list 1,500 deep": (write("deep.md", lambda: nested_list(1500)), ""),
    "zero-width and RTL marks inside a number": (
        write(
            "marks.txt",
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 4\u200b5,\u200f5% tính đến ngày 15/02/2024.".encode,
        ),
        "",
    ),
    "absurd number (10^30 %)": (
        write(
            "huge.txt",
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 1.000.000.000.000.000.000.000.000.000.000% tính đến ngày 15/02/2024.".encode,
        ),
        "",
    ),
    "HTML with script and style": (
        write(
            "script.html",
            f"<html><script>alert('root:x')</script><style>p{{}}</style><p>{SENTENCE}</p></html>".encode,
        ),
        "",
    ),
    "name not valid UTF-8": (
        write_bytes_name(b"bad\xff\xfe.txt", SENTENCE.encode()),
        "bad\\\\xff\\\\xfe.txt: file name is not valid UTF-8",
    ),
    "duplicate of a bundled report": (duplicate, "copy-of-"),
    "unreadable file (mode 000)": (unreadable, ""),
    "folder named report.txt": (lambda d: (d / "reports" / "folder.txt").mkdir(), "folder.txt"),
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
    return format_result(name, checks, quote_message(err, words))


def quote_message(err: str, words: str) -> str:
    """What the refresh said about the bad input: its `failed:` lines, else the line naming it."""
    lines = [line.strip() for line in err.splitlines()]
    said = [line for line in lines if line.startswith(("failed:", "skipped:"))]
    if not said and words:
        said = [line for line in lines if words in line][:1]
    text = " / ".join(said)
    return text if len(text) <= 220 else text[:217] + "..."


def format_result(name: str, checks: list[str], message: str) -> str:
    """One result: a line, or a Markdown table row with --markdown."""
    if MARKDOWN:
        said = message.replace("|", "\\|").replace("`", "'")
        return f"| {name} | {', '.join(checks)} | {'`' + said + '`' if said else '—'} |"
    return f"{name}: " + ", ".join(checks) + (f"; says: {message}" if message else "")


MARKDOWN = False


def main(words: list[str]) -> int:
    """Run the probes (those whose name holds one of the words, or all)."""
    global MARKDOWN
    MARKDOWN = "--markdown" in words
    words = [w for w in words if w != "--markdown"]
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data(Path(tmp))
        refresh(data)
        clean = count_current(data)
    print(f"bundled reports alone: {clean} current values", flush=True)
    if MARKDOWN:
        print("| hostile input | `kpi refresh` and checks | what it said |\n|---|---|---|")
    for name, (setup, expected) in PROBES.items():
        if not words or any(w.lower() in name.lower() for w in words):
            print(run_probe(name, setup, expected, clean), flush=True)
    if not words or any(w in "file changed during refresh" for w in words):
        with tempfile.TemporaryDirectory() as tmp:
            print(probe_changing_file(make_data(Path(tmp))), flush=True)
    if not words or any(w in "concurrent reviews" for w in words):
        with tempfile.TemporaryDirectory() as tmp:
            lost, message, seconds = probe_concurrent_reviews(make_data(Path(tmp)))
            checks = [f"{lost} lost", message, f"{seconds:.1f} s"]
            print(format_result("12 concurrent `kpi review accept`", checks, ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
