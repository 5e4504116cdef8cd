"""Figures named around their number rather than before it: a list item ("Hòa Bình (86,5%)"),
a rate named without "tỷ lệ", the result stated after its target."""

from __future__ import annotations

import re

from etl.cue_names import cue_periods, name_indicators, name_spans, names_annual_index
from etl.cue_text import as_rate_after, as_rate_label, as_share, as_share_taken
from etl.cues import Scope, indicator_kinds
from etl.link_words import UNIT_OF
from etl.list_items import RESPECTIVE_RUN
from etl.numbers import Quantity
from etl.phrases import PRESENT_TURN


class FigureNames:
    """Names a number's indicator from the words around it (mixed into DocumentExtractor)."""

    def aimed_figure(self, aim, sentence: str, context: str) -> str | None:
        """The indicator a target's words name ("Theo kế hoạch, tỷ lệ … là 50%"), read only when
        the sentence goes on to state its result (aim: the target's number, clause start, after)."""
        q, clause_start, after = aim
        before = sentence[clause_start : q.start]
        scope = Scope(before, before, after, context, "", -1, sentence[: q.qual_start])
        row = self.match_cues(q, scope, None, False)
        return row["indicator"] if row is not None else None

    def actual_after_aim(
        self, aim, sentence: str, q: Quantity, scope: Scope, period, stated: bool
    ) -> dict | None:
        """ "… phấn đấu đạt 50%, hiện đạt 48%", "kế hoạch 50%, thực hiện 48%": the result of the
        figure the target named, stated after a turn to the present."""
        if (
            aim is None
            or aim[0].unit != q.unit
            or not PRESENT_TURN.search(sentence, aim[0].end, q.end)
        ):
            return None
        indicator = self.aimed_figure(aim, sentence, scope.context)
        row = self.match_cues(q, scope, period, stated, only=indicator) if indicator else None
        if row is not None:
            row["rule_id"] = f"{row['indicator']}:actual_after_aim"
        return row

    def match_named_rate(self, q: Quantity, scope: Scope, period, stated: bool) -> dict | None:
        """A percent whose rate is named without "tỷ lệ": a bare label before it ("Hồ sơ trực
        tuyến 72,05%"), the words after it ("96,5% kết quả … được cấp dưới dạng điện tử"), or
        a share said as an equal ("83,1 triệu, tương đương 84,7% tổng số thuê bao")."""
        readings = (as_rate_label, as_rate_after, as_share, as_share_taken)
        for reading in (read(scope, q) for read in readings):
            row = reading and self.match_cues(q, reading, period, stated)
            if row:
                return row
        return None

    def match_list_item(
        self,
        q: Quantity,
        scope: Scope,
        period,
        stated: bool,
        province: str,
        text: str,
        rows: list[dict],
    ) -> dict | None:
        """A list item "Hòa Bình (86,5%)", "44,6% (bộ, ngành)": the indicator is named anywhere
        around it, the item names the breakdown."""
        # the clause, else the sentence so far ("EMC: 100% bộ, ngành; 98,4% địa phương"), else
        # the figure just before in the sentence ("Đà Nẵng có 97% TTHC … toàn trình (trung bình
        # toàn quốc là 48%)"), else the paragraph
        named = name_indicators(scope.before + " " + scope.after, q.unit, scope.after)
        named = named or name_indicators(scope.head, q.unit, scope.after)
        # "… 41,2 … cố định/100 dân và 118,5 … di động/100 dân, gần gấp đôi mức bình quân cả nước
        # (lần lượt là 22,9 và 84,1 …)": the run's i-th figure is of the i-th measure named
        nth = nth_named_in_turn(scope.head, q.unit) if len(named) > 1 else None
        named = {nth} if nth else named
        unit = UNIT_OF.get(q.unit, q.unit)
        if not named and rows and rows[-1]["unit"] == unit:
            named = {rows[-1]["indicator"]}
        named = named or name_indicators(text, q.unit, scope.after)
        # "Hà Nội (4,6 triệu giao dịch)" with no "mỗi ngày": not the day's average named before
        kind = period.kind if period is not None else ""
        named = {n for n in named if cue_periods().get(n) != ("day_avg",) or kind == "day_avg"}
        last = self.last_rows[-1] if self.last_rows else None
        if not named and last is not None and last["unit"] == unit:
            # "tốc độ Internet của Điện Biên đang bỏ xa … Hà Nội (tốc độ download 94,08 Mbps)":
            # the items go on with the figure the sentence before named
            named = {last["indicator"]}
        if len(named) != 1:
            return None
        indicator = named.pop()
        if indicator_kinds()[indicator] == "rank" and province != "national":
            return None  # "Hải Phòng và Vĩnh Phúc lần lượt đứng thứ 6 và 7": no country's rank
        # (a yearly index named around it dates it as one: "Chỉ số … (SIPAS) năm 2023." over
        # "Quảng Ninh dẫn đầu với 89,51%, tiếp theo là Hải Phòng (88,07%) …")
        yearly = names_annual_index(indicator, text)
        row = self.match_cues(q, scope, period, stated, only=indicator, yearly=yearly)
        if row is not None:
            row["breakdown"] = province
            row["rule_id"] = f"{row['indicator']}:list_item"
        return row


def nth_named_in_turn(head: str, unit: str) -> str | None:
    """For a figure in a bracketed run "(lần lượt là a và b)", the measure named in the same turn
    before the bracket; None when it is no such figure or the names do not line up."""
    opening = head.rfind("(")
    run = RESPECTIVE_RUN.fullmatch(head, opening + 1) if opening >= 0 else None
    if run is None:
        return None
    index = len(re.findall(r"\d[\d.,]*", head[opening:]))
    spans = name_spans(head[:opening], unit)
    ordered = sorted(spans, key=lambda indicator: spans[indicator][0])
    return ordered[index] if index < len(ordered) else None
