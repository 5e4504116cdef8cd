"""Figures a clause names only by reference: "tỷ lệ này", a level after the rate named last,
another period of the same figure, a list item whose indicator is named around it."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.clauses import find_breakdown, lead_own
from etl.cue_names import cue_periods, name_indicators
from etl.cue_text import as_rate_after, as_rate_label, as_share, as_share_taken
from etl.cues import COUNTED, SPAN_KINDS, Scope, indicator_kinds, indicator_units
from etl.gates import search
from etl.numbers import CATALOG_UNIT, Quantity
from etl.period_choice import level_at_end
from etl.periods import Period, find_periods
from etl.phrases import PRESENT_TURN, THIS_ONE
from etl.whose_words import NATIONAL_WORDS

SHARE_NAMED_BACK = re.compile(r"\b(?:tỷ\s+trọng|tỷ\s+lệ)\s+(?:này|trên)\b", re.I)
# (the earlier figure's unit, the number's) a clause may name back with "con số này", "tốc độ này"
NAMED_BACK_UNITS = {("count", "count"), ("count", "ratio"), ("mbps", "mbps"), ("rank", "count")}
# A rank named back by a verb of holding it ("đều duy trì thứ hạng 86"), not of reaching it ("…
# lên vị trí 72" may be a component index's) nor of comparing ("so với vị trí 86")
RANK_BACK = re.compile(
    r"\b(?:duy\s+trì|giữ(?:\s+nguyên)?|đứng)\s+(?:ở\s+)?(?:thứ\s+hạng|vị\s+trí)(?:\s+thứ)?\s*$",
    re.I,
)
# A rate the clause names anew (not "tỷ lệ này", "tỷ lệ tương ứng", "tỷ lệ của …")
WHOLE_AFTER_LEVELS = re.compile(
    # (…or bare in a terse list: "khối bộ, ngành 38,9%; khối địa phương 31,2%; cả nước 35,6%")
    r"(?:tính\s+)?chung\s+(?:cả\s+nước|toàn\s+quốc)|(?:cả\s+nước|toàn\s+quốc)\s*(?:đạt|là|:)?\s*$",
    re.I,
)
WHOLE_AFTER_PLACE = re.compile(
    r"\W*(?:(?:trong\s+khi|còn|và|nhưng)\s+)?(?:tính\s+)?(?:chung\s+)?(?:cả\s+nước|toàn\s+quốc)\s*"
    r"(?:(?:chỉ|mới|cũng|đã)\s+)?(?:đạt|là|:)?\s*",
    re.I,
)
# "huyện Tam Đường đạt 62,1%, huyện Sìn Hồ đạt 55,3%; tính chung toàn tỉnh đạt 58,6%": the
# province's whole after its districts (whose own figures are dropped, so no row names it)
WHOLE_AFTER_DISTRICTS = re.compile(
    r"(?:tính\s+chung|chung|bình\s+quân)\s+(?:toàn|cả)\s+(?:tỉnh|thành\s+phố)\b[^;,.\d]{0,30}"
    r"(?:đạt|là|:)\s*$",
    re.I,
)
# a bare count in the words that named a figure ("… tăng thêm hơn 4.200"), not "5G" nor "45%"
BARE_COUNT = re.compile(r"(?<![\w/])\d[\d.,]*(?![\w%/])")
# "…, nâng tổng số lên 12.106 trạm": the level the increase before it brings the measure to
RAISED_TOTAL = re.compile(
    r"\b(?:nâng|đưa)\s+(?:tổng\s+số|con\s+số)\b[^;,.\d]{0,30}?\s+lên(?:\s+(?:thành|mức))?\s*$", re.I
)
NEW_RATE = re.compile(
    r"\b(?:tỷ\s+lệ|tỷ\s+trọng)\s+(?!này|đó|chung|tương\s+ứng|trên|là|đạt|của|ở|tại|khối|các|bộ|địa)\w+"
    # …or another index by its name: "… với PAR INDEX đạt 91,26% và SIPAS đạt 87,16%"
    r"|\b(?:PAR\s*INDEX|DTI|PAPI|PCI|SIPAS|EGDI|OSI|GCI)\b",
    re.I,
)
# The words between a figure and its value for another period: "… năm 2021 là 11,91% và tiếp
# tục tăng trưởng trong năm 2022, đạt 14,26%", "…; 2021 là 12,87%", "trong khi năm 2022, nó đã
# vượt qua mức 14,26%". A movement verb counts only as "tiếp tục …" before a level word: "và
# tăng 2%" is a change, "và tăng trưởng năm 2024 đạt 20%" a growth rate.
ANOTHER_PERIOD_TAIL = re.compile(
    # (the figure before's own period may trail it: "28% vào năm 2022, 19% năm 2023")
    r"\W*(?:(?:vào|trong)\b[\s,]*)?(?:(?:và|trong\s+khi|còn|nhưng|thì)\b[\s,]*)?(?:(?:đến|tới)\b[\s,]*)?"  # "; đến tháng 9 đã lên 92,4 Mbps"
    r"(?:(?:lũy\s+kế|tính\s+chung|cộng\s+dồn)\b[\s,]*)?"  # "1.021 cuộc; lũy kế 5 tháng đầu năm là 4.987 cuộc"
    # ("…, trong khi năm trước đó là 38%": the step before, in words)
    r"(?:(?:tháng|quý|năm|kỳ)\s+(?:liền\s+)?(?:trước(?:\s+đó)?|ngoái)\b[\s,]*|đó\b[\s,]*)?"
    r"(?:tiếp\s+tục\s+(?:tăng(?:\s+trưởng)?|giảm)\s*(?:(?:trong|vào)\b)?[\s,]*(?=đạt|lên|là|xuống))?"
    # ("…; lũy kế từ đầu năm tiếp nhận 14,8 triệu hồ sơ": the count's own verb again)
    # ("…, trong khi năm 2023 chỉ là 20%": the words that weigh the figure)
    r"(?:nó\s+)?(?:(?:đã|chỉ|mới|cũng|vẫn)\s+){0,2}(?:ước(?:\s+tính)?\s+)?(?:là|đạt|lên|xuống\s+còn|vượt\s+(?:qua\s+)?mức|:"
    r"|tiếp\s+nhận|ghi\s+nhận|thực\s+hiện|phát\s+sinh|có)?\s*"
    r"(?:(?:hơn|gần|khoảng|trên)\s*)?",  # "…, 19% năm 2023 và hơn 20% năm 2024"
    re.I,
)
COUNT_GOES_ON = re.compile(
    r"\W*(?:(?:tính\s+)?riêng|còn|lũy\s+kế)\s*,?\s*(?:[^\W\d]+\s+){0,4}?(?:có|là|ghi\s+nhận|phát\s+hiện)\s*",
    re.I,
)
# a period named in words: "lũy kế từ đầu năm", "…, trong khi năm ngoái chỉ là 20%", "… thì
# đến nay đã đạt 48%"
YEAR_START_WORDS = re.compile(
    r"\btừ\s+đầu\s+năm\b|\bnăm\s+(?:ngoái|trước)\b|\b(?:đến|tới|hiện)\s+nay\b", re.I
)
# "…, nhưng nếu chỉ tính các thủ tục đủ điều kiện thì tỷ lệ đã là 82,7%": the same words over
# another base, which is another figure
REBASED = re.compile(
    r"\bnếu\s+(?:chỉ\s+)?tính\b|\bchỉ\s+tính\b|\bkhông\s+tính\b|\bloại\s+trừ\b", re.I
)
DENSITY = re.compile(r"\bmật\s+độ\b[^;,.\d]{0,20}$", re.I)  # "…; mật độ 24,8 thuê bao/100 dân"
UNIT_OF = CATALOG_UNIT | {"count": "count", "ratio": "count"}


YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")  # a year, which is no other figure's number
DIGIT = re.compile(r"\d")  # compiled once: read for each number


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
        raised = search(RAISED_TOTAL, window)
        if not rows and (search(WHOLE_AFTER_DISTRICTS, window) or raised):
            # (the words before it, in this sentence, the two before, the paragraph or the lead
            # over a list, name it: "số trạm 5G … đã tăng thêm hơn 4.200, nâng tổng số lên 12.106",
            # the level at the span's end)
            if raised and period is not None and period.kind in SPAN_KINDS:
                period = level_at_end(period)
            head = scope.head[: len(scope.head) - len(window)]
            paragraph = self.nt.text[self.para_start : self.sentence_start]
            for source in (head, *self.last_sentences[::-1], paragraph, self.lead_text):
                if name_indicators(source, q.unit):
                    return self.name_from_sentence_before(
                        q, scope, period, stated, breakdown, source
                    )
        # "Tỷ lệ thanh toán trực tuyến … tại các bộ, ngành đạt 45,22% và các địa phương đạt
        # 26,86%": a sentence naming a rate of its own does not go on with the one before
        if not anaphora and search(NEW_RATE, window if rows else scope.head):
            return None
        # A level ("Cụ thể, khối bộ, ngành đạt 91,5%") or "tỷ lệ này" splits the rate named last.
        earlier = rows or (self.last_rows if anaphora or level else [])
        if anaphora and SHARE_NAMED_BACK.search(window):
            # "… chiếm 16,5% GDP, tăng trưởng 19,5%. Tỷ trọng này năm 2022 là 14,26%": the share
            earlier = [r for r in earlier if indicator_kinds()[r["indicator"]] != "growth"]
        same_unit = earlier and earlier[-1]["unit"] == indicator_units().get(
            earlier[-1]["indicator"]
        )
        # "Năm 2020 là 12,66%; 2021 là 12,87%; …": a clause that states only another period
        # goes on with the same figure of the same sentence.
        tail = scope.before[scope.crossed :] if scope.crossed >= 0 else scope.before
        # periods are blanked in `before`: the clause states one when its raw words have digits
        # (…or names one in words: "…; lũy kế từ đầu năm là 11,9 triệu hồ sơ")
        states_one = bool(
            DIGIT.search(window) or YEAR_START_WORDS.search(window)
        ) and not DIGIT.search(tail)
        # ("879.342 địa chỉ, tháng 6/2022 là 704.939 địa chỉ": the figure before's noun may trail it)
        noun_before = COUNTED.match(tail) if q.unit == "count" else None
        rest = tail[noun_before.end() :] if noun_before else tail
        another_period = bool(
            rows and stated and states_one and ANOTHER_PERIOD_TAIL.fullmatch(rest)
        )
        if another_period and same_unit and earlier[-1]["unit"] == UNIT_OF.get(q.unit, q.unit):
            noun = self.counted_noun(scope.after)  # "…; lũy kế … là 4.987 cuộc": the same noun
            if not noun or noun == self.counted_noun(self.after_value(earlier[-1])):
                return self.continue_figure(q, scope, period, stated, earlier[-1])
        # "… 172 cuộc tấn công mạng … Riêng tháng 3/2025 có 66 cuộc": the sentence before's
        # figure, for a period this one states, counted in the same noun
        last = self.last_rows[-1] if self.last_rows and not rows else None
        if (
            last is not None
            and stated
            and states_one
            and last["unit"] == UNIT_OF.get(q.unit, q.unit) == "count"
            # "Riêng tháng 11, (hệ thống kỹ thuật) ghi nhận 512 cuộc": a short subject may stand
            # (…or "Lũy kế từ đầu năm là 2.496 cuộc", the span's words blanked with its "lũy kế")
            and (COUNT_GOES_ON.fullmatch(tail) or COUNT_GOES_ON.fullmatch(window))
            and self.counted_noun(scope.after) == self.counted_noun(self.after_value(last))
        ):
            return self.continue_figure(q, scope, period, stated, last)
        if anaphora and not rows and not self.previous_indicators and not DIGIT.search(tail):
            # "Internet băng rộng di động cũng … tăng về tốc độ … Ở kết quả đo tháng 7, chỉ số
            # này đạt 55,41 Mbps": the sentence just before named it, with no number of its own
            row = self.name_from_sentence_before(q, scope, period, stated, breakdown)
            if row is not None or not earlier:
                return row
        # "Tiếp đó, trong tháng 1/2021, con số này còn 1.004.706 địa chỉ": the words named back
        # may carry their own period; any other number makes the clause another figure's
        # ("…, tại bộ, ngành đạt 46,38% (tăng … so với cùng kỳ năm 2023), tại địa phương đạt 64%":
        # a year in the words between is no number; a date is, "Tính đến ngày 16/02/2024, có …")
        bare_window = YEAR_NUMBER.sub("", window)
        if not earlier or not same_unit or DIGIT.search(tail if anaphora else bare_window):
            return None
        noun = self.counted_noun(scope.after)
        # (an earlier count left bare, when named back, keeps its figure's noun: "từ 879.342 địa
        # chỉ … xuống 704.939 trong tháng 6/2022 và con số này trong tháng 10 là 517.627 địa chỉ")
        earlier_noun = self.counted_noun(self.after_value(earlier[-1]))
        if noun and noun != earlier_noun and (earlier_noun or not anaphora):
            return None  # "…, Đà Nẵng có 99% hộ dân …": a share of another base, not the level's
        province = level and breakdown not in ("ministries", "localities")
        if province and earlier[-1]["unit"] == indicator_units().get(earlier[-1]["indicator"]):
            if UNIT_OF.get(q.unit) != earlier[-1]["unit"]:
                return None  # "Bắc Ninh 241,5 Mb/s; Hà Nội 232,8 Mb/s": the list goes on
        elif q.unit == "percent":
            if earlier[-1]["unit"] != "percent" or not (level or anaphora):
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
        same_place = anaphora and not level and not search(NATIONAL_WORDS, window)
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
        named = name_indicators(source, q.unit)
        if len(named) != 1:
            return None
        indicator = named.pop()
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

    @staticmethod
    def counted_noun(after: str) -> str:
        """The noun a count counts ("66 cuộc, …" -> "cuộc"), or ""."""
        m = COUNTED.match(after)  # the noun without its classifier ("83 triệu bộ hồ sơ")
        return m.group("noun").lower() if m else ""

    def continue_figure(self, q, scope: Scope, period, stated: bool, last: dict) -> dict | None:
        """The figure named last, for the period this clause states."""
        row = self.match_cues(q, scope, period, stated, only=last["indicator"])
        if row is not None:
            row["breakdown"] = last["breakdown"]
            row["rule_id"] = f"{row['indicator']}:same_as_before"
        return row

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
        row = self.match_cues(q, scope, period, stated, only=indicator)
        if row is not None:
            row["breakdown"] = province
            row["rule_id"] = f"{row['indicator']}:list_item"
        return row
