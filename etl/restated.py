"""A figure said again in another unit right after it: "5.310/6.423 thủ tục, tương ứng
82,67%", "2.214 TTHC … trên tổng số 6.480 TTHC, tức khoảng 34,2%", "Tỷ lệ thuê bao … sử dụng
smartphone là 89,4%, tương đương khoảng 109 triệu thuê bao". The second number measures the
first one's words, which it does not repeat."""

from __future__ import annotations

import re

from etl.cues import COUNTED, Scope
from etl.numbers import Quantity
from etl.phrases import SAME_FIGURE

# The words that say the same figure again: "tương ứng", "tức (là)", "tương đương (với)",
# "bằng", "đạt (tỷ lệ)"; an approximation may follow ("tức khoảng 34,2%")
SAID_AGAIN = rf"(?:{SAME_FIGURE}|bằng|chiếm|đạt\s*(?:tỷ\s+lệ\s*)?(?:là\s*)?)"
APPROX = r"(?:\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?"
# "Đã có 2.720/5.780 thủ tục hành chính được cung cấp … toàn trình, đạt 47%": the ratio's words
SHARE_OF_RATIO = re.compile(
    r"(?P<noun>[^\d;]{3,150}?)\s*(?:,\s*|\(\s*)(?P<verb>" + SAID_AGAIN + APPROX + r"\s*)?$", re.I
)
# "2.214 TTHC được cung cấp … toàn trình trên tổng số 6.480 TTHC, tức khoảng 34,2%": a count of
# a whole's part, the whole after "trên (tổng số)" (a total the numbers do not read as a figure)
SHARE_OF_COUNT = re.compile(
    r"(?P<noun>[^\d;]{3,150}?)\s+trên\s+(?:tổng\s+)?(?:số\s+)?\d[\d.,]*(?P<whole>\s+[^\W\d][^\d;,(]{0,40}?)"
    r"\s*(?:,\s*|\(\s*)" + SAID_AGAIN + APPROX + r"\s*$",
    re.I,
)
WORDS_AFTER_BRACKET = re.compile(r"\s*\)\s*(?P<rest>[^\W\d][^;.()\d]{2,120})")
BASE_AFTER = re.compile(
    r"\s*(?:của\s+|trên\s+)?(?:tổng\s+)?số\s+(?P<base>[^\W\d][^;,.\d]{0,60})", re.I
)
COUNT_SAID_AGAIN = re.compile(
    r"(?P<noun>\s+[^\W\d][^\d;,(]{0,40}?)\s*(?:,\s*|\(\s*)" + SAID_AGAIN + APPROX + r"\s*$", re.I
)
RESTATING = re.compile(r"\s*(?:,\s*|\(\s*)" + SAID_AGAIN + APPROX + r"\s*$", re.I)
# "Số TTHC đã cung cấp trực tuyến: 5.310/6.423 thủ tục": the label before names what is counted
COUNT_LABEL = re.compile(
    # (after a time: "Tính đến hết tháng 11/2024, số TTHC được cung cấp trực tuyến … là 1.623/1.914")
    r"^\W*(?:[-–•+*]\s*)?(?:[^,;:]{0,40},\s*)?(?:tổng\s+)?số\s+(?:lượng\s+)?(?P<label>[^\d:;]{3,100}?)"
    r"\s*(?::|\blà|\bđạt)\s*$",
    re.I,
)
# "Tỷ lệ thuê bao di động sử dụng smartphone là 89,4%": the rate's words
RATE_LABEL = re.compile(
    r"\bt[ỷỉ]\s+lệ\s+(?P<label>[^\d;:]{3,100}?)\s*(?:(?:(?:ước\s+)?(?:đạt|là|ở\s+mức)\b|:)\s*)?"
    r"(?:(?:khoảng|gần|hơn|trên)\s*)?$",
    re.I,
)

# "Số lượng hồ sơ trực tuyến của quý I bằng trên 90% số hồ sơ … của cả năm 2021": one amount as a
# share of another, no rate
AS_SHARE_OF = re.compile(r"\bbằng\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*$", re.I)
# ("… là 3.977 dịch vụ, bằng 74,9% số DVCTT đã cung cấp": a count said again as its share)
COUNT_SAID_AS_SHARE = re.compile(
    r"\d\s*(?:triệu|nghìn|tỷ)?\s+[^\W\d][^\d,;]{0,30},\s*bằng\s*(?:khoảng|gần|hơn|trên|xấp\s+xỉ)?\s*$",
    re.I,
)
# ("bằng 55,6% tổng số TTHC" is the share of the procedures, the catalog's own base)
OF_ANOTHER = re.compile(
    r"^\s*(?!tổng\s+số\s+(?:TTHC|thủ\s+tục|hộ|thôn))(?:số|lượng|so\s+với|của|mức|tổng)\b", re.I
)


def read_restated(
    sentence: str, clause_start: int, earlier: list[Quantity], q: Quantity, after: str, context: str
) -> Scope | None:
    """The scope to read a number by other than the words before it: the clause's earlier figure
    said again in another unit, or a figure named after it ("Con số 87,4% là tỷ lệ …")."""
    own = [p for p in earlier if p.qual_start >= clause_start]
    if not own:
        return read_value_first(sentence, clause_start, q, after, context)
    if q.unit == "percent":
        return read_share(sentence, clause_start, own, q, after, context)
    if q.unit == "count" and len(own) == 1 and own[0].unit == "percent":
        return read_count_of_rate(sentence, clause_start, own[0], q, after, context)
    return None


def read_share(
    sentence: str, clause_start: int, own: list[Quantity], q: Quantity, after: str, context: str
) -> Scope | None:
    """ "A/B <words>, đạt N%" read as "N% <words>"; only for a share that ends its clause:
    "(chiếm 70,3% tổng số thủ tục)" names its own base, "19/21 bộ và 63/63 tỉnh …" two ratios."""
    # (…or a base counting what the label counts: "…, bằng 74,9% số DVCTT đã cung cấp"; or the
    # words going on after a bracket: "1.525/1.562 thôn (đạt 97,6%) có hạ tầng …")
    based = BASE_AFTER.match(after)
    goes_on = WORDS_AFTER_BRACKET.match(after)
    if re.search(r"\w", after[:20]) and not (based or goes_on):
        return None
    first = own[0]
    label = COUNT_LABEL.match(sentence[clause_start : first.qual_start])
    if based and not (
        label and noun_of(" " + based.group("base")) == noun_of(" " + label.group(1))
    ):
        return None
    if len(own) == 1 and first.unit == "ratio":
        m = SHARE_OF_RATIO.fullmatch(sentence, first.end, q.qual_start)
        if m is None or not (m.group("verb") or q.qualifier == "đạt"):
            return None
        noun = m.group("noun") + (" " + goes_on.group("rest") if goes_on else "")
    elif len(own) == 1 and first.unit == "count" and not goes_on:
        m = SHARE_OF_COUNT.fullmatch(sentence, first.end, q.qual_start)
        # (the whole counts the same thing: "… trên tổng số 6.480 TTHC")
        if m is not None and noun_of(sentence[first.end :]) == noun_of(m.group("whole")):
            noun = m.group("noun")
        elif (m := COUNT_SAID_AGAIN.fullmatch(sentence, first.end, q.qual_start)) and label:
            noun = m.group("noun")  # "Số DVCTT có phát sinh hồ sơ là 3.977 dịch vụ, bằng 74,9%"
        else:
            return None
    else:
        return None
    before = sentence[clause_start : first.qual_start]
    if label and noun_of(" " + noun) and noun_of(" " + label.group("label")):
        # "Số TTHC đã cung cấp trực tuyến: 5.310/6.423 thủ tục, tương ứng 82,67%"
        before, noun = "", label.group("label")
    return Scope(before, before, " " + noun.strip(), context)


def read_count_of_rate(
    sentence: str, clause_start: int, rate: Quantity, q: Quantity, after: str, context: str
) -> Scope | None:
    """ "Tỷ lệ <words> là 89,4%, tương đương khoảng 109 triệu thuê bao" read as "có 109 triệu
    <words>": only when the count counts what the rate's words name first."""
    if not RESTATING.fullmatch(sentence, rate.end, q.qual_start):
        return None
    m = RATE_LABEL.search(sentence, clause_start, rate.qual_start)
    if m is None or m.end() != rate.qual_start:
        return None
    label = m.group("label")
    noun = noun_of(after)
    if not noun or noun_of(" " + label) != noun:
        return None
    return Scope("có ", "có ", " " + label, context)


def noun_of(words: str) -> str:
    """The noun words open with ("66 cuộc, …" -> "cuộc"), lowercased, or ""."""
    m = COUNTED.match(words)
    return re.sub(r"\s+", " ", m.group("noun").lower()) if m else ""


# "Con số 87,4% là tỷ lệ người dân … hài lòng", "Hơn 55 triệu: đó là số tài khoản … kích hoạt":
# the figure first, then the words that name it
VALUE_FIRST = re.compile(
    r"\s*(?:[^\W\d]+\s*)?(?::|–|-)?\s*(?:đó\s+|đây\s+)?là\s+"
    r"(?P<label>(?:t[ỷỉ]\s+lệ|tổng\s+số|số(?:\s+lượng)?|tốc\s+độ|mức)\s+[^.;]{5,160})",
    re.I,
)
FIGURE_OPENS = re.compile(r"^\W*(?:(?:con\s+số|gần|hơn|trên|khoảng|chỉ|mới)\s+)*$", re.I)
# The time a name after its figure goes on to ("… kích hoạt trên VNeID tính đến cuối tháng 7/2024")
TIME_AFTER_NAME = re.compile(
    r"\s+(?:tính\s+(?:đến|tới)|trong|vào|đến|tới|năm|tháng|quý)\s+[^\d]{0,12}\d", re.I
)
COUNT_WORD = re.compile(r"^(?:tổng\s+)?số(?:\s+lượng)?\s+", re.I)  # "số tài khoản" -> "tài khoản"


def read_value_first(
    sentence: str, clause_start: int, q: Quantity, after: str, context: str
) -> Scope | None:
    """The scope of a figure that opens its sentence and is named after it."""
    m = VALUE_FIRST.match(after)
    if m is None or not FIGURE_OPENS.match(sentence[: q.qual_start]):
        return None
    label = TIME_AFTER_NAME.split(m.group("label"))[0]
    # (the counted noun after the figure too: "55 triệu tài khoản …")
    return Scope(label + " đạt ", label + " ", COUNT_WORD.sub(" ", label), context)
