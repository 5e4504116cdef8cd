"""Extraction on report-genre sentences that are not in the bundled seeds (generalisation)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract import extract_text

MONTHLY_HEAD = "BÁO CÁO\n\nChuyển đổi số quốc gia tháng 05 năm 2024\n\n"

# (sentence, expected (indicator, breakdown, period_kind, period_end, value, qualifier) rows)
CASES = [
    (
        "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 46,85%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 38,5%.",
        [
            ("dvctt_full_process_rate", "national", "as_of", "2024-05-31", 46.85, ""),
            ("online_dossier_full_process_rate", "national", "as_of", "2024-05-31", 38.5, ""),
        ],
    ),
    (
        "Trong tháng 05/2024, Bộ TT&TT đã ghi nhận, cảnh báo và hướng dẫn xử lý 51 cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam.",
        [("cyberattacks", "national", "month", "2024-05-31", 51, "")],
    ),
    (
        "Số lượng địa chỉ IP botnet trong tháng là 593.512, giảm 12,5% so với tháng trước.",
        [("botnet_ips", "national", "month", "2024-05-31", 593512, "")],
    ),
    (
        "Tổng số trạm BTS 5G đã lắp đặt là 5.500 trạm; tỷ lệ phủ sóng 5G theo dân số đạt 26%.",
        [
            ("fiveg_bts_count", "national", "as_of", "2024-05-31", 5500, ""),
            ("fiveg_population_coverage_rate", "national", "as_of", "2024-05-31", 26, ""),
        ],
    ),
    (
        "Tỷ trọng kinh tế số trong GDP năm 2023 ước đạt 16,5%, phấn đấu đến năm 2025 đạt 20%.",
        [("digital_economy_gdp_share", "national", "year", "2023-12-31", 16.5, "ước")],
    ),
    (
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP): trong tháng 05/2024 có 70,3 triệu giao dịch; lũy kế từ đầu năm đạt 350 triệu giao dịch.",
        [
            ("ndxp_transactions_period", "national", "month", "2024-05-31", 70300000, ""),
            ("ndxp_transactions_period", "national", "ytd", "2024-05-31", 350000000, ""),
        ],
    ),
    (
        "Mobile Money: tổng số khách hàng đạt 9,2 triệu, trong đó 70% ở nông thôn.",
        [("mobile_money_customers", "national", "as_of", "2024-05-31", 9200000, "")],
    ),
    (
        "Đến nay, Cổng Dịch vụ công quốc gia có hơn 17,9 triệu tài khoản đăng ký.",
        [("national_portal_accounts", "national", "as_of", "2024-05-31", 17900000, "hơn")],
    ),
    (
        "Tốc độ truy cập Internet băng rộng cố định đạt 117,72 Mbps, băng rộng di động đạt 58,26 Mbps.",
        [
            ("fixed_broadband_speed", "national", "as_of", "2024-05-31", 117.72, ""),
            ("mobile_broadband_speed", "national", "as_of", "2024-05-31", 58.26, ""),
        ],
    ),
    (
        "Đã cấp 87,3 triệu thẻ Căn cước công dân gắn chip; kích hoạt 57,6 triệu tài khoản định danh điện tử.",
        [
            ("chip_id_cards_issued", "national", "as_of", "2024-05-31", 87300000, ""),
            ("vneid_activated_accounts", "national", "as_of", "2024-05-31", 57600000, ""),
        ],
    ),
    (
        "Bộ, ngành đạt 45,2%; địa phương đạt 51,7% hồ sơ xử lý trực tuyến.",
        # Only the second clause names its indicator (after the number); the first is not guessed.
        [("online_dossier_rate", "localities", "as_of", "2024-05-31", 51.7, "")],
    ),
    (
        "Phấn đấu đến hết năm 2024 đạt 80% dịch vụ công trực tuyến toàn trình.",
        [],  # a target, not a value
    ),
    (
        "Thủ tướng Chính phủ đã ban hành 05 Quyết định, 03 Chỉ thị; hoàn thành 19/79 nhiệm vụ.",
        [],  # counts of decrees and tasks are not indicators
    ),
    (
        "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ bảo đảm an toàn thông tin đạt 72,4%.",
        [("info_systems_level_approved_rate", "national", "as_of", "2024-05-31", 72.4, "")],
    ),
    (
        "Trong năm 2024, các bộ, ngành, địa phương cần bảo đảm 100% hồ sơ được gắn định danh cá nhân.",
        [],  # a floor to reach
    ),
    (
        "Tại Hà Nội, tỷ lệ dịch vụ công trực tuyến toàn trình đạt 62,3%.",
        [("dvctt_full_process_rate", "Hà Nội", "as_of", "2024-05-31", 62.3, "")],
    ),
    (
        "Trong tháng 5, Bộ TT&TT đã ghi nhận 48 cuộc tấn công mạng gây ra sự cố.",
        [("cyberattacks", "national", "month", "2024-05-31", 48, "")],
    ),
    (
        "Đến nay, Nền tảng NDXP đã có hơn 2,3 tỷ giao dịch lũy kế.",
        [("ndxp_transactions_cumulative", "national", "as_of", "2024-05-31", 2300000000, "hơn")],
    ),
    (
        "Chỉ số phát triển Chính phủ điện tử (EGDI) năm 2024 của Việt Nam xếp thứ 71/193, tăng 15 bậc.",
        # an index's edition is a year's rank; the report's date bounds it
        [("egdi_rank", "national", "year", "2024-05-31", 71, "")],
    ),
]


# Phrasings the extraction issue names as missed on real texts (its own examples).
ISSUE_CASES = [
    (
        "Trong tháng 4, Bộ TT&TT phát hiện 61 cuộc tấn công mạng gây ra sự cố vào hệ thống thông tin.",
        [("cyberattacks", "national", "month", "2024-04-30", 61, "")],
    ),
    (
        "Tỉ lệ hộ gia đình sử dụng cáp quang đạt 82,1% (cuối năm trước là 79,4%).",
        [
            ("ftth_household_rate", "national", "as_of", "2024-05-31", 82.1, ""),
            ("ftth_household_rate", "national", "as_of", "2023-12-31", 79.4, ""),
        ],
    ),
    (
        "Tốc độ băng rộng cố định đạt 145.21 Mbps.",
        [("fixed_broadband_speed", "national", "as_of", "2024-05-31", 145.21, "")],
    ),
    (
        "Về hồ sơ trực tuyến toàn trình, khối bộ đạt tỷ lệ 63,5%; khối tỉnh đạt tỷ lệ 41,2%.",
        [
            ("online_dossier_full_process_rate", "ministries", "as_of", "2024-05-31", 63.5, ""),
            ("online_dossier_full_process_rate", "localities", "as_of", "2024-05-31", 41.2, ""),
        ],
    ),
    (
        "Tỷ lệ hồ sơ xử lý trực tuyến của các tỉnh dẫn đầu: Hà Nội đạt 78,4%, Đà Nẵng đạt 71,2%.",
        [
            ("online_dossier_rate", "Hà Nội", "as_of", "2024-05-31", 78.4, ""),
            ("online_dossier_rate", "Đà Nẵng", "as_of", "2024-05-31", 71.2, ""),
        ],
    ),
    (
        "Theo báo cáo của Liên Hợp Quốc, Chính phủ điện tử của Việt Nam xếp hạng 71/193.",
        [("egdi_rank", "national", "year", "2024-05-31", 71, "")],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,79% (mục tiêu năm 2024 là 50%, năm 2025 là 80%); "
        "khối bộ, ngành đạt 63,47%; khối địa phương đạt 18,54%.",
        [
            ("online_dossier_full_process_rate", "national", "as_of", "2024-05-31", 45.79, ""),
            ("online_dossier_full_process_rate", "ministries", "as_of", "2024-05-31", 63.47, ""),
            ("online_dossier_full_process_rate", "localities", "as_of", "2024-05-31", 18.54, ""),
        ],
    ),
    (
        "Nền tảng NDXP lũy kế từ tháng 1-4/2024 có 280 triệu giao dịch.",
        [("ndxp_transactions_period", "national", "ytd", "2024-04-30", 280000000, "")],
    ),
    # Dossiers handled full-process, in the many ways the genre words it.
    *[
        (s, [("online_dossier_full_process_rate", "national", "as_of", "2024-05-31", 44.46, "")])
        for s in (
            "Tỷ lệ hồ sơ TTHC được xử lý hoàn toàn trực tuyến đạt 44,46%.",
            "Tỷ lệ xử lý hồ sơ trực tuyến toàn trình đạt 44,46%.",
            "Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 44,46%.",
            "Tỷ lệ hồ sơ được giải quyết theo hình thức trực tuyến toàn trình đạt 44,46%.",
            "Tỷ lệ hồ sơ trực tuyến (toàn trình) đạt 44,46%.",
            "Hồ sơ trực tuyến toàn trình chiếm 44,46% tổng số hồ sơ.",
        )
    ],
    (
        "Tỷ lệ hồ sơ trực tuyến (toàn trình và một phần) đạt 52,3%.",
        [("online_dossier_rate", "national", "as_of", "2024-05-31", 52.3, "")],
    ),
    (
        "Tốc độ băng rộng cố định tháng 1 đạt 140,1 Mbps, tháng 2 đạt 142,3 Mbps.",
        [
            ("fixed_broadband_speed", "national", "month", "2024-01-31", 140.1, ""),
            ("fixed_broadband_speed", "national", "month", "2024-02-29", 142.3, ""),
        ],
    ),
    (
        "Tốc độ tải xuống/tải lên băng rộng cố định đạt 145,21/140,3 Mbps.",
        [("fixed_broadband_speed", "national", "as_of", "2024-05-31", 145.21, "")],
    ),
    (
        "Với băng rộng di động, tốc độ trung bình tháng 4 là 151,07 Mbps và 42,3 Mbps "
        "(tháng trước là 147,6 Mbps và 41,9 Mbps).",
        [
            ("mobile_broadband_speed", "national", "month", "2024-04-30", 151.07, ""),
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 147.6, ""),
        ],
    ),
    (
        "Tốc độ di động tháng 4/2024 đạt 138,9 Mbps (tháng 3/2024: 129,2 Mbps). "
        "Tốc độ băng rộng cố định đạt 160,4 Mbps (tải xuống) và 155,7 Mbps (tải lên).",
        [
            ("mobile_broadband_speed", "national", "month", "2024-04-30", 138.9, ""),
            ("mobile_broadband_speed", "national", "month", "2024-03-31", 129.2, ""),
            ("fixed_broadband_speed", "national", "as_of", "2024-05-31", 160.4, ""),
        ],
    ),
    (
        "Tốc độ băng rộng cố định tháng 4 đạt 151,2 Mbps (tải lên 146,8 Mbps).",
        [("fixed_broadband_speed", "national", "month", "2024-04-30", 151.2, "")],
    ),
    ("Viettel và VinaPhone tiếp tục là hai nhà mạng có tốc độ tải xuống trên 140 Mbps.", []),
    (
        "Nhiều nhà cung cấp đã nâng băng thông tối thiểu của các gói cước phổ thông lên 300 Mbps.",
        [],
    ),
    # Provinces named before "lần lượt", and the province right before each number.
    (
        "Bình Dương, Quảng Ninh, Hà Nội có tỷ lệ hồ sơ trực tuyến toàn trình lần lượt là "
        "85,2%, 80,1% và 75,3%.",
        [
            ("online_dossier_full_process_rate", "Bình Dương", "as_of", "2024-05-31", 85.2, ""),
            ("online_dossier_full_process_rate", "Quảng Ninh", "as_of", "2024-05-31", 80.1, ""),
            ("online_dossier_full_process_rate", "Hà Nội", "as_of", "2024-05-31", 75.3, ""),
        ],
    ),
    (
        "Ba địa phương có tốc độ cố định nhanh nhất là Hà Nội, TP.HCM và Đà Nẵng với tốc độ "
        "lần lượt 181,3 Mbps, 178,6 Mbps và 175,04 Mbps.",
        [
            ("fixed_broadband_speed", "Hà Nội", "as_of", "2024-05-31", 181.3, ""),
            ("fixed_broadband_speed", "Hồ Chí Minh", "as_of", "2024-05-31", 178.6, ""),
            ("fixed_broadband_speed", "Đà Nẵng", "as_of", "2024-05-31", 175.04, ""),
        ],
    ),
    (
        "Về tốc độ băng rộng cố định, Bắc Ninh dẫn đầu với 175,2 Mbps, Hà Nội đứng thứ hai với "
        "172,1 Mbps; tại TP.HCM đạt 170,3 Mbps.",
        [
            ("fixed_broadband_speed", "Bắc Ninh", "as_of", "2024-05-31", 175.2, ""),
            ("fixed_broadband_speed", "Hà Nội", "as_of", "2024-05-31", 172.1, ""),
            ("fixed_broadband_speed", "Hồ Chí Minh", "as_of", "2024-05-31", 170.3, ""),
        ],
    ),
    # A town or district below the province, or one unnamed business, is not the country.
    (
        "Trong đó, TP Đà Lạt và TP Bảo Lộc có tỷ lệ hồ sơ trực tuyến toàn trình lần lượt đạt 72,3% và 68,1%.",
        [],
    ),
    (
        "Riêng một doanh nghiệp viễn thông lớn nhất cho biết đã phục vụ khoảng 7 triệu khách hàng Mobile Money.",
        [],
    ),
]


def extract_rows(sentence: str) -> list[tuple]:
    """Run the extractor on a one-paragraph February-style monthly report."""
    raw = MONTHLY_HEAD + "Tính đến nay (31/05/2024), một số kết quả như sau:\n\n" + sentence + "\n"
    frame = extract_text(raw, "genre.txt", "0" * 64).observations
    frame = frame[frame.status == "accepted"]
    return [
        (r.indicator, r.breakdown, r.period_kind, r.period_end.isoformat(), r.value, r.qualifier)
        for r in frame.itertuples()
    ]


@pytest.mark.parametrize(
    "sentence, expected", CASES + ISSUE_CASES, ids=[c[0][:40] for c in CASES + ISSUE_CASES]
)
def test_genre_sentence(sentence, expected):
    assert sorted(extract_rows(sentence)) == sorted(expected)


def test_a_headline_rounding_restates_the_dated_figure():
    """'Hơn 73%' in a headline carries no date of its own: it is the body's 73,6%, not a new value."""
    raw = (
        "Bắc Giang: Hồ sơ trực tuyến toàn trình đạt hơn 73%\n"
        "6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 73,6%.\n"
    )
    frame = extract_text(raw, "page.txt", "1" * 64, {"published": date(2024, 7, 10)}).observations
    assert frame["value"].tolist() == [73.6]


def test_a_headline_figure_without_qualifier_restates_the_dated_figure():
    """A headline's "đạt 85%" is the body's dated 85,3%, rounded for the title."""
    raw = (
        "Quảng Ninh: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%\n"
        "7 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 85,3%.\n"
    )
    frame = extract_text(raw, "page.txt", "2" * 64, {"published": date(2024, 8, 15)}).observations
    assert frame["value"].tolist() == [85.3]


def test_provincial_level_on_a_province_page_is_not_all_localities():
    """On a province's page "cấp tỉnh" is that province's own agencies: review, not the chart."""
    raw = (
        "BÁO QUẢNG NINH\nChuyển đổi số\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của cấp tỉnh đạt 90,1%, cấp huyện 80,2%.\n"
    )
    frame = extract_text(raw, "page.txt", "3" * 64, {"published": date(2024, 8, 15)}).observations
    assert not (frame["status"] == "accepted").any()


def test_a_year_end_level_in_a_late_december_report_is_dated_the_report():
    """ "Đến hết năm 2024" in a report of 27/12/2024 is the level it gives as of its own date."""
    raw = "Đến hết năm 2024, cả nước có 7.800 trạm BTS 5G.\n"
    frame = extract_text(raw, "page.txt", "4" * 64, {"published": date(2024, 12, 27)}).observations
    row = frame.iloc[0]
    assert (row["indicator"], row["status"], row["period_end"]) == (
        "fiveg_bts_count",
        "accepted",
        date(2024, 12, 27),
    )
