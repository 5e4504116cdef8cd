"""Whose page a document is: a province's own paper or portal, or the country's (etl.subject)."""

import json

from etl.extract import extract_file
from etl.page_source import site_province
from etl.sentence_subject import local_province, sentence_province
from etl.subject import find_subject

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


def test_a_sentence_opening_on_the_unnamed_province_carries_the_page_s_province():
    assert (
        local_province("Trên địa bàn tỉnh hiện có 2.833 trạm phát sóng.", "Hà Giang") == "Hà Giang"
    )
    assert local_province("Toàn tỉnh có 98% thôn có sóng, cao hơn cả nước.", "Hà Giang") is None
    assert local_province("Trên địa bàn tỉnh hiện có 2.833 trạm.", None) is None
    assert local_province("Tỷ lệ thôn được phủ sóng di động đạt 98,16%.", "Hà Giang") is None


def test_a_paragraph_goes_on_with_the_province_its_first_sentence_spoke_of(tmp_path):
    # a provincial paper's article whose lead names no province: the page's province (from its
    # site) is the subject of "Trên địa bàn tỉnh …" and of the sentence after it
    report = tmp_path / "vung-lom.txt"
    report.write_text(
        "Quyết tâm xóa vùng lõm sóng di động\n\nHạ tầng số là điều kiện cơ bản của chuyển đổi "
        "số.\n\nTrên địa bàn tỉnh hiện có 1.086 trạm 4G. Riêng 6 tháng đầu năm 2023, các doanh "
        "nghiệp mở rộng phủ sóng thêm 17 thôn. Tỷ lệ thôn được phủ sóng di động đạt 98,16%.\n",
        encoding="utf-8",
    )
    sidecar = {"published": "2023-07-24", "url": "https://baohagiang.vn/x/202307/vung-lom.html"}
    report.with_name("vung-lom.txt.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    rows = extract_file(report).observations
    rate = rows[rows["indicator"] == "villages_with_mobile_coverage_rate"]
    assert rate["breakdown"].tolist() == ["Hà Giang"]
