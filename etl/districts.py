"""Towns, districts and wards below a province: a figure of theirs is not the province's."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.phrases import VENUE_BEFORE
from etl.provinces import canonical_province, province_names
from etl.whose_words import DISTRICT, NATIONAL_AS_SUBJECT
from metrics.catalog import load_central_cities


@lru_cache(maxsize=1)
def wider_level_after() -> re.Pattern:
    """Match the country, a whole province or a province named by its level word."""
    return re.compile(
        rf"{NATIONAL_AS_SUBJECT.pattern}|\b(?:toàn|cả)\s+(?:tỉnh|thành\s+phố)\b"
        rf"|\b(?:tỉnh|thành\s+phố|TP\.?)\s*(?:{province_names()})\b",
        re.I,
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
        # "hội nghị … tổ chức ở TP. Vinh (Nghệ An), lãnh đạo Bộ Công an cho biết": where it was
        # said; "Sau thử nghiệm tại TP. Thủ Đức, … cả nước đã có 7.000 trạm", "Từ mô hình tại
        # TP. Biên Hòa, … của tỉnh Đồng Nai đạt 75%": the wider level's, named after it
        rest = re.sub(r"^\s*\([^()]*\)", "", text[m.end() :])  # (not "TP. Hạ Long (Quảng Ninh)")
        if not (VENUE_BEFORE.search(text, 0, m.start()) or wider_level_after().search(rest)):
            return True
    return False


def provincial_city(written: str, name: str) -> bool:
    """Whether "Thành phố <name>" is a province's own city ("Thành phố Lai Châu"), below it."""
    written_as_city = re.match(r"(?:TP\.?|[Tt]hành[ \t]+phố)\s", written)
    return bool(written_as_city) and canonical_province(name) not in load_central_cities()
