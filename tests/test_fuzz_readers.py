"""Fuzzing each reader (txt, md, html, pdf, docx) with random bytes, random Vietnamese text and
damaged copies of real files: the only error that escapes read_report is ReadError (naming the
file and a reason). No timed assertion: examples are bounded and the deadline is off.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fuzz_strategies import vietnamese_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from make_files import write_docx, write_pdf

from etl.read import ReadError, read_report

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = [".txt", ".md", ".html", ".pdf", ".docx"]
WORK = Path(tempfile.mkdtemp(prefix="kpi-fuzz-"))


def read_only_read_errors(name: str, data: bytes) -> str | None:
    """Write `data` under `name` and read it; return its text, None on a ReadError."""
    path = WORK / name
    path.write_bytes(data)
    try:
        text = read_report(path)
    except ReadError as err:
        assert err.path.name == name and err.reason
        return None
    assert isinstance(text, str)
    return text


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_random_bytes_give_text_or_a_read_error(suffix):
    @FUZZ
    @given(st.binary(max_size=4096))
    def check(data):
        read_only_read_errors(f"random{suffix}", data)

    check()


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1258", "latin-1"])
def test_random_vietnamese_text_gives_text_or_a_read_error(suffix, encoding):
    @FUZZ
    @given(vietnamese_text())
    def check(text):
        if suffix == ".html":
            text = f"<html><body><p>{text}</p><div><b>{text[:40]}</b></div></body></html>"
        read_only_read_errors(f"viet{suffix}", text.encode(encoding, "replace"))

    check()


def build_samples() -> dict[str, bytes]:
    """A real PDF and DOCX with Vietnamese text, to damage."""
    lines = ["Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 48,28%^1", "tháng 02/2024"]
    pdf = write_pdf(WORK / "sample.pdf", [(lines, ["1 Số liệu đến 19/02/2024"])])
    docx = write_docx(WORK / "sample.docx", [(lines[0], "<footnote>")], [["Bộ", "50,1%"]], "Hết.")
    return {".pdf": pdf.read_bytes(), ".docx": docx.read_bytes()}


SAMPLES = build_samples()


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_damaged_real_files_give_text_or_a_read_error(suffix):
    original = SAMPLES[suffix]

    @FUZZ
    @given(
        st.lists(
            st.tuples(st.integers(0, len(original) - 1), st.integers(0, 255)),
            min_size=1,
            max_size=20,
        ),
        st.integers(0, len(original)),
    )
    def check(flips, cut):
        data = bytearray(original)
        for position, value in flips:
            data[position] = value
        read_only_read_errors(f"damaged{suffix}", bytes(data[: max(cut, 1)]))
        read_only_read_errors(f"flipped{suffix}", bytes(data))

    check()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(vietnamese_text(max_tokens=20), min_size=1, max_size=4))
def test_docx_of_random_vietnamese_reads_or_refuses(paragraphs):
    cleaned = ["".join(c for c in p if c.isprintable()) for p in paragraphs]
    path = write_docx(WORK / "random.docx", [(p, "") for p in cleaned], [["a", "b"]], "Hết.")
    read_only_read_errors("random.docx", path.read_bytes())
