"""Provincial pages giving the province's own figures, each written anew for the project (not
copied from any page): "phủ sóng di động cho 245/262 thôn, bản có điện lưới nhưng chưa có sóng …,
đạt 93,5%" is the share of dead-zone villages covered, not of all villages; "312 trạm BTS phát sóng
5G" counts 5G stations and "Tổng số trạm BTS (2G, 3G, 4G, 5G) … là 3.420 trạm" does not; a
province's own list of essential services ("22/25 … do tỉnh lựa chọn") is not Đề án 06's; "Chỉ
tiêu năm 2026 của tỉnh là …" is an aim while "Một số chỉ tiêu năm 2022 của Phú Thọ so với cả
nước: …" lists results; "Trong năm, …" after "Năm 2023, … (DTI) năm 2022." is 2023.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Tính đến ngày 31/12/2024, các doanh nghiệp viễn thông đã phủ sóng di động cho 245/262 "
        "thôn, bản có điện lưới nhưng chưa có sóng trên địa bàn tỉnh Sơn La, đạt 93,5%.",
        "2025-01-10",
        [("dead_zone_villages_covered_rate", "Sơn La", "2024-12-31", 93.5)],
        [("villages_with_mobile_coverage_rate", 93.5)],
        id="dead-zone-villages-covered-counted-then-their-share",
    ),
    pytest.param(
        "Đến cuối tháng 10/2025, trên địa bàn tỉnh Lào Cai đã có 312 trạm BTS phát sóng 5G. Tổng "
        "số trạm BTS (2G, 3G, 4G, 5G) trên địa bàn là 3.420 trạm.",
        "2025-11-05",
        [("fiveg_bts_count", "Lào Cai", "2025-10-31", 312)],
        [("fiveg_bts_count", 3420)],
        id="5g-stations-and-all-generations-listed",
    ),
    pytest.param(
        "Trong danh mục 25 dịch vụ công thiết yếu do tỉnh Khánh Hòa lựa chọn, đã có 22/25 dịch vụ "
        "được cung cấp toàn trình. Chỉ tiêu năm 2026 của tỉnh là tỷ lệ hồ sơ trực tuyến đạt trên "
        "90%.",
        "2025-10-30",
        [],
        [("essential_services_full_process", 22), ("online_dossier_rate", 90)],
        id="a-province-s-own-list-and-its-aim",
    ),
    pytest.param(
        "Một số chỉ tiêu năm 2022 của Phú Thọ so với cả nước: tỷ lệ hộ gia đình có cáp quang: "
        "74,2% (cả nước: 75%).",
        "2023-03-15",
        [
            ("ftth_household_rate", "Phú Thọ", "2022-12-31", 74.2),
            ("ftth_household_rate", "national", "2022-12-31", 75),
        ],
        [],
        id="indicators-of-a-year-listed-are-results",
    ),
    pytest.param(
        "Năm 2023, Quảng Ninh tiếp tục dẫn đầu cả nước khi đứng thứ nhất về Chỉ số chuyển đổi số "
        "cấp tỉnh (DTI) năm 2022. Trong năm, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải "
        "quyết trực tuyến toàn trình của tỉnh đạt 89,7%.",
        "2024-01-12",
        [("online_dossier_full_process_rate", "Quảng Ninh", "2023-12-31", 89.7)],
        [],
        id="in-the-year-the-sentence-before-opened-on",
    ),
    # the same share's country figure set beside the city's, and a share of GDP in brackets
    pytest.param(
        "BÁO CẦN THƠ\n\nCần Thơ đẩy mạnh hạ tầng số\n\nĐến nay, 91,4% hộ gia đình trên địa bàn "
        "thành phố sử dụng Internet cáp quang, trong khi tỷ lệ này của cả nước là 82,7%. Năm 2024, "
        "kinh tế số ước chiếm 14,2% GRDP của thành phố, thấp hơn tỷ trọng bình quân cả nước (khoảng "
        "18,3% GDP). Phường Cái Khế đạt 99%, đặc khu Phú Quý đạt 97% hồ sơ trực tuyến.",
        "2025-03-05",
        [
            ("ftth_household_rate", "Cần Thơ", "2025-03-05", 91.4),
            ("ftth_household_rate", "national", "2025-03-05", 82.7),
            ("digital_economy_gdp_share", "Cần Thơ", "2024-12-31", 14.2),
            ("digital_economy_gdp_share", "national", "2024-12-31", 18.3),
        ],
        [("online_dossier_rate", 97), ("online_dossier_rate", 99)],
        id="the-countrys-same-share-beside-the-citys-and-a-special-zone-below-it",
    ),
    # a run "lần lượt là X và Y" naming no place: the places of the clause before, in turn
    pytest.param(
        "Theo Sở Khoa học và Công nghệ, 6 tháng đầu năm 2025, tỷ lệ hồ sơ được xử lý trực tuyến "
        "của tỉnh Ninh Bình (trước sáp nhập) đạt 81,7%, tỉnh Nam Định (cũ) đạt 66,3%; tỷ lệ cấp "
        "kết quả điện tử lần lượt là 97,2% và 91,8%.",
        "2025-07-15",
        [
            ("online_dossier_rate", "Ninh Bình", "2025-06-30", 81.7),
            ("online_dossier_rate", "Nam Định", "2025-06-30", 66.3),
            ("e_result_rate", "Ninh Bình", "2025-06-30", 97.2),
            ("e_result_rate", "Nam Định", "2025-06-30", 91.8),
        ],
        [],
        id="a-run-naming-no-place-goes-with-the-places-before",
    ),
    # a tool brought to the services with dossiers, and a count of bodies under a bar
    pytest.param(
        "Tỉnh Long An: tỷ lệ hồ sơ trực tuyến 10 tháng năm 2024 đạt 71,5%. Nền tảng eForm đã "
        "triển khai 100% dịch vụ công phát sinh hồ sơ. Hệ thống EMC ghi nhận 12 bộ, ngành và địa "
        "phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp dưới 15%.",
        "2024-11-08",
        [("online_dossier_rate", "Long An", "2024-10-31", 71.5)],
        [("dvctt_with_dossiers_rate", 100), ("online_dossier_full_process_rate", 15)],
        id="a-tool-brought-to-the-services-and-bodies-under-a-bar",
    ),
    # a province's procedures share with "của tỉnh" inside its name
    pytest.param(
        "Theo Sở Khoa học và Công nghệ tỉnh Thái Nguyên, hiện nay, tỷ lệ thủ tục hành chính của "
        "tỉnh được cung cấp trực tuyến toàn trình đạt 64,2%.",
        "2025-03-04",
        [("dvctt_full_process_rate", "Thái Nguyên", "2025-03-04", 64.2)],
        [],
        id="a-provinces-procedures-share-named-with-cua-tinh",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
