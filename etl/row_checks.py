"""What sends a row to review apart from how its indicator was named: its value out of the
kind's limits or the catalog's range, a number read two ways, several places at once, and a date
the text cannot fix. Each reason comes with what it costs the row's confidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from etl.cues import indicator_kinds, indicator_units, plausible_ranges
from etl.numbers import Quantity
from etl.period_bounds import DATE_REASON, near_period_end
from etl.periods import Period
from etl.provinces import names_places_together
from metrics.bounds import check_value

if TYPE_CHECKING:  # (the builder mixed into DocumentExtractor, which asks these)
    from etl.rows import RowBuilder


def value_reasons(
    q: Quantity, value: float, indicator: str, before: str
) -> list[tuple[str, float]]:
    """Why the value itself is doubtful: several places at once, a number read two ways, or a
    value outside the kind's natural limits or the catalog's plausible range."""
    reasons = []
    if names_places_together(before):
        reasons.append(("a figure the text gives several provinces at once", 0.4))
    if q.ambiguous:
        reasons.append((f"number '{q.text}' could be read with '.' as decimal or thousands", 0.4))
    # the kind's natural limits (metrics/thresholds.toml), as validation will apply them
    if outside := check_value(value, indicator_kinds()[indicator], indicator_units()[indicator]):
        reasons.append((outside, 0.4))
    bounds = plausible_ranges().get(indicator)
    if bounds and not bounds[0] <= value <= bounds[1]:
        reasons.append((f"outside the plausible range {bounds[0]:g}-{bounds[1]:g} (catalog)", 0.4))
    return reasons


def date_reasons(
    builder: RowBuilder, p: Period, relative: str, annual: bool
) -> list[tuple[str, float]]:
    """Why the row's date is doubtful: a month the text does not name, a document date unknown,
    estimated or known only to its year, or a yearly figure with no year in a mid-year text."""
    meta = builder.file_name
    if relative == "month":
        return [("a month's figure ('trong tháng'); the text does not say which month", 0.5)]
    if relative and not builder.dated:
        return [(f"{DATE_REASON} unknown: add published to {meta}.meta.json", 0.5)]
    if relative and builder.date_source == "reported" and p.end.year < builder.year:
        return [(f"{DATE_REASON} only estimated: a date with no year may be a year off", 0.5)]
    if relative == "date" and builder.precision == "year":
        return [(f"{DATE_REASON} known only to its year: add published to {meta}.meta.json", 0.5)]
    if relative == "date" and annual and not near_period_end(p.end):
        # "tỷ lệ kinh tế số trên GRDP … đạt 22,87%" in a September page: last year's figure
        # or this year's estimate, the text does not say
        return [("a yearly figure with no year of its own, in a text dated mid-year", 0.5)]
    return []
