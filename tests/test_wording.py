"""Status sentences in the reader's units and language (metrics/wording.py, metrics/quantities.py).

Rows are shaped as out_status rows from the bundled reports, so each test is a defect seen on
the dashboard: a bare "-421.434/tháng", a "12-month trend" from two points two months apart,
Vietnamese dates in English, "flat" beside a +3.7-point rise with no reason.
"""

from __future__ import annotations

import pandas as pd
import pytest

from layouts import fmt
from metrics import quantities as qt
from metrics import wording as wd
from metrics.catalog import load_catalog

NDXP_DAILY = {
    "indicator": "ndxp_transactions_daily_avg",
    "status": "worsening",
    "latest_value": 2_800_000.0,
    "latest_date": pd.Timestamp("2024-04-24"),
    "actual_pace": -421_433.65,
    "n_points": 2,
    "change_12m_pct": -79.11,
    "trend_signal": "change_12m",
    "trend_start": pd.Timestamp("2024-02-19"),
    "trend_kind": "day_avg",
}
E_INVOICES = {
    **NDXP_DAILY,
    "indicator": "e_invoices_total",
    "status": "improving",
    "latest_value": 8.8e9,
    "latest_date": pd.Timestamp("2024-07-19"),
    "actual_pace": 403_137_417.2,
    "change_12m_pct": 86.57,
    "trend_kind": "as_of",
}
SMARTPHONES = {
    "indicator": "smartphone_subscriber_rate",
    "status": "flat",
    "latest_value": 81.3,
    "latest_date": pd.Timestamp("2024-01-31"),
    "n_points": 2,
    "yoy_pct": 4.768,
    "yoy_reference_value": 77.6,
    "yoy_reference_date": pd.Timestamp("2023-01-31"),
    "trend_signal": "yoy",
    "trend_kind": "month",
}


def test_a_count_pace_is_scaled_with_what_it_counts():
    vi = wd.explain_status(NDXP_DAILY, "vi")
    assert "−421 nghìn giao dịch/tháng" in vi and "421.434" not in vi
    assert "-" not in vi.replace("–", "")  # a real minus sign, not a hyphen
    en = wd.explain_status(NDXP_DAILY, "en")
    assert "−421 thousand transactions/month" in en


def test_a_large_pace_reads_in_millions():
    assert "+403 triệu hóa đơn/tháng" in wd.explain_status(E_INVOICES, "vi")
    assert "+403 million invoices/month" in wd.explain_status(E_INVOICES, "en")
    assert "403.137.417" not in wd.explain_status(E_INVOICES, "vi")


def test_a_short_trend_says_what_it_is_built_from():
    vi = wd.explain_status(NDXP_DAILY, "vi")
    assert "12 tháng (" not in vi and "xu hướng 12 tháng" not in vi
    assert "xu hướng từ 2 số liệu cách nhau 2 tháng (19/02/2024–24/04/2024), ngoại suy" in vi
    en = wd.explain_status(NDXP_DAILY, "en")
    assert "12-month trend" not in en
    assert "trend from 2 values 2 months apart (19 Feb 2024–24 Apr 2024), extrapolated" in en


def test_a_trend_over_a_year_is_called_a_12_month_trend():
    row = {**NDXP_DAILY, "n_points": 5, "trend_start": pd.Timestamp("2023-04-24")}
    assert "xu hướng 12 tháng (5 số liệu)" in wd.explain_status(row, "vi")
    assert "12-month trend (5 values)" in wd.explain_status(row, "en")


def test_english_sentences_use_english_dates():
    late = {
        "indicator": "localities_fee_reduction",
        "status": "achieved_late",
        "target_value": 63.0,
        "deadline": pd.Timestamp("2024-05-31"),
        "reached_date": pd.Timestamp("2024-07-10"),
        "judged_value": 56.0,
        "judged_on": "observation",
    }
    en = wd.explain_status(late, "en")
    assert "10 Jul 2024" in en and "31 May 2024" in en and "/" not in en
    assert "ngày 10/07/2024, sau hạn 31/05/2024" in wd.explain_status(late, "vi")


def test_flat_beside_a_rise_gives_the_reason():
    vi = wd.explain_status(SMARTPHONES, "vi")
    assert "+3,7 điểm % (+4,8%)" in vi
    assert vi.endswith("đi ngang vì thay đổi nằm trong ngưỡng ±5%")
    en = wd.explain_status(SMARTPHONES, "en")
    assert "+3.7 points (+4.8%)" in en and "flat because the change is within ±5%" in en


def test_no_change_is_said_in_words_never_as_plus_zero():
    row = {**NDXP_DAILY, "indicator": "chip_id_cards_issued", "status": "flat"}
    row |= {"actual_pace": 0.0, "change_12m_pct": 0.0}
    vi = wd.explain_status(row, "vi")
    assert "không đổi" in vi and "+0" not in vi
    # The card's change line too: no "→ 0 (0%)" beside a trend status.
    assert fmt.change(0.0, "count", "vi", previous=86e6) == "không đổi"
    assert fmt.change(0.0, "percent", "en") == "unchanged"


def test_the_sentence_names_period_kinds_left_out_of_the_comparison():
    row = {
        "indicator": "cyberattacks",
        "status": "improving",
        "yoy_pct": -48.9,
        "yoy_reference_date": pd.Timestamp("2023-02-28"),
        "trend_signal": "yoy",
        "trend_kind": "month",
        "other_kinds": "quarter",
    }
    assert wd.explain_status(row, "vi").endswith(
        "chỉ so sánh số liệu tháng với nhau, số liệu quý tính riêng"
    )


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (421_434, "vi", "421 nghìn"),
        (2_560_086, "vi", "2,6 triệu"),
        (2_560_086, "en", "2.6 million"),
        (999_700, "vi", "1 triệu"),
        (1.5, "vi", "1,5"),
        (43, "en", "43"),
    ],
)
def test_format_scaled(value, lang, expected):
    assert qt.format_scaled(value, lang) == expected


def test_every_count_indicator_names_what_it_counts_in_both_languages():
    catalog = load_catalog()
    counts = catalog[catalog["unit"] == "count"]
    for column in ("noun_vi", "noun_en"):
        missing = counts.index[~counts[column].map(lambda v: isinstance(v, str) and bool(v))]
        assert list(missing) == [], column


def test_every_indicator_has_a_vietnamese_definition():
    catalog = load_catalog()
    for indicator, entry in catalog.iterrows():
        text = entry.get("definition_vi")
        assert isinstance(text, str) and len(text) > 20, indicator
        # Vietnamese, not the English note copied: it carries Vietnamese letters.
        assert any(ch in text for ch in "ăâđêôơưạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửựỳỷỹ"), indicator


def test_cyberattacks_status_compares_months_with_months_and_names_the_quarter():
    # DESIGN.md's status method: a flow is compared only with spans of the same length. The
    # Q1/2024 total (2.400) is not a month: it neither enters the year-on-year change nor the
    # fitted trend, and the row says it was kept apart (the chart shows it as its own series).
    from metrics import trend as tr

    def obs(rows):
        frame = pd.DataFrame(rows, columns=["period_kind", "period_start", "period_end", "value"])
        return frame.assign(indicator="cyberattacks", breakdown="national")

    months = [
        ("month", "2023-02-01", "2023-02-28", 1687.0),
        ("month", "2024-01-01", "2024-01-31", 950.0),
        ("month", "2024-02-01", "2024-02-23", 862.0),
    ]
    quarter = [("quarter", "2024-01-01", "2024-03-31", 2400.0)]
    alone = tr.compute_trend(obs(months), "flow", "lower")
    with_quarter = tr.compute_trend(obs(months + quarter), "flow", "lower")
    for key in ("yoy_pct", "trend_status", "latest_value", "n_points", "slope_per_month"):
        assert with_quarter[key] == alone[key], key
    assert (with_quarter["trend_kind"], with_quarter["other_kinds"]) == ("month", "quarter")
    assert alone["other_kinds"] is None
    assert (
        with_quarter["trend_status"] == "improving" and round(with_quarter["yoy_pct"], 1) == -48.9
    )
