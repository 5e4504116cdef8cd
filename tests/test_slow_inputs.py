"""Slow and crashing inputs: readers work in time linear in the input, within per-file budgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from refresh_helpers import SEEDS

from etl import budget
from etl.extract import extract_file
from etl.read import ReadError, read_report

SENTENCE = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,5% tính đến ngày 15/02/2024."


def write_nested(path: Path, depth: int, tag: str = "div") -> Path:
    """Write an HTML page whose sentence sits `depth` elements deep."""
    path.write_text(
        f"<html><body>{f'<{tag}>' * depth}{SENTENCE}{f'</{tag}>' * depth}</body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("tag", ["div", "span", "sup", "nav", "article"])
def test_html_nested_20000_deep_reads_without_recursion(tmp_path, tag):
    path = write_nested(tmp_path / f"deep-{tag}.html", 20_000, tag)
    try:
        text = read_report(path)
    except ReadError as err:  # a page that is all navigation has no text: refused, not crashed
        assert tag == "nav" and "no text" in err.reason
        return
    assert SENTENCE in text


def test_kpi_extract_on_deep_html_gives_its_values(tmp_path):
    extraction = extract_file(write_nested(tmp_path / "deep.html", 20_000))
    assert extraction.observations["value"].tolist() == [45.5]


def test_single_line_text_over_the_budget_is_refused_before_extraction(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_text((SENTENCE + " ") * (5 * 2**20 // len(SENTENCE)), encoding="utf-8")
    with pytest.raises(ReadError, match="per-file size budget"):
        read_report(path)


def test_markup_file_over_its_size_budget_is_refused_unread(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(budget.MARKUP_MAX_BYTES + 1)  # sparse: refused by its size
    with pytest.raises(ReadError, match="budget"):
        read_report(path)


def test_file_over_the_time_budget_is_refused_and_the_refresh_goes_on(store, monkeypatch):
    # Hundreds of numbers in one sentence: the extraction rules are not linear in them.
    numbers = ", ".join(f"{n},5%" for n in range(1500))
    (store.reports / "numbers.txt").write_text(f"Tỷ lệ đạt {numbers}.\n", encoding="utf-8")
    monkeypatch.setattr(budget, "SECONDS_PER_FILE", 1.0)
    result = store.refresh()
    assert result.exit_code == 65 and result.published_path is not None
    failed = {f.file_name: f.reason for f in result.files if f.status == "failed"}
    assert set(failed) == {"numbers.txt"} and "time budget" in failed["numbers.txt"]
    assert {f.file_name for f in result.files if f.status == "loaded"} >= set(SEEDS) - {SEEDS[2]}


def test_time_budget_leaves_no_alarm_behind():
    import signal

    with budget.limit_time(5.0):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
