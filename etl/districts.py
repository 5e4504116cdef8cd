"""Towns, districts and wards below a province: a figure of theirs is not the province's."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from etl.phrases import RANK_WORDS, VENUE_BEFORE
from etl.provinces import canonical_province, names_former_part, province_names
from etl.whose_words import BELOW_PROVINCE, DISTRICT, NATIONAL_AS_SUBJECT
from metrics.catalog import load_central_cities


@lru_cache(maxsize=1)
def wider_level_after() -> re.Pattern:
    """Match the country, a whole province or a province named by its level word."""
    return re.compile(
        rf"{NATIONAL_AS_SUBJECT.pattern}|\b(?:toàn|cả)\s+(?:tỉnh|thành\s+phố)\b"
        rf"|\b(?:tỉnh|thành\s+phố|TP\.?)\s*(?:{province_names()})\b",
        re.I,
    )


# "Phó Chủ tịch UBND thành phố Lê Trung Hiếu": an official of the city, then his name (not
# a city "Lê Trung Hiếu"); a person's name opens on a family name
OFFICIAL_BEFORE = re.compile(
    r"\b(?:Chủ\s+tịch|Giám\s+đốc|Bí\s+thư|Trưởng\s+(?:ban|phòng)|Chánh\s+Văn\s+phòng)"
    r"(?:\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Thành\s+ủy|Sở\s+[^,;.\d]{0,30}?))?\s*$"
)
FAMILY_NAME = re.compile(
    r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trịnh"
    r"|Trương|Đào|Lương|Lâm|Mai|Tô|Cao|Hà|Tạ|Chu|Kiều|Thái|Quách|Lại|Vương|Triệu|La)\s+[A-ZĐ]"
)


def is_official_named(text: str, m: re.Match) -> bool:
    """Whether "UBND thành phố <name>" names the official's person, not a city below a province."""
    return bool(OFFICIAL_BEFORE.search(text, max(0, m.start() - 60), m.start())) and bool(
        FAMILY_NAME.match(m.group("name"))
    )


# The whole a place is ranked in: "dẫn đầu toàn tỉnh", "cao nhất tỉnh", "đứng thứ 2 cả tỉnh"
RANKED_IN = re.compile(
    rf"(?:{RANK_WORDS})\s+(?:trong\s+)?(?:toàn|cả)\s+(?:tỉnh|thành\s+phố)\b", re.I
)


def names_a_district(text: str) -> bool:
    """Whether a town, district or ward below the province is named ("TP Đà Lạt", "huyện Mù Cang Chải")."""
    names = rf"(?:{province_names()})\b"
    for m in DISTRICT.finditer(text):
        # "TP. HCM" is the province by its alias, "TP Đà Lạt" a city below one, and so is
        # "Thành phố Lai Châu", a province's city named after it (not a centrally-run city's)
        named = re.match(names, m.group("name"), re.I) or re.match(names, m.group(), re.I)
        if named and not provincial_city(m.group(), m.group("name")):
            continue
        if is_official_named(text, m):
            continue
        # "hội nghị … tổ chức ở TP. Vinh (Nghệ An), lãnh đạo Bộ Công an cho biết": where it was
        # said; "Sau thử nghiệm tại TP. Thủ Đức, … cả nước đã có 7.000 trạm", "Từ mô hình tại
        # TP. Biên Hòa, … của tỉnh Đồng Nai đạt 75%": the wider level's, named after it
        rest = re.sub(r"^\s*\([^()]*\)", "", text[m.end() :])  # (not "TP. Hạ Long (Quảng Ninh)")
        # (…but "Thành phố Hạ Long dẫn đầu toàn tỉnh với 93,4%": the province it is ranked in)
        rest = RANKED_IN.sub(" ", rest)
        if not (VENUE_BEFORE.search(text, 0, m.start()) or wider_level_after().search(rest)):
            return True
    return False


def provincial_city(written: str, name: str) -> bool:
    """Whether "Thành phố <name>" is a province's own city ("Thành phố Lai Châu"), below it."""
    written_as_city = re.match(r"(?:TP\.?|[Tt]hành[ \t]+phố)\s", written)
    return bool(written_as_city) and canonical_province(name) not in load_central_cities()


# "…; riêng thành phố Huế đạt 92%", "riêng huyện Thọ Xuân đạt …": a city or district set apart
# right before its figure
SET_APART_BELOW = re.compile(
    rf"\b[Rr]iêng\s+(?:{BELOW_PROVINCE}|[Tt]hành\s+phố|TP\.?)\s*"
    r"(?P<name>[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})[^\d;,]{0,40}$"
)


# Provinces merged on this day: "tỉnh Hà Giang (cũ)" was a province for periods before it
MERGED_ON = date(2025, 7, 1)


HUE_CITY_BEFORE = re.compile(r"\b(?:[Tt]hành\s+phố|TP\.?)\s*Huế\b(?!\s+(?:và|,))[^\d;,]{0,40}$")


def names_a_part(head: str, year: int, periods: list) -> str:
    """Why not, when the words before a figure (since the figure before it) set apart a part of
    a province: a merged province's former part (for times after the merger: "Năm 2024, … của tỉnh
    Hà Giang (cũ) đạt 61,3%" is that province's), or a city or district below it."""
    latest = max(p.end for p in periods) if periods else None
    if (latest is None or latest >= MERGED_ON) and (found := names_former_part(head)):
        return found
    # "…, huyện Phú Vang (81%), thành phố Huế (79,6%)": Huế a city of Thừa Thiên Huế until 2025
    if (latest.year if latest else year) < 2025 and HUE_CITY_BEFORE.search(head):
        return "a district's or city's figure"
    m = SET_APART_BELOW.search(head)
    if m is None:
        return ""
    name = m.group("name")
    if not re.fullmatch(rf"(?:{province_names()})", name, re.I):
        return "a district's or city's figure"
    return "a district's or city's figure" if provincial_city(m.group(), name) else ""
