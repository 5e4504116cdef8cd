"""One figure given to several places or levels, a province set apart, a network or a time named
alone after a contrast, and the villages a dead zone counts (not a road's).

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
        "Năm 2024, Đà Nẵng và Bình Dương là hai địa phương đạt 100% hồ sơ được cấp kết quả giải "
        "quyết điện tử.",
        "2025-01-20",
        [
            ("e_result_rate", "Đà Nẵng", "2024-12-31", 100),
            ("e_result_rate", "Bình Dương", "2024-12-31", 100),
        ],
        [],
        id="two-provinces-that-each-reach-a-figure",
    ),
    pytest.param(
        "Đến hết tháng 6/2025, cả khối bộ, ngành và khối địa phương đều đã kết nối 100% hệ thống "
        "giải quyết TTHC với Hệ thống EMC.",
        "2025-07-05",
        [
            ("emc_connection_rate", "ministries", "2025-06-30", 100),
            ("emc_connection_rate", "localities", "2025-06-30", 100),
        ],
        [],
        id="both-levels-reach-a-figure",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ DVCTT toàn trình cả nước đạt 54,3%; Hà Nội, Đà Nẵng và Bắc Ninh đều có "
        "tỷ lệ trên 95%.",
        "2025-01-20",
        [("dvctt_full_process_rate", "national", "2024-12-31", 54.3)],
        [("dvctt_full_process_rate", 95)],
        id="a-bound-several-provinces-pass-is-no-figure",
    ),
    pytest.param(
        "Đến cuối tháng 10/2024, cả nước kích hoạt 58,1 triệu tài khoản định danh điện tử; riêng "
        "TP. Hồ Chí Minh kích hoạt 6,9 triệu tài khoản.",
        "2024-11-05",
        [
            ("vneid_activated_accounts", "national", "2024-10-31", 58.1e6),
            ("vneid_activated_accounts", "Hồ Chí Minh", "2024-10-31", 6.9e6),
        ],
        [],
        id="a-province-set-apart-with-rieng",
    ),
    pytest.param(
        "Tháng 3/2025, tốc độ băng rộng cố định tại Việt Nam đạt 210,5 Mbps, trong khi di động chỉ "
        "ở mức 140,2 Mbps.",
        "2025-04-12",
        [
            ("fixed_broadband_speed", "national", "2025-03-31", 210.5),
            ("mobile_broadband_speed", "national", "2025-03-31", 140.2),
        ],
        [],
        id="a-network-named-alone-after-a-contrast",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến cả nước năm 2024 đạt 52,1%, trong khi năm trước đó chỉ là 43,6%.",
        "2025-02-10",
        [
            ("online_dossier_rate", "national", "2024-12-31", 52.1),
            ("online_dossier_rate", "national", "2023-12-31", 43.6),
        ],
        [],
        id="the-year-before-after-a-contrast",
    ),
    pytest.param(
        "Năm ngoái, kinh tế số chiếm khoảng 18,3% GDP, cao hơn mức 16,5% của năm trước đó.",
        "2025-04-10",
        [
            ("digital_economy_gdp_share", "national", "2024-12-31", 18.3),
            ("digital_economy_gdp_share", "national", "2023-12-31", 16.5),
        ],
        [],
        id="higher-than-the-year-before-s-figure",
    ),
    pytest.param(
        "Lũy kế 9 tháng năm 2024, hệ thống của tỉnh Long An đã cấp kết quả điện tử cho 95,6% trên "
        "tổng số hồ sơ đã giải quyết.",
        "2024-10-08",
        [("e_result_rate", "Long An", "2024-09-30", 95.6)],
        [],
        id="results-given-for-a-share-of-dossiers",
    ),
    pytest.param(
        "Đến ngày 30/6/2025, tỉnh Cao Bằng còn 61 điểm lõm sóng (thôn, bản chưa có sóng di động).\n"
        "Các nhà mạng đã khắc phục 80 điểm lõm sóng trên tuyến cao tốc trong năm 2024; còn 12 điểm "
        "lõm sóng tại các hầm đường bộ.",
        "2025-07-08",
        [("villages_without_mobile_coverage", "Cao Bằng", "2025-06-30", 61)],
        [("villages_without_mobile_coverage", 80), ("villages_without_mobile_coverage", 12)],
        id="villages-left-in-a-dead-zone-not-a-road-s-spots",
    ),
    pytest.param(
        "Số liệu hạ tầng băng rộng năm 2024 của Cục Viễn thông.\n"
        "Tỷ lệ hộ gia đình có Internet cáp quang (đến 31/12/2024)\n"
        "- Hải Phòng: 94,1%\n"
        "- TP. Cần Thơ: 90,2%\n"
        "- Bình quân cả nước: 83,0%\n",
        "2025-01-20",
        [
            ("ftth_household_rate", "Hải Phòng", "2024-12-31", 94.1),
            ("ftth_household_rate", "Cần Thơ", "2024-12-31", 90.2),
            ("ftth_household_rate", "national", "2024-12-31", 83.0),
        ],
        [],
        id="a-measure-s-caption-over-its-items",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Bắc Ninh đạt 52,3%; trong đó "
        "thành phố Bắc Ninh đạt 70,1%, huyện Lương Tài đạt 30,2%.",
        "2025-01-15",
        [("online_dossier_full_process_rate", "Bắc Ninh", "2024-12-31", 52.3)],
        [("online_dossier_full_process_rate", 70.1)],
        id="a-province-s-own-city-is-below-it",
    ),
    pytest.param(
        "Tháng 5/2025, tốc độ băng rộng cố định của Việt Nam đạt 231,4 (Mbps), xếp thứ 12 thế "
        "giới.",
        "2025-06-10",
        [("fixed_broadband_speed", "national", "2025-05-31", 231.4)],
        [],
        id="a-unit-in-a-bracket-of-its-own",
    ),
    pytest.param(
        "Đến hết tháng 6/2025, tỉnh Hà Nam có số hộ có Internet cáp quang chiếm 91,2% tổng số "
        "hộ.\n\nCục Viễn thông cho biết đến hết tháng 6/2025, sóng 5G phủ 35% dân số.",
        "2025-07-10",
        [
            ("ftth_household_rate", "Hà Nam", "2025-06-30", 91.2),
            ("fiveg_population_coverage_rate", "national", "2025-06-30", 35),
        ],
        [],
        id="households-with-fibre-take-a-share-and-5g-covers-the-population",
    ),
    pytest.param(
        "Văn phòng Chính phủ cho biết, đến hết tháng 9/2025, tỷ lệ TTHC được cung cấp trực tuyến "
        "toàn trình của cả nước là 56,8%.",
        "2025-10-10",
        [("dvctt_full_process_rate", "national", "2025-09-30", 56.8)],
        [],
        id="the-office-that-reports-the-country-s-figures-speaking",
    ),
    pytest.param(
        "Kế hoạch năm 2026 của tỉnh đặt mục tiêu:\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%;\n"
        "- Kinh tế số chiếm 25% GRDP.\n",
        "2026-01-10",
        [],
        [("online_dossier_full_process_rate", 85), ("digital_economy_gdp_share", 25)],
        id="items-under-a-plan-s-aims-are-no-figures",
    ),
    pytest.param(
        "Trong tháng 5/2025, Hệ thống dịch vụ công của Bộ Xây dựng tiếp nhận 310.200 hồ sơ, tỷ "
        "lệ hồ sơ trực tuyến toàn trình đạt 91,3%.\n\n"
        "Cả nước, tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 5/2025 đạt 45,6%.",
        "2025-06-08",
        [("online_dossier_full_process_rate", "national", "2025-05-31", 45.6)],
        [("online_dossier_full_process_rate", 91.3)],
        id="one-ministry-s-own-system-is-not-the-country",
    ),
    pytest.param(
        "Báo cáo kết quả chuyển đổi số 6 tháng đầu năm 2025 của UBND tỉnh Hà Nam\n"
        "- Tỷ lệ hồ sơ tái sử dụng dữ liệu số hóa trong kỳ: 51,2%.\n"
        "- Tỷ lệ hồ sơ gắn mã số định danh cá nhân: 98,8%.\n",
        "2025-07-08",
        [
            ("data_reuse_rate", "Hà Nam", "2025-06-30", 51.2),
            ("dossiers_with_personal_id_rate", "Hà Nam", "2025-06-30", 98.8),
        ],
        [],
        id="a-province-s-own-report-by-its-title",
    ),
    pytest.param(
        "Trong quý II/2025, Cổng Dịch vụ công quốc gia ghi nhận 3,4 triệu giao dịch thanh toán "
        "trực tuyến.\nCũng trong quý, Cổng tiếp nhận 5,1 triệu hồ sơ trực tuyến.",
        "2025-07-08",
        [
            ("online_payments_count_new", "national", "2025-06-30", 3.4e6),
            ("national_portal_dossiers_new", "national", "2025-06-30", 5.1e6),
        ],
        [],
        id="also-in-the-quarter",
    ),
    pytest.param(
        "Năm 2023, tỷ trọng kinh tế số trong GRDP của Bắc Ninh đạt 29,73%.\n\n"
        "Cả nước: kinh tế số chiếm 12,33% GDP.\n\n"
        "Có tới 40 địa phương có tỷ trọng kinh tế số dưới 5%; tỷ trọng kinh tế số trong giá trị "
        "tăng thêm của ngành nông nghiệp mới ở mức 0,52%.",
        "2024-09-25",
        [
            ("digital_economy_gdp_share", "Bắc Ninh", "2023-12-31", 29.73),
            ("digital_economy_gdp_share", "national", "2023-12-31", 12.33),
        ],
        [("digital_economy_gdp_share", 5), ("digital_economy_gdp_share", 0.52)],
        id="a-yearly-figure-takes-the-year-last-named-not-a-bar-nor-a-sector",
    ),
    pytest.param(
        "Tại Kon Tum, mạng 5G đã được triển khai bước đầu tại trung tâm thành phố với 84 trạm thu, "
        "phát sóng.\n\n"
        "Về phát triển mạng 5G ở Lào Cai, đến hết tháng 9/2025 các doanh nghiệp đã đưa vào khai thác "
        "120 trạm phát sóng trên địa bàn tỉnh; toàn tỉnh có 1.540 trạm BTS 4G.",
        "2025-10-05",
        [
            ("fiveg_bts_count", "Kon Tum", "2025-10-05", 84),
            ("fiveg_bts_count", "Lào Cai", "2025-09-30", 120),
        ],
        [("fiveg_bts_count", 1540)],
        id="stations-a-5g-sentence-or-topic-counts",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
