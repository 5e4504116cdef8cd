"""Tables whose rows are periods and whose columns name the indicators ("Tháng | Số giao dịch |
Trung bình/ngày" over "7/2024 | 97.215.430 | 3.135.982"): each cell is its column's figure for its
row's month, quarter or year (mixed into DocumentExtractor through TableRows)."""

from __future__ import annotations

import re

from etl.normalize import Paragraph
from etl.numbers import find_quantities
from etl.periods import Period, find_periods
from etl.phrases import UPLOAD
from etl.provinces import one_province
from etl.table_words import (
    DAILY_LABEL,
    MEASURE_HEAD,
    NOT_A_RESULT,
    TOTAL_HEAD,
    caption_measure,
    read_header_period,
    read_label_unit,
    written_unit,
)

# The first header cell of a table keyed by period: the word its rows' periods leave out
PERIOD_HEAD = re.compile(
    r"^\s*(?:Tháng|Quý|Năm|Kỳ(?:\s+(?:báo\s+cáo|khảo\s+sát|đánh\s+giá))?|Thời\s+gian|Thời\s+điểm)\s*$",
    re.I,
)


class PeriodRows:
    """Reads a table row keyed by its period against its header."""

    def row_period(self, cell: str, head: str) -> Period | None:
        """The period a row's first cell names, read with the word its header gives it ("7/2024"
        under "Tháng" is "Tháng 7/2024", "I/2023" under "Quý" is "Quý I/2023")."""
        # ("31/10/2024" under "Thời điểm": the level on that day)
        day = read_header_period(cell, self.year, self.cutoff, None, None)
        if day and day[0].kind == "as_of" and not day[0].relative:
            return day[0]
        # ("2024" under "Kỳ khảo sát": an edition's year)
        bare_year = f"năm {cell.strip()}" if re.fullmatch(r"\s*(?:19|20)\d\d\s*", cell) else cell
        for words in (cell, f"{head.strip()} {cell.strip()}", bare_year):
            found = [
                p
                for p in find_periods(words, self.year, self.cutoff, None, None)
                if p.kind != "date"
            ]
            if found:
                break
        return found[0] if len(found) == 1 and not found[0].relative else None

    def extract_period_row(
        self, para: Paragraph, cells: list[tuple[int, str]], header: list[tuple[int, str]]
    ) -> bool:
        """Each cell, its column's indicator for the row's period (the caption names the place);
        whether the row is keyed by a period at all."""
        period = self.row_period(cells[0][1], header[0][1])
        if period is None:
            return False
        if period.start > self.cutoff or (period.end > self.cutoff and period.kind != "year"):
            return True  # a month to come: a plan's row (a year begun is read, cut at the date)
        caption = self.caption(header)
        # ("Bảng 2. Giao dịch qua NDXP theo tháng, quý III/2024")
        measure = caption_measure(caption)
        place = one_province(caption)
        totalled = any(TOTAL_HEAD.match(h) for _, h in header[1:])
        for j, (offset, cell) in enumerate(cells[1:], start=1):
            head = header[j][1] if j < len(header) else ""
            quantities = find_quantities(cell, self.dot_decimals)
            if len(quantities) != 1 or NOT_A_RESULT.search(head) or UPLOAD.search(head):
                continue
            if totalled and not TOTAL_HEAD.match(head) and not MEASURE_HEAD.search(head):
                continue  # one kind's part of the row's total
            q = written_unit(quantities[0], *read_label_unit(head))  # "Giá trị (tỷ đồng)"
            # "Trung bình/ngày": the month's daily average
            daily = DAILY_LABEL.search(head)
            cell_period = Period("day_avg", period.start, period.end) if daily else period
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
