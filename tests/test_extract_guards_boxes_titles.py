"""Statistics boxes, lists and titles as pages print them, met while probing the genre on stop 45
and each written anew for the project (not copied from any page): a portal's box of "Label:
number" lines keeps each figure on its own line, even when a label runs to forty letters, and a
label's unit in brackets ("Số tiền thanh toán trực tuyến (tỷ đồng): 98.512") is its number's
unit; a title ending on its province after a dash ("… THÁNG 9/2025 – TỈNH LÂM ĐỒNG") says whose
figures the list under it gives; a ministry opening its sentence as the leader ("Bộ Công an tiếp
tục là đơn vị dẫn đầu …") keeps that sentence's figures, a group's aside; "hơn 1.600 vụ trong 1
tháng" is a month's rate, not January's count; "100% dịch vụ công trực tuyến toàn trình trên
tổng số thủ tục hành chính đủ điều kiện" is the share of the eligible procedures; a province's
own portal ("Cổng dịch vụ công của TP Hà Nội") counts nothing of the National Portal's; items
under a numbered heading of a year's aims ("4. Chỉ tiêu năm 2023") are aims; a pilot's licensed
term ("thí điểm … trong 2 năm (đến cuối năm 2023)") dates no undated page; a reporting ministry
named as the one that has a figure ("Bộ TT&TT là đơn vị có 100% …") and the units under a ministry
("Trong các đơn vị thuộc Bộ, …") give no group's figure; "Ninh Thuận là địa phương có … cao nhất,
đạt 99,1%" is the province's; a lead opening on its day, then its province ("Tính đến ngày
30/6/2023, tỉnh Thừa Thiên Huế …"), makes the page the province's; "bình quân cả nước cùng
tháng là 63,5%" is the country's; "tỷ lệ hồ sơ trực tuyến của Bộ" after a reporting ministry is
that ministry's; "Lũy kế từ đầu năm đến hết tháng 5/2025 là 2.714 cuộc" goes on with the count
before; "NDXP trong năm đạt …" in January is the year just closed, a flow; "đã phủ sóng cho
khoảng 1.100 thôn lõm sóng" are villages covered; "14 bộ, ngành hoàn thành … cho 100%" counts
bodies at a full mark.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard
from test_extract_guards_fresh import test_undated_guard as assert_undated_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 9/2025 – TỈNH LÂM ĐỒNG\n\n"
        "Số liệu tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh:\n"
        "• Tỷ lệ hồ sơ xử lý trực tuyến: 71,6%\n• Tỷ lệ hồ sơ trực tuyến toàn trình: 55,2%\n",
        "2025-10-06",
        [
            ("online_dossier_rate", "Lâm Đồng", "2025-09-30", 71.6),
            ("online_dossier_full_process_rate", "Lâm Đồng", "2025-09-30", 55.2),
        ],
        [],
        id="a-title-ending-on-its-province-after-a-dash",
    ),
    pytest.param(
        "6 tháng đầu năm 2025, Bộ Công an tiếp tục là đơn vị dẫn đầu khối bộ, ngành về cung cấp "
        "dịch vụ công trực tuyến với 18,2 triệu hồ sơ được tiếp nhận, tỷ lệ hồ sơ trực tuyến toàn "
        "trình đạt 92%. Tính chung khối bộ, ngành, tỷ lệ hồ sơ trực tuyến toàn trình 6 tháng đầu "
        "năm 2025 đạt 68,4%.",
        "2025-07-14",
        [("online_dossier_full_process_rate", "ministries", "2025-06-30", 68.4)],
        [("online_dossier_full_process_rate", 92)],
        id="a-leading-ministry-opening-its-sentence-keeps-its-figures",
    ),
    pytest.param(
        "Đặc biệt, trong quý IV/2023, số vụ tấn công mạng tăng mạnh, hơn 1.600 vụ trong 1 tháng, "
        "gấp rưỡi so với trung bình.",
        "2024-01-10",
        [],
        [("cyberattacks", 1600)],
        id="a-count-in-one-month-is-a-rate-not-january-s",
    ),
    pytest.param(
        "Hiện nay, tỉnh Long An đã cung cấp 100% dịch vụ công trực tuyến toàn trình trên tổng số "
        "thủ tục hành chính đủ điều kiện, với 1.124 thủ tục.",
        "2024-03-15",
        [("full_process_provision_rate", "Long An", "2024-03-15", 100)],
        [("dvctt_full_process_rate", 100)],
        id="full-process-services-over-the-eligible-procedures",
    ),
    pytest.param(
        "Thanh toán trực tuyến trên Cổng dịch vụ công quốc gia tăng vọt\n\nTheo Văn phòng Chính "
        "phủ, năm 2022, người dân, doanh nghiệp đã thực hiện 4,1 triệu giao dịch thanh toán trực "
        "tuyến trên Cổng dịch vụ công quốc gia, gấp gần 3 lần năm 2021. Cổng có 8,7 triệu tài "
        "khoản đăng ký.\n\nRiêng Cổng dịch vụ công của TP Hà Nội ghi nhận hơn 380.000 giao dịch "
        "thanh toán trong năm.\n",
        "2023-01-09",
        [("online_payments_count_new", "national", "2022-12-31", 4100000)],
        [("online_payments_count", 380000), ("online_payments_count_new", 380000)],
        id="a-province-s-own-portal-is-not-the-national-one",
    ),
    pytest.param(
        "BÁO CÁO TẠI HỘI NGHỊ TỔNG KẾT NĂM 2022\n\n3. Kinh tế số\n• Tỷ trọng kinh tế số trong "
        "GDP năm 2022 ước đạt 14,26%.\n4. Chỉ tiêu năm 2023\n• Kinh tế số chiếm 16,5% GDP; 80% hộ "
        "gia đình có cáp quang.\n",
        "2022-12-28",
        [("digital_economy_gdp_share", "national", "2022-12-28", 14.26)],
        [("digital_economy_gdp_share", 16.5), ("ftth_household_rate", 80)],
        id="a-numbered-heading-of-next-year-s-aims",
    ),
    pytest.param(
        "Trong quý I/2023, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến đạt 43,2%. "
        "Bộ Thông tin và Truyền thông là đơn vị có 100% dịch vụ công trực tuyến phát sinh hồ sơ. "
        "Trong các đơn vị thuộc Bộ, Tổng cục Hải quan đạt 99,9% hồ sơ trực tuyến.",
        "2023-04-18",
        [("dvctt_with_dossiers_rate", "national", "2023-03-31", 43.2)],
        [("dvctt_with_dossiers_rate", 100), ("online_dossier_rate", 99.9)],
        id="a-reporting-ministry-named-as-the-one-that-has-it",
    ),
    pytest.param(
        "Trong 7 tháng đầu năm 2024, tỷ lệ người dân, doanh nghiệp hài lòng trong tiếp nhận, giải "
        "quyết thủ tục hành chính đạt 94,8%; Ninh Thuận là địa phương có tỷ lệ hài lòng cao nhất, "
        "đạt 99,1%.",
        "2024-08-09",
        [
            ("satisfaction_rate", "national", "2024-07-31", 94.8),
            ("satisfaction_rate", "Ninh Thuận", "2024-07-31", 99.1),
        ],
        [],
        id="a-province-named-the-locality-that-has-it",
    ),
    pytest.param(
        "Tính đến ngày 30/6/2023, tỉnh Thừa Thiên Huế đã cung cấp 1.880 dịch vụ công trực tuyến, "
        "đạt 97,8% tổng số thủ tục hành chính. Tỷ lệ thủ tục hành chính cung cấp dịch vụ công "
        "trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt 95,1%.",
        "2023-07-05",
        [
            ("dvctt_rate", "Thừa Thiên Huế", "2023-06-30", 97.8),
            ("full_process_provision_rate", "Thừa Thiên Huế", "2023-06-30", 95.1),
        ],
        [],
        id="a-lead-opening-on-its-day-then-its-province",
    ),
    pytest.param(
        "Trong tháng 7/2025, 126 xã, phường của Hà Nội đã tiếp nhận khoảng 251.000 hồ sơ thủ tục "
        "hành chính. Tỷ lệ hồ sơ trực tuyến của toàn thành phố đạt 82,3%, trong khi bình quân cả "
        "nước cùng tháng là 63,5%.",
        "2025-08-12",
        [
            ("online_dossier_rate", "Hà Nội", "2025-07-31", 82.3),
            ("online_dossier_rate", "national", "2025-07-31", 63.5),
        ],
        [],
        id="the-country-s-average-the-same-month",
    ),
    pytest.param(
        "Tại hội nghị sơ kết ngày 31/10/2024, Bộ Công an cho biết đã cung cấp toàn trình 25/25 "
        "dịch vụ công thiết yếu thuộc thẩm quyền; tỷ lệ hồ sơ trực tuyến của Bộ trong 10 tháng "
        "đạt 93,8%.",
        "2024-11-02",
        [],
        [("online_dossier_rate", 93.8)],
        id="a-reporting-ministry-s-own-rate-named-back",
    ),
    pytest.param(
        "Trong tháng 5/2025 đã ghi nhận 512 cuộc tấn công mạng gây sự cố vào các hệ thống thông "
        "tin tại Việt Nam. Lũy kế từ đầu năm đến hết tháng 5/2025 là 2.714 cuộc.",
        "2025-06-05",
        [
            ("cyberattacks", "national", "2025-05-31", 512),
            ("cyberattacks", "national", "2025-05-31", 2714),
        ],
        [],
        id="a-running-count-whose-span-names-its-month",
    ),
    pytest.param(
        "Hà Nội, 03/01/2024 - Sáng nay, Bộ Thông tin và Truyền thông tổ chức Hội nghị tổng kết "
        'công tác năm 2023. Hưởng ứng "Năm dữ liệu số", Nền tảng NDXP trong năm đạt hơn 890 '
        "triệu giao dịch, đưa tổng số giao dịch từ khi khai trương đến hết năm 2023 lên khoảng "
        "1,95 tỷ. Trong năm, các doanh nghiệp đã phủ sóng cho khoảng 1.100 thôn lõm sóng.",
        "2024-01-03",
        [
            ("ndxp_transactions_period", "national", "2023-12-31", 890000000),
            ("ndxp_transactions_cumulative", "national", "2023-12-31", 1950000000),
        ],
        [("ndxp_transactions_cumulative", 890000000), ("villages_without_mobile_coverage", 1100)],
        id="in-the-year-before-its-verb-and-villages-covered",
    ),
    pytest.param(
        "Tính đến tháng 10/2022, tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ "
        "đạt 62,5%. Hiện đã có 14 bộ, ngành hoàn thành phê duyệt cấp độ cho 100% hệ thống thông "
        "tin đang vận hành.",
        "2022-11-15",
        [("info_systems_level_approved_rate", "national", "2022-10-31", 62.5)],
        [("info_systems_level_approved_rate", 100)],
        id="bodies-counted-at-a-full-mark",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


# (an undated text, the accepted rows it must give, all of them)
UNDATED = [
    # a pilot's licensed term ("thí điểm … trong 2 năm (đến cuối năm 2023)") dates no page
    pytest.param(
        "Viettel có 402.000 khách hàng sử dụng Mobile Money sau khi bắt đầu cung cấp dịch vụ này "
        "từ đầu tháng 12 năm ngoái. VNPT đến đầu tháng 2 có 186.200 khách hàng Mobile Money.\n"
        "Theo Cục Viễn thông, đến hết năm 2021, thị trường có hơn 122 triệu thuê bao đang hoạt "
        "động.\nCả nước đã có 588.000 người dùng dịch vụ Mobile Money. |\nTrước đó, 3 nhà mạng "
        "Viettel, VNPT, Mobifone được Ngân hàng Nhà nước cấp phép triển khai thí điểm Mobile Money "
        "trong 2 năm (đến cuối năm 2023) đánh dấu bước ngoặt quan trọng trong lộ trình phát "
        "triển các loại hình thanh toán không tiền mặt.\n",
        [("mobile_money_customers", "national", "2021-12-31", 588000)],
        id="a-pilot-s-term-dates-no-page",
    ),
    pytest.param(
        "CỔNG DỊCH VỤ CÔNG QUỐC GIA\n\nTHỐNG KÊ (số liệu tính đến 20/11/2025)\n"
        "Tài khoản đăng ký: 19.842.516\nHồ sơ trực tuyến thực hiện qua Cổng: 62.418.330\n"
        "Giao dịch thanh toán trực tuyến: 71.204.118\n"
        "Số tiền thanh toán trực tuyến (tỷ đồng): 98.512\nLượt truy cập: 1.236.480.902\n",
        [
            ("national_portal_accounts", "national", "2025-11-20", 19842516),
            ("national_portal_dossiers", "national", "2025-11-20", 62418330),
            ("online_payments_count", "national", "2025-11-20", 71204118),
            ("online_payments_value", "national", "2025-11-20", 98512),
        ],
        id="a-portal-s-statistics-box-dated-by-its-heading",
    ),
]


@pytest.mark.parametrize("text, wanted", UNDATED)
def test_undated_guard(text, wanted):
    assert_undated_guard(text, wanted)
