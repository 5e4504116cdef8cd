"""A unit written once over a list, and places below or beside a province, each written anew for
the project (not copied from any page): "Tốc độ truy cập Internet trung bình (Mbps):" over
"- Tháng 8/2024: cố định 143,2 – di động 56,1" gives both networks' speeds for each month; before
2025, "Riêng thành phố Huế, …" on Thừa Thiên Huế's page is the city's figure, not a second one of
the province's; wards listed ("Một số phường như …") and a ward that leads its province ("dẫn
đầu toàn tỉnh") are not the province; the provinces merged into one, in brackets, are no list of
places sharing a figure; one ministry's own rate ("của Bộ Khoa học và Công nghệ đạt 95%") and
what a measure "sẽ giúp … đạt" are not values; a source in brackets is read past.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

GUARDS = [
    pytest.param(
        "Tốc độ truy cập Internet trung bình (Mbps):\n"
        "- Tháng 5/2024: cố định 121,5 – di động 47,2\n"
        "- Tháng 4/2024: cố định 118,9 – di động 45,0\n\nNguồn: Bộ Thông tin và Truyền thông.",
        "2024-06-12",
        [
            ("fixed_broadband_speed", "national", "2024-05-31", 121.5),
            ("mobile_broadband_speed", "national", "2024-05-31", 47.2),
            ("fixed_broadband_speed", "national", "2024-04-30", 118.9),
            ("mobile_broadband_speed", "national", "2024-04-30", 45.0),
        ],
        [],
        id="a-unit-written-once-over-a-list-of-months",
    ),
    pytest.param(
        "Thừa Thiên Huế: kết quả chuyển đổi số năm 2022\n\nNăm 2022, tỷ lệ hồ sơ trực tuyến của "
        "tỉnh đạt 58,4%. Riêng thành phố Huế, tỷ lệ hồ sơ trực tuyến đạt 77,3%.",
        "2023-01-12",
        [("online_dossier_rate", "Thừa Thiên Huế", "2022-12-31", 58.4)],
        [("online_dossier_rate", 77.3)],
        id="huế-a-city-of-its-province-before-2025",
    ),
    # "Quảng Ninh dẫn đầu với 89,51%, tiếp theo là Hải Phòng (88,07%) …" after a sentence
    # naming the SIPAS index of 2023: every place's figure is that index's, of 2023 (not the
    # page's day).
    pytest.param(
        "Công bố SIPAS 2023: Nam Định dẫn đầu\nBộ Nội vụ vừa công bố Chỉ số hài lòng về sự phục "
        "vụ hành chính (SIPAS) năm 2023.\nNam Định dẫn đầu với 89,2%, tiếp theo là Thái Bình "
        "(88,6%) và Hà Nam (87,1%).\n",
        "2024-04-25",
        [
            ("satisfaction_rate", "Nam Định", "2023-12-31", 89.2),
            ("satisfaction_rate", "Thái Bình", "2023-12-31", 88.6),
            ("satisfaction_rate", "Hà Nam", "2023-12-31", 87.1),
        ],
        [],
        id="a-ranking-s-first-and-its-followers-take-the-index-named-before",
    ),
    # "Trong tháng 1/2025, Cổng tiếp nhận 3,4 triệu hồ sơ trực tuyến; lũy kế từ khi khai
    # trương đạt 58,2 triệu hồ sơ": the month's dossiers, then their running total (the
    # stock).
    pytest.param(
        "Cổng Dịch vụ công quốc gia tháng 3/2025\n\nTrong tháng 3/2025, Cổng tiếp nhận 3,1 triệu "
        "hồ sơ trực tuyến; lũy kế từ khi khai trương đạt 61,4 triệu hồ sơ.\n",
        "2025-04-07",
        [
            ("national_portal_dossiers_new", "national", "2025-03-31", 3100000),
            ("national_portal_dossiers", "national", "2025-03-31", 61400000),
        ],
        [],
        id="a-running-total-since-launch-goes-on-with-the-figure-before",
    ),
    # "… tăng trưởng 14,4% về số lượng thuê bao Internet băng rộng di động … Với tổng cộng hơn
    # 104,7 triệu thuê bao tính đến tháng 4/2025": the mobile broadband subscriptions (the
    # wider name holds the "thuê bao Internet" another cue reads).
    pytest.param(
        "Việc Việt Nam ghi nhận mức tăng trưởng 12,1% về số lượng thuê bao Internet băng rộng di "
        "động trong năm qua là một dấu mốc đáng chú ý. Với tổng cộng hơn 101,2 triệu thuê bao tính "
        "đến tháng 3/2025, bức tranh viễn thông cho thấy sự lan tỏa sâu rộng.\n",
        "2025-05-05",
        [("mobile_broadband_subscriptions", "national", "2025-03-31", 101200000)],
        [],
        id="a-total-with-no-name-of-its-own-is-the-measure-named-before",
    ),
    # "41,2 thuê bao băng rộng cố định/100 dân và 118,5 thuê bao băng rộng di động/100 dân, …
    # mức bình quân cả nước (lần lượt là 22,9 và 84,1 thuê bao/100 dân)": each its own
    # measure, the bracket's run the country's, in the same turn.
    pytest.param(
        "Đến hết năm 2023, Đà Nẵng có 38,4 thuê bao băng rộng cố định/100 dân và 112,5 thuê bao "
        "băng rộng di động/100 dân, cao hơn mức bình quân cả nước (lần lượt là 22,9 và 84,1 thuê "
        "bao/100 dân).\n",
        "2024-02-20",
        [
            ("fixed_broadband_subscriptions_per_100", "Đà Nẵng", "2023-12-31", 38.4),
            ("mobile_broadband_subscriptions_per_100", "Đà Nẵng", "2023-12-31", 112.5),
            ("fixed_broadband_subscriptions_per_100", "national", "2023-12-31", 22.9),
            ("mobile_broadband_subscriptions_per_100", "national", "2023-12-31", 84.1),
        ],
        [],
        id="two-per-100-figures-and-the-country-s-run-in-brackets",
    ),
    # "- Thuê bao di động: 127,6 triệu; trong đó băng rộng di động (3G, 4G, 5G): 87,3 triệu",
    # "- BRCĐ: 23,4 triệu thuê bao": the network alone labels its subscriptions; under a speed
    # test's "Băng rộng cố định:" heading, "Độ trễ: 4 ms" is no count of them.
    pytest.param(
        "Số liệu viễn thông tính đến 30/6/2024:\n- Thuê bao di động: 126,9 triệu; trong đó băng "
        "rộng di động (3G, 4G, 5G): 86,1 triệu;\n- BRCĐ: 22,9 triệu thuê bao.\n\n"
        "Kết quả Speedtest tháng 6/2024:\nBăng rộng cố định:\n- Tải xuống: 150,2 Mbps;\n"
        "- Độ trễ: 5 ms.\n",
        "2024-07-10",
        [
            ("mobile_broadband_subscriptions", "national", "2024-06-30", 86100000),
            ("fixed_broadband_subscriptions", "national", "2024-06-30", 22900000),
        ],
        [("fixed_broadband_subscriptions", 5)],
        id="a-network-named-alone-as-an-item-s-label",
    ),
    pytest.param(
        "Trong tháng 10/2025, tỷ lệ hồ sơ trực tuyến của thành phố Hải Phòng đạt 83,1%. Một số "
        "phường như Hồng Bàng, Ngô Quyền có tỷ lệ trên 96%.",
        "2025-11-10",
        [("online_dossier_rate", "Hải Phòng", "2025-10-31", 83.1)],
        [("online_dossier_rate", 96)],
        id="wards-listed-after-mot-so-phuong-nhu",
    ),
    pytest.param(
        "Đến ngày 30/9/2025, Công an tỉnh Bắc Ninh đã kích hoạt 2.510.000 tài khoản định danh "
        "điện tử. Phường Kinh Bắc dẫn đầu toàn tỉnh với hơn 61.000 tài khoản được kích hoạt.",
        "2025-10-05",
        [("vneid_activated_accounts", "Bắc Ninh", "2025-09-30", 2510000)],
        [("vneid_activated_accounts", 61000)],
        id="a-ward-that-leads-its-province",
    ),
    pytest.param(
        "Thành phố Cần Thơ (sau hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang) năm 2025 thực "
        "hiện 480.100 giao dịch thanh toán trực tuyến. Tính đến ngày 30/11/2025, tỉnh Ninh Bình "
        "(hợp nhất từ ba tỉnh Hà Nam, Nam Định và Ninh Bình) có tỷ lệ hồ sơ trực tuyến đạt 71,2%.",
        "2026-01-14",
        [
            ("online_payments_count_new", "Cần Thơ", "2025-12-31", 480100),
            ("online_dossier_rate", "Ninh Bình", "2025-11-30", 71.2),
        ],
        [],
        id="provinces-merged-together-in-brackets-are-no-list-of-places",
    ),
    pytest.param(
        "Về Chính phủ số, tỷ lệ hồ sơ trực tuyến của Bộ Khoa học và Công nghệ đạt 93%. Tỉnh kỳ "
        "vọng chính sách miễn phí sẽ giúp tỷ lệ hồ sơ trực tuyến của tỉnh Khánh Hòa đạt trên 85% "
        "ngay trong năm 2026.",
        "2026-02-05",
        [],
        [("online_dossier_rate", 93), ("online_dossier_rate", 85)],
        id="one-ministry-s-own-rate-and-what-a-measure-will-help-reach",
    ),
    pytest.param(
        "Trong tháng 11/2025, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết "
        "thủ tục hành chính (qua đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính) "
        "đạt 94,9%.",
        "2025-12-10",
        [("satisfaction_rate", "national", "2025-11-30", 94.9)],
        [],
        id="a-source-in-brackets-read-past",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
