"""Read report files (.txt, .md, .html, .pdf, .docx) into clean Unicode text."""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import stat
import statistics
import unicodedata
import zipfile
from pathlib import Path

import docx
import pdfplumber
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.table import Table
from docx.text.run import Run
from lxml import etree
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from etl import budget

SUPPORTED_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}
MAX_BYTES = 50 * 1024 * 1024

# A footnote reference: 1-3 digits, optionally bracketed ("1", "[2]", "(3)").
MARKER_RE = re.compile(r"\s*[\[(]?\d{1,3}[\])]?\s*")
MARKER_CHARS = set("0123456789[]()")
# NBSP and the other fixed-width spaces become plain spaces; invisible format characters go.
SPACE_MAP = {cp: " " for cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B))}
SPACE_MAP |= {0x2028: "\n", 0x2029: "\n\n", 0x200B: None, 0xFEFF: None, 0x00AD: None}
# The same characters as one class: most texts hold none, and a scan for them is cheaper than
# translate's lookup of every character.
SPACE_CHARS = re.compile("[" + "".join(map(chr, SPACE_MAP)) + "]")
# The C0 control characters besides tab, newline, form feed and carriage return; and DEL.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


class ReadError(Exception):
    """A report file that cannot be turned into text, with a plain-English reason."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


def read_report(path: Path, encoding: str | None = None) -> str:
    """Return the text of a report file, NFC-normalised with plain spaces and "\\n" newlines."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise ReadError(
            path, f"unsupported file type {suffix or '(none)'} (supported: {supported})"
        )
    data = read_bytes(path)
    if not data:
        raise ReadError(path, "empty file")
    if suffix in budget.MARKUP_SUFFIXES and len(data) > budget.MARKUP_MAX_BYTES:
        size, limit = len(data) / 2**20, budget.MARKUP_MAX_BYTES // 2**20
        reason = f"file too large for a {suffix} report ({size:.1f} MB > {limit} MB budget)"
        raise ReadError(path, reason)
    if suffix == ".pdf":
        text = read_pdf(path, data)
    elif suffix == ".docx":
        text = read_docx(path, data)
    elif suffix in {".html", ".htm"}:
        from etl.html import read_html  # etl.html builds on this module's helpers

        text = read_html(path, data, encoding)
    else:
        text = decode_text(path, data, encoding)
        if suffix == ".md":
            text = strip_markdown(text)
    text = clean_text(text)
    if len(text) > budget.TEXT_MAX_CHARS:
        limit = budget.TEXT_MAX_CHARS
        reason = f"text too long ({len(text):,} characters > {limit:,}: the per-file size budget)"
        raise ReadError(path, reason)
    return text


def sha256_file(path: Path) -> str:
    """Return the hex SHA-256 of a file's raw bytes, read in chunks."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError as err:
        raise ReadError(path, describe_os_error(err)) from err
    return digest.hexdigest()


def describe_os_error(err: OSError, opened: bool = False) -> str:
    """Turn an OSError into a short reason."""
    if isinstance(err, FileNotFoundError):
        return "file disappeared while reading" if opened else "file not found"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a directory, not a file"
    return f"cannot read file ({err.strerror or err})"


def read_bytes(path: Path) -> bytes:
    """Read a whole regular file, refusing anything over MAX_BYTES before loading it."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise ReadError(path, describe_os_error(err)) from err
    try:
        check_regular_file(path, os.fstat(fd))
        with open(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since fstat()
    except OSError as err:
        raise ReadError(path, describe_os_error(err, opened=True)) from err
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise ReadError(path, f"file too large (> {MAX_BYTES // 2**20} MB)")
    return data


def check_regular_file(path: Path, info: os.stat_result) -> None:
    """Refuse what an open file descriptor shows is not a regular file, or is too large."""
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(path, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(path, f"not a regular file ({describe_file_kind(info.st_mode)})")
    if info.st_size > MAX_BYTES:
        raise ReadError(
            path, f"file too large ({info.st_size // 2**20} MB > {MAX_BYTES // 2**20} MB)"
        )


def describe_file_kind(mode: int) -> str:
    """Name the kind of a non-regular file from its st_mode."""
    kinds = [(stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket")]
    kinds += [(stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")]
    return next((name for test, name in kinds if test(mode)), "a special file")


def clean_text(text: str) -> str:
    """Normalise newlines, odd spaces and Unicode form (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if SPACE_CHARS.search(text):
        text = text.translate(SPACE_MAP)
    return unicodedata.normalize("NFC", text)


def looks_binary(sample: str) -> bool:
    """Tell whether decoded text is binary data: NULs or many C0 control characters."""
    sample = sample[:65536]
    controls = len(CONTROL_CHARS.findall(sample))
    # Real reports have no control characters at all; random bytes give about 11%.
    return "\x00" in sample or controls > 0.05 * max(len(sample), 1)


def looks_utf16(data: bytes) -> bool:
    """Tell whether BOM-less bytes look like UTF-16: NULs packed on one side of each pair."""
    even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
    half = max(len(data[:4096]) // 2, 1)
    return max(even, odd) > 0.2 * half and min(even, odd) < 0.02 * half


def decode_with(path: Path, data: bytes, encoding: str) -> str:
    """Decode strictly with a named encoding, as a ReadError on failure."""
    try:
        return data.decode(encoding)
    except LookupError as err:  # unknown names and non-text codecs such as base64
        raise ReadError(path, f"unknown encoding {encoding!r}") from err
    except UnicodeDecodeError as err:
        raise ReadError(path, f"not valid {encoding} at byte {err.start}") from err


def decode_text(path: Path, data: bytes, encoding: str | None) -> str:
    """Decode a plain-text report: strict UTF-8 unless an encoding is given; never guess."""
    if encoding:
        text = decode_with(path, data, encoding)
    else:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
            b"\x00" in data and looks_utf16(data)
        ):
            raise ReadError(path, "UTF-16 text; give --encoding utf-16")
        if b"\x00" in data:
            raise ReadError(path, "binary data, not a report")
        bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        try:
            text = data[bom:].decode("utf-8")
        except UnicodeDecodeError as err:
            if looks_binary(data[:65536].decode("latin-1")):
                raise ReadError(path, "binary data, not a report") from err
            reason = f"not valid UTF-8 at byte {bom + err.start} (give --encoding, e.g. cp1258)"
            raise ReadError(path, reason) from err
    if looks_binary(text):
        raise ReadError(path, "binary data, not a report")
    if not text.strip():
        raise ReadError(path, "empty file")
    return text.removeprefix("\ufeff")


def strip_markdown(text: str) -> str:
    """Remove heading marks and ** / * emphasis markers, keeping the words."""
    text = re.sub(r"(?m)^ {0,3}#{1,6}[ \t]+", "", text)
    text = re.sub(r"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*", r"\1", text)
    # Single stars only around words, so "* item" bullets and "2 * 3" survive.
    return re.sub(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])", r"\1", text)


def read_pdf(path: Path, data: bytes) -> str:
    """Return a PDF's text page by page, without superscript footnote markers."""
    if b"%PDF-" not in data[:1024]:
        raise ReadError(path, "damaged PDF: no %PDF header")
    # pdfminer often recovers a cut-off file silently, losing pages; refuse it instead.
    if b"%%EOF" not in data[-8192:]:
        raise ReadError(path, "damaged PDF: truncated (no %%EOF marker)")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page_text(page) for page in pdf.pages]
    except PdfminerException as err:
        cause = err.args[0] if err.args else err
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ReadError(path, "password-protected PDF") from err
        raise ReadError(path, f"damaged PDF: {short_cause(cause)}") from err
    except Exception as err:  # pdfminer raises assorted errors on malformed input
        raise ReadError(path, f"damaged PDF: {short_cause(err)}") from err
    text = "\n\n".join(pages)
    if not text.strip():
        raise ReadError(path, "PDF has no text layer (scanned?)")
    return text


def short_cause(err: object) -> str:
    """Describe an exception in a few words."""
    message = str(err).strip().splitlines()[0][:80] if str(err).strip() else ""
    return message or type(err).__name__


def page_text(page) -> str:
    """Extract one page's text after dropping raised, small-type digit markers."""
    chars = page.chars
    markers = superscript_markers(chars)
    if markers:
        dropped = {id(m) for m in markers}
        kept = []
        for char in chars:
            if id(char) in dropped:
                continue
            # Close the gap a marker leaves, so "cao²;" reads "cao;" and not "cao ;".
            shift = sum(
                m["x1"] - m["x0"]
                for m in markers
                if same_line(m, char) and m["x1"] <= char["x0"] + 0.5
            )
            kept.append(dict(char, x0=char["x0"] - shift, x1=char["x1"] - shift) if shift else char)
        chars = kept
    return pdfplumber.utils.extract_text(chars, layout=False) if chars else ""


def same_line(a: dict, b: dict) -> bool:
    """Tell whether two pdfplumber chars overlap vertically."""
    return a["top"] < b["bottom"] and b["top"] < a["bottom"]


def superscript_markers(chars: list[dict]) -> list[dict]:
    """Find digits and brackets set clearly smaller than the page's text and above its baseline."""
    sizes = [c["size"] for c in chars if c["text"].strip()]
    if not sizes:
        return []
    limit = 0.8 * statistics.median(sizes)
    lines = {(c["top"], c["bottom"], c["size"]) for c in chars if c["size"] >= limit}
    markers = []
    for char in chars:
        if char["size"] >= limit or char["text"] not in MARKER_CHARS:
            continue
        # Only a raised digit next to normal-size text is a marker; the small-type
        # footnote bodies at the page bottom have no normal-size neighbour and stay.
        for top, bottom, size in lines:
            if (
                top < char["bottom"]
                and char["top"] < bottom
                and char["bottom"] < bottom - 0.1 * size
            ):
                markers.append(char)
                break
    return markers


def read_docx(path: Path, data: bytes) -> str:
    """Return a DOCX's paragraphs and table rows in document order, then its footnotes."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError(path, "not a DOCX (not a zip archive)")
    check_unpacked_size(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises KeyError/ValueError/XML errors on bad packages
        raise ReadError(path, f"damaged DOCX: {short_cause(err)}") from err
    blocks = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.append("\n".join(table_lines(item)))
        else:
            blocks.append(paragraph_text(item))
    blocks += docx_footnotes(document)
    text = "\n\n".join(block for block in blocks if block.strip())
    if not text.strip():
        raise ReadError(path, "DOCX has no text")
    return text


def check_unpacked_size(path: Path, data: bytes) -> None:
    """Refuse a DOCX whose parts unpack past the budget (a zip bomb) before unpacking any."""
    try:
        unpacked = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError) as err:
        raise ReadError(path, f"damaged DOCX: {short_cause(err)}") from err
    # zipfile stops each part at its declared size, so the declared sizes bound the work.
    if unpacked > budget.DOCX_MAX_UNPACKED_BYTES:
        size, limit = unpacked / 2**20, budget.DOCX_MAX_UNPACKED_BYTES // 2**20
        raise ReadError(path, f"DOCX unpacks to {size:.0f} MB (> {limit} MB budget: a zip bomb?)")


def paragraph_text(paragraph) -> str:
    """Return a paragraph's text without superscript digit runs (footnote markers)."""
    parts = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Run) and item.font.superscript and MARKER_RE.fullmatch(item.text):
            continue
        parts.append(item.text)
    return "".join(parts)


def table_lines(table) -> list[str]:
    """Return one TAB-joined line per table row, merged cells counted once."""
    lines = []
    for row in table.rows:
        seen, cells = set(), []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(paragraph_text(p) for p in cell.paragraphs)
            cells.append(re.sub(r"\s+", " ", text).strip())
        if any(cells):
            lines.append("\t".join(cells))
    return lines


def docx_footnotes(document) -> list[str]:
    """Return the bodies of Word footnotes as "N text" paragraphs (markers are dropped)."""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            notes = [n for n in root.iter(f"{ns}footnote") if n.get(f"{ns}type") is None]
            return [
                f"{number} " + "".join(t.text or "" for t in note.iter(f"{ns}t")).strip()
                for number, note in enumerate(notes, start=1)
            ]
    return []
