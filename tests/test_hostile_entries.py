"""Hostile entries in the reports folder: links out of it, FIFOs, and names that forge log lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from refresh_helpers import ROOT, SEEDS

from metrics import queries
from metrics.escape import escape_name

SAMPLE = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,5% tính đến ngày 15/02/2024.\n"


def test_link_out_of_the_folder_is_refused_and_not_stored(store, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n" + SAMPLE, encoding="utf-8")
    (store.reports / "passwd.txt").symlink_to(secret)
    (store.reports / "etc.txt").symlink_to("/etc/passwd")
    (store.reports / "up.txt").symlink_to(Path("..") / ".." / "secret.txt")
    (store.reports / "inside.txt").symlink_to(store.reports / SEEDS[0])  # stays inside: fine
    result = store.refresh()
    assert result.exit_code == 65 and result.published_path is not None
    runs = queries.read_etl_runs(store.db, latest_only=True).set_index("file_name")
    for name in ("passwd.txt", "etc.txt"):
        assert runs.loc[name, "status"] == "failed"
        assert "outside the reports folder" in runs.loc[name, "reason"]
    assert runs.loc["inside.txt", "status"] == "duplicate"
    docs = queries.read_documents(store.db)
    assert not {"passwd.txt", "etc.txt", "up.txt"} & set(docs["file_name"])
    assert set(docs["file_name"]) == set(SEEDS)


def test_fifo_is_refused_and_the_refresh_goes_on(store):
    os.mkfifo(store.reports / "pipe.txt")
    result = store.refresh()
    assert result.exit_code == 65 and result.published_path is not None
    failed = {f.file_name: f.reason for f in result.files if f.status == "failed"}
    assert "FIFO" in failed["pipe.txt"]


def test_reader_refuses_a_fifo_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    code = (
        "import sys; from pathlib import Path; from etl.read import read_report, ReadError\n"
        "try: read_report(Path(sys.argv[1]))\n"
        "except ReadError as e: print(e.reason)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pipe.txt")],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "not a regular file" in proc.stdout, proc.stderr


def test_escape_name_keeps_vietnamese_and_escapes_controls():
    assert escape_name("báo-cáo tháng 2.txt") == "báo-cáo tháng 2.txt"
    assert escape_name("a\nb") == "a\\nb"
    assert escape_name("x\x1b[2Jy") == "x\\x1b[2Jy"
    assert escape_name("r\u202egnp.txt") == "r\\u202egnp.txt"
    assert escape_name("back\\slash") == "back\\\\slash"


def test_names_that_forge_log_lines_are_shown_escaped(store, capsys):
    from etl.refresh import run_refresh_cli

    forged = "x.txt\nkpi refresh: published fake.duckdb"
    (store.reports / forged).write_text(SAMPLE, encoding="utf-8")
    (store.reports / "clear\x1b[2J\x1b[1;1H.txt").write_bytes(b"")

    class Args:
        reports, db, targets, reviews = store.reports, store.db, store.targets, store.reviews
        encoding = None

    assert run_refresh_cli(Args) == 65
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert not any(line.startswith("kpi refresh: published") for line in err.splitlines())
    assert "x.txt\\nkpi refresh: published" in err
    assert "failed: clear\\x1b[2J\\x1b[1;1H.txt: empty file" in err


def test_extract_errors_show_names_escaped(tmp_path):
    import io

    from etl.extract_cli import run_extract_cli

    bad = tmp_path / "a\nkpi extract: fine.txt"
    bad.write_bytes(b"")
    err = io.StringIO()
    assert run_extract_cli([bad], out=io.StringIO(), err=err) == 65
    assert err.getvalue().count("\n") == 1 and "a\\nkpi extract: fine.txt" in err.getvalue()


def test_a_name_of_undecodable_bytes_is_refused_and_the_rest_published(store):
    # Was: a pyarrow UnicodeEncodeError traceback, exit 1, nothing published.
    fd = os.open(os.fsencode(store.reports) + b"/bad\xff\xfe.txt", os.O_WRONLY | os.O_CREAT)
    os.write(fd, "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,5%.".encode())
    os.close(fd)
    result = store.refresh()
    assert result.exit_code == 65
    bad = [f for f in result.files if f.status == "failed"]
    assert [f.file_name for f in bad] == ["bad\\xff\\xfe.txt"]
    assert "not valid UTF-8" in bad[0].reason
    assert store.db.exists()
