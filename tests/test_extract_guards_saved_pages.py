"""Pages as portals and papers print them, met while probing the genre on stop 44 and each
written anew for the project (not copied from any page): a ministry's or the national
committee's report reposted whole on a province's portal under its own letterhead ('Số:
109/BC-BTTTT') gives the country's figures, not the portal's province's; a body urging others
('khuyến cáo … khẩn trương hoàn thành … cho 100%') sets an aim; 'Tại thời điểm 31/12/2023, con
số này là …' dates only the earlier value, and the next sentence speaks of now again; 'gấp hơn 2
lần năm 2021 (21,4%)' dates only the value compared; what belongs to one ministry ('các hệ thống
thông tin thuộc Bộ TT&TT', 'Toàn Bộ hiện cung cấp …') or to a province's one-stop centre is no
group's figure; a ward's figure told with 'nơi' is the ward's; 'N tháng đạt …' is the year's
first months; a sentence set abroad ('Tại châu Âu, …') is not the country's; 'Năm 2023 tính đến
thời điểm ngày 20/11' is the year so far to that day, and '… giao dịch, đạt trên 96 tỷ đồng' the
amount those payments reached; 'Riêng tỉnh Lai Châu còn 64 thôn' is the province's own count,
but one province set apart from a count of provinces ('Riêng tỉnh Lào Cai đã ban hành 3 nghị
quyết') is held for review and clashes with nothing; 'Trong quý, …' is the quarter the text last
named (else the one its date suggests), not the level's date of the sentence before; a national
report named in a portal's title or lead ('Tình hình chuyển đổi số quốc gia tháng 5/2025', 'Báo
cáo số 1820/BC-BKHCN') gives the country's figures there too, and 'Đối với Phú Yên, …' the
province's it turns to; a national body's representative speaking at a province's meeting ('Đại
diện Cục … cho biết, …') gives the country's figures, and so does NDXP as a clause's subject
('Hiện NDXP đã kết nối với 126 cơ quan'), but 'Theo Bộ chỉ số …' (a set of indices) is no
ministry; a table of an index's editions ('Kỳ khảo sát | Xếp hạng' over '2024 | 71/193') gives
each edition's rank, the year begun included, and a component index's rank ('Chỉ số Tham gia
điện tử (EPART) … xếp thứ 22/193') is not the index's.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG\nTrang chủ / Văn bản Trung ương\n"
        "Ngày đăng: 08/11/2023\n\n"
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 131 /BC-BTTTT                    Hà Nội, ngày 03 tháng 11 năm 2023\n\n"
        "BÁO CÁO\nChuyển đổi số quốc gia tháng 10 năm 2023\n\n"
        "Trong tháng 10/2023, NDXP ghi nhận 79,4 triệu giao dịch. Hiện có 105 cơ quan, đơn vị "
        "kết nối với NDXP.\n",
        "2023-11-08",
        [
            ("ndxp_transactions_period", "national", "2023-10-31", 79400000),
            ("ndxp_connected_agencies", "national", "2023-11-08", 105),
        ],
        [],
        id="a-national-report-reposted-on-a-province-s-portal",
    ),
    pytest.param(
        "Trong tháng 10/2024, Cục An toàn thông tin ghi nhận 655 cuộc tấn công mạng gây sự cố. "
        "Cục khuyến cáo các cơ quan, tổ chức khẩn trương hoàn thành phê duyệt hồ sơ cấp độ cho "
        "100% hệ thống thông tin trước ngày 31/12/2024.",
        "2024-11-06",
        [("cyberattacks", "national", "2024-10-31", 655)],
        [("info_systems_level_approved_rate", 100)],
        id="a-body-urging-others-sets-an-aim",
    ),
    pytest.param(
        "Chính phủ đang khẩn trương, tích cực xây dựng các văn bản hướng dẫn Luật Giao dịch điện "
        "tử; đã có 56/63 tỉnh, thành phố ban hành chính sách miễn, giảm phí, lệ phí trong sử dụng "
        "dịch vụ công trực tuyến.",
        "2024-04-24",
        [("localities_fee_reduction", "national", "2024-04-24", 56)],
        [],
        id="an-effort-under-way-is-no-urging",
    ),
    pytest.param(
        "Cả nước hiện còn 980 thôn chưa có sóng di động băng rộng. Tại thời điểm 31/12/2023, con "
        "số này là 1.978 thôn. Các tỉnh còn nhiều thôn lõm sóng nhất là Lai Châu (64 thôn) và Cao "
        "Bằng (51 thôn).",
        "2024-08-20",
        [
            ("villages_without_mobile_coverage", "national", "2024-08-20", 980),
            ("villages_without_mobile_coverage", "national", "2023-12-31", 1978),
            ("villages_without_mobile_coverage", "Lai Châu", "2024-08-20", 64),
            ("villages_without_mobile_coverage", "Cao Bằng", "2024-08-20", 51),
        ],
        [],
        id="the-earlier-value-s-date-does-not-carry-on",
    ),
    pytest.param(
        "Năm 2022, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh Phú Yên đạt 38,2%, gấp hơn 2 lần năm "
        "2021 (17,5%). Tỉnh hiện cung cấp 610 dịch vụ công trực tuyến toàn trình, chiếm 35,1% "
        "tổng số thủ tục hành chính.",
        "2023-01-10",
        [
            ("online_dossier_rate", "Phú Yên", "2022-12-31", 38.2),
            ("online_dossier_rate", "Phú Yên", "2021-12-31", 17.5),
            ("dvctt_full_process_rate", "Phú Yên", "2022-12-31", 35.1),
        ],
        [],
        id="a-year-compared-by-gap-hon-dates-only-its-value",
    ),
    pytest.param(
        "Theo Thứ trưởng, tỷ lệ thuê bao di động sử dụng điện thoại thông minh hiện đạt 85,1%. "
        "Riêng các hệ thống thông tin thuộc Bộ Tài chính đã được phê duyệt cấp độ 100%.",
        "2023-08-02",
        [("smartphone_subscriber_rate", "national", "2023-08-02", 85.1)],
        [("info_systems_level_approved_rate", 100)],
        id="what-belongs-to-one-ministry",
    ),
    pytest.param(
        "Bộ Nội vụ dẫn đầu về dịch vụ công trực tuyến\n\nNăm 2024, Bộ Nội vụ tiếp tục cải cách "
        "thủ tục hành chính. Toàn Bộ hiện cung cấp 120 dịch vụ công trực tuyến toàn trình, "
        "chiếm 91,2% tổng số thủ tục hành chính thuộc thẩm quyền. Tỷ lệ hồ sơ trực tuyến toàn "
        "trình của khối bộ, ngành năm 2024 đạt 68,2%.",
        "2025-01-20",
        [("online_dossier_full_process_rate", "ministries", "2024-12-31", 68.2)],
        [("dvctt_full_process_rate", 91.2)],
        id="a-ministry-as-a-whole-on-its-own-page",
    ),
    pytest.param(
        "Đà Nẵng: 6 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến của thành phố đạt 61,2%. Trung "
        "tâm Phục vụ hành chính công thành phố đạt tỷ lệ hồ sơ trực tuyến 90,4%. Người dân làm "
        "thủ tục tại UBND phường Hòa Minh, quận Liên Chiểu, nơi tỷ lệ hồ sơ trực tuyến đạt 95%.",
        "2023-07-06",
        [("online_dossier_rate", "Đà Nẵng", "2023-06-30", 61.2)],
        [("online_dossier_rate", 90.4), ("online_dossier_rate", 95)],
        id="a-one-stop-centre-s-and-a-ward-s-figures",
    ),
    pytest.param(
        "Bình Dương: 11 tháng năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 70,3%. Mức độ hài "
        "lòng của người dân, doanh nghiệp trong giải quyết thủ tục hành chính 11 tháng đạt "
        "95,8%. Sau 3 tháng đạt 50% chỉ tiêu, tỉnh tiếp tục đẩy mạnh tuyên truyền.",
        "2023-12-08",
        [
            ("online_dossier_rate", "Bình Dương", "2023-11-30", 70.3),
            ("satisfaction_rate", "Bình Dương", "2023-11-30", 95.8),
        ],
        [],
        id="the-months-a-figure-reached",
    ),
    pytest.param(
        "Tỷ lệ hộ gia đình sử dụng Internet cáp quang băng rộng đạt 82,7%. Tại châu Âu, tỷ lệ "
        "này bình quân chỉ khoảng 25%. Ở Hàn Quốc, tỷ lệ này là 97%.",
        "2024-05-17",
        [("ftth_household_rate", "national", "2024-05-17", 82.7)],
        [("ftth_household_rate", 25), ("ftth_household_rate", 97)],
        id="a-sentence-set-abroad",
    ),
    pytest.param(
        "Lạng Sơn đã kết nối thanh toán trực tuyến trên cổng Dịch vụ công của tỉnh. Năm 2023 tính "
        "đến thời điểm ngày 20/11, toàn tỉnh Lạng Sơn đã thanh toán qua cổng thanh toán quốc gia "
        "với 21.530 giao dịch, đạt trên 96 tỷ đồng.",
        "2023-11-28",
        [
            ("online_payments_count_new", "Lạng Sơn", "2023-11-20", 21530),
            ("online_payments_value_new", "Lạng Sơn", "2023-11-20", 96),
        ],
        [],
        id="the-year-so-far-to-a-day-and-the-amount-its-payments-reached",
    ),
    pytest.param(
        "Cả nước hiện còn 980 thôn chưa có sóng di động băng rộng. Riêng tỉnh Lai Châu còn 64 "
        "thôn lõm sóng. Đến nay, 63/63 tỉnh, thành phố đã ban hành nghị quyết của HĐND về miễn, "
        "giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến. Riêng tỉnh Lào Cai đã ban hành 3 "
        "nghị quyết liên quan.",
        "2024-08-20",
        [
            ("villages_without_mobile_coverage", "national", "2024-08-20", 980),
            ("villages_without_mobile_coverage", "Lai Châu", "2024-08-20", 64),
            ("localities_fee_reduction", "national", "2024-08-20", 63),
        ],
        [],
        id="a-province-set-apart-keeps-its-count-but-not-in-a-count-of-provinces",
    ),
    pytest.param(
        "Quý I, Cổng Dịch vụ công quốc gia có thêm 2,9 triệu tài khoản\n\nTheo Văn phòng Chính "
        "phủ, trong quý I/2024, Cổng có thêm gần 2,9 triệu tài khoản đăng ký. Tính đến hết ngày "
        "31/3/2024, tổng số tài khoản đăng ký trên Cổng đạt 10,96 triệu. Trong quý, Cổng tiếp "
        "nhận hơn 3,4 triệu hồ sơ trực tuyến.",
        "2024-05-22",
        [
            ("national_portal_accounts_new", "national", "2024-03-31", 2900000),
            ("national_portal_accounts", "national", "2024-03-31", 10960000),
            ("national_portal_dossiers_new", "national", "2024-03-31", 3400000),
        ],
        [("national_portal_dossiers", 3400000)],
        id="trong-quy-is-the-quarter-last-named",
    ),
    pytest.param(
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN\n14/06/2025 | Chuyển đổi số\n\nTình hình chuyển đổi "
        "số quốc gia tháng 5/2025\n\nNgày 06/6/2025, Bộ Khoa học và Công nghệ ban hành Báo cáo "
        "số 1820/BC-BKHCN về tình hình chuyển đổi số quốc gia tháng 5/2025. Một số kết quả "
        "chính:\n\n- Tỷ lệ hộ gia đình có kết nối cáp quang đạt 84,1%.\n- Tỷ lệ thuê bao sử "
        "dụng điện thoại thông minh là 89,2%.\n\nĐối với Phú Yên, các tỷ lệ tương ứng là 80,4% "
        "và 85,7%.",
        "2025-06-14",
        [
            ("ftth_household_rate", "national", "2025-05-31", 84.1),
            ("smartphone_subscriber_rate", "national", "2025-05-31", 89.2),
            ("ftth_household_rate", "Phú Yên", "2025-05-31", 80.4),
            ("smartphone_subscriber_rate", "Phú Yên", "2025-05-31", 85.7),
        ],
        [],
        id="a-national-report-named-in-a-province-s-title-and-lead",
    ),
    pytest.param(
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN\n10/10/2024\n\nPhú Yên hưởng ứng Ngày Chuyển đổi số "
        "quốc gia năm 2024\n\nĐến nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%.",
        "2024-10-10",
        [("online_dossier_full_process_rate", "Phú Yên", "2024-10-10", 52.3)],
        [],
        id="a-province-s-page-on-the-national-day-stays-the-province-s",
    ),
    pytest.param(
        "Quảng Bình: Hội nghị triển khai nền tảng dữ liệu của tỉnh\n\nBáo Quảng Bình – 29/07/2025"
        "\n\nNgày 28/7, UBND tỉnh Quảng Bình tổ chức hội nghị triển khai Kiến trúc chính quyền số "
        "của tỉnh.\n\nĐại diện Cục Chuyển đổi số quốc gia cho biết, tính từ đầu năm đến ngày "
        "20/7/2025, NDXP đã xử lý 812 triệu giao dịch. Hiện NDXP đã kết nối với 126 cơ quan, đơn "
        "vị.\n\nĐại diện Cục Kiểm soát thủ tục hành chính cho biết, tính đến ngày 15/7/2025, 100% "
        "hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh đã kết nối với Hệ thống "
        "EMC. Trong số 1.084 thủ tục hành chính được giao cắt giảm, đã có 1.012 thủ tục được cắt "
        "giảm, đơn giản hóa.\n\nTheo Bộ chỉ số phục vụ người dân, doanh nghiệp, năm 2024 tỉnh đạt "
        "86,3 điểm. Trong đó, tỷ lệ hồ sơ xử lý trực tuyến đạt 74,6%.",
        "2025-07-29",
        [
            ("ndxp_transactions_period", "national", "2025-07-20", 812000000),
            ("ndxp_connected_agencies", "national", "2025-07-28", 126),
            ("emc_connection_rate", "national", "2025-07-15", 100),
            ("procedures_simplified", "national", "2025-07-15", 1012),
            ("online_dossier_rate", "Quảng Bình", "2024-12-31", 74.6),
        ],
        [],
        id="a-national-body-s-representative-on-a-province-s-page",
    ),
    pytest.param(
        "Việt Nam qua các kỳ khảo sát Chính phủ điện tử\n\nDưới đây là thứ hạng và điểm số EGDI "
        "của Việt Nam qua các kỳ khảo sát:\n\n| Kỳ khảo sát | Xếp hạng | Điểm EGDI |\n|---|---|---|"
        "\n| 2020 | 86/193 | 0,6667 |\n| 2022 | 86/193 | 0,7106 |\n| 2024 | 71/193 | 0,7709 |\n\n"
        "Chỉ số Tham gia điện tử (EPART) của Việt Nam xếp thứ 22/193.",
        "2024-10-03",
        [
            ("egdi_rank", "national", "2020-12-31", 86),
            ("egdi_rank", "national", "2022-12-31", 86),
            ("egdi_rank", "national", "2024-12-31", 71),
        ],
        [("egdi_rank", 22)],
        id="an-index-s-editions-in-a-table-and-a-component-s-rank",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
