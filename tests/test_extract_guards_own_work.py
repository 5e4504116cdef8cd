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
    pytest.param(
        "Về cải cách hành chính, Ngân hàng Nhà nước đã cung cấp dịch vụ công trực tuyến toàn trình "
        "đối với 100% thủ tục đủ điều kiện; tỷ lệ hồ sơ trực tuyến đạt 95,8%.\nNăm 2024, Bộ Y tế "
        "đã cung cấp 100% thủ tục hành chính đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn "
        "trình; tỷ lệ hồ sơ trực tuyến đạt 88,1%.\n6 tháng đầu năm, Cổng Dịch vụ công Bộ Tài "
        "chính đã tiếp nhận 3,2 triệu hồ sơ trực tuyến.",
        "2024-07-20",
        [],
        [
            ("online_dossier_rate", 95.8),
            ("online_dossier_rate", 88.1),
            ("full_process_provision_rate", 100),
            ("national_portal_dossiers_new", 3_200_000),
        ],
        id="a-ministry-or-its-portal-acting-gives-its-own-figures",
    ),
    pytest.param(
        "Quý III, NDXP ghi nhận 260 triệu giao dịch. Riêng các giao dịch của Bộ Tài chính chiếm "
        "khoảng 90 triệu giao dịch.",
        "2024-10-15",
        [("ndxp_transactions_period", "national", "2024-09-30", 260_000_000)],
        [("ndxp_transactions_period", 90_000_000)],
        id="one-ministry-s-transactions-through-the-national-platform",
    ),
    pytest.param(
        "Theo Sở Thông tin và Truyền thông tỉnh Bình Phước, trong quý IV, tỷ lệ hồ sơ được xử lý "
        "trực tuyến của tỉnh đạt 81,2%; tính chung cả năm 2023 đạt 74,6%.",
        "2024-01-12",
        [
            ("online_dossier_rate", "Bình Phước", "2023-12-31", 81.2),
            ("online_dossier_rate", "Bình Phước", "2023-12-31", 74.6),
        ],
        [],
        id="the-fourth-quarter-in-january-and-the-whole-year-after-it",
    ),
    pytest.param(
        "5 tháng đầu năm 2023, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực "
        "tuyến của tỉnh Bắc Kạn đạt 66,1%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 40,2%. Huyện Ba "
        "Bể là địa phương có tỷ lệ hồ sơ trực tuyến cao nhất với 90,1%.\n\nHiện nay, tỉnh đang "
        "cung cấp 912 dịch vụ công trực tuyến toàn trình, chiếm 49,7% tổng số thủ tục hành chính. "
        "Năm nay, tỉnh phấn đấu đạt 75% hồ sơ được giải quyết trực tuyến.",
        "2023-06-08",
        [("dvctt_full_process_rate", "Bắc Kạn", "2023-06-08", 49.7)],
        [],
        id="the-province-unnamed-after-now",
    ),
    pytest.param(
        "Trong số 1.650 thôn lõm sóng có điện lưới được rà soát năm 2021, đến hết năm 2023 đã có "
        "1.320 thôn được phủ sóng, đạt 80%.",
        "2024-03-01",
        [("dead_zone_villages_covered_rate", "national", "2023-12-31", 80)],
        [("villages_with_mobile_coverage_rate", 80)],
        id="dead-zones-counted-then-covered",
    ),
    pytest.param(
        "Hiện nay, trên địa bàn tỉnh Long An còn 12 thôn, ấp lõm sóng.",
        "2024-03-01",
        [("villages_without_mobile_coverage", "Long An", "2024-03-01", 12)],
        [],
        id="the-south-s-hamlets-without-signal",
    ),
    pytest.param(
        "Đối với nhóm dịch vụ công thiết yếu theo Đề án 06, hiện đã có 45/76 dịch vụ được cung "
        "cấp trực tuyến toàn trình. Đến nay cả nước còn 700 thôn chưa có băng thông di động. Năm "
        "2024, Việt Nam xếp hạng 44/133 về Chỉ số đổi mới sáng tạo toàn cầu và 71/193 về Chỉ số "
        "phát triển Chính phủ điện tử.",
        "2025-01-13",
        [
            ("essential_services_full_process", "national", "2025-01-13", 45),
            ("villages_without_mobile_coverage", "national", "2025-01-13", 700),
            ("egdi_rank", "national", "2024-12-31", 71),
        ],
        [],
        id="essential-services-villages-without-broadband-and-a-rank-named-after",
    ),
    pytest.param(
        "Theo báo cáo, Bộ hiện cung cấp 120 dịch vụ công trực tuyến, trong đó 90 dịch vụ toàn "
        "trình, đạt 75%; tỷ lệ hồ sơ trực tuyến đạt 80,2%.\nTại Bộ Xây dựng, 100% thủ tục hành "
        "chính đủ điều kiện đã được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.\n"
        "Dẫn đầu các bộ là Bộ Tài chính với tỷ lệ hồ sơ trực tuyến toàn trình đạt 95,1%.\nTỷ lệ "
        "hồ sơ trực tuyến toàn trình của Công an tỉnh Nghệ An đạt 93,4%.",
        "2024-12-20",
        [],
        [
            ("dvctt_full_process_rate", 75),
            ("online_dossier_rate", 80.2),
            ("full_process_provision_rate", 100),
            ("online_dossier_full_process_rate", 95.1),
            ("online_dossier_full_process_rate", 93.4),
        ],
        id="the-ministry-named-back-as-scene-leader-or-owner",
    ),
    pytest.param(
        "Bình quân khối bộ, ngành, tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 10/2024 đạt "
        "52,7%, tỷ lệ cấp kết quả điện tử 70,5%.\nTrong 7 tháng đầu năm, ứng dụng VssID có 36,1 "
        "triệu tài khoản cài đặt và sử dụng.",
        "2024-11-10",
        [("e_result_rate", "ministries", "2024-10-31", 70.5)],
        [("national_portal_accounts_new", 36_100_000), ("national_portal_accounts", 36_100_000)],
        id="a-level-opening-the-sentence-and-an-agency-s-app",
    ),
    pytest.param(
        "Theo số liệu của Bộ, tính đến 20/10, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ "
        "đạt 36,6%.\nÔng Nguyễn Văn A, Cục trưởng Cục Kiểm soát thủ tục hành chính, cho biết mức "
        "độ hài lòng của người dân, doanh nghiệp trong 11 tháng năm 2024 đạt 86,9%.",
        "2024-12-03",
        [
            ("online_dossier_full_process_rate", "national", "2024-10-20", 36.6),
            ("satisfaction_rate", "national", "2024-11-30", 86.9),
        ],
        [],
        id="a-source-and-the-body-that-reports-the-country-s-figures",
    ),
    pytest.param(
        "Lũy kế từ đầu năm, hệ thống của Ngành đã thực hiện 88,2 triệu giao dịch qua Nền tảng tích "
        "hợp, chia sẻ dữ liệu quốc gia.\nĐến nay, các tổng công ty điện lực thuộc EVN đã tiếp nhận "
        "hơn 3 triệu hồ sơ qua Cổng; khách hàng đã thanh toán trực tuyến 8.700 tỷ đồng.\nTrong 8 "
        "tháng đầu năm 2024, tỷ lệ hồ sơ tiếp nhận trực tuyến tại Bộ Công Thương đạt 99,2%.",
        "2024-09-20",
        [],
        [
            ("ndxp_transactions_period", 88_200_000),
            ("online_payments_value", 8_700),
            ("online_dossier_rate", 99.2),
        ],
        id="the-sector-a-state-corporation-and-a-ministry-after-tai",
    ),
    pytest.param(
        "Bộ Giao thông vận tải đứng thứ 3 khối bộ, ngành với 81,3 điểm; tỷ lệ hồ sơ trực tuyến của "
        "Bộ đạt 95,4%.\nTheo Văn phòng Bộ, 9 tháng đầu năm 2024, hệ thống một cửa điện tử của Bộ "
        "Tài nguyên và Môi trường tiếp nhận 20.100 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 90,5%.",
        "2024-10-15",
        [],
        [("online_dossier_rate", 95.4), ("online_dossier_rate", 90.5)],
        id="a-ministry-ranked-among-the-others-and-its-one-stop-system",
    ),
    pytest.param(
        "Theo báo cáo của tỉnh, tỉnh Hà Giang còn 170 thôn chưa có hạ tầng viễn thông. Trong đó "
        "có 120 thôn chưa có băng rộng cố định và 35 thôn chưa có băng rộng di động.",
        "2024-03-29",
        [],
        [("villages_without_mobile_coverage", 35), ("villages_without_mobile_coverage", 120)],
        id="a-sentence-opening-on-a-part-of-the-count-before",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
