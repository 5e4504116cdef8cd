"""Progress, pace, projection and status (metrics/progress.py and its neighbours), checked against hand arithmetic.

Months are 365.2425 / 12 = 30.436875 days throughout (progress.DAYS_PER_MONTH).
"""

from __future__ import annotations

import json
import math
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics import fitting as ft
from metrics import progress as pg
from metrics import tables as tb
from metrics import trend as tr
from metrics import wording as wd
from metrics.catalog import load_catalog

MONTH = 30.436875
METRICS_DIR = Path(pg.__file__).parent


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog()


def make_obs(indicator: str, rows: list[tuple], breakdown: str = "national") -> pd.DataFrame:
    """Rows are (period_kind, start, end, value) or (date, value) for as_of."""
    records = []
    for i, row in enumerate(rows):
        kind, start, end, value = row if len(row) == 4 else ("as_of", row[0], row[0], row[1])
        records.append(
            {
                "indicator": indicator,
                "breakdown": breakdown,
                "period_kind": kind,
                "period_start": start,
                "period_end": end,
                "value": value,
                "document": f"report_{i}.txt",
                "quote": f"quote {i}",
            }
        )
    return pd.DataFrame(records)


def make_target(indicator: str, value: float, deadline: date, comparator: str = ">=") -> dict:
    return {
        "indicator": indicator,
        "breakdown": "national",
        "deadline_date": deadline,
        "target_value": value,
        "comparator": comparator,
        "document": "003_thong-bao_hoi-nghi-thuong-truc-cds_2024-07-19.txt",
        "quote": "phấn đấu đến hết năm 2024 đạt 80% dịch vụ công trực tuyến toàn trình",
    }


DVCTT = make_obs("dvctt_full_process_rate", [(date(2024, 2, 19), 48.28)])
DVCTT_2024 = make_target("dvctt_full_process_rate", 80.0, date(2024, 12, 31))
DVCTT_2025 = make_target("dvctt_full_process_rate", 100.0, date(2025, 12, 31))
CYBER = make_obs(
    "cyberattacks",
    [
        ("month", date(2024, 2, 1), date(2024, 2, 29), 862.0),
        ("month", date(2024, 1, 1), date(2024, 1, 31), 950.0),
        ("month", date(2023, 2, 1), date(2023, 2, 28), 1687.0),
        # 002 footnote 7: "Quý I năm 2024 ... gần 2,4 nghìn": another span, must be ignored.
        ("quarter", date(2024, 1, 1), date(2024, 3, 31), 2400.0),
    ],
)


# ---------------------------------------------------------------- main period kind


@pytest.mark.parametrize(
    ("kinds", "kind", "expected"),
    [
        (["as_of", "month"], "stock", "as_of"),  # national_portal_accounts: month rows are inflows
        (["month"], "stock", None),
        (["quarter", "month", "ytd"], "flow", "month"),
        (["ytd"], "flow", None),
        (["half"], "rate", "half"),  # 42% of dossiers full-process "6 tháng đầu năm"
        (["month", "as_of"], "rate", "as_of"),
    ],
)
def test_select_main_period_kind(kinds, kind, expected):
    assert ft.select_main_period_kind(kinds, kind) == expected


# ---------------------------------------------------------------- cases from the reports


def test_dvctt_one_point_needs_3_1_points_per_month_for_2024():
    # 19/02/2024 -> 31/12/2024: 10 (Feb) + 31+30+31+30+31+31+30+31+30+31 = 316 days
    # = 316 / 30.436875 = 10.3821 months; (80 - 48.28) / 10.3821 = 3.0552 points/month.
    result = pg.compute_progress(DVCTT, DVCTT_2024, "rate", today=date(2024, 2, 19))
    assert result["required_pace"] == pytest.approx(31.72 / (316 / MONTH))
    assert result["required_pace"] == pytest.approx(3.0552, abs=1e-4)
    assert result["status"] == "not_enough_data"
    # Baseline = latest with one date: progress is left empty rather than a meaningless 0%.
    assert math.isnan(result["progress"])
    assert math.isnan(result["projected_value"])


def test_dvctt_2025_target_needs_2_3_points_per_month():
    # 316 + 365 = 681 days = 22.3741 months; (100 - 48.28) / 22.3741 = 2.3116.
    result = pg.compute_progress(DVCTT, DVCTT_2025, "rate", today=date(2024, 2, 19))
    assert result["required_pace"] == pytest.approx(51.72 / (681 / MONTH))
    assert result["required_pace"] == pytest.approx(2.3116, abs=1e-4)


def test_dvctt_explained_in_both_languages():
    result = pg.compute_progress(DVCTT, DVCTT_2024, "rate", today=date(2024, 2, 19))
    row = {"indicator": "dvctt_full_process_rate", **result}
    assert wd.explain_status(row, "vi").startswith("cần +3,1 điểm %/tháng; chưa đủ số liệu")
    assert wd.explain_status(row, "en").startswith("needs +3.1 points/month; not enough data")


def test_dvctt_with_illustrative_second_point_is_off_track_for_2024_at_risk_for_2025():
    # The worked example of method_*.md (50.0% on 19/03/2024 is an illustration, not a report).
    # 29 days = 0.95279 months; pace = 1.72 / 0.95279 = 1.80522 points/month.
    # 2024: 48.28 + 1.80522 * 10.3821 = 67.022; share (67.022-48.28)/31.72 = 0.5909 < 0.75.
    # 2025: 48.28 + 1.80522 * 22.3741 = 88.670; share 40.390/51.72 = 0.7809 >= 0.75.
    obs = make_obs(
        "dvctt_full_process_rate", [(date(2024, 2, 19), 48.28), (date(2024, 3, 19), 50.0)]
    )
    first = pg.compute_progress(obs, DVCTT_2024, "rate")
    second = pg.compute_progress(obs, DVCTT_2025, "rate")
    assert first["actual_pace"] == pytest.approx(1.72 / (29 / MONTH))
    assert first["projected_value"] == pytest.approx(67.022, abs=1e-3)
    assert first["coverage"] == pytest.approx(0.5909, abs=1e-4)
    assert first["status"] == "off_track"
    assert first["progress"] == pytest.approx(1.72 / 31.72)
    assert second["projected_value"] == pytest.approx(88.670, abs=1e-3)
    assert second["status"] == "at_risk"
    assert second["reach_month"] == pd.Timestamp("2026-07-01")
    # Ratio method: CAGR_obs = (50/48.28)^(12/0.95279) - 1 = 0.5541; CAGR_req(2024) =
    # (80/48.28)^(12/10.3821) - 1 = 0.7925 -> R = 0.699 (moderate); 2025: R = 1.16 (substantial).
    ratio_2024 = tr.compute_ratio_status(obs, DVCTT_2024, "rate")
    ratio_2025 = tr.compute_ratio_status(obs, DVCTT_2025, "rate")
    assert ratio_2024["ratio"] == pytest.approx(0.699, abs=1e-3)
    assert ratio_2024["ratio_status"] == "moderate_progress"
    assert ratio_2025["ratio"] == pytest.approx(1.160, abs=1e-3)
    assert ratio_2025["ratio_status"] == "substantial_progress"


def test_dead_zone_villages_one_point_needs_15_2_points_per_month():
    # 001: "256/896 thôn ... đạt tỷ lệ 28,6%" on 10/07/2024; target 100% before December 2024.
    # 10/07 -> 30/11/2024: 21 + 31 + 30 + 31 + 30 = 143 days = 4.6982 months;
    # (100 - 28.6) / 4.6982 = 15.197 points/month. One point: not_enough_data, progress empty
    # (decision: the baseline is the only point, so "0% of the way" would say nothing).
    obs = make_obs("dead_zone_villages_covered_rate", [(date(2024, 7, 10), 28.6)])
    target = make_target("dead_zone_villages_covered_rate", 100.0, date(2024, 11, 30))
    result = pg.compute_progress(obs, target, "rate")
    assert result["required_pace"] == pytest.approx(71.4 / (143 / MONTH))
    assert result["required_pace"] == pytest.approx(15.197, abs=1e-3)
    assert result["status"] == "not_enough_data"
    assert math.isnan(result["progress"])


def test_cyberattacks_year_on_year_minus_48_9_is_improving():
    # 004: 862 in February 2024, 1.687 in February 2023: (862 - 1687) / 1687 = -825 / 1687
    # = -48.90%; lower is better, so the directed change +48.9% >= 5% -> improving.
    trend = tr.compute_trend(CYBER, "flow", "lower")
    assert trend["yoy_pct"] == pytest.approx(-825 / 1687 * 100)
    assert round(trend["yoy_pct"], 1) == -48.9
    assert trend["yoy_reference_value"] == 1687.0
    assert trend["trend_signal"] == "yoy"
    assert trend["trend_status"] == "improving"
    assert trend["latest_value"] == 862.0  # the month series, not the quarter
    assert trend["n_points"] == 3  # Feb 2023 .. Feb 2024 are within the 12-month window
    assert trend["slope_per_month"] < 0
    assert wd.explain_status({"indicator": "cyberattacks", **trend}, "vi") == (
        "chưa có mục tiêu; so với cùng kỳ năm trước (tháng 02/2023) −48,9%, đang cải thiện; "
        "chỉ so sánh số liệu tháng với nhau, số liệu quý tính riêng"
    )
    assert wd.explain_status({"indicator": "cyberattacks", **trend}, "en") == (
        "no target; −48.9% year on year (Feb 2023), improving; "
        "monthly values compared only with each other, quarterly values apart"
    )


def test_cyberattacks_rising_is_worsening():
    obs = make_obs(
        "cyberattacks",
        [
            ("month", date(2023, 2, 1), date(2023, 2, 28), 800.0),
            ("month", date(2024, 2, 1), date(2024, 2, 29), 862.0),
        ],
    )
    # (862 - 800) / 800 = +7.75%; lower is better -> directed -7.75% <= -5% -> worsening.
    assert tr.compute_trend(obs, "flow", "lower")["trend_status"] == "worsening"


def test_fibre_households_two_point_trend():
    # 004 table: 74,9% (01/2023) -> 80,1% (01/2024); month ends 31/01/2023 -> 31/01/2024 = 365 days
    # = 11.9921 months; linear pace 5.2 / 11.9921 = 0.43362 points/month; yoy 5.2 / 74.9 = 6.943%.
    obs = make_obs(
        "ftth_household_rate",
        [
            ("month", date(2023, 1, 1), date(2023, 1, 31), 74.9),
            ("month", date(2024, 1, 1), date(2024, 1, 31), 80.1),
        ],
    )
    trend = tr.compute_trend(obs, "rate", "higher")
    assert trend["slope_per_month"] == pytest.approx(5.2 / (365 / MONTH))
    assert trend["yoy_pct"] == pytest.approx(5.2 / 74.9 * 100)
    assert trend["trend_status"] == "improving"


def test_flat_trend_within_band():
    obs = make_obs(
        "fiveg_population_coverage_rate", [(date(2024, 1, 1), 50.0), (date(2024, 7, 1), 50.5)]
    )
    # 12-month fitted change: 0.5 / 5.95 months * 12 = 1.008 points on ~49.5 = ~2%: within +-5%.
    assert tr.compute_trend(obs, "rate", "higher")["trend_status"] == "flat"


def test_bank_accounts_already_above_2025_target_is_achieved_with_one_point():
    # 003 footnote 3: 87% "vượt mục tiêu năm 2025 là 80%".
    obs = make_obs("adults_with_bank_account_rate", [(date(2024, 7, 19), 87.0)])
    target = make_target("adults_with_bank_account_rate", 80.0, date(2025, 12, 31))
    result = pg.compute_progress(obs, target, "rate")
    assert result["status"] == "achieved"
    assert result["progress"] == 1.0
    assert result["required_pace"] == 0.0
    assert wd.explain_status({"indicator": "adults_with_bank_account_rate", **result}, "vi") == (
        "đã đạt mục tiêu: 87% so với 80%"
    )


def test_essential_services_stock_uses_compound_growth():
    # 36 at 31/12/2023 (41 minus "tăng 05 ... so với cuối năm 2023") and 41/53 at 24/04/2024;
    # target 53 by 31/12/2024. Span 115 days = 3.77832 months; beta = ln(41/36) / 3.77832
    # = 0.130053 / 3.77832 = 0.034421 per month (3.50% a month).
    # Projection at 31/12/2024 (366 days = 12.02489 months): 36 * exp(0.034421 * 12.02489)
    # = 36 * exp(0.41391) = 54.46 >= 53 -> on_track (a straight line would give 51.9: at_risk).
    # Actual pace = (41 - 36) / 3.77832 = 1.3233 per month; required (53 - 36) / 12.02489 = 1.4137.
    # Reached when 36 * exp(beta m) = 53: m = ln(53/36) / beta = 0.386772 / 0.034421 = 11.236
    # months = 342 days after 31/12/2023 = 07/12/2024 -> month 12/2024.
    obs = make_obs(
        "essential_services_full_process", [(date(2023, 12, 31), 36.0), (date(2024, 4, 24), 41.0)]
    )
    target = make_target("essential_services_full_process", 53.0, date(2024, 12, 31))
    result = pg.compute_progress(obs, target, "stock")
    assert result["model"] == "compound"
    assert result["monthly_growth_pct"] == pytest.approx(3.503, abs=1e-3)
    assert result["projected_value"] == pytest.approx(54.46, abs=0.01)
    assert result["actual_pace"] == pytest.approx(5 / (115 / MONTH))
    assert result["required_pace"] == pytest.approx(17 / (366 / MONTH))
    assert result["reach_month"] == pd.Timestamp("2024-12-01")
    assert result["status"] == "on_track"
    assert wd.explain_status({"indicator": "essential_services_full_process", **result}, "en") == (
        "needs +1.4 services/month, achieving +1.3 services/month"
    )


def test_lower_is_better_rank_at_risk():
    # E-government rank 90 (01/01/2023) -> 86 (01/01/2024), target <= 81 by 01/01/2025.
    # 365 days = 11.99210 months, slope = -4 / 11.99210 = -0.333553 per month;
    # 731 days = 24.01692 months: projection 90 - 0.333553 * 24.01692 = 81.989 > 81;
    # share (81.989 - 90) / (81 - 90) = 0.8901 >= 0.75 -> at_risk.
    obs = make_obs("egdi_rank", [(date(2023, 1, 1), 90.0), (date(2024, 1, 1), 86.0)])
    target = make_target("egdi_rank", 81.0, date(2025, 1, 1), "<=")
    result = pg.compute_progress(obs, target, "rank")
    assert result["projected_value"] == pytest.approx(81.989, abs=1e-3)
    assert result["coverage"] == pytest.approx(0.8901, abs=1e-4)
    assert result["status"] == "at_risk"
    assert result["required_pace"] == pytest.approx(-9 / (731 / MONTH))


# ---------------------------------------------------------------- edge cases


def test_no_observations_is_no_data():
    result = pg.compute_progress(DVCTT.iloc[0:0], DVCTT_2024, "rate")
    assert result["status"] == "no_data"  # nothing loaded: not the same as too few points
    assert math.isnan(result["latest_value"])


def test_target_met_at_baseline():
    obs = make_obs("satisfaction_rate", [(date(2024, 1, 1), 92.0), (date(2024, 6, 1), 93.0)])
    target = make_target("satisfaction_rate", 90.0, date(2024, 12, 31))
    result = pg.compute_progress(obs, target, "rate")
    assert (result["status"], result["progress"], result["required_pace"]) == ("achieved", 1.0, 0.0)


def test_target_met_at_baseline_then_lost_has_no_at_risk_band():
    # 92 -> 88 against 90: projection keeps falling; there is no way "from b to v" to cover.
    obs = make_obs("satisfaction_rate", [(date(2024, 1, 1), 92.0), (date(2024, 6, 1), 88.0)])
    target = make_target("satisfaction_rate", 90.0, date(2024, 12, 31))
    result = pg.compute_progress(obs, target, "rate")
    assert (result["status"], result["progress"]) == ("off_track", 0.0)


def test_deadline_passed_is_judged_on_value_at_deadline():
    obs = make_obs(
        "dvctt_full_process_rate",
        [(date(2024, 6, 30), 60.0), (date(2024, 12, 20), 75.0), (date(2025, 2, 1), 78.0)],
    )
    result = pg.compute_progress(obs, DVCTT_2024, "rate")  # judged at 01/02/2025, the newest data
    assert result["deadline_passed"] is True
    assert (result["judged_value"], result["judged_on"]) == (75.0, "observation")
    assert result["status"] == "off_track"  # 78 now, 75 at the deadline, 80 never reached
    assert result["progress"] == pytest.approx(18 / 20)  # how far the latest value got
    row = {"indicator": "dvctt_full_process_rate", **result}
    assert wd.explain_status(row, "en") == "deadline 31 Dec 2024 passed without reaching 80%"
    assert wd.explain_status(row, "vi") == "đã quá hạn 31/12/2024, chưa đạt mục tiêu 80%"


def test_met_after_the_deadline_is_achieved_late_not_off_track():
    obs = make_obs(
        "dvctt_full_process_rate",
        [(date(2024, 6, 30), 60.0), (date(2024, 12, 20), 75.0), (date(2025, 2, 1), 85.0)],
    )
    result = pg.compute_progress(obs, DVCTT_2024, "rate")
    assert (result["judged_value"], result["status"], result["progress"]) == (
        75.0,
        "achieved_late",
        1.0,
    )
    assert result["reached_date"] == pd.Timestamp("2025-02-01")
    row = {"indicator": "dvctt_full_process_rate", **result}
    assert wd.explain_status(row, "en") == (
        "80% reached on 1 Feb 2025, after the 31 Dec 2024 deadline (75% at the deadline)"
    )


def test_fee_reduction_met_after_the_may_deadline_is_achieved_late_with_both_dates():
    # 004: 50 provinces (19/02/2024); 000/002: 56/63 (24/04/2024); 001: 63/63 (10/07/2024).
    # Target all 63 in May 2024 (31/05/2024): 56 at the deadline, 63 since 10/07/2024.
    obs = make_obs(
        "localities_fee_reduction",
        [(date(2024, 2, 19), 50.0), (date(2024, 4, 24), 56.0), (date(2024, 7, 10), 63.0)],
    )
    target = make_target("localities_fee_reduction", 63.0, date(2024, 5, 31))
    result = pg.compute_progress(obs, target, "stock")
    assert (result["judged_value"], result["status"], result["progress"]) == (
        56.0,
        "achieved_late",
        1.0,
    )
    assert (result["deadline"], result["reached_date"]) == (
        pd.Timestamp("2024-05-31"),
        pd.Timestamp("2024-07-10"),
    )
    row = {"indicator": "localities_fee_reduction", **result}
    assert wd.explain_status(row, "vi") == (
        "đạt 63 tỉnh, thành ngày 10/07/2024, sau hạn 31/05/2024 (đến hạn: 56 tỉnh, thành)"
    )
    assert wd.explain_status(row, "en") == (
        "63 provinces reached on 10 Jul 2024, after the 31 May 2024 deadline "
        "(56 provinces at the deadline)"
    )


def test_met_in_time_and_lower_since_stays_achieved_with_a_full_bar():
    obs = make_obs(
        "dvctt_full_process_rate",
        [(date(2024, 6, 30), 60.0), (date(2024, 12, 20), 81.0), (date(2025, 2, 1), 79.0)],
    )
    result = pg.compute_progress(obs, DVCTT_2024, "rate")
    assert (result["status"], result["progress"]) == ("achieved", 1.0)
    assert result["progress_raw"] < 1


def test_deadline_passed_without_earlier_observation_uses_projection():
    # 70 on 31/01/2025, 90 on 28/02/2025: the line back at 31/12/2024 (31 days before the first
    # point; slope 20 / (28 / 30.436875)) = 70 - 21.741 * 1.01850 = 47.86: not met by the
    # deadline, met since (90): achieved late.
    obs = make_obs(
        "dvctt_full_process_rate", [(date(2025, 1, 31), 70.0), (date(2025, 2, 28), 90.0)]
    )
    result = pg.compute_progress(obs, DVCTT_2024, "rate")
    assert result["judged_on"] == "projection"
    assert result["judged_value"] == pytest.approx(70 - 20 / 28 * 31, abs=1e-9)
    assert result["status"] == "achieved_late"


def test_deadline_passed_and_met_in_time_is_achieved():
    obs = make_obs(
        "dvctt_full_process_rate", [(date(2024, 6, 30), 60.0), (date(2024, 12, 20), 81.0)]
    )
    result = pg.compute_progress(obs, DVCTT_2024, "rate", today=date(2025, 3, 1))
    assert result["status"] == "achieved"


def test_rate_above_100_is_clipped_and_flagged_not_a_crash():
    obs = make_obs("dvctt_rate", [(date(2024, 1, 1), 95.0), (date(2024, 2, 1), 104.5)])
    target = make_target("dvctt_rate", 100.0, date(2024, 12, 31))
    result = pg.compute_progress(obs, target, "rate")
    assert result["latest_value"] == 100.0
    assert "value_above_upper_bound" in result["flags"]
    assert result["status"] == "achieved"


def test_projection_of_a_rate_never_exceeds_100():
    obs = make_obs("dvctt_rate", [(date(2024, 1, 1), 60.0), (date(2024, 2, 1), 80.0)])
    target = make_target("dvctt_rate", 100.0, date(2025, 12, 31))
    assert pg.compute_progress(obs, target, "rate")["projected_value"] == 100.0


def test_zero_baseline_falls_back_to_linear():
    obs = make_obs("ndxp_connection_points", [(date(2024, 1, 1), 0.0), (date(2024, 7, 1), 10.0)])
    target = make_target("ndxp_connection_points", 30.0, date(2024, 12, 31))
    result = pg.compute_progress(obs, target, "stock")
    assert result["model"] == "linear"
    assert "compound_fallback_linear" in result["flags"]
    # 182 days = 5.9796 months: pace 10 / 5.9796 = 1.6724; projection at 31/12/2024 (365 days
    # = 11.9921 months) = 20.05 -> share 20.05 / 30 = 0.668 < 0.75 -> off_track.
    assert result["projected_value"] == pytest.approx(10 / 182 * 365)
    assert result["status"] == "off_track"
    # Open SDG replaces the zero base by 0.001: the ratio is defined but huge.
    ratio = tr.compute_ratio_status(obs, target, "stock")
    assert ratio["ratio_status"] == "substantial_progress"


def test_negative_values_use_the_linear_model():
    obs = make_obs("digital_economy_growth", [(date(2023, 1, 1), -2.0), (date(2024, 1, 1), 4.0)])
    target = make_target("digital_economy_growth", 10.0, date(2025, 1, 1))
    result = pg.compute_progress(obs, target, "growth")
    assert result["model"] == "linear"
    # slope 6 / 11.9921 months; 24.01692 months -> -2 + 12.016 = 10.016 >= 10 -> on_track.
    assert result["status"] == "on_track"
    assert tr.compute_ratio_status(obs, target, "growth")["ratio_status"] == "not_available"


def test_identical_dates_from_two_reports_count_once():
    # 000 (web) and 002 (PDF) are the same notice: the same value on the same date twice.
    rows = [(date(2024, 4, 24), 41.0), (date(2024, 4, 24), 41.0)]
    obs = make_obs("essential_services_full_process", rows)
    target = make_target("essential_services_full_process", 53.0, date(2024, 12, 31))
    result = pg.compute_progress(obs, target, "stock")
    assert (result["n_points"], result["status"]) == (1, "not_enough_data")
    assert result["flags"] == ""


def test_identical_dates_with_different_values_take_the_mean_and_flag():
    obs = make_obs("dvctt_rate", [(date(2024, 1, 1), 70.0), (date(2024, 2, 1), 80.0),
                                  (date(2024, 2, 1), 82.0)])  # fmt: skip
    target = make_target("dvctt_rate", 100.0, date(2024, 12, 31))
    result = pg.compute_progress(obs, target, "rate")
    assert result["latest_value"] == 81.0
    assert "conflicting_values_same_date" in result["flags"]


def test_at_risk_threshold_is_read_from_data():
    obs = make_obs(
        "dvctt_full_process_rate", [(date(2024, 2, 19), 48.28), (date(2024, 3, 19), 50.0)]
    )
    strict = ft.load_thresholds()
    strict["status"]["at_risk_share"] = 0.5
    # The 2024 projection covers 59% of the way: off_track at 0.75, at_risk at 0.5.
    assert pg.compute_progress(obs, DVCTT_2024, "rate")["status"] == "off_track"
    assert pg.compute_progress(obs, DVCTT_2024, "rate", thresholds=strict)["status"] == "at_risk"


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        (0.95, "substantial_progress"),
        (0.949, "moderate_progress"),
        (0.6, "moderate_progress"),
        (0.0, "limited_progress"),
        (-0.01, "deterioration"),
        (float("nan"), "not_available"),
    ],
)
def test_ratio_method_cut_offs(ratio, expected):
    assert tr.classify_ratio(ratio, ft.load_thresholds()["ratio_method"]) == expected


# ---------------------------------------------------------------- tables


def test_status_table_has_one_row_per_indicator_breakdown_and_target(catalog):
    targets = pd.DataFrame(
        [DVCTT_2024, DVCTT_2025, make_target("satisfaction_rate", 90.0, date(2024, 12, 31))]
    )
    table = tb.compute_status_table(pd.concat([DVCTT, CYBER]), targets, catalog)
    assert list(table.columns) == tb.OUT_STATUS_COLUMNS
    assert set(tb.STATUS_COLUMNS) <= set(table.columns)
    assert list(table["indicator"].drop_duplicates()) == list(catalog.index)  # every indicator
    shown = table[table["indicator"].isin(["dvctt_full_process_rate", "satisfaction_rate"])]
    assert list(zip(shown["target_value"], shown["status"], shown["is_headline"], strict=True)) == [
        (80.0, "not_enough_data", True),  # the nearest deadline not yet passed heads the card
        (100.0, "not_enough_data", False),  # the 2025 target keeps its own row
        (90.0, "no_data", True),  # a target without data: nothing loaded yet
    ]
    dvctt = shown.iloc[0]
    # Judged at the newest data: cyberattacks' Q1/2024 ends 31/03/2024.
    assert dvctt["deadline"] == pd.Timestamp("2024-12-31")
    assert dvctt["latest_date"] == pd.Timestamp("2024-02-19")
    assert dvctt["evaluated_on"] == pd.Timestamp("2024-03-31")
    cyber = table[table["indicator"] == "cyberattacks"].iloc[0]
    assert math.isnan(cyber["target_value"]) and cyber["actual_pace"] < 0
    assert (cyber["status"], cyber["is_headline"]) == ("improving", True)
    assert cyber["yoy_pct"] == pytest.approx((862 - 1687) / 1687 * 100)
    fiveg = table[table["indicator"] == "fiveg_population_coverage_rate"]
    assert list(zip(fiveg["breakdown"], fiveg["status"], strict=True)) == [("national", "no_data")]
    assert table.groupby(["indicator", "breakdown"])["is_headline"].sum().eq(1).all()


def test_status_table_switches_to_2025_target_after_2024_deadline(catalog):
    targets = pd.DataFrame([DVCTT_2024, DVCTT_2025])
    table = tb.compute_status_table(DVCTT, targets, catalog, today=date(2025, 1, 15))
    dvctt = table[table["is_headline"] & (table["indicator"] == "dvctt_full_process_rate")]
    assert list(dvctt["target_value"]) == [100.0]


def test_target_progress_has_one_row_per_target(catalog):
    targets = pd.DataFrame([DVCTT_2025, DVCTT_2024])
    table = tb.compute_target_progress(DVCTT, targets, catalog)
    assert list(table["target_value"]) == [80.0, 100.0]
    assert {"ratio", "ratio_status", "reach_month", "target_quote"} <= set(table.columns)


def test_empty_inputs_give_a_no_data_row_per_indicator(catalog):
    table = tb.compute_status_table(pd.DataFrame(), pd.DataFrame(), catalog)
    assert list(table.columns) == tb.OUT_STATUS_COLUMNS
    assert list(table["indicator"]) == list(catalog.index)
    assert set(table["status"]) == {"no_data"} and table["is_headline"].all()
    empty = tb.compute_status_table(pd.DataFrame(), pd.DataFrame(), catalog.iloc[0:0])
    assert list(empty.columns) == tb.OUT_STATUS_COLUMNS and empty.empty


# ---------------------------------------------------------------- formatting and the method text


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "signed", "expected"),
    [
        (1687.5, "vi", 1, False, "1.687,5"),
        (1687.5, "en", 1, False, "1,687.5"),
        (-48.903, "vi", 1, True, "\u221248,9"),
        (2.1, "vi", 1, True, "+2,1"),
        (-0.01, "en", 1, True, "0.0"),  # a rounded zero carries no sign
    ],
)
def test_format_number(value, lang, decimals, signed, expected):
    assert wd.format_number(value, lang, decimals, signed) == expected


def test_explain_status_pace_sentence():
    row = {
        "indicator": "dvctt_full_process_rate",
        "target_value": 80.0,
        "status": "off_track",
        "required_pace": 2.1,
        "actual_pace": 0.8,
        "deadline": pd.Timestamp("2024-12-31"),
        "latest_date": pd.Timestamp("2024-06-30"),
    }
    assert wd.explain_status(row, "vi") == "cần +2,1 điểm %/tháng, đang đạt +0,8 điểm %/tháng"
    assert wd.explain_status(row, "en") == "needs +2.1 points/month, achieving +0.8 points/month"


def flatten_toml(data: dict, prefix: str = "") -> dict[str, object]:
    flat = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten_toml(value, name + "."))
        else:
            flat[name] = value
    return flat


@pytest.mark.parametrize("name", ["method_vi.md", "method_en.md"])
def test_method_text_quotes_every_threshold(name):
    text = (METRICS_DIR / name).read_text(encoding="utf-8")
    with open(METRICS_DIR / "thresholds.toml", "rb") as fh:
        thresholds = flatten_toml(tomllib.load(fh))
    for key, value in thresholds.items():
        shown = json.dumps(value) if isinstance(value, list) else repr(value)
        assert f"{key} = {shown}" in text, f"{name} does not show {key} = {shown}"


# ---------------------------------------------------------------- properties

RANK = {"achieved": 0, "achieved_late": 0, "on_track": 1, "at_risk": 2, "off_track": 3}


@st.composite
def series_and_target(draw, comparator: str = ">="):
    n = draw(st.integers(min_value=2, max_value=6))
    gaps = draw(st.lists(st.integers(min_value=1, max_value=120), min_size=n - 1, max_size=n - 1))
    start = date(2023, 1, 1)
    days = [0]
    for gap in gaps:
        days.append(days[-1] + gap)
    values = draw(st.lists(st.floats(min_value=1, max_value=99), min_size=n, max_size=n))
    rows = [(start + timedelta(days=d), v) for d, v in zip(days, values, strict=True)]
    target = draw(st.floats(min_value=1, max_value=100))
    deadline = start + timedelta(days=days[-1] + draw(st.integers(min_value=1, max_value=900)))
    return rows, make_target("dvctt_rate", target, deadline, comparator)


@settings(max_examples=150, deadline=None)
@given(case=series_and_target(">="), step=st.floats(min_value=0.01, max_value=50),
       kind=st.sampled_from(["rate", "stock"]))  # fmt: skip
def test_better_latest_value_never_gives_worse_status(case, step, kind):
    rows, target = case
    better = rows[:-1] + [(rows[-1][0], min(rows[-1][1] + step, 100.0))]
    before = pg.compute_progress(make_obs("dvctt_rate", rows), target, kind)["status"]
    after = pg.compute_progress(make_obs("dvctt_rate", better), target, kind)["status"]
    assert RANK[after] <= RANK[before], (before, after)


@settings(max_examples=150, deadline=None)
@given(case=series_and_target("<="), step=st.floats(min_value=0.01, max_value=50),
       kind=st.sampled_from(["rank", "stock"]))  # fmt: skip
def test_better_latest_value_never_gives_worse_status_when_lower_is_better(case, step, kind):
    rows, target = case
    better = rows[:-1] + [(rows[-1][0], max(rows[-1][1] - step, 1.0))]
    before = pg.compute_progress(make_obs("egdi_rank", rows), target, kind)["status"]
    after = pg.compute_progress(make_obs("egdi_rank", better), target, kind)["status"]
    assert RANK[after] <= RANK[before], (before, after)


@settings(max_examples=150, deadline=None)
@given(case=series_and_target(">="), comparator=st.sampled_from([">=", "<="]))
def test_achieved_exactly_when_the_latest_value_meets_the_target(case, comparator):
    rows, target = case
    target = {**target, "comparator": comparator}
    result = pg.compute_progress(make_obs("dvctt_rate", rows), target, "rate")
    latest = rows[-1][1]
    met = (
        latest >= target["target_value"] if comparator == ">=" else latest <= target["target_value"]
    )
    assert (result["status"] in pg.MET_STATUSES) == met


@settings(max_examples=25, deadline=None)
@given(case=series_and_target(">="), seed=st.randoms(use_true_random=False))
def test_results_do_not_depend_on_the_order_of_observations(case, seed, catalog):
    rows, target = case
    obs = pd.concat([make_obs("dvctt_rate", rows), CYBER, DVCTT], ignore_index=True)
    shuffled = obs.sample(frac=1, random_state=seed.randint(0, 10_000)).reset_index(drop=True)
    targets = pd.DataFrame([target, DVCTT_2025, DVCTT_2024])
    expected = tb.compute_status_table(obs, targets, catalog)
    actual = tb.compute_status_table(shuffled, targets.iloc[::-1], catalog)
    pd.testing.assert_frame_equal(expected, actual)


# ---------------------------------------------------------------- status against progress share

SHARES = [float("nan"), 0.0, 0.5, pg.SHARE_BELOW_TARGET, 1.0]
ALLOWED = {  # status -> the shown shares it may stand beside
    "achieved": {1.0},
    "achieved_late": {1.0},
    "on_track": {"nan", 0.0, 0.5, pg.SHARE_BELOW_TARGET},
    "at_risk": {"nan", 0.0, 0.5, pg.SHARE_BELOW_TARGET},
    "off_track": {"nan", 0.0, 0.5, pg.SHARE_BELOW_TARGET},
    "not_enough_data": {"nan", 0.0, 0.5, pg.SHARE_BELOW_TARGET},
    "no_data": {"nan"},
}


@pytest.mark.parametrize("status", pg.TARGET_STATUSES)
@pytest.mark.parametrize("share", SHARES)
def test_every_status_against_every_share(status, share):
    key = "nan" if math.isnan(share) else share
    assert pg.contradicts_share(status, share) == (key not in ALLOWED[status])


@st.composite
def series_target_and_day(draw):
    rows, target = draw(series_and_target(draw(st.sampled_from([">=", "<="]))))
    # Judged anywhere from the first point to well past the deadline.
    span = (target["deadline_date"] - rows[0][0]).days + 400
    today = rows[0][0] + timedelta(days=draw(st.integers(min_value=0, max_value=span)))
    met_value = draw(st.sampled_from([None, target["target_value"]]))
    if met_value is not None:  # the target reached exactly, somewhere in the series
        at = draw(st.integers(min_value=0, max_value=len(rows) - 1))
        rows = [*rows[:at], (rows[at][0], met_value), *rows[at + 1 :]]
    return rows, target, today


@settings(max_examples=300, deadline=None)
@given(case=series_target_and_day(), kind=st.sampled_from(["rate", "stock", "rank"]))
def test_no_status_contradicts_its_progress_share(case, kind):
    rows, target, today = case
    result = pg.compute_progress(make_obs("dvctt_rate", rows), target, kind, today=today)
    assert not pg.contradicts_share(result["status"], result["progress"]), result
