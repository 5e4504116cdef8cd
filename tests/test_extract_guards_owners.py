"""Constructions met on stop 36's fresh pages, each written anew for the project (not copied from
any page): a page opening on the day it tells of and one province's council acting ("Chiều 14/3,
UBND tỉnh Hà Tĩnh tổ chức …") is that province's page, whatever its lead then says of the whole
country; an operator named right after the thing counted ("… trạm 5G của VinaPhone") owns the
figure; the places of a hard region named right after the villages ("thôn thuộc vùng đặc biệt khó
khăn") are a part, not all villages; a part set apart as "riêng khối các cơ quan …" is not the
whole; households "có internet băng rộng cố định" under a rate's label, and fibre "được cung cấp
đến" offices and then households, are the fibre households' share; a security-level approval told
with a longer dossier name before "theo cấp độ, đạt tỷ lệ …"; dead-zone villages "đã được
phủ sóng" are those covered, not those left; a figure with no time of its own compared with a
year long before its text ("tăng 18% so với năm 2020" in 2024) is of the text's time, not the year
after the compared one; before 2022, "dịch vụ công trực tuyến mức độ 4" under a rate's label
or after the services ("100% dịch vụ công … trực tuyến mức độ 4"), and "trong đó mức độ 4" after
levels 3 and 4 together, is the full-process share;
accounts "kích hoạt được"; "6 tháng qua" in a text written just after June is January to June
(not last month), so "đến nay" under it is the level June's end counted; "vùng lõm sóng" are
areas, not villages, and villages without a fixed line are not villages without signal; a share
told after "toàn tỉnh có …/… hồ sơ …, đạt" keeps that count's subject, and a title of "Kết quả
chuyển đổi số 9 tháng đầu năm 2024 của tỉnh …" or "Chuyển đổi số ở Cao Bằng" makes the page that
province's, and a ministry's department acting ("Theo Công an tỉnh …, Cục Cảnh sát … (C06 - Bộ
Công an) đã cấp …") gives the country's figure (stop 37). A province's own dossier system named
anywhere in the clause ("Hệ thống thông tin giải quyết TTHC tỉnh Thái Nguyên có 45.000 tài
khoản") counts its own, not the National Portal's (stop 41, the catalog's `exclude_clause`).

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
        "Chiều 14/3, UBND tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác chuyển đổi số quý I.\n\n"
        "Năm 2025 là năm cả nước bước vào giai đoạn tăng tốc của chuyển đổi số.\n\n"
        "Đến hết tháng 2, tỷ lệ hồ sơ nộp trực tuyến đạt 61,7%; thanh toán trực tuyến đạt 72,4%.",
        "2025-03-15",
        [("online_dossier_rate", "Hà Tĩnh", "2025-02-28", 61.7)],
        [],
        id="a-page-opening-on-its-day-and-a-province-s-council-acting",
    ),
    pytest.param(
        # (on a page whose lead speaks of government in general and names the province only in
        # a platform's name: the share after "toàn tỉnh có …/… hồ sơ" is the province's)
        "Phát triển chính quyền số để phục vụ người dân\nChính quyền số giúp nhà nước và người "
        "dân tiết kiệm chi phí giao dịch.\nNền tảng LGSP Gia Lai đã phục vụ việc chia sẻ dữ liệu "
        "giữa các cơ quan nhà nước.\nCổng Dịch vụ công và Hệ thống thông tin một cửa điện tử tỉnh "
        "cung cấp 1.240 dịch vụ công trực tuyến toàn trình và 610 dịch vụ công trực tuyến một "
        "phần. Theo Ban Chỉ đạo về Chuyển đổi số tỉnh, từ ngày 01/01/2023 đến ngày 15/12/2023, "
        "toàn tỉnh có 41.200/250.000 hồ sơ giải quyết trực tuyến qua Hệ thống thông tin giải quyết "
        "TTHC tỉnh, đạt 16,5%; thanh toán trực tuyến đối với cấp tỉnh là 9.800/26.000 hồ sơ, đạt "
        "37,7%.",
        "2024-01-20",
        [("online_dossier_rate", "Gia Lai", "2023-12-15", 16.5)],
        [],
        id="a-share-after-the-province-s-count-keeps-its-subject",
    ),
    pytest.param(
        "Kết quả chuyển đổi số 9 tháng đầu năm 2024 của tỉnh Hậu Giang\nTrong 9 tháng đầu năm, "
        "tỉnh tiếp tục đẩy mạnh cải cách thủ tục hành chính.\nTỷ lệ hồ sơ trực tuyến toàn trình "
        "đạt 38,4%.\nTỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 90,2%.",
        "2024-10-10",
        [
            ("online_dossier_full_process_rate", "Hậu Giang", "2024-09-30", 38.4),
            ("e_result_rate", "Hậu Giang", "2024-09-30", 90.2),
        ],
        [],
        id="a-title-naming-the-province-s-results-over-the-months-it-reviews",
    ),
    pytest.param(
        "Những bước đi đầu tiên của chuyển đổi số ở Cao Bằng\nĐến nay, 100% xã đã có cáp quang đến "
        "trung tâm xã; tỷ lệ hộ gia đình sử dụng cáp quang đạt 58%.",
        "2024-08-02",
        [("ftth_household_rate", "Cao Bằng", "2024-08-02", 58)],
        [],
        id="a-title-of-the-work-done-in-one-province",
    ),
    pytest.param(
        "Theo Công an tỉnh Thanh Hóa, hiện nay, Cục Cảnh sát quản lý hành chính về trật tự xã hội "
        "(C06 - Bộ Công an) đã cấp trên 84 triệu thẻ căn cước gắn chip điện tử. Công an tỉnh cho "
        "biết, đến nay đã cấp 2,9 triệu thẻ căn cước gắn chip cho người dân trong tỉnh.",
        "2024-02-10",
        [
            ("chip_id_cards_issued", "national", "2024-02-10", 84000000),
            ("chip_id_cards_issued", "Thanh Hóa", "2024-02-10", 2900000),
        ],
        [],
        id="a-ministry-s-figure-told-by-a-province",
    ),
    pytest.param(
        "Đến tháng 6/2024, cả nước có 6.200 trạm 5G của VinaPhone. Trên địa bàn tỉnh Nam Định có "
        "1.950 trạm BTS, trong đó 14 trạm phát sóng 5G của Viettel đã hoạt động.",
        "2024-07-02",
        [],
        [("fiveg_bts_count", 6200), ("fiveg_bts_count", 14)],
        id="an-operator-named-after-the-thing-counted-owns-it",
    ),
    pytest.param(
        "Tính đến tháng 10/2024, tỉnh Yên Bái có 2.950 trạm BTS. 100% thôn bản thuộc vùng đặc biệt "
        "khó khăn được phủ sóng thông tin di động.",
        "2024-11-05",
        [],
        [("villages_with_mobile_coverage_rate", 100)],
        id="villages-of-a-hard-region-are-a-part",
    ),
    pytest.param(
        "Theo Bộ, tính đến tháng 6/2023, tổng số 3.400 hệ thống thông tin có 2.050 hệ thống đã "
        "được phê duyệt hồ sơ bảo đảm an toàn hệ thống thông tin mạng theo cấp độ, đạt tỷ lệ "
        "60,3%. Riêng khối các cơ quan trung ương, tỷ lệ hệ thống thông tin được phân loại theo "
        "cấp độ đạt 58,2%.",
        "2023-07-10",
        [("info_systems_level_approved_rate", "national", "2023-06-30", 60.3)],
        [("info_systems_level_approved_rate", 58.2)],
        id="a-long-dossier-name-before-the-level-and-a-part-set-apart",
    ),
    pytest.param(
        "Trong hai năm qua, hơn 1.800 thôn, bản lõm sóng đã được phủ sóng nhờ chương trình viễn "
        "thông công ích. Đến nay, cả nước còn 940 thôn lõm sóng.",
        "2024-11-28",
        [("villages_without_mobile_coverage", "national", "2024-11-28", 940)],
        [("villages_without_mobile_coverage", 1800)],
        id="dead-zone-villages-now-covered-are-not-those-left",
    ),
    pytest.param(
        "Về xã hội số, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 86,5%, "
        "tăng 18% so với năm 2020.",
        "2024-06-12",
        [("adults_with_bank_account_rate", "national", "2024-06-12", 86.5)],
        [],
        id="a-figure-compared-with-a-year-long-before-is-of-its-text-s-time",
    ),
    pytest.param(
        "Tỷ lệ dịch vụ công trực tuyến mức độ 4 của cả nước tính đến tháng 3/2021 đạt 33,8%. Tại "
        "tỉnh Bắc Giang, tính đến tháng 4/2021, 100% dịch vụ công đã được cung cấp trực tuyến mức "
        "độ 4.",
        "2021-05-04",
        [
            ("dvctt_full_process_rate", "national", "2021-03-31", 33.8),
            ("dvctt_full_process_rate", "Bắc Giang", "2021-04-30", 100),
        ],
        [],
        id="before-2022-level-4-is-full-process-under-a-label-and-after-the-services",
    ),
    pytest.param(
        "Đến tháng 9/2021, tỷ lệ DVCTT mức độ 3, 4 của cả nước đạt 95,2%, trong đó mức độ 4 đạt "
        "41,3%.",
        "2021-10-12",
        [
            ("dvctt_rate", "national", "2021-09-30", 95.2),
            ("dvctt_full_process_rate", "national", "2021-09-30", 41.3),
        ],
        [],
        id="before-2022-level-4-after-trong-do-is-full-process-not-a-part",
    ),
    pytest.param(
        "Tính đến ngày 20/11/2024, toàn tỉnh Hòa Bình đã thu nhận, kích hoạt được hơn 410 nghìn "
        "tài khoản.",
        "2024-11-22",
        [("vneid_activated_accounts", "Hòa Bình", "2024-11-20", 410_000)],
        [],
        id="accounts-activated-with-duoc",
    ),
    pytest.param(
        "Hiện nay toàn tỉnh Sơn La còn 25 thôn chưa có sóng di động và 90 vùng lõm sóng 4G. Đối "
        "với 40 thôn chưa có hạ tầng internet băng rộng cố định, tỉnh sẽ kéo cáp trong năm tới.",
        "2023-05-04",
        [("villages_without_mobile_coverage", "Sơn La", "2023-05-04", 25)],
        [("villages_without_mobile_coverage", 90), ("villages_without_mobile_coverage", 40)],
        id="dead-zone-areas-and-villages-without-a-fixed-line-are-not-villages-without-signal",
    ),
    pytest.param(
        "Năm 2024, tỷ lệ hộ gia đình có internet băng rộng cố định của tỉnh Yên Bái đạt 82%.",
        "2025-01-20",
        [("ftth_household_rate", "Yên Bái", "2024-12-31", 82)],
        [],
        id="fixed-broadband-households-under-a-rate-s-label",
    ),
    pytest.param(
        "Năm 2024, tại tỉnh Tuyên Quang, hạ tầng cáp quang đã được kéo đến 100% trụ sở xã và "
        "khoảng 76% hộ gia đình.",
        "2025-01-20",
        [("ftth_household_rate", "Tuyên Quang", "2024-12-31", 76)],
        [("ftth_household_rate", 100)],
        id="fibre-brought-to-offices-and-then-households",
    ),
    pytest.param(
        "Năm 2024, Cổng Dịch vụ công quốc gia có thêm 2,1 triệu tài khoản. Hệ thống thông tin "
        "giải quyết TTHC tỉnh Thái Nguyên có 45.000 tài khoản.",
        "2025-01-10",
        [("national_portal_accounts_new", "national", "2024-12-31", 2_100_000)],
        [("national_portal_accounts_new", 45_000), ("national_portal_accounts", 45_000)],
        id="a-province-s-own-dossier-system-named-far-before-its-count",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


# A page with no sidecar date: its date comes from the text alone
UNDATED = [
    pytest.param(
        "Thủ tướng họp Ủy ban Quốc gia về chuyển đổi số\n\nSáng 10/8, tại Trụ sở Chính phủ, Thủ "
        "tướng chủ trì phiên họp thứ Năm của Ủy ban để đánh giá kết quả chuyển đổi số 06 tháng đầu "
        "năm 2023.\n\nBáo cáo tại phiên họp về tình hình chuyển đổi số 6 tháng qua cho thấy nhiều "
        "kết quả. Đến nay, tỷ lệ hộ gia đình có internet cáp quang là 75,2%.",
        [("ftth_household_rate", "national", "2023-06-30", 75.2)],
        id="the-months-just-reviewed-told-as-n-thang-qua",
    ),
]


@pytest.mark.parametrize("text, wanted", UNDATED)
def test_undated_guard(text, wanted):
    assert_undated_guard(text, wanted)
