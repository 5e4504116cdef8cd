"""Tables copied from a browser one cell a line, each written anew for the project (not copied
from any page): a header cell, its period cells and then rows of a label and as many numbers are a
table whose columns the periods date; three label / value pairs or more in a row are a two-column
table; a list of related articles with their dates is neither.
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
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


def test_related_articles_with_dates_are_no_table():
    """Titles each over its date stay lines of their own, not label / value rows."""
    text = (
        "Tin liên quan\nHà Nội đẩy mạnh dịch vụ công trực tuyến\n12/09/2024\n"
        "Đà Nẵng dẫn đầu về chuyển đổi số\n15/09/2024\nBắc Ninh số hóa hồ sơ\n20/09/2024\n"
    )
    assert "|" not in normalize_text(text).text
