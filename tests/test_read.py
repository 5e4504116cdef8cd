"""Tests for etl.read: every format read from files built out of real seed text."""

from __future__ import annotations

import hashlib
import random
import unicodedata
from pathlib import Path

import pytest
from make_files import (
    add_docx_footnotes,
    encode_cp1258,
    find_vietnamese_font,
    write_docx,
    write_html,
    write_pdf,
)

from etl.read import SUPPORTED_SUFFIXES, ReadError, read_report, sha256_file

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"
SEEDS = sorted(REPORTS.glob("*.txt"))
MONTHLY = REPORTS / "004_bao-cao-cds-thang-02-2024.txt"

needs_font = pytest.mark.skipif(
    find_vietnamese_font() is None, reason="no DejaVuSans.ttf (apt-get install fonts-dejavu-core)"
)


def seed_text(path: Path = MONTHLY) -> str:
    """Return a seed report's text."""
    return path.read_text(encoding="utf-8")


def seed_table_rows() -> list[list[str]]:
    """Return the header and first data row of the seed's TAB-separated indicator table."""
    lines = [line for line in seed_text().splitlines() if line.count("\t") == 2]
    return [lines[0].split("\t"), lines[2].split("\t")]


DVCTT = "Tỷ lệ DVCTT (trên tổng TTHC): 81,12%; tỷ lệ DVCTT toàn trình (trên tổng TTHC): 48,28%"
PLANS = "còn 08 bộ, ngành và 18 địa phương chưa ban hành kế hoạch thực hiện chuyển đổi số năm 2024"
FOOTNOTE = "2 Bộ, ngành đạt 50,1%; địa phương đạt 47,4%."


def test_seed_fragments_are_real():
    """Check the quoted sentences really are in the seed reports."""
    assert DVCTT in seed_text()
    assert PLANS in seed_text()
    assert FOOTNOTE in seed_text(REPORTS / "002_thong-bao-203-TB-VPCP_phien-hop-8_pdf.txt")


@needs_font
def test_pdf_drops_superscript_marker_and_keeps_footnote_body(tmp_path):
    """Read a PDF whose raised small-type markers go and whose footnote bodies stay."""
    first = (
        [DVCTT + "^1", "Tỷ lệ hồ sơ xử lý trực tuyến chưa cao^2; tỷ lệ cung cấp^10 còn thấp"],
        ["1 Nguồn: Cổng Dịch vụ công quốc gia.", FOOTNOTE],
    )
    path = write_pdf(tmp_path / "bao-cao.pdf", [first, (["Trang hai."], [])])
    text = read_report(path)
    page_one, page_two = text.split("\n\n")
    assert page_one.splitlines() == [
        DVCTT,  # "48,28%" with no "1" glued on, diacritics intact
        "Tỷ lệ hồ sơ xử lý trực tuyến chưa cao; tỷ lệ cung cấp còn thấp",
        "1 Nguồn: Cổng Dịch vụ công quốc gia.",
        FOOTNOTE,  # a normal-position number at the start of a footnote body stays
    ]
    assert page_two == "Trang hai."


@needs_font
def test_pdf_refusals_name_the_file(tmp_path):
    """Refuse encrypted, truncated and text-less PDFs with the file name in the message."""
    from reportlab.pdfgen import canvas

    locked = write_pdf(tmp_path / "locked.pdf", [([DVCTT], [])], password="mat-khau")
    with pytest.raises(ReadError, match=r"^locked\.pdf: password-protected PDF$"):
        read_report(locked)

    whole = write_pdf(tmp_path / "whole.pdf", [([DVCTT + "^1"], [FOOTNOTE])]).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ReadError, match=r"^cut\.pdf: damaged PDF"):
        read_report(cut)

    scanned = tmp_path / "scanned.pdf"
    drawing = canvas.Canvas(str(scanned))
    drawing.rect(100, 100, 200, 200, fill=1)  # an image-like page with no text objects
    drawing.showPage()
    drawing.save()
    with pytest.raises(ReadError, match=r"^scanned\.pdf: PDF has no text layer"):
        read_report(scanned)


def test_docx_keeps_order_drops_superscript_and_tab_joins_rows(tmp_path):
    """Read a DOCX: paragraph, marker-free sentence, table rows as TAB lines, tail in order."""
    rows = seed_table_rows()
    path = write_docx(
        tmp_path / "bao-cao.docx",
        [(DVCTT, ""), (PLANS, "2")],
        rows,
        "- Về kết quả phủ sóng đối với các thôn lõm sóng:",
    )
    text = read_report(path)
    assert text.split("\n\n") == [
        DVCTT,
        PLANS,
        "\t".join(rows[0]) + "\n" + "\t".join(rows[1]),
        "- Về kết quả phủ sóng đối với các thôn lõm sóng:",
    ]


def test_docx_word_footnotes_come_after_the_body(tmp_path):
    """Read a DOCX with a real Word footnote: reference dropped, body appended as "1 text"."""
    body = seed_text().split("² ", 1)[1].splitlines()[0]  # the seed's footnote 2 body
    path = write_docx(tmp_path / "chu-thich.docx", [(PLANS, "<footnote>")], seed_table_rows(), "")
    add_docx_footnotes(path, [body])
    blocks = read_report(path).split("\n\n")
    assert blocks[0] == PLANS
    assert blocks[-1] == f"1 {body}"


def test_html_keeps_article_text_only(tmp_path):
    """Read an HTML page: nav, script, style, share and footer go; article sentences stay."""
    sentences = [DVCTT + ".", PLANS + "."]
    text = read_report(write_html(tmp_path / "tin.html", sentences))
    for sentence in sentences:
        assert sentence in text.split("\n\n")
    for noise in ("NAV_TEXT", "SCRIPT_TEXT", "color", "BREADCRUMB", "SHARE", "FOOTER", "NOSCRIPT"):
        assert noise not in text
    assert "48,28%.1" not in text and DVCTT + "." in text  # the <sup>1</sup> marker is gone
    assert "Tỷ lệ hộ gia đình có Internet cáp quang băng rộng\t80,1%" in text.splitlines()


def test_html_follows_meta_charset_and_explicit_encoding(tmp_path):
    """Decode a windows-1258 page by its <meta charset>, or by the encoding argument."""
    path = tmp_path / "cp.html"
    html = f'<html><head><meta charset="windows-1258"></head><body><p>{DVCTT}</p></body></html>'
    path.write_bytes(encode_cp1258(html))
    assert read_report(path) == DVCTT
    plain = tmp_path / "plain.htm"
    plain.write_bytes(encode_cp1258(f"<p>{DVCTT}</p>"))
    with pytest.raises(ReadError, match=r"^plain\.htm: not valid utf-8 .*--encoding"):
        read_report(plain)
    assert read_report(plain, encoding="cp1258") == DVCTT
    with pytest.raises(ReadError, match=r"^plain\.htm: not valid utf-8 at byte \d+$"):
        read_report(plain, encoding="utf-8")


def test_nfd_text_comes_back_nfc(tmp_path):
    """Return NFC text for a file saved in decomposed (NFD) form."""
    original = seed_text()
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", original), encoding="utf-8")
    assert read_report(path) == unicodedata.normalize("NFC", original)


def test_cp1258_refused_without_encoding_and_read_with_it(tmp_path):
    """Refuse a cp1258 file without --encoding; read it exactly with encoding='cp1258'."""
    original = seed_text()
    path = tmp_path / "cu.txt"
    path.write_bytes(encode_cp1258(original))
    with pytest.raises(ReadError) as caught:
        read_report(path)
    assert str(caught.value).startswith("cu.txt: not valid UTF-8 at byte ")
    assert "--encoding" in str(caught.value)
    assert read_report(path, encoding="cp1258") == original


def test_wrong_explicit_encoding_is_refused(tmp_path):
    """Refuse bytes that the named encoding cannot decode, and unknown encoding names."""
    path = tmp_path / "u8.txt"
    path.write_bytes(DVCTT.encode("utf-8"))
    with pytest.raises(ReadError, match=r"^u8\.txt: not valid ascii at byte 1$"):
        read_report(path, encoding="ascii")
    with pytest.raises(ReadError, match=r"^u8\.txt: unknown encoding 'vni'$"):
        read_report(path, encoding="vni")
    with pytest.raises(ReadError, match=r"^u8\.txt: unknown encoding 'base64'$"):
        read_report(path, encoding="base64")


def test_utf8_error_offset_counts_the_bom(tmp_path):
    """Name the true byte offset of bad UTF-8, counting a leading BOM."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfab\xff")
    with pytest.raises(ReadError, match=r"^bom\.txt: not valid UTF-8 at byte 5 "):
        read_report(path)


def test_utf16_refused_unless_named(tmp_path):
    """Refuse UTF-16 text without an encoding and read it with encoding='utf-16'."""
    path = tmp_path / "u16.txt"
    path.write_bytes(DVCTT.encode("utf-16"))
    with pytest.raises(ReadError, match=r"^u16\.txt: UTF-16 text; give --encoding utf-16$"):
        read_report(path)
    assert read_report(path, encoding="utf-16") == DVCTT
    no_bom = tmp_path / "u16le.txt"
    no_bom.write_bytes(DVCTT.encode("utf-16-le"))
    with pytest.raises(ReadError, match="UTF-16 text"):
        read_report(no_bom)


def test_spaces_newlines_and_bom_are_normalised(tmp_path):
    """Turn NBSP and odd spaces into spaces, CRLF into LF, and drop a UTF-8 BOM."""
    path = tmp_path / "win.txt"
    raw = "\ufeffTỷ lệ\u00a0DVCTT:\u202f81,12%\r\nđạt\u2009100%\r\n"
    path.write_bytes(raw.encode("utf-8"))
    assert read_report(path) == "Tỷ lệ DVCTT: 81,12%\nđạt 100%\n"


def test_markdown_markers_removed_words_kept(tmp_path):
    """Strip # headings and ** / * emphasis from .md but keep the words and bullets."""
    path = tmp_path / "bao-cao.md"
    path.write_text(
        "# **BÁO CÁO** Chuyển đổi số\n\n## 1.3. Hạ tầng số\n\n"
        "* Tỷ lệ *DVCTT toàn trình*: **48,28%**\n2 * 3 = 6\n",
        encoding="utf-8",
    )
    assert read_report(path) == (
        "BÁO CÁO Chuyển đổi số\n\n1.3. Hạ tầng số\n\n* Tỷ lệ DVCTT toàn trình: 48,28%\n2 * 3 = 6\n"
    )


def write_sparse(path: Path, size: int) -> Path:
    """Create a file of the given size without writing its bytes."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


REFUSALS = [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b" \n\t\r\n  ", "empty file"),
    ("blank.html", b"<html><body><script>x()</script></body></html>", "no text found"),
    ("nul.txt", DVCTT.encode() + b"\x00\x01\x02", "binary data, not a report"),
    ("garbage.txt", random.Random(7).randbytes(4096), "binary data, not a report"),
    ("no-nul.md", bytes(b for b in random.Random(8).randbytes(4096) if b), "binary data, not"),
    ("garbage.docx", b"PK\x03\x04 not really", "not a DOCX (not a zip archive)"),
    ("text.docx", DVCTT.encode(), "not a DOCX (not a zip archive)"),
    ("text.pdf", DVCTT.encode(), "damaged PDF: no %PDF header"),
    ("bang.xlsx", b"PK\x03\x04", "unsupported file type .xlsx (supported: .docx, .htm, "),
    ("README", b"text", "unsupported file type (none)"),
]


@pytest.mark.parametrize(("name", "data", "reason"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_bad_files_are_refused_with_their_name(tmp_path, name, data, reason):
    """Refuse each bad file with a ReadError whose message starts with the file name."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_report(path)
    assert caught.value.path == path
    assert caught.value.reason.startswith(reason)
    assert str(caught.value) == f"{name}: {caught.value.reason}"


def test_docx_zip_that_is_not_word_is_refused(tmp_path):
    """Refuse a zip archive that holds no Word document."""
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("note.txt", DVCTT)
    with pytest.raises(ReadError, match=r"^archive\.docx: damaged DOCX"):
        read_report(path)


def test_file_vanishing_mid_read_is_refused(tmp_path, monkeypatch):
    """Refuse a file that is deleted between its size check and its opening."""
    path = tmp_path / "moving.txt"
    path.write_text(DVCTT, encoding="utf-8")

    def vanish(*args, **kwargs):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr("etl.read.open", vanish, raising=False)
    with pytest.raises(ReadError, match=r"^moving\.txt: file disappeared while reading$"):
        read_report(path)


def test_missing_and_oversized_files_are_refused(tmp_path):
    """Refuse a missing file, a directory and a file over 50 MB without reading it."""
    with pytest.raises(ReadError, match=r"^gone\.txt: file not found$"):
        read_report(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ReadError, match=r"^folder\.txt: is a directory"):
        read_report(tmp_path / "folder.txt")
    huge = write_sparse(tmp_path / "huge.txt", 51 * 2**20 + 1)
    with pytest.raises(ReadError, match=r"^huge\.txt: file too large \(51 MB > 50 MB\)$"):
        read_report(huge)


def test_supported_suffixes():
    """Expose exactly the six supported suffixes."""
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_reports_read_as_their_nfc_text(path):
    """Read every bundled report unchanged apart from NFC normalisation."""
    assert read_report(path) == unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


def test_sha256_file_matches_hashlib(tmp_path):
    """Hash raw bytes the same way hashlib does, across chunk boundaries."""
    data = random.Random(3).randbytes(3 * 2**20 + 17)
    path = tmp_path / "blob.pdf"
    path.write_bytes(data)
    assert sha256_file(path) == hashlib.sha256(data).hexdigest()
    assert sha256_file(SEEDS[0]) == hashlib.sha256(SEEDS[0].read_bytes()).hexdigest()
    with pytest.raises(ReadError, match="file not found"):
        sha256_file(tmp_path / "missing.pdf")
