"""Table rows in a text: the label names the indicator, each column's header its period or level
(mixed into DocumentExtractor)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.clauses import list_item_breakdown
from etl.cues import Scope
from etl.normalize import Paragraph
from etl.numbers import Quantity, find_quantities
from etl.periods import Period, find_dates, find_periods
from etl.phrases import UPLOAD


class TableRows:
    """Reads one table row at a time against its header."""

    def extract_table_row(
        self, para: Paragraph, cells: list[tuple[int, str]], header: list[tuple[int, str]]
    ) -> None:
        """Extract a table row: the label names the indicator; a column's header gives its
        period ("Tháng 8/2025") or its level ("Bộ, ngành"), the first header cell the rest."""
        label = cells[0][1]
        if UPLOAD.search(label):
            return  # "Tốc độ tải lên …": the catalog's speeds are download speeds
        row_text = self.nt.text[para.start : para.end]
        # the unit written once in the label: "Tốc độ … (Mbps)", "Tỷ lệ hồ sơ … (%)"
        unit_hint = (
            "mbps"
            if re.search(r"\(Mbps\)|Mb/s", label, re.I)
            else "percent"
            if re.search(r"\(\s*%\s*\)", label)
            else None
        )
        scale = LABEL_SCALES.get(m.group(1).lower()) if (m := LABEL_SCALE.search(label)) else None
        caption_periods = self.caption_periods(header)
        # "Bảng 1. … quý I/2025" above "Tháng 1 | Tháng 2": the caption's year dates the months
        year = caption_periods[-1].end.year if caption_periods else self.year
        corner = find_periods(header[0][1], year, self.cutoff, self.ref_month, self.past_month)
        for j, (offset, cell) in enumerate(cells[1:], start=1):
            head = header[j][1] if j < len(header) else ""
            if NOT_A_RESULT.search(head):
                continue  # "Kế hoạch năm 2025", "So với KH (%)": a target, a ratio to it
            periods = (
                read_header_period(head, year, self.cutoff, self.ref_month, self.past_month)
                or corner
                or caption_periods
            )
            if caption_periods:
                periods = [replace(p, relative="") if p.relative == "year" else p for p in periods]
            quantities = find_quantities(cell, self.dot_decimals)
            if len(quantities) != 1:
                continue
            q = quantities[0]
            if unit_hint and q.unit == "count":
                q = Quantity(**{**q.__dict__, "unit": unit_hint})
            elif scale and q.unit == "count":  # "Tài khoản VNeID đã kích hoạt (triệu) | 59,8"
                q = Quantity(**{**q.__dict__, "value": q.value * scale})
            period = next((p for p in periods if p.kind != "date"), None)
            scope = Scope(before=label + " ", bare=label + " ", after="", context=label)
            row = self.match_cues(q, scope, period, period is not None)
            if row is None:
                continue
            level = list_item_breakdown(
                f"{head} ({cell})", replace(q, qual_start=len(head) + 2), ""
            )
            if level and row["breakdown"] == "national":
                row["breakdown"] = level
            row.update(
                {
                    "quote": row_text,
                    "quote_start": para.start,
                    "quote_end": para.end,
                    "value_start": offset + q.start,
                    "value_end": offset + q.end,
                    "anchor": " | ".join(c for _, c in header),
                }
            )
            self.rows.append(row)

    def caption_periods(self, header: list[tuple[int, str]]) -> list:
        """The periods with a year of their own in the line above a table's header."""
        start = header[0][0]
        line = self.nt.text[max(0, start - 300) : start].rstrip().rsplit("\n", 1)[-1]
        found = find_periods(line, self.year, self.cutoff, self.ref_month, self.past_month)
        return [p for p in found if not p.relative and p.kind != "date"]


# The scale a label writes once for its counts: "(triệu)", "(nghìn địa chỉ)"
LABEL_SCALE = re.compile(r"\(\s*(triệu|nghìn|ngàn|tỷ)\b[^)]*\)", re.I)
LABEL_SCALES = {"triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3, "tỷ": 1e9}
# A column of targets or of ratios to them, not of results
NOT_A_RESULT = re.compile(
    r"kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu\s+(?:năm|giao)|so\s+(?:với|sánh)|\bKH\b|tăng\s*/\s*giảm|đơn\s+vị\s+tính",
    re.I,
)
DAY_WORD = re.compile(r"(?:ngày\s*)?", re.I)
BARE_YEAR = re.compile(r"^\s*(?:năm\s+)?((?:19|20)\d\d)\s*$", re.I)


def read_header_period(head: str, year: int, cutoff, ref_month, past_month) -> list:
    """A column header's period: its words ("Tháng 11/2024", "Quý I"), a bare year ("2023") or a
    bare day ("31/3/2025", a level then)."""
    m = BARE_YEAR.match(head)
    if m:
        y = int(m.group(1))
        return [Period("year", date(y, 1, 1), date(y, 12, 31))]
    bare = head.strip()
    dates = find_dates(bare)  # the genre's date reader: "31/3/2025", "31-3-2025", "ngày 31/3/2025"
    if len(dates) == 1 and dates[0][1] == len(bare) and DAY_WORD.fullmatch(bare[: dates[0][0]]):
        return [Period("as_of", dates[0][2], dates[0][2])]
    return find_periods(head, year, cutoff, ref_month, past_month)
