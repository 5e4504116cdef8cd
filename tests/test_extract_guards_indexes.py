"""Constructions met on stop 41's fresh pages (annual indexes told by province, scraped captions),
each written anew for the project (not copied from any page): the highest or lowest place left
unnamed ("(tỉnh có mức độ hài lòng cao nhất khu vực đạt 86,58%)") is nobody's figure to chart; a
sentence opening "Theo đó," or "Bên cạnh đó," goes on in the time of the paragraph before ("Năm
2024, … cả nước là 83,94%." then "Theo đó, … thành phố Hải Phòng đạt 91,10%"); the index named
back ("Ở chỉ số này, …") after a caption whose last line is a photo credit ("Ảnh nguồn: Bộ Nội vụ
|") is the one the caption names, and a caption's credit cell does not swallow the next line; an
administrative-reform index ("Chỉ số CCHC của các địa phương đạt … trên 80%") does not go on with
the satisfaction figures before it; the colon of reported words ("Văn phòng Chính phủ cho biết:")
does not make the figure after it a part of an ordinal before ("phiên họp thứ 10"); the provinces
that issued a fee-waiver policy named back ("… đã ban hành chính sách này") are counted; a
heading that is only a span ("2. Năm 2023") dates "Trong năm, …" under it; a short page's later
items (in its head) are no context for its first ones; "BRDĐ đạt tốc độ tải xuống …" is mobile;
"cấp bộ, cấp tỉnh" far before the number and "các bộ, ngành, địa phương" are everyone, not the
locality block; a run of GRDP shares is the province's in every item, and its rank "thứ 21 trên cả
nước" is no country's share; a lead's "đến hết năm 2022" after a sentence naming aims is no
deadline.

Each case names the accepted rows it must give and the readings it must not give.
"""

from __future__ import annotations

import pytest
from test_extract_guards import test_guard as assert_guard

from etl.normalize import normalize_text

GUARDS = [
    pytest.param(
        "Chỉ số SIPAS năm 2024 của tỉnh Bạc Liêu đạt 82,4%, xếp thứ 40/63 tỉnh, thành. Khoảng "
        "cách giữa tỉnh với đơn vị cao nhất khu vực là 3,9% (tỉnh có mức độ hài lòng cao nhất khu "
        "vực đạt 86,3%).",
        "2025-04-20",
        [("satisfaction_rate", "Bạc Liêu", "2024-12-31", 82.4)],
        [("satisfaction_rate", 86.3)],
        id="the-highest-place-left-unnamed",
    ),
    pytest.param(
        "Năm 2024, mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà "
        "nước trong cả nước là 83,9%.\nTheo đó, mức độ hài lòng của người dân đối với sự phục vụ "
        "của cơ quan hành chính nhà nước tỉnh Nam Định đạt 88,2%.\nBên cạnh đó, mức độ hài lòng "
        "của người dân đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Ninh Bình đạt "
        "87,5%.",
        "2025-04-10",
        [
            ("satisfaction_rate", "national", "2024-12-31", 83.9),
            ("satisfaction_rate", "Nam Định", "2024-12-31", 88.2),
            ("satisfaction_rate", "Ninh Bình", "2024-12-31", 87.5),
        ],
        [],
        id="a-sentence-that-follows-from-the-paragraph-before-goes-on-in-its-year",
    ),
    pytest.param(
        "Bộ Nội vụ vừa công bố các chỉ số cải cách hành chính và sự hài lòng năm 2023.\n"
        "Bảng xếp hạng Chỉ số SIPAS năm 2023 của các tỉnh, thành. Ảnh nguồn: Bộ Nội vụ |\n"
        "Ở chỉ số này, tỉnh Bắc Ninh dẫn đầu với kết quả đạt 89,9%; đứng thứ 2 tỉnh Hưng Yên "
        "đạt 89,1%.\nĐặc biệt, Chỉ số PAR INDEX năm 2023 của các tỉnh có giá trị trung bình đạt "
        "86,1%. Đây là năm thứ 4 liên tiếp có Chỉ số CCHC của các địa phương đạt giá trị trung "
        "bình trên 80%.",
        "2024-05-02",
        [
            ("satisfaction_rate", "Bắc Ninh", "2023-12-31", 89.9),
            ("satisfaction_rate", "Hưng Yên", "2023-12-31", 89.1),
        ],
        [("satisfaction_rate", 80), ("satisfaction_rate", 86.1)],
        id="the-index-named-back-after-a-caption-s-credit-and-another-index-after-it",
    ),
    pytest.param(
        "Tại phiên họp thứ 12 của Tổ công tác, Văn phòng Chính phủ cho biết: đến ngày 20/10/2024 "
        "đã cắt giảm, đơn giản hóa 830/1.084 thủ tục hành chính.",
        "2024-10-25",
        [("procedures_simplified", "national", "2024-10-20", 830)],
        [],
        id="reported-words-after-a-colon-are-no-part-of-an-ordinal",
    ),
    pytest.param(
        "Về chính sách miễn, giảm phí, lệ phí khi thực hiện dịch vụ công trực tuyến, Bộ Tài chính "
        "cho biết: hiện có 63/63 địa phương đã ban hành chính sách này.",
        "2024-06-10",
        [("localities_fee_reduction", "national", "2024-06-10", 63)],
        [],
        id="the-provinces-that-issued-the-policy-named-back",
    ),
    pytest.param(
        "Cổng Dịch vụ công quốc gia qua các năm\n\n2. Năm 2023\n\nTrong năm, Cổng Dịch vụ công "
        "quốc gia tiếp nhận 21 triệu hồ sơ trực tuyến.",
        "2024-02-05",
        [("national_portal_dossiers_new", "national", "2023-12-31", 21_000_000)],
        [("national_portal_dossiers", 21_000_000)],
        id="a-heading-that-is-only-a-span-dates-the-year-under-it",
    ),
    pytest.param(
        "Bản tin chuyển đổi số tháng 4/2025\n\nNhững con số nổi bật (số liệu tính đến hết ngày "
        "30/4/2025):\n• Cổng Dịch vụ công quốc gia: 17,2 triệu tài khoản.\n• NDXP: 110,5 triệu "
        "giao dịch trong tháng 4.\n• Mobile Money: 11,1 triệu khách hàng.",
        "2025-05-06",
        [
            ("national_portal_accounts", "national", "2025-04-30", 17_200_000),
            ("mobile_money_customers", "national", "2025-04-30", 11_100_000),
        ],
        [("mobile_money_customers", 17_200_000)],
        id="a-short-page-s-later-items-are-no-context-for-its-first",
    ),
    pytest.param(
        "Tháng 3/2025, tốc độ truy cập Internet băng rộng cố định của Việt Nam đạt 158,4 Mbps;\n"
        "BRDĐ đạt tốc độ tải xuống 95,7 Mbps, tốc độ tải lên 28,1 Mbps.",
        "2025-04-08",
        [
            ("fixed_broadband_speed", "national", "2025-03-31", 158.4),
            ("mobile_broadband_speed", "national", "2025-03-31", 95.7),
        ],
        [("fixed_broadband_speed", 95.7), ("mobile_broadband_speed", 28.1)],
        id="the-network-s-abbreviation-before-its-speed",
    ),
    pytest.param(
        "Tỷ lệ hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh kết nối đầy đủ với "
        "Hệ thống thông tin theo dõi, giám sát, đánh giá (EMC) đạt 84,6%. Đến nay, tỷ lệ hệ thống "
        "thông tin đã được phê duyệt hồ sơ đề xuất cấp độ của các bộ, ngành, địa phương đạt 76,4%.",
        "2024-04-16",
        [
            ("emc_connection_rate", "national", "2024-04-16", 84.6),
            ("info_systems_level_approved_rate", "national", "2024-04-16", 76.4),
        ],
        [],
        id="both-levels-together-far-before-the-number-are-everyone",
    ),
    pytest.param(
        "Kinh tế số tỉnh Lâm Đồng tăng trưởng ổn định\n\nĐáng chú ý, tỷ trọng giá trị tăng thêm của "
        "kinh tế số trong GRDP các năm từ 2021 đến 2023 lần lượt là 6,64%, 7,44% và 7,81%. Năm 2024 "
        "với tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP đạt 8,01% đã giúp Lâm Đồng xếp "
        "vị trí thứ 21 trên cả nước.",
        "2025-03-20",
        [
            ("digital_economy_gdp_share", "Lâm Đồng", "2021-12-31", 6.64),
            ("digital_economy_gdp_share", "Lâm Đồng", "2022-12-31", 7.44),
            ("digital_economy_gdp_share", "Lâm Đồng", "2023-12-31", 7.81),
            ("digital_economy_gdp_share", "Lâm Đồng", "2024-12-31", 8.01),
        ],
        [("digital_economy_gdp_share", 21)],
        id="a-province-s-grdp-shares-in-a-run-and-its-rank-in-the-country",
    ),
    pytest.param(
        "Triển khai Chương trình Chuyển đổi số quốc gia giai đoạn 2021-2025, định hướng đến năm "
        "2030, tỉnh Gia Lai đã ban hành các văn bản nhằm cụ thể hóa các nhiệm vụ và mục tiêu. Kết "
        "quả đạt được đến hết năm 2022 của các mục tiêu đã đặt ra như sau:\nPhát triển hạ tầng số: "
        "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt 50%.",
        "2023-02-15",
        [("ftth_household_rate", "Gia Lai", "2022-12-31", 50)],
        [],
        id="a-lead-s-time-after-a-sentence-naming-aims",
    ),
    # the rank in a table's row and in a label with "là", out of the UN's 193
    pytest.param(
        "| Chỉ tiêu | Năm 2020 | Năm 2022 |\n|---|---|---|\n"
        "| Xếp hạng EGDI của Liên Hợp Quốc | 86/193 | 86/193 |\n\n"
        "Xếp hạng Chính phủ điện tử của Việt Nam năm 2024 là 71/193.",
        "2025-01-20",
        [
            ("egdi_rank", "national", "2020-12-31", 86),
            ("egdi_rank", "national", "2022-12-31", 86),
            ("egdi_rank", "national", "2024-12-31", 71),
        ],
        [],
        id="a-rank-of-193-in-a-row-and-a-label",
    ),
]


@pytest.mark.parametrize("text, published, wanted, unwanted", GUARDS)
def test_guard(text, published, wanted, unwanted):
    assert_guard(text, published, wanted, unwanted)


def test_a_capital_with_a_horn_opens_a_line_of_its_own():
    """ "Ở", "Ứng", "Ổn" are capitals: a line they open after an open one is not its continuation
    (a range "À-Ỹ" held them among the small letters)."""
    nt = normalize_text("Bảng xếp hạng các tỉnh, thành |\nỞ chỉ số này, tỉnh Bắc Ninh dẫn đầu.\n")
    assert len(nt.paragraphs) == 2
