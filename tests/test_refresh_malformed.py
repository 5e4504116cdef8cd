"""A refresh among malformed files: exit 65, each bad file named with its reason, good data published."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import pytest
from refresh_helpers import SEEDS, read_tables

import etl.extract
from metrics import queries

ASCII_SAMPLE = "Ty le ho gia dinh co Internet cap quang bang rong dat 80,1%."
SAMPLE = "Tỷ lệ hộ gia đình có Internet cáp quang băng rộng đạt 80,1% (tháng 01/2024)."

# file name -> words its reason must contain
EXPECTED = {
    "empty.txt": "empty",
    "blank.txt": "empty",
    "garbage.txt": "binary",
    "nul-bytes.md": "binary",
    "truncated.pdf": "truncated",
    "locked.pdf": "password",
    "no-text-layer.pdf": "no text layer",
    "text-really.pdf": "no %PDF header",
    "not-a-zip.docx": "not a zip",
    "wrong-zip.docx": "DOCX",
    "huge.txt": "too large",
    "cp1258.txt": "UTF-8",
    "utf16.txt": "UTF-16",
    "scripts-only.html": "no text",
    "notes.xyz": "unsupported file type",
    "folder.txt": "directory",
    "dangling.txt": "broken symbolic link",
    "vanishing.txt": "disappeared",
}


def write_pdf(path: Path, text: str | None, password: str | None = None) -> Path:
    """Write a one-page PDF (ASCII text in a core font; None for a page without text)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    encrypt = StandardEncryption(password, password + "-owner") if password else None
    pdf = canvas.Canvas(str(path), encrypt=encrypt)
    if text is not None:
        pdf.drawString(50, 780, text)
    else:
        pdf.rect(50, 700, 100, 50)  # a drawing, no text layer
    pdf.showPage()
    pdf.save()
    return path


def write_malformed(reports: Path) -> None:
    """Write every malformed file of EXPECTED plus a valid report without values."""
    rng = random.Random(7)
    (reports / "empty.txt").write_bytes(b"")
    (reports / "blank.txt").write_text("  \n\n\t \n", encoding="utf-8")
    (reports / "garbage.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (reports / "nul-bytes.md").write_bytes(b"# B\xc3\xa1o c\xc3\xa1o\n\x00\x00\x00\x01\x02" * 50)
    pdf = write_pdf(reports / "full.pdf", ASCII_SAMPLE)
    data = pdf.read_bytes()
    pdf.unlink()
    (reports / "truncated.pdf").write_bytes(data[: len(data) // 2])
    write_pdf(reports / "locked.pdf", ASCII_SAMPLE, password="secret")
    write_pdf(reports / "no-text-layer.pdf", None)
    (reports / "text-really.pdf").write_text(SAMPLE, encoding="utf-8")
    (reports / "not-a-zip.docx").write_text(SAMPLE, encoding="utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", SAMPLE)
    (reports / "wrong-zip.docx").write_bytes(buffer.getvalue())
    with open(reports / "huge.txt", "wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: costs no disk, refused by size
    text = (reports / SEEDS[4]).read_text(encoding="utf-8")
    (reports / "cp1258.txt").write_bytes(text.encode("cp1258", errors="replace"))
    (reports / "utf16.txt").write_bytes(text.encode("utf-16"))
    scripts = "".join(f"<script>var a{i} = '{SAMPLE}';</script>" for i in range(200))
    (reports / "scripts-only.html").write_text(
        f"<html><head>{scripts}</head><body>{scripts}</body></html>", encoding="utf-8"
    )
    (reports / "notes.xyz").write_text(SAMPLE, encoding="utf-8")
    (reports / "folder.txt").mkdir()
    (reports / "dangling.txt").symlink_to(reports / "nowhere.txt")
    (reports / "vanishing.txt").write_text(text.replace("02/2024", "03/2024"), encoding="utf-8")
    (reports / "archive").mkdir()  # a plain sub-folder is skipped, not an error
    (reports / "no-values.txt").write_text(
        "BÁO CÁO\nTình hình chuyển đổi số tiếp tục chuyển biến tích cực.\n", encoding="utf-8"
    )


@pytest.fixture
def messy(store, monkeypatch):
    """The store with the malformed files, and a file that vanishes as it is extracted."""
    write_malformed(store.reports)
    real = etl.extract.extract_file

    def vanish_then_extract(path, encoding=None, **options):
        if Path(path).name == "vanishing.txt":
            os.unlink(path)
        return real(path, encoding=encoding, **options)

    monkeypatch.setattr(etl.extract, "extract_file", vanish_then_extract)
    return store


def test_bad_files_are_named_and_good_values_published(messy, tmp_path):
    result = messy.refresh()
    assert result.exit_code == 65
    assert result.published_path is not None
    runs = queries.read_etl_runs(messy.db, latest_only=True).set_index("file_name")
    failed = runs[runs["status"] == "failed"]
    assert len(failed) >= 15
    assert set(failed.index) == set(EXPECTED), failed["reason"].to_dict()
    for name, words in EXPECTED.items():
        assert words.lower() in failed.loc[name, "reason"].lower(), (
            name,
            failed.loc[name, "reason"],
        )
    assert runs.loc["archive", "status"] == "skipped"
    assert runs.loc["no-values.txt", "status"] == "loaded"
    assert runs.loc["no-values.txt", "observations_extracted"] == 0
    for name in SEEDS:
        assert runs.loc[name, "status"] in ("loaded", "duplicate")
    docs = queries.read_documents(messy.db)
    assert set(docs["file_name"]) == {*SEEDS, "no-values.txt"}


def test_every_good_value_is_published(messy, warm_cache, tmp_path):
    from refresh_helpers import make_store

    clean = make_store(tmp_path / "clean", warm_cache)
    assert clean.refresh().exit_code == 0
    assert messy.refresh().exit_code == 65
    tables = ["out_current_series", "out_latest", "core_targets", "qa_rejected_observations"]
    assert read_tables(messy.db, tables) == read_tables(clean.db, tables)


def test_summary_names_each_bad_file(messy, capsys):
    from etl.refresh import run_refresh_cli

    class Args:
        reports, db, targets, reviews = messy.reports, messy.db, messy.targets, messy.reviews
        encoding = None

    assert run_refresh_cli(Args) == 65
    err = capsys.readouterr().err
    for name in EXPECTED:
        assert f"failed: {name}:" in err


def test_all_bad_publishes_nothing(tmp_path):
    from refresh_helpers import TARGETS

    from etl.refresh import refresh

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "empty.txt").write_bytes(b"")
    result = refresh(reports, tmp_path / "kpi.duckdb", TARGETS, tmp_path / "reviews.csv")
    assert result.exit_code == 65
    assert result.published_path is None and not (tmp_path / "kpi.duckdb").exists()


def test_encoding_option_reads_cp1258(store, tmp_path):
    text = (store.reports / SEEDS[4]).read_text(encoding="utf-8")
    legacy = tmp_path / "legacy"
    legacy.mkdir()
    import unicodedata

    # cp1258 writes Vietnamese tones as combining marks; the reader re-composes to NFC.
    encoded = unicodedata.normalize("NFD", text).encode("cp1258", errors="replace")
    (legacy / "cp1258.txt").write_bytes(encoded)
    store.reports = legacy
    store.targets = tmp_path / "targets.csv"  # the bundled targets cite the other reports
    store.targets.write_text(
        "indicator,breakdown,deadline_date,target_value,comparator,document,quote,note\n",
        encoding="utf-8",
    )
    assert store.refresh().exit_code == 65
    result = store.refresh(encoding="cp1258")
    assert result.exit_code == 0, [f.reason for f in result.files]
