"""Tables whose rows are periods and whose columns name the indicators ("Tháng | Số giao dịch |
Trung bình/ngày" over "7/2024 | 97.215.430 | 3.135.982"): each cell is its column's figure for its
row's month, quarter or year (mixed into DocumentExtractor through TableRows)."""

from __future__ import annotations

import re
from datetime import date

from etl.normalize import Paragraph
from etl.numbers import find_quantities
from etl.periods import ROMAN, Period, find_periods, month_end
from etl.phrases import PER_DAY_WORDS, UPLOAD
from etl.provinces import canonical_province, province_name_pattern
from etl.table_units import read_label_unit, written_unit

# The first header cell of a table keyed by period
PERIOD_HEAD = re.compile(
    r"^\s*(?:Tháng|Quý|Năm|Kỳ(?:\s+báo\s+cáo)?|Thời\s+gian|Thời\s+điểm)\s*$", re.I
)
# A row's period written bare: "7/2024", "Tháng 7/2024", "I/2023", "Quý II/2023", "2023"
MONTH_CELL = re.compile(r"^\s*(?:tháng\s+)?(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)\s*$", re.I)
QUARTER_CELL = re.compile(r"^\s*(?:quý\s+)?(?P<q>IV|III|II|I)\s*/\s*(?P<y>(?:19|20)\d\d)\s*$", re.I)
YEAR_CELL = re.compile(r"^\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s*$", re.I)
DAILY = re.compile(rf"{PER_DAY_WORDS}|\bmỗi\s+ngày\b", re.I)
NUMBERED = re.compile(r"\S*\d\S*|\b(?:quý|tháng|năm)\s+(?:IV|III|II|I)\b", re.I)
# A column that is a change or a target, not a figure: "Tăng/giảm (%)", "Kế hoạch"
NOT_A_FIGURE_HEAD = re.compile(r"tăng|giảm|so\s+với|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu", re.I)


def read_row_period(cell: str, year: int, cutoff: date) -> Period | None:
    """The period a row's first cell names, or None."""
    if m := MONTH_CELL.match(cell):
        y, mo = int(m.group("y")), int(m.group("m"))
        return Period("month", date(y, mo, 1), month_end(y, mo)) if 1 <= mo <= 12 else None
    if m := QUARTER_CELL.match(cell):
        y, end = int(m.group("y")), ROMAN[m.group("q").lower()] * 3
        return Period("quarter", date(y, end - 2, 1), month_end(y, end))
    if m := YEAR_CELL.match(cell):
        y = int(m.group("y"))
        return Period("year", date(y, 1, 1), date(y, 12, 31))
    found = [p for p in find_periods(cell, year, cutoff, None, None) if p.kind != "date"]
    return found[0] if len(found) == 1 and not found[0].relative else None


class PeriodRows:
    """Reads a table row keyed by its period against its header."""

    def extract_period_row(
        self, para: Paragraph, cells: list[tuple[int, str]], header: list[tuple[int, str]]
    ) -> bool:
        """Each cell, its column's indicator for the row's period (the caption names the place);
        whether the row is keyed by a period at all."""
        period = read_row_period(cells[0][1], self.year, self.cutoff)
        if period is None:
            return False
        if period.end > self.cutoff:
            return True  # a month to come: a plan's row
        caption = self.caption(header)
        # the caption's measure, without its numbers ("Bảng 2. Giao dịch qua NDXP theo tháng, quý
        # III/2024": the rows give the time)
        measure = NUMBERED.sub(" ", caption)
        named = {canonical_province(m.group()) for m in province_name_pattern().finditer(caption)}
        place = named.pop() if len(named) == 1 else None
        for j, (offset, cell) in enumerate(cells[1:], start=1):
            head = header[j][1] if j < len(header) else ""
            quantities = find_quantities(cell, self.dot_decimals)
            if len(quantities) != 1 or NOT_A_FIGURE_HEAD.search(head) or UPLOAD.search(head):
                continue
            q = written_unit(quantities[0], *read_label_unit(head))  # "Giá trị (tỷ đồng)"
            # "Trung bình/ngày": the month's daily average
            cell_period = (
                Period("day_avg", period.start, period.end) if DAILY.search(head) else period
            )
            # (a cell stands where a sentence would say "… đạt": "Số giao dịch qua NDXP … đạt")
            readings = (
                f"{head} {measure} đạt",
                f"{measure} {head} đạt",
                f"{measure} {head}",
                f"{head} đạt",
            )
            row = next(filter(None, (self.cell_row(q, w, cell_period) for w in readings)), None)
            if row is None:
                continue
            if row["breakdown"] == "national" and place:
                row["breakdown"] = place  # "Bảng 2. … của tỉnh Lào Cai"
            self.add_table_row(row, para, offset, q, header)
        return True
