"""Parts of a figure already given: "trong đó …" after a count or a share (mixed into
DocumentExtractor through ExclusionRules)."""

from __future__ import annotations

import re

from etl.cues import names_outright
from etl.numbers import Quantity
from etl.phrases import NAMED_BACK_SUBSET, SUBSET_GOES_ON, SUBSET_OF_COUNT, SUBSET_SENTENCE

# After "trong đó": a share's part said as a level of the same measure ("mức độ hài lòng đối với")
PART_OF_SHARE = re.compile(
    r"\s*,?\s*(?:mức\s+độ|tỷ\s+lệ|chỉ\s+số)\s+[^;.\d]{0,80}?\b(?:đối\s+với|về)\b", re.I
)
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
        whole, part = self.counted_noun(named), self.counted_noun(after)
        # "11.000 hồ sơ giao dịch …, trong đó … 4.000 giao dịch": the whole's words name the part's
        return bool(whole and part and part not in named.lower() and "người" not in (whole, part))
