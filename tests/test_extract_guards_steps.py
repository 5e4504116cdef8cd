"""Figures whose time or measure the words around them move: the step before ("tháng trước con
số này là …"), a bracket that gives an earlier value, a value compared against, a caption that
writes the unit once, and "các con số tương ứng" for another measure over the places just named.

Each case names the accepted rows it must give and the readings it must not give; written for
the project from the genre's usual phrasings (not copied from any page).
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Tháng 10/2024, NDXP xử lý 101,2 triệu giao dịch; tháng trước con số này là 95,7 triệu.",
        "2024-11-05",
        [
            ("ndxp_transactions_period", "national", "2024-10-31", 101.2e6),
            ("ndxp_transactions_period", "national", "2024-09-30", 95.7e6),
        ],
        [],
        id="last-month-in-a-clause",
    ),
    pytest.param(
        "Năm 2023, tỷ lệ hồ sơ trực tuyến cả nước đạt 42,6%.\n"
        "Năm trước đó, tỷ lệ này chỉ là 30,1%.",
        "2024-02-01",
        [
            ("online_dossier_rate", "national", "2023-12-31", 42.6),
            ("online_dossier_rate", "national", "2022-12-31", 30.1),
        ],
        [],
        id="the-year-before-opening-a-sentence",
    ),
    pytest.param(
        "Tháng 9/2024, tổng số giao dịch qua NDXP đạt 98,4 triệu, tháng 8/2024 con số này là "
        "92,1 triệu.",
        "2024-10-06",
        [
            ("ndxp_transactions_period", "national", "2024-09-30", 98.4e6),
            ("ndxp_transactions_period", "national", "2024-08-31", 92.1e6),
        ],
        [],
        id="a-month-opening-the-next-clause-is-not-the-first-figure-s",
    ),
    pytest.param(
        "Trong tháng 6/2025, hệ thống ghi nhận 540 cuộc tấn công mạng gây sự cố, tăng 4% so với "
        "mức 519 cuộc của tháng 5.",
        "2025-07-03",
        [
            ("cyberattacks", "national", "2025-06-30", 540),
            ("cyberattacks", "national", "2025-05-31", 519),
        ],
        [],
        id="a-compared-count-with-its-noun-then-its-month",
    ),
    pytest.param(
        "Năm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%, cao hơn mức 16,5% của năm "
        "2023; tốc độ tăng trưởng kinh tế số khoảng 20%.",
        "2025-02-14",
        [
            ("digital_economy_gdp_share", "national", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "2023-12-31", 16.5),
            ("digital_economy_growth", "national", "2024-12-31", 20),
        ],
        [],
        id="the-year-of-a-compared-value-dates-no-later-clause",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ hồ sơ trực tuyến cả nước đạt 80,2% (năm 2023: 70,1%).\n"
        "Tỷ lệ hồ sơ được cấp kết quả điện tử đạt 91,4% (năm 2023: 85,5%).",
        "2025-01-20",
        # the brackets' year is no title: the figure beside them is not 2023's
        [
            ("online_dossier_rate", "national", "2023-12-31", 70.1),
            ("e_result_rate", "national", "2025-01-20", 91.4),
            ("e_result_rate", "national", "2023-12-31", 85.5),
        ],
        [],
        id="a-bracketed-earlier-year-names-no-title",
    ),
    pytest.param(
        "Báo cáo chuyển đổi số quốc gia tháng 4/2025\n"
        "Bảng 2. Giao dịch qua NDXP (đơn vị: triệu giao dịch)\n"
        "- Tháng 3/2025: 99,2\n"
        "- Tháng 4/2025: 104,6\n"
        "- Lũy kế từ năm 2019: 3.907\n"
        "Nguồn: Cục Chuyển đổi số quốc gia.",
        "2025-05-06",
        [
            ("ndxp_transactions_period", "national", "2025-03-31", 99.2e6),
            ("ndxp_transactions_period", "national", "2025-04-30", 104.6e6),
            ("ndxp_transactions_cumulative", "national", "2025-04-30", 3907e6),
        ],
        [("ndxp_transactions_period", 3907e6)],
        id="a-caption-writes-the-unit-once",
    ),
    pytest.param(
        "Báo cáo năm 2024 của Văn phòng Chính phủ\n"
        "Bảng 1. Tỷ lệ hồ sơ trực tuyến toàn trình (đơn vị: %)\n"
        "Đơn vị | Năm 2023 | Năm 2024\n"
        "Khối bộ, ngành | 31,5 | 40,2\n"
        "Khối địa phương | 20,4 | 29,8\n",
        "2025-01-15",
        [
            ("online_dossier_full_process_rate", "ministries", "2024-12-31", 40.2),
            ("online_dossier_full_process_rate", "localities", "2023-12-31", 20.4),
        ],
        [],
        id="a-caption-writes-the-percent-over-a-table-of-levels",
    ),
    pytest.param(
        "Tháng 6/2025, ba địa phương có tốc độ di động cao nhất là Hà Nội (150,2 Mbps), Đà Nẵng "
        "(146,8 Mbps) và Cần Thơ (140,5 Mbps).\n"
        "Về tốc độ băng rộng cố định, các con số tương ứng là 230,1 Mbps, 221,7 Mbps và 210,9 "
        "Mbps.",
        "2025-07-10",
        [
            ("mobile_broadband_speed", "Hà Nội", "2025-06-30", 150.2),
            ("fixed_broadband_speed", "Hà Nội", "2025-06-30", 230.1),
            ("fixed_broadband_speed", "Cần Thơ", "2025-06-30", 210.9),
        ],
        [("mobile_broadband_speed", 230.1)],
        id="the-respective-figures-of-another-measure",
    ),
    pytest.param(
        "Đến hết tháng 3/2025, tỷ lệ DVCTT toàn trình của khối bộ, ngành đạt 60,1%, khối địa "
        "phương đạt 50,3%, bình quân cả nước 52,4%.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình tương ứng là 38,2%, 27,5% và 29,9%.",
        "2025-04-08",
        [
            ("online_dossier_full_process_rate", "ministries", "2025-03-31", 38.2),
            ("online_dossier_full_process_rate", "localities", "2025-03-31", 27.5),
            ("online_dossier_full_process_rate", "national", "2025-03-31", 29.9),
        ],
        [],
        id="respectively-over-levels-and-the-country",
    ),
    pytest.param(
        "Từ khi áp dụng hóa đơn điện tử theo Nghị định 123 đến ngày 31/3/2025, cơ quan thuế đã "
        "tiếp nhận 9,1 tỷ hóa đơn điện tử.",
        "2025-04-10",
        [("e_invoices_total", "national", "2025-03-31", 9.1e9)],
        [("e_invoices_total", 123)],
        id="a-decree-s-number-is-no-figure",
    ),
    pytest.param(
        "Gần 61 triệu: đó là số tài khoản định danh điện tử đã được kích hoạt trên VNeID tính "
        "đến cuối tháng 3/2025.\n"
        "Con số 89,2% là tỷ lệ người dân, doanh nghiệp hài lòng với việc giải quyết TTHC trong "
        "quý I/2025.",
        "2025-04-15",
        [
            ("vneid_activated_accounts", "national", "2025-03-31", 61e6),
            ("satisfaction_rate", "national", "2025-03-31", 89.2),
        ],
        [],
        id="the-figure-first-then-the-words-that-name-it",
    ),
    pytest.param(
        "Tính đến ngày 31/12/2024, 912 trên 1.084 thủ tục hành chính thuộc phạm vi các nghị quyết "
        "chuyên đề đã được cắt giảm, đơn giản hóa.",
        "2025-01-10",
        [("procedures_simplified", "national", "2024-12-31", 912)],
        [("procedures_simplified", 1084)],
        id="a-ratio-written-with-tren",
    ),
    pytest.param(
        "Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc công bố ngày 17/9/2024: chỉ số EGDI "
        "của Việt Nam xếp thứ 71/193, tăng 15 bậc so với kỳ trước (86/193).",
        "2024-09-20",
        # (an edition read in its own year ends at the page's date: tests/golden/README.md)
        [
            ("egdi_rank", "national", "2024-12-31", 71),
            ("egdi_rank", "national", "2022-12-31", 86),
        ],
        [],
        id="the-edition-before-of-an-index",
    ),
    pytest.param(
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của Bắc Giang đạt 20,1%, trong khi Lai Châu chỉ "
        "đạt 2,9%.",
        "2024-12-02",
        [
            ("digital_economy_gdp_share", "Bắc Giang", "2023-12-31", 20.1),
            ("digital_economy_gdp_share", "Lai Châu", "2023-12-31", 2.9),
        ],
        [],
        id="a-province-that-only-reaches-a-figure",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
