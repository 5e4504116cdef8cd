"""Rules over the words around a number: whose figure it is, and whether it is a result at all.

Every rule reads the genre's language (targets, changes, sub-counts, operators, other countries,
surveys, one named agency), never a particular text."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from etl.numbers import Quantity
from etl.phrases import VENUE_AFTER, VENUE_BEFORE
from etl.provinces import (
    canonical_province,
    leader_named_after,
    named_the_one,
    province_list_pattern,
    province_name_anywhere,
    province_names,
    province_pattern,
    set_apart,
    unmerged,
)
from etl.whose_words import (
    HEADED_LEVEL,
    LEVEL_WORD,
    LOCALITIES,
    MINISTRIES,
    NATIONAL_AS_SUBJECT,
    NATIONAL_BODY_ACTS,
    NATIONAL_WORDS,
    SUBJECT_VERB,
    level_of,
)

# "… (NDXP) tháng 10/2024: - Số giao dịch trong tháng: …": where the items under a lead begin
LIST_AFTER_LEAD = re.compile(r":\s+(?=[-+•*]\s)")


def lead_own(lead: str) -> str:
    """A lead's own words, without the list items sections.lead_paragraphs joined after it."""
    opening = LIST_AFTER_LEAD.search(lead)
    return lead[: opening.start() + 1] if opening else lead


@lru_cache(maxsize=4096)  # read again for each paragraph under the lead
def find_lead_breakdown(lead: str) -> str:
    """The province a lead names, or the level a heading over a list names ("… – khối địa phương:")."""
    found = find_breakdown(lead, lead, "count")
    m = HEADED_LEVEL.search(lead) if found == "national" and ":" in lead else None
    own = lead_own(lead)
    if m is None and found == "national" and own.rstrip().endswith(":"):
        # "Kết quả khối địa phương tháng 3/2025 (nguồn: Hệ thống EMC):": the one block it names
        levels = {level_of(b) for b in BLOCK_NAMED.finditer(own)}
        return levels.pop() if len(levels) == 1 else found
    if m is None or m.group("n"):
        return found
    return level_of(m)


# "khối bộ, ngành", "khối địa phương": a block named outright; as a count's subject, the words
# after it run to the number ("khối bộ, ngành phát sinh 58,1 triệu giao dịch")
BLOCK_NAMED = re.compile(
    r"\bkhối\s+(?:các\s+)?(?:(?P<m>bộ(?:,?\s*ngành)?)|(?P<l>tỉnh|địa\s+phương))\b", re.I
)
COUNT_BLOCK = re.compile(BLOCK_NAMED.pattern + r"[^\d;,]{0,40}$", re.I)


# A dateline after the place a text opens on: ", ngày 19/6/2024 -", ", 19/6)", " - "
# (…or an agency's tag: "Hà Nội (TTXVN) -", "Hà Nội (TTXVN 18/4/2024) Người dân …")
DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\b|\)|\s[-–]\s|\([^()]{2,40}\)\s*(?:[-–]|(?=[A-ZĐ])))"
)
# A province's member of parliament or council: "đại biểu Quốc hội (đoàn) tỉnh Hà Giang"
DELEGATE_OF = re.compile(r"\bđại\s+biểu\s+(?:Quốc\s+hội\s+|HĐND\s+)?(?:đoàn\s+)?$", re.I)
# A clause of its own naming the country as the owner of its figure
COUNTRY_IN_CLAUSE = re.compile(
    r"\b(?:của|tại|ở)\s+(?:Việt\s+Nam|cả\s+nước|toàn\s+quốc)\s*(?:là|đạt|ở\s+mức|:)?\s*"
    r"(?:khoảng|gần|hơn|trên)?\s*$"
)


# "; trên cả nước, …", "; cả nước có …", "; toàn quốc đạt …"
COUNTRY_OPENS = re.compile(
    r"\s*(?:(?:trên|trong|tại|ở|còn|với)\s+)?(?:cả\s+nước|toàn\s+quốc)\b", re.I
)


@cache
def place_right_before() -> re.Pattern:
    """Match a province named right before its figure ("Hà Nội đạt", "Đà Nẵng có", "Huế:",
    "Bắc Ninh dẫn đầu với")."""
    return re.compile(
        rf"\b(?P<name>{province_names()})\s*(?:(?:dẫn|đứng)\s+đầu\s+)?(?:đạt|là|:|–|-|có|với|chiếm)?\s*(?:tỷ\s+lệ\s*)?"
        r"(?:gần|hơn|trên|khoảng|đạt|tới)?\s*$"
    )


@cache
def listed_before() -> re.Pattern:
    """Match a place listed right before its figure, after a comma, semicolon or "và"."""
    return re.compile(
        rf"(?:[,;]|\bvà)\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?(?P<name>{province_names()})\s*:?\s*$"
    )


@cache
def place_ranked_before() -> re.Pattern:
    """Match a province right before its figure, maybe ranked ("Hà Nội đứng thứ hai với", "trong
    khi Điện Biên chỉ đạt", "thấp nhất là Điện Biên, chỉ")."""
    return re.compile(
        rf"\b(?P<name>{province_names()})\s*(?:(?:đứng|xếp)\s+thứ\s+\w+|dẫn\s+đầu|theo\s+sau)?"
        # ("… trong khi Điện Biên chỉ đạt 3,05%", "thấp nhất là Điện Biên, chỉ 12,3%")
        r"\s*(?:,\s*)?(?:(?:(?:chỉ|mới|cũng|đã|vẫn)\s+)*(?:đạt|là|:|–|-|có|với|chiếm)|chỉ|mới)\s*(?:(?:tỷ\s+(?:lệ|trọng)|tốc\s+độ)\s*)?(?:gần|hơn|trên|khoảng)?\s*$"
    )


def opens_on_country(head: str) -> bool:
    """Whether the clause a number is in (after the last semicolon) opens on the country and
    names no province after it."""
    clause = head.rsplit(";", 1)[-1]
    return bool(COUNTRY_OPENS.match(clause)) and not province_name_anywhere().search(clause)


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
    if "(" in head and ";" in head:
        # "… 196 thôn (trong đó 128 thôn thuộc tỉnh Hà Giang trước đây); tỷ lệ … 90,6%": an aside
        cut = head.rfind(";")
        head = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), head[:cut]) + head[cut:]
    # All but province_pattern read the names as written: without one (most leads and clauses),
    # four scans of the ~90-name alternation are skipped.
    named = province_name_anywhere().search(head) or province_name_anywhere().search(before)
    # "Hồ Chí Minh đạt 110 Mbps, trong khi tốc độ chung của Việt Nam là 97 Mbps"
    if named and COUNTRY_IN_CLAUSE.search(re.split(r"[,;]", before)[-1]):
        return "national"
    # "Đà Nẵng … với 450 trạm; trên cả nước, tính đến cuối tháng 2/2025 số trạm 5G …": a clause
    # opening on the country, with no place named after it
    if named and ";" in head and opens_on_country(head):
        return "national"
    # The province right before the number wins over the sentence's first one:
    # "tại Hà Nội đạt 181,3 Mbps, TP.HCM đạt 178,6 Mbps", "Hà Nội đứng thứ hai với 172,1 Mbps"
    m = named and place_ranked_before().search(before[-60:])
    if m is None and named:
        # "TP. Hồ Chí Minh có 96% …, Hà Nội 95%, Đà Nẵng 93%": a listed place right before its figure
        m = listed_before().search(before[-60:])
    if m is None and named:  # "Dẫn đầu cả nước là Bình Dương với tỷ lệ hồ sơ trực tuyến 87,6%"
        m = leader_named_after().search(before[-120:])
    if m is None and named:  # "…; riêng Hà Nội kích hoạt 6,1 triệu tài khoản": the one set apart
        m = set_apart().search(before[-80:]) or named_the_one().search(before[-100:])
    if m:
        return canonical_province(m.group("name"))
    listed = named and province_list_pattern().search(head)
    if listed:  # "Trong số 5 đô thị lớn gồm Hà Nội, …, TP.HCM và Cần Thơ, Đà Nẵng trở thành …"
        bare = head[: listed.start()] + " " * len(listed.group()) + head[listed.end() :]
        found = find_breakdown(before, bare, unit)
        if found not in ("national", "ministries", "localities"):
            return found  # the one named apart from the list; else the list's shared figure
    m = province_pattern().search(head)
    rest = head[m.end() :] if m is not None else ""
    if m is not None and (NATIONAL_AS_SUBJECT.search(rest) or NATIONAL_BODY_ACTS.search(rest)):
        # "hội nghị ở Cần Thơ … cả nước đã có …": the place of a meeting, not the subject; "Theo
        # Công an tỉnh …, hiện nay, Bộ Công an đã cấp …": the ministry's figure, told by the province
        m = None
    if m is not None and DELEGATE_OF.search(head, 0, m.start()):
        m = None  # "trả lời chất vấn của đại biểu Quốc hội tỉnh Hà Giang, Bộ trưởng …": who asked
    if m is not None and not head[: m.start()].strip(" (") and DATELINE_AFTER.match(head, m.end()):
        m = None  # "TP. Hồ Chí Minh, ngày 19/6/2024 - Cục Viễn thông cho biết …": where it was written
    if (
        m is not None
        # …or the sentence opens on the place: "Tại Hà Nội ngày 5/7/2025, Cục An toàn thông tin …"
        and (VENUE_BEFORE.search(head[: m.start()]) or opens_on_place(head, m))
        and VENUE_AFTER.match(head[m.end() :])
    ):
        m = None  # "Tại sự kiện Internet Day 2023 ngày 22/11 ở Hà Nội, Thứ trưởng … cho biết": where
    if m is None and named:  # "…: Hà Nội đạt 78,4%, Đà Nẵng đạt 71,2%"
        m = place_right_before().search(before)
    if m is None and named:
        # "Năm 2024, Bắc Ninh …", "Trong đó, Hà Nội …": a time or a link word, then the subject
        when = r"(?:(?:Năm|Tháng|Quý|Trong|Tính\s+đến|Đến|Hết)\s[^,;]{0,30},\s*|Theo\s[^,;]{0,140},\s*)"
        # (after a source's tag: "(VietnamPlus) Năm 2023, Thừa Thiên Huế có …"; the one a clause
        # turns to: "Đối với Phú Yên, các tỷ lệ tương ứng là …")
        tag = r"(?:\([^()\n\d]{2,40}\)\s*[-–:]?\s*)?"
        lead = rf"\W*{tag}{when}?(?:(?:Trong\s+đó|Riêng|Còn|Đặc\s+biệt|Đối\s+với)\s*,?\s*)?"
        # (not a dateline's place of writing: "Hà Nội, ngày 10 tháng 6 năm 2024", "Hà Nội, 12/4/2025
        # (VietnamPlus) -")
        dateline = rf"(?!\s*,\s*ngày\s+\d|{DATELINE_AFTER.pattern})"
        m = re.match(rf"{lead}(?P<name>{province_names()})\b{dateline}", head)
    if m is None and named:  # "… làm rất tốt như Bình Dương, tỷ lệ hồ sơ … đạt 65,8%": the example
        m = re.search(
            rf"\bnhư\s+(?:tỉnh\s+|thành\s+phố\s+)?(?P<name>{province_names()})\s*,[^,;]*$", head
        )
    if m is None and named:  # "Tháng 8/2025, Hà Nội tiếp tục dẫn đầu … với 342,1 Mbps": the subject
        found = list(re.finditer(rf"\b(?P<name>{province_names()})\s+{SUBJECT_VERB}", head))
        m = found[0] if len(found) == 1 else None
    if m:
        return canonical_province(m.group("name"))
    if unit not in ("percent", "per_100"):
        # "khối bộ, ngành phát sinh 58,1 triệu giao dịch": a block named as the subject of a count
        block = COUNT_BLOCK.search(before[-60:])
        return "national" if block is None else level_of(block)
    # (read from 90 characters back, the words before them still seen: "các bộ, ngành, địa
    # phương" cut after "ngà" would leave "địa phương" alone)
    scanned = list(LEVEL_WORD.finditer(before, max(0, len(before) - 130)))
    levels = [lv for lv in scanned if lv.start() >= len(before) - 90]
    # (…and a level joined to the first of them: "… cấp bộ, cấp tỉnh kết nối đầy đủ …", the
    # window cut after "cấp bộ")
    joined = [lv for lv in scanned if levels and lv.end() <= levels[0].start()][-1:]
    between = OWN_COUNT.sub("", before[joined[0].end() : levels[0].start()]) if joined else ""
    if joined and re.fullmatch(r"\s*(?:,|và)\s*", between):
        levels.insert(0, joined[0])
    if levels:
        last = levels[-1]
        named = {"m" if lv.group("m") else "l" if lv.group("l") else "n" for lv in levels[-2:]}
        gap = before[levels[-2].end() : last.start()] if len(levels) > 1 else "x"
        # ("21/22 bộ, ngành và 63/63 địa phương đã kết nối …, đạt tỷ lệ 98,8%": each its count)
        if named == {"m", "l"} and not re.search(r"\d", OWN_COUNT.sub("", gap)):
            return "national"  # "cấp bộ, cấp tỉnh": both levels together
        # "trung bình của các địa phương (trên) toàn quốc": the one level, country-wide (not
        # "các bộ, ngành và địa phương trên toàn quốc", both)
        alone = len(levels) < 3 or re.search(r"\d", before[levels[-3].end() : levels[-2].start()])
        if last.group("n") and alone and re.fullmatch(r"\s*(?:trên\s+)?", gap):
            return level_of(levels[-2])
        return level_of(last)
    if MINISTRIES.search(before):
        return "ministries"
    if LOCALITIES.search(before):
        return "localities"
    return "national"


OWN_COUNT = re.compile(r"\d[\d.]*\s*/\s*\d[\d.]*\s*$")  # a level's own "63/63" before its name


# "Ngày 12 tháng 10 năm 2023, tại Hà Nội, …", "Sáng 5/7, tại …": the day, then the place
DAY_OPENING = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\b[^,;.]{0,30},\s*")


def opens_on_place(head: str, m: re.Match) -> bool:
    """Whether a sentence opens on "Tại <province>", or on a day and then it (m: province_pattern's
    match)."""
    opening = head[: m.start()].strip(' -–•\n"“(')
    return (not opening or bool(DAY_OPENING.fullmatch(opening + " "))) and m.group()[
        :3
    ].lower() == "tại"


# Values listed one after another since "lần lượt", up to the next of them
RUN_SO_FAR = re.compile(
    r"(?:lần\s+lượt|tương\s+ứng)(?:\s+(?:là|đạt|ở\s+mức))?\s*"
    r"(?:\d[\d.,]*\s*(?:%|Mbps)?\s*(?:[;,]\s*(?:và\s*)?|và\s*))+$",
    re.I,
)


# A value standing bare in a run, no noun of its own after it
BARE_IN_RUN = re.compile(r"\s*(?:%|Mbps)?\s*(?:[;,.)]|và\b|$)")


def find_clause_start(sentence: str, q: Quantity) -> int:
    """Where the number's clause opens: after the last ";" before it, or a bar that opens an
    item of its own ("DVCTT toàn trình 58,9% | Hồ sơ trực tuyến 72,05%", not "Tỷ lệ … | 58,4%")."""
    start = sentence.rfind(";", 0, q.qual_start)
    run = RUN_SO_FAR.search(sentence, 0, q.qual_start) if start >= 0 else None
    run = run if run and BARE_IN_RUN.match(sentence, q.end) else None  # ("…; 58% hộ gia đình …")
    if run:  # "… từ năm 2020 - 2023 lần lượt là 12,66%; 12,88%; …": the run's clause goes on
        start = sentence.rfind(";", 0, run.start())
    bar = sentence.rfind("|", start + 1, q.qual_start)
    if bar >= 0 and re.search(r"[^\W\d_]", sentence[bar + 1 : q.start]):
        start = bar
    return start + 1


def since(text: str, earlier: list[Quantity], offset: int = 0) -> str:
    """The part of `text` after the last earlier quantity that ends inside it."""
    # quantities come in text order: the last one that ends inside `text` ends latest
    end = next((q.end - offset for q in reversed(earlier) if 0 <= q.end - offset <= len(text)), 0)
    return text[end:]


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
    return after[:opening] + " " + to_clause_end(sentence[closing + 1 : nxt])


CLAUSE_STOP = re.compile(r"[;.]\s|[;.]$")


def to_clause_end(text: str) -> str:
    """The text up to its clause's end (a ";" or "." closing it), or all of it."""
    end = CLAUSE_STOP.search(text)
    return text[: end.start()] if end else text


def named_place(before: str, head: str, unit: str) -> str:
    """The place a clause names for itself ("Đối với Phú Yên, …", "Cả nước, …"), or ""."""
    if NATIONAL_WORDS.search(before):
        return "national"
    place = find_breakdown(before, head, unit)
    return place if place != "national" else ""
