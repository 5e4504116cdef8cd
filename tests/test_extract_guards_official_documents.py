"""Official documents in their own form (monthly reports, conclusion notices, provincial reports as
saved from Word or PDF), each written anew for the project (not copied from any page): a plan then a
result in one line ("kế hoạch năm 2023 là 50%, kết quả thực hiện năm 2023 đạt 38,7%", "thực hiện
91,6%/KH 100%") gives the result only, and "chỉ tiêu năm 2023 là 50%" is the plan; a numbered
indicator ("1. Chỉ tiêu: Tỷ lệ …") names the result items under it, their period in brackets or
not; a meeting "Ngày …, tại Hà Nội, Phó Thủ tướng …" is held there, not of Hà Nội; notes marked
"nhanh(1)" and written "(1) …" under the text are footnotes, read by their own words first; a
notice's task ("Giao Sở … phủ sóng 100% thôn, bản") is an aim; "tỉnh Hà Giang (cũ)" is that province
for a time before the July 2025 merger and a former part after it; "riêng thành phố Huế" before 2025
is a city below the province; "số hồ sơ trực tuyến là 58.910, đạt tỷ lệ 94,5%" is the share.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Tỷ lệ hồ sơ xử lý trực tuyến: kế hoạch năm 2023 là 50%, kết quả thực hiện năm 2023 đạt "
        "38,7%. Tỷ lệ hộ gia đình có kết nối cáp quang: chỉ tiêu năm 2023 là 80%, kết quả năm "
        "2023 đạt 80,3%.",
        "2024-01-12",
        [
            ("online_dossier_rate", "national", "2023-12-31", 38.7),
            ("ftth_household_rate", "national", "2023-12-31", 80.3),
        ],
        [("online_dossier_rate", 50), ("ftth_household_rate", 80)],
        id="a-plan-then-a-result-in-one-line",
    ),
    pytest.param(
        "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023\n"
        "1. Chỉ tiêu: Tỷ lệ hồ sơ xử lý trực tuyến\n"
        "- Kế hoạch năm 2023: 50%.\n"
        "- Kết quả thực hiện năm 2023: 38,7%.\n"
        "- Đánh giá: Chưa đạt.\n"
        "2. Chỉ tiêu: Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến\n"
        "- Kế hoạch năm 2023: 40%.\n"
        "- Kết quả (tính đến 31/12/2023): 33,4%.\n"
        "3. Chỉ tiêu: Tỷ trọng kinh tế số trong GDP\n"
        "- Kế hoạch năm 2023: 20%.\n"
        "- Kết quả ước năm 2023: 16,5%.",
        "2024-01-12",
        [
            ("online_dossier_rate", "national", "2023-12-31", 38.7),
            ("adult_population_using_dvctt_rate", "national", "2023-12-31", 33.4),
            ("digital_economy_gdp_share", "national", "2023-12-31", 16.5),
        ],
        [("online_dossier_rate", 50), ("digital_economy_gdp_share", 20)],
        id="numbered-indicators-over-their-plan-and-result-items",
    ),
    pytest.param(
        "Ngày 12 tháng 10 năm 2023, tại Hà Nội, Phó Thủ tướng Chính phủ đã chủ trì Hội nghị đánh "
        "giá kết quả triển khai Năm dữ liệu số. Phó Thủ tướng kết luận như sau:\n\n"
        "1. Tính đến ngày 30/9/2023, Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) đã có "
        "1.305 điểm kết nối.",
        "2023-10-20",
        [("ndxp_connection_points", "national", "2023-09-30", 1305)],
        [],
        id="a-meeting-held-in-the-capital-is-not-the-capital-s",
    ),
    pytest.param(
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "1. Chuyển đổi số tiếp tục có bước tiến rõ nét, kinh tế số tăng trưởng nhanh(1).\n"
        "2. Hạ tầng số tiếp tục được đầu tư, mở rộng(2).\n"
        "II. NHIỆM VỤ TRỌNG TÂM\n"
        "Phấn đấu năm 2024 tỷ trọng kinh tế số đạt trên 18% GDP.\n"
        "_______________\n"
        "(1) Năm 2023, kinh tế số chiếm 12,33% GDP; tốc độ tăng trưởng kinh tế số năm 2023 đạt "
        "khoảng 20%.\n"
        "(2) Số liệu đến hết tháng 9/2024: tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,4%.",
        "2024-10-28",
        [
            ("digital_economy_gdp_share", "national", "2023-12-31", 12.33),
            ("digital_economy_growth", "national", "2023-12-31", 20),
            ("ftth_household_rate", "national", "2024-09-30", 82.4),
        ],
        [("digital_economy_gdp_share", 18)],
        id="notes-in-brackets-under-a-notice-s-task-section",
    ),
    pytest.param(
        "Giao Sở Thông tin và Truyền thông tỉnh Lào Cai phối hợp các doanh nghiệp viễn thông phủ "
        "sóng 100% thôn, bản trong năm 2024. Thực hiện 91,6%/KH 100% thủ tục hành chính đủ điều "
        "kiện được cung cấp dịch vụ công trực tuyến toàn trình (tính đến 31/12/2024).",
        "2025-01-10",
        [],
        [("villages_with_mobile_coverage_rate", 100), ("full_process_provision_rate", 100)],
        id="a-notice-s-task-and-a-plan-after-a-slash",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Hà Giang (cũ) đạt 61,3%. Năm 2025, tỷ lệ "
        "hồ sơ trực tuyến toàn trình trên địa bàn tỉnh Bắc Ninh đạt 68,4%; riêng khu vực tỉnh Bắc "
        "Giang (cũ) đạt 61,7%.",
        "2026-01-15",
        [
            ("online_dossier_rate", "Hà Giang", "2024-12-31", 61.3),
            ("online_dossier_full_process_rate", "Bắc Ninh", "2025-12-31", 68.4),
        ],
        [("online_dossier_full_process_rate", 61.7)],
        id="a-former-province-before-the-merger-and-a-former-part-after-it",
    ),
    pytest.param(
        "Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến trên địa bàn tỉnh Thừa "
        "Thiên Huế đạt 74,6%; riêng thành phố Huế đạt 92%. Trong tháng 8/2024, các cơ quan trên "
        "địa bàn thành phố Đà Nẵng tiếp nhận 62.318 hồ sơ; số hồ sơ trực tuyến là 58.910, đạt tỷ "
        "lệ 94,5%.",
        "2024-09-04",
        [
            ("online_dossier_rate", "Thừa Thiên Huế", "2023-12-31", 74.6),
            ("online_dossier_rate", "Đà Nẵng", "2024-08-31", 94.5),
        ],
        [("online_dossier_rate", 92)],
        id="the-city-of-hue-set-apart-and-a-count-then-its-share",
    ),
    # a plan line and an instruction to finish within the year: aims, not results
    pytest.param(
        "UBND tỉnh Quảng Trị: kết quả cải cách hành chính 9 tháng năm 2024\n\n"
        "Tỷ lệ hồ sơ thủ tục hành chính được nộp trực tuyến đạt 68,4%.\n"
        "Kế hoạch cả năm 2024: 75% hồ sơ được nộp trực tuyến.\n"
        "Các sở, ngành, địa phương khẩn trương hoàn thành 100% thủ tục đủ điều kiện được cung "
        "cấp dịch vụ công trực tuyến toàn trình trong năm 2024.",
        "2024-10-09",
        [("online_dossier_rate", "Quảng Trị", "2024-09-30", 68.4)],
        [("online_dossier_rate", 75), ("full_process_provision_rate", 100)],
        id="a-years-plan-and-an-instruction-to-finish-are-aims",
    ),
    # a ministry directed to finish: an aim
    pytest.param(
        "Tính đến ngày 10/3/2025, cả nước đã lắp đặt 7.840 trạm BTS 5G. Bộ Khoa học và Công nghệ "
        "chỉ đạo các doanh nghiệp viễn thông hoàn thành lắp đặt 10.000 trạm 5G trong năm 2025.",
        "2025-03-18",
        [("fiveg_bts_count", "national", "2025-03-10", 7840)],
        [("fiveg_bts_count", 10000)],
        id="directed-to-finish-is-an-aim",
    ),
    # the Government's notice naming a city in one item: the other items are the country's, and
    # the city's own list of essential services is not Đề án 06's
    pytest.param(
        "Thông báo kết luận của Tổ công tác triển khai Đề án 06 của Chính phủ\n\n"
        "Tính đến ngày 15/5/2025:\n"
        "- Đã có 58/76 dịch vụ công thiết yếu được cung cấp trực tuyến toàn trình.\n"
        "- Thành phố Hải Phòng đã hoàn thành cung cấp 20/24 dịch vụ công thiết yếu theo danh mục "
        "riêng của thành phố.\n"
        "- Tỷ lệ hồ sơ thủ tục hành chính được gắn mã số định danh cá nhân đạt 95,8%.",
        "2025-05-22",
        [
            ("essential_services_full_process", "national", "2025-05-15", 58),
            ("dossiers_with_personal_id_rate", "national", "2025-05-15", 95.8),
        ],
        [("essential_services_full_process", 20)],
        id="a-government-notice-naming-a-city-in-one-item",
    ),
    # a report saved from PDF: the issuer over two lines beside the national motto
    pytest.param(
        "ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH KHÁNH HÒA                              Độc lập - Tự do - Hạnh phúc\n"
        "Số:  812 /BC-UBND                         Khánh Hòa, ngày 06 tháng 7 năm 2024\n\n"
        "BÁO CÁO\nKết quả chuyển đổi số 6 tháng đầu năm 2024\n\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm 2024 đạt 71,35%.\n",
        "2024-07-08",
        [("online_dossier_rate", "Khánh Hòa", "2024-06-30", 71.35)],
        [],
        id="an-issuer-over-two-lines-beside-the-national-motto",
    ),
    # one ministry's rate, then the next clause's bare measure going on with it
    pytest.param(
        "Trong 9 tháng năm 2024, tỷ lệ hồ sơ trực tuyến của Bộ Tư pháp đạt 88,2%, tỷ lệ hồ sơ trực "
        "tuyến toàn trình đạt 71,4%.",
        "2024-10-10",
        [],
        [("online_dossier_rate", 88.2), ("online_dossier_full_process_rate", 71.4)],
        id="one-ministrys-rate-and-the-clause-going-on-with-it",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
