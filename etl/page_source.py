"""Whose paper, portal or station a page comes from: the masthead at its top, its address."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from etl.provinces import canonical_province, province_names
from metrics.catalog import load_provinces


def fold_accents(text: str) -> str:
    """Lower-case ASCII letters only: "Tuyên Quang" -> "tuyenquang"."""
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z]", "", plain.encode("ascii", "ignore").decode().lower())


# The national motto a document's right column prints beside its issuer's name: set apart, the
# issuer's two lines ("ỦY BAN NHÂN DÂN" over "THÀNH PHỐ ĐÀ NẴNG") join as one name
NATIONAL_MOTTO = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc"
)


def masthead_province(head: str) -> str | None:
    """The province a provincial newspaper's or portal's masthead names at the top of a page."""
    head = NATIONAL_MOTTO.sub(" ", head[:400]) + head[400:]
    # (after a site's own name, a masthead in capitals: "Hệ thống pháp luật / ỦY BAN NHÂN DÂN /
    # TỈNH TRÀ VINH")
    starts = [0] + [
        m.start() for m in re.finditer(r"(?<=\n)[^\S\n]*(?=\S)[^\n]+", head) if m.group().isupper()
    ][:3]
    for start in starts:
        m = masthead_pattern().match(head, start)
        if m:
            return canonical_province(m.group("name"))
    return None


# A body's portal or office at a page's top: "CỔNG THÔNG TIN ĐIỆN TỬ …", "Trang TTĐT …", "UBND …",
# "CỔNG DỊCH VỤ CÔNG TỈNH GIA LAI"
BODY_NAMES = (
    r"(?:(?:Cổng|Trang)\s+(?:thông\s+tin\s+điện\s+tử|TTĐT)|Cổng\s+(?:dịch\s+vụ\s+công|DVC)"
    r"|UBND|Ủy\s+ban\s+nhân\s+dân)"
)
# "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG", "TRANG THÔNG TIN ĐIỆN TỬ XÃ BẢO YÊN":
# a district's or commune's own portal (the province named after it is where it lies)
BELOW_PROVINCE_MASTHEAD = re.compile(
    rf"\W*(?:date\s+\S+\s+)?{BODY_NAMES}\s+(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường)\s+(?-i:[A-ZĐÀ-Ỹ])",
    re.I,
)


def masthead_below_province(head: str) -> bool:
    """Whether a page's masthead is a district's, town's, commune's or ward's portal or office."""
    return BELOW_PROVINCE_MASTHEAD.match(head) is not None


# "Số: 109 /BC-BTTTT", "Số: 08/BC-UBQGCĐS", "Số: 203/TB-VPCP" near a page's top: a
# ministry's, the national committee's or the Government's own document, reposted whole on a
# province's or a commune's portal (its figures are the country's, not the portal's province's)
NATIONAL_LETTERHEAD = re.compile(
    # (a letterhead's lines may come joined: "… VIỆT NAM Số: 131 /BC-BTTTT Hà Nội, ngày …")
    r"(?<!\S)Số\s*:\s*\d+\s*/\s*[A-ZĐ]{1,4}\s*-\s*(?:BTTTT|VPCP|UBQGCĐS|BKHCN|BCA|TTg)\b"
)


# …or, in its title or lead, a national report the page passes on: "Bộ Thông tin và Truyền thông
# ban hành Báo cáo số 2456/BC-BTTTT …", "Tình hình chuyển đổi số quốc gia tháng 6/2022" (not the
# national day a province celebrates: "Ngày Chuyển đổi số quốc gia")
NATIONAL_REPORT_NAMED = re.compile(
    r"\bBáo\s+cáo\s+số\s+\d+\s*/\s*[A-ZĐ]{1,4}\s*-\s*(?:BTTTT|VPCP|UBQGCĐS|BKHCN|BCA)\b"
    r"|(?:Tình\s+hình|Kết\s+quả|Báo\s+cáo(?:\s+tình\s+hình)?)\s+chuyển\s+đổi\s+số\s+quốc\s+gia",
    re.I,
)


def reposts_national_document(top: str) -> bool:
    """Whether a page passes on a national body's report or notice: its letterhead near the top,
    or the report named in the title or lead."""
    return bool(NATIONAL_LETTERHEAD.search(top) or NATIONAL_REPORT_NAMED.search(top[:700]))


@cache
def masthead_pattern() -> re.Pattern:
    """A masthead naming a province's paper, portal or body."""
    return re.compile(
        rf"\W*(?:date\s+\S+\s+)?(?:BÁO|Báo|"
        # "Cổng TTĐT tỉnh Tây Ninh", "CÔNG AN TỈNH HÀ TĨNH", "UBND TỈNH …": a province's body
        rf"{BODY_NAMES}|Công\s+an|"
        # "TỈNH THANH HÓA - BÁO CÁO KẾT QUẢ …": a letterhead in capitals
        rf"(?-i:TỈNH|THÀNH\s+PHỐ)|"
        rf"SỞ\s+[^\n]{{0,45}}?|Sở\s+[^\n]{{0,45}}?)\s+(?:(?:TỈNH|THÀNH\s+PHỐ|tỉnh|thành\s+phố|TP\.?)\s+)?"
        rf"(?P<name>{province_names()})\b",
        re.I,
    )


@cache
def folded_provinces() -> dict[str, str]:
    """Each province name, in catalog order, folded (fold_accents): read for every document."""
    return {name: fold_accents(name) for name in load_provinces()}


def province_portal(url: str) -> str | None:
    """The province whose government portal the address is ("huunghi.haugiang.gov.vn")."""
    labels = re.sub(r"^\w+://", "", url).split("/")[0].lower().split(".")
    if labels[-2:] != ["gov", "vn"]:
        return None
    return next((n for n, folded in folded_provinces().items() if folded in labels), None)


def site_province(url: str) -> str | None:
    """The province whose portal, paper or station the address is ("baobackan.vn", "laocaitv.vn")."""
    portal = province_portal(url)
    if portal:
        return portal
    host = fold_accents(re.sub(r"^\w+://", "", url).split("/")[0])
    label = re.sub(r"^(?:www\.|m\.)", "", host).split(".")[0].removeprefix("bao")
    for name in sorted(load_provinces(), key=len, reverse=True):
        folded = folded_provinces()[name]
        if folded and (label.startswith(folded) or (host.startswith("bao") and folded in host)):
            return name
    return None
