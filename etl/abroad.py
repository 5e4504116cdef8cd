"""Whose figure a number is when it is abroad: another country's, a region's countries', or the
world's (read for names_someone_else)."""

from __future__ import annotations

import re

from etl.gates import finditer, search
from etl.provinces import province_name_pattern
from etl.whose_words import COUNTRY, NATIONAL_SUBJECT, VIETNAM, WORLD, WORLD_AVERAGE

# Compiled once: names_abroad reads them for each number.
WORLD_RANK = re.compile(r"(?:thứ|hạng)\s+\d+\s+(?:trên\s+)?(?:thế\s+giới|toàn\s+cầu)\s*\(?\s*$")
WORLD_PEOPLE_AFTER = re.compile(
    r"\s*(?:dân\s+số|người\s+dân|người\s+dùng|thuê\s+bao|hộ\s+gia\s+đình|người(?:\s+dân)?\s+trưởng\s+thành)"
    r"\s+(?:trên\s+)?(?:thế\s+giới|toàn\s+cầu)\b",
    re.I,
)
GLOBAL_INDEX = re.compile(r"\bChỉ\s+số\b[^;,.\d]{0,40}?(?:toàn\s+cầu|thế\s+giới|quốc\s+tế)\b", re.I)
WORLD_STATES = re.compile(r"\b(?:thế\s+giới|toàn\s+cầu)\s+(?:có|đạt|ghi\s+nhận)\b", re.I)
# A sentence opening on another country: "Tại Thái Lan, …", "Còn ở Singapore, …"
COUNTRY_OPENING = re.compile(r"\W*(?:Còn\s+)?(?:Tại|tại|Ở|ở)\s+[^,;\d]{2,25},")
# The region as what the country is set among: "xếp thứ 3 trong các nước ASEAN", "So với các nước …"
COMPARED_AMONG = re.compile(r"(?:so\s+với|trong|dẫn\s+đầu|đứng\s+đầu|thuộc|giữa|hơn)\s*$", re.I)
REGION_COUNTRIES = re.compile(
    r"\bcác\s+(?:nước|quốc\s+gia)\s+(?:trong\s+)?(?:khu\s+vực\s+)?(?:Đông\s+Nam\s+Á|ASEAN|châu\s+Á"
    r"|châu\s+Âu|phát\s+triển|G7|G20|OECD)"
)
# ("Trên bình diện toàn cầu, tốc độ trung vị di động là 44,1 Mbps", "trên phạm vi toàn thế giới")
WORLD_SUBJECT = re.compile(
    r"\b(?:của|trên)\s+(?:(?:bình\s+diện|phạm\s+vi)\s+)?(?:toàn\s+)?(?:thế\s+giới|toàn\s+cầu)\b",
    re.I,
)
# "Tại châu Âu, …", "Ở Hàn Quốc, …" opening a sentence: the scene is abroad
ABROAD_SCENE = re.compile(r"\W*(?:Còn\s+|Riêng\s+)?(?:Tại|ở|Ở)\s+(?:các\s+nước\s+)?", re.I)
REGION_ABROAD = re.compile(
    r"(?:châu\s+(?:Âu|Á|Phi|Mỹ|Đại\s+Dương)|Đông\s+Nam\s+Á|ASEAN|EU|Bắc\s+Mỹ)\b", re.I
)
THIS_COUNTRY = re.compile(r"\b(?:nước|quốc\s+gia)\s+(?:này|đó|bạn)\b", re.I)
# A sentence that goes on from the one before without a subject of its own
GOES_ON = re.compile(r"\W*(?:Trong\s+khi\s+đó|Còn|Bên\s+cạnh\s+đó)\b", re.I)


def last_sentence(paragraph: str) -> str:
    """The last sentence of a paragraph's text so far (of its last 300 characters)."""
    return re.split(r"(?<=[.!?])\s+", paragraph[-300:].strip())[-1]


def names_abroad(
    window: str, clause: str, after: str, unit: str, paragraph: str, opening: str
) -> str | None:
    """Why a number is another country's, a region's countries' or the world's, or None."""
    countries = finditer(COUNTRY, clause)
    if countries and "Việt Nam" not in clause[countries[-1].end() :]:
        return "another country's figure"
    # "Tại Thái Lan, tỷ lệ … đạt 91%; kinh tế số chiếm khoảng 13% GDP": the sentence's country
    opened = COUNTRY_OPENING.match(opening)
    if opened and COUNTRY.search(opened.group()) and not VIETNAM.search(clause):
        return "another country's figure"
    # "các nước Đông Nam Á có khoảng 95 triệu khách hàng Mobile Money": a region's countries
    region = search(REGION_COUNTRIES, clause)
    if (
        region
        and not VIETNAM.search(clause)
        and not COMPARED_AMONG.search(clause, 0, region.start())
    ):
        return "another country's or the world's figure"
    # "Tại Thái Lan, …; tỷ lệ thuê bao dùng smartphone của nước này là 93%": the one just named
    if search(THIS_COUNTRY, window):
        named = last_sentence(paragraph) + " " + opening
        others = finditer(COUNTRY, named)
        if others and "Việt Nam" not in named[others[-1].end() :]:
            return "another country's figure"
    return names_the_world(window, clause, after, unit, paragraph, opening)


def names_the_world(
    window: str, clause: str, after: str, unit: str, paragraph: str, opening: str
) -> str | None:
    """Why a number is the world's (or another country's beside it) rather than Việt Nam's: the
    world named in its own words, an average of the world's before it, the world as the
    sentence's subject, or a sentence going on from the world's average; or None."""
    # "… Việt Nam xếp thứ 19 toàn cầu (148,64 Mbps)": the world ranks the country's own figure
    ranked = WORLD_RANK.search(clause)
    # ("… 136,21 Mbps (cao hơn 1,5 lần trung bình thế giới) và mạng cố định ở mức 176,68 Mbps": a
    # closed bracket's comparison is not the clause after it)
    unbracketed = re.sub(r"\([^()]*\)", " ", clause) if ")" in clause else clause
    own_window = window[window.rfind(")") + 1 :]
    # ("… xếp hạng 44/133 về Chỉ số đổi mới sáng tạo toàn cầu và 71/193 về …": an index's name)
    own_window = GLOBAL_INDEX.sub(" ", own_window)
    if (
        (search(WORLD, own_window) and not ranked)
        # (…but not "…, trong khi tốc độ di động của Việt Nam đạt 80 Mbps" after it)
        or (
            (avg := search(WORLD_AVERAGE, unbracketed))
            and not VIETNAM.search(unbracketed, avg.end())
        )
        or COUNTRY.match(after.lstrip(" ,(của"))
    ):
        return "another country's or the world's figure"
    # "… trung bình toàn cầu hiện đạt 104,43 Mbps … Trong khi đó, tốc độ mạng di động trung bình
    # đạt 90,69 Mbps": a sentence going on without a subject of its own is still the world's
    if (
        GOES_ON.match(clause)
        and search(WORLD_AVERAGE, last_sentence(paragraph))
        and not NATIONAL_SUBJECT.search(clause)
        and not province_name_pattern().search(clause)
    ):
        return "the world's figure"
    # "Không chỉ riêng Việt Nam, tốc độ trung bình của Internet di động trên toàn thế giới cũng
    # … từ 62,79 Mbps lên 91,24 Mbps": the world is the sentence's subject, before its numbers
    head = re.split(r"\d", opening, maxsplit=1)[0]
    subject = WORLD_SUBJECT.search(head)
    if subject and not VIETNAM.search(head, subject.end()):
        # (no "Việt Nam" after the world in the number's own clause either)
        worlds = finditer(WORLD_SUBJECT, clause)
        if not VIETNAM.search(clause, worlds[-1].end() if worlds else 0):
            return "the world's figure"
    # "Tại châu Âu, tỷ lệ này bình quân chỉ khoảng 25%": a sentence set abroad
    scene = ABROAD_SCENE.match(head)
    if scene and (REGION_ABROAD.match(head, scene.end()) or COUNTRY.match(head, scene.end())):
        return "another country's or the world's figure"
    # "thế giới có khoảng 5,18 tỷ người sử dụng internet (chiếm gần 65% dân số)"
    world = WORLD_STATES.search(clause)
    if world and not VIETNAM.search(clause, world.end()):
        return "the world's figure"
    if unit == "percent" and WORLD_PEOPLE_AFTER.match(after):
        return "the world's figure"  # "5G phủ sóng khoảng 51% dân số thế giới"
    return None
