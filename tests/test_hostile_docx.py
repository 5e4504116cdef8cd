"""Hostile DOCX files: a zip bomb is refused before it is unpacked, an external entity is not
resolved (python-docx parses with resolve_entities off), each a ReadError naming the file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from make_files import write_docx

from etl import budget
from etl.read import ReadError, read_report

SENTENCE = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,5% tính đến ngày 15/02/2024."


def replace_document(path: Path, xml: bytes) -> bytes:
    """The DOCX at `path` with its word/document.xml replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = xml if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, body)
    return out.getvalue()


@pytest.fixture
def sample(tmp_path) -> Path:
    return write_docx(tmp_path / "sample.docx", [(SENTENCE, "")], [["a", "b"]], "Hết.")


def test_a_docx_zip_bomb_is_refused_unpacked(sample, tmp_path):
    padding = b" " * (budget.DOCX_MAX_UNPACKED_BYTES + 2**20)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(replace_document(sample, b"<w:document>" + padding + b"</w:document>"))
    assert bomb.stat().st_size < 2**20  # small on disk
    with pytest.raises(ReadError) as refused:
        read_report(bomb)
    assert refused.value.path.name == "bomb.docx"
    assert "zip bomb" in refused.value.reason


def test_an_external_entity_is_not_resolved(sample, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>&xxe; {SENTENCE}</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    path = tmp_path / "xxe.docx"
    path.write_bytes(replace_document(sample, xml))
    try:
        text = read_report(path)
    except ReadError as err:
        assert err.path.name == "xxe.docx"
        return
    assert "root:x" not in text
