"""Rules over the words around a number: whose figure it is, and whether it is a result at all.

Every rule reads the language of the genre (targets, changes, sub-counts, operators, other
countries, surveys, one named agency), never a particular text.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from etl.gates import findall, finditer, quicken, search
from etl.numbers import Quantity
from etl.phrases import (
    COUNTRY,
    DISTRICT,
    DOWNLOAD,
    HEADED_LEVEL,
    LEVEL_WORD,
    LOCALITIES,
    MINISTRIES,
    NATIONAL_AS_SUBJECT,
    NATIONAL_SUBJECT,
    ONE_AGENCY,
    OPERATORS,
    RESPECTIVELY,
    SUBJECT_VERB,
    SURVEY,
    UPLOAD,
    VENDORS,
    VENUE_AFTER,
    VENUE_BEFORE,
    VIETNAM,
    WORLD,
    WORLD_AVERAGE,
)
from etl.provinces import (
    canonical_province,
    province_list_pattern,
    province_name_anywhere,
    province_name_pattern,
    province_names,
    province_pattern,
    unmerged,
)


@lru_cache(maxsize=4096)  # read again for each paragraph under the lead
def find_lead_breakdown(lead: str) -> str:
    """The province a lead names, or the level a heading over a list names ("… – khối địa phương:")."""
    found = find_breakdown(lead, lead, "count")
    m = HEADED_LEVEL.search(lead) if found == "national" and ":" in lead else None
    if m is None or m.group("n"):
        return found
    return "ministries" if m.group("m") else "localities"


@lru_cache(maxsize=4096)  # a lead is read for each paragraph under it; a report repeats its words
def find_breakdown(before: str, sentence_head: str = "", unit: str = "percent") -> str:
    """Read a ministries / localities / province split from the words before a number.

    Levels (bộ, ngành / địa phương) split rates; "các bộ, ngành đã cắt giảm 763 thủ tục" names
    who acted, and the count stays national.
    """
    head = sentence_head or before
    if "ợp nhất" in head or "áp nhập" in head:  # cheap test first: this runs for every figure
        # "sau khi hợp nhất với tỉnh Quảng Nam, thành phố Đà Nẵng …": the partner merged in
        head, before = unmerged(head), unmerged(before)
    # All but province_pattern read the names as written: without one (most leads and clauses),
    # four scans of the ~90-name alternation are skipped.
    named = province_name_anywhere().search(head) or province_name_anywhere().search(before)
    # The province right before the number wins over the sentence's first one:
    # "tại Hà Nội đạt 181,3 Mbps, TP.HCM đạt 178,6 Mbps", "Hà Nội đứng thứ hai với 172,1 Mbps"
    m = named and re.search(
        rf"\b(?P<name>{province_names()})\s*(?:(?:đứng|xếp)\s+thứ\s+\w+|dẫn\s+đầu|theo\s+sau)?"
        r"\s*(?:đạt|là|:|–|-|có|với|chiếm)\s*(?:(?:tỷ\s+(?:lệ|trọng)|tốc\s+độ)\s*)?(?:gần|hơn|trên|khoảng)?\s*$",
        before[-60:],
    )
    if m:
        return canonical_province(m.group("name"))
    listed = named and province_list_pattern().search(head)
    if listed:  # "Trong số 5 đô thị lớn gồm Hà Nội, …, TP.HCM và Cần Thơ, Đà Nẵng trở thành …"
        bare = head[: listed.start()] + " " * len(listed.group()) + head[listed.end() :]
        found = find_breakdown(before, bare, unit)
        if found not in ("national", "ministries", "localities"):
            return found  # the one named apart from the list; else the list's shared figure
    m = province_pattern().search(head)
    if m is not None and NATIONAL_AS_SUBJECT.search(head[m.end() :]):
        m = None  # "hội nghị ở Cần Thơ … cả nước đã có …": the place of a meeting, not the subject
    if (
        m is not None
        and VENUE_BEFORE.search(head[: m.start()])
        and VENUE_AFTER.match(head[m.end() :])
    ):
        m = None  # "Tại sự kiện Internet Day 2023 ngày 22/11 ở Hà Nội, Thứ trưởng … cho biết": where
    if m is None and named:  # "…: Hà Nội đạt 78,4%, Đà Nẵng đạt 71,2%"
        m = re.search(
            rf"\b(?P<name>{province_names()})\s*(?:đạt|là|:|–|-|có|với|chiếm)?\s*(?:tỷ\s+lệ\s*)?"
            r"(?:gần|hơn|trên|khoảng|đạt)?\s*$",
            before,
        )
    if m is None and named:
        # "Năm 2024, Bắc Ninh …", "Trong đó, Hà Nội …": a time or a link word, then the subject
        when = r"(?:(?:Năm|Tháng|Quý|Trong|Tính\s+đến|Đến|Hết)\s[^,;]{0,30},\s*|Theo\s[^,;]{0,140},\s*)"
        lead = rf"\W*{when}?(?:(?:Trong\s+đó|Riêng|Còn|Đặc\s+biệt)\s*,?\s*)?"
        # (not a dateline's place of writing: "Hà Nội, ngày 10 tháng 6 năm 2024")
        m = re.match(rf"{lead}(?P<name>{province_names()})\b(?!\s*,\s*ngày\s+\d)", head)
    if m is None and named:  # "Tháng 8/2025, Hà Nội tiếp tục dẫn đầu … với 342,1 Mbps": the subject
        found = list(re.finditer(rf"\b(?P<name>{province_names()})\s+{SUBJECT_VERB}", head))
        m = found[0] if len(found) == 1 else None
    if m:
        return canonical_province(m.group("name"))
    if unit not in ("percent", "per_100"):
        return "national"
    levels = list(LEVEL_WORD.finditer(before[-90:]))
    if levels:
        last = levels[-1]
        named = {"m" if lv.group("m") else "l" if lv.group("l") else "n" for lv in levels[-2:]}
        gap = before[-90:][levels[-2].end() : last.start()] if len(levels) > 1 else "x"
        if named == {"m", "l"} and not re.search(r"\d", gap):
            return "national"  # "cấp bộ, cấp tỉnh": both levels together
        return "ministries" if last.group("m") else "localities" if last.group("l") else "national"
    if MINISTRIES.search(before):
        return "ministries"
    if LOCALITIES.search(before):
        return "localities"
    return "national"


def in_quotation(sentence: str, position: int) -> bool:
    """Whether a position lies inside quotation marks (“…” or "…") opened in the sentence."""
    head = sentence[:position]
    if head.count("“") > head.count("”"):
        return True
    return head.count('"') % 2 == 1


def is_rounded(q: Quantity) -> bool:
    """A figure said for effect: "khoảng 80 triệu", "gần như 100%", one significant digit."""
    if q.qualifier in ("khoảng", "gần", "xấp xỉ"):
        return True
    digits = re.sub(r"\D", "", f"{q.value:.6g}").strip("0")
    return len(digits) <= 1


def since(text: str, earlier: list[Quantity], offset: int = 0) -> str:
    """The part of `text` after the last earlier quantity that ends inside it."""
    # quantities come in text order: the last one that ends inside `text` ends latest
    end = next((q.end - offset for q in reversed(earlier) if 0 <= q.end - offset <= len(text)), 0)
    return text[end:]


# "Một số bộ, ngành đã triển khai rất tốt với 100% DVCTT toàn trình như Bộ Công Thương; …"
SOME_OF_THEM = re.compile(
    r"\b(?:một\s+số|một\s+vài|nhiều|vài|\d{1,2})\s+(?:bộ|ngành|địa\s+phương|tỉnh|cơ\s+quan|đơn\s+vị)\b",
    re.I,
)


# An operator as owner: its network's reach over the country ("trên toàn quốc") is still its own.
OWNED_BY_OPERATOR = re.compile(rf"\bcủa\s+(?:nhà\s+mạng\s+)?(?:{OPERATORS.pattern})")


# Compiled once: names_someone_else and list_item_breakdown read them for each number.
SERVICE_PLAN = re.compile(r"gói\s+(?:cước|dịch\s+vụ)|băng\s+thông(?!\s+rộng)", re.I)
WORLD_RANK = re.compile(r"(?:thứ|hạng)\s+\d+\s+(?:trên\s+)?(?:thế\s+giới|toàn\s+cầu)\s*\(?\s*$")
WORLD_STATES = re.compile(r"\b(?:thế\s+giới|toàn\s+cầu)\s+(?:có|đạt|ghi\s+nhận)\b", re.I)
ONE_BODY_PART = re.compile(r"\bRiêng\s+(?:Bộ|Ngân\s+hàng|Tập\s+đoàn|tỉnh|thành\s+phố|TP)\b")
ONE_BUSINESS = re.compile(
    r"\b(?:một|1)\s+(?:doanh\s+nghiệp|nhà\s+mạng|công\s+ty|tập\s+đoàn|ngân\s+hàng)\b"
    # "tốc độ … của nhà mạng này đạt 52,39 Mbps": the operator named before
    r"|\b(?:nhà\s+mạng|doanh\s+nghiệp|tập\s+đoàn)\s+(?:này|đó|trên)\b",
    re.I,
)
ITEM_IN_PARENS = re.compile(r"^\s*\(\s*(?P<w>[^()]{2,30}?)\s*\)")
ITEM_AFTER = re.compile(r"^\s*(?P<w>[^\d();,.]{2,12}(?:,\s*ngành)?)\s*(?:[;.]|$)")


# A sentence that goes on from the one before without a subject of its own
GOES_ON = re.compile(r"\W*(?:Trong\s+khi\s+đó|Còn|Bên\s+cạnh\s+đó)\b", re.I)


def last_sentence(paragraph: str) -> str:
    """The last sentence of a paragraph's text so far (of its last 300 characters)."""
    return re.split(r"(?<=[.!?])\s+", paragraph[-300:].strip())[-1]


@lru_cache(maxsize=2048)  # a report repeats most of its sentences month after month
def names_someone_else(
    window: str, clause: str, after: str, unit: str, paragraph: str
) -> str | None:
    """Why a number is another body's figure (an operator, an agency, abroad, a survey), or None.

    `window` is the clause since the previous number, `clause` the whole clause before the
    number, `paragraph` the paragraph's earlier sentences (an operator named there and nowhere
    else is still the subject: "… của Viettel tăng mạnh. Với tốc độ tải xuống đạt …").
    """
    operators = set(findall(OPERATORS, window))
    if not operators and not NATIONAL_SUBJECT.search(clause):
        # only the sentence just before: "Viettel đi đầu về Mobile Money. Tỷ lệ … smartphone
        # đạt 88%. Tỷ lệ hộ gia đình … cáp quang đạt 69,43%" moves on to the country's figures
        last = last_sentence(paragraph)
        operators = set(findall(OPERATORS, clause)) or set(findall(OPERATORS, last))
    if len(operators) == 1 or (operators and unit == "mbps"):
        return "one operator's figure"  # speeds of named operators are theirs, never the country's
    # …within the number's own segment: "Với hạ tầng của VNPT, cả nước đã có 100% xã" is national
    if OWNED_BY_OPERATOR.search(clause.rsplit(",", 1)[-1]):
        return (
            "one operator's figure"  # "mạng cáp quang của VNPT đã phủ tới 100% xã trên toàn quốc"
        )
    # "Viettel dẫn đầu với 7,6 triệu khách hàng Viettel Money, tiếp theo là VNPT với 1,4 triệu":
    # with several named, the one right before the number is its subject.
    nearest = finditer(OPERATORS, window)[-1:]
    if nearest and re.fullmatch(r"[^;,.\d]{0,25}", window[nearest[0].end() :]):
        return "one operator's figure"
    if search(VENDORS, clause):
        return "a vendor's or researcher's figure"
    if unit == "mbps" and SERVICE_PLAN.search(window):
        return "a service plan's bandwidth, not a measured speed"
    countries = finditer(COUNTRY, clause)
    if countries and "Việt Nam" not in clause[countries[-1].end() :]:
        return "another country's figure"
    # "… Việt Nam xếp thứ 19 toàn cầu (148,64 Mbps)": the world ranks the country's own figure
    ranked = WORLD_RANK.search(clause)
    if (
        (search(WORLD, window) and not ranked)
        or search(WORLD_AVERAGE, clause)
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
    # "thế giới có khoảng 5,18 tỷ người sử dụng internet (chiếm gần 65% dân số)"
    world = WORLD_STATES.search(clause)
    if world and not VIETNAM.search(clause, world.end()):
        return "the world's figure"
    part = ONE_BODY_PART.search(window)
    # "Riêng tỉnh Bình Dương đạt 60%": a named province's own rate is its breakdown
    if part and not (unit == "percent" and province_name_pattern().search(window, part.end())):
        return "one body's part of the figure"
    if ONE_BUSINESS.search(window):
        return "one business's figure"  # "một doanh nghiệp viễn thông lớn nhất … khoảng 7 triệu"
    # a "lần lượt" run reads its owners at the run's head, before its first number
    scope = clause if re.search(r"lần\s+lượt", clause) else window
    some = finditer(SOME_OF_THEM, scope)[-1:]
    some = some[0] if some else None
    # …unless a province is named after them: "… như Đà Nẵng đạt 95,6%", "một số địa phương đạt
    # cao: Bình Dương 71,5%" (their own figures); "3 bộ: Công Thương, … lần lượt là 100%, …"
    # names ministries, whose figures are theirs
    named = some and province_name_pattern().search(scope, some.end())
    if some and not named:
        return "some bodies' figure, not their group's"  # "Một số bộ, ngành … với 100% DVCTT"
    if names_a_district(window if re.search(r"[^\W\d]{4,}", window.replace("và", "")) else clause):
        return "a district's or city's figure"
    if search(ONE_AGENCY, window) and not NATIONAL_SUBJECT.search(window.replace("Việt Nam", "")):
        return "one named agency's figure"
    if search(SURVEY, window + " " + after):
        return "a survey's figure"
    if unit == "mbps" and is_upload(clause, after):
        return "an upload speed"
    return None


def names_a_district(text: str) -> bool:
    """Whether a town, district or ward below the province is named ("TP Đà Lạt", "huyện Mù Cang Chải")."""
    names = rf"(?:{province_names()})\b"
    for m in DISTRICT.finditer(text):
        # "TP. HCM" is the province by its alias, "TP Đà Lạt" a city below one
        if not (re.match(names, m.group("name"), re.I) or re.match(names, m.group(), re.I)):
            return True
    return False


def is_upload(clause: str, after: str) -> bool:
    """Whether a speed is an upload speed: the nearest direction word says so."""
    tail = re.match(
        # "160,4 Mbps (tải xuống)" names this figure; "(tải lên 146,8 Mbps)" names the next one
        # ("67,96 Mb/giây tốc độ tải xuống và 63,89 Mb/giây tốc độ tải lên" likewise)
        # ("55,1 Mbps chiều tải xuống, 20,3 Mbps chiều tải lên", "… (download) và … (upload)")
        r"^\s*(?:Mbps?\s*)?(?:\(\s*(?=(?:tải\s+\w+|upload|download)\s*[)/])"
        r"|(?:khi|lúc|đối\s+với|cho|ở|với|chiều|hướng)?\s*)"
        r"(?:tốc\s+độ\s+)?(tải\s+lên|tải\s+xuống|tải\s+về|upload|download)",
        after,
        re.I,
    )
    if tail:
        return bool(UPLOAD.match(tail.group(1)))
    listed = list_direction(clause)
    if listed is not None:
        return listed
    # "tải xuống/tải lên … 145,21/140,3 Mbps": the pair's first figure is the download
    clause = re.sub(r"tải\s+(?:xuống|về)\s*/\s*tải\s+lên", "tải xuống", clause, flags=re.I)
    up, down = list(UPLOAD.finditer(clause)), list(DOWNLOAD.finditer(clause))
    return bool(up) and (not down or up[-1].start() > down[-1].start())


def list_direction(clause: str) -> bool | None:
    """ "tốc độ tải xuống, tải lên … lần lượt là 258,28 Mbps và 195,34 Mbps": the directions
    named before "lần lượt", in order, are the values' after it; None when no such list."""
    openings = list(RESPECTIVELY.finditer(clause))
    if not openings:
        return None
    opening = openings[-1]
    head = clause[: opening.start()]
    order = sorted(
        [(m.start(), True) for m in UPLOAD.finditer(head)]
        + [(m.start(), False) for m in DOWNLOAD.finditer(head)]
    )
    index = len(re.findall(r"\d+(?:[.,]\d+)*", clause[opening.end() :]))
    if len(order) < 2 or index >= len(order):
        return None
    return order[index][1]


@cache
def province_tail_pattern() -> re.Pattern:
    """A province name that ends a text (quickened: see etl.gates.quicken)."""
    return quicken(re.compile(rf"(?P<name>{province_names()})\s*$"))


# A level word that ends a text; compiled once and quickened, as the pattern above: both were
# written out and looked up in re's cache for each number after a "(", then tried at every
# position of the sentence before it.
LEVEL_TAIL = quicken(re.compile(rf"(?:{LEVEL_WORD.pattern})\s*$", re.I))


def list_item_breakdown(sentence: str, q: Quantity, after: str) -> str | None:
    """The breakdown a list item names: "Hòa Bình (86,5%)", "khối địa phương (61,5%)",
    "44,6% (bộ, ngành)"; None when the number is not such an item."""
    # "44,6% (bộ, ngành)", and in a terse list "100% bộ, ngành; 98,4% địa phương"
    tail = ITEM_IN_PARENS.match(after) or (ITEM_AFTER.match(after) if q.unit == "percent" else None)
    if tail:
        level = LEVEL_WORD.fullmatch(tail.group("w").strip())
        if level:
            return "ministries" if level.group("m") else "localities" if level.group("l") else None
    opening = sentence.rfind("(", 0, q.qual_start)
    if opening < 0:
        return None
    # "Hà Nội (tốc độ download 94,08 Mbps)": a few words may name the measure first
    inside = sentence[opening + 1 : q.qual_start]
    if inside.strip() and (len(inside) > 30 or re.search(r"\d|tăng|giảm|gấp|so\s+với", inside)):
        return None
    head = sentence[:opening]
    m = province_tail_pattern().search(head)
    if m:
        return canonical_province(m.group("name"))
    if q.unit == "percent" and re.search(r"(?:cả\s+nước|toàn\s+quốc)\s*$", head, re.I):
        return "national"  # "cao hơn mức trung bình cả nước (41,8%)"
    level = LEVEL_TAIL.search(head)
    if level and q.unit == "percent":
        return "ministries" if level.group("m") else "localities" if level.group("l") else None
    return None


def paren_national(sentence: str, q: Quantity) -> bool:
    """ "(cả nước: 172,45 Mbps)", "(bình quân cả nước là 42,9%)": the country's figure."""
    opening = sentence.rfind("(", 0, q.qual_start)
    if opening < 0 or ")" in sentence[opening : q.qual_start]:
        return False
    inside = sentence[opening + 1 : q.qual_start]
    national = r"\s*(?:mức\s+)?(?:bình\s+quân|trung\s+bình)?\s*(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)"
    return bool(re.fullmatch(national + r"\s*(?::|là|đạt)\s*", inside, re.I))


def blank_spans(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] with each span (a date or period phrase) cut down to one space."""
    out, pos = [], start
    for s, e in sorted(spans):
        if e <= pos or s >= end:
            continue
        out.append(text[pos:s])
        out.append(" ")
        pos = max(pos, e)
    out.append(text[pos:end] if pos < end else "")
    return "".join(out)


def past_aside(sentence: str, q: Quantity, after: str, later: list[Quantity]) -> str:
    """The words after a number, past a bracketed aside that holds the next number."""
    # "63/63 địa phương (tăng 14 địa phương so với cuối năm 2023) đều đã ban hành chính sách
    # giảm, miễn phí …": what the 63 counts is said after the brackets.
    opening = after.find("(")
    if opening < 0 or ")" in after[opening:] or not later:
        return after
    closing = sentence.find(")", q.end + opening, q.end + opening + 160)
    if closing < 0:
        return after
    nxt = next((x.qual_start for x in later if x.qual_start > closing), len(sentence))
    rest = sentence[closing + 1 : nxt]
    end = re.search(r"[;.]\s|[;.]$", rest)
    return after[:opening] + " " + rest[: end.start() if end else len(rest)]
