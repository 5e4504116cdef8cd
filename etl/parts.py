"""Parts of a figure already given: "trong đó …" after a count or a share, and a bracket
restating it (mixed into DocumentExtractor through ExclusionRules)."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.clauses import place_right_before
from etl.cues import names_outright
from etl.gates import finditer, search
from etl.indicator_periods import RUNNING_TOTAL_BEFORE
from etl.numbers import Quantity
from etl.phrases import (
    LEAD_WORDS,
    NAMED_BACK_SUBSET,
    OWN_FIGURE_AFTER,
    OWN_FIGURE_BEFORE,
    PART_SHARE_NAMED,
    RATE_NAMED,
    SUBSET,
    SUBSET_GOES_ON,
    SUBSET_OF_COUNT,
    SUBSET_SENTENCE,
)
from etl.provinces import province_names
from etl.restated import noun_of
from etl.whose_words import COUNTRY_BEFORE, LEVEL_BEFORE_COLON, LEVEL_WORD, SPOKEN_BEFORE

# After "trong đó": a share's part said as a level of the same measure ("mức độ hài lòng đối với")
PART_OF_SHARE = re.compile(
    r"\s*,?\s*(?:mức\s+độ|tỷ\s+lệ|chỉ\s+số)\s+[^;.\d]{0,80}?\b(?:đối\s+với|về)\b", re.I
)
# "…; trong đó hơn 7,5 triệu khách hàng ở nông thôn": a clause opening on a part
PART_CLAUSE = re.compile(r"\s*trong\s+(?:đó|số\s+(?:này|đó))\b", re.I)
# …or a sentence opening on one: "Trong đó có 40 thôn …", "Trong số này, 310 thôn …"
SUBSET_WORD = re.compile(r"trong\s+(?:đó|số)|bao\s+gồm|[(,]\s*gồm|riêng|:", re.I)
# "Trong số 1,1 triệu khách hàng …, có gần 660.000 là …": a count that "trong (số)" opens on,
# its parts after it in the sentence
WHOLE_OPENED = re.compile(
    r"\btrong\s+(?:số\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*\s+(?:(?:triệu|nghìn|tỷ)\s+)?"
    r"(?!(?:tháng|năm|quý|ngày|tuần|giờ|phút)\b)[^\W\d]",
    re.I,
)


class PartRules:
    """Whether a figure is a part of one given before it."""

    def is_part_of_previous(
        self, sentence: str, q: Quantity, row: dict, sentence_rows: list[dict]
    ) -> bool:
        """ "… 3,4 triệu khách hàng. Trong đó, ở nông thôn …": a part of the count before; but
        "Trong đó, số thuê bao băng rộng di động: 67,87 triệu" names a figure of its own."""
        if q.unit == "percent" and any(
            r["indicator"] == row["indicator"] and r["breakdown"] == row["breakdown"]
            for r in sentence_rows
        ):
            # "Chỉ số SIPAS … là 80,08%; trong đó, mức độ hài lòng đối với … là 79,72%": the
            # parts of a share the sentence gave before, not that share again (a part of
            # another level, "trong đó khối bộ đạt …", has its own breakdown)
            subset = [
                m for m in SUBSET_WORD.finditer(sentence, 0, q.qual_start) if m.group() != ":"
            ]
            if subset and PART_OF_SHARE.match(sentence, subset[-1].end()):
                return True
        if (
            q.unit == "count"
            and (  # (…or "Còn về tỉnh thành, …" after "Trong số 20 địa chỉ IP của cơ quan …")
                NAMED_BACK_SUBSET.search(sentence)
                or (
                    SUBSET_GOES_ON.match(sentence)
                    and SUBSET_OF_COUNT.match(self.last_sentences[-1])
                )
            )
            and any(r["indicator"] == row["indicator"] for r in self.rows)
        ):
            return True
        whole = WHOLE_OPENED.search(sentence, 0, q.qual_start)
        if (
            whole
            and q.unit == "count"
            and ";" not in sentence[whole.end() : q.qual_start]
            and any(r["indicator"] == row["indicator"] for r in sentence_rows)
        ):
            return True  # (a part counted in another measure, "có 104,2 triệu sử dụng smartphone", is its own)
        if not (
            SUBSET_SENTENCE.search(sentence)
            and q.unit in ("count", "ratio")
            and self.previous_counts
        ):
            return False
        return row["indicator"] in self.previous_indicators or not names_outright(row["rule_id"])

    def counts_another_noun(self, sentence: str, wholes: list[Quantity], after: str) -> bool:
        """ "86 triệu thẻ …, trong đó kích hoạt 54 triệu tài khoản": a part is counted in its
        whole's noun; a count of another thing is a figure of its own."""
        if not wholes:
            return False
        # the count nearest the part, up to the next number ("… và 27 doanh nghiệp, với tổng cộng
        # 1.123 điểm kết nối": the part's own noun is not the whole's)
        named = re.split(r"\d", sentence[wholes[-1].end : wholes[-1].end + 40], maxsplit=1)[0]
        whole, part = noun_of(named), noun_of(after)
        # "11.000 hồ sơ giao dịch …, trong đó … 4.000 giao dịch": the whole's words name the part's
        return bool(whole and part and part not in named.lower() and "người" not in (whole, part))

    def is_part_in_clause(
        self,
        sentence: str,
        q: Quantity,
        earlier: list[Quantity],
        clause_start: int,
        after: str,
        subset_words: list[int],
    ) -> bool:
        """A part of a figure the clause gave before it ("86 triệu thẻ, trong đó 54 triệu …"),
        not a share named anew, a level's own, another noun's count or a province's own."""
        # "3.224 hệ thống, trong đó ... 2.145 hệ thống, đạt tỷ lệ 66,5%": only a count after a
        # count (or a rate after a rate) is a part of the earlier figure.
        counted = {"count", "ratio"}  # "43/53 dịch vụ …, riêng 25 dịch vụ": one kind of figure
        clause_quantities = [
            p
            for p in earlier
            if p.start >= clause_start and (p.unit == q.unit or {p.unit, q.unit} <= counted)
        ]
        if (
            not clause_quantities
            and q.unit == "count"  # (a share after it may be its own: "… toàn trình, chiếm 47,8%")
            and PART_CLAUSE.match(sentence, clause_start, q.qual_start)
        ):
            # "có 11,2 triệu khách hàng …; trong đó hơn 7,5 triệu khách hàng ở nông thôn": the
            # clause opens on a part of the figure before the ";"
            clause_quantities = [
                p for p in earlier if p.unit == q.unit or {p.unit, q.unit} <= counted
            ][-1:]
        first = clause_quantities[0].end if clause_quantities else q.qual_start
        # The exact test reads the words up to the number ("riêng 25 dịch vụ" is a part, and
        # "riêng tháng 3" is not); the cheap one only says whether any such word stands there.
        between = sentence[first : q.qual_start]
        nearby = any(first <= start < q.qual_start for start in subset_words)
        subset = first_subset(between) if nearby else None
        close = between.find(")", subset.end()) if subset else -1
        if close >= 0 and "(" not in between[subset.end() : close]:
            # "(gồm 24 bộ, ngành, …) với 8.560 điểm", "(86% trong số đó là thiết bị 4G), với 58%
            # hộ gia đình …": the parts' bracket closed
            subset = None
        # "43,6%, trong đó tỷ lệ hồ sơ … toàn trình đạt 24,5%": a share named anew is its own
        # figure (the cues decide whose); an unnamed one ("trong đó 4G chiếm 70%") is a part.
        named = (
            RATE_NAMED.search(between, subset.end())
            or PART_SHARE_NAMED.search(between, subset.end())
            if subset
            else None
        )
        # "39,98%, trong đó khối bộ đạt 54,46%": a level's own share of the same measure
        level = subset and (
            LEVEL_WORD.match(between[subset.end() :].lstrip())
            or (
                subset.group().strip() == ":"
                and LEVEL_BEFORE_COLON.search(between, 0, subset.start())
            )
        )
        own = (
            OWN_FIGURE_AFTER.match(after)
            or (subset and self.counts_another_noun(sentence, clause_quantities, after))
            or (subset and search(OWN_FIGURE_BEFORE, between))
            # "198.760 tài khoản (lũy kế: 10.925.430 tài khoản)": the running total, not a part
            or (subset and RUNNING_TOTAL_BEFORE.search(between[-30:]))
            # "7.000 trạm 5G, trong đó TP. Hồ Chí Minh có 1.500 trạm": a province's own count
            or (subset and names_own_place(between, subset.end()))
            # "…, chiếm 41,11% thấp so với trung bình cả nước là 43,67%": the country's, beside
            or (
                subset
                and search(COUNTRY_BEFORE, sentence[max(0, q.qual_start - 90) : q.qual_start])
            )
        )
        return bool(subset and not ((q.unit == "percent" and (named or level)) or own))

    def restates_in_bracket(
        self, sentence: str, q: Quantity, earlier: list[Quantity], after: str
    ) -> bool:
        """A bracket right around the number restating the figure before it ("… (136 thôn)")."""
        opening = sentence.rfind("(", 0, q.qual_start)
        if opening >= 0 and not sentence[opening + 1 : q.qual_start].strip() and ")" in after[:25]:
            # "(136 thôn)" restates the count before it; "(khoảng 24,5%)" after a count is new.
            previous = [p for p in earlier if p.end <= opening]
            counted = {"count", "ratio"}
            last = previous[-1].unit if previous else None
            # "(136 thôn)" after a count restates it; after a share ("chiếm 65% … (15.400 trạm)")
            # it gives the whole; "2.104 trạm BTS (55 trạm 5G)" names a figure of its own.
            if OWN_FIGURE_AFTER.match(after):
                return False
            if search(COUNTRY_BEFORE, sentence[max(0, opening - 90) : opening + 1]):
                return False  # "…, cao hơn mức trung bình cả nước (38,2 Mbps)": the country's
            if HIGHEST_BEFORE.search(sentence, max(0, opening - 60), opening):
                return False  # "Tỉnh Hậu Giang có tỷ lệ … cao nhất (72,1%)": the value itself
            return last is None or last == q.unit or {last, q.unit} <= counted
        return False


# A place ranked first or last, its value in brackets after: "… cao nhất (72,1%)"
HIGHEST_BEFORE = re.compile(rf"(?:(?:cao|thấp)\s+nhất|{LEAD_WORDS}[^()\d;,]{{0,40}})\s*$")


def first_subset(words: str) -> re.Match | None:
    """The first word that makes what follows a part ("trong đó", "gồm", a label's colon), not
    the colon of reported words ("Văn phòng Chính phủ cho biết: đã cắt giảm … 812/1.084")."""
    for m in finditer(SUBSET, words):
        if m.group().strip() != ":" or not SPOKEN_BEFORE.search(words, 0, m.start()):
            return m
    return None


@lru_cache(maxsize=1)
def name_listed_before() -> re.Pattern:
    """Match a province name and a list's comma or "và" at the end of a text."""
    return re.compile(rf"\b(?:{province_names()})\s*(?:,|\bvà)\s*$")


def names_own_place(text: str, start: int) -> bool:
    """A province named right before its figure, not as the last of a list of names ("trong
    đó các tỉnh Hà Nội, Đà Nẵng có 3.500 trạm" is their sum)."""
    m = place_right_before().search(text, start)
    return bool(m) and not name_listed_before().search(text, start, m.start())
