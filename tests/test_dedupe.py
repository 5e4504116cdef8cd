"""Duplicate recognition: one document in two forms counts once; a template restated does not."""

from __future__ import annotations

import re
from datetime import date

from refresh_helpers import REPORTS, TARGETS

from etl.dedupe import find_duplicates
from etl.refresh import refresh
from metrics import queries

TEMPLATE = REPORTS / "004_bao-cao-cds-thang-02-2024.txt"
TEXT = " ".join(f"từ{i}" for i in range(400))  # one long wording shared by every document


def write_month(folder, month: int, factor: float) -> None:
    """Write the seed monthly report as if it were another month's, every decimal scaled."""
    text = re.sub(
        r"tháng 0?2(\s*năm\s*|/)2024", rf"tháng {month:02d}\g<1>2023", TEMPLATE.read_text()
    )
    text = re.sub(
        r"\b(\d{1,3}),(\d{1,2})\b",
        lambda m: f"{float(m[1] + '.' + m[2]) * factor:.2f}".replace(".", ","),
        text,
    )
    (folder / f"bao-cao-thang-{month:02d}-2023.txt").write_text(text, encoding="utf-8")


def describe(sha: str, start=None, end=None, number: str = "") -> dict:
    """Return the metadata find_duplicates reads."""
    return {"sha256": sha, "period_start": start, "period_end": end, "number": number}


def test_monthly_reports_of_one_template_all_load(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for month, factor in [(3, 1.0), (4, 1.07), (5, 0.93), (6, 1.12)]:
        write_month(reports, month, factor)
    db = tmp_path / "kpi.duckdb"
    result = refresh(reports, db, TARGETS, tmp_path / "reviews.csv")
    assert [f.status for f in result.files] == ["loaded"] * 4, [f.reason for f in result.files]
    docs = queries.read_documents(db)
    assert docs["duplicate_of"].isna().all()
    assert docs["report_period_label"].nunique() == 4


def test_different_periods_are_never_one_document():
    march = describe("a", date(2023, 3, 1), date(2023, 3, 31))
    april = describe("b", date(2023, 4, 1), date(2023, 4, 30))
    assert find_duplicates([march, april], [TEXT, TEXT]) == {}


def test_different_numbers_are_never_one_document():
    first, second = describe("a", number="12/BC-BTTTT"), describe("b", number="13/BC-BTTTT")
    assert find_duplicates([first, second], [TEXT, TEXT]) == {}


def test_text_decides_among_documents_that_agree():
    period = (date(2024, 4, 24), date(2024, 4, 24))
    web, pdf = describe("a", *period, number="203/TB-VPCP"), describe("b", *period)
    assert find_duplicates([web, pdf], [TEXT, TEXT]) == {"b": "a"}
    undated = describe("c")  # knows neither: its wording decides
    assert find_duplicates([web, undated], [TEXT, TEXT]) == {"c": "a"}


def test_an_unknown_number_never_bridges_two_known_ones():
    period = (date(2024, 4, 24), date(2024, 4, 24))
    bare = describe("a", *period)
    first, second = describe("b", *period, number="1/TB"), describe("c", *period, number="2/TB")
    # The bare form joins the first numbered one; the second number stays its own document.
    assert find_duplicates([bare, first, second], [TEXT, TEXT, TEXT]) == {"a": "b"}
