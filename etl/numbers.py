"""Vietnamese number mentions: `1.084`, `81,12%`, `2,8 triệu`, `12,9 nghìn tỷ đồng`, `41/53`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.gates import quicken
from etl.restated_figures import merge_restated

# Scale words, longest first so "nghìn tỷ" wins over "nghìn".
SCALES = {
    "nghìn tỷ": 1e12,
    "ngàn tỷ": 1e12,
    "triệu tỷ": 1e15,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}

# A number written bare, digits and separators only ("23,5 triệu" has a scale word)
BARE_NUMBER = re.compile(r"[\d.,]+")

# Words before a number that bound or approximate it; kept as the qualifier.
QUALIFIERS = [
    "vượt mốc",
    "vượt ngưỡng",
    "vượt",
    "xấp xỉ",
    "gần",
    "hơn",
    "trên",
    "khoảng",
    "dưới",
    "tới",
    "ước đạt",
    "ước tính",
    "ước",
    "đạt",
]
# …those that bound a figure instead of giving it ("đều có tỷ lệ trên 95%": a bar, not a value)
BOUNDING = ("vượt mốc", "vượt ngưỡng", "vượt", "hơn", "trên", "dưới")

NUMBER = r"""
    (?P<num>
        \d{1,3}(?:\.\d{3})+(?:,\d+)?      # 1.084   1.459.361.385   11.133,5
      | \d{1,3}(?:,\d{3}){2,}(?![\d,])    # 105,130,507: English grouping, two commas or more
      | \d+,\d+                           # 81,12
      | \d+\.\d{1,2}(?![\d.])             # 54.34 (a decimal point: only 1-2 digits can follow)
      | \d+
    )
"""

MENTION_RE = re.compile(
    r"""
    (?<![\w/.,%])   # (not a footnote's mark after a percent: "đạt 88,6%1.")
    (?:(?P<qual>(?:"""
    + "|".join(q.replace(" ", r"\ ") for q in QUALIFIERS)
    + r"""))\s+)?
    """
    + NUMBER
    + r"""
    (?:(?:\s*/\s*|\s+(?P<by_word>trên)\s+(?!100\s*(?:dân|người)))
       (?P<den>\d{1,3}(?:\.\d{3})+|\d+)(?![/\d]|,\d)
       (?(by_word)(?=\s+(?!(?:nghìn|ngàn|triệu|tỷ|tỉ)\b)[^\W\d]))
    )?   # ratio 41/53, 321/1.084, "843 trên 1.084 thủ tục"
    # (not "Tỷ lệ …" opening the next line of a table: "… | 89,3 Tỷ lệ hộ gia đình …")
    (?:\s*(?P<scale>nghìn\ tỷ|ngàn\ tỷ|triệu\ tỷ|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)(?!\s+(?:lệ|trọng)\b))?
    # ("88,6%1.": a footnote's mark, one digit, may follow the percent)
    # ("đạt 154,9 (Mbps)", "91,2 (%)": the unit in a bracket of its own)
    (?:\s*(?P<paren>\(\s*)?(?P<unit>%(?=\d\b(?![.,]\d))|(?:%|phần\ trăm|đồng|VNĐ|VND|USD|Mbps|Mbs|Mbit/s|Mb/s|Mb/giây|Mbit/giây|megabit/giây|megabit/s|lần|điểm\ %|điểm\ phần\ trăm|(?:thuê\ bao|TB)\s*(?:/|trên)\s*100\s*(?:dân|người)|(?:/|trên)\s*100\s*(?:dân|người))(?!\w))(?(paren)\s*\)))?
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A number mention in text with its scale, unit and qualifier resolved."""

    start: int  # offset of the number (after any qualifier)
    end: int  # offset after scale and unit
    qual_start: int  # offset of the qualifier, or start when none
    text: str
    value: float  # scaled: counts as plain numbers, money in billion of its currency
    unit: str  # percent | count | money_vnd | money_usd | mbps | times | ratio
    qualifier: str
    numerator: float | None = None
    denominator: float | None = None
    ambiguous: bool = False  # separator could be read two ways; send to review


# The patterns is_not_a_quantity, build_quantity and parse_vi_number read, compiled once: a
# pattern written in the call is looked up in re's cache each time (~700 calls a report).
GLUED_LETTER = re.compile(r"[A-Za-zĐđ]")
PER_100_NOUN = re.compile(r"\s*(?:dân|người)\b")
# "38,5 thuê bao băng rộng cố định/100 dân": the subscriptions' kind named before the per-100 base
NAMED_PER_100 = re.compile(
    r"\s*(?:thuê\s+bao|TB)\b[^\d;.,/()]{0,40}?(?:/|\s+trên\s+)\s*100\s*(?:dân|người)\b", re.I
)
ISO_YEAR_BEFORE, ISO_MONTH_AFTER = re.compile(r"\d{4}-$"), re.compile(r"-\d{2}\b")
CLOCK_AFTER, CLOCK_BEFORE = re.compile(r"[:h]\d{2}\b"), re.compile(r"\d[:h]$")
# The ways a speed's unit is written (lowercased), as the unit group of MENTION_RE reads them
MBPS_WORDS = (
    "mbps",
    "mbs",
    "mb/s",
    "mbit/s",
    "mb/giây",
    "mbit/giây",
    "megabit/giây",
    "megabit/s",
)
SLASH_AFTER = re.compile(r"\s*/")
DOC_CODE_AFTER = re.compile(r"[\s-]?[A-ZĐ]{1,6}[-/][A-ZĐa-z]")
FOUR_DIGITS, NOT_DIGIT = re.compile(r"\d{4}$"), re.compile(r"\D")
SLASH_NUMBER = re.compile(r"\s*/\s*\d")
RESULT_BEFORE_SLASH = re.compile(r"\d\s*%\s*/\s*$")
DAY_WORD_BEFORE = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s*$", re.I)
CODE_AFTER = re.compile(r"/[A-ZĐ\d]")
DASH_WORD_AFTER, LETTER_DASH_BEFORE = re.compile(r"[-–]\w"), re.compile(r"[A-Za-zĐđ]-$")
YEAR = re.compile(r"(19|20)\d\d")
DURATION_AFTER = re.compile(r"\s*(?:tháng|năm|ngày|tuần|giờ|quý|tuổi)\b")
RANK_WORD_BEFORE = re.compile(r"\b(?:thứ|hạng|vị\s+trí)\s*$", re.I)
YEAR_NAMED_AFTER = re.compile(r"\s*năm\s+(?:19|20)\d\d\b")
NUMBERED_BEFORE = re.compile(
    # "tổng số 2.323 vụ tấn công" is a total and "con số 761 thôn" a figure, not a number like
    # "Nghị quyết số 20"
    # ("Nghị định 123", "Quyết định 749", "Bảng 3.": a document's or a table's number)
    r"((?<![Tt]ổng\s)(?<!con\s)số|Số|năm|tháng|ngày|Quý|quý|khóa|lần thứ|Đề án|Chỉ thị|Nghị quyết"
    r"|Nghị định|Quyết định|Thông tư|Công văn|Bảng|Biểu|Phụ lục|Hình|Ảnh)\s*$"
)
TIME_WORDS = ("năm", "tháng", "ngày", "Quý", "quý")
LEVEL_BEFORE = re.compile(r"\bmức(?:\s+độ)?\s*$", re.I)
# "trong tổng số 2.418 thôn", "Danh mục 76 dịch vụ công thiết yếu", "danh mục 53 dịch vụ": the
# whole a figure is of, or a list's size
BASE_BEFORE = re.compile(r"(?:(?:trong|trên)\s+tổng\s+số|\bdanh\s+mục(?:\s+gồm)?)\s*$", re.I)
# The catalog unit a quantity's written unit fills (a count or a ratio: a count or a rank)
CATALOG_UNIT = {
    "percent": "percent",
    "mbps": "mbps",
    "per_100": "per_100",
    "money_vnd": "billion_vnd",
}
LIST_DOT_AFTER, LINE_START_BEFORE = re.compile(r"\s*\.\s"), re.compile(r"(^|\n)\s*$")
# "(1) thuê bao …: 86,7 triệu; (2) …", "1) …": an item's number, at a line's or an item's start
LIST_PAREN_AFTER, ITEM_START_BEFORE = re.compile(r"\)\s"), re.compile(r"(?:^|\n)\s*\(?$|[;:]\s*\($")
ONE_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")
COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")


def parse_vi_number(raw: str, dot_is_decimal: bool = False) -> float:
    """Parse a Vietnamese-formatted number: '.' groups thousands, ',' is the decimal mark."""
    s = raw.strip().replace(" ", "")
    if not s:
        raise ValueError("empty number")
    if COMMA_GROUPS.fullmatch(s):
        return float(s.replace(",", ""))  # a decimal mark never repeats: commas group here
    if "," in s:
        whole, _, frac = s.partition(",")
        return float(whole.replace(".", "") + "." + frac)
    if "." in s:
        groups = s.split(".")
        if dot_is_decimal and len(groups) == 2:
            return float(s)
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return float(s.replace(".", ""))
        return float(s)  # '54.34': a decimal point is the only reading
    return float(s)


def format_vi_number(value: float, decimals: int = 2) -> str:
    """Write a number the Vietnamese way: 1.234.567,89 (trailing zeros dropped)."""
    text = f"{value:,.{decimals}f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    whole = whole.replace(",", ".")
    return f"{whole},{frac}" if frac else whole


# A decimal written with '.' ("54.34 Mbps") or with ',' ("81,12"), each number read from its first
# digit. (The look-behind follows that digit, so the regex engine scans for a digit instead of
# testing every position of the whole text: a third of the time.)
DOT_DECIMAL = re.compile(r"\d(?<![\d.]\d)\d*\.\d{1,2}(?![\d.])\s*(?:%|Mbps|triệu|tỷ)")
COMMA_DECIMAL = re.compile(r"\d(?<![\d,]\d)\d*,\d+(?![\d,])")


def detect_dot_decimals(text: str) -> bool:
    """Say whether a document writes decimals with '.' (e.g. '54.34 Mbps') and never with ','."""
    # The comma first: most documents write one early, and a dot decimal is then not looked for
    # through the whole text.
    return not COMMA_DECIMAL.search(text) and bool(DOT_DECIMAL.search(text))


# "172,45/166,12 Mbps (tải xuống/tải lên)": a download/upload pair sharing one unit.
SPEED_PAIR = re.compile(
    r"(?<![\w/.,])(?P<a>\d+(?:,\d+)?)\s*(?:Mbps|Mb/s)?\s*/\s*\d+(?:,\d+)?\s*(?P<u>Mbps|Mb/s|Mbit/s)",
    re.I,
)

# The same matches, found in half the time (see etl.gates.quicken).
QUICK_MENTION_RE, QUICK_SPEED_PAIR = quicken(MENTION_RE), quicken(SPEED_PAIR)


def find_quantities(text: str, dot_is_decimal: bool = False) -> list[Quantity]:
    """Find every number mention that is not part of a date, a document number or a code."""
    return list(scan_quantities(text, dot_is_decimal))


@lru_cache(maxsize=1024)
def scan_quantities(text: str, dot_is_decimal: bool) -> tuple[Quantity, ...]:
    """Scan a text for quantities, once: a sentence is read for its values and again for what
    the next sentence carries."""
    found = []
    pairs = []
    for m in QUICK_SPEED_PAIR.finditer(text):
        value = parse_vi_number(m.group("a"))
        a = m.start("a")
        pairs.append((m.start(), m.end()))
        found.append(Quantity(a, m.end("a"), a, m.group("a"), value, "mbps", ""))
    for m in QUICK_MENTION_RE.finditer(text):
        if any(s <= m.start() < e for s, e in pairs):
            continue  # the download figure of a pair is kept; the upload after "/" is not
        if is_not_a_quantity(text, m):
            continue
        q = build_quantity(text, m, dot_is_decimal)
        if q is not None:
            found.append(q)
    return tuple(merge_restated(text, sorted(found, key=lambda q: q.start)))


def is_not_a_quantity(text: str, m: re.Match) -> bool:
    """Reject dates (19/02/2024), document numbers (203/TB-VPCP), years and list markers."""
    num, den = m.group("num"), m.group("den")
    after = text[m.end() : m.end() + 12]
    if GLUED_LETTER.match(after):
        return True  # glued to letters: "5G", "4G", "G7"
    if num == "100" and PER_100_NOUN.match(after):
        return True  # "trên 100 dân": the denominator of a per-100 figure
    before = text[max(0, m.start() - 12) : m.start()]
    if ISO_YEAR_BEFORE.search(before) or ISO_MONTH_AFTER.match(after):
        return True  # an ISO date: "2025-07", "2025-07-12"
    if CLOCK_AFTER.match(after) or CLOCK_BEFORE.search(before):
        return True  # a clock time: "06:30", "9h30"
    if den is not None:
        # "12/2021 NĐ-CP", "05/2023-QĐ-TTg": a document's code; "43/53 DVC thiết yếu",
        # "388/1.146 TTHC" are ratios of what the capitals name
        if SLASH_AFTER.match(after) or DOC_CODE_AFTER.match(text, m.end("den")):
            return True
        if FOUR_DIGITS.match(den) and len(num) <= 2 and "." not in den:
            return True  # month/year "8/2023"
        if m.group("unit") is None and int(NOT_DIGIT.sub("", num) or 0) <= 31 and len(den) <= 2:
            if SLASH_NUMBER.match(text[m.end("den") : m.end("den") + 3]):
                return True
            if int(den) <= 12 and DAY_WORD_BEFORE.search(before):
                return True  # "sáng 1/7": a day of a month, not a ratio
    if CODE_AFTER.match(after) and den is None and m.group("unit") != "%":
        return True  # "203/TB-VPCP", "10/2024/NĐ-CP" (not a result over its target: "53,6%/50%")
    if m.group("unit") == "%" and RESULT_BEFORE_SLASH.search(before):
        return True  # "đạt 53,6%/50%": the target the result is set over
    if DASH_WORD_AFTER.match(after) or LETTER_DASH_BEFORE.search(before):
        return True  # codes like "COVID-19", "Đề án 06-..."
    if den is None and m.group("scale") is None and m.group("unit") is None:
        if YEAR.fullmatch(num):
            return True  # a year
        if DURATION_AFTER.match(after) and not (
            RANK_WORD_BEFORE.search(before) and YEAR_NAMED_AFTER.match(after)
        ):
            # a duration: "sau 6 tháng triển khai", "12 tháng gần nhất" (not a place and its
            # year: "xếp thứ 86 năm 2022")
            return True
        numbered = NUMBERED_BEFORE.search(before)
        if numbered and not m.group("qual"):
            # "Nghị quyết số 20", "tháng 02", "Đề án 06", a caption's "- Hình 1" (not "trong
            # tháng đạt 1.106.420 hồ sơ": a verb stands between; nor "mỗi ngày 3.039.204 giao
            # dịch": no day or month runs to five digits)
            return not (numbered.group(1) in TIME_WORDS and len(NOT_DIGIT.sub("", num)) > 4)
        if len(num) == 1 and LEVEL_BEFORE.search(before):
            return True  # "tài khoản mức 2", "dịch vụ công mức độ 4": a level, not a figure
        if BASE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return True  # "phủ sóng thêm 2.152 thôn trong tổng số 2.418 thôn": the base
        if LIST_DOT_AFTER.match(after) and LINE_START_BEFORE.search(before):
            return True  # numbered list item "1. "
        if len(num) <= 2 and LIST_PAREN_AFTER.match(after) and ITEM_START_BEFORE.search(before):
            return True  # numbered list item "(1) ", "2) "
    return False


def build_quantity(text: str, m: re.Match, dot_is_decimal: bool) -> Quantity | None:
    """Turn a regex match into a Quantity with the value in catalog-friendly units."""
    num = m.group("num")
    ambiguous = bool(ONE_DOT_GROUP.fullmatch(num)) and dot_is_decimal
    try:
        value = parse_vi_number(num, dot_is_decimal=dot_is_decimal)
    except ValueError:
        return None
    scale_word = (m.group("scale") or "").lower()
    unit_word = (m.group("unit") or "").lower()
    qualifier = (m.group("qual") or "").lower()
    qualifier = "ước" if qualifier.startswith("ước") else qualifier
    qualifier = "hơn" if qualifier.startswith("vượt") else qualifier  # "đã vượt 11 triệu"
    numerator = denominator = None
    unit = "count"
    if m.group("den") is not None:
        numerator = value
        denominator = parse_vi_number(m.group("den"))
        unit = "ratio"
    if unit_word in ("%", "phần trăm"):
        unit = "percent"
    elif unit_word in ("đồng", "vnđ", "vnd"):
        unit = "money_vnd"
    elif unit_word == "usd":
        unit = "money_usd"
    # "Mbs": a common misprint of Mbps
    elif unit_word in MBPS_WORDS:
        unit = "mbps"
    elif "100" in unit_word:
        unit = "per_100"
    elif denominator == 100 and PER_100_NOUN.match(text, m.end()):
        unit, value = "per_100", numerator  # "98,4/100 dân"
    elif unit == "count" and not scale_word and NAMED_PER_100.match(text, m.end()):
        unit = "per_100"
    elif unit_word in ("lần", "điểm %", "điểm phần trăm"):  # a gap in points is no rate
        unit = "times"
    scale = SCALES.get(scale_word, 1.0)
    if unit in ("money_vnd", "money_usd"):
        value = value * scale / 1e9  # money is kept in billions of its currency
    elif unit != "ratio":
        value = value * scale
    start = m.start("num")
    return Quantity(
        start=start,
        end=m.end(),
        qual_start=m.start("qual") if m.group("qual") else start,
        text=text[start : m.end()],
        value=round(value, 9),
        unit=unit,
        qualifier=qualifier,
        numerator=numerator,
        denominator=denominator,
        ambiguous=ambiguous,
    )
