"""Lists and pairs in a sentence: "A và B lần lượt đạt X và Y", "các con số này", upload halves."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.clauses import find_breakdown, named_place
from etl.cue_names import name_indicators
from etl.cues import (
    Scope,
)
from etl.gates import finditer, search
from etl.numbers import Quantity
from etl.periods import row_period
from etl.phrases import (
    DOWNLOAD,
    IN_THAT_ORDER,
    PER_100_WORDS,
    RESPECTIVELY,
    THESE_FIGURES,
    TOPIC,
    UPLOAD,
)
from etl.provinces import canonical_province, province_name_pattern, province_names
from etl.respective import LEVELS_RUN, respective_label, respective_run, run_and_place
from etl.upload_speeds import other_network
from etl.whose_words import LEVEL_WORD

# "91,2% – đó là tỷ lệ dân số được phủ sóng 5G tính đến …": the name after the number
NAMED_AFTER = re.compile(
    r"\s*[–—-]\s*(?:đó\s+)?là\s+(?P<label>[^;.,]{5,80}?)"
    r"(?=\s+(?:tính\s+(?:đến|tới)|trong|vào|theo|tại)\b|\s*[,;.]|\s*$)",
    re.I,
)
# "Cả nước đã đạt 91,2% – đó là …": the whole country, before a number named after it
WHOLE_BEFORE = re.compile(
    r"\W*(?:(?:Cả\s+nước|Toàn\s+quốc|Việt\s+Nam)\s+)?(?:đã\s+)?(?:đạt|là)?\s*", re.I
)
# A clause that names only a level ("Bình quân khối bộ, ngành đạt"), and an item's label that is
# only a level or a place ("Khối bộ, ngành: ", "- Hà Nội: ")
LEVEL_ONLY = re.compile(
    r"\W*(?:(?:Bình\s+quân|Trung\s+bình|Riêng|Còn)\s+)?(?:(?:của\s+)?(?:khối\s+)?(?:các\s+)?"
    r"(?:bộ,?\s*ngành|địa\s+phương)|cả\s+nước|toàn\s+quốc)\s*(?:đạt|là|:)\s*",
    re.I,
)
MEASURE_LABEL = re.compile(r"\b(?:thuê\s+bao|tỷ\s+lệ|tốc\s+độ|số\s+lượng|tổng\s+số)\b", re.I)
PERIOD_LABEL = re.compile(r"\W*[:–]\s*(?:đạt\s*)?")
# ("- TP. Đà Nẵng: 95,1%": the city's abbreviation may open it)
# (…or a result whose period, in brackets, was blanked out: "- Kết quả (tính đến 31/12/2023): 33,4%")
LEVEL_LABEL = re.compile(
    r"\W*(?:[Tt][Pp]\.\s*)?[^\d:;,.()]{2,30}(?:,\s*[^\d:;,.()]{2,20})?\s*(?:\(\s*\)\s*)?[:–]\s*(?:đạt\s*)?"
)

# The stub a cut excerpt may end with, read in place: slicing the text after each number copied
# the rest of the document, number by number.
# (a decimal comma with nothing after it, "… đạt 61,", lost its decimals too)
CUT_STUB = re.compile(r"\s*(?:[^\W\d]{0,4}|,)\s*")


def respective_provinces(
    clause: str, quantities: list[Quantity], q: Quantity
) -> tuple[str, str] | None:
    """ "… lần lượt là Hà Nội, Đà Nẵng và Hải Phòng với 331,4, 298,7 và 276,5 Mbps": (the
    province of q, the words that name the indicator); offsets are relative to the clause."""
    m = re.search(
        r"lần\s+lượt\s+(?:là|gồm|thuộc\s+về)\s+(?P<names>[^;.\d]+?)\s+(?:với|đạt|ở\s+mức)\s*(?:là\s*)?$",
        clause[: q.qual_start],
        re.I,
    ) or re.search(
        r"lần\s+lượt\s+(?:là|gồm|thuộc\s+về)\s+(?P<names>[^;.\d]+?)\s+(?:với|đạt|ở\s+mức)\s",
        clause[: q.qual_start],
        re.I,
    )
    label_end = m.start() if m else 0
    if m is None:  # "Hà Nội, TP.HCM và Đà Nẵng với tốc độ lần lượt 181,3, 178,6 và 175,04 Mbps"
        name = rf"(?:{province_names()})"
        found = list(
            re.finditer(
                rf"(?P<names>{name}(?:(?:\s*,\s*|\s*,?\s+và\s+){name})+)\b"
                # ("TP.HCM và Hà Nội đứng thứ 6 và 7 … với tỷ trọng tương ứng 18,66% và 17,15%")
                rf"(?P<mid>[^;.]{{0,80}}?)(?:{IN_THAT_ORDER.pattern})",
                clause[: q.qual_start],
                re.I,
            )
        )
        if not found:
            return None
        m = found[-1]
        label_end = m.end("mid")
    names = [n.strip() for n in re.split(r",\s*|\s+và\s+", m.group("names")) if n.strip()]
    provinces = [canonical_province(n) for n in names if re.fullmatch(province_names(), n, re.I)]
    run = [p for p in quantities if p.qual_start >= m.end("names") and p.unit == q.unit]
    run = run[: len(provinces)]
    if len(provinces) != len(names) or q not in run or len(run) != len(provinces):
        return None
    label = clause[: m.start()] + " " + clause[m.end("names") : label_end]
    return provinces[run.index(q)], label if label_end else clause[: m.start()]


# "… của thành phố Đà Nẵng (trước hợp nhất) đạt 86,2%, tỉnh Quảng Nam (cũ) đạt 61,4%; tỷ lệ cấp
# kết quả điện tử lần lượt là 99,1% và 94,6%": the run's places are the clause before's, in turn
RUN_OPENS = re.compile(r"lần\s+lượt\s+(?:là|đạt|ở\s+mức)\s*", re.I)
PLACE_WITH_FIGURE = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:đạt|là|với|:)\s*(?:khoảng\s+|gần\s+|hơn\s+)?\d"
)


def provinces_before_run(
    before: str, clause: str, quantities: list[Quantity], q: Quantity
) -> tuple[str, str] | None:
    """For a run "… lần lượt là X và Y" naming no place, the place of q among the provinces the
    clause before gave their own figures to, in turn, and the words that name the measure."""
    opening = RUN_OPENS.search(clause, 0, q.qual_start)
    if opening is None or province_name_pattern().search(clause, 0, opening.start()):
        return None
    run = [p for p in quantities if p.qual_start >= opening.end() and p.unit == q.unit]
    last = before.rstrip().rstrip(";")
    last = last[last.rfind(";") + 1 :]
    named = [
        canonical_province(m.group())
        for m in province_name_pattern().finditer(last)
        if PLACE_WITH_FIGURE.match(last, m.end())
    ]
    if len(named) < 2 or len(named) != len(run) or q not in run:
        return None
    return named[run.index(q)], clause[: opening.start()]


# A measure named before "các con số tương ứng": "Về tỷ lệ …, …", "Tỷ lệ … (trên tổng số hồ sơ)
# tương ứng là"
NAMES_OWN_MEASURE = re.compile(
    r"(?:^|\bvề\s+)(?:t[ỷỉ]\s+lệ|tốc\s+độ|số\s+lượng|số)\s+(?:[^,;:\d]|\dG\b){6,}?(?:,\s*)?(?:các\s+)?(?:con\s+số|tỷ\s+lệ)?\s*"
    r"(?:\([^()]*\)\s*)?(?:tương\s+ứng|ở\s+(?:ba|hai|bốn|các)\s+[^,;:\d]{0,30})",
    re.I,
)

PLACES_NAMED_BACK = re.compile(r"\b(?:địa\s+phương|tỉnh|khối)\s+(?:này|trên)\b")


class ListReader:
    """Reads the values a sentence lists (mixed into DocumentExtractor)."""

    def these_figures(
        self,
        sentence: str,
        clause_start: int,
        quantities: list[Quantity],
        q: Quantity,
        sentence_rows: list[dict],
    ) -> dict | None:
        """ "Năm 2023, các con số này lần lượt là 119,8 Mbps và 55,5 Mbps": the row before that
        the i-th number is an earlier value of."""
        # (the run may go on past a ";": "… tương ứng là 80,4%; 85,7% và 74,9%")
        found = finditer(THESE_FIGURES, sentence, 0, q.qual_start)
        if not found:
            return None
        start = found[-1].end()
        run = [p for p in quantities if p.qual_start >= start and p.unit == q.unit]
        index = run.index(q) if q in run else -1
        # the figures may be this sentence's own, before a ";" ("… đạt 165,9 Mbps với băng rộng
        # cố định và 137,4 Mbps với băng rộng di động; cùng kỳ năm 2024, các con số này lần lượt
        # là …"): the rows the sentence gave before its run
        own = sentence_rows[: len(sentence_rows) - max(index, 0)]
        rows = own if len(own) == len(run) else self.last_rows
        if not rows:
            return None
        places = [r for r in rows if r["breakdown"] != "national"]
        if len(rows) != len(run) and len(places) == len(run):
            rows = places  # "… cả nước có 8.900 trạm. Dẫn đầu là Hà Nội …": the places listed
        # ("- Tỷ lệ … cáp quang đạt 84,1%.\n- Tỷ lệ thuê bao … là 89,2%.\n\nĐối với Phú Yên, các
        # tỷ lệ tương ứng là 80,4% và 85,7%": the figures of the items just before, one a line)
        earlier = [r for r in self.rows if r["unit"] == q.unit and r not in sentence_rows]
        recent = earlier[-len(run) :]
        if len(rows) < len(run) and len({r["indicator"] for r in recent}) == len(run):
            rows = recent
        return rows[index] if 0 <= index < len(rows) else None

    def restate_for_place(self, these: dict, q, scope, period, stated, before, sentence):
        """The row of a figure the sentence before named, restated for the place this clause
        names ("Đối với Phú Yên, các tỷ lệ tương ứng là 80,4%; …"), in its period if none is said."""
        if not stated:
            period, stated = row_period(these), True
        # "Về tỷ lệ hồ sơ được cấp kết quả điện tử, các con số tương ứng là …": the places (or
        # levels) of the sentence before, another measure the sentence names itself
        named = NAMES_OWN_MEASURE.search(sentence, 0, q.qual_start)
        words = sentence[: named.end()] + " là " if named else ""
        measure = Scope(before=words, bare=words, after="", context=words)
        own = self.match_cues(q, measure, period, stated) if named else None
        row = own or self.match_cues(q, scope, period, stated, only=these["indicator"])
        if row is not None:
            # ("… ở ba địa phương này là": the places named back, not the localities' level)
            back = PLACES_NAMED_BACK.search(sentence, 0, q.qual_start)
            place = None if back else named_place(before, sentence[: q.qual_start], q.unit)
            row["breakdown"] = place or these["breakdown"]
            row["rule_id"] = (row["rule_id"] if own else these["rule_id"]) + "+these_figures"
        # ("Với mạng di động, các con số tương ứng là …" after the fixed lines')
        return other_network(row, before) if not own else row

    def take_respective_part(
        self, sentence: str, quantities: list[Quantity], q: Quantity, rows: list[dict], row: dict
    ) -> None:
        """ "Tỷ lệ hồ sơ … tương ứng là 48,2% và 36,7%" after "khối bộ, ngành đạt …, khối địa
        phương đạt …": give the row the i-th breakdown the clauses before gave (and their time,
        when the row names none); leave it when they give no such run."""
        _, run = respective_run(sentence, quantities, q, IN_THAT_ORDER)
        # (the run's own values, given already, are not the clauses before)
        rows = [r for r in rows if r["indicator"] != row["indicator"]] or self.last_rows
        parts = list(dict.fromkeys(r["breakdown"] for r in rows))
        if len(parts) != len(run):  # ("… khối bộ …, khối địa phương …, cả nước …": all three)
            parts = [b for b in parts if b != "national"]
        if len(parts) < 2 or len(run) != len(parts):
            return
        row["breakdown"] = parts[run.index(q)]
        source = next(r for r in rows if r["breakdown"] == row["breakdown"])
        if row["date_source"] != "text" and source["date_source"] == "text":
            row.update({k: source[k] for k in ("period_kind", "period_start", "period_end")})
            row["date_source"] = "text"

    def second_of_pair(
        self, sentence: str, prev: Quantity, q: Quantity, before: str, after: str
    ) -> bool:
        """Whether a speed is the upload half of "X Mbps và Y Mbps" that names no direction."""
        gap = sentence[prev.end : q.qual_start]
        if prev.unit != "mbps" or not re.fullmatch(r"\s*(?:Mbps)?\s*(?:và|,)\s*", gap):
            return False
        if search(RESPECTIVELY, before):
            return False  # "lần lượt là 331,4 Mbps, 298,7 Mbps và 276,5 Mbps": a list
        if NAMES_OWN_MEASURE.search(sentence, 0, q.qual_start):
            return False  # "Về tốc độ …, các con số tương ứng là 230,1 Mbps, 221,7 Mbps và …"
        if "vượt" in sentence[prev.qual_start : prev.start]:
            return False  # "vượt mốc 150 Mbps, đạt 154,8 Mbps": the mark, then the value
        return not (DOWNLOAD.search(gap + after[:30]) or UPLOAD.search(gap + after[:30]))

    def cut_at_end(self, q: Quantity, end: int) -> bool:
        """Whether a number runs into the end of an excerpt cut mid-sentence."""
        # Nothing after it, or a stub of a word ("59,4 tri"): the number may be cut too. A unit
        # or a scale word closes it ("ước đạt 18,3%", "đạt 84,9 triệu thu" then the excerpt
        # ends), though "nghìn" may still have lost its "tỷ".
        last = q.text.rstrip()
        if not last[-1:].isdigit() and not last.endswith(("nghìn", "ngàn")):
            return False
        return bool(CUT_STUB.fullmatch(self.nt.text, end))

    def match_topic(self, q: Quantity, scope: Scope, period, stated: bool, sentence: str):
        """ "Về hồ sơ trực tuyến toàn trình, khối bộ đạt tỷ lệ 63,5%": the topic is the name."""
        topic = TOPIC.match(sentence)
        if topic is None:
            return self.match_named_after(q, scope, period, stated) or self.match_under_lead(
                q, scope, period, stated
            )
        if q.unit != "percent":
            return None
        named = replace(scope, before="tỷ lệ " + topic.group("topic") + " đạt ", crossed=-1)
        named.bare = named.before
        row = self.match_cues(q, named, period, stated)
        if row is not None:
            row["breakdown"] = find_breakdown(scope.before, scope.head, "percent")
            row["rule_id"] += "+topic"
        return row

    def match_named_after(self, q: Quantity, scope: Scope, period, stated: bool):
        """ "91,2% – đó là tỷ lệ dân số được phủ sóng 5G …": the name comes after the number."""
        named_after = NAMED_AFTER.match(scope.after)
        if named_after is None or not (
            not scope.before.strip(" –—-:") or WHOLE_BEFORE.fullmatch(scope.before)
        ):
            return None
        label = named_after.group("label") + " đạt "
        row = self.match_cues(
            q, replace(scope, before=label, bare=label, crossed=-1), period, stated
        )
        if row is not None:
            row["rule_id"] += "+named_after"
        return row

    def match_under_lead(self, q: Quantity, scope: Scope, period, stated: bool):
        """ "… tỷ lệ hồ sơ trực tuyến toàn trình trong tháng 3/2024 như sau:" over items
        "Khối bộ, ngành: 38,5%;": the lead names the indicator, each item its level or place."""
        # (…or a period's: "Tốc độ … qua các tháng:" over "Tháng 4/2024: 50 Mbps", the period's
        # words blanked out of `before`)
        period_item = stated and PERIOD_LABEL.fullmatch(scope.before)
        # (an item's label naming a measure of its own is no level: "- Thuê bao điện thoại di
        # động: 127,6 triệu" under a lead that listed the mobile broadband ones before it)
        level_item = LEVEL_LABEL.fullmatch(scope.before) and not MEASURE_LABEL.search(scope.before)
        if self.lead_text and (level_item or period_item):
            source = self.lead_text[-250:]
        elif LEVEL_ONLY.fullmatch(scope.before):
            # "… với tỷ lệ hồ sơ trực tuyến toàn trình 92,3%. Bình quân khối bộ, ngành đạt 45,3%"
            source = self.last_sentences[-1]
        else:
            return None
        named = name_indicators(source, q.unit)
        if len(named) != 1:
            return None
        row = self.match_cues(q, scope, period, stated, only=named.pop())
        if row is not None:
            row["breakdown"] = find_breakdown(scope.before, scope.head, q.unit)
            row["rule_id"] += "+lead"
        return row

    def listed_label(self, sentence: str, clause_start: int, quantities, q: Quantity, placed):
        """The label of q in a run ("A và B lần lượt đạt X và Y"; none when a place's run
        `placed` it), and q with the unit the label gives."""
        if placed:
            return None, q
        listed = self.respective(sentence, clause_start, quantities, q)
        if listed is None and clause_start and search(RESPECTIVELY, sentence, 0, clause_start):
            listed = self.respective(sentence, 0, quantities, q)  # "lần lượt đạt 23,3; 88,6; …"
        if listed is not None and clause_start and not LEVEL_WORD.search(listed):
            listed = self.levels_run_before(sentence, clause_start, quantities, q) or listed
        head = RESPECTIVELY.split(sentence[clause_start : q.qual_start])[0]
        if listed and q.unit == "count" and search(PER_100_WORDS, head) and q.value < 300:
            q = replace(q, unit="per_100")  # "… trên 100 dân lần lượt là 24,1 và 94,3"
        return listed, q

    def levels_run_before(self, sentence: str, clause_start: int, quantities, q) -> str | None:
        """ "… của bộ, ngành và địa phương lần lượt là 78,2% và 85,6%; tỷ lệ khai thác, sử dụng
        lại … lần lượt là 30,1% và 42,4%": a later run naming no level goes on with the levels
        the sentence's run before named, in that order."""
        levels = list(LEVELS_RUN.finditer(sentence, 0, clause_start))
        if not levels:
            return None
        found = self.respective(sentence, clause_start, quantities, q, run_and_place)
        if found is None or len(found[1]) != 2:
            return None
        m, run, place = found
        measure = sentence[clause_start : clause_start + m.start()]
        return f"{measure} của {levels[-1].group('a' if place == 0 else 'b')}"

    def respective(
        self, sentence: str, clause_start: int, quantities: list[Quantity], q: Quantity, reader=None
    ):
        """The label of q in "A và B lần lượt đạt X và Y" (or what `reader` reads), or None."""
        if not search(IN_THAT_ORDER, sentence, clause_start, q.qual_start):
            return None  # every reader needs a "lần lượt" before q; most sentences have none
        shifted = [
            replace(
                p,
                start=p.start - clause_start,
                end=p.end - clause_start,
                qual_start=p.qual_start - clause_start,
            )
            for p in quantities
            if p.start >= clause_start
        ]
        own = next(p for p in shifted if p.start == q.start - clause_start)
        found = (reader or respective_label)(sentence[clause_start:], shifted, own)
        if found is None and reader is respective_provinces:
            found = provinces_before_run(
                sentence[:clause_start], sentence[clause_start:], shifted, own
            )
        return found
