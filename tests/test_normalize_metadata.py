"""Normalisation, periods, document metadata and duplicate recognition on the bundled reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from etl.dedupe import find_duplicates
from etl.extract import extract_file
from etl.metadata import detect_published_date
from etl.normalize import normalize_text
from etl.periods import find_periods
from etl.sentences import split_sentences

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"


@pytest.fixture(scope="module")
def docs():
    """Extraction of every bundled report, by seed number."""
    return {p.name[:3]: extract_file(p) for p in sorted(REPORTS.glob("*"))}


def test_hard_wrapped_lines_are_joined():
    nt = normalize_text("Trên 80% hộ gia đình sử\ndụng cáp quang Internet băng\nrộng.\n2. Mục mới")
    assert "Trên 80% hộ gia đình sử dụng cáp quang Internet băng rộng." in nt.text
    assert "\n\n2. Mục mới" in nt.text


def test_a_short_headline_is_not_joined_to_the_lead_after_it():
    """A page's headline has no full stop; the lead's first sentence must not start with it."""
    nt = normalize_text(
        "Bắc Giang: Hồ sơ trực tuyến toàn trình đạt hơn 73%\n"
        "BGĐT - Trong 6 tháng đầu năm 2024, các cơ quan hành chính của tỉnh đã tiếp nhận và "
        "giải quyết hồ sơ đối với 1.912 thủ tục hành chính trên địa bàn.\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 73,6%, đứng thứ 2 toàn quốc, tăng mạnh.\n"
    )
    assert "hơn 73%\n\nBGĐT" in nt.text


@pytest.mark.parametrize(
    "raw, body",
    [
        (
            "Chưa kịp thời[1]. Tỷ lệ hồ sơ chưa cao[2].\n[1]\nNhư: văn bản.\n[2]\nBộ, ngành đạt 50,1%.",
            "Bộ, ngành đạt 50,1%.",
        ),
        (
            "Tỷ lệ hồ sơ chưa cao2.\n\n1 Như: văn bản.\n2 Bộ, ngành đạt 50,1%.",
            "Bộ, ngành đạt 50,1%.",
        ),
        ("Tốc độ (Mbps) ¹\tgiá trị\n\n¹ Nguồn số liệu: speedtest", "Nguồn số liệu: speedtest"),
        # a page's notes under their rule, numbered on from the pages before ("4", not "1")
        (
            "Số dịch vụ có phát sinh hồ sơ còn thấp4, chưa thực chất.\n1. Các bộ bảo đảm 100% dịch vụ "
            "có hồ sơ.\n_____________________\n4 Tính đến ngày 15/12/2024, tỷ lệ của các bộ là 47,3%.",
            "Tính đến ngày 15/12/2024, tỷ lệ của các bộ là 47,3%.",
        ),
    ],
)
def test_footnote_markers_removed_and_bodies_linked(raw, body):
    nt = normalize_text(raw)
    numbers = sorted(nt.footnotes)
    note = nt.footnotes[numbers[-1]]
    assert nt.text[note.body_start : note.body_end] == body
    main_text = nt.text.split("\n\n")[0]
    assert "[2]" not in main_text and "cao2" not in main_text and "¹" not in main_text


def test_nfd_text_is_composed():
    import unicodedata

    nt = normalize_text(unicodedata.normalize("NFD", "Tỷ lệ dịch vụ công"))
    assert nt.text == "Tỷ lệ dịch vụ công"


@pytest.mark.parametrize(
    "text, kind, start, end",
    [
        ("Trong tháng 02/2024 có", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("từ 23/01/2024 đến 19/02/2024 có", "month", date(2024, 1, 23), date(2024, 2, 19)),
        ("Quý I năm 2024", "quarter", date(2024, 1, 1), date(2024, 3, 31)),
        ("6 tháng đầu năm 2024", "half", date(2024, 1, 1), date(2024, 6, 30)),
        ("năm 2023", "year", date(2023, 1, 1), date(2023, 12, 31)),
        ("tháng 12.2022", "month", date(2022, 12, 1), date(2022, 12, 31)),
        ("tính đến ngày 15/02/2024", "as_of", date(2024, 2, 15), date(2024, 2, 15)),
        ("ngày 24 tháng 4 năm 2024", "date", date(2024, 4, 24), date(2024, 4, 24)),
        ("đến nay", "as_of", date(2024, 2, 19), date(2024, 2, 19)),
        ("từ đầu năm đến nay", "ytd", date(2024, 1, 1), date(2024, 2, 19)),
        # the genre's words for a half, this year's month and the year just ended
        ("Trong nửa đầu năm 2023, có", "half", date(2023, 1, 1), date(2023, 6, 30)),
        ("Nửa cuối năm 2023 có", "half", date(2023, 7, 1), date(2023, 12, 31)),
        ("Trong tháng 1 năm nay có", "month", date(2024, 1, 1), date(2024, 1, 31)),
        ("Tính đến tháng 1 năm nay, có", "as_of", date(2024, 1, 31), date(2024, 1, 31)),
        ("Năm qua, tỷ lệ", "year", date(2023, 1, 1), date(2023, 12, 31)),
        ("Trong năm vừa qua, tỷ lệ", "year", date(2023, 1, 1), date(2023, 12, 31)),
    ],
)
def test_periods(text, kind, start, end):
    periods = find_periods(text, 2024, date(2024, 2, 19))
    assert (periods[-1].kind, periods[-1].start, periods[-1].end) == (kind, start, end)


def test_years_gone_by_are_no_last_year():
    assert find_periods("Trong những năm qua, tỷ lệ", 2024, date(2024, 2, 19)) == []
    assert find_periods("Trong 5 năm qua, tỷ lệ", 2024, date(2024, 2, 19)) == []
    # mid-year, "năm qua" may be the twelve months just gone: no period is read
    assert find_periods("Năm qua, tỷ lệ", 2024, date(2024, 8, 19)) == []


def test_comparison_period_is_marked():
    (p,) = find_periods("giảm 48,9% so với cùng kỳ tháng 02/2023", 2024, date(2024, 2, 19))
    assert p.comparison and p.start == date(2023, 2, 1)


def test_document_metadata(docs):
    assert docs["000"].document["number"] == "203/TB-VPCP"
    assert docs["000"].document["published_date"] == date(2024, 5, 6)
    assert docs["000"].document["kind"] == "committee_notice"
    assert docs["001"].document["kind"] == "news_article"
    # The crawl date (01/11/2024) shown above the article is not its publication date.
    assert docs["001"].document["published_date"] == date(2024, 7, 10)
    assert docs["004"].document["kind"] == "monthly_report"
    assert docs["004"].document["issuer"] == "Bộ Thông tin và Truyền thông"
    assert docs["004"].document["cutoff_date"] == date(2024, 2, 19)
    assert docs["003"].document["cutoff_date"] == date(2024, 7, 19)


def test_a_site_clock_in_the_masthead_is_no_publication_date():
    # The site shows the day the page was saved above its contact lines; the article's own
    # date is not on the page, so none is read from it.
    raw = (
        "Thứ hai 23/02/2026 04:07\nHotline: 024.355.63.010\nEmail: toasoan@example.vn\n"
        "Kinh tế số\n\nTháng 10 vừa qua, tốc độ tải xuống đạt 71,23 Mbps."
    )
    assert detect_published_date(raw, "news_article") == (None, True)
    dated = raw.replace("Kinh tế số\n", "Kinh tế số\n09:15, 05/11/2024\n")
    assert detect_published_date(dated, "news_article") == (date(2024, 11, 5), False)


def test_000_and_002_are_one_document(docs):
    documents = [d.document for d in docs.values()]
    mapping = find_duplicates(documents, [d.text for d in docs.values()])
    assert mapping == {docs["002"].document["sha256"]: docs["000"].document["sha256"]}


@pytest.mark.parametrize(
    "text, pieces",
    [
        ("Năm 2023, kinh tế số của TP. Đà Nẵng đóng góp 17% GRDP. Tốc độ tăng 12%.", 2),
        ("Riêng Tp. Hạ Long, tỷ lệ hồ sơ trực tuyến đạt 97,2%. Hết.", 2),
        ("Hội thảo diễn ra ở (TP. Hồ Chí Minh) hôm qua. Tỷ lệ đạt 5%.", 2),
        # the city named as a noun ends its sentence ("… toàn nền kinh tế TP. Đặc biệt, …")
        ("Mức tăng GRDP toàn nền kinh tế TP. Đặc biệt, tỷ trọng chiếm 19,76% GRDP TP. Hết.", 3),
    ],
)
def test_a_city_abbreviation_before_a_name_does_not_end_a_sentence(text, pieces):
    assert len(split_sentences(text, 0, len(text))) == pieces


@pytest.mark.parametrize(
    "text, pieces",
    [
        # a scraped page's paragraphs glued without their space
        ("Tốc độ di động đạt 54,17 Mbps.Mạng cố định đạt 90,1 Mbps.", 2),
        ("… như Thái Lan (238,41 Mbps).Trước đó, báo cáo tháng 1.2025 cho thấy …", 2),
        ("Tỷ lệ đạt 50%.Trong đó, Hà Nội đạt 40%.", 2),
        # not the city's abbreviation, a site's address, a decimal or a date
        ("Tại Tp.Hồ Chí Minh tỷ lệ đạt 50%. Hết.", 2),
        ("Theo chinhphu.vn, tỷ lệ đạt 5,5% vào tháng 1.2025.", 1),
    ],
)
def test_a_stop_glued_to_the_next_sentence_ends_its_sentence(text, pieces):
    assert len(split_sentences(text, 0, len(text))) == pieces


def test_a_pdfs_broken_word_and_running_header_are_taken_out():
    """'trực tuy-' over 'ến …' is one word; 'Số: 2250/BC-BTTTT   Trang 5/16' between a sentence's
    lines is the page's furniture, not text."""
    nt = normalize_text(
        "1. Tỷ lệ hồ sơ được xử lý trực tuy-\nến trên địa bàn tỉnh đạt 88,9%; khối địa\n"
        "Số: 2250/BC-BTTTT                                   Trang 5/16\n"
        "phương đạt 93,8%.\n"
    )
    assert "trực tuyến trên địa bàn" in nt.text
    assert "khối địa phương đạt 93,8%" in nt.text
