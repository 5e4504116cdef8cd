"""Figures a clause names only by reference: "tỷ lệ này", a level after the rate named last,
another period of the same figure, a list item whose indicator is named around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from etl.clauses import find_breakdown, lead_own
from etl.cue_names import name_indicators, name_widest
from etl.cues import COUNTED, SPAN_KINDS, Scope, indicator_kinds, indicator_units
from etl.gates import search
from etl.link_words import (
    ANOTHER_PERIOD_TAIL,
    BARE_COUNT,
    COUNT_GOES_ON,
    DENSITY,
    DIGIT,
    NAMED_BACK_UNITS,
    NEW_RATE,
    RAISED_TOTAL,
    RANK_BACK,
    REBASED,
    SHARE_BASE,
    SHARE_NAMED_BACK,
    TOTAL_NAMED_BEFORE,
    UNIT_OF,
    WHOLE_AFTER_DISTRICTS,
    WHOLE_AFTER_LEVELS,
    WHOLE_AFTER_PLACE,
    WITH_RESULT,
    YEAR_NUMBER,
    YEAR_START_WORDS,
)
from etl.period_choice import level_at_end
from etl.periods import Period, find_periods
from etl.phrases import THIS_ONE
from etl.provinces import canonical_province, written_province
from etl.restated import noun_of
from etl.upload_speeds import other_network
from etl.whose_words import NATIONAL_WORDS

PASS = object()  # a way of linking that does not apply to the clause: the next one is tried


@dataclass
class Link:
    """What a clause that names no indicator says of the figures before it, read once."""

    window: str  # the clause's words before the number
    rows: list[dict]  # the sentence's rows so far
    anaphora: bool  # names a figure back ("tỷ lệ này", "con số này", "duy trì thứ hạng")
    breakdown: str
    level: bool  # states a level or a whole after levels, not the national figure alone
    raised: bool  # "…, nâng tổng số lên": the level an increase before brings it to
    earlier: list[dict]  # the rows it may go on with
    same_unit: bool  # the last of them is in its indicator's own unit
    tail: str  # the words since the clause began, periods blanked
    states_one: bool  # it states a period of its own
    rest: str  # the tail without the noun the figure before trails


class FigureLinks:
    """Links a number to a figure named before it (mixed into DocumentExtractor)."""

    def inherit_indicator(
        self, q, scope: Scope, period, stated: bool, window: str, rows: list[dict]
    ) -> dict | None:
        """ "… bộ, ngành là 89,4%; của các địa phương là 93,1%", "Tỷ lệ này ở các bộ, ngành là
        55,1%": the clause names only its level; the indicator is the one named just before."""
        density = self.density_of(q, scope, period, stated, window, rows)
        if density is not None:
            return density
        if search(REBASED, window):
            return None
        link = self.read_link(q, scope, window, rows)
        if not rows and link.raised and period is not None and period.kind in SPAN_KINDS:
            period = level_at_end(period)  # "…, nâng tổng số lên 12.106": the span's end
        steps = (
            self.link_with_result,
            self.link_named_in_words_before,
            self.stop_at_new_rate,
            self.link_another_period,
            self.link_count_going_on,
            self.link_named_in_sentence_before,
            self.link_level_or_named_back,
        )
        for step in steps:
            row = step(q, scope, period, stated, link)
            if row is not PASS:
                return other_network(row, window)
        return None

    def read_link(self, q, scope: Scope, window: str, rows: list[dict]) -> Link:
        """The clause's words read once for every way it may link back."""
        anaphora = bool(search(THIS_ONE, window))
        breakdown = find_breakdown(window, "", q.unit)
        # "… xếp thứ 71/193 … Trước đó, … Việt Nam đều duy trì thứ hạng 86": a rank named back
        last = (rows or self.last_rows or [{}])[-1]
        anaphora = anaphora or (
            last.get("unit") == "rank"
            and breakdown == "national"
            and bool(RANK_BACK.search(window))
        )
        # "… khối bộ, ngành là 92,1%, khối địa phương là 87,6%; tính chung cả nước đạt 89,0%": the
        # whole after its levels
        whole = search(WHOLE_AFTER_LEVELS, window) and any(
            r["breakdown"] in ("ministries", "localities") for r in rows or self.last_rows
        )
        # …or the country's after a province's: "Hà Nội đạt 60%, trong khi cả nước đạt 45%"
        whole = whole or (
            bool(rows)
            and rows[-1]["breakdown"] not in ("national", "ministries", "localities")
            and bool(WHOLE_AFTER_PLACE.fullmatch(window))
        )
        level = breakdown != "national" or bool(whole)
        # A level ("Cụ thể, khối bộ, ngành đạt 91,5%") or "tỷ lệ này" splits the rate named last.
        earlier = rows or (self.last_rows if anaphora or level else [])
        if anaphora and SHARE_NAMED_BACK.search(window):
            # "… chiếm 16,5% GDP, tăng trưởng 19,5%. Tỷ trọng này năm 2022 là 14,26%": the share
            earlier = [r for r in earlier if indicator_kinds()[r["indicator"]] != "growth"]
        same_unit = bool(earlier) and earlier[-1]["unit"] == indicator_units().get(
            earlier[-1]["indicator"]
        )
        tail = scope.before[scope.crossed :] if scope.crossed >= 0 else scope.before
        # periods are blanked in `before`: the clause states one when its raw words have digits
        # (…or names one in words: "…; lũy kế từ đầu năm là 11,9 triệu hồ sơ")
        states_one = bool(
            DIGIT.search(window) or YEAR_START_WORDS.search(window)
        ) and not DIGIT.search(tail)
        # ("879.342 địa chỉ, tháng 6/2022 là 704.939 địa chỉ": the figure before's noun may trail it)
        noun_before = (COUNTED if q.unit == "count" else SHARE_BASE).match(tail)
        rest = tail[noun_before.end() :] if noun_before else tail
        raised = bool(search(RAISED_TOTAL, window))
        return Link(
            window, rows, anaphora, breakdown, level, raised, earlier, same_unit, tail,
            states_one, rest,
        )  # fmt: skip

    def link_named_in_words_before(self, q, scope: Scope, period, stated: bool, link: Link):
        """ "số trạm 5G … đã tăng thêm hơn 4.200, nâng tổng số lên 12.106", "…; tính chung toàn
        tỉnh đạt 58,6%": the words before it (this sentence, the two before, the paragraph or
        the lead over a list) name the figure, with no row of its own."""
        if link.rows or not (search(WHOLE_AFTER_DISTRICTS, link.window) or link.raised):
            return PASS
        head = scope.head[: len(scope.head) - len(link.window)]
        paragraph = self.nt.text[self.para_start : self.sentence_start]
        for source in (head, *self.last_sentences[::-1], paragraph, self.lead_text):
            if name_indicators(source, q.unit):
                return self.name_from_sentence_before(
                    q, scope, period, stated, link.breakdown, source
                )
        return PASS

    def stop_at_new_rate(self, q, scope: Scope, period, stated: bool, link: Link):
        """ "Tỷ lệ thanh toán trực tuyến … tại các bộ, ngành đạt 45,22% và các địa phương đạt
        26,86%": a sentence naming a rate of its own does not go on with the one before."""
        if not link.anaphora and search(NEW_RATE, link.window if link.rows else scope.head):
            return None
        return PASS

    def link_another_period(self, q, scope: Scope, period, stated: bool, link: Link):
        """ "Năm 2020 là 12,66%; 2021 là 12,87%; …": a clause that states only another period
        goes on with the same figure of the same sentence."""
        another_period = bool(
            link.rows and stated and link.states_one and ANOTHER_PERIOD_TAIL.fullmatch(link.rest)
        )
        before = link.earlier[-1] if link.earlier else None
        if another_period and link.same_unit and before["unit"] == UNIT_OF.get(q.unit, q.unit):
            noun = noun_of(scope.after)  # "…; lũy kế … là 4.987 cuộc": the same noun
            if not noun or noun == noun_of(self.after_value(before)):
                return self.continue_figure(q, scope, period, stated, before)
        return PASS

    def link_with_result(self, q, scope: Scope, period, stated: bool, link: Link):
        """ "Chỉ số SIPAS năm 2024 trung bình cả nước là 83,94%. Với kết quả 90,23%, tỉnh Thái
        Nguyên …": the sentence before's share, for the province named after the figure."""
        last = self.last_rows[-1] if self.last_rows and not link.rows else None
        if last is None or q.unit != "percent" or last["unit"] != "percent":
            return PASS
        named = province_after_comma().match(scope.after)
        if not (WITH_RESULT.fullmatch(link.window) and named):
            return PASS
        if not stated:
            period = Period(last["period_kind"], last["period_start"], last["period_end"])
        row = self.match_cues(q, scope, period, True, only=last["indicator"])
        if row is not None:
            row["breakdown"] = canonical_province(named.group("name"))
            row["rule_id"] = f"{row['indicator']}:with_result"
        return row

    def link_count_going_on(self, q, scope: Scope, period, stated: bool, link: Link):
        """ "… 172 cuộc tấn công mạng … Riêng tháng 3/2025 có 66 cuộc": the sentence before's
        figure, for a period this one states, counted in the same noun."""
        last = self.last_rows[-1] if self.last_rows and not link.rows else None
        if (
            last is not None
            and stated
            and link.states_one
            and last["unit"] == UNIT_OF.get(q.unit, q.unit) == "count"
            # "Riêng tháng 11, (hệ thống kỹ thuật) ghi nhận 512 cuộc": a short subject may stand
            # (…or "Lũy kế từ đầu năm là 2.496 cuộc", the span's words blanked with its "lũy kế")
            and (COUNT_GOES_ON.fullmatch(link.tail) or COUNT_GOES_ON.fullmatch(link.window))
            and noun_of(scope.after) == noun_of(self.after_value(last))
        ):
            return self.continue_figure(q, scope, period, stated, last)
        return PASS

    def link_named_in_sentence_before(self, q, scope: Scope, period, stated: bool, link: Link):
        """ "Internet băng rộng di động cũng … tăng về tốc độ … Ở kết quả đo tháng 7, chỉ số này
        đạt 55,41 Mbps": the sentence just before named it, with no number of its own."""
        total = q.unit == "count" and TOTAL_NAMED_BEFORE.fullmatch(link.window)
        if (
            (link.anaphora or total)
            and not link.rows
            and not self.previous_indicators
            and not DIGIT.search(link.tail)
        ):
            row = self.name_from_sentence_before(q, scope, period, stated, link.breakdown)
            if row is not None or not link.earlier:
                return row
        return PASS

    def link_level_or_named_back(self, q, scope: Scope, period, stated: bool, link: Link):
        """A level of the figure before ("…; khối địa phương là 87,6%") or the figure named back
        ("tỷ lệ này", "con số này") in the same unit, with no other number in its words."""
        earlier, breakdown, anaphora = link.earlier, link.breakdown, link.anaphora
        # "Tiếp đó, trong tháng 1/2021, con số này còn 1.004.706 địa chỉ": the words named back
        # may carry their own period; any other number makes the clause another figure's
        # ("…, tại bộ, ngành đạt 46,38% (tăng … so với cùng kỳ năm 2023), tại địa phương đạt 64%":
        # a year in the words between is no number; a date is, "Tính đến ngày 16/02/2024, có …")
        bare_window = YEAR_NUMBER.sub("", link.window)
        if (
            not earlier
            or not link.same_unit
            or DIGIT.search(link.tail if anaphora else bare_window)
        ):
            return None
        noun = noun_of(scope.after)
        # (an earlier count left bare, when named back, keeps its figure's noun: "từ 879.342 địa
        # chỉ … xuống 704.939 trong tháng 6/2022 và con số này trong tháng 10 là 517.627 địa chỉ")
        earlier_noun = noun_of(self.after_value(earlier[-1]))
        if noun and noun != earlier_noun and (earlier_noun or not anaphora):
            return None  # "…, Đà Nẵng có 99% hộ dân …": a share of another base, not the level's
        province = link.level and breakdown not in ("ministries", "localities")
        if province and earlier[-1]["unit"] == indicator_units().get(earlier[-1]["indicator"]):
            if UNIT_OF.get(q.unit) != earlier[-1]["unit"]:
                return None  # "Bắc Ninh 241,5 Mb/s; Hà Nội 232,8 Mb/s": the list goes on
        elif q.unit == "percent":
            if earlier[-1]["unit"] != "percent" or not (link.level or anaphora):
                return None
        elif not anaphora or (earlier[-1]["unit"], q.unit) not in NAMED_BACK_UNITS:
            # "năm 2023 con số này là 13.900 cuộc", "tốc độ này hiện đã lên 159,32 Mbps": a
            # count or a speed only when named back
            return None
        # (the figure the sentence before led with, not its last level in brackets: "… đạt
        # 46,7% (khối bộ, ngành: 51,3%; khối địa phương: 42,1%). Cùng kỳ năm 2024, tỷ lệ này …")
        led = next((r for r in earlier if r["indicator"] == earlier[-1]["indicator"]), earlier[-1])
        # "tỉnh Nghệ An … chiếm 73,9%; cùng kỳ năm 2024 tỷ lệ này là 52,6%": named back with no
        # place of its own, it is the same place's
        same_place = anaphora and not link.level and not search(NATIONAL_WORDS, link.window)
        breakdown = led["breakdown"] if same_place else breakdown
        if not stated and led["status"] == "accepted" and breakdown != led["breakdown"]:
            # "… năm 2023 của tỉnh Bắc Ninh đạt 31,8%. Đứng thứ hai là Thái Nguyên với 28,5%": the
            # same figure of another place or level, stating no time, is of that figure's time
            period = Period(led["period_kind"], led["period_start"], led["period_end"])
            stated = True
        row = self.match_cues(q, scope, period, stated, only=earlier[-1]["indicator"])
        if row is not None:
            row["breakdown"] = breakdown
            row["rule_id"] = f"{row['indicator']}:same_as_before"
        return row

    def forget_under_new_rate(self, lead: str) -> None:
        """ "2. Tỷ lệ hồ sơ xử lý trực tuyến trong tháng 7/2024:" over "- Bộ, ngành: 61,3%": a new
        heading that names its own rate; the items under the last one do not go on."""
        heading = lead_own(lead)  # (the items under one heading each add to its lead)
        if lead and heading != lead_own(self.lead_text) and search(NEW_RATE, heading):
            self.last_rows = []

    def density_of(self, q, scope: Scope, period, stated: bool, window: str, rows: list[dict]):
        """ "Thuê bao BRCĐ: 25,2 triệu; mật độ 24,8 thuê bao/100 dân": per 100 inhabitants, the
        subscriptions the sentence just counted."""
        if q.unit != "per_100" or not rows or not DENSITY.search(window):
            return None
        indicator = rows[-1]["indicator"] + "_per_100"
        if indicator not in indicator_units():
            return None
        row = self.match_cues(q, scope, period, stated, only=indicator)
        if row is not None:
            row["breakdown"] = rows[-1]["breakdown"]
            row["rule_id"] = f"{indicator}:density_of_count_before"
        return row

    def settle_by_name_back(self, row, q, scope: Scope, period, stated, window: str, rows):
        """ "… Internet cố định … 136 Mbps. … tốc độ này hiện đã lên 159,32 Mbps": a clause that
        names back the figure just before settles a tie between two indicators for that one."""
        reason = row["review_reason"] if row else ""
        if not reason.startswith("ambiguous: ") or not search(THIS_ONE, window):
            return row
        earlier = rows or self.last_rows
        tied = reason.removeprefix("ambiguous: ").split(";")[0].split(" or ")
        if not earlier or earlier[-1]["indicator"] not in tied:
            return row
        settled = self.match_cues(q, scope, period, stated, only=earlier[-1]["indicator"])
        if settled is None:
            return row
        settled["breakdown"] = row["breakdown"]
        settled["rule_id"] = row["rule_id"] + "+named_back"
        return settled

    def name_from_sentence_before(
        self, q, scope: Scope, period, stated, breakdown: str, source: str = ""
    ):
        """ "Tỷ trọng kinh tế số trên GDP … đã tăng mạnh. Năm 2021, con số này là 11,91%": the
        sentence before (or the `source` given) named the figure without a value; "con số này"
        is that one."""
        source = source or self.last_sentences[-1]
        indicator = name_widest(source, q.unit)
        if indicator is None:
            return None
        # (its numbers left out: "số trạm 5G … tăng thêm hơn 4.200" still names the stations)
        named_scope = replace(scope, before=BARE_COUNT.sub(" ", source) + " đạt ", crossed=-1)
        named_scope.bare = named_scope.before
        if not stated:
            # "Trong 6 tháng đầu năm 2024, tỷ lệ … có sự chênh lệch lớn. … Tính chung toàn tỉnh
            # đạt 58,6%": a figure stating no time of its own has the time it was named with
            found = find_periods(
                source, self.year, self.cutoff, self.month_meant(), self.past_month
            )
            if len({(p.kind, p.end) for p in found}) == 1 and found[0].end <= self.cutoff:
                period, stated = found[0], True
        row = self.match_cues(q, named_scope, period, stated, only=indicator)
        if row is not None:
            row["breakdown"] = breakdown
            row["rule_id"] = f"{row['indicator']}:named_before"
        return row

    def after_value(self, row: dict) -> str:
        """The words right after a row's number in the document."""
        return self.nt.text[row["value_end"] : row["value_end"] + 30]

    def continue_figure(self, q, scope: Scope, period, stated: bool, last: dict) -> dict | None:
        """The figure named last, for the period this clause states."""
        row = self.match_cues(q, scope, period, stated, only=last["indicator"])
        if row is not None:
            row["breakdown"] = last["breakdown"]
            row["rule_id"] = f"{row['indicator']}:same_as_before"
        return row


@cache
def province_after_comma() -> re.Pattern:
    """Match ", tỉnh Thái Nguyên" right after a figure: the place it is the result of."""
    return re.compile(rf"\s*,\s*{written_province('name')}")
