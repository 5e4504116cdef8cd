"""Whose page a document is: a province's own paper or portal, or the country's (etl.subject)."""

from etl.subject import find_subject, sentence_province, site_province

PHU_THO_LEAD = (
    "Kinh tế số tạo động lực cho tăng trưởng\n\nTại tỉnh Phú Thọ, kinh tế số đã mở ra cơ hội "
    "nâng cao năng lực cạnh tranh."
)
BRIDGE_POINT_LEAD = (
    "Sáng nay 18/12, Thủ tướng Chính phủ tham dự hội nghị tổng kết công tác năm 2022 của Bộ "
    "Thông tin - Truyền thông. Tại điểm cầu Quảng Nam có Phó Chủ tịch UBND tỉnh tham dự."
)


def test_a_site_names_its_province():
    assert site_province("https://baophutho.vn/kinh-te-so-239847.htm") == "Phú Thọ"
    assert site_province("https://huunghi.haugiang.gov.vn/x") == "Hậu Giang"
    assert site_province("https://vnexpress.net/x") is None


def test_a_provincial_paper_speaking_of_its_province_is_the_province_s_page():
    assert find_subject(PHU_THO_LEAD, "https://baophutho.vn/x")[0] == "province"
    assert find_subject(PHU_THO_LEAD, "https://vnexpress.net/x")[0] == "national"


def test_a_national_meeting_seen_from_a_bridge_point_stays_national():
    assert find_subject(BRIDGE_POINT_LEAD, "https://baoquangnam.vn/x")[0] == "national"


def test_a_sentence_opening_on_a_province_carries_it():
    assert sentence_province("Theo thống kê, TP.Đà Nẵng có 97% thủ tục hành chính …") == "Đà Nẵng"
    # compared with the country is still the province's sentence; naming two is nobody's
    assert sentence_province("Đà Nẵng đạt 97% (gấp 2 so với trung bình toàn quốc).") == "Đà Nẵng"
    assert sentence_province("Đà Nẵng đạt 97%, Huế đạt 90%.") is None
    assert sentence_province("Cả nước đạt 45%.") is None
