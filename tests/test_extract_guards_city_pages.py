"""Constructions met on stop 49's unseen pages, each written anew for the project (not copied from
any page): a points score said again as a share ("16,5/18 điểm, đạt tỷ lệ 91,67%") is no
satisfaction rate; a city's body unnamed in the lead ("Ban Chỉ đạo của UBND Thành phố") and a
report "của UBND TP.HCM" make the page the city's; a province's own simplified procedures are not
the national programme's; a month in words ("cuối tháng Tư"); a publication month ("công bố
tháng 9/2024") dates nothing after it; "hàng ngày" is per day; another system's connections are
not NDXP's; "thuê bao Internet hộ gia đình" are fixed lines; a rank held "sau hai kỳ đánh giá"
is the earlier editions'; a day without its year ("công bố hôm nay, 7/4") is no figure in the
label; "kết quả … được cấp bản điện tử"; a report "gửi Văn phòng Chính phủ" is still the city's;
"cao hơn mức bình quân chung của cả nước" compares with the country; a table whose corner names
the measure over rows of levels; a column head "… 6 tháng/2025"; "5 tháng của các bộ, ngành đạt".

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.extract import extract_text

# (text, published, accepted rows (indicator, breakdown, period_end, value), readings it must not
# give (indicator, value), whatever their status)
GUARDS = [
    pytest.param(
        "Trong quý II, tỉnh Cà Mau đạt nhóm chỉ số mức độ hài lòng trên Cổng Dịch vụ công quốc "
        "gia là 16,5/18 điểm, đạt tỷ lệ 91,67%. Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ "
        "tục hành chính đạt 94,2%.",
        "2024-07-10",
        [("satisfaction_rate", "Cà Mau", "2024-06-30", 94.2)],
        [("satisfaction_rate", 91.67)],
        id="a-score-out-of-its-maximum-said-as-a-share",
    ),
    pytest.param(
        "Tháng 5/2025, tỉnh Sơn La đạt 13,0/18 điểm mức độ hài lòng (tương đương 72,22%); tỉ lệ "
        "hài lòng trong tiếp nhận, giải quyết thủ tục hành chính đạt 88,5%.",
        "2025-06-12",
        [("satisfaction_rate", "Sơn La", "2025-05-31", 88.5)],
        [("satisfaction_rate", 72.22)],
        id="a-score-said-again-in-brackets-as-a-share",
    ),
    pytest.param(
        "Chiều 5/11, Ban Chỉ đạo chuyển đổi số của UBND Thành phố họp phiên thứ hai, Phó Chủ tịch "
        "UBND Thành phố chủ trì. Theo báo cáo, đến tháng 10/2025, Hải Phòng đã đưa vào vận hành "
        "40 điểm phục vụ.\nTỷ lệ hồ sơ tiếp nhận trực tuyến đạt 61,2%.",
        "2025-11-06",
        [("online_dossier_rate", "Hải Phòng", "2025-11-05", 61.2)],
        [],
        id="the-city-s-body-unnamed-in-the-lead",
    ),
    pytest.param(
        "Báo cáo kết quả cải cách thủ tục hành chính quý 2 của UBND TP.HCM gửi Văn phòng Chính "
        "phủ cho thấy nhiều kết quả tích cực.\nTỷ lệ hồ sơ trực tuyến đạt 58,4%.",
        "2025-07-08",
        [("online_dossier_rate", "Hồ Chí Minh", "2025-07-08", 58.4)],
        [],
        id="a-city-s-own-report-sent-to-the-government-office",
    ),
    pytest.param(
        "Năm 2024, UBND tỉnh Bình Phước đã rà soát, đơn giản hóa 58 thủ tục hành chính thuộc "
        "thẩm quyền của tỉnh.",
        "2025-01-15",
        [],
        [("procedures_simplified", 58)],
        id="a-province-s-own-simplified-procedures",
    ),
    pytest.param(
        "Theo Ngân hàng Nhà nước, tính đến cuối tháng Tư, tổng số khách hàng đăng ký sử dụng "
        "dịch vụ Mobile Money là hơn 2,1 triệu khách hàng.",
        "2022-06-02",
        [("mobile_money_customers", "national", "2022-04-30", 2_100_000)],
        [],
        id="a-month-named-in-words",
    ),
    pytest.param(
        "Việt Nam xếp thứ 71/193 quốc gia về Chính phủ điện tử (công bố tháng 9/2024).\n\n"
        "Tốc độ tải băng rộng di động đạt 84,5 Mbps; tốc độ tải băng rộng cố định đạt 152,3 Mbps.",
        "2025-01-20",
        [
            ("mobile_broadband_speed", "national", "2025-01-20", 84.5),
            ("fixed_broadband_speed", "national", "2025-01-20", 152.3),
        ],
        [],
        id="a-publication-month-dates-nothing-after-it",
    ),
    pytest.param(
        "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia hoạt động hiệu quả với gần 1,9 triệu giao "
        "dịch hàng ngày. Hệ thống thông tin báo cáo Chính phủ đã kết nối với 75 bộ, ngành, địa "
        "phương.",
        "2024-10-10",
        [("ndxp_transactions_daily_avg", "national", "2024-10-10", 1_900_000)],
        [("ndxp_transactions_cumulative", 1_900_000), ("ndxp_connected_agencies", 75)],
        id="daily-transactions-and-another-system-s-connections",
    ),
    pytest.param(
        "Đến nay, trên địa bàn tỉnh Hà Tĩnh có 1,1 triệu thuê bao điện thoại di động, 210.450 "
        "thuê bao Internet hộ gia đình.",
        "2024-09-05",
        [("fixed_broadband_subscriptions", "Hà Tĩnh", "2024-09-05", 210_450)],
        [],
        id="household-internet-lines-are-fixed-lines",
    ),
    pytest.param(
        "Theo kết quả Chỉ số hài lòng (SIPAS) năm 2024 công bố hôm nay, 7/4, tỉnh Bắc Ninh đạt "
        "85,2%, tăng 1,4% so với năm trước.",
        "2025-04-07",
        [("satisfaction_rate", "Bắc Ninh", "2024-12-31", 85.2)],
        [],
        id="a-day-without-its-year-in-the-label",
    ),
    pytest.param(
        "Đến nay, có 31,4% kết quả giải quyết thủ tục hành chính (TTHC) được cấp bản điện tử có "
        "giá trị pháp lý.",
        "2023-06-15",
        [("e_result_rate", "national", "2023-06-15", 31.4)],
        [],
        id="a-share-of-results-issued-electronically",
    ),
    pytest.param(
        "Cần Thơ giữ tỷ lệ hồ sơ trực tuyến cao\n\nTheo báo cáo của UBND thành phố Cần Thơ gửi "
        "Văn phòng Chính phủ, 9 tháng năm 2025, tỷ lệ hồ sơ trực tuyến trên địa bàn thành phố đạt "
        "74,6%, giảm 3,1 điểm phần trăm so với cùng kỳ do mở rộng địa bàn sau hợp nhất với tỉnh "
        "Hậu Giang.",
        "2025-10-14",
        [("online_dossier_rate", "Cần Thơ", "2025-09-30", 74.6)],
        [],
        id="a-city-s-report-sent-to-the-government-office",
    ),
    pytest.param(
        "Năm 2023, tỷ lệ hồ sơ giải quyết trực tuyến của tỉnh Bình Định đạt 64,1%, cao hơn mức "
        "bình quân chung của cả nước.\n\nTỷ lệ hài lòng của tổ chức, cá nhân đối với việc giải "
        "quyết thủ tục hành chính trong năm đạt 98,7%.",
        "2024-01-20",
        [("satisfaction_rate", "Bình Định", "2023-12-31", 98.7)],
        [],
        id="higher-than-the-country-s-average-is-a-comparison",
    ),
    pytest.param(
        "Tính đến hết ngày 15/9/2024, cả nước đã kích hoạt 57,1 triệu tài khoản định danh điện tử. "
        "Trong tuần, Công an tỉnh Thái Bình kích hoạt thêm 18.300 tài khoản; Công an tỉnh Nam "
        "Định kích hoạt mới 15.200 tài khoản.",
        "2024-09-17",
        [("vneid_activated_accounts", "national", "2024-09-15", 57_100_000)],
        [("vneid_activated_accounts", 18_300), ("vneid_activated_accounts", 15_200)],
        id="accounts-activated-anew-in-a-week-are-no-level",
    ),
    pytest.param(
        "Ngành thuế đã tiếp nhận, xử lý 3,9 tỷ hóa đơn điện tử. Chi cục Thuế Quận 3 (TP Hồ Chí "
        "Minh) cho biết đã xử lý khoảng 61 triệu hóa đơn trong cùng kỳ.",
        "2023-08-10",
        [("e_invoices_total", "national", "2023-08-10", 3_900_000_000)],
        [("e_invoices_total", 61_000_000)],
        id="a-numbered-district-s-office",
    ),
    pytest.param(
        "Trong tuần, NDXP ghi nhận trung bình 2,4 triệu giao dịch mỗi ngày, tương đương khoảng "
        "100.000 giao dịch mỗi giờ.",
        "2024-06-18",
        [],
        [("ndxp_transactions_daily_avg", 100_000)],
        id="an-hour-s-transactions",
    ),
    pytest.param(
        "Hiện nay, tỷ lệ thủ tục hành chính của tỉnh Hòa Bình được cung cấp dưới hình thức dịch "
        "vụ công trực tuyến toàn trình đạt 58,3%.",
        "2024-10-15",
        [("dvctt_full_process_rate", "Hòa Bình", "2024-10-15", 58.3)],
        [],
        id="the-share-of-procedures-of-the-province-offered-full-process",
    ),
    pytest.param(
        "(BNA) - UBND huyện Quỳnh Lưu vừa tổ chức hội nghị tổng kết công tác cải cách hành chính "
        "năm 2023.\nNăm 2023, toàn huyện tiếp nhận hơn 41 nghìn hồ sơ; cấp xã tiếp nhận hơn 25 "
        "nghìn hồ sơ, giải quyết 24.910 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 81,2%.",
        "2024-01-12",
        [],
        [("online_dossier_rate", 81.2)],
        id="a-district-council-opening-the-lead",
    ),
    pytest.param(
        "Quý I/2024, tỉnh Phú Thọ tiếp nhận 98.400 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 64,3%. Trong "
        "đó, tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 99,5%.",
        "2024-04-10",
        [("online_dossier_rate", "Phú Thọ", "2024-03-31", 64.3)],
        [("online_dossier_rate", 99.5)],
        id="online-dossiers-settled-on-time-are-another-measure",
    ),
    pytest.param(
        "Số liệu tổng hợp:\n\nTỷ lệ hồ sơ xử lý trực tuyến (%) | Tháng 4/2024 | Tháng 5/2024 | "
        "Tăng/giảm\nCả nước | 41,2 | 42,5 | +1,3\nBộ, ngành | 58,1 | 59,0 | +0,9\nĐịa phương | "
        "35,7 | 37,2 | +1,5",
        "2024-06-12",
        [
            ("online_dossier_rate", "national", "2024-05-31", 42.5),
            ("online_dossier_rate", "ministries", "2024-04-30", 58.1),
            ("online_dossier_rate", "localities", "2024-05-31", 37.2),
        ],
        [("online_dossier_rate", 1.3)],
        id="a-table-s-corner-names-the-measure-its-rows-the-levels",
    ),
    pytest.param(
        "Kết quả một số địa phương:\n\nĐịa phương | Tỷ lệ hồ sơ trực tuyến 6 tháng/2025 | Tăng "
        "so với cùng kỳ\nHà Nội | 84,1% | +10,2 điểm %\nĐồng Nai | 75,3% | +8,1 điểm %",
        "2025-07-10",
        [
            ("online_dossier_rate", "Hà Nội", "2025-06-30", 84.1),
            ("online_dossier_rate", "Đồng Nai", "2025-06-30", 75.3),
        ],
        [],
        id="a-column-head-with-its-months-after-a-slash",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ xử lý trực tuyến 5 tháng của các bộ, ngành đạt 50,2%, của các địa phương đạt "
        "36,1%.",
        "2023-06-08",
        [
            ("online_dossier_rate", "ministries", "2023-05-31", 50.2),
            ("online_dossier_rate", "localities", "2023-05-31", 36.1),
        ],
        [],
        id="the-months-a-level-reached",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


def test_a_rank_held_over_earlier_editions_goes_to_review():
    """ "Sau hai kỳ đánh giá giữ nguyên thứ hạng 86/193, ở lần đánh giá năm nay …": the rank of the
    two editions before, which the text does not name; not this year's."""
    text = (
        "Sau hai kỳ đánh giá giữ nguyên thứ hạng 86/193, ở lần đánh giá năm nay của Liên Hợp Quốc, "
        "Việt Nam đã tăng 15 bậc về chỉ số Chính phủ điện tử - EGDI."
    )
    side = {"published": date(2024, 9, 20)}
    rows = extract_text(text, "editions.txt", "0" * 64, side).observations
    ranks = rows[(rows["indicator"] == "egdi_rank") & (rows["value"] == 86)]
    assert len(ranks) and (ranks["status"] == "needs_review").all(), rows.to_string()


def test_a_provincial_paper_s_own_province_and_the_country_s_share_beside():
    """On a province's own paper, "tỉnh ta" is that province; the country's share beside its
    count of smartphone lines is no count of the country's."""
    text = (
        "Phát triển hạ tầng số\n\nNhững năm qua, tỉnh ta luôn quan tâm đầu tư hạ tầng viễn "
        "thông.\n\nĐến nay, tổng số thuê bao điện thoại di động sử dụng smartphone là 512.300 "
        "thuê bao trên tổng số 650.000 thuê bao điện thoại, chiếm 78% tỷ lệ dân số, cao hơn mức "
        "trung bình của cả nước là 72,4%."
    )
    side = {"published": date(2023, 11, 20), "url": "https://baobinhthuan.com.vn/ha-tang-so.html"}
    rows = extract_text(text, "paper.txt", "0" * 64, side).observations
    phones = rows[rows["indicator"] == "smartphone_subscriptions"]
    assert set(phones["breakdown"]) == {"Bình Thuận"}, rows.to_string()
    assert list(phones["value"]) == [512_300], rows.to_string()


def test_a_year_not_begun_goes_to_review():
    """ "Năm 2026, kinh tế số sẽ chiếm khoảng 22% GDP" in a 2024 page: a time not yet begun, not
    a level of the page's date."""
    text = "Năm 2026, kinh tế số sẽ chiếm khoảng 22% GDP của Việt Nam."
    rows = extract_text(text, "ahead.txt", "0" * 64, {"published": date(2024, 12, 29)}).observations
    assert (rows["status"] != "accepted").all(), rows.to_string()


def test_a_province_unnamed_after_an_opening_clause_on_its_paper():
    """ "Để đạt kết quả này, tỉnh đã tập trung …" on a province's paper: the province acts, and a
    figure after it naming no other place is its; "83/83 bộ, tỉnh đã ban hành …" is a list of
    bodies, no such subject."""
    text = (
        "Năm 2023, chỉ số hài lòng của người dân tăng. Để đạt kết quả này, tỉnh đã tập trung xây "
        "dựng hạ tầng.\n\nĐến nay, 100% thôn, bản có điện được phủ sóng thông tin di động 4G."
    )
    side = {"published": date(2024, 2, 1), "url": "https://baoyenbai.com.vn/12/3456/bai.aspx"}
    rows = extract_text(text, "paper.txt", "0" * 64, side).observations
    assert set(rows["breakdown"]) == {"Yên Bái"}, rows.to_string()
    national = (
        "Hiện có 83/83 bộ, tỉnh đã ban hành danh mục DVCTT toàn trình; Tỷ lệ DVCTT (trên tổng "
        "TTHC): 81,12%."
    )
    rows = extract_text(national, "report.txt", "0" * 64, {"published": date(2024, 2, 19)})
    rates = rows.observations
    assert list(rates[rates["status"] == "accepted"]["breakdown"]) == ["national"], (
        rates.to_string()
    )


def test_a_national_meeting_with_every_province_s_council_stays_national():
    """ "Bộ … họp trực tuyến với lãnh đạo UBND tỉnh, thành phố": every province's
    council at the country's meeting, no one city's page."""
    text = (
        "Sáng 5/3, Bộ Thông tin và Truyền thông họp trực tuyến với lãnh đạo UBND tỉnh, thành "
        "phố về chuyển đổi số. Tỷ lệ hồ sơ trực tuyến đạt 45,2%."
    )
    rows = extract_text(text, "meeting.txt", "0" * 64, {"published": date(2024, 3, 5)}).observations
    assert list(rows["breakdown"]) == ["national"], rows.to_string()
    assert list(rows["status"]) == ["accepted"], rows.to_string()
