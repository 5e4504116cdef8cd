"""Whose page a document is: one province's (masthead, site, title, lead), one operator's, or the
country's; figures without a breakdown of their own inherit it."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from etl.agency_figures import SECTOR
from etl.districts import names_a_district
from etl.docdate_words import PAGE_STAMP
from etl.gates import search
from etl.operator_words import (
    OPERATORS,
)
from etl.page_source import (
    masthead_below_province,
    masthead_province,
    province_portal,
    site_province,
)
from etl.phrases import FIGURE, LEAD_DAY
from etl.provinces import (
    canonical_province,
    find_province_names,
    province_name_pattern,
    province_names,
    unmerged,
)
from etl.sections import without_related
from etl.whose_words import (
    BELOW_PROVINCE,
    COMPARED_WITH_COUNTRY,
    LOCAL_SUBJECT,
    NATIONAL_SUBJECT,
    NATIONAL_WORDS,
    SET_APART_BEFORE,
)

# A council or party committee of a province, city or district, by any of its names
COUNCIL = (
    r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy"
    r"|Thị\s+ủy)"
)


@cache
def title_subject_pattern() -> re.Pattern:
    """A title or lead whose subject is one province ("UBND tỉnh Đồng Nai vừa …")."""
    return re.compile(
        # (after a time it opens on: "Trong những năm qua, Hà Tĩnh đã đạt …", "Năm 2024, Lạng Sơn …")
        r"\s*(?:(?:Trong\s+)?(?:những\s+năm\s+(?:qua|gần\s+đây)|thời\s+gian\s+qua|năm\s+(?:19|20)\d\d"
        r"|\d+\s+tháng\s+đầu\s+năm(?:\s+(?:19|20)\d\d)?"
        # ("Tính đến ngày 30/6/2023, tỉnh Thừa Thiên Huế đã cung cấp …")
        r"|(?:Tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d)\s*,?\s*)?"
        rf"(?:{COUNCIL}\s+)?"
        rf"(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?(?:{province_names()})\s+(?![,&\d])(?!và\s)\w",
        re.I,
    )


@cache
def council_opening_pattern() -> re.Pattern:
    """A lead opening on the day it tells of and one province's council acting ("Ngày 22/11, UBND
    tỉnh Nghệ An tổ chức phiên họp …")."""
    return re.compile(
        rf"\s*(?:date\s+\S+\s+)?(?:(?:{LEAD_DAY}|(?:Sáng|Chiều|Tối|Trưa)\s+nay)\s*,\s*)?"
        rf"{COUNCIL}\s+"
        rf"(?:tỉnh|thành\s+phố|TP\.?)\s*(?:{province_names()})\s+(?:đã\s+|vừa\s+)?"
        r"(?:tổ\s+chức|chủ\s+trì|họp|ban\s+hành)\b[^.!?\n]*",
        re.I,
    )


@cache
def own_report_pattern() -> re.Pattern:
    """A title or lead naming a province's own report: "Báo cáo kết quả … của UBND tỉnh Bình
    Dương", "Theo báo cáo của UBND thành phố Đà Nẵng …"."""
    return re.compile(
        r"\W*(?:Theo\s+)?(?:Báo\s+cáo|Kết\s+quả|Tình\s+hình)\b[^\n]{0,100}\bcủa\s+"
        # (the city's name may carry its "TP" itself: "… quý 3 của UBND TPHCM")
        r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Sở\s+[^\n]{0,40}?)\s+(?:(?:tỉnh|thành\s+phố)\s+)?"
        rf"(?:{province_names()})\b",
        re.I,
    )


def find_document_province(text: str, url: str = "") -> str | None:
    """The province a provincial page speaks of: its masthead's, its newspaper's (by the site's
    address), or the one the text names most, when it names one."""
    masthead = masthead_province(text[:300])
    if masthead:
        return masthead
    site = site_province(url)
    if site:
        return site
    # (not the partner merged in: "Sau khi hợp nhất với Hải Dương, hạ tầng số của thành phố …")
    head = unmerged(text[:400])
    in_head = [canonical_province(name) for name in find_province_names(head)]
    # "… cho thấy Hậu Giang nằm trong top 10 …": named bare in the lead (and "Hà Nội, Đà Nẵng và
    # TP.HCM có …" names three, not the one written with "TP.")
    bare = [canonical_province(m.group()) for m in province_name_pattern().finditer(head)]
    if len(set(in_head or bare)) == 1 and set(bare) <= set(in_head or bare):
        return (in_head or bare)[0]  # the page's title and lead say whose figures these are
    text = without_related(text)  # ("Xem thêm: >> Bến Tre: …": another article's headline)
    names = [canonical_province(name) for name in find_province_names(text)]
    # "Sở Khoa học và Công nghệ Lào Cai", "BÁO BẮC GIANG": a bare name says whose page (and when
    # the text names others bare beside the one written "tỉnh …", every mention counts)
    bare = [canonical_province(m) for m in re.findall(rf"\b({province_names()})\b", text, re.I)]
    if not names or not set(bare) <= set(names):
        names = bare
    common = Counter(names).most_common(2)
    if not common or (len(common) > 1 and common[0][1] == common[1][1]):
        return None
    return common[0][0]


# A provincial department ("Sở Thông tin và Truyền thông tổ chức …", ".../so-thong-tin-va-
# truyen-thong-bac-kan-…") or "nhiệm vụ chính trị của tỉnh" in the lead: the province's page.
PROVINCIAL_BODY = re.compile(
    r"(?<!các\s)(?<!%\s)\bSở\s+(?:Thông\s+tin\s+và\s+Truyền\s+thông|Khoa\s+học\s+và\s+Công\s+nghệ|"
    r"TT&TT|TT-TT|TTTT|KH&CN|KH-CN)(?=\s+(?:tỉnh|thành\s+phố|tổ\s+chức|tham\s+mưu|[A-ZĐ])|\s*,)"  # one named, acting, or cited ("Theo Sở TT&TT, …")
    r"|\bcủa\s+(?:tỉnh|thành\s+phố)\b(?!\s+(?:[A-ZĐ]|thông\s+minh|trực\s+thuộc))"
    r"|\btrên\s+địa\s+bàn\s+tỉnh\b"
    # a sentence whose subject is "the province": "… tốp 10 của cả nước. Tỉnh đang đẩy mạnh …"
    r"|(?:^|[.!?]\s+)Tỉnh\s+(?:đã|đang|tiếp\s+tục|đẩy\s+mạnh|có|hiện)\b"
    # "Sáng 27/1, UBND tỉnh tổ chức Hội nghị tổng kết …": the province's own bodies, unnamed
    # (as the one acting: "Chủ tịch UBND tỉnh" at a national meeting's bridge point is a guest)
    rf"|(?<!tịch\s)\b{COUNCIL}\s+tỉnh\s+(?:đã\s+)?"
    r"(?:tổ\s+chức|ban\s+hành|chủ\s+trì|triển\s+khai)"
)
# "UBND tỉnh", "HĐND tỉnh": the province's own bodies, unnamed (on its own portal, its page)
UNNAMED_PROVINCE_BODY = re.compile(
    # (not every province's: "lãnh đạo UBND tỉnh, thành phố"; nor a chairman as a guest)
    rf"(?<!tịch\s)\b{COUNCIL}\s+(?:tỉnh|[Tt]hành\s+phố)\b"
    r"(?!\s+[A-ZĐ]|\s*,\s*thành\s+phố)"
)
# A national meeting a provincial paper reports from its bridge point ("Thủ tướng … tham dự hội
# nghị tổng kết … của Bộ Thông tin - Truyền thông … Tại điểm cầu Quảng Nam"); the Ministry named as
# a source ("Công bố từ Bộ Thông tin và Truyền thông … Hậu Giang nằm trong top 10") is not one
# (not the office a province reports to: "báo cáo của UBND thành phố Đà Nẵng gửi Văn phòng Chính phủ")
NATIONAL_ISSUER = re.compile(
    r"\bcủa\s+Chính\s+phủ\b|(?<!gửi\s)Văn\s+phòng\s+Chính\s+phủ|Thủ\s+tướng\s+Chính\s+phủ"
    r"|Ủy\s+ban\s+Quốc\s+gia"
)
# A ministry's or sector's own digital transformation, the page's subject (its rates are its own)
OWN_SECTOR = re.compile(
    r"chuyển\s+đổi\s+số\s+(?:trong|của)\s+(?:lực\s+lượng\s+)?(?:Công\s+an\s+nhân\s+dân|CAND\b|"
    rf"ngành\s+{SECTOR}\b)",
    re.I,
)
NATIONAL_EVENT = re.compile(r"Thủ\s+tướng|điểm\s+cầu|Ủy\s+ban\s+Quốc\s+gia")
PROVINCIAL_URL = re.compile(r"/so-(?:thong-tin-va-truyen-thong|khoa-hoc-va-cong-nghe|tttt|khcn)-")


def province_body_acts(head: str, named: set[str]) -> bool:
    """Whether the one province the lead names acts through its body ("Công an tỉnh Lạng Sơn đã
    huy động …", "UBND tỉnh Bắc Giang vừa …")."""
    if len(named) != 1:
        return False
    m = province_body_pattern().search(head)
    return m is not None and canonical_province(m.group("name")) in named


@cache
def province_body_pattern() -> re.Pattern:
    """Match a province's body acting: "Công an tỉnh Lạng Sơn đã …", "UBND tỉnh Bắc Giang vừa …"."""
    return re.compile(
        # (or its service centre: "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh đã tiếp nhận")
        rf"\b(?:Công\s+an|UBND|Ủy\s+ban\s+nhân\s+dân|Sở\s+[^.,;]{{3,40}}?"
        rf"|Trung\s+tâm\s+(?:Phục\s+vụ\s+)?[Hh]ành\s+chính\s+công|Văn\s+phòng\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân))"
        rf"\s+(?:tỉnh|thành\s+phố)\s+"
        rf"(?P<name>{province_names()})\s+(?:đã|đang|vừa)\b"
    )


def provincial_work(head: str) -> bool:
    """Whether the lead speaks of one province's work ("hoạt động chuyển đổi số … của Đà Nẵng")."""
    m = re.search(
        # (across the span it reports on: "Kết quả chuyển đổi số 6 tháng đầu năm 2024 của tỉnh …")
        r"(?:(?:kết\s+quả|hoạt\s+động|công\s+tác|chuyển\s+đổi\s+số|tỷ\s+lệ)"
        r"(?:[^.;\d]|(?:19|20)\d\d|\d{1,2}\s+tháng\b){0,60}"
        r"\b(?:của\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?|tỉnh\s+|thành\s+phố\s+)"
        # "hạ tầng số của tỉnh Bắc Ninh": the province's own infrastructure or services; "Chuyển
        # đổi số ở Hà Giang" the work done there (not "… tổ chức ở Hà Nội", a venue)
        r"|(?:hạ\s+tầng|kinh\s+tế\s+số|chính\s+quyền\s+số|xã\s+hội\s+số|dịch\s+vụ\s+công"
        r"|chuyển\s+đổi\s+số)(?:\s+(?:số|viễn\s+thông|trực\s+tuyến))?\s+(?:của|ở|tại)\s+"
        r"(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?)"
        rf"(?P<name>{province_names()})\b",
        head,
        re.I,
    )
    named = {canonical_province(name) for name in find_province_names(head)}
    return m is not None and named <= {canonical_province(m.group("name"))}


# A page opening on a district, town or commune below the province: its figures are theirs
# (…or on a provincial city: "Thành phố Việt Trì: …", not "Thành phố Cần Thơ: …")
DISTRICT_OPENING = re.compile(
    rf"\W*(?:UBND\s+)?(?:{BELOW_PROVINCE}|(?P<city>[Tt]hành\s+phố|TP\.?))\s+"
    r"(?P<name>[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})\s*(?:\([^)]{2,30}\)\s*)?[-–:,]"
)


def opens_on_district(headline: str) -> bool:
    """Whether a title opens on a district, town, commune or a city below the province, or the
    lead on its council acting ("(QNO) - UBND huyện Thăng Bình vừa tổ chức hội nghị …")."""
    m = DISTRICT_OPENING.match(headline)
    if m is not None and not (m["city"] and province_name_pattern().fullmatch(m["name"])):
        return True
    return DISTRICT_BODY_ACTS.match(headline) is not None


# A district's council opening the lead, after a paper's dateline code ("(QNO) - ")
DISTRICT_BODY_ACTS = re.compile(
    rf"\W*(?:\([^()]{{1,20}}\)\s*[-–]\s*)?{COUNCIL}\s+"
    rf"(?:{BELOW_PROVINCE})\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){{0,3}}\s+(?:vừa|đã|tổ\s+chức|họp)\b"
)


ON_ITS_GROUND = re.compile(r"\b[Tt]rên\s+địa\s+bàn\s+(?:tỉnh|thành\s+phố)\b(?!\s+[A-ZĐ])")


def speaks_of_its_ground(head: str) -> bool:
    """Whether the lead says "trên địa bàn tỉnh/thành phố" with no town below a province named
    before it (later examples, "xã Liêu Tú", are places within it)."""
    m = ON_ITS_GROUND.search(head)
    return m is not None and not names_a_district(head[: m.start()])


# A title opening on a bare place name: "Mộc Châu: Tỷ lệ hồ sơ nộp trực tuyến đạt 92%"
# (…or on what it does: "Hà Trung đẩy mạnh cải cách hành chính …" over "… huyện Hà Trung đã …")
TITLE_PLACE = re.compile(r"\W*(?P<name>[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})(?:\s*:|\s+(?P<verb>\w))")


def names_district_in_title(headline: str, head: str) -> bool:
    """Whether a title opens on a place the lead calls a district ("Mộc Châu: …" over "UBND
    huyện Mộc Châu tiếp nhận …"), not a province."""
    m = TITLE_PLACE.match(headline)
    if m is None or (m["verb"] and not m["verb"].islower()):
        return False  # (a name goes on to a lowercase word, its verb: "Hà Trung đẩy mạnh …")
    if province_name_pattern().fullmatch(m.group("name")):
        return False
    below = r"(?:huyện|thị\s+xã|quận|thị\s+trấn|xã|phường)"
    return re.search(rf"\b{below}\s+{re.escape(m.group('name'))}\b", head, re.I) is not None


def page_head(text: str, meta: dict) -> str:
    """The sidecar's publisher and title the text does not print ("Báo Bà Rịa - Vũng Tàu"), then
    the text's own opening: what says whose page it is."""
    told = [v for v in (meta.get("told") or "").split("\n") if v and v not in text[:600]]
    return "\n".join([*told, text]) if told else text


def province_results_title(headline: str) -> bool:
    """A title naming one province and then its results: "Thanh Hóa: Tỷ lệ hồ sơ …", "Bắc Ninh –
    Kết quả chuyển đổi số năm 2024" (not a dateline: "Hà Nội – Sáng 5/7, Bộ …")."""
    names = province_names()
    return bool(
        # (…in capitals too: "LÀO CAI: KẾT QUẢ THỰC HIỆN BỘ CHỈ SỐ …")
        re.search(rf"\b(?:{names})\s*(?:\([^()]{{0,80}}\)\s*)?:", headline)
        or re.match(rf"\W*(?:{names})\s*:", headline, re.I)
        or re.match(
            rf"\W*(?:{names})\s+[–-]\s+(?:kết\s+quả|tình\s+hình|số\s+liệu)\b", headline, re.I
        )
        # "Chỉ số CCHC và Chỉ số Hài lòng Sipas 2022 của tỉnh Sơn La": a title ending on it
        or re.search(
            rf"\bcủa\s+(?:tỉnh|thành\s+phố|TP\.?)\s*(?:{names})\s*$", headline.split("\n")[0]
        )
        # "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 9/2025 – TỈNH LÂM ĐỒNG": after a dash
        or re.search(
            rf"\s[–-]\s+(?:tỉnh|thành\s+phố)\s+(?:{names})\s*$", headline.split("\n")[0], re.I
        )
    )


def find_subject(head: str, url: str = "") -> tuple[str, str]:
    """("province" | "operator" | "national", operator name or "") from a title and lead.

    A lead about one operator ("20.000 trạm 5G Viettel …") or about one province ("Toàn tỉnh còn
    273 thôn …") gives its subject to figures that do not name another; a national word wins.
    """
    head = PAGE_STAMP.sub("", head, count=1)  # (" date 2025-04 Hà Trung đẩy mạnh …": a saved page)
    headline = head[:200]
    if masthead_province(head):
        return "province", ""  # "BÁO QUẢNG NINH", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI"
    if (
        opens_on_district(headline)
        or names_district_in_title(headline, head)
        or masthead_below_province(headline)
    ):
        return "district", ""  # "Huyện Diễn Châu (Nghệ An) - 9 tháng năm 2024, …"
    whole_province = re.search(r"\btoàn\s+(?:tỉnh|thành\s+phố)\b", head, re.I)
    # "Lạng Sơn khẳng định vị thế …": a title whose subject is one province (not a list of them)
    # …or a lead that opens on one ("Thành quả ấn tượng / Tỉnh Yên Bái xác định chuyển đổi số …")
    lead = next((line for line in head.split("\n") if len(line) >= 60), "")[:200]
    title_subject = any(title_subject_pattern().match(opening) for opening in (headline, lead))
    # "Điện Biên chào mừng Ngày Chuyển đổi số quốc gia …" over "Thủ tướng … chủ trì hội nghị …"
    # (the province at its bridge point): the national meeting's figures, seen from the province
    bridge = re.search(r"Thủ\s+tướng[^.]{0,120}\bchủ\s+trì\b", head)
    if any(own_report_pattern().match(opening) for opening in (headline, lead)):
        # "Báo cáo kết quả … quý I/2025 của UBND tỉnh Bình Dương", a lead "Theo báo cáo của UBND
        # thành phố Đà Nẵng gửi Văn phòng Chính phủ, …"
        return "province", ""
    # the council's meeting is the page's scene, whatever the lead says next of the country ("Năm
    # 2025 là năm cả nước …"); not a meeting held for the whole country
    council = next(
        filter(None, (council_opening_pattern().match(o) for o in (headline, lead))), None
    )
    if council and not NATIONAL_WORDS.search(council.group()) and not bridge:
        return "province", ""
    if province_results_title(headline) or (
        (whole_province or title_subject)
        and not NATIONAL_WORDS.search(COMPARED_WITH_COUNTRY.sub(" ", headline))
        and not bridge
    ):
        return "province", ""  # "Thanh Hóa: Tỷ lệ hồ sơ …", "Toàn tỉnh còn 273 thôn …"
    if NATIONAL_SUBJECT.search(COMPARED_WITH_COUNTRY.sub(" ", headline)):
        return "national", ""
    # "Thông báo kết luận của Tổ công tác triển khai Đề án 06 của Chính phủ", "Theo Văn phòng Chính
    # phủ, …": the Government's figures, whatever province the items name after the title (not
    # "Thủ tướng làm việc với tỉnh Lào Cai")
    title = headline.strip().split("\n", 1)[0]
    if NATIONAL_ISSUER.search(headline) and not province_name_pattern().search(title):
        return "national", ""
    # a province's own paper or portal whose lead speaks of it ("baophutho.vn: … Tại tỉnh Phú
    # Thọ, kinh tế số …") and of no other province
    site = site_province(url)
    named = {canonical_province(m.group()) for m in province_name_pattern().finditer(head)}
    national = NATIONAL_WORDS.search(COMPARED_WITH_COUNTRY.sub(" ", head)) or NATIONAL_EVENT.search(
        head
    )
    if site and named == {site} and not national:
        return "province", ""
    if (
        PROVINCIAL_BODY.search(head)
        or PROVINCIAL_URL.search(url)
        or provincial_work(head)
        or province_body_acts(head, named)
        # "… TP Cần Thơ, cho biết … trên địa bàn thành phố đang thực hiện …": the one province named
        # speaks of its own ground (not a town below it: "TP Đà Lạt")
        or (len(named) == 1 and speaks_of_its_ground(head))
        # a province's own portal ("vpubnd.quangngai.gov.vn") whose lead names no place and speaks
        # of "UBND tỉnh", "trên địa bàn tỉnh": its own figures
        or (
            not named
            and (province_portal(url) or site)  # (its portal, or its paper: "baoninhthuan.com.vn")
            and (UNNAMED_PROVINCE_BODY.search(head) or search(LOCAL_SUBJECT, head))
        )
        # …or on any site, its opening sentence about them ("Sáng 16/10, Ban Chỉ đạo của UBND
        # Thành phố về cải cách thủ tục hành chính … họp giao ban"): the one city the lead names
        or (
            len(named) <= 1 and not bridge and UNNAMED_PROVINCE_BODY.search(headline.split(". ")[0])
        )
    ) and not NATIONAL_WORDS.search(COMPARED_WITH_COUNTRY.sub(" ", head)):
        return "province", ""
    if OWN_SECTOR.search(head) and not NATIONAL_WORDS.search(head):
        return "agency", ""  # "Bộ Công an tổ chức Hội nghị chuyển đổi số trong công an nhân dân"
    # the headline's operator, not a later mention, nor one set apart ("Riêng Viettel ghi nhận …")
    # (…nor one first named after its sentence gave the whole's figure: "… Mobile Money có khoảng
    # 8,9 triệu khách hàng, …; Viettel Money chiếm phần lớn với hơn 6 triệu")
    mentions = [
        m
        for m in OPERATORS.finditer(headline)
        if not SET_APART_BEFORE.search(headline[: m.start()])
    ]
    operators = {m.group() for m in mentions}
    first = mentions[0].start() if mentions else 0
    if len(operators) == 1 and not FIGURE.search(re.split(r"[.\n]\s", headline[:first])[-1]):
        return "operator", " " + operators.pop()
    return "national", ""
