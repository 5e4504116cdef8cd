"""The words of a clause as cues read them: dates, multiples and bracketed acronyms blanked."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.clauses import blank_spans
from etl.cues import COUNTED
from etl.earlier_words import FROM_LEVEL, FROM_LEVEL_TO
from etl.gates import finditer, search
from etl.numbers import BARE_NUMBER, SCALES, Quantity
from etl.periods import Period
from etl.phrases import (
    ACRONYM_ASIDE,
    CHANGE_BEFORE,
    PER_100_OF,
    PER_100_WORDS,
    PERCENT_HEAD,
    RANK_PLACE,
    RISE_TO,
    SAME_FIGURE,
)

# "hơn 1 triệu thuê bao Internet di động và 251 nghìn thuê bao cáp quang": the words between
# two counts are the first one's noun, then "và"
NOUN_THEN_AND = re.compile(r"\s*(?!đạt\b|là\b|có\b)[^\d;.,:()%]{2,60}?\s(?:và|cùng)\s*", re.I)
# …a per-100 figure's, its base written in: "… thuê bao băng rộng cố định/100 dân và …"
PER_100_NOUN_THEN_AND = re.compile(
    r"\s*(?!đạt\b|là\b|có\b)[^\d;.,:()%]{2,60}?\s*(?:/|trên)\s*100\s+(?:dân|người)\s(?:và|cùng)\s*",
    re.I,
)


def read_past(
    periods: list[Period], earlier: list[Quantity], start: int, sentence: str = "", q=None
) -> tuple[list, int]:
    """The spans cues read past, and where the clause's last earlier number ends (-1: none)."""
    # "tỷ lệ X tính đến 30/9/2024 đạt", "Tỉ lệ hồ sơ trực tuyến toàn tỉnh tăng hơn 2,7 lần, đạt
    # 93,18%": the words around a date or a multiple still name the figure…
    passed = [p for p in earlier if p.unit == "times"]
    # …and so do they around the change that leads to it: "Số thuê bao … tăng 2,3% so với cùng
    # kỳ, đạt 90 triệu", "… tăng thêm 5 điểm phần trăm, lên 45%"
    if q is not None and earlier and leads_to(sentence, earlier[-1], q):
        passed.append(earlier[-1])
    # …and around a place in a ranking before it: "Chỉ số SIPAS của tỉnh … đứng thứ 19, đạt 83,84%"
    if q is not None and earlier and ranks_before(sentence, earlier[-1], q):
        passed.append(earlier[-1])
    times = [(p.qual_start, p.end) for p in passed]
    spans = [(p.text_start, p.text_end) for p in periods if p.kind != "day_avg"] + times
    # …and around a day named without its year ("SIPAS năm 2024 công bố hôm nay, 6/4, TP Hà Nội
    # đạt"), which no period reads
    spans += [m.span() for m in YEARLESS_DAY.finditer(sentence, start)]
    ends = [p.end - start for p in earlier if p.end > start and p not in passed]
    return spans, max(ends, default=-1)


# A day and month without a year, said as a day: "ngày 6/4", "hôm nay, 6/4", "sáng 13/3"
YEARLESS_DAY = re.compile(
    r"\b(?:[Nn]gày|[Hh]ôm\s+nay,?|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+\d{1,2}\s*/\s*\d{1,2}\b(?!\s*/\s*\d)"
)


# The words from a change to the level it brought: ", đạt", " so với cùng kỳ, lên mức"
CHANGE_TO_LEVEL = re.compile(
    r"(?:\s*(?:điểm\s+phần\s+trăm|điểm\s+%|điểm))?(?:\s*\([^()]*\))?"
    r"(?:\s+so\s+(?:với\s+)?[^.;,]{0,40})?\s*,\s*(?:và\s+)?(?:(?:lên|là)(?:\s+mức)?\s*)?",
    re.I,
)


# "… ghi nhận thêm hơn 2 triệu thuê bao đến tháng 3 năm nay, tức tổng cộng 93,5 triệu thuê bao":
# what was added, then the total it makes
ADDED_BEFORE = re.compile(r"\bthêm\s*(?:được\s+)?(?:khoảng|gần|hơn|trên)?\s*$", re.I)
ADDED_TO_TOTAL = re.compile(
    r"[^.;,]{0,60}?,\s*(?:tức|nâng)(?:\s+là)?\s*(?:tổng\s+(?:cộng|số)\s*)?(?:là\s+|lên\s+|đạt\s+)?",
    re.I,
)


def leads_to(sentence: str, p: Quantity, q: Quantity) -> bool:
    """Whether p is the change ("tăng 2,3%", "thêm 2 triệu") that the level q comes to after a
    comma."""
    if p.unit not in ("percent", "count", "mbps"):
        return False
    if CHANGE_BEFORE.search(sentence, max(0, p.qual_start - 40), p.qual_start):
        return bool(CHANGE_TO_LEVEL.fullmatch(sentence, p.end, q.qual_start))
    return bool(
        ADDED_BEFORE.search(sentence, max(0, p.qual_start - 20), p.qual_start)
        and ADDED_TO_TOTAL.fullmatch(sentence, p.end, q.qual_start)
    )


# "đứng thứ 19", "xếp thứ 12/63 cả nước", then ", đạt" or "với": a place, then the figure it ranks
RANK_TO_FIGURE = re.compile(
    r"(?:\s*/\s*\d{2,3})?(?:\s+(?:trên\s+|trong\s+)?(?:cả\s+nước|toàn\s+quốc|khu\s+vực[^\d,;.]{0,30}))?"
    # (the figure's "đạt" is its qualifier: q.qual_start stands before it)
    r"\s*(?:,\s*(?:và\s+)?)?(?:(?:đạt|với)(?:\s+(?:mức|tỷ\s+lệ|kết\s+quả))?\s*(?:khoảng\s+)?)?",
    re.I,
)


def ranks_before(sentence: str, p: Quantity, q: Quantity) -> bool:
    """Whether p is a place in a ranking ("đứng thứ 19") that the figure q follows."""
    if p.unit not in ("count", "rank", "ratio") or p.value > 200:
        return False
    return bool(
        RANK_PLACE.search(sentence, max(0, p.qual_start - 25), p.qual_start)
        and RANK_TO_FIGURE.fullmatch(sentence, p.end, q.qual_start)
    )


SOURCE_ASIDE = re.compile(r"\s*\(\s*(?:qua|theo|nguồn|dựa\s+trên)\b[^()\d]{3,120}\)", re.I)


def drop_acronyms(sentence: str, spans: list, start: int, q: Quantity, scope, crossed: int):
    """The scope read again without bracketed acronyms inside its terms; None when it has none."""
    # "tỷ lệ dịch vụ công (DVC) trực tuyến … đạt 96%": the cue names "dịch vụ công trực tuyến".
    # Tried second: "(EMC) hiện đạt 79,4%" needs its acronym.
    if "(" not in sentence[start : q.qual_start]:
        return None  # most clauses: no acronym to drop
    asides = [m.span() for m in finditer(ACRONYM_ASIDE, sentence, start, q.qual_start)]
    # (…and a source told in brackets: "(qua đánh giá trên Hệ thống thông tin giải quyết TTHC)")
    asides += [m.span() for m in SOURCE_ASIDE.finditer(sentence, start, q.qual_start)]
    if not asides or scope.before != blank_spans(sentence, spans, start, q.start):
        return None  # none, or a clause read another way ("lần lượt", "từ … lên")
    spans = spans + asides
    if crossed >= 0:
        crossed = len(blank_spans(sentence, spans, start, start + crossed))
    before = blank_spans(sentence, spans, start, q.start)
    return replace(
        scope,
        before=before,
        bare=blank_spans(sentence, spans, start, q.qual_start),
        crossed=crossed,
    )


def previous_noun(sentence: str, earlier: list[Quantity], q: Quantity, after: str) -> list:
    """The span of the earlier count's noun when it stands right before this count, which names
    its own noun after it (no label of this count's: cues must not read it)."""
    if not earlier or earlier[-1].unit != q.unit or q.unit not in ("count", "per_100"):
        return []
    start = earlier[-1].end
    # "41,2 thuê bao băng rộng cố định/100 dân và 118,5 thuê bao băng rộng di động/100 dân"
    between = NOUN_THEN_AND if q.unit == "count" else PER_100_NOUN_THEN_AND
    if not COUNTED.match(after) or not between.fullmatch(sentence, start, q.qual_start):
        return []
    if not COUNTED.match(sentence[start : q.qual_start]):
        return []
    return [(start, q.qual_start)]


# "Không chỉ mạng cố định, Internet di động … đạt 152,17 Mbps": the opening names what the text
# spoke of before; the figure is the one the sentence goes on to.
ALSO_OPENING = re.compile(
    r"(?:Không\s+(?:chỉ|riêng)|Bên\s+cạnh|Cùng\s+với|Ngoài|Tương\s+tự\s+như)\s+"
    r"(?!đó\b|ra\b|việc\b)[^\d,;:.]{3,50},\s*",
    re.I,
)


def also_opening(sentence: str, q: Quantity) -> list:
    """The span of an opening that names what came before ("Không chỉ mạng cố định, …")."""
    m = ALSO_OPENING.match(sentence)
    return [(0, m.end())] if m and m.end() <= q.qual_start else []


# A label that names a rate without "tỷ lệ": "Hồ sơ trực tuyến: 72,05%", "DVCTT toàn trình
# 58,9%" in a list or a table's cell. The words run straight to the number from the clause's
# opening, a colon, a comma or a cell's bar.
BARE_RATE_LABEL = re.compile(
    r"(?:^|[:,|])\s*(?:[-–•+*]\s*)?(?P<label>(?!tỷ\b|tỉ\b|số\b)[^\W\d][^\d;:,|%()]{2,50}?)"
    r"\s*(?::\s*|\s(?:đạt|là)\s+)?$",
    re.I,
)
RATE_WORDS = re.compile(r"t[ỷỉ]\s+(?:lệ|trọng)|chiếm|\bso\s+với|tăng|giảm|mục\s+tiêu", re.I)


def as_rate_label(scope, q: Quantity):
    """The scope read as "tỷ lệ <label>" when a percent's clause is a bare label; else None."""
    if q.unit != "percent" or RATE_WORDS.search(scope.before):
        return None
    m = BARE_RATE_LABEL.search(scope.before)
    if m is None or m.start("label") < scope.crossed:
        return None
    return named_rate(scope, m.group("label"))


# "Năm 2024, 96,5% kết quả giải quyết TTHC được cấp dưới dạng điện tử", "…, trong đó 43,6% được
# thực hiện trực tuyến và 23,4% là hồ sơ trực tuyến toàn trình": the figure opens its clause and
# the words after it name what it is a share of: dossiers, results, households, procedures,
# people, villages, systems, subscriptions ("100% dịch vụ công trực tuyến toàn trình đã cung cấp
# trên Hệ thống …" says every such service is offered there: no share of procedures).
OPENS_CLAUSE = re.compile(
    r"(?:^|[,:]|\btrong\s+đó|\bvà|\bcó)\s*(?:(?:khoảng|gần|hơn|trên|tới|đến)\s+)?$", re.I
)
NAMES_AFTER = re.compile(
    r"\s*(?:là\s+|của\s+)?(?P<label>(?:số\s+)?(?:hồ\s+sơ|kết\s+quả|hộ|TTHC|thủ\s+tục|người|"
    r"dân\s+số|thôn|hệ\s+thống|thuê\s+bao)\b[^\d;%()]{3,80})",
    re.I,
)


def as_rate_after(scope, q: Quantity):
    """The scope read as "tỷ lệ <words after>" when a percent opens its clause; else None."""
    if (
        q.unit != "percent"
        or not OPENS_CLAUSE.search(scope.before)
        or RATE_WORDS.search(scope.after)
    ):
        return None
    m = NAMES_AFTER.match(scope.after)
    return named_rate(scope, m.group("label")) if m else None


# "…, trong đó hồ sơ trực tuyến chiếm 68,5%": what takes the share, named before "chiếm" with no
# base after it, is the rate's subject
SHARE_TAKEN = re.compile(
    r"(?:^|[:,;])\s*(?:trong\s+đó\s*,?\s*)?(?P<label>(?!tỷ\b|tỉ\b|số\b)[^\W\d][^\d;:,%()]{2,60}?)\s+chiếm\s*"
    r"(?:tỷ\s+lệ\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?$",
    re.I,
)


def as_share_taken(scope, q: Quantity):
    """The scope read as "tỷ lệ <label>" for "<label> chiếm N%" that names no base; else None."""
    if q.unit != "percent" or re.match(r"\s*[^\W\d]", scope.after):
        return None
    m = SHARE_TAKEN.search(scope.before)
    return named_rate(scope, m.group("label")) if m else None


def named_rate(scope, label: str):
    """The scope read as the clause "tỷ lệ <label> đạt", as the rate's cues are written."""
    before = "tỷ lệ " + label + " đạt "
    return replace(scope, before=before, bare=before, crossed=-1)


# "… là 83,1 triệu, tương đương 84,7% tổng số thuê bao": the count's share, as "chiếm" says it
EQUAL_TO_SHARE = re.compile(  # (…or "…, tức khoảng 50,04% tổng số TTHC")
    rf"{SAME_FIGURE}(?P<q>\s+(?:khoảng|gần|hơn|trên))?\s*$",
    re.I,
)


def as_share(scope, q: Quantity):
    """The scope read with "chiếm" for "tương đương" before a percent; else None."""
    m = EQUAL_TO_SHARE.search(scope.before) if q.unit == "percent" else None
    if m is None:
        return None
    before = scope.before[: m.start()] + "chiếm" + (m.group("q") or "") + " "
    return replace(scope, before=before, bare=scope.bare[: m.start()] + "chiếm ")


# "hồ sơ của người dân, doanh nghiệp được nộp trực tuyến": whose dossiers they are names no other
# indicator; cues read past it
CITIZENS = re.compile(
    r"\s(?:của|cho)\s+(?:các\s+)?(?:người\s+dân|tổ\s+chức|cá\s+nhân|doanh\s+nghiệp"
    # "100% hệ thống thông tin của các cơ quan nhà nước thành phố đã được phê duyệt …"
    r"|cơ\s+quan(?:\s+nhà\s+nước)?(?:\s+(?:tỉnh|thành\s+phố))?)"
    r"(?:\s*(?:,|và)\s*(?:người\s+dân|tổ\s+chức|cá\s+nhân|doanh\s+nghiệp|đơn\s+vị))*",
    re.I,
)


# "tỷ lệ người dân trong tỉnh sử dụng Internet", "… hộ gia đình trên địa bàn tỉnh sử dụng cáp
# quang": the province named back inside a label (read for the breakdown from the sentence)
PLACE_INSIDE = re.compile(
    r"\s(?:trong|trên\s+địa\s+bàn|toàn)\s+(?:tỉnh|thành\s+phố)(?!\s*(?-i:[A-ZĐ]))(?=\s+\w)", re.I
)


def whose_spans(sentence: str, start: int, end: int) -> list:
    """The spans naming whose dossiers or services they are, or the province named back,
    between start and end."""
    spans = [m.span() for m in finditer(PLACE_INSIDE, sentence, start, end)]
    if "của" not in sentence[start:end] and "cho" not in sentence[start:end]:
        return spans
    return spans + [m.span() for m in finditer(CITIZENS, sentence, start, end)]


# "… hồ sơ trên địa bàn tỉnh Quảng Trị được nộp trực tuyến": the place, read for the breakdown
PLACE_AFTER = re.compile(  # (…or bare after "trên địa bàn": "hộ gia đình trên địa bàn Quảng Ninh")
    r"\s(?:(?:trên\s+địa\s+bàn|của|tại)\s+(?:tỉnh|thành\s+phố|TP\.?)|trên\s+địa\s+bàn)"
    r"\s*(?-i:[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})",
    re.I,
)


def blank_whose(after: str) -> str:
    """The words after a number with whose dossiers they are, and where, blanked."""
    if "của" not in after and "tại" not in after and "trên" not in after and "cho" not in after:
        return after
    after = CITIZENS.sub(lambda m: " " * len(m.group()), after)
    return PLACE_AFTER.sub(" ", after)  # (one space: a cue counts the words between)


def words_passed(sentence: str, earlier: list, q: Quantity, after: str, start: int) -> list:
    """The spans cues read past besides dates: an earlier count's noun, an opening on what came
    before, whose dossiers they are."""
    spans = previous_noun(sentence, earlier, q, after) + also_opening(sentence, q)
    return spans + whose_spans(sentence, start, q.qual_start)


SHARED_UNIT = re.compile(
    # (not when that one's list goes on: "23,3; 88,6; 82,4% và 87,1%" gives each its own)
    r"(?:\s*(?:,|và|,\s*và)\s*\d[\d.,]*)+\s*(?P<unit>%|Mbps|Mb/s|Mbit/s|triệu|nghìn|tỷ(?!\s+đồng))(?!\w)"
    r"(?!\s*(?:,|;|và)\s*\d)",
    re.I,
)


def own_quantities(sentence: str, quantities: list[Quantity], periods: list) -> list[Quantity]:
    """A sentence's numbers outside its periods; "lần lượt 181,3, 178,6 và 175,04 Mbps": a
    list's bare numbers take the unit its last one names."""
    out = []
    for q in quantities:
        if any(p.text_start <= q.start < p.text_end for p in periods):
            continue
        bare = q.unit == "count" and BARE_NUMBER.fullmatch(q.text)  # ("23,5 triệu" is a count)
        m = SHARED_UNIT.match(sentence, q.end) if bare else None
        if m and not COUNTED.match(sentence, q.end):
            unit = m.group("unit").lower()
            if unit in SCALES:  # "lần lượt đạt 15,8, 71,5 và 31,2 triệu"
                # (not a whole count: "lần lượt là 270.150 và 1,8 triệu")
                q = replace(q, value=q.value * SCALES[unit]) if q.value < 1000 else q
            else:
                q = replace(q, unit="percent" if unit == "%" else "mbps")
        out.append(q)
    return out


PER_100_BESIDE = re.compile(
    r"/\s*100\s+(?:dân|người)\s*:?\s*[\d.,]+\s*\(\s*(?:cả\s+nước|toàn\s+quốc)\s*(?::|là)?\s*$"
    # "… trên 100 dân của Vĩnh Phúc đạt 91,5, cao hơn bình quân chung cả nước (86,9)"
    r"|(?:/|trên)\s*100\s+(?:dân|người)\b[^;()]{0,60}?\d[\d.,]*[^;()\d]{0,50}?(?:cả\s+nước|toàn\s+quốc)\s*\(\s*$",
    re.I,
)


def unit_named_around(q: Quantity, window: str, before: str, after: str, percent_lead: bool):
    """The quantity with the unit its label gives a bare number: per 100 inhabitants, or a share
    under a "(%)" heading (percent_lead: the paragraph's lead says "(%)")."""
    # "trong 100 người dân Việt Nam, có gần 92 thuê bao": the hundred is a number too
    # (…or the country's beside a per-100 figure: "…/100 dân: 20,4 (cả nước: 21,6)")
    per_100 = (
        search(PER_100_WORDS, window)
        or search(PER_100_OF, before[-80:])
        or PER_100_BESIDE.search(before[-80:])
    )
    if q.unit in ("count", "percent") and per_100 and q.value < 300:
        # "trên 100 dân đạt 23,4", "mật độ … 86,7", "… trên 100 dân hiện đạt 84%"
        return replace(q, unit="per_100")
    # "Tỷ lệ DVCTT có phát sinh hồ sơ (%):" over "- Tháng 4/2025: 55,9": a bare share
    if (
        q.unit == "count"
        and q.value <= 100
        and (percent_lead or search(PERCENT_HEAD, window))
        and not COUNTED.match(after)
    ):
        return replace(q, unit="percent")
    return q


FIGURE_IN_BRACKETS = re.compile(r"\([^()]*\d[^()]*\)")


def read_change_words(before, bare, crossed, after, periods, clause_start, q):
    """A figure named as it changes ("Tỷ lệ … tăng từ 38% năm 2023 lên 45%"): the label before
    "tăng từ" names the level risen to and the level it starts from; returns the words before
    q (all and bare), where they cross another number, and the periods q may read."""
    rise = search(RISE_TO, before)
    if rise and crossed >= 0:
        # (how much it changed, in brackets, is no part of the name: "giảm khá sâu (8,12%), từ …")
        label = FIGURE_IN_BRACKETS.sub(" ", before[: rise.start()]) + " đạt "
        # "từ 0,93% năm 2023 lên 90,2%": the year between is the earlier figure's
        frm = clause_start + rise.start()
        own = [p for p in periods if not frm <= p.text_start < q.qual_start]
        return label, label, -1, own
    fall = search(FROM_LEVEL, before)
    if fall and search(FROM_LEVEL_TO, after):
        # "… mức độ 4 tăng mạnh, từ 10,76% năm 2019 lên …": the level it starts from
        label = before[: fall.start()] + " đạt "
        return label, label, -1, periods
    return before, bare, crossed, periods
