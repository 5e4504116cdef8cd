"""Which period a number refers to: its own, the nearest before it, one after it, the lead's."""

from __future__ import annotations

import re
from datetime import date

from etl.aim_words import TARGET_WORDS
from etl.cues import SPAN_KINDS
from etl.earlier_words import FROM_LEVEL_TO, RISEN_FROM
from etl.gates import search
from etl.indicator_periods import CUMULATIVE
from etl.numbers import NAMED_PER_100, Quantity
from etl.period_patterns import opens_forward
from etl.periods import Period
from etl.phrases import EVENT_TIME_BEFORE

# ("68,7% (năm 2023 đạt 55,9%)", "64,1% (năm 2024, bình quân ba tỉnh … đạt 49%)": a bracket
# that gives an earlier time its own value)
GIVES_A_VALUE = re.compile(
    r"\s*(?:(?:lần\s+lượt\s+)?(?:là|:|đạt\s+\d)|,[^();]*?(?:\b(?:đạt|là|ở\s+mức)|:)\s+(?:khoảng\s+)?\d)"
)
# "Trong tháng, … 96,4 triệu giao dịch; lũy kế từ khi vận hành đạt 3,84 tỷ": counted since the
# start, the level at the window's end, not the window's flow
SINCE_START = re.compile(
    r"\btừ\s+khi\s+(?:[^\d;,.]{0,25}?\s)?(?:khai\s+trương|vận\s+hành|đi\s+vào\s+(?:hoạt\s+động|vận\s+hành)"
    r"|triển\s+khai|ra\s+mắt|hoạt\s+động|thành\s+lập)\b",
    re.I,
)
# Compiled once: resolve_period reads them for each number.
# (a contrast opens a clause of its own: "… đã đạt 48%, trong khi năm 2023 chỉ là 20%")
CLAUSE_END = re.compile(r"[;.]|\btrong\s+khi\b|,\s*(?:còn|nhưng|song|tuy\s+nhiên)\b", re.I)
# the words right before the next number ending on a colon: that number's label
NEXT_LABEL = re.compile(r"(?<=[\s|])[^\s|.;,:][^.;,:|]{0,60}:\s*$")
NUMBER_OR_VALUE_PAREN = re.compile(r"\d|\((?=[^()]*(?:\b(?:là|lần\s+lượt)\b|:\s*\d))")
# A count's noun, then the day it is counted to: " tài khoản kích hoạt tính đến"
# (no comma, no running total's words: "1,2 triệu hồ sơ trực tuyến, lũy kế tính đến ngày …")
COUNTED_TO = re.compile(
    r"(?:(?!\b(?:lũy|tổng|nâng|đưa|lên|còn|là)\b)[^\d;.(),]){0,48}\btính\s+(?:đến|tới)\b", re.I
)


def resolve_period(
    q: Quantity, periods: list[Period], sentence: str, lead_periods: list[Period]
) -> tuple[Period | None, bool]:
    """Pick the period a quantity refers to; return (period, stated_in_text).

    The number's own period comes first ("14,26% trong năm 2022"), then the nearest one before
    it in the sentence, then one after it in the clause, then the lead-in's or the paragraph's.
    """
    # A period inside a parenthesis before the number belongs to that parenthesis's value.
    usable = [
        p
        for p in periods
        if p.kind != "date"
        and not p.comparison
        and not closed_paren_before(sentence, p, q)
        # "… hơn 6,2 tỷ hóa đơn kể từ tháng 7/2022": when a count began, not its period
        and not opens_forward(sentence, p.text_start, p.text_end)
    ]
    end = figure_end(sentence, q)
    own = [
        p
        for p in usable
        if 0 <= p.text_start - end <= 18
        and p.kind != "day_avg"
        and re.fullmatch(
            # "1.234 cuộc vào tháng 1/2023": the counted noun may stand between
            r"[\s,]*\(?\s*(?:trong|vào|của|tính\s+đến|số\s+liệu(?:\s+tính)?(?:\s+đến)?|thời\s+điểm(?:\s+từ)?)?\s*"
            r"|\s+(?:cuộc|vụ|thôn|trạm|tài\s+khoản|thuê\s+bao|giao\s+dịch|hồ\s+sơ|địa\s+chỉ(?:\s+IP)?"
            r"|hệ\s+thống|khách\s+hàng|sự\s+cố|hóa\s+đơn|điểm)\s+(?:trong|vào)\s+"
            r"|\s+(?:GDP|GRDP)\s+(?:trong\s+|vào\s+|của\s+)?",  # "từ 12,87% GDP năm 2021 lên …"
            sentence[end : p.text_start],
        )
        # "(6 tháng đầu năm 2025)" dates the number; "(cuối năm 2023 là 84,6%)" another one
        and not GIVES_A_VALUE.match(sentence, p.text_end)
        and not in_prior_parenthesis(sentence, p)
        # "tháng 1 đạt 140,1 Mbps, tháng 2 đạt 142,3": after a comma, a period with its own verb
        # opens the next figure
        and not (
            "," in sentence[end : p.text_start]
            and re.match(
                r"\s*(?:(?:ước(?:\s+tính)?|dự\s+kiến|dự\s+báo|phấn\s+đấu|sẽ)\s+)?(?:đạt|là|có|tăng|giảm|lên)\b"
                # (…or the measure named back: ", tháng 7/2024 con số này là 92,1 triệu")
                r"|\s*,?\s*(?:con\s+số|tỷ\s+lệ|tỉ\s+lệ|mức|chỉ\s+số)\s+(?:này|đó)\b",
                sentence[p.text_end : p.text_end + 20],
            )
        )
    ]
    # "… con số 58,9 triệu tài khoản kích hoạt tính đến ngày 31/3/2025": the day its noun is
    # counted to, over a month named before it for something else ("báo cáo phát hành tháng 7")
    own = own or [
        p
        for p in usable
        if p.kind == "as_of"
        and 0 <= p.text_start - q.end <= 60
        and COUNTED_TO.match(sentence, q.end, p.text_start + 8)
    ]
    if own:
        return own[0], True
    before = [p for p in usable if p.text_end <= q.qual_start]
    if before:
        nearest = before[-1]
        if nearest.kind == "day_avg":
            window = [p for p in before[:-1] if p.kind in ("month", "quarter", "half", "ytd")]
            if window:
                w = window[-1]
                return Period("day_avg", w.start, w.end, explicit_window=w.explicit_window), True
        # "Bình quân mỗi ngày trong tháng 5: 3,57": the window named right after the average
        if (
            nearest.kind in ("month", "quarter", "half", "ytd")
            and len(before) > 1
            and before[-2].kind == "day_avg"
            and re.fullmatch(
                r"\s*(?:trong|của)?\s*", sentence[before[-2].text_end : nearest.text_start]
            )
        ):
            return Period("day_avg", nearest.start, nearest.end), True
        # (in the number's own clause: "Cả năm 2025, … nâng tổng số … từ khi khai trương lên
        # 118,6 triệu; thanh toán trực tuyến đạt 15,8 triệu" is the year's)
        clause = max(nearest.text_end, sentence.rfind(";", 0, q.qual_start) + 1)
        if nearest.kind in SPAN_KINDS and SINCE_START.search(sentence, clause, q.qual_start):
            return level_at_end(nearest), True
        return nearest, True
    clause_end = CLAUSE_END.search(sentence[q.end :])
    limit = q.end + (clause_end.start() if clause_end else len(sentence))
    # A period after the next number belongs to that number ("… so với mức 50,88 Mbps năm 2024").
    # …or a parenthesis that gives an earlier value ("(cuối năm trước là 79,4%)")
    tail = list(sentence[q.end : limit])
    for p in periods:  # a period's own digits ("trong 9 tháng đầu năm 2024") are not a number
        for k in range(max(p.text_start - q.end, 0), min(p.text_end - q.end, len(tail))):
            tail[k] = " "
    number = NUMBER_OR_VALUE_PAREN.search("".join(tail))
    limit = q.end + number.start() if number else limit
    # (…nor one in its label: "…/ngày Lũy kế từ năm 2019 đến 30/6/2024: 2,83 tỷ")
    labels_next = bool(number) and NEXT_LABEL.search("".join(tail)[: number.start()])
    after = [
        p
        for p in usable
        if q.end <= p.text_start < limit
        and p.kind != "day_avg"
        and not (labels_next and p.text_start >= q.end + labels_next.start())
    ]
    if after:
        return after[0], True
    closing = [p for p in usable if p.text_start >= q.end and dates_whole_sentence(sentence, p)]
    # "Hà Nội có 38,5 …, trong khi bình quân toàn quốc là 21,9 … (tính đến hết năm 2023)."
    if closing:
        return closing[0], True
    usable_lead = [p for p in lead_periods if p.kind != "date" and not p.comparison]
    if usable_lead:
        lead = usable_lead[-1]
        head = sentence[: q.qual_start]
        if lead.kind in SPAN_KINDS and (SINCE_START.search(head) or CUMULATIVE.search(head)):
            # "… tháng trước … 98,4 triệu giao dịch. Lũy kế từ khi đưa vào vận hành, … 3,07 tỷ":
            # the running total at the span's end
            return level_at_end(lead), True
        return lead, True
    return None, False


# A bracket closing a sentence that says when its figures were counted
CLOSING_DATE = re.compile(r"\(\s*(?:số\s+liệu\s+)?(?:(?:tính\s+)?đến|thời\s+điểm)\s", re.I)


def dates_whole_sentence(sentence: str, p: Period) -> bool:
    """Whether a period is a bracket ending the sentence that dates its count: "(tính đến …)"."""
    opening = sentence.rfind("(", 0, p.text_start + 1)
    return bool(
        opening >= 0
        and CLOSING_DATE.match(sentence, opening)
        and re.fullmatch(r"[^()]*", sentence[opening + 1 : p.text_start])
        and re.fullmatch(r"\s*\)\s*[.;]?\s*", sentence[p.text_end :])
    )


def figure_end(sentence: str, q: Quantity) -> int:
    """Where a figure's words end: a per-100 figure's noun may stand before its base."""
    # ("21,9 thuê bao băng rộng cố định/100 dân (tính đến hết năm 2023)")
    m = NAMED_PER_100.match(sentence, q.end) if q.unit == "per_100" else None
    return m.end() if m else q.end


def level_at_end(p: Period) -> Period:
    """The level at a span's end: a running total counted since a start that the span closes."""
    return Period("as_of", p.end, p.end, relative=p.relative)


def closed_paren_before(sentence: str, p: Period, q: Quantity) -> bool:
    """Whether p sits in a parenthesis that closes before q ("(tháng 5/2024 là 129,5 Mbps); … 51,3")."""
    opening = sentence.rfind("(", 0, p.text_start)
    closing = sentence.find(")", p.text_end)
    if opening < 0 or closing < 0 or ")" in sentence[opening : p.text_start]:
        return False
    # "Tỷ lệ … (tháng 12/2024): 35,2%": a parenthesis holding only the period dates the label.
    rest = sentence[opening + 1 : p.text_start] + sentence[p.text_end : closing]
    return closing < q.qual_start and bool(re.search(r"\d", rest))


def in_prior_parenthesis(sentence: str, p: Period) -> bool:
    """ "(tháng 2/2025: 129,2 Mbps)": a period that dates an earlier value, not what follows."""
    inside = sentence.rfind("(", 0, p.text_start) > sentence.rfind(")", 0, p.text_start)
    return inside and bool(GIVES_A_VALUE.match(sentence, p.text_end))


def latest_end(periods: list[Period]) -> date:
    """The latest end of some periods."""
    return max(p.end for p in periods)


def in_target_clause(sentence: str, p: Period, q: Quantity) -> bool:
    """Whether a period before q sits in an earlier clause that states a target."""
    if p.text_end > q.qual_start or ";" not in sentence[p.text_end : q.qual_start]:
        return False
    clause_start = sentence.rfind(";", 0, p.text_start) + 1
    return bool(TARGET_WORDS.search(sentence, clause_start, p.text_start))


SET_APART = re.compile(r"\briêng\s+(?:trong\s+)?$", re.I)
# "… đã đạt 48%, trong khi năm 2023 chỉ là 20%": the time a figure is weighed against
CONTRASTED = re.compile(
    r"\d[^;.]*?(?:\btrong\s+khi|,\s*(?:còn|nhưng))\s*(?:vào\s+|trong\s+)?$", re.I
)


def carried_periods(
    sentence: str, periods: list[Period], cutoff: date | None = None
) -> list[Period]:
    """The periods a sentence states that carry to the next sentences, until a new one is stated."""
    return [
        p
        for p in periods
        if p.kind not in ("date", "day_avg")
        # nor one not begun by the document's date ("ước đến cuối năm 2022 đạt …" in August)
        and not (cutoff and p.start > cutoff)
        and not p.comparison
        # "từ tháng 10/2024" (since when something began, or came out) dates nothing after
        and not search(EVENT_TIME_BEFORE, sentence[max(0, p.text_start - 20) : p.text_start])
        and not in_prior_parenthesis(sentence, p)
        and not dates_compared_value(sentence, p)
        and not dates_risen_from(sentence, p)  # nor the time of the level a rise starts from
        and not names_a_deadline(sentence, p)  # nor does a target's deadline
        # nor a part's span set apart: "… tổng cộng 45,3 triệu hồ sơ, riêng trong năm 2024 là …"
        and not SET_APART.search(sentence, max(0, p.text_start - 14), p.text_start)
        and not CONTRASTED.search(sentence, max(0, p.text_start - 120), p.text_start)
        and not THIS_FIGURE_THEN.match(sentence, p.text_end)
    ]


# "Tại thời điểm 31/12/2023, con số này là 1.978 thôn.": the earlier value of the measure just
# given, dated for itself; what follows speaks of now again
THIS_FIGURE_THEN = re.compile(
    r"\s*,?\s*(?:con\s+số|tỷ\s+lệ|số\s+liệu)\s+(?:này|đó|tương\s+ứng)\b", re.I
)


def undated_by_deadline(sentence: str, periods: list[Period]) -> list[Period]:
    """The periods of a sentence but the deadlines it sets."""
    return [p for p in periods if not names_a_deadline(sentence, p)]


def names_a_deadline(sentence: str, p: Period) -> bool:
    """Whether a period closes a target's clause: "Mục tiêu đến tháng 12/2023 đạt 90 …"."""
    # (…of its own sentence: a lead's "… nhiệm vụ và mục tiêu …. Kết quả đạt được đến hết năm 2022")
    clause_start = (
        max(sentence.rfind(";", 0, p.text_start), sentence.rfind(". ", 0, p.text_start)) + 1
    )
    return bool(TARGET_WORDS.search(sentence, clause_start, p.text_start))


# "lũy kế từ khi đưa vào vận hành (năm 2019) đạt 2,14 tỷ": the year a running total started
STARTED_IN = re.compile(r"(?:từ\s+khi|kể\s+từ)[^;.()\d]{0,50}\(\s*(?:năm\s+)?$", re.I)
# "kể từ khi khai trương năm 2019, tổng số giao dịch …": the year it began, not the period (not
# "từ khi khai trương đến nay", the running total's end)
BEGAN_IN = re.compile(
    r"(?:từ\s+khi|kể\s+từ(?:\s+khi)?)\s+(?:chính\s+thức\s+)?(?:khai\s+trương|ra\s+mắt|vận\s+hành"
    r"|đưa\s+vào\s+(?:vận\s+hành|sử\s+dụng|hoạt\s+động)|triển\s+khai)\s+(?:vào\s+)?$",
    re.I,
)


# "… ước đạt 18,3%, cao hơn mức 16,5% của năm 2023; tốc độ tăng trưởng … khoảng 20%": the year
# of the value compared against, right after it
COMPARED_VALUE_BEFORE = re.compile(
    r"\b(?:so\s+với|cao\s+hơn|thấp\s+hơn|vượt)\s+(?:mức\s+|con\s+số\s+)?(?:khoảng\s+|gần\s+)?"
    r"\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+)?)?\s+(?:của|trong|vào)\s+$",
    re.I,
)


def dates_compared_value(sentence: str, p: Period, q: Quantity | None = None) -> bool:
    """Whether p dates a value compared against just before it ("cao hơn mức 16,5% của năm
    2023"), and that value is not q."""
    m = COMPARED_VALUE_BEFORE.search(sentence, max(0, p.text_start - 70), p.text_start)
    return bool(m) and not (q is not None and m.start() <= q.start < p.text_start)


def dates_risen_from(sentence: str, p: Period) -> bool:
    """Whether p dates the level a change starts from ("từ 74,4% trong năm ngoái lên 75,8%")."""
    return bool(
        RISEN_FROM.search(sentence, max(0, p.text_start - 70), p.text_start)
        and FROM_LEVEL_TO.match(sentence[p.text_end :])
    )


def dates_another(sentence: str, p: Period, q: Quantity) -> bool:
    """Whether a period in q's sentence dates something else: a target, a bracketed earlier
    figure, a value compared against, or the start of a running total."""
    return (
        in_target_clause(sentence, p, q)
        or in_later_aside(sentence, p, q)
        or dates_compared_value(sentence, p, q)
        or bool(STARTED_IN.search(sentence, max(0, p.text_start - 70), p.text_start))
        or (
            p.kind in ("year", "month")
            and bool(BEGAN_IN.search(sentence, max(0, p.text_start - 70), p.text_start))
        )
        or extends_to(sentence, p, q)
    )


# "…, Mobile Money được gia hạn thí điểm đến hết 2024": how long a scheme runs, in a clause of
# its own after the figure
EXTENDED = re.compile(
    r",[^;.\d]{0,60}?\b(?:gia\s+hạn|kéo\s+dài|thí\s+điểm|áp\s+dụng|hiệu\s+lực)\b[^;.\d]{0,40}$",
    re.I,
)


def extends_to(sentence: str, p: Period, q: Quantity) -> bool:
    """Whether a period after q is the end a scheme is extended to, in a later clause."""
    return p.text_start >= q.end and bool(EXTENDED.search(sentence, q.end, p.text_start))


def in_later_aside(sentence: str, p: Period, q: Quantity) -> bool:
    """Whether a period after q dates a figure of its own in a bracket: "1.012 cuộc (tháng
    10/2024: 1.118 cuộc)"."""
    return p.text_start >= q.end and in_prior_parenthesis(sentence, p)
