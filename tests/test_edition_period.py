"""An index published in editions is the rank of its edition's year (etl.rows.edition_period)."""

from datetime import date

from etl.periods import Period
from etl.rows import edition_period


def test_a_stated_month_gives_its_year():
    """ "Tháng 9/2024, Liên hợp quốc công bố …": the 2024 edition."""
    month = Period("month", date(2024, 9, 1), date(2024, 9, 30))
    got = edition_period(month, True, 2, 9)
    assert (got.kind, got.start, got.end) == ("year", date(2024, 1, 1), date(2024, 12, 31))


def test_a_text_dated_only_by_itself_gives_the_latest_edition_out():
    """ "hiện đứng thứ 71" in March 2025 is 2024's; in May 2024 still 2022's."""
    march_2025 = Period("as_of", date(2025, 3, 10), date(2025, 3, 10), relative="date")
    assert edition_period(march_2025, False, 2, 9).end == date(2024, 12, 31)
    may_2024 = Period("as_of", date(2024, 5, 20), date(2024, 5, 20), relative="date")
    assert edition_period(may_2024, False, 2, 9).end == date(2022, 12, 31)
    october_2024 = Period("as_of", date(2024, 10, 1), date(2024, 10, 1), relative="date")
    got = edition_period(october_2024, False, 2, 9)
    assert got.end == date(2024, 12, 31) and got.relative == "date"


def test_the_catalog_names_the_egdi_schedule():
    """The schedule lives in the catalog, not in code."""
    from etl.indicator_periods import edition_schedules

    assert edition_schedules() == {"egdi_rank": (2, 9)}
