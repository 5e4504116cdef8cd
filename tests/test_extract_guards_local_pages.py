"""Pages from below the province and undated pages, each written anew for the project (not
copied from any page): a district's or commune's portal (its masthead names it) keeps its own
figures out of the country's, while the province it names beside them keeps its figure; a former
province named in an earlier clause's brackets is not a later clause's subject; the days of other
articles listed under 'Bài viết khác' date no figure of an undated page; a review titled with a
bare year ('Điểm nhấn công nghệ Việt Nam 2024') dates its 'tháng 12' in that year; a province's
own portal whose lead names no place but says 'UBND tỉnh' gives the site's province; the national
portal's figures on a province's page are the country's; a merged province's former parts in
brackets make no list of places, and a figure of one former part ('Riêng khu vực Hà Giang cũ, …')
is no province's; the bản a programme is 'to cover' are none still without; a city leading its
province ('dẫn đầu toàn tỉnh'), 'Chỉ tiêu năm 2025:', Huế among a province's districts before 2025
are no province's values, and a province heading its group ('dẫn đầu khối địa phương (85,1%)') is.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.extract import extract_text

GUARDS = [
    pytest.param(
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THẾ - TỈNH BẮC GIANG\nTrang chủ » Tin tức\n\n"
        "Yên Thế: Năm 2023 tỷ lệ hồ sơ trực tuyến đạt 70,2%\n\n"
        "Năm 2023, Bộ phận Một cửa huyện đã tiếp nhận 40.100 hồ sơ, trong đó 28.150 hồ sơ trực "
        "tuyến, đạt tỷ lệ 70,2%, cao hơn bình quân chung của tỉnh Bắc Giang (65,9%).\n\n"
        "Toàn huyện hiện có 150 trạm BTS; tỷ lệ hộ gia đình có Internet cáp quang đạt 77%.\n",
        "2024-01-12",
        [("online_dossier_rate", "Bắc Giang", "2023-12-31", 65.9)],
        [("online_dossier_rate", 70.2), ("ftth_household_rate", 77.0)],
        id="a-district-portal-keeps-its-figures-and-gives-the-provinces",
    ),
    pytest.param(
        "TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG KHƯƠNG - TỈNH LÀO CAI\n\n"
        "Xã Mường Khương: Bộ phận một cửa vận hành hiệu quả\n\n"
        "Sau 3 tháng vận hành chính quyền địa phương hai cấp, Trung tâm phục vụ hành chính công "
        "xã đã tiếp nhận 980 hồ sơ; tỷ lệ hồ sơ trực tuyến của xã đạt 91%.\n",
        "2025-10-10",
        [],
        [("online_dossier_rate", 91.0)],
        id="a-commune-portal-keeps-its-figures",
    ),
    pytest.param(
        "BÁO TUYÊN QUANG ĐIỆN TỬ\n\nTuyên Quang quyết tâm xóa thôn lõm sóng\n\n"
        "Theo Sở Khoa học và Công nghệ, tính đến ngày 31/7/2025, toàn tỉnh còn 180 thôn chưa có "
        "sóng điện thoại di động (trong đó 120 thôn thuộc địa bàn tỉnh Hà Giang trước đây); tỷ lệ "
        "thôn, tổ dân phố có sóng di động băng rộng đạt 91,2%.\n",
        "2025-08-18",
        [("villages_with_mobile_coverage_rate", "Tuyên Quang", "2025-07-31", 91.2)],
        [],
        id="a-former-province-in-an-earlier-clauses-brackets",
    ),
    pytest.param(
        "Tổng quan chuyển đổi số tỉnh Ninh Thuận\n\nViệc phủ sóng vùng sâu được chú trọng: "
        "tính đến ngày 30/6/2024, 100% thôn, khu phố trên địa bàn tỉnh đã có sóng di động, kể cả "
        "các thôn vùng đồng bào.\n",
        "2024-07-15",
        [("villages_with_mobile_coverage_rate", "Ninh Thuận", "2024-06-30", 100.0)],
        [],
        id="villages-and-quarters-with-signal",
    ),
    # the national portal's own figures on a province's page are the country's
    pytest.param(
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC\n\nCả nước: Tỷ lệ hồ sơ trực tuyến quý I/2024\n\n"
        "Tính đến ngày 31/3/2024, Cổng Dịch vụ công quốc gia có 11,9 triệu tài khoản đăng ký. "
        "Trong quý I, Cổng ghi nhận 3,3 triệu giao dịch thanh toán trực tuyến.\n\nTại Bình "
        "Phước, quý I/2024 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 52,7%.\n",
        "2024-04-12",
        [
            ("national_portal_accounts", "national", "2024-03-31", 11900000),
            ("online_payments_count_new", "national", "2024-03-31", 3300000),
            ("online_dossier_rate", "Bình Phước", "2024-03-31", 52.7),
        ],
        [],
        id="the-national-portals-figures-on-a-provinces-page",
    ),
    # a merged province's former parts in brackets make no list of places
    pytest.param(
        "Cần Thơ đẩy mạnh khai thác dữ liệu dân cư\n\nTheo báo cáo của Công an thành phố, tính "
        "đến ngày 31/10/2025, thành phố Cần Thơ (gồm địa bàn thành phố Cần Thơ, tỉnh Sóc Trăng và "
        "tỉnh Hậu Giang trước đây) đã cấp 3.126.500 thẻ căn cước gắn chip.\n",
        "2025-11-07",
        [("chip_id_cards_issued", "Cần Thơ", "2025-10-31", 3126500)],
        [],
        id="a-merged-provinces-former-parts-in-brackets",
    ),
    # "để phủ sóng cho 45 bản": the bản a programme is to cover, not those still without
    pytest.param(
        "Sơn La: hạ tầng số\n\nTheo Sở, toàn tỉnh còn 87 bản lõm sóng. Năm 2024, Sơn La được hỗ "
        "trợ qua Chương trình viễn thông công ích để phủ sóng cho 45 bản.\n",
        "2024-07-25",
        [],
        [("villages_without_mobile_coverage", 45)],
        id="villages-a-programme-is-to-cover",
    ),
    # "Riêng khu vực Hà Giang cũ, …": a merged province's former part, no province of its own
    pytest.param(
        "Trong quý III/2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Tuyên Quang đạt 62,4%. "
        "Riêng khu vực Hà Giang cũ, tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 51,3%. Các xã, "
        "phường thuộc tỉnh Bình Định cũ đạt 71% hồ sơ trực tuyến.\n",
        "2025-10-14",
        [("online_dossier_full_process_rate", "Tuyên Quang", "2025-09-30", 62.4)],
        [("online_dossier_full_process_rate", 51.3), ("online_dossier_rate", 71)],
        id="a-merged-province-s-former-part",
    ),
    # (stop 46) a city leading its province, a province heading its group, a plan labelled
    # with its year, and Huế in a list of a province's districts before 2025
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Ninh đạt 85%. Thành phố Hạ Long dẫn đầu toàn tỉnh "
        "với 93,4% hồ sơ nộp trực tuyến. Chỉ tiêu năm 2025: 95% hồ sơ xử lý trực tuyến.",
        "2024-10-15",
        [("online_dossier_rate", "Quảng Ninh", "2024-10-15", 85)],
        [("online_dossier_rate", 93.4), ("online_dossier_rate", 95)],
        id="a-city-leading-its-province-and-a-plan-labelled-with-its-year",
    ),
    pytest.param(
        "Về tỷ lệ hồ sơ trực tuyến, Đồng Tháp dẫn đầu khối địa phương (85,1%), Lai Châu thấp nhất "
        "(9,6%).",
        "2024-06-30",
        [
            ("online_dossier_rate", "Đồng Tháp", "2024-06-30", 85.1),
            ("online_dossier_rate", "Lai Châu", "2024-06-30", 9.6),
        ],
        [],
        id="a-province-heading-its-group",
    ),
    pytest.param(
        "Tỷ lệ hồ sơ trực tuyến của tỉnh Thừa Thiên Huế đạt 70%. Một số địa phương có tỷ lệ hồ sơ "
        "trực tuyến cao như thị xã Hương Thủy (85,2%), huyện Phú Vang (81%), thành phố Huế "
        "(79,6%).",
        "2023-07-12",
        [("online_dossier_rate", "Thừa Thiên Huế", "2023-07-12", 70)],
        [("online_dossier_rate", 79.6), ("online_dossier_rate", 85.2)],
        id="hue-among-a-province-s-districts-before-2025",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


def accepted_ends(text: str) -> set[tuple[str, str]]:
    """(indicator, period end) of the accepted rows of an undated text."""
    rows = extract_text(text, "undated.txt", "0" * 64, None).observations
    rows = rows[rows["status"] == "accepted"]
    return {(r.indicator, str(r.period_end)[:10]) for r in rows.itertuples()}


def test_other_articles_days_date_no_figure():
    """An undated page's figure is not dated by the related articles listed under it."""
    text = (
        "Tổng quan chuyển đổi số tỉnh Ninh Thuận\n\nVề dịch vụ công, năm 2023 tỷ lệ hồ sơ xử lý "
        "trực tuyến của tỉnh đạt 49,2%. Về hạ tầng, tỷ lệ hộ gia đình có kết nối Internet cáp "
        "quang đạt 71%.\n\nBài viết khác\n- Ninh Thuận tổ chức Ngày Chuyển đổi số (10/10/2024)\n"
        "- Khai trương nền tảng du lịch thông minh (02/09/2024)\n"
    )
    ends = accepted_ends(text)
    assert ("online_dossier_rate", "2023-12-31") in ends, ends
    assert not any(end.startswith("2024") for _, end in ends), ends


def test_a_review_titled_with_a_bare_year():
    """'tháng 12' in a review titled '… 2024' is December 2024, not of a year it compares with."""
    text = (
        "Điểm nhấn công nghệ Việt Nam 2024\n\n2024 chứng kiến nhiều biến chuyển tích cực trong "
        "lĩnh vực công nghệ. So với lần công bố trước vào năm 2022, Việt Nam tăng 15 bậc.\n\n"
        "Theo báo cáo tháng 12 của Bộ Thông tin và Truyền thông, tỷ lệ hồ sơ được xử lý trực "
        "tuyến trên cả nước đạt 45%.\n"
    )
    ends = accepted_ends(text)
    assert ("online_dossier_rate", "2024-12-31") in ends, ends


def test_a_provinces_own_portal_speaking_of_the_province_unnamed():
    """A page on a province's portal whose lead says only "UBND tỉnh" gives the province."""
    text = (
        "Kết quả cải cách hành chính 9 tháng đầu năm 2024 của Văn phòng UBND tỉnh\n\n"
        "Trong 9 tháng đầu năm 2024, công tác cải cách thủ tục hành chính tiếp tục được UBND "
        "tỉnh quan tâm, chỉ đạo kịp thời. Tỷ lệ nộp hồ sơ trực tuyến đạt 71,62%.\n"
    )
    side = {
        "published": date(2024, 9, 17),
        "url": "https://vpubnd.quangngai.gov.vn/web/van-phong-ubnd/xem-chi-tiet/ket-qua",
    }
    rows = extract_text(text, "portal.txt", "0" * 64, side).observations
    rows = rows[rows["status"] == "accepted"]
    got = {(r.indicator, r.breakdown, float(r.value)) for r in rows.itertuples()}
    assert ("online_dossier_rate", "Quảng Ngãi", 71.62) in got, got
