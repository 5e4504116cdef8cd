"""Constructions met on stop 42's pages and probes (a plan's state of things, a city below its
province, both levels each with its count, a change in brackets), each written anew for the
project (not copied from any page): a plan's "II. THỰC TRẠNG" section states results, not aims;
a page whose title opens on a city below its province ("Thành phố Tam Kỳ: …") gives the province
none of its figures; "21/22 bộ, ngành và 63/63 địa phương …, đạt tỷ lệ 98,8%" is everyone's; a
share of the procedures offered full-process told after their count ("1.012/1.769 thủ tục hành
chính dưới dạng dịch vụ công trực tuyến toàn trình, đạt 57,2%") is read, one named ministry's is
not; "trong đó số thuê bao băng rộng di động đạt 92,4 triệu" is its own figure; "90,5% hộ gia
đình trên địa bàn Quảng Ninh có …" names its province bare; how much a figure changed in brackets
("giảm khá sâu (8,12%)") is no figure, and the level it fell from is dated by a bare year in
brackets ("từ 90,30% (2021) xuống 82,18%"); a title ending on its province ("… của tỉnh Sơn La")
makes the page that province's. Wholes: "các nhà mạng đã phủ sóng …" after a sentence naming one
operator is every operator's; a share reached "Từ năm 2022 đến nay" is the level at its end; the
communes and wards of a province after "chính quyền địa phương hai cấp" are no locality block.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

GUARDS = [
    pytest.param(
        "UBND TỈNH HÀ GIANG\nKẾ HOẠCH\nChuyển đổi số tỉnh Hà Giang giai đoạn 2022-2025\n\n"
        "I. MỤC TIÊU\n1. Đến năm 2025: 50% hồ sơ thủ tục hành chính được xử lý trực tuyến.\n\n"
        "II. THỰC TRẠNG\nNăm 2021, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh mới đạt 9,8%.",
        "2022-05-10",
        [("online_dossier_rate", "Hà Giang", "2021-12-31", 9.8)],
        [("online_dossier_rate", 50)],
        id="a-plan-s-state-of-things-is-results",
    ),
    pytest.param(
        "Thành phố Tam Kỳ: Đẩy mạnh chính quyền số\n\nThực hiện Kế hoạch của UBND tỉnh Quảng "
        "Nam, 6 tháng đầu năm 2023, 100% hồ sơ được cấp kết quả điện tử; tỷ lệ hộ gia đình "
        "trên địa bàn thành phố có Internet cáp quang đạt 94%.",
        "2023-07-10",
        [],
        [("e_result_rate", 100), ("ftth_household_rate", 94)],
        id="a-city-below-its-province-opens-the-title",
    ),
    pytest.param(
        "Đến nay, 20/22 bộ, ngành và 62/63 địa phương đã kết nối hệ thống giải quyết thủ tục "
        "hành chính với Hệ thống EMC, đạt tỷ lệ 96,5%.",
        "2024-11-20",
        [("emc_connection_rate", "national", "2024-11-20", 96.5)],
        [],
        id="both-levels-each-with-its-count-are-everyone",
    ),
    pytest.param(
        "Tính đến ngày 30/9/2024, tỉnh Cà Mau đã cung cấp 1.020/1.790 thủ tục hành chính dưới "
        "dạng dịch vụ công trực tuyến toàn trình, đạt 57%. Năm 2023, Bộ Xây dựng cung cấp "
        "300/400 TTHC dưới dạng DVCTT toàn trình, đạt 75%.",
        "2024-10-15",
        [("dvctt_full_process_rate", "Cà Mau", "2024-09-30", 57)],
        [("dvctt_full_process_rate", 75)],
        id="procedures-offered-full-process-told-after-their-count",
    ),
    pytest.param(
        "Tính đến hết tháng 9/2025, tổng số thuê bao di động đạt 129 triệu, trong đó số thuê "
        "bao băng rộng di động đạt 93,1 triệu.",
        "2025-10-20",
        [("mobile_broadband_subscriptions", "national", "2025-09-30", 93100000)],
        [],
        id="mobile-broadband-among-all-mobile-subscriptions-is-its-own",
    ),
    pytest.param(
        "Đến cuối năm 2024, 88,2% hộ gia đình trên địa bàn Thái Bình có kết nối Internet cáp "
        "quang băng rộng.",
        "2025-01-20",
        [("ftth_household_rate", "Thái Bình", "2024-12-31", 88.2)],
        [],
        id="a-province-named-bare-on-its-ground",
    ),
    pytest.param(
        "Chỉ số Hài lòng Sipas 2022 của tỉnh Điện Biên\n\nChỉ số CCHC năm 2022 của tỉnh giảm nhẹ."
        "\n\nChỉ số Sipas giảm khá sâu (6,5%), từ 88,10% (2021) xuống 81,60%.",
        "2023-04-25",
        [
            ("satisfaction_rate", "Điện Biên", "2021-12-31", 88.1),
            ("satisfaction_rate", "Điện Biên", "2022-12-31", 81.6),
        ],
        [("satisfaction_rate", 6.5)],
        id="a-change-in-brackets-and-a-level-dated-by-a-bare-year",
    ),
    pytest.param(
        "Hà Tĩnh: đưa sóng về thôn vùng sâu\n\nTại xã Hương Liên, sau khi Viettel lắp đặt trạm BTS "
        "mới, 100% hộ dân đã có sóng 4G. Từ năm 2022 đến nay, các nhà mạng đã phủ sóng 36/45 thôn "
        "lõm sóng có điện trên địa bàn tỉnh Hà Tĩnh, đạt 80%.",
        "2023-12-20",
        [("dead_zone_villages_covered_rate", "Hà Tĩnh", "2023-12-20", 80)],
        [],
        id="all-operators-after-one-and-a-share-reached-over-years",
    ),
    pytest.param(
        "Tây Ninh: 9 tháng năm 2025\n\n9 tháng năm 2025, tỷ lệ hồ sơ xử lý trực tuyến của tỉnh "
        "Tây Ninh đạt 84,5%. Kể từ khi vận hành chính quyền địa phương hai cấp (1/7/2025), 96 xã, "
        "phường của tỉnh đã tiếp nhận 410.000 hồ sơ, trong đó 90,2% nộp trực tuyến.",
        "2025-10-10",
        [("online_dossier_rate", "Tây Ninh", "2025-09-30", 84.5)],
        [("online_dossier_rate", 90.2)],
        id="the-communes-of-a-province-are-no-locality-block",
    ),
    pytest.param(
        "Tính đến hết tháng 6/2023, tỷ lệ người trưởng thành trên địa bàn tỉnh Hải Dương có tài "
        "khoản thanh toán tại ngân hàng đạt khoảng 77%.",
        "2023-07-20",
        [("adults_with_bank_account_rate", "Hải Dương", "2023-06-30", 77)],
        [],
        id="a-bank-account-rate-with-the-province-in-its-words",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)
