"""One ministry's or agency's own figures: an indicator a single body also has of its own (its
online services, its dossiers, its portal's payments, its NDXP transactions) is that body's, not
the country's, when the body is the sentence's subject, its scene, or the owner its words name,
or when the page is about its own work (subject.find_subject's "agency"). Counts the country
has only through such a body (chip ID cards, VNeID, e-invoices) are not among those indicators
(catalog `agencies_have`)."""

from __future__ import annotations

import re

from etl.gates import search
from etl.provinces import province_name_pattern
from etl.whose_words import LEVEL_WORD, NATIONAL_SUBJECT, ONE_AGENCY
from metrics.catalog import list_flagged

# A sector with services of its own, named "ngành …" ("ngành Thuế", "toàn ngành Hải quan")
SECTOR = r"(?:Thuế|Hải\s+quan|Kho\s+bạc|Công\s+an|Ngân\s+hàng|Tư\s+pháp|Tài\s+chính|Bảo\s+hiểm\s+xã\s+hội)"
# A body with services of its own (not the bodies that report the country's figures: the
# Government Office, the ministry of digital affairs and its departments, the Home Affairs ministry
# with its satisfaction index, the Government Office's procedures control, the statistics office)
# (a name in words of either case, up to its verb: "Bộ Tư pháp đã", "Cục Hải quan cũng đã")
AGENCY = (
    r"(?:Bộ\s+(?!TT|Thông\s+tin|KH|Khoa\s+học|Nội\s+vụ|ngành)[A-ZĐ]\w*(?:\s+[^\W\d]+){0,5}?"
    r"|(?:Tổng\s+cục|Cục)\s+(?!Viễn|An\s+toàn|Chuyển\s+đổi|Thống\s+kê|Tin\s+học|Bưu\s+điện|Kiểm\s+soát)"
    r"[A-ZĐ]\w*(?:\s+[^\W\d]+){0,5}?(?:\s*\([^()]{1,12}\))?"
    r"|Ngân\s+hàng\s+Nhà\s+nước(?:\s+Việt\s+Nam)?(?:\s*\(NHNN\))?|NHNN|Kho\s+bạc(?:\s+Nhà\s+nước)?"
    r"|(?:(?:[Tt]oàn\s+)?[Nn]gành\s+)?(?:Bảo\s+hiểm\s+xã\s+hội|BHXH)(?:\s*\(BHXH\))?(?:\s+Việt\s+Nam)?"
    rf"|(?:[Tt]oàn\s+)?[Nn]gành\s+{SECTOR}"
    r"|Công\s+an\s+(?:tỉnh|thành\s+phố|TP)\b(?:\s+[A-ZĐ]\w*){0,3}|Toàn\s+ngành"
    # ("Theo báo cáo, Bộ hiện cung cấp 138 dịch vụ …": the ministry the page is about)
    r"|Bộ(?=\s+(?:hiện|đã|đang|cũng|cung\s+cấp|tiếp\s+nhận|có|đạt)\b)"
    r"|Cổng\s+(?:[Dd]ịch\s+vụ\s+công|DVC)\s+(?:của\s+)?(?:Bộ|Tổng\s+cục|ngành)\s+\w+(?:\s+\w+){0,3}?"
    # (…or its own system: "hệ thống một cửa điện tử của Bộ Tài nguyên và Môi trường tiếp nhận …")
    r"|[Hh]ệ\s+thống\s[^,;.\d]{0,40}?\bcủa\s+(?:Bộ|Tổng\s+cục|Cục)\s+[A-ZĐ]\w*(?:\s+[^\W\d]+){0,5}?"
    # a state corporation: "các tổng công ty điện lực thuộc EVN"
    # (not a province's one-stop centre, whose dossiers the press gives as the province's)
    r"|EVN|Tập\s+đoàn\s+Điện\s+lực(?:\s+Việt\s+Nam)?|VNPost|Tổng\s+công\s+ty\s+[A-ZĐ]\w*(?:\s+[^\W\d]+){0,3}?)"
)
# The body as the sentence's subject, after up to two opening phrases ("Năm 2024, …", "Về cải
# cách hành chính, …") or a time with no comma ("Hiện Bộ cung cấp …", "năm 2023 Tổng cục …")
AGENCY_SUBJECT = re.compile(
    r"\W*(?:[A-ZĐ]{2,}\s*[-–]\s*)?(?:[^,;:.]{0,70},\s*){0,2}(?:Riêng\s+)?"
    r"(?:(?:Hiện(?:\s+nay|\s+tại)?|Đến\s+nay|(?:[Tt]rong\s+)?[Nn]ăm\s+20\d\d)\s+)?"
    rf"(?P<name>{AGENCY})(?=\s)"
)
# Words after the name that make it no subject: "Bộ Công an và các bộ, ngành …", "… của …"
NOT_ITS_VERB = re.compile(r"\s+(?:và|của|thuộc|về|tại|với|cùng|hoặc|cho|trên|trưởng)\b")
# The body as the sentence's scene ("Tại Bộ Thông tin và Truyền thông, 100% thủ tục …", "Riêng
# Ngân hàng Nhà nước, …"), every ministry's own figures in it
AGENCY_SCENE = re.compile(
    rf"\W*(?:Tại|Ở|Riêng|Đối\s+với)\s+(?:{AGENCY}|Bộ\s+[A-ZĐ][^,;.]{{0,40}}?)\s*,"
)
# The body the figure's own words name: "tỷ lệ hồ sơ … của Công an tỉnh Nghệ An đạt", "tỷ lệ hồ sơ
# … tại Bộ Công Thương đạt", "tại các đơn vị thuộc Bộ"
# (not a source: "Theo số liệu của Bộ, …", "báo cáo … của Bộ Thông tin và Truyền thông")
BODY_BEFORE = re.compile(
    r"(?<!số\sliệu\s)(?<!báo\scáo\s)(?<!thống\skê\s)(?<!kết\squả\s)"
    rf"\b(?:của|thuộc|tại)\s+(?:{AGENCY}|Bộ\b(?!\s*,?\s*ngành|\s+[A-ZĐ])"
    # (the sector the page is about: "hệ thống của Ngành đã thực hiện …", "… của ngành đã …")
    r"|[Nn]gành\b(?!\s*,|\s+(?:TT|[Tt]hông\s+tin|KH|[Kk]hoa\s+học|viễn\s+thông|[Cc]ông\s+nghệ)))"
)
# a source the clause opens on ("Theo báo cáo … của Bộ …, …"), whose body owns no figure
SOURCE_LEAD = re.compile(r"\b[Tt]heo\s[^,;]{0,100},")
# (…or leading the others: "Dẫn đầu các bộ là Bộ Công an với tỷ lệ … đạt 96,2%")
LEADS_OTHERS = re.compile(
    rf"\b(?:[Dd]ẫn\s+đầu|[Đđ]ứng\s+đầu|[Cc]ao\s+nhất)\b[^;.\d]{{0,40}}?\blà\s+(?:{AGENCY})\s+với\b"
    r"[^;.\d]{0,60}$"
)
BODY_AFTER = re.compile(rf"[^;,.\d]{{0,60}}?\bcủa\s+(?:{AGENCY})\b")


def agency_measures() -> frozenset[str]:
    """Indicators one ministry or agency also has of its own (catalog `agencies_have`)."""
    return list_flagged("agencies_have")


# "Bộ Giao thông vận tải đứng thứ 3 khối bộ, ngành với 81,3 điểm; …": ranked among them
RANKED_AMONG = re.compile(
    r"\b(?:đứng|xếp)\s+(?:thứ\s+)?\w+\s+(?:(?:trong|trên)\s+)?(?:khối\s+)?(?:các\s+)?"
    r"(?:bộ,?\s*ngành|địa\s+phương|tỉnh,?\s*thành(?:\s+phố)?)"
)


def names_wider(words: str) -> bool:
    """Whether words name the country, a level or a province (the whole, not the body)."""
    words = RANKED_AMONG.sub(" ", words)
    return bool(
        NATIONAL_SUBJECT.search(words)
        or LEVEL_WORD.search(words)
        or province_name_pattern().search(words)
    )


def agency_subject_figure(sentence: str, start: int, window: str, after: str) -> bool:
    """Whether a figure is one named body's own: the body is the sentence's subject or scene
    and nothing wider is named before the figure, or the figure's own words name it."""
    own = SOURCE_LEAD.sub(" ", window)
    owner = BODY_BEFORE.search(own)
    # ("… của Công an tỉnh Nghệ An đạt": the province in the body's name is no wider level)
    rest = own[: owner.start()] + own[owner.end() :] if owner else own
    if (owner or search(ONE_AGENCY, own)) and not names_wider(rest):
        return True  # "Riêng các giao dịch của Bộ Công an chiếm khoảng 120 triệu"
    if LEADS_OTHERS.search(window) or BODY_AFTER.match(after):
        return True  # "100% thủ tục hành chính đủ điều kiện của NHNN được cung cấp …"
    scene = AGENCY_SCENE.match(sentence)
    m = scene or AGENCY_SUBJECT.match(sentence)
    if m is None or m.end() > start:
        return False
    if not scene and NOT_ITS_VERB.match(sentence, m.end()):
        return False
    return not names_wider(sentence[m.end() : start])
