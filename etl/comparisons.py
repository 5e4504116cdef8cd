"""Earlier values a sentence gives for comparison: "(cuối năm 2023 là 84,6%)", "so với mức …"."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.aim_words import TARGET_WORDS
from etl.compared_figure import ComparedFigure, fits_unit, of_like_size, own_rows
from etl.compared_period import comparison_period
from etl.cues import Scope
from etl.earlier_words import PRIOR_VALUE
from etl.gates import search
from etl.numbers import RANK_WORD_BEFORE, Quantity
from etl.period_bounds import DATE_REASON
from etl.periods import Period
from etl.phrases import CHANGE_BEFORE, PAREN_PRIOR, STEP_BACK_CLAUSE, YEAR_AGO_CLAUSE
from etl.placement import names_country_after
from etl.time_shifts import shift_to_year, shift_years, step_back, step_period, time_named_after
from etl.whose_words import COUNTRY_BEFORE

# Compiled once and gated (etl.gates): written in the call, they were looked up in re's cache
# and tried at every position of the clause for each number.
# "so với tháng trước (", "cao hơn tháng trước (": what is compared with, its figure in brackets
COMPARED_WITH = r"(?:so\s+với|(?:cao|thấp|nhiều|ít|nhanh|chậm)\s+hơn)"
# "… cùng cao hơn trung bình cả nước (lần lượt 97,2 Mbps và 56,8 Mbps)"
COUNTRY_RESPECTIVE = re.compile(
    r"(?:cả\s+nước|toàn\s+quốc)\s*\(\s*(?:lần\s+lượt|tương\s+ứng)\b", re.I
)
COMPARED_BEFORE_THIS = re.compile(
    rf"{COMPARED_WITH}\s+(?:(?:cuối|hết)\s+)?(?P<unit>tháng|quý|năm|kỳ)\s+(?:liền\s+)?trước(?:\s+đó)?\s*\(\s*$",
    re.I,
)
LAST_STEP_IS = re.compile(
    r"(?<!với\s)\b(?P<unit>tháng|quý|kỳ)\s+(?:liền\s+)?trước(?:\s+đó)?\s+(?:là|đạt|chỉ\s+đạt|ở\s+mức)\s*$",
    re.I,
)


# "So với tháng trước (141,2 Mbps)": the step back named before the bracket
STEP_BEFORE_PAREN = re.compile(
    rf"\b{COMPARED_WITH}\s+(?:(?:cuối|hết)\s+)?(?P<unit>tháng|quý|năm)\s+trước(?:\s+đó)?\s*$", re.I
)


# "6,1 triệu giao dịch và 5.420 tỷ đồng": two figures joined, each with its own noun
JOINED_PAIR = re.compile(r"\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,2})?\s+và\s+(?:mức\s+)?")
# Words after a compared value that say when or whose it is
TIME_OR_PLACE = re.compile(r"\d|cả\s+nước|toàn\s+quốc|thế\s+giới|trung\s+bình|[A-ZĐ]")


class ComparisonReader(ComparedFigure):
    """Reads the earlier values of a sentence's figures (mixed into DocumentExtractor)."""

    # the second of two earlier values joined by "và", and the time the first read past it
    pending_compared: tuple[Quantity, Period] | None = None

    def read_compared(self, spot, q, quantities, i, periods, before, after, sentence_rows):
        """Whether q is an earlier value given for comparison, adding it with the time it is
        compared at ("so với cùng kỳ năm 2023 (1.687 cuộc)", "(tháng trước là 98,4 triệu)"), or
        with none it can be read at ("tăng so với mức 9,6%": no value)."""
        offset, sentence, anchor_text = spot  # (q is the i-th of the sentence's quantities)
        prior = self.paren_prior(sentence, q, quantities, periods, sentence_rows)
        if prior is not None:
            base, period = prior
            self.add_comparison(offset, sentence, q, period, [base], anchor_text)
            sentence_rows.append(self.rows[-1])
            return True
        opening = sentence.rfind("(", 0, q.qual_start)
        if opening >= 0 and search(COUNTRY_BEFORE, sentence[max(0, opening - 90) : q.qual_start]):
            return (
                False  # "… gấp đôi bình quân cả nước trong tháng 8 (42,3%)": the country's, beside
            )
        compared = (
            # "so với cuối quý trước (418.300 địa chỉ)": a step back from the figure, not the date
            self.period_before_this(before, sentence_rows)
            or comparison_period(q, periods, sentence)
            or self.prior_period(before, after, sentence_rows, q)
            or self.joined_compared(sentence, q, quantities[i + 1 : i + 2], before, sentence_rows)
        )
        if compared is not None:
            own = self.states_own_figure(sentence, quantities[:i], q)
            # "Con số này giảm … so với cùng kỳ năm ngoái (1.783 cuộc)": the last sentence's
            earlier = sentence_rows or ([] if own else self.last_rows)
            compared = self.same_time_earlier(sentence, compared, earlier)
            pool = sentence_rows if sentence_rows or not own else []
            self.add_comparison(offset, sentence, q, compared, pool, anchor_text, own)
            return True
        # "… đạt 10,41%, tăng so với mức 9,6%": an earlier level, its time unsaid
        return self.compared_untimed(before, after, sentence_rows)

    def joined_compared(self, sentence, q, following, before, rows) -> Period | None:
        """ "… nhiều hơn mức 6,1 triệu giao dịch và 5.420 tỷ đồng của năm 2023": two earlier values
        joined by "và" share the time named after the second; the first reads it past the second,
        and leaves it for the second to read (its own words say no more than "và")."""
        if self.pending_compared is not None and self.pending_compared[0] is q:
            return self.pending_compared[1]
        if not following or not rows or not search(PRIOR_VALUE, before):
            return None
        nxt = following[0]
        if not JOINED_PAIR.fullmatch(sentence, q.end, nxt.qual_start):
            return None
        period = time_named_after(of_like_size(rows, q), sentence[nxt.end : nxt.end + 60])
        self.pending_compared = (nxt, period) if period is not None else None
        return period

    def paren_prior(
        self, sentence: str, q: Quantity, quantities: list[Quantity], periods, rows: list[dict]
    ):
        """ "(cuối năm 2023 là 84,6%)": (the row it is an earlier value of, its period)."""
        opening = sentence.rfind("(", 0, q.qual_start)
        if opening < 0 or ")" in sentence[opening : q.qual_start]:
            return None
        if not rows:
            return self.step_before_paren(sentence, opening, q)

        if TARGET_WORDS.search(sentence[opening : q.qual_start]):
            return None  # "(mục tiêu năm 2025 là 80%)": a target, not an earlier value
        m = PAREN_PRIOR.search(sentence[opening : q.qual_start])
        inside = [p for p in periods if opening < p.text_start < q.qual_start and p.kind != "date"]
        # "(tháng trước là 147,6 Mbps)": one step back from the figure it follows
        step = re.match(r"\(\s*(?P<unit>tháng|quý|kỳ)\s+trước\b", sentence[opening:], re.I)
        if step and m is not None:
            inside = inside or [None]
        if m is None or not inside:
            listed = [p for p in quantities if opening < p.start < q.start]
            if not listed or not PAREN_PRIOR.search(sentence[opening : listed[0].qual_start]):
                return None
            inside = [p for p in periods if opening < p.text_start < listed[0].qual_start]
            if not inside:
                return None
        run = [p for p in quantities if opening < p.start and p.end <= sentence.find(")", opening)]
        if q not in run:
            return None
        # the figures the run restates, not the run's own earlier values; one value alone
        # restates the last figure of its own unit ("… 3.500 tỷ đồng (năm 2023: 3,46 triệu giao
        # dịch)")
        rows = own_rows(rows) or rows
        if len(run) == 1:
            rows = [r for r in rows if fits_unit(r, q, sentence)] or rows
        if len(run) <= len(rows):
            base = rows[len(rows) - len(run) + run.index(q)]
        elif run.index(q) < len(
            rows
        ):  # "(tháng trước là 147,6 Mbps và 41,9 Mbps)": the pair's first
            base = rows[run.index(q)]
        else:
            return None
        if step:
            return base, step_back(base, step.group("unit"))
        p = inside[-1]
        lead = sentence[max(0, p.text_start - 12) : p.text_start]
        if p.kind == "year" and re.search(
            r"cùng\s+kỳ(?:\s+tháng)?\s*$", lead
        ):  # "(cùng kỳ năm 2023 là 30,1%)"
            shift = base["period_end"].year - p.end.year
            # a level's same time a year earlier is its date then ("80,1% … (75,5%)" of Feb)
            if shift > 0 and base["period_kind"] != "year":
                start = shift_years(base["period_start"], shift)
                end = shift_years(base["period_end"], shift)
                return base, Period(base["period_kind"], start, end, comparison=True)
        if p.kind in ("as_of", "year"):
            p = Period(base["period_kind"], p.end, p.end) if base["period_kind"] == "as_of" else p
        return base, replace(p, comparison=True)

    def step_before_paren(self, sentence: str, opening: int, q: Quantity):
        """ "… đạt 146,6 Mbps. So với tháng trước (141,2 Mbps), …": the last sentence's figure
        one step earlier, or None."""
        step = STEP_BEFORE_PAREN.search(sentence, max(0, opening - 30), opening)
        if step is None or sentence[opening + 1 : q.qual_start].strip():
            return None
        same = [r for r in self.last_rows if r["unit"] == q.unit]
        if len(same) != 1:
            return None  # which of the figures before it, the words do not say
        return same[0], step_back(same[0], step.group("unit"))

    def period_before_this(self, before: str, rows: list[dict]) -> Period | None:
        """ "so với tháng trước (92,1 triệu giao dịch)": the base row's period one step back."""
        m = search(COMPARED_BEFORE_THIS, before)
        # "…, trong khi tháng trước là 52,4 Mbps": the month before the sentence's figure
        m = m or search(LAST_STEP_IS, before)
        if m is None or not rows:
            return None
        return step_back(rows[-1], m.group("unit"))

    def prior_period(self, before: str, after: str, rows: list[dict], q) -> Period | None:
        """ "so với mức 120,32 Mbps cùng kỳ năm trước": the compared value's own period, one
        before the figure it is of."""
        if not rows or not search(PRIOR_VALUE, before):
            return None
        return time_named_after(of_like_size(rows, q), after)

    @staticmethod
    def compared_untimed(before: str, after: str, rows: list[dict]) -> bool:
        """ "… đạt 10,41%, tăng mạnh so với mức 9,6%": after the sentence's figure, the earlier
        level it is compared with, whose time the text does not give (no value to chart)."""
        # (not one whose time or place the words after give: "… cao hơn mức 18,3% của cả nước",
        # "… so với tỷ lệ 35% tại thời điểm cuối năm 2022")
        said = re.split(r"[;.,]", after, maxsplit=1)[0]
        return bool(rows) and bool(search(PRIOR_VALUE, before)) and not TIME_OR_PLACE.search(said)

    def same_time_earlier(self, sentence: str, compared: Period, rows: list[dict]) -> Period:
        """ "so với cùng kỳ năm 2023 (6.126 cuộc)" after a half-year: the same half of 2023."""
        lead = sentence[max(0, compared.text_start - 15) : compared.text_start]
        if (
            compared.kind != "year"
            or not rows
            # "so với kỳ năm 2023" writes "cùng" left out
            or not re.search(r"(?:cùng|so\s+với)\s+kỳ(?:\s+tháng)?\s*$", lead)
        ):
            return compared
        # (the sentence's own figure, not an earlier value beside it: "… đạt 79,4%, cao hơn quý
        # trước (75,1%) và cùng kỳ năm ngoái (66,2%)" is last year's first quarter)
        base = (own_rows(rows) or rows)[-1]
        shift = base["period_end"].year - compared.end.year
        if shift <= 0 or base["period_kind"] == "year":
            return compared
        start, end = (
            shift_years(base["period_start"], shift),
            shift_years(base["period_end"], shift),
        )
        return Period(base["period_kind"], start, end, comparison=True)

    @staticmethod
    def states_own_figure(sentence: str, earlier: list[Quantity], q: Quantity) -> bool:
        """Whether the sentence gave a figure of the number's unit before it (a change, "Mức
        này tăng 1,2 Mbps so với tháng 1 (51,4 Mbps)", is none)."""
        return any(
            p.unit == q.unit
            and not search(CHANGE_BEFORE, sentence[max(0, p.qual_start - 30) : p.qual_start])
            for p in earlier
        )

    def add_comparison(
        self,
        offset: int,
        sentence: str,
        q: Quantity,
        period: Period,
        rows: list[dict],
        anchor: str,
        own_figure: bool = False,
    ) -> None:
        """Record "(1.687 cuộc)" after "so với cùng kỳ tháng 02/2023" as that period's value."""
        if q.unit not in ("count", "percent", "money_vnd", "mbps", "per_100", "ratio"):
            return
        # "(950 cuộc)" restates the count before it; "(48,2%)" the rate before it; with no figure
        # earlier in the sentence, the one the sentence before gave ("So với cuối năm 2023 (…)").
        # …but not when this sentence gave a figure of its own that named no indicator
        pool = rows or ([] if own_figure else self.last_rows)
        # (of its own unit: "(cùng kỳ năm 2025: 3,46 triệu giao dịch, 3.120 tỷ đồng)" restates
        # the count and the amount, each its own)
        previous = [r for r in pool if fits_unit(r, q, sentence)]
        base = (
            self.name_when(sentence, q, period)
            or self.nth_of_list(sentence, q, previous)
            or self.named_after_semicolon(sentence, q, period, previous)
            or (None if rows else self.named_after_bracket(sentence, q, period, previous))
            or (
                of_like_size(previous, q) if previous else self.name_from_label(sentence, q, period)
            )
        )
        if base is None or (q.unit == "ratio" and base["unit"] not in ("rank", "count")):
            return  # "… so với năm 2022 (86/193)": a rank written over the ranked, its place
        row = dict(base)
        row.update(
            {
                "period_kind": period.kind,
                "period_start": period.start,
                "period_end": period.end,
                "value": float(q.numerator if q.unit == "ratio" else q.value),
                "qualifier": q.qualifier if q.qualifier != "đạt" else "",
                "rule_id": base["rule_id"] + "+comparison",
                # ("… của Quảng Ninh đạt 91,3%, cao hơn … mức 74% của cả nước …": the country's)
                "breakdown": "national"
                if names_country_after(sentence[q.end : q.end + 40].lstrip("% "))
                else base["breakdown"],
            }
        )
        if not period.relative:  # its own stated period: the document's date does not matter
            reasons = [r for r in base["review_reason"].split("; ") if r and DATE_REASON not in r]
            row["review_reason"] = "; ".join(reasons)
            row["status"] = "needs_review" if reasons else "accepted"
            row["date_source"] = "text"
        bounded, why = self.bound_period(period)
        if why:  # an "earlier" value dated after its document is no earlier value
            return
        row["period_end"] = bounded.end
        row.update(self.locate(offset, sentence, q, anchor))
        rows.append(row)
        self.rows.append(row)

    def country_beside(
        self, q: Quantity, scope: Scope, period, stated: bool, near: dict[str, str], rows
    ) -> dict | None:
        """ "… đạt 82,5%, cao hơn mức 18,3% của cả nước": the country's figure next to a
        province's, for the indicator the sentence just gave."""
        # "… cố định tại Đà Nẵng đạt 108,6 Mbps, di động đạt 62,3 Mbps, cùng cao hơn trung bình cả
        # nước (lần lượt 97,2 Mbps và 56,8 Mbps)": the k-th in the bracket is the k-th figure's
        sentence = near["sentence"]
        opening = sentence.rfind("(", 0, q.qual_start)
        respective = opening >= 0 and COUNTRY_RESPECTIVE.search(sentence, 0, opening + 12)
        own = [r for r in rows if not r["rule_id"].endswith("+country")]  # (not the bracket's)
        base = respective and self.nth_of_list(sentence, q, own)
        if RANK_WORD_BEFORE.search(near["window"][-20:]):
            return None  # "… đã giúp Lâm Đồng xếp vị trí thứ 21 trên cả nước": a place in a ranking
        beside = COUNTRY_BEFORE.search(near["window"]) or names_country_after(near["after"])
        # (the figure itself, not an earlier value given after it: "… đạt 78,5%, cao hơn mức
        # 74,2% của tháng 7/2023 và … bình quân cả nước trong tháng 8 (42,3%)")
        figures = own_rows(rows)
        base = base or (figures[-1] if figures and beside else None)
        if not base or base["breakdown"] == "national":
            return None
        row = self.match_cues(q, scope, period, stated, only=base["indicator"])
        if row is None and respective:
            # (the k-th figure's own words name it: "… di động đạt 62,3 Mbps")
            words = self.nt.text[max(0, base["value_start"] - 80) : base["value_start"]]
            by_words = replace(scope, before=words, bare=words, crossed=-1)
            row = self.match_cues(q, by_words, period, stated, only=base["indicator"])
        if row is None or row["unit"] != base["unit"]:
            return None
        row.update({"breakdown": "national", "rule_id": base["rule_id"] + "+country"})
        # the province's time, unless only the country's figure states one ("…/100 dân; bình
        # quân toàn quốc là 21,9 thuê bao/100 dân (tính đến hết năm 2023)")
        if not (row["date_source"] == "text" and base["date_source"] != "text"):
            for key in ("period_kind", "period_start", "period_end"):
                row[key] = base[key]
        return row


def earlier_span_in_clause(sentence: str, clause_start: int, q: Quantity, period) -> Period | None:
    """ "…, chiếm 73,9%; cùng kỳ năm 2024 tỷ lệ này là 52,6%": the span a year back; "…; tháng
    trước con số này là 92,1 triệu": a step back; or None."""
    ago = YEAR_AGO_CLAUSE.match(sentence, clause_start, q.qual_start) if clause_start else None
    # (from the clause's start, or the last comma's: "…, trong khi năm trước đó là 38%")
    part = max(clause_start, sentence.rfind(",", 0, q.qual_start) + 1)
    step = STEP_BACK_CLAUSE.match(sentence, part, q.end) if part else None
    # "…; tháng trước con số này là 92,1 triệu": a step back from the time named before (not
    # when the words are the number's own time, counted from the page's date: "còn năm ngoái")
    own = period is not None and step and step.start() <= period.text_start < step.end()
    if step and period is not None and (not own or step.group("that")):
        return step_period(period, step.group("unit"))
    if ago is None or period is None:
        return None
    return shift_to_year(period, int(ago.group("y")) if ago.group("y") else period.end.year - 1)
