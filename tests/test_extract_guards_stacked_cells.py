"""Tables copied from a browser one cell a line, each written anew for the project (not copied
from any page): a header cell, its period cells and then rows of a label and as many numbers are a
table whose columns the periods date; three label / value pairs or more in a row are a two-column
table; a list of related articles with their dates is neither. Tables of places: a column that names
its own measure is not read with the caption's, short result and estimate columns ('TH 2023',
'Ước TH 2024') are dated by their year, and 'Chung cả nước' is the country's row. A header may name groups and an aim ('Toàn quốc /
Bộ, ngành / Địa phương / Chỉ tiêu năm 2025'); the page's number alone between blank lines and
'Trang 3/7' between rows are no cells; 'Ước cả năm 2023' in July estimates a year not yet lived.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.normalize import normalize_text

GUARDS = [
    pytest.param(
        "Kết quả chuyển đổi số quốc gia tháng 8/2024\nCập nhật ngày 10/9/2024\n\n"
        "Bảng: Một số chỉ tiêu chính\nChỉ tiêu\nTháng 7/2024\nTháng 8/2024\n"
        "Số thuê bao băng rộng cố định (triệu)\n22,7\n22,9\n"
        "Tỷ lệ hộ gia đình sử dụng cáp quang (%)\n82,1\n82,4\n",
        "2024-09-10",
        [
            ("fixed_broadband_subscriptions", "national", "2024-07-31", 22700000),
            ("fixed_broadband_subscriptions", "national", "2024-08-31", 22900000),
            ("ftth_household_rate", "national", "2024-07-31", 82.1),
            ("ftth_household_rate", "national", "2024-08-31", 82.4),
        ],
        [("fixed_broadband_subscriptions", 22.7)],
        id="a-header-of-periods-then-rows-one-cell-a-line",
    ),
    pytest.param(
        "Hạ tầng số tiếp tục phát triển\n\nTheo Bộ Thông tin và Truyền thông, hạ tầng số tiếp "
        "tục được đầu tư mạnh.\n\nMột số chỉ tiêu đến hết tháng 8/2024:\n\n"
        "Số thuê bao băng rộng cố định\n\n22,9 triệu\n\n"
        "Tỷ lệ hộ gia đình sử dụng cáp quang\n\n82,4%\n\n"
        "Số trạm BTS 5G\n\n1.250\n\nNguồn: Bộ Thông tin và Truyền thông.\n",
        "2024-09-10",
        [
            ("fixed_broadband_subscriptions", "national", "2024-08-31", 22900000),
            ("ftth_household_rate", "national", "2024-08-31", 82.4),
            ("fiveg_bts_count", "national", "2024-08-31", 1250),
        ],
        [],
        id="label-and-value-pairs-one-cell-a-line",
    ),
    # "Kế hoạch năm 2022" / "Thực hiện năm 2022": the plan's column is a target, not a result
    pytest.param(
        "Kết quả thực hiện một số chỉ tiêu năm 2022 của tỉnh Quảng Ninh\n\n"
        "Theo báo cáo, tỉnh đã hoàn thành phần lớn chỉ tiêu của Kế hoạch chuyển đổi số.\n\n"
        "Chỉ tiêu\nKế hoạch năm 2022\nThực hiện năm 2022\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến\n60%\n71,8%\n"
        "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh\n85%\n88,1%\n\n"
        "Năm 2023, tỉnh đặt mục tiêu cao hơn.\n",
        "2023-01-05",
        [
            ("online_dossier_rate", "Quảng Ninh", "2022-12-31", 71.8),
            ("smartphone_subscriber_rate", "Quảng Ninh", "2022-12-31", 88.1),
        ],
        [("online_dossier_rate", 60.0), ("smartphone_subscriber_rate", 85.0)],
        id="a-plan-column-beside-the-results-one-cell-a-line",
    ),
    # a ranking copied one cell a line: its header of words, a rank opening each row, a score
    # column with no id beside the rate's
    pytest.param(
        "Bộ chỉ số 766 tháng 9/2024: Hà Nam dẫn đầu\n\nTheo kết quả đánh giá tháng 9/2024, các "
        "địa phương đứng đầu gồm:\n\nXếp hạng\nTỉnh, thành phố\nĐiểm\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình (%)\n1\nHà Nam\n88,12\n66,4\n2\nĐà Nẵng\n87,30\n"
        "61,9\n\nBình quân cả nước đạt 37,2%.\n",
        "2024-10-08",
        [
            ("online_dossier_full_process_rate", "Hà Nam", "2024-09-30", 66.4),
            ("online_dossier_full_process_rate", "Đà Nẵng", "2024-09-30", 61.9),
        ],
        [("online_dossier_full_process_rate", 1.0), ("online_dossier_full_process_rate", 88.12)],
        id="a-ranking-one-cell-a-line-under-a-header-of-words",
    ),
    # two columns kept apart by one wide gap, the country's row with an aside
    pytest.param(
        "Tỷ trọng kinh tế số các địa phương\n\nKết quả đo lường năm 2023 như sau.\n\n"
        "Tỉnh/thành phố          Tỷ trọng kinh tế số/GRDP năm 2023 (%)\n"
        "Thái Nguyên                        38,71\nBắc Ninh                           29,46\n"
        "Cả nước (tỷ trọng trong GDP)       12,33\n\nNhiều tỉnh có tỷ trọng thấp.\n",
        "2024-08-15",
        [
            ("digital_economy_gdp_share", "Thái Nguyên", "2023-12-31", 38.71),
            ("digital_economy_gdp_share", "Bắc Ninh", "2023-12-31", 29.46),
            ("digital_economy_gdp_share", "national", "2023-12-31", 12.33),
        ],
        [],
        id="two-columns-one-wide-gap-apart",
    ),
    # an index column and a unit column one cell a line; a running total's start in its label
    pytest.param(
        "Chuyển đổi số tháng 6/2024 qua các con số\n\nDưới đây là một số chỉ tiêu chính; số "
        "liệu tính đến ngày 30/6/2024.\n\nSTT\nChỉ tiêu\nĐơn vị tính\nSố liệu\n1\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến 6 tháng đầu năm\n%\n47,2\n2\n"
        "Tổng số giao dịch qua NDXP lũy kế từ năm 2019\ntỷ giao dịch\n2,91\n3\n"
        "Số cuộc tấn công mạng gây sự cố trong tháng 6\ncuộc\n1.129\n\nHết.\n",
        "2024-07-08",
        [
            ("online_dossier_rate", "national", "2024-06-30", 47.2),
            ("ndxp_transactions_cumulative", "national", "2024-06-30", 2910000000),
            ("cyberattacks", "national", "2024-06-30", 1129),
        ],
        [],
        id="index-and-unit-columns-one-cell-a-line",
    ),
    # a header of groups and an aim ("Toàn quốc / Bộ, ngành / Địa phương / Chỉ tiêu năm 2025"),
    # the page's number alone between two rows
    pytest.param(
        "Tình hình chuyển đổi số quốc gia tháng 9 năm 2025\n\nPhụ lục 1\n"
        "CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP THÁNG 9/2025\nTT\nChỉ số\nToàn quốc\n"
        "Bộ, ngành\nĐịa phương\nChỉ tiêu năm 2025\n1\nTỷ lệ hồ sơ xử lý trực tuyến toàn trình\n"
        "55,6%\n72,8%\n51,9%\n80%\n2\nTỷ lệ hồ sơ có kết quả giải quyết điện tử\n92,3%\n"
        "96,0%\n91,5%\n100%\n\n12\n\n3\nTỷ lệ hồ sơ thanh toán trực tuyến\n38,4%\n45,0%\n"
        "36,7%\n50%\n",
        "2025-10-08",
        [
            ("online_dossier_full_process_rate", "national", "2025-09-30", 55.6),
            ("online_dossier_full_process_rate", "ministries", "2025-09-30", 72.8),
            ("online_dossier_full_process_rate", "localities", "2025-09-30", 51.9),
            ("e_result_rate", "national", "2025-09-30", 92.3),
        ],
        [("online_dossier_full_process_rate", 80), ("e_result_rate", 100)],
        id="a-header-of-groups-and-an-aim-one-cell-a-line",
    ),
    # a mid-year estimate of the whole year ("Ước cả năm 2023" in July) and "Trang 3/7" between rows
    pytest.param(
        "UBND THÀNH PHỐ ĐÀ NẴNG\nĐà Nẵng, ngày 05 tháng 7 năm 2023\nPhụ lục\n"
        "KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2023\nSTT\nChỉ tiêu\n"
        "Đơn vị tính\nKế hoạch năm 2023\nThực hiện 6 tháng đầu năm 2023\nƯớc cả năm 2023\n1\n"
        "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến\n%\n70\n73,8\n75\n2\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình\n%\n50\n46,2\n50\nTrang 3/7\n3\n"
        "Tỷ lệ hồ sơ có kết quả giải quyết điện tử\n%\n100\n98,7\n100\n",
        "2023-07-06",
        [
            ("online_dossier_rate", "Đà Nẵng", "2023-06-30", 73.8),
            ("online_dossier_full_process_rate", "Đà Nẵng", "2023-06-30", 46.2),
            ("e_result_rate", "Đà Nẵng", "2023-06-30", 98.7),
        ],
        [("online_dossier_rate", 75), ("online_dossier_rate", 70)],
        id="a-mid-year-estimate-of-the-year-and-a-page-mark-one-cell-a-line",
    ),
    # a level's columns: the day it stood at the year's end and the page's day
    pytest.param(
        "Hạ tầng 5G sau nửa năm thương mại hóa\n\n"
        "Chỉ tiêu\nCuối năm 2024\nHiện tại\n"
        "Số trạm 5G đang hoạt động\n5.600\n9.320\n"
        "Tỷ lệ dân số được phủ sóng 5G (%)\n15,2\n22,7\n\n"
        "Các doanh nghiệp tiếp tục lắp đặt thêm trạm trong quý II.",
        "2025-04-15",
        [
            ("fiveg_bts_count", "national", "2024-12-31", 5600),
            ("fiveg_bts_count", "national", "2025-04-15", 9320),
            ("fiveg_population_coverage_rate", "national", "2024-12-31", 15.2),
            ("fiveg_population_coverage_rate", "national", "2025-04-15", 22.7),
        ],
        [],
        id="year-end-and-present-columns-one-cell-a-line",
    ),
]

PLACES = [
    # a column naming its own measure is not read with the caption's ('Đã phủ sóng từ đầu năm'
    # counts villages covered, not villages still without)
    pytest.param(
        "Phủ sóng thôn lõm sóng\n\nTính đến ngày 30/6/2024, cả nước còn 1.418 thôn, bản chưa có "
        "sóng di động.\n\nĐịa phương     Số thôn lõm sóng    Tỷ lệ thôn có sóng di động (%)    "
        "Đã phủ sóng từ đầu năm\nNghệ An              210                      98,8            "
        "                 74\nHà Giang             182                      97,6               "
        "              51\nCả nước            1.418                      99,2                  "
        "          612\n\nNhiều thôn chưa có điện lưới.\n",
        "2024-07-20",
        [
            ("villages_without_mobile_coverage", "Nghệ An", "2024-06-30", 210),
            ("villages_with_mobile_coverage_rate", "Nghệ An", "2024-06-30", 98.8),
        ],
        [("villages_without_mobile_coverage", 74), ("villages_without_mobile_coverage", 612)],
        id="a-column-naming-its-own-measure",
    ),
    # "TH 2023 | KH 2024 | Ước TH 2024": results and an estimate by their year, the plans left
    pytest.param(
        "Bắc Ninh: dự kiến hoàn thành vượt chỉ tiêu năm 2024\n\nSở Thông tin và Truyền thông "
        "Bắc Ninh báo cáo kết quả như sau:\n\nChỉ tiêu | TH 2023 | KH 2024 | Ước TH 2024\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến (%) | 62,1 | 75 | 76,8\n"
        "Tỷ trọng kinh tế số trong GRDP (%) | 29,46 | 30 | 30,2\n\nSở đề nghị tiếp tục.\n",
        "2024-12-20",
        [
            ("online_dossier_rate", "Bắc Ninh", "2023-12-31", 62.1),
            ("online_dossier_rate", "Bắc Ninh", "2024-12-20", 76.8),
            ("digital_economy_gdp_share", "Bắc Ninh", "2023-12-31", 29.46),
        ],
        [("online_dossier_rate", 75)],
        id="short-result-and-estimate-columns-by-year",
    ),
    pytest.param(
        "Tình hình giải quyết thủ tục hành chính trực tuyến tháng 11/2024\n\nVăn phòng Chính phủ "
        "báo cáo kết quả tháng 11/2024.\n\n| Khối | Hồ sơ xử lý trực tuyến | Cấp kết quả điện tử |\n"
        "|---|---|---|\n| Các bộ, ngành | 78,2% | 85,9% |\n| Các địa phương | 44,6% | 88,1% |\n"
        "| Chung cả nước | 49,8% | 87,6% |\n\nBáo cáo nêu rõ nhiều kết quả.\n",
        "2024-12-10",
        [
            ("online_dossier_rate", "national", "2024-11-30", 49.8),
            ("e_result_rate", "national", "2024-11-30", 87.6),
        ],
        [],
        id="the-countrys-row-called-chung-ca-nuoc",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS + PLACES)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


def test_related_articles_with_dates_are_no_table():
    """Titles each over its date stay lines of their own, not label / value rows."""
    text = (
        "Tin liên quan\nHà Nội đẩy mạnh dịch vụ công trực tuyến\n12/09/2024\n"
        "Đà Nẵng dẫn đầu về chuyển đổi số\n15/09/2024\nBắc Ninh số hóa hồ sơ\n20/09/2024\n"
    )
    assert "|" not in normalize_text(text).text
