"""Runs of values and the periods they go with, each written anew for the project (not copied
from any page): periods listed each with its year, in any order ('quý I/2024 và quý I/2023 lần
lượt là …'); a later clause or sentence that names them back ('trong hai quý tương ứng là …', 'của
ba tháng này lần lượt đạt …'); a line opening on the month a year back ('Cùng kỳ tháng 12/2022:
BRCĐ 68.67 Mbps') gives its figures that month. Running totals and spans: 'kể từ khi' told of
the report before its source speaks makes no running total; a span's second figure ('…, giá trị
…') is the span's; 'Đến cuối năm' early in a year is the year just ended. Months with no year of their own ('tháng 7 và
tháng 8 lần lượt …') are of the year named just before; a share of GRDP after 'Ở các địa phương'
is the province's it names; 'cùng kỳ báo cáo' is the window just given; a list's size ('Danh mục
76 dịch vụ') is no value; a later run naming no level goes on with the levels named before.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

GUARDS = [
    pytest.param(
        "Cổng Dịch vụ công quốc gia quý I/2024\n\nTrên Cổng Dịch vụ công quốc gia, số tài khoản "
        "đăng ký mới trong quý I/2024 và quý I/2023 lần lượt là 1,1 triệu và 700 nghìn tài "
        "khoản; số hồ sơ trực tuyến nộp qua Cổng trong hai quý tương ứng là 9,2 triệu và 5,4 "
        "triệu hồ sơ.\n",
        "2024-04-15",
        [
            ("national_portal_accounts_new", "national", "2024-03-31", 1100000),
            ("national_portal_accounts_new", "national", "2023-03-31", 700000),
            ("national_portal_dossiers_new", "national", "2024-03-31", 9200000),
            ("national_portal_dossiers_new", "national", "2023-03-31", 5400000),
        ],
        [],
        id="dated-periods-in-any-order-then-named-back-in-the-next-clause",
    ),
    pytest.param(
        "Dịch vụ công trực tuyến quý I/2024\n\nTỷ lệ hồ sơ được xử lý trực tuyến trên toàn quốc "
        "trong tháng 1, tháng 2 và tháng 3/2024 lần lượt là 37,5%, 39,2% và 41,7%. Tỷ lệ hồ sơ "
        "trực tuyến toàn trình của ba tháng này lần lượt đạt 18,8%, 19,6% và 22,1%.\n",
        "2024-04-15",
        [
            ("online_dossier_full_process_rate", "national", "2024-01-31", 18.8),
            ("online_dossier_full_process_rate", "national", "2024-02-29", 19.6),
            ("online_dossier_full_process_rate", "national", "2024-03-31", 22.1),
        ],
        [],
        id="months-named-back-by-the-next-sentence",
    ),
    pytest.param(
        "Tốc độ Internet Việt Nam tháng 12/2023\n\nCục Viễn thông công bố kết quả đo trong tháng "
        "12/2023:\n\n- BRCĐ, tốc độ tải xuống: 94.33 Mbps\n- BRDĐ, tốc độ tải xuống: 48.07 Mbps\n"
        "- Cùng kỳ tháng 12/2022: BRCĐ 69.67 Mbps, BRDĐ 39.03 Mbps (tải xuống)\n\nHết.\n",
        "2024-01-16",
        [
            ("fixed_broadband_speed", "national", "2023-12-31", 94.33),
            ("fixed_broadband_speed", "national", "2022-12-31", 69.67),
            ("mobile_broadband_speed", "national", "2022-12-31", 39.03),
        ],
        [],
        id="a-line-opening-on-the-month-a-year-back",
    ),
    # months with no year of their own, of the year the text spoke of just before
    pytest.param(
        "Long An: hồ sơ trực tuyến quý III\n\nQuý III/2023, tỷ lệ hồ sơ được xử lý trực tuyến của "
        "tỉnh Long An đạt 56,3%. Tỷ lệ hồ sơ trực tuyến của tỉnh trong tháng 7 và tháng 8 lần "
        "lượt đạt 52,5% và 55,2%.\n",
        "2023-10-12",
        [
            ("online_dossier_rate", "Long An", "2023-07-31", 52.5),
            ("online_dossier_rate", "Long An", "2023-08-31", 55.2),
        ],
        [],
        id="months-with-no-year-of-their-own",
    ),
    # a share of GRDP is a province's, even after "Ở các địa phương"
    pytest.param(
        "Kinh tế số năm 2024\n\nNăm 2024, tỷ trọng kinh tế số trong GDP ước đạt 18,3%. Ở các địa "
        "phương, Bắc Giang nổi lên với tỷ trọng kinh tế số trong GRDP đạt 30,2%.\n",
        "2025-02-10",
        [("digital_economy_gdp_share", "Bắc Giang", "2024-12-31", 30.2)],
        [],
        id="a-grdp-share-after-the-localities-scene",
    ),
]

TOTALS = [
    # "kể từ khi" told of the report, before its source speaks, makes no running total
    pytest.param(
        "Quý I/2025: Cổng Dịch vụ công quốc gia có thêm tài khoản\n\nTrong báo cáo quý I/2025, "
        "báo cáo quý đầu tiên kể từ khi tiếp nhận nhiệm vụ, Bộ Khoa học và Công nghệ cho biết, "
        "trong quý I, Cổng Dịch vụ công quốc gia tiếp nhận 6,3 triệu hồ sơ trực tuyến.\n",
        "2025-04-09",
        [("national_portal_dossiers_new", "national", "2025-03-31", 6300000)],
        [("national_portal_dossiers", 6300000)],
        id="since-words-telling-of-the-report",
    ),
    # the span's second figure ("…, giá trị …") is the span's too
    pytest.param(
        "9 tháng năm 2025\n\nSố giao dịch thanh toán trực tuyến lũy kế 9 tháng đạt 31,4 triệu "
        "giao dịch, giá trị 19.550 tỷ đồng.\n",
        "2025-10-09",
        [
            ("online_payments_count_new", "national", "2025-09-30", 31400000),
            ("online_payments_value_new", "national", "2025-09-30", 19550),
        ],
        [("online_payments_value", 19550)],
        id="the-spans-second-figure",
    ),
    # "Đến cuối năm" in a page of early January: the year just ended
    pytest.param(
        "Năm 2024: Cổng Dịch vụ công quốc gia tiếp nhận gần 19 triệu hồ sơ\n\nNăm 2024, Cổng "
        "Dịch vụ công quốc gia tiếp nhận gần 19 triệu hồ sơ trực tuyến. Đến cuối năm, tổng số tài "
        "khoản trên Cổng đạt 16,9 triệu.\n",
        "2025-01-03",
        [("national_portal_accounts", "national", "2024-12-31", 16900000)],
        [("national_portal_accounts_new", 16900000)],
        id="to-the-end-of-the-year-just-ended",
    ),
    # "cùng kỳ báo cáo": the window the text just gave, not a year back
    pytest.param(
        "Tình hình chuyển đổi số tháng 8/2024\n\nTrong tháng 8/2024 (từ ngày 20/7/2024 đến ngày "
        "19/8/2024), NDXP có 71,7 triệu giao dịch. Tổng số giao dịch qua NDXP từ năm 2019 đến nay "
        "đạt 3,19 tỷ giao dịch.\n\nVề an toàn thông tin mạng, cùng kỳ báo "
        "cáo, hệ thống kỹ thuật ghi nhận 119 cuộc tấn công mạng gây sự cố, giảm so với tháng "
        "7/2024 (147 cuộc).\n",
        "2024-08-23",
        [
            ("cyberattacks", "national", "2024-08-19", 119),
            ("cyberattacks", "national", "2024-07-31", 147),
        ],
        [],
        id="in-the-same-report-window",
    ),
    # a list's size ('Danh mục 76 dịch vụ', 'danh mục 53 dịch vụ') is no value; its ratio is
    pytest.param(
        "Dịch vụ công thiết yếu\n\nĐối với Danh mục 76 dịch vụ công thiết yếu ban hành năm 2024 "
        "(thay thế danh mục 53 dịch vụ trước đó), đến hết tháng 1/2025 đã có 32/76 dịch vụ được "
        "cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.\n",
        "2025-02-20",
        [("essential_services_full_process", "national", "2025-01-31", 32)],
        [("essential_services_full_process", 53), ("essential_services_full_process", 76)],
        id="a-lists-size-and-the-share-of-it-done",
    ),
    # a later run naming no level goes on with the levels the run before named
    pytest.param(
        "9 tháng năm 2024\n\nTrong 9 tháng đầu năm 2024, tỷ lệ hồ sơ được cấp kết quả điện tử của "
        "bộ, ngành và địa phương lần lượt là 78,3% và 85,7%; tỷ lệ khai thác, sử dụng lại thông "
        "tin, dữ liệu số hóa lần lượt là 30,2% và 42,5%.\n",
        "2024-10-14",
        [
            ("data_reuse_rate", "ministries", "2024-09-30", 30.2),
            ("data_reuse_rate", "localities", "2024-09-30", 42.5),
        ],
        [],
        id="a-later-run-with-the-levels-named-before",
    ),
    # a sentence opening on "Hiện" speaks of now, not of the year the sentence before named
    pytest.param(
        "Đà Nẵng: chuyển đổi số\n\nNăm qua, tỷ lệ hồ sơ xử lý trực tuyến của thành phố đạt 68,8%. "
        "Trước đó, năm 2023, tỷ lệ hồ sơ trực tuyến mới ở mức 61,3%. Hiện thành phố đã cung cấp "
        "1.157 dịch vụ công trực tuyến toàn trình, chiếm 58,4% tổng số thủ tục hành chính.\n",
        "2025-01-14",
        [("dvctt_full_process_rate", "Đà Nẵng", "2025-01-14", 58.4)],
        [],
        id="a-sentence-opening-on-hien-is-now",
    ),
    # "… trong năm" after a key figure under a year's heading: the year's flow, not the total
    pytest.param(
        "Cổng Dịch vụ công quốc gia năm 2024 qua những con số\n\nSỐ LIỆU NỔI BẬT NĂM 2024\n"
        "• 4,4 triệu tài khoản đăng ký mới\n• 9.880 tỷ đồng thanh toán trực tuyến trong năm\n\n"
        "Năm 2024, Cổng tiếp tục giữ vai trò một cửa số.\n",
        "2025-01-06",
        [("online_payments_value_new", "national", "2024-12-31", 9880)],
        [("online_payments_value", 9880)],
        id="a-key-figure-said-trong-nam-under-a-years-heading",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS + TOTALS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
