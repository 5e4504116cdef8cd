"""The same report as .txt, .docx and .html gives the same values (readers + extractor end to end)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from etl.extract import extract_file

REPORT = (
    Path(__file__).resolve().parents[1] / "data" / "reports" / "004_bao-cao-cds-thang-02-2024.txt"
)


def facts(path: Path) -> set[tuple]:
    """The accepted values of a file, without document-specific columns."""
    frame = extract_file(path).observations
    frame = frame[frame.status == "accepted"]
    return {
        (
            r.indicator,
            r.breakdown,
            r.period_kind,
            r.period_start,
            r.period_end,
            r.value,
            r.qualifier,
        )
        for r in frame.itertuples()
    }


def blocks() -> list[str]:
    """The report's paragraphs (blank-line separated), as a Word author would have typed them."""
    text = REPORT.read_text(encoding="utf-8")
    return [b.strip("\n") for b in text.split("\n\n") if b.strip()]


def write_docx(path: Path) -> Path:
    """Rebuild the report as DOCX: paragraphs, and the tab-separated block as a real table."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for block in blocks():
        lines = block.split("\n")
        if all("\t" in ln for ln in lines):
            rows = [ln.split("\t") for ln in lines]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for row, values in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        else:
            for line in lines:
                document.add_paragraph(line.replace("*", ""))
    document.save(str(path))
    return path


def write_html(path: Path) -> Path:
    """Rebuild the report as an HTML page with navigation, a script and the table."""
    parts = []
    for block in blocks():
        lines = block.split("\n")
        if all("\t" in ln for ln in lines):
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in ln.split("\t")) + "</tr>"
                for ln in lines
            )
            parts.append(f"<table>{rows}</table>")
        else:
            parts.extend(f"<p>{html.escape(ln.replace('*', ''))}</p>" for ln in lines)
    page = (
        "<html><head><meta charset='utf-8'><script>var x = '99,9% tỷ lệ DVCTT';</script></head>"
        "<body><nav>Trang chủ | Tin tức | 12,5% </nav><main>"
        + "\n".join(parts)
        + "</main></body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


def test_docx_gives_the_same_values_as_text(tmp_path):
    assert facts(write_docx(tmp_path / "report.docx")) == facts(REPORT)


def test_html_gives_the_same_values_as_text(tmp_path):
    assert facts(write_html(tmp_path / "report.html")) == facts(REPORT)
