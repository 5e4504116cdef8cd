"""Periods held to their document's date: a level "now" read as a span's end, a period cut at
the document's day, or the reason it cannot be."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.indicator_periods import edition_schedules
from etl.periods import Period

# review reasons that stand in no clash (extract.mark_conflicts) open with this
DATE_REASON = "document date"

# "6 tháng đầu năm", "nửa đầu năm", "quý I", "9 tháng": a title or lead reviewing a span
REVIEWED_SPAN = re.compile(
    r"\b(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?|nửa\s+đầu\s+năm|\bquý\s+(?:IV|III|II|I|[1-4])\b",
    re.I,
)


class PeriodBounds:
    """Fits a row's period to the document's date (mixed into RowBuilder)."""

    def date_now_to_span(self, p: Period, relative: str) -> Period:
        """Date "đến nay" at the end of the span its paragraph reviews, when the text came later.

        "Từ tháng 1 đến tháng 9/2024, … Tuy nhiên, đến nay, vẫn còn 761 thôn" in an article of
        20/11/2024 gives the level the September review counted, not one of November.
        """
        # …or the span the title reviews, or the one the paragraph before stated in a text whose
        # title and lead speak of such a span ("Mạng 5G mở rộng nhanh trong nửa đầu năm")
        reviews = REVIEWED_SPAN.search(self.head[:250])
        span = self.open_span or self.title_span or (self.previous_span if reviews else None)
        if (
            p.kind == "as_of"
            and relative == "date"
            and p.end == self.cutoff
            and span is not None
            # a review of the year so far; "Trong năm 2023, … Đến nay, …" contrasts the past with
            # now, and "Trong tháng 1, …" in an August article is one event among others
            and span.kind in ("ytd", "half", "quarter")
            and span.end.year == self.cutoff.year
            and 35 < (self.cutoff - span.end).days
        ):
            return Period("as_of", span.end, span.end, relative="date")
        return p

    def bound_period(self, p: Period, indicator: str = "") -> tuple[Period, str]:
        """Keep a period within its document's date; say why when it cannot be."""
        limit = max(d for d in (self.document_date, self.cutoff) if d) if self.dated else None
        if p.end > date.today():
            return p, f"period ends {p.end.isoformat()}, in the future"
        if limit is None or p.end <= limit:
            return p, ""
        edition_month = edition_schedules().get(indicator, (0, 13))[1]
        if p.kind == "year" and (limit.year, limit.month) >= (p.end.year, edition_month):
            return p, ""  # the 2024 edition out in September: the year's rank, not days lived
        if p.start <= limit and self.precision != "year":  # (a year's 1/1 is no date to cut at)
            # "trong tháng 02" in a report of 19/02 covers the days lived so far.
            return replace(p, end=limit), ""
        if p.start <= limit:
            return (
                p,
                f"{DATE_REASON} known only to its year: add published to {self.file_name}.meta.json",
            )
        if p.kind == "as_of" and (p.end.year, p.end.month) == (limit.year, limit.month):
            # "đến hết năm 2024" in a report of 27/12/2024: the level the report gives as of its date
            return replace(p, start=limit, end=limit), ""
        return p, f"period ends {p.end.isoformat()}, after its document's date {limit.isoformat()}"


def near_period_end(day: date) -> bool:
    """Whether a date lies within 35 days of a half-year's or a year's end."""
    ends = (date(day.year - 1, 12, 31), date(day.year, 6, 30), date(day.year, 12, 31))
    return any(abs((day - end).days) <= 35 for end in ends)
