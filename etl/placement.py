"""Whose figure a row is: the country, a level or a province, settled after its indicator is
named (mixed into DocumentExtractor)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from etl.clauses import opens_on_country
from etl.cues import COUNTED
from etl.gates import search
from etl.indicator_periods import edition_schedules
from etl.numbers import BOUNDING, Quantity
from etl.periods import WORD_NUMBERS
from etl.provinces import (
    canonical_province,
    find_province_names,
    province_name_pattern,
    province_names,
    shared_by,
    written_province,
)
from etl.rows import add_reason
from etl.sentence_subject import local_opening, local_province, sentence_province
from etl.whose_words import (
    ABOVE_THE_COUNTRY,
    COMPARED_WITH_COUNTRY,
    COUNTRY_AFTER,
    COUNTRY_BEFORE,
    DISTRICT_SENTENCE,
    HUE_CITY_SENTENCE,
    LEVEL_WORD,
    LOCAL_SUBJECT,
    MINISTRY_REPORTED,
    NATIONAL_AS_SUBJECT,
    NATIONAL_PORTAL_SUBJECT,
    NATIONAL_RATE_NAMED,
    NATIONAL_SOURCE,
    NATIONAL_SUBJECT,
    NATIONAL_WORDS,
    RANK_AMONG,
    SPEAKS,
    WIDER_LEVEL,
    level_of,
)
from metrics.catalog import list_flagged

# parts held so they clash with no figure of the whole: the page's province's districts, and one
# province set apart from a count of provinces ("Riêng tỉnh Lào Cai đã ban hành 3 nghị quyết")
DISTRICT_PART_REASON = "the province's district level, not the whole province"
PROVINCE_PART_REASON = "one province's figure, and the indicator counts provinces"

# One figure for each of two or more years: "… thứ hạng 86/193 trong 2 kỳ đánh giá vào năm 2020
# và 2022" after the number, "Năm 2022 và năm 2023 đều đạt 45%" before it
YEARS_LISTED = (
    r"(?:năm\s+)?(?P<first>(?:19|20)\d\d)"
    r"(?P<more>(?:\s*,\s*(?:năm\s+)?(?:19|20)\d\d)*\s*(?:và|,)\s*(?:năm\s+)?(?:19|20)\d\d)"
)
YEARS_AFTER = re.compile(
    r"[^;.\d]{0,20}?(?:trong|qua|ở)\s+(?:cả\s+)?(?:hai|2|ba|3)\s+(?:kỳ|lần|năm)(?:\s+đánh\s+giá)?\s*"
    rf"(?:vào\s+|là\s+|:\s*)?(?:các\s+)?{YEARS_LISTED}\b",
    re.I,
)
YEARS_BEFORE = re.compile(rf"\b{YEARS_LISTED}\s+(?:đều|cùng)\b[^;.\d]{{0,40}}$", re.I)


# "Trước đó, trong hai lần đánh giá, Việt Nam đều duy trì thứ hạng 86": the editions before
# (…or "Sau hai kỳ đánh giá giữ nguyên thứ hạng 86/193, ở lần đánh giá năm nay …")
EDITIONS_BEFORE = re.compile(
    r"\b(?:trước\s+đó|^\W*sau)\b[^.;\d]{0,30}?\b(?P<n>hai|2|ba|3)\s+(?:lần|kỳ)\s+"
    r"(?:đánh\s+giá|xếp\s+hạng|khảo\s+sát)"
    r"|\b(?P<m>hai|2|ba|3)\s+(?:lần|kỳ)\s+(?:đánh\s+giá|xếp\s+hạng|khảo\s+sát)\s+trước(?:\s+đó)?\b",
    re.I,
)
EARLIER_EDITIONS_REASON = "a figure of earlier editions; the text does not say which"


def names_country_after(after: str) -> bool:
    """Whether the words after a figure give it to the country, past its counted noun ("… GDP
    của cả nước", "412 triệu giao dịch trên phạm vi cả nước")."""
    noun = COUNTED.match(after)
    return bool(COUNTRY_AFTER.match(after, noun.end() if noun else 0))


def years_sharing(sentence: str, q: Quantity) -> list[int]:
    """The years one figure is given to (after it or before it in the sentence), or []."""
    m = YEARS_AFTER.match(sentence, q.end) or YEARS_BEFORE.search(sentence, 0, q.qual_start)
    if m is None:
        return []
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("first") + m.group("more"))]
    return sorted(set(years)) if len(set(years)) > 1 else []


def national_only_indicators() -> frozenset[str]:
    """Indicators only the country has (catalog `national_only`: a count of provinces)."""
    return list_flagged("national_only")


def country_measures() -> frozenset[str]:
    """Indicators a province has none of its own (catalog `provinces_have = false`: a national
    programme's count, which a province's own figure of the same words is not)."""
    return list_flagged("provinces_have", False)


# A sentence or list item labelled with its level: "Khối bộ, ngành: …", "- Khối địa phương: …"
# (…or opening the sentence: "Bình quân khối bộ, ngành, tỷ lệ … đạt 54,7%, tỷ lệ cấp … 71,5%")
LABELLED_LEVEL = re.compile(
    r"\W*(?:[-+•]\s*)?(?:(?P<opener>Bình\s+quân|Tính\s+chung|Riêng|Đối\s+với|Ở|Tại)\s+)?"
    rf"(?:{LEVEL_WORD.pattern})\s*(?(opener),|:)",
    LEVEL_WORD.flags,
)
# "100% hệ thống thông tin giải quyết TTHC cấp tỉnh đã kết nối …": the share's own noun names its level
LEVEL_IN_NOUN = re.compile(
    rf"[^;,.\d]{{0,60}}?\b(?:{LEVEL_WORD.pattern})(?=\s+(?:đã|được|đều|có|đạt)\b)", LEVEL_WORD.flags
)


@cache
def province_in_noun() -> re.Pattern:
    """Match a province a share's own noun names, before any verb ("… của tỉnh X (…) đã …")."""
    return re.compile(
        rf"(?:(?!\s(?:đã|được|là|đạt|so\s+với)\s)[^;,.\d]){{0,60}}?\b(?:tỉnh|thành\s+phố|TP\.?)\s+"
        rf"(?P<name>{province_names()})\b"
    )


# A share of a province's product, or the country's
GRDP = re.compile(r"\bGRDP\b|tổng\s+sản\s+phẩm\s+trên\s+địa\s+bàn", re.I)
GDP_NAMED = re.compile(r"\bGDP\b")
# "tỉnh này", "thành phố này", "địa phương này": the province the text named last
THIS_PLACE = re.compile(r"\b(?:tỉnh|thành\s+phố|địa\s+phương)\s+này\b", re.I)

# A province's lower levels as a clause's subject ("các huyện, thành phố đã …", "cấp huyện đạt"),
# not set beside the whole ("toàn tỉnh")
DISTRICT_LEVEL = re.compile(
    r"^(?![^;]*\btoàn\s+(?:tỉnh|thành\s+phố)\b)[^;]*\b(?:(?:các|tại\s+các)\s+huyện|cấp\s+(?:huyện|xã))\b",
    re.I,
)


@cache
def label_province() -> re.Pattern:
    """Match a label that ends on a province's name, its figures' owner ("… của TP. Hồ Chí Minh")."""
    return re.compile(
        rf"\b(?:của|ở)\s+{written_province('name')}"
        r"(?:\s+so\s+với\s+(?:cả\s+nước|toàn\s+quốc))?\s*$"  # ("… của Phú Thọ so với cả nước:")
    )


LIST_GAP_ONLY = re.compile(r"[\s,;]*(?:và\s*)?")


class Placement:
    """Settles the breakdown of a row the cues named (mixed into DocumentExtractor)."""

    def follow_subject(self, sentence: str) -> None:
        """Carry the subject a sentence spoke of to the paragraph's next sentences."""
        # "…, TP.Đà Nẵng có 97% … Tỷ lệ nộp hồ sơ trực tuyến là 90%": the province goes on
        province = sentence_province(sentence) or local_province(sentence, self.province)
        self.lead_breakdown = province or self.lead_breakdown
        # "… hiện nay toàn quốc có 3.151 hệ thống … Tuy nhiên, chỉ có 1.032 hệ thống …, chiếm
        # 32,8%" on a province's page: the country goes on
        if province:
            self.paragraph_national = False
        elif (
            search(NATIONAL_AS_SUBJECT, sentence)
            or NATIONAL_RATE_NAMED.search(sentence)
            or MINISTRY_REPORTED.search(sentence)
            or NATIONAL_PORTAL_SUBJECT.search(sentence)
            # ("Đại diện Cục Kiểm soát TTHC cho biết, … Trong số 1.084 thủ tục …": it goes on)
            or NATIONAL_SOURCE.match(sentence.lstrip(' "“('))
        ):
            self.paragraph_national = True

    def provinces_named_before(self, window: str = "") -> list[str]:
        """The provinces the text names in the 1,500 characters before a figure (and in its
        window), in order."""
        start = self.sentence_start
        before = self.nt.text[max(0, start - 1500) : start] + " " + window
        return [canonical_province(m.group()) for m in province_name_pattern().finditer(before)]

    def province_named_last(self, window: str) -> str | None:
        """The province the text named last before a figure ("Địa phương có tỷ lệ cao nhất là
        Long An. Với 74,1% …, tỉnh này vượt xa …"): read only when "tỉnh này" names one back."""
        named = self.provinces_named_before(window)
        return named[-1] if named else None

    def only_province_before(self) -> str | None:
        """The one province the text names in the 1,500 characters before a figure, or None."""
        named = set(self.provinces_named_before())
        return named.pop() if len(named) == 1 else None

    def district_figure(self, window: str, head: str) -> str | None:
        """On a district's page, or in a sentence opening on a district, a figure naming no
        wider level is the district's."""
        below = DISTRICT_SENTENCE.match(head) or (
            self.year < 2025 and HUE_CITY_SENTENCE.match(head)
        )
        if self.subject != "district" and not below:
            return None
        if WIDER_LEVEL.search(window) or WIDER_LEVEL.search(head):
            return None
        if self.subject == "district" and find_province_names(re.split(r"[,;:]", head)[-1][-60:]):
            return None  # "… cao hơn bình quân chung của tỉnh Bắc Giang (65,9%)": the province's
        return "a district's or city's figure"

    @staticmethod
    def province_before_colon(sentence: str, q: Quantity) -> str | None:
        """The province a sentence's label ends on before its colon ("Kết quả 6 tháng đầu năm
        2024 của TP. Hồ Chí Minh: …"), for every item after it (not a speaker's venue: "Tại hội
        nghị ở Tp. Cần Thơ, … cho biết: …")."""
        colon = sentence.find(":", 0, q.start)
        if colon < 0 or SPEAKS.search(sentence, 0, colon):
            return None
        m = label_province().search(sentence, 0, colon)
        return canonical_province(m.group("name")) if m else None

    def settle_breakdown(
        self, row: dict, sentence: str, q: Quantity, window: str, before: str, after: str
    ) -> None:
        """The lead's level or province, the country set beside a province's figure, or the
        page's province for a figure that names no other level."""
        if row["breakdown"] == "national" and self.lead_breakdown != "national":
            # "vượt 1,5-2 lần so với toàn quốc, đơn cử là tỷ lệ …": a comparison, not the subject
            if not search(NATIONAL_SUBJECT, COMPARED_WITH_COUNTRY.sub(" ", sentence)):
                row["breakdown"] = self.lead_breakdown
        if search(COUNTRY_BEFORE, window) or names_country_after(after):
            row["breakdown"] = "national"  # "cao hơn mức 18,3% của cả nước"
            return
        if row["breakdown"] == "national" and opens_on_country(sentence[: q.start]):
            return  # "…với 450 trạm; trên cả nước, tính đến cuối tháng 2/2025 số trạm 5G …"
        labelled = self.province_before_colon(sentence, q)
        if row["breakdown"] == "national" and labelled and not search(NATIONAL_WORDS, window):
            row["breakdown"] = labelled  # "Kết quả … của TP. Hồ Chí Minh: …; …; … đạt 39,5%"
            return
        label = LABELLED_LEVEL.match(sentence)
        in_noun = LEVEL_IN_NOUN.match(after) if q.unit == "percent" else None
        if row["breakdown"] == "national" and in_noun and not label:
            row["breakdown"] = level_of(in_noun)
            return
        # "100% hệ thống thông tin của các cơ quan nhà nước tỉnh Thừa Thiên Huế (…) đã được …"
        owner = province_in_noun().match(after) if q.unit == "percent" else None
        if row["breakdown"] == "national" and owner:
            row["breakdown"] = canonical_province(owner.group("name"))
            return
        if row["breakdown"] == "national" and label:
            # "- Khối bộ, ngành: tỷ lệ DVCTT toàn trình 61,2%; tỷ lệ hồ sơ … 72,4%": every clause's
            # ("Toàn quốc: …" names the country)
            row["breakdown"] = level_of(label)
            return
        clause = before if not search(NATIONAL_AS_SUBJECT, sentence[: q.start]) else "cả nước"
        self.place_subject(row, window, after, clause, sentence[: q.start])

    def place_subject(self, row: dict, window: str, after: str, clause: str, head: str) -> None:
        """A province's own figure ("toàn tỉnh", "trên địa bàn tỉnh") is never national; on a
        page whose lead speaks of one province, neither is a figure that names no other level."""
        if row["indicator"] in national_only_indicators():
            if re.search(r"\bRiêng\s+(?:tỉnh|thành\s+phố|TP)\b", window):
                # "Riêng tỉnh Lào Cai đã ban hành 3 nghị quyết": one province's, of a country's count
                add_reason(row, PROVINCE_PART_REASON)
            row["breakdown"] = "national"  # a count of provinces has no province's own
            return
        window = window + " " + local_opening(head, len(head))
        local = search(LOCAL_SUBJECT, window) or search(LOCAL_SUBJECT, after[:60])
        # "… của thành phố đạt 85,89%; tỷ lệ hồ sơ cấp kết quả điện tử đạt 87,72%", "…, toàn tỉnh
        # có 34.020/277.307 hồ sơ giải quyết trực tuyến …, đạt 12%": the clauses after one naming
        # the place go on with it, unless the country is named after it
        whose = search(LOCAL_SUBJECT, head) and list(LOCAL_SUBJECT.finditer(head))[-1]
        # (a comparison with the country is not the country: "… của tỉnh đạt 62,4%, cao hơn mức
        # bình quân cả nước (44,9%); tỷ lệ hồ sơ … toàn trình đạt 38,1%")
        # (…nor the country it is ranked among: "… của tỉnh đứng thứ 12 cả nước, đạt 81,2%")
        rest = ABOVE_THE_COUNTRY.sub(" ", head[whose.end() :]) if whose else ""
        rest = RANK_AMONG.sub(" ", rest)
        local = local or bool(whose and not search(NATIONAL_WORDS, rest))
        # (…or the head of the run it goes on: "… trong GRDP các năm từ 2020 đến 2024 lần lượt là
        # 6,66%, 6,64%, …", its words only ", " or " và ")
        run_item = LIST_GAP_ONLY.fullmatch(window)
        # (…even after "Ở các địa phương, Bắc Giang nổi lên với tỷ trọng … GRDP đạt 30,1%")
        if row["breakdown"] in ("national", "localities") and GRDP.search(
            window[-60:] + " " + after[:25] + " " + (clause[-120:] if run_item else "")
        ):
            # a share of GRDP is always one province's: "… là Thái Nguyên với tỷ trọng Kinh tế số
            # trên GRDP 42,92%" names it bare, without "tỉnh"
            named = [m.group() for m in province_name_pattern().finditer(clause)][-1:]
            if named:
                row["breakdown"] = canonical_province(named[0])
                return
            local = True
        inherited = (
            self.subject == "province"
            and not self.paragraph_national
            # "tỷ trọng … kinh tế số trong GDP năm 2022 là 12,86%" on a province's page: GDP is
            # the country's (a province's share is of its GRDP)
            and not GDP_NAMED.search(window[-60:] + " " + after[:25])
            # "vượt 1,5-2 lần so với toàn quốc, đơn cử là …" compares; it is not the subject
            and not NATIONAL_SUBJECT.search(COMPARED_WITH_COUNTRY.sub(" ", clause))
            # "Theo Bộ TT&TT, …" quotes the country's figure (in every clause of its sentence: "Theo
            # Văn phòng Chính phủ, … 701/1.084 thủ tục …; tỷ lệ hệ thống … kết nối với EMC đạt 85%")
            and not NATIONAL_SOURCE.search(clause)
            and not NATIONAL_PORTAL_SUBJECT.search(head)
            and not NATIONAL_SOURCE.match(head.lstrip(' "“('))
        )
        if (
            inherited
            and row["breakdown"] == "localities"
            and re.search(r"cấp\s+tỉnh", clause, re.I)
        ):
            # On a province's page "cấp tỉnh" is its own provincial agencies, not all localities.
            add_reason(row, "the province's provincial-level agencies, not all localities")
            return
        # the page's or the paragraph's province, inherited rather than named in the clause
        province_page = inherited or local or row["breakdown"] == self.lead_breakdown
        if (
            province_page
            and row["breakdown"] in ("national", "localities", self.lead_breakdown)
            and DISTRICT_LEVEL.search(clause)
        ):
            # "…, các huyện, thành phố đã phát sinh … hồ sơ …, chiếm 93%" on a province's page:
            # the province's district level, a part of its figure
            add_reason(row, DISTRICT_PART_REASON)
            return
        this_place = THIS_PLACE.search(window[-80:]) or THIS_PLACE.search(after[:120])
        named = self.province_named_last(window) if this_place else None
        if row["breakdown"] == "national" and named:
            row["breakdown"] = named  # "…, tỉnh này vượt xa mức bình quân"
            return
        if row["breakdown"] != "national" or not (local or inherited):
            return
        if self.province:
            row["breakdown"] = self.province
            return
        # (…on a page whose subject is not found, the one province named in the text just
        # before: "Sau gần một năm …, thành phố Hà Nội đã đạt … Tính từ 1/7 …, thành phố có …")
        named = self.only_province_before()
        if named:
            row["breakdown"] = named
            return
        row["status"] = "needs_review"
        reason = "a province's own figure; the text does not say which province"
        row["review_reason"] = "; ".join(r for r in (row["review_reason"], reason) if r)

    def editions_before(self, row: dict, head: str) -> list[int]:
        """The years of the editions a figure named "in the two evaluations before" was each
        one's, counted back from the latest edition the document named, or []."""
        schedule = edition_schedules().get(row["indicator"])
        m = EDITIONS_BEFORE.search(head) if schedule else None
        if m is None:
            return []
        named = [r["period_end"].year for r in self.rows if r["indicator"] == row["indicator"]]
        if not named:
            add_reason(row, EARLIER_EDITIONS_REASON)  # (no edition named yet to count back from)
            return []
        last = max(named)  # the latest edition named
        word = (m.group("n") or m.group("m")).lower()
        n = WORD_NUMBERS.get(word) or int(word)
        return sorted(last - schedule[0] * k for k in range(1, n + 1))

    @staticmethod
    def beside_read(sentence: str, earlier: list[Quantity], rows: list[dict], offset: int) -> bool:
        """Whether the number before a bracketed country's figure was read: the country's
        figure is given beside that one, of its indicator."""
        read = {r["value_end"] - offset for r in rows}
        if not earlier or earlier[-1].end in read:
            return True
        # "đạt 81,75%, thấp hơn 2,19% (cả nước là 83,94%)": the gap between is no figure of its own
        return len(earlier) > 1 and earlier[-2].end in read and is_gap(sentence, *earlier[-2:])

    def rows_for_each(self, row: dict, sentence: str, q: Quantity) -> list[dict]:
        """ "Hà Nội và Cần Thơ là hai địa phương đạt 100%": the row once for each place or level
        the figure is given to (not a bound: "… đều có tỷ lệ trên 95%"), or for each year
        ("giữ nguyên thứ hạng 86/193 trong 2 kỳ đánh giá vào năm 2020 và 2022")."""
        if q.qualifier in BOUNDING:
            return [row]
        years = years_sharing(sentence, q) if row["period_kind"] == "year" else []
        years = years or self.editions_before(row, sentence[: q.qual_start])
        if years:
            # (a year not over by the document's date ends at that date, as any year's figure)
            ends = [min(date(y, 12, 31), self.cutoff) for y in years]
            return [
                {**row, "period_start": date(y, 1, 1), "period_end": end}
                for y, end in zip(years, ends, strict=True)
            ]
        parts = shared_by(sentence[: q.qual_start])
        if not parts or row["indicator"] in national_only_indicators():
            return [row]
        return [{**row, "breakdown": part} for part in parts]


# ", thấp hơn 2,19%", ", cao hơn 3,5 điểm phần trăm": the gap from one figure to the country's
GAP_AFTER = re.compile(
    r"\s*,\s*(?:(?:cao|thấp|nhiều|ít)(?:\s+hơn)?|chênh\s+lệch|vượt)\s*(?:khoảng\s+)?", re.I
)


def is_gap(sentence: str, figure: Quantity, gap: Quantity) -> bool:
    """Whether gap is told right after figure as how far it stands from another figure."""
    # (the gap's "hơn" may be its qualifier: gap.qual_start stands before it)
    return bool(GAP_AFTER.fullmatch(sentence, figure.end, gap.qual_start))
