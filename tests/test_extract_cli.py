"""`kpi extract PATH... --csv`: CSV on stdout only, one stderr line per unreadable file."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from cli import main

ROOT = Path(__file__).resolve().parents[1]
HEADER = "document,indicator,breakdown,period_kind,period_start,period_end,value,unit,qualifier,status,quote"


def run(args, capsys):
    """Run the CLI in-process and return (exit code, stdout, stderr)."""
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_extract_prints_csv_for_bundled_reports(capsys):
    code, out, err = run(
        ["extract", str(ROOT / "data/reports/004_bao-cao-cds-thang-02-2024.txt"), "--csv"], capsys
    )
    assert code == 0 and err == ""
    assert out.splitlines()[0] == HEADER
    rows = list(csv.DictReader(io.StringIO(out)))
    by = {(r["indicator"], r["period_end"]): r for r in rows}
    assert by[("dvctt_full_process_rate", "2024-02-19")]["value"] == "48.28"
    assert by[("ndxp_transactions_cumulative", "2024-02-19")]["value"] == "1860000000"
    assert by[("cyberattacks", "2023-02-28")]["value"] == "1687"


def test_bad_files_are_named_on_stderr_and_exit_65(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Tỷ lệ đạt 48,28%".encode("cp1258", errors="ignore") + b"\xff\xfe\x00")
    good = ROOT / "data/reports/001_tin-tuc_phien-hop-9_2024-07-10.txt"
    code, out, err = run(["extract", str(bad), str(good), "--csv"], capsys)
    assert code == 65
    assert err.count("\n") == 1 and "bad.txt" in err
    assert out.splitlines()[0] == HEADER and len(out.splitlines()) > 5


def test_a_missing_file_is_named_by_its_path_and_nothing_read_exits_66(tmp_path, capsys):
    missing = tmp_path / "reports" / "thang-13.txt"
    code, out, err = run(["extract", str(missing), "--csv"], capsys)
    assert code == 66
    assert f"{missing}: no such file" in err
    assert out.splitlines() == [HEADER]


def test_console_script_runs_in_a_subprocess():
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, cli; sys.exit(cli.main())",
            "extract",
            "--csv",
            str(ROOT / "data/reports"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(HEADER)


def test_values_held_for_review_are_counted_on_stderr_with_their_reasons(tmp_path, capsys):
    page = tmp_path / "page.txt"  # no date anywhere: the value waits for a published date
    page.write_text("Tỷ lệ hồ sơ trực tuyến toàn trình hiện đạt 45%.\n", encoding="utf-8")
    code, out, err = run(["extract", str(page), "--csv"], capsys)
    assert code == 0 and out.splitlines()[0] == HEADER
    assert list(csv.DictReader(io.StringIO(out)))[0]["status"] == "needs_review"
    assert err.startswith("kpi extract: page.txt: 1 of 1 values held for review: ")
    assert "document date unknown: add published to page.txt.meta.json" in err
