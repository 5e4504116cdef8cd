"""Times the press writes short, met while probing the genre on stop 37 and each written anew
for the project (not copied from any page): "Cuối 2022", "Tính đến hết 2022" leave out "năm" and
still date the level at that year's end, not at the page's date; "Giữa năm 2023", "đến giữa năm
nay" date it at the end of June; "Trong năm qua, … có thêm … mới" in December is what the year
now closing added; "trong tháng 7 (từ ngày 01/7 đến ngày 20/7/2025)" is the month so far, not
some days; a yearly measure's estimate for "Năm 2023" in late December is the year's, not a
level of the day; "hai năm trước" is two years back; a quarter named far after "so với" ("so với số liệu cộng gộp của hai
tỉnh trong quý II") is the compared one and dates no next sentence; "64,1% (năm 2024, bình quân
… đạt 49%)" is not 2024's, the bracket gives that year its own value; "trong quý" reads the quarter
its own sentence named; "cùng kỳ năm ngoái (66,2%)" after "quý trước (75,1%)" is the sentence's
own quarter a year back; "Trong tháng trước, …" after a year is the page's last month, and so are "từ đầu năm đến hết
tháng trước" (the year to its end), "Riêng tháng trước, …" and ", tháng trước tốc độ …";
"so với tháng trước đó (43,2%)" is the month before; "… trong quý đạt 37,8%" is the quarter
the text reviews; "Trong năm, …" after "Tính đến ngày 31/12/2025, …" is that year's flow, not a
level of the day; in March "trong năm đạt" is still the year just closed; "Q3/2024" and "T9/2024" are a quarter and a
month; "tính đến ngày 1.7" writes its day with a dot; a result
"đạt 100% so với chỉ tiêu … giao" still dates an undated page (the plan is met, not set).

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_guards import test_guard as assert_guard
from test_extract_guards_fresh import test_undated_guard as assert_undated_guard

from etl.extract import extract_text

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Cuối 2022, tỷ lệ hộ gia đình sử dụng cáp quang đạt 75,9%. Tính đến hết 2022, cả nước "
        "có 21,1 triệu thuê bao băng rộng cố định.",
        "2023-05-20",
        [
            ("ftth_household_rate", "national", "2022-12-31", 75.9),
            ("fixed_broadband_subscriptions", "national", "2022-12-31", 21100000),
        ],
        [],
        id="a-year-s-end-without-nam",
    ),
    pytest.param(
        "Giữa năm 2023, cả nước có 1.200 trạm BTS 5G thử nghiệm. Đến giữa năm nay, tỷ lệ hộ gia "
        "đình sử dụng cáp quang đạt 83,1%.",
        "2024-09-18",
        [
            ("fiveg_bts_count", "national", "2023-06-30", 1200),
            ("ftth_household_rate", "national", "2024-06-30", 83.1),
        ],
        [],
        id="the-middle-of-a-year",
    ),
    pytest.param(
        "Tính đến ngày 1.7, Công an tỉnh Nghệ An đã kích hoạt 1.650.200 tài khoản định danh "
        "điện tử.",
        "2023-08-20",
        [("vneid_activated_accounts", "Nghệ An", "2023-07-01", 1650200)],
        [],
        id="a-day-written-with-a-dot",
    ),
    pytest.param(
        "Trong năm qua, Cổng Dịch vụ công quốc gia có thêm khoảng 2,7 triệu tài khoản đăng ký "
        "mới. Đến nay, tỷ lệ hộ gia đình sử dụng cáp quang đạt 84,2%.",
        "2024-12-23",
        [
            ("national_portal_accounts_new", "national", "2024-12-23", 2700000),
            ("ftth_household_rate", "national", "2024-12-23", 84.2),
        ],
        [("national_portal_accounts", 2700000)],
        id="the-year-now-closing-in-a-december-review",
    ),
    pytest.param(
        "Theo Văn phòng UBND tỉnh Tây Ninh, trong tháng 7 (từ ngày 01/7 đến ngày 20/7/2025), "
        "toàn tỉnh tiếp nhận 98.640 hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,9%.",
        "2025-07-24",
        [("online_dossier_full_process_rate", "Tây Ninh", "2025-07-20", 38.9)],
        [],
        id="a-month-so-far-given-as-a-window-from-its-first-day",
    ),
    pytest.param(
        "Năm 2023, kinh tế số của Huế ước đóng góp khoảng 15,2% GRDP, cao hơn mức 13,9% của năm "
        "2022.",
        "2023-12-22",
        [
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "2023-12-22", 15.2),
            ("digital_economy_gdp_share", "Thừa Thiên Huế", "2022-12-31", 13.9),
        ],
        [],
        id="a-yearly-measure-s-estimate-in-the-year-s-last-weeks",
    ),
    pytest.param(
        "Trong quý III/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Tuyên Quang đạt 62,4%, "
        "tăng 9,1 điểm phần trăm so với số liệu cộng gộp của hai tỉnh trong quý II. Tỷ lệ hồ sơ "
        "được cấp kết quả điện tử đạt 88,7%.",
        "2025-10-14",
        [
            ("online_dossier_full_process_rate", "Tuyên Quang", "2025-09-30", 62.4),
            ("e_result_rate", "Tuyên Quang", "2025-09-30", 88.7),
        ],
        [],
        id="the-quarter-compared-with-carries-to-no-next-sentence",
    ),
    pytest.param(
        "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Phú Thọ ước đạt 64,1% (năm 2024, "
        "bình quân ba tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình đạt 49%).",
        "2025-12-30",
        [("online_dossier_full_process_rate", "Phú Thọ", "2025-12-30", 64.1)],
        [],
        id="a-bracket-opening-on-an-earlier-year-gives-its-own-value",
    ),
    pytest.param(
        "Báo cáo sơ kết quý I vừa qua của Sở Thông tin và Truyền thông Nghệ An cho thấy, trong "
        "quý, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 41,7%. Hiện nay, tỷ lệ hộ gia đình "
        "sử dụng cáp quang trên địa bàn tỉnh đạt 86,5%.",
        "2024-05-22",
        [
            ("online_dossier_full_process_rate", "Nghệ An", "2024-03-31", 41.7),
            ("ftth_household_rate", "Nghệ An", "2024-03-31", 86.5),
        ],
        [],
        id="in-the-quarter-its-own-sentence-named",
    ),
    pytest.param(
        "Quý vừa qua, tỷ lệ hồ sơ xử lý trực tuyến toàn trình trên địa bàn tỉnh Bắc Giang đạt "
        "79,4%, cao hơn quý trước (75,1%) và cùng kỳ năm ngoái (66,2%).",
        "2025-04-03",
        [
            ("online_dossier_full_process_rate", "Bắc Giang", "2025-03-31", 79.4),
            ("online_dossier_full_process_rate", "Bắc Giang", "2024-12-31", 75.1),
            ("online_dossier_full_process_rate", "Bắc Giang", "2024-03-31", 66.2),
        ],
        [],
        id="the-same-quarter-a-year-back-after-the-quarter-before",
    ),
    pytest.param(
        "Hiện có 58,3 triệu tài khoản định danh điện tử được kích hoạt, gần gấp đôi cùng thời "
        "điểm năm ngoái. Trong tháng trước, tỷ lệ hồ sơ thủ tục hành chính được gắn mã định danh "
        "cá nhân trên toàn quốc đạt 95,4%.",
        "2024-09-16",
        [("dossiers_with_personal_id_rate", "national", "2024-08-31", 95.4)],
        [],
        id="last-month-after-a-year-named-is-the-page-s-last-month",
    ),
    pytest.param(
        "Sang năm nay, từ đầu năm đến hết tháng trước, Cổng Dịch vụ công quốc gia có thêm 2,96 "
        "triệu tài khoản. Riêng tháng trước, số tài khoản mới là 410.000.",
        "2024-09-09",
        [
            ("national_portal_accounts_new", "national", "2024-08-31", 2960000),
            ("national_portal_accounts_new", "national", "2024-08-31", 410000),
        ],
        [],
        id="the-year-to-the-end-of-last-month-and-last-month-set-apart",
    ),
    pytest.param(
        "Theo Ookla, tháng trước tốc độ tải xuống trung vị băng rộng di động của Việt Nam đạt "
        "146,6 Mbps. Cùng kỳ năm ngoái, tốc độ băng rộng di động chỉ đạt 52,3 Mbps.",
        "2025-06-16",
        [
            ("mobile_broadband_speed", "national", "2025-05-31", 146.6),
            ("mobile_broadband_speed", "national", "2024-05-31", 52.3),
        ],
        [],
        id="last-month-opening-a-clause-before-its-measure",
    ),
    pytest.param(
        "Trong tháng vừa qua, tỷ lệ hồ sơ xử lý trực tuyến toàn trình trên cả nước đạt 44,8%, "
        "tăng 1,6 điểm phần trăm so với tháng trước đó (43,2%).",
        "2024-11-06",
        [
            ("online_dossier_full_process_rate", "national", "2024-10-31", 44.8),
            ("online_dossier_full_process_rate", "national", "2024-09-30", 43.2),
        ],
        [],
        id="the-month-before-that-in-brackets",
    ),
    pytest.param(
        "Tính đến hết quý vừa qua, tỷ lệ thủ tục hành chính được cung cấp dưới hình thức dịch vụ "
        "công trực tuyến (một phần và toàn trình) đạt 79,2%. Tỷ lệ hồ sơ xử lý trực tuyến trong "
        "quý đạt 37,8%; cùng kỳ năm ngoái tỷ lệ này chỉ đạt 21,5%.",
        "2023-10-05",
        [
            ("dvctt_rate", "national", "2023-09-30", 79.2),
            ("online_dossier_rate", "national", "2023-09-30", 37.8),
            ("online_dossier_rate", "national", "2022-09-30", 21.5),
        ],
        [],
        id="in-the-quarter-right-before-the-figure-s-verb",
    ),
    pytest.param(
        "Tính đến ngày 31/12/2025, Cổng Dịch vụ công quốc gia có 21,3 triệu tài khoản đăng ký. "
        "Trong năm, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) thực hiện 1,42 tỷ giao "
        "dịch.",
        "2026-01-12",
        [
            ("national_portal_accounts", "national", "2025-12-31", 21300000),
            ("ndxp_transactions_period", "national", "2025-12-31", 1420000000),
        ],
        [("ndxp_transactions_cumulative", 1420000000)],
        id="in-the-year-after-a-day-named-is-the-year-to-it",
    ),
    pytest.param(
        "Báo cáo Khảo sát Chính phủ điện tử của Liên Hợp Quốc công bố tuần qua cho thấy Việt Nam "
        "xếp thứ 71/193 quốc gia về chỉ số phát triển Chính phủ điện tử (EGDI), tăng 15 bậc so "
        "với kỳ đánh giá hai năm trước (86/193).",
        "2024-09-18",
        [("egdi_rank", "national", "2024-12-31", 71), ("egdi_rank", "national", "2022-12-31", 86)],
        [],
        id="two-years-back",
    ),
    # (one rule for the year a text looks back on: a conference's review in March still reads the
    # year just closed, both for "trong năm đạt" and for "Năm qua, …")
    pytest.param(
        "Tại hội nghị tổng kết, Bộ cho biết Nền tảng NDXP trong năm đạt hơn 890 triệu giao dịch. "
        "Năm qua, cả nước có thêm 4,2 triệu tài khoản trên Cổng Dịch vụ công quốc gia.",
        "2024-03-14",
        [("ndxp_transactions_period", "national", "2023-12-31", 890000000)],
        [],
        id="a-review-in-march-reads-the-year-just-closed",
    ),
    # (stop 46) the short forms of infographics and tables, their year always written
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn trình cả nước Q3/2024 đạt 38,1%; số giao dịch qua NDXP "
        "T9/2024 đạt 96,4 triệu.",
        "2024-10-20",
        [
            ("online_dossier_full_process_rate", "national", "2024-09-30", 38.1),
            ("ndxp_transactions_period", "national", "2024-09-30", 96400000),
        ],
        [],
        id="a-quarter-and-a-month-written-short",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


# A page with no sidecar date: its date comes from the text alone
UNDATED = [
    pytest.param(
        "Trước đó, ngày 12.4.2023, Công an tỉnh đã ban hành kế hoạch triển khai.\n\n"
        "Ngày 6.8, Công an tỉnh Nghệ An cho biết, tính đến ngày 3.8.2023, đã thu nhận hồ sơ cấp "
        "căn cước cho 2.810.000 trường hợp, đạt 100% so với chỉ tiêu Bộ Công an giao.\n\n"
        "Toàn tỉnh đã kích hoạt 1.650.200 tài khoản định danh điện tử.",
        [("vneid_activated_accounts", "Nghệ An", "2023-08-03", 1650200)],
        id="a-day-written-with-a-dot-on-a-page-dated-by-a-result-met",
    ),
]


@pytest.mark.parametrize("text, wanted", UNDATED)
def test_undated_guard(text, wanted):
    assert_undated_guard(text, wanted)


def test_a_figure_from_before_with_no_time_of_its_own_goes_to_review():
    """'Trước đó, … chỉ còn khoảng 600 thôn' tells of a time before the text's: not its date."""
    text = (
        "Tính đến ngày 25/10/2024, cả nước còn 1.605 thôn, bản chưa có sóng di động băng rộng. "
        "Trước đó, theo tiêu chí cũ, số thôn lõm sóng chỉ còn khoảng 600 thôn."
    )
    rows = extract_text(text, "guard.txt", "0" * 64, {"published": date(2024, 10, 30)})
    rows = rows.observations.set_index("value")
    assert rows.loc[1605.0, "status"] == "accepted"
    assert rows.loc[600.0, "status"] == "needs_review"
    assert "Trước đó" in rows.loc[600.0, "review_reason"]


def test_months_opening_a_headline_are_the_years_first_months():
    """'Chín tháng, hơn 1 tỷ giao dịch …' over a page of October: January to September."""
    text = (
        "Chín tháng, hơn 1,1 tỷ giao dịch qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia\n\n"
        "Sau 3 tháng, hệ thống mới đã ổn định."
    )
    rows = extract_text(text, "guard.txt", "0" * 64, {"published": date(2025, 10, 20)})
    rows = rows.observations
    got = {(r.indicator, r.period_kind, str(r.period_end)[:10]) for r in rows.itertuples()}
    assert ("ndxp_transactions_period", "ytd", "2025-09-30") in got, rows.to_string()
    assert "ndxp_transactions_cumulative" not in set(rows["indicator"]), rows.to_string()


def test_a_period_in_the_next_figures_label_is_not_this_ones():
    """'…/ngày' then 'Lũy kế từ năm 2019 đến 30/6/2025: …' on the next line: 2019 is the running
    total's start, not the daily average's year."""
    text = (
        "NỀN TẢNG NDXP 6 THÁNG ĐẦU NĂM 2025\n\n"
        "Bình quân: khoảng 3,1 triệu giao dịch/ngày\n"
        "Lũy kế từ năm 2019 đến 30/6/2025: 3,52 tỷ giao dịch\n"
    )
    rows = extract_text(text, "guard.txt", "0" * 64, {"published": date(2025, 7, 8)})
    rows = rows.observations
    daily = rows[rows["indicator"] == "ndxp_transactions_daily_avg"]
    assert len(daily) == 1, rows.to_string()
    assert str(daily["period_end"].iloc[0])[:4] == "2025", rows.to_string()
