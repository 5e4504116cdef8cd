"""Builders of hostile report files for scripts/probe_hostile.py: real PDFs and DOCX files
(encrypted, image-only, a zip bomb, an external entity), odd names, odd encodings."""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # make_files: real PDFs and DOCX files
SENTENCE = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,5% tính đến ngày 15/02/2024."


def pdf_bytes(password: str | None = None, images_only: bool = False) -> bytes:
    """A real PDF with the sentence (or only a drawn image), optionally password-protected."""
    from make_files import write_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.pdf"
        if images_only:
            from reportlab.pdfgen import canvas

            pdf = canvas.Canvas(str(path))
            pdf.rect(50, 500, 300, 200, fill=1)  # a scanned page: pixels, no text layer
            pdf.showPage()
            pdf.save()
        else:
            write_pdf(path, [([SENTENCE], [])], password=password)
        return path.read_bytes()


def docx_bytes(document_xml: bytes | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """A real DOCX with the sentence; optionally its document.xml replaced, parts added."""
    from make_files import write_docx

    with tempfile.TemporaryDirectory() as tmp:
        original = write_docx(Path(tmp) / "x.docx", [(SENTENCE, "")], [["a", "b"]], "Hết.")
        out = io.BytesIO()
        with (
            zipfile.ZipFile(original) as src,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for info in src.infolist():
                body = src.read(info)
                if info.filename == "word/document.xml" and document_xml is not None:
                    body = document_xml
                dst.writestr(info.filename, body)
            for name, body in (extra or {}).items():
                dst.writestr(name, body)
        return out.getvalue()


def docx_bomb() -> bytes:
    """A 0.2 MB DOCX whose document.xml unpacks to 200 MB."""
    padding = b" " * (200 * 2**20)
    xml = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    return docx_bytes(xml + padding + b"</w:body></w:document>")


def docx_external_entity(data: Path) -> None:
    """A DOCX whose document.xml pulls a local file in through an external entity."""
    secret = data.parent / "secret.txt"
    secret.write_text("root:x:0:0 " + SENTENCE, encoding="utf-8")
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://' + str(secret) + '">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&xxe; " + SENTENCE + "</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    (data / "reports" / "xxe.docx").write_bytes(docx_bytes(xml))


def write_bytes_name(name: bytes, content: bytes) -> Callable[[Path], None]:
    """Return a set-up that writes a report whose name is raw bytes (not valid UTF-8)."""

    def setup(data: Path) -> None:
        fd = os.open(os.fsencode(data / "reports") + b"/" + name, os.O_WRONLY | os.O_CREAT, 0o644)
        os.write(fd, content)
        os.close(fd)

    return setup


def duplicate(data: Path) -> None:
    """A second copy of a bundled report under another name."""
    first = sorted((data / "reports").iterdir())[0]
    shutil.copyfile(first, data / "reports" / ("copy-of-" + first.name))


def unreadable(data: Path) -> None:
    """A report with no read permission (root reads it anyway)."""
    path = data / "reports" / "locked.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    path.chmod(0)


def cp1258(text: str) -> bytes:
    from make_files import encode_cp1258

    return encode_cp1258(text)


def nested_list(depth: int) -> bytes:
    """A Markdown list `depth` levels deep, the sentence at the bottom."""
    lines = [("  " * i) + f"- mục {i}" for i in range(depth)]
    return ("\n".join(lines) + "\n" + ("  " * depth) + "- " + SENTENCE + "\n").encode()
