"""What is not a value: targets, deadlines, remainders, averages, parts, bounds, restatements."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from etl.aim_words import SUPPOSITION, TARGET_WORDS
from etl.earlier_words import (
    CHANGE_IN_BRACKET,
    CHANGE_THEN_FROM,
    FROM_BARE,
    GAP_TO_AVERAGE,
    OWN_TIME_AFTER,
    RISE_FROM,
    TO_AFTER,
)
from etl.gates import finditer, search
from etl.numbers import Quantity
from etl.parts import SUBSET_WORD, PartRules
from etl.phrases import (
    ASKS_HOW,
    BODY_PART,
    DEADLINE_YEAR,
    LEADER,
    LEADING_GROUP,
    MILESTONE,
    MUST_AFTER,
    NOT_REACHED,
    ONE_OF_GROUP,
    PER_SPAN_AFTER,
    PER_UNIT_AFTER,
    RATIO_IN_WORDS,
    REMAINING_AFTER,
    TARGET_TAIL,
    THRESHOLD_GROUP,
    VISION,
    YEARS_AVERAGE,
)
from etl.ranges import is_range_end, shares_a_bound
from etl.restated import AS_SHARE_OF, COUNT_SAID_AS_SHARE, OF_ANOTHER, noun_of
from etl.target_reach import opens_clause, target_had_figure
from etl.whose_words import (
    NATIONAL_WORDS,
)

MARK_WORDS = ("trên", "vượt", "vượt mốc", "vượt ngưỡng", "hơn")  # "lần đầu … vượt ngưỡng 200 Mbps"
COMPARED_TO_TARGET = re.compile(r"\bso\s+với\s*(?:mức\s+)?$", re.I)
# A sentence opening on a part: "Trong đó có 40 thôn …", "Trong số này, 310 thôn …"
SENTENCE_PART = re.compile(
    r"\W*Trong\s+(?:đó|số\s+(?:này|đó))\s*,?\s*(?:có\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?"
)
# "cấp huyện tiếp nhận 6.776 hồ sơ, với 2.521 hồ sơ trực tuyến (đạt tỷ lệ 37,76%)": districts' or
# communes' figure, a level no indicator is broken down by
# (…or its communes and wards counted: "96 xã, phường của tỉnh đã tiếp nhận …, trong đó 91,3% …")
SUB_PROVINCE_LEVEL = re.compile(r"\bcấp\s+(?:huyện|xã)\b|\b\d+\s+xã,\s*phường\b", re.I)
# "tốc độ di động trên mạng 5G đạt 250,3 Mbps": one generation's speed, not the country's mobile
# speed (all networks); "4G/5G" together is no such split
# "bao gồm cả 3G, 4G, 5G" (or "4G và 5G") lists every generation: the overall speed
# (not what a speed owes to: "Nhờ 5G, tốc độ … băng rộng di động … đạt 143,8 Mbps")
ONE_GENERATION = re.compile(
    r"(?<![/\d])(?<!4G,\s)(?<!4G\s)(?<!4G\svà\s)\b5G\b(?!\s*/)(?<![Nn]hờ\s5G)(?<![Nn]hờ\smạng\s5G)"
)
FOURTH_GENERATION = re.compile(r"(?<![/\d])\b4G\b(?!\s*(?:/|,|và)\s*5G)")
COMPARED_SPEED = re.compile(r"[^.;]{0,40}?\bso(?:\s+với)?\b[^.;\d]{0,40}$", re.I)
PARTS_BRACKET = re.compile(
    r"\d\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*\(\s*(?:bao\s+)?gồm\s*:?\s*(?:[^()\d]{0,60}?\d[\d.,]*[^()\d;]{0,60}?(?:,|và)\s*)?[^()\d]{0,30}$",
    re.I,
)
NOUN_BEFORE_DEADLINE = re.compile(r"^\s*(?:GDP|dân\s+số)?\s*")  # compiled once: every number


# "mỗi người dân có 01 tài khoản"; "mỗi ngày có 2,8 triệu giao dịch" is an average, read elsewhere
EACH_HAS = re.compile(
    r"\bmỗi\s+(?!ngày|tháng|năm|tuần|giờ|quý)[^\d;,.]{1,25}?\s(?:có|được|sẽ\s+có)"
    r"(?:\s+(?:khoảng|gần|hơn|trên))*\s*$",  # "Mỗi giây có khoảng gần 1.000 cuộc tấn công mạng"
    re.I,
)
# "Từ đầu năm đến nay, mỗi tháng có hơn 760.000 địa chỉ IP …": likely an average over months, not
# one month's figure; a reader decides ("mỗi ngày" is how NDXP states its daily average)
EACH_MONTH_HAS = re.compile(
    r"\bmỗi\s+(?:tháng|quý|năm|tuần)\s+(?:có|ghi\s+nhận|phát\s+hiện)(?:\s+thêm)?\s*$", re.I
)


@dataclass
class Marks:
    """Where a sentence's target words, deadlines, parentheses and part-of words stand."""

    targets: list[tuple[int, int]]
    deadlines: list[re.Match]
    parentheses: list[tuple[int, int]]
    subset_words: list[int]
    # is_excluded's verdict on each number of the sentence, by everything it reads besides it
    verdicts: dict[tuple, bool] = field(default_factory=dict)


# A closed parenthesis ("(mục tiêu năm 2024 là 50%)"): compiled once, as read_marks runs per sentence.
PARENTHESIS = re.compile(r"\([^()]*\)")


# A monthly report repeats most of its sentences month after month: kept across documents.
@lru_cache(maxsize=4096)
def read_marks(sentence: str) -> Marks:
    """Find the marks once per sentence, not once per number in it."""
    return Marks(
        targets=[m.span() for m in finditer(TARGET_WORDS, sentence)],
        deadlines=finditer(DEADLINE_YEAR, sentence),
        parentheses=[m.span() for m in PARENTHESIS.finditer(sentence)],
        subset_words=[m.start() for m in SUBSET_WORD.finditer(sentence)],
    )


class ExclusionRules(PartRules):
    """The checks that keep a number that is not an indicator value out of the rows."""

    def is_excluded(
        self, sentence: str, q: Quantity, earlier: list[Quantity], clause_start: int, after: str
    ) -> bool:
        """Drop targets, remainders, averages, sub-counts and restated parentheticals."""
        # The verdict reads the sentence, the number, the numbers before it, the clause and
        # the document's year (deadlines); the sentence's marks keep it for the next month's
        # report, which states the same sentence again.
        if self.opens_on_part(sentence, q, earlier, after):  # (reads the sentence before: uncached)
            return True
        verdicts = read_marks(sentence).verdicts
        key = (q, tuple(earlier), clause_start, after, self.year, self.cutoff.month < 12)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = self.read_exclusion(sentence, q, earlier, clause_start, after)
        return verdict

    def opens_on_part(self, sentence: str, q: Quantity, earlier: list, after: str) -> bool:
        """ "… còn 162 thôn chưa có hạ tầng viễn thông. Trong đó có 40 thôn chưa có …": a sentence
        opening on a part of a count of the same things in the sentence before."""
        first = earlier[0].qual_start if earlier else q.qual_start  # (parts listed: "… và 40 thôn")
        if q.unit != "count" or not SENTENCE_PART.fullmatch(sentence, 0, first):
            return False
        noun = noun_of(after)
        return (
            bool(noun)
            and re.search(rf"\d\s+{re.escape(noun)}\b", self.last_sentences[-1]) is not None
        )

    def read_exclusion(
        self, sentence: str, q: Quantity, earlier: list[Quantity], clause_start: int, after: str
    ) -> bool:
        """is_excluded's verdict, read afresh."""
        head = sentence[: q.qual_start]
        # Patterns that end at the number read only its last words: a sentence of hundreds of
        # figures would otherwise be read again from its start for each one.
        near = head[-300:]
        if (
            is_range_end(sentence, q, earlier)
            or shares_a_bound(head[clause_start:], q)
            or search(YEARS_AVERAGE, near)
            or (q.unit == "count" and bool(PER_SPAN_AFTER.match(sentence, q.end)))
            or search(CHANGE_IN_BRACKET, near[-40:])
            or (q.unit == "percent" and search(GAP_TO_AVERAGE, near[-80:]))
            or search(NOT_REACHED, sentence[max(q.start - 300, 0) : q.start])
            # "…, còn hơn 20% hệ thống chưa được phê duyệt": the share still left, not the rate
            or (
                q.unit == "percent"
                and STILL_LEFT.search(sentence, max(q.qual_start - 12, 0), q.qual_start)
                and NOT_YET_AFTER.match(sentence, q.end)
            )
            or (q.unit == "percent" and search(LEFT_COUNT_SHARE, near))
            or search(LEADER, near)
            or (search(ONE_OF_GROUP, near) and LEADING_GROUP.match(sentence, q.end))
            or search(RATIO_IN_WORDS, near)
            or (
                q.unit == "percent"
                and q.qualifier in ("trên", "dưới", "hơn", "vượt")
                and search(THRESHOLD_GROUP, near)
            )
            or (q.qualifier in MARK_WORDS and search(MILESTONE, near))
            # "đã vượt mốc 150 Mbps, đạt 154,8 Mbps": the mark passed, then the value itself
            or (
                "vượt" in sentence[q.qual_start : q.start]
                and MARK_THEN_VALUE.match(sentence, q.end)
            )
            or (BODY_PART.search(sentence) and not NATIONAL_WORDS.search(sentence))
            # "Làm thế nào để có 10 triệu thuê bao sử dụng Mobile money?": a question's figure
            or ("?" in sentence[q.end :] and search(ASKS_HOW, sentence[: q.start]))
            or bool(SUPPOSITION.match(sentence))
            # "… 1.899.673/1.708.473 hồ sơ (gồm: 323.372 tài khoản … mức 1 và …)": the parts of
            # a count in its bracket, whether or not the whole was read
            or (q.unit == "count" and bool(PARTS_BRACKET.search(near)))
            # "… là 17,94/18 điểm, đạt tỷ lệ 99,66%": a score said as a share, not a rate
            or (q.unit == "percent" and search(SCORE_AS_SHARE, near[-160:]))
        ):
            return True
        marks = read_marks(sentence)
        # A target in a closed parenthesis ("45,79% (mục tiêu năm 2024 là 50%)") is its own.
        closed = [(a, b) for a, b in marks.parentheses if b < q.qual_start]
        # "Mục tiêu … đạt 90 thuê bao/100 dân; Thuê bao … ước đạt 101,2 triệu": a capital after
        # ";" opens a clause of its own, outside the target's reach
        # (up to the number itself: "sẽ đạt 10 triệu" ends on the qualifier "đạt")
        if search(TARGET_TAIL, near) or any(
            end <= q.start
            and not any(a < start < b for a, b in closed)
            and not opens_clause(sentence, end, q.end)
            and not target_had_figure(sentence, start, end, q.start)
            for start, end in marks.targets
        ):
            return True
        # "… chiếm 20% GDP vào năm 2025" names its deadline after the number.
        ahead = DEADLINE_YEAR.match(NOUN_BEFORE_DEADLINE.sub("", after))
        passed = [m for m in marks.deadlines if m.end() <= q.qual_start]
        # "Kế hoạch … đến năm 2025, đến hết năm 2022 tỷ lệ … đạt 45,2%": the nearer time, past,
        # is the figure's own; the plan's horizon before it is a name
        if passed and int(passed[-1].group("y")) < self.year:
            passed = []
        deadlines = [
            m
            for m in passed
            if not VISION.search(sentence, 0, m.start())
            # ("…; hiện số thẻ … là 87,1 triệu thẻ": the present turns from the deadline)
            and not opens_clause(sentence, m.end(), q.end)
        ]
        for m in [*deadlines, *([ahead] if ahead else [])]:
            year = int(m.group("y"))
            if year > self.year or (
                year == self.year and m.group("end") and self.cutoff.month < 12
            ):
                return True
        if q.unit == "count" and search(EACH_HAS, near):
            return True  # "mỗi người dân có 01 tài khoản": what each has, not a total
        if search(SUB_PROVINCE_LEVEL, head[clause_start:]):
            return True
        if (
            q.unit == "percent"
            and AS_SHARE_OF.search(near[-25:])
            and OF_ANOTHER.match(after)
            and not COUNT_SAID_AS_SHARE.search(near[-80:])
        ):
            return True
        if q.unit == "mbps":
            since = max([p.end for p in earlier if p.end > clause_start], default=clause_start)
            speeds = [p for p in earlier if p.end > clause_start and p.unit == "mbps"]
            # "5G … đạt 594,81 Mbps, nhanh hơn 52% so tốc độ 391,05 Mbps của tháng 12": the speed
            # compared with is of the generation of the speed it is compared to
            if speeds and COMPARED_SPEED.match(sentence, speeds[-1].end, q.qual_start):
                before = [p.end for p in earlier if clause_start < p.end <= speeds[-1].start]
                since = max(before, default=clause_start)
            # (…or 4G's beside 5G's: "… 285,4 Mbps, gấp khoảng 4 lần mạng 4G (72,3 Mbps)")
            if search(ONE_GENERATION, head[since:]) or (
                "5G" in sentence and search(FOURTH_GENERATION, head[since:])
            ):
                return True
        if COMPARED_TO_TARGET.search(near[-25:]) and TARGET_WORDS.match(after.lstrip()):
            return True  # "đạt 93,55% so với 80% yêu cầu đặt ra": the target compared with
        if (
            search(REMAINING_AFTER, after)
            or search(PER_UNIT_AFTER, after)
            or search(MUST_AFTER, after)
        ):
            return True
        rise_from = (
            search(RISE_FROM, near)
            or (search(FROM_BARE, near) and TO_AFTER.match(after))
            or search(CHANGE_THEN_FROM, near[-40:])
        )
        # "từ 38.69 Mbps (tháng 3) lên …": a period after it, bare or in brackets, is its own
        if rise_from and not OWN_TIME_AFTER.match(after):
            return True  # "tăng từ 112,55 Mbps": the earlier level, its period unstated
        if self.is_part_in_clause(sentence, q, earlier, clause_start, after, marks.subset_words):
            return True
        return self.restates_in_bracket(sentence, q, earlier, after)


# A points score out of its maximum said again as a share: "đạt 11,0/18 điểm mức độ hài lòng
# (tương đương 61,11%)", "… là 17,94/18 điểm, đạt tỷ lệ 99,66%"
SCORE_AS_SHARE = re.compile(
    r"\d\s*/\s*\d+\s+điểm\b[^;\d]{0,80}?(?:\(\s*|,\s*)(?:tương\s+(?:đương|ứng)|"
    r"(?:đạt\s+)?tỷ\s+lệ|bằng)(?:\s+(?:với|khoảng))?\s*$",
    re.I,
)
# A share still left undone: "còn hơn 20% hệ thống chưa được phê duyệt"
# (not "giảm còn 38,2%, chưa đạt chỉ tiêu": fell to, the target not met)
STILL_LEFT = re.compile(r"(?<!giảm\s)(?<!chỉ\s)(?<!xuống\s)(?<!mới\s)\bcòn\s+(?:lại\s+)?$")
NOT_YET_AFTER = re.compile(r"[^;.\d]{0,40}\bchưa\s+(?!đạt\b|bằng\b|tới\b|đến\b)")
# The same share told after the count left: "còn gần 1.700 hệ thống thông tin chưa được phê duyệt
# …, tương ứng 23,4%" (not "còn 266 thôn chưa phủ sóng, tỷ lệ thôn có sóng đạt …")
LEFT_COUNT_SHARE = re.compile(
    r"\bcòn\s+(?:lại\s+)?(?:gần|hơn|trên|khoảng)?\s*\d[\d.,]*\s+[^;.\d]{0,80}?\bchưa\s+"
    r"(?!đạt\b|bằng\b|tới\b|đến\b)[^;\d]{0,120}?[,(]\s*(?:tương\s+ứng|tương\s+đương|chiếm|bằng)"
    r"(?:\s+với)?(?:\s+tỷ\s+lệ)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$",
    re.I,
)
# After a mark passed ("vượt mốc 150 Mbps"), the words that give the value itself
MARK_THEN_VALUE = re.compile(
    r"\s*[^\W\d]{0,8}(?:/[^\W\d]{1,6})?\s*,\s*(?:cụ\s+thể\s+)?(?:đạt|lên|là|ở\s+mức)\s*"
    r"(?:khoảng|gần|hơn|trên)?\s*\d"
)
