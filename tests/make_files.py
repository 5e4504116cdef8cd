"""Build small report files (PDF, DOCX, HTML) from seed text for the reader tests."""

from __future__ import annotations

from pathlib import Path

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/local/share/fonts/DejaVuSans.ttf",
]


def find_vietnamese_font() -> Path | None:
    """Return a TTF with Vietnamese glyphs, or None when the system has none."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def register_font() -> str:
    """Register DejaVuSans with reportlab and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = find_vietnamese_font()
    if font is None:
        raise FileNotFoundError("no DejaVuSans.ttf (apt-get install fonts-dejavu-core)")
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    return "DejaVuSans"


def write_pdf(
    path: Path, pages: list[tuple[list[str], list[str]]], password: str | None = None
) -> Path:
    """Write a PDF; each page is (lines, footnote bodies) and "^2" in a line is a raised marker."""
    import re

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = register_font()
    encrypt = None
    if password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(userPassword=password, ownerPassword=password + "-owner")
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for lines, footnotes in pages:
        for number, line in enumerate(lines):
            text = pdf.beginText(50, 780 - 20 * number)
            for index, piece in enumerate(re.split(r"\^(\d+)", line)):
                # Odd pieces are footnote references: smaller type raised above the baseline.
                text.setFont(font, 7 if index % 2 else 12)
                text.setRise(5 if index % 2 else 0)
                text.textOut(piece)
            pdf.drawText(text)
        for number, body in enumerate(footnotes):
            pdf.setFont(font, 9)  # footnote bodies: small type, numbers on the baseline
            pdf.drawString(50, 90 - 12 * number, body)
        pdf.showPage()
    pdf.save()
    return path


def write_docx(
    path: Path, paragraphs: list[tuple[str, str]], rows: list[list[str]], tail: str
) -> Path:
    """Write a DOCX: paragraphs (text, marker), a table, a tail; marker "<footnote>" is a Word one."""
    import docx

    document = docx.Document()
    for text, marker in paragraphs:
        paragraph = document.add_paragraph(text)
        if marker == "<footnote>":
            add_footnote_reference(paragraph, 1)
        elif marker:
            paragraph.add_run(marker).font.superscript = True
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph(tail)
    document.save(str(path))
    return path


def add_footnote_reference(paragraph, number: int) -> None:
    """Append a Word footnote reference run (no text of its own) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(number))
    run._r.append(reference)


def write_html(path: Path, sentences: list[str], encoding: str = "utf-8") -> Path:
    """Write a news-style HTML page whose article holds the sentences and a <sup> marker."""
    body = "\n".join(f"<p>{s}</p>" for s in sentences[1:])
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{encoding}"><title>Tin tức</title>
<style>.x {{ color: red }}</style>
<script>var tracking = "SCRIPT_TEXT";</script></head>
<body>
<nav><a href="/">Trang chủ NAV_TEXT</a></nav>
<div class="breadcrumb">Tin tức &gt; BREADCRUMB_TEXT</div>
<article>
<h1>Báo cáo chuyển đổi số</h1>
<p>{sentences[0]}<sup>1</sup></p>
{body}
<table><tr><th>Chỉ tiêu</th><th>Số liệu</th></tr>
<tr><td>Tỷ lệ hộ gia đình có Internet cáp quang băng rộng</td><td>80,1%</td></tr></table>
</article>
<div class="share-buttons">SHARE_TEXT</div>
<footer>FOOTER_TEXT</footer>
<noscript>NOSCRIPT_TEXT</noscript>
</body></html>"""
    path.write_bytes(page.encode(encoding))
    return path


def encode_cp1258(text: str) -> bytes:
    """Encode Vietnamese text the way Windows-1258 stores it: base letter, then a tone mark."""
    import unicodedata

    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        # cp1258 has â/ê/ô/ă/ơ/ư precomposed but tone marks only as combining characters,
        # so split off the one mark that lets the rest compose into an encodable letter.
        base, *marks = unicodedata.normalize("NFD", char)
        for index, mark in enumerate(marks):
            rest = "".join(marks[:index] + marks[index + 1 :])
            try:
                out.append((unicodedata.normalize("NFC", base + rest) + mark).encode("cp1258"))
                break
            except UnicodeEncodeError:
                continue
        else:
            raise UnicodeEncodeError("cp1258", char, 0, 1, "no cp1258 form")
    return b"".join(out)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_docx_footnotes(path: Path, bodies: list[str]) -> Path:
    """Add a Word footnotes part (as Word writes it) holding the bodies to an existing DOCX."""
    import zipfile
    from xml.sax.saxutils import escape

    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
    )
    notes = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
        f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(body)}</w:t>'
        f"</w:r></w:p></w:footnote>"
        for number, body in enumerate(bodies, start=1)
    )
    footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">{separators}{notes}</w:footnotes>'
    relation = (
        '<Relationship Id="rIdFootnotes" Target="footnotes.xml" Type="http://schemas.openxml'
        'formats.org/officeDocument/2006/relationships/footnotes"/></Relationships>'
    )
    override = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>'
    )
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", relation).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace("</Types>", override).encode()
    parts["word/footnotes.xml"] = footnotes.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path
