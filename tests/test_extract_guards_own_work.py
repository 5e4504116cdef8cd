"""Constructions met on stop 48's unseen pages, each written anew for the project (not copied from
any page): a ministry's page about its own digital transformation ("chuyển đổi số trong công an
nhân dân") gives its own rates, and "Bộ … đã hoàn thành cung cấp 224/224 dịch vụ công …, đạt tỷ lệ
100%" is the ministry's; one procedure's online share ("hồ sơ cấp hộ chiếu") is not all dossiers';
villages on fibre are not villages with mobile signal; stations being installed are not stations;
a headline repeating a vendor's count is the vendor's; a title opening on a district ("Hà Trung
đẩy mạnh …") under a saved page's date stamp; "doanh nghiệp trên Cổng …" is not one business; a
speed named after a sentence on the other network; "trong nước" is the country; 5G called "mạng
thế hệ thứ năm"; "trạm thu phát sóng 5G"; dossiers "qua môi trường mạng" are online ones.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Bộ Tài chính họp tổng kết.\nTheo báo cáo, Bộ Công an đã hoàn thành cung cấp 180/180 dịch "
        "vụ công trên Cổng dịch vụ công Bộ Công an, đạt tỷ lệ 100% thủ tục hành chính đủ điều kiện "
        "cung cấp dịch vụ công trực tuyến.",
        "2024-05-02",
        [],
        [("full_process_provision_rate", 100)],
        id="a-ministry-that-completed-its-own-services",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến toàn quốc đạt 52,3%. Đến nay, lượng hồ sơ trực tuyến đã chiếm trên "
        "88% tổng số hồ sơ cấp hộ chiếu; đăng ký thường trú trực tuyến đạt 93%.",
        "2025-06-10",
        [("online_dossier_rate", "national", "2025-06-10", 52.3)],
        [("online_dossier_rate", 88), ("online_dossier_rate", 93)],
        id="one-procedure-s-share-is-not-all-dossiers",
    ),
    pytest.param(
        "Tỉnh Yên Bái cho biết hạ tầng băng rộng cố định được mở rộng; 100% thôn, bản, tổ dân phố "
        "đã có mạng Internet cáp quang. Các doanh nghiệp viễn thông đang triển khai lắp đặt khoảng "
        "450 trạm BTS 5G trên địa bàn.",
        "2025-11-04",
        [],
        [("villages_with_mobile_coverage_rate", 100), ("fiveg_bts_count", 450)],
        id="villages-on-fibre-and-stations-being-installed",
    ),
    pytest.param(
        "Gần 12.800 vụ tấn công mạng vào các hệ thống tại Việt Nam năm 2024\n\n"
        "Theo tổng hợp của NCS, năm 2024 đã ghi nhận 12.800 vụ tấn công mạng vào các hệ thống "
        "tại Việt Nam, tăng 8% so với năm 2023.",
        "2024-12-20",
        [],
        [("cyberattacks", 12_800)],
        id="a-headline-repeating-a-vendor-s-count-is-the-vendor-s",
    ),
    pytest.param(
        " date 2025-04 Yên Định đẩy mạnh cải cách hành chính gắn với chuyển đổi số\n\n"
        "Những năm qua, huyện Yên Định đã có nhiều chuyển biến trong chính quyền số.\n\n"
        "Tỷ lệ hồ sơ trực tuyến tiếp nhận và xử lý ở bộ phận một cửa đạt 96%.",
        "2025-04-20",
        [],
        [("online_dossier_rate", 96)],
        id="a-title-opening-on-a-district-under-a-date-stamp",
    ),
    pytest.param(
        "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia, tỷ lệ "
        "người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính của tỉnh Quảng "
        "Nam đạt 97,6%.",
        "2025-03-12",
        [("satisfaction_rate", "Quảng Nam", "2025-03-12", 97.6)],
        [],
        id="businesses-on-the-portal-are-not-one-business",
    ),
    pytest.param(
        "Năm 2025, Internet băng rộng cố định tăng 4 lần, xếp hạng 12 thế giới. Internet băng rộng "
        "di động tăng 4,2 lần so với đầu nhiệm kỳ, gấp 2 lần so với 2024, xếp hạng 18 thế giới, "
        "tăng 40 bậc, đạt tốc độ 155 Mbps.",
        "2026-01-10",
        [("mobile_broadband_speed", "national", "2025-12-31", 155)],
        [("fixed_broadband_speed", 155)],
        id="a-speed-named-after-a-sentence-on-the-other-network",
    ),
    pytest.param(
        "TP.HCM thử nghiệm mạng thế hệ mới\n\nTheo thống kê của Bộ Khoa học và Công nghệ cuối "
        "năm 2025, độ phủ 4G trong nước đạt trên 99,7% còn 5G đạt hơn 89% dân số.",
        "2026-02-02",
        [("fiveg_population_coverage_rate", "national", "2025-12-31", 89)],
        [],
        id="coverage-in-the-country-on-a-city-s-page",
    ),
    pytest.param(
        "Tính đến cuối tháng 4/2025, ba nhà mạng đã lắp đặt 10.820 trạm thu phát sóng 5G trên toàn "
        "quốc. Khoảng 24% dân số Việt Nam đã có thể tiếp cận dịch vụ mạng thế hệ thứ năm này.",
        "2025-05-12",
        [
            ("fiveg_bts_count", "national", "2025-04-30", 10_820),
            ("fiveg_population_coverage_rate", "national", "2025-04-30", 24),
        ],
        [],
        id="fifth-generation-network-and-its-stations",
    ),
    pytest.param(
        "Năm 2025, tỉnh Long An đã tiếp nhận 1,2 triệu hồ sơ. Tỉ lệ hồ sơ qua môi trường mạng chiếm "
        "hơn 85%.",
        "2026-01-15",
        [("online_dossier_rate", "Long An", "2025-12-31", 85)],
        [],
        id="dossiers-through-the-network-are-online",
    ),
    pytest.param(
        "Sáng 12/10, Bộ Công an tổ chức Hội nghị chuyển đổi số trong công an nhân dân.\n\n"
        "Theo báo cáo, Bộ Công an đã cung cấp 230 dịch vụ công trực tuyến trên Cổng dịch vụ công "
        "Bộ Công an.\n\nTrong đó, tỷ lệ hồ sơ qua dịch vụ công trực tuyến đạt 81%.\n\nĐến nay, Bộ "
        "Công an đã cấp trên 84,5 triệu thẻ căn cước công dân gắn chip.",
        "2023-10-12",
        [("chip_id_cards_issued", "national", "2023-10-12", 84_500_000)],
        [("online_dossier_rate", 81)],
        id="a-ministry-s-page-about-its-own-work-gives-its-own-rates",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
