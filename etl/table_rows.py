"""Table rows in a text: the label names the indicator, each column's header its period or level
(mixed into DocumentExtractor)."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.aim_words import TARGET_WORDS
from etl.clauses import blank_spans
from etl.cues import Scope, indicator_units
from etl.entity_rows import ENTITY_HEAD, WHOLE_COUNTRY, WHOLE_LEVEL, EntityRows
from etl.gates import search
from etl.indicator_periods import RUNNING_WORDS
from etl.list_items import list_item_breakdown
from etl.normalize import Paragraph
from etl.numbers import Quantity, find_quantities
from etl.period_patterns import opens_forward
from etl.period_rows import PERIOD_HEAD, PeriodRows
from etl.periods import Period, find_periods
from etl.phrases import PER_100_WORDS, UPLOAD
from etl.provinces import one_province
from etl.table_words import (
    DAILY_LABEL,
    DATE_HEAD,
    NOT_A_RESULT,
    RATE_WORD,
    READ_UP_TO,
    UNIT_BRACKET,
    caption_above,
    column_named,
    dated_before,
    estimates_ahead,
    named_as_share,
    read_header_period,
    read_label_unit,
    sourced_elsewhere,
    written_unit,
)
from etl.time_shifts import shift_to_year, step_period


class TableRows(EntityRows, PeriodRows):
    """Reads one table row at a time against its header."""

    def extract_table_row(
        self, para: Paragraph, cells: list[tuple[int, str]], header: list[tuple[int, str]]
    ) -> None:
        """Extract a table row: the label names the indicator; a column's header gives its
        period ("Tháng 8/2025") or its level ("Bộ, ngành"), the first header cell the rest."""
        # "Stt | Chỉ tiêu | …": a first column of row numbers puts the label in the second
        first = 1 if len(header) > 2 and len(cells) >= 2 and INDEX_HEAD.match(header[0][1]) else 0
        # "Tháng | Số giao dịch | …" over "7/2024 | …" (not "Năm | 2022 | 2023" over a measure's row)
        if (
            not first
            and PERIOD_HEAD.match(header[0][1])
            and self.extract_period_row(para, cells, header)
        ):
            return
        if ENTITY_HEAD.match(header[first][1]):
            if first and len(cells) == len(header) - 1 and not INDEX_CELL.match(cells[0][1]):
                # "Bình quân khối địa phương | 61,2% | 38,4%": a summary row with no number
                cells = [(cells[0][0], ""), *cells]
            self.extract_entity_row(para, cells, header, first)
            return
        label = cells[first][1]
        # "Tỷ lệ hồ sơ xử lý trực tuyến (%) | Tháng 7/2024 | …" over "Cả nước | 45,2 | …", "Bộ,
        # ngành | 61,4 | …": the corner names the measure, each row its level
        whole = WHOLE_LEVEL.match(label)
        row_level = ("ministries" if whole["m"] else "localities") if whole else None
        row_level = "national" if WHOLE_COUNTRY.match(label) else row_level
        label = header[first][1] if row_level else label
        if UPLOAD.search(label):
            return  # "Tốc độ tải lên …": the catalog's speeds are download speeds
        if search(TARGET_WORDS, label):
            return  # "Kế hoạch năm 2025 – tỷ lệ hồ sơ trực tuyến | 90%": an aim, not a result
        if sourced_elsewhere(cells, header):
            return  # "… | 79,1% | DataReportal | 01/2024": a vendor's or a survey's figure
        unit_hint, scale = read_label_unit(label)
        # "Chỉ tiêu | Đơn vị | Tháng 4/2025 | …": the unit in a column of its own
        unit_col = column_named(header, UNIT_HEAD)
        if unit_col is not None and unit_col < len(cells):
            # (read as a label's bracket: "%", "Mbps", "Triệu thuê bao", "tỷ đồng")
            written_hint, written_scale = read_label_unit(f"({cells[unit_col][1]})")
            unit_hint, scale = unit_hint or written_hint, scale or written_scale
        if PER_100_WORDS.search(label) and unit_hint is None:
            unit_hint = "per_100"  # "Số thuê bao băng rộng di động/100 dân | 85,2"
        # the caption names what the rows count: "Bảng 2. Kết quả trên Cổng Dịch vụ công quốc gia"
        caption = self.caption(header)
        if unit_hint is None:
            # "Chỉ tiêu (%)" over the labels, or "Bảng 1. … (đơn vị: %)" over the table
            unit_hint = read_label_unit(header[first][1])[0] or read_label_unit(caption)[0]
        if unit_hint is None and RATE_WORD.match(label):
            unit_hint = "percent"  # "Tỷ lệ hồ sơ trực tuyến toàn trình | 48,9 | 35,2": a share
        if unit_hint is None and scale is None:
            scale = read_label_unit(caption)[1]  # "Đơn vị tính: triệu giao dịch" over the table
        # (…and the page's title: "Cổng Dịch vụ công quốc gia quý III/2024: …" names the portal a
        # row "Hồ sơ trực tuyến nộp qua Cổng" counts on)
        context = caption + " " + label + " " + self.title_line()
        caption_place = one_province(caption)
        caption_periods = self.caption_periods(caption)
        # "Bảng 1. … quý I/2025" above "Tháng 1 | Tháng 2": the caption's year dates the months
        year = caption_periods[-1].end.year if caption_periods else self.year
        corner = find_periods(header[0][1], year, self.cutoff, self.ref_month, self.past_month)
        # "Tháng 5/2025 | Tháng trước | Cùng kỳ 2024": columns named from the dated one before them
        # ("Quý I | Quý II | 6 tháng đầu năm 2025 | Cùng kỳ năm 2024": the half's), else the first
        references = dated_before(
            header, first, lambda h: read_header_period(h, year, self.cutoff, None, None)
        )
        # "Lũy kế cả năm 2024 | 10.450 cuộc", "Số địa chỉ IP botnet (tại 31/12/2024) | 486.200": a
        # row's own period, under a column that names none; the cues read the label without it
        in_label = [
            p
            for p in find_periods(label, year, self.cutoff, self.ref_month, self.past_month)
            if p.kind != "day_avg"  # ("Bình quân mỗi ngày" says what the figure is)
        ]
        label_spans = [(p.text_start, p.text_end) for p in in_label]
        # ("Tổng số giao dịch … lũy kế từ năm 2019": where a running total starts, no period)
        in_label = [p for p in in_label if not opens_forward(label, p.text_start, p.text_end)]
        label = blank_spans(label, label_spans, 0, len(label))
        dated = column_named(header, DATE_HEAD, 1)
        on_row = (
            read_header_period(cells[dated][1], year, self.cutoff, None, None)
            if dated is not None and dated < len(cells)
            else []
        )
        for j, (offset, cell) in enumerate(cells[first + 1 :], start=first + 1):
            if j in (unit_col, dated):
                continue
            head = header[j][1] if j < len(header) else ""
            if NOT_A_RESULT.search(head) or estimates_ahead(head, self.cutoff):
                continue  # "Kế hoạch năm 2025", "So với KH (%)": a target, a ratio to it
            if BELOW_PROVINCE_HEAD.match(head) or (
                self.subject == "province" and PROVINCE_LEVEL_HEAD.match(head)
            ):
                continue  # a province's "Cấp tỉnh | Cấp huyện | Cấp xã | Toàn tỉnh": its parts
            periods = (
                relative_column(head, references[j])
                or read_header_period(head, year, self.cutoff, self.ref_month, self.past_month)
                or on_row
                or in_label
                or corner
                or caption_periods
            )
            if caption_periods:
                periods = [replace(p, relative="") if p.relative == "year" else p for p in periods]
                # ("Trong tháng" under "Số liệu … tháng 9/2024": the caption's month)
                periods = [
                    next((c for c in caption_periods if c.kind == p.kind), p)
                    if p.relative == "month"
                    else p
                    for p in periods
                ]
            quantities = find_quantities(cell, self.dot_decimals)
            if len(quantities) != 1 or search(TARGET_WORDS, cell):
                continue  # (a note's "mục tiêu 2024: 50%" is an aim)
            q = written_unit(quantities[0], unit_hint, scale)
            period = next((p for p in periods if p.kind != "date"), None)
            if period is None and periods and READ_UP_TO.search(head):
                day = periods[0].end  # "Thực hiện đến 31/5/2025": the level on that day
                period = Period("as_of", day, day)
            if period is not None and DAILY_LABEL.search(label):
                period = Period("day_avg", period.start, period.end)  # "Bình quân mỗi ngày"
            # a cell stands where a sentence would say "… đạt": cues that need the verb read it
            # ("Lũy kế đến 30/6/2024" over the column: each cell is the running total)
            running = " lũy kế" if RUNNING_COLUMN.match(head) else ""
            # (the cell's own noun after it: "10.450 cuộc")
            after = cell[quantities[0].end :]
            scope = Scope(label + running + " đạt ", label + " ", after, context)
            row = self.match_cues(q, scope, period, period is not None)
            share = named_as_share(label) if row is None and q.unit == "percent" else None
            if share:  # a share's row named without "Tỷ lệ": "Hồ sơ xử lý trực tuyến | 45,6%"
                rate = Scope(share + running + " đạt ", share + " ", after, context)
                row = self.match_cues(q, rate, period, period is not None)
            if row is None and in_label and period in in_label:
                row = self.continue_row_above(q, scope, period, label, header)
            if row is None:
                continue
            # (its unit bracket out: "Bộ, ngành (%)")
            named = UNIT_BRACKET.sub("", head)
            level = list_item_breakdown(
                f"{named} ({cell})", replace(q, qual_start=len(named) + 2), ""
            )
            # the column's one province ("Kết quả 6 tháng đầu năm 2024 (TP. Hồ Chí Minh)"), or the
            # caption's for every column ("Bảng 2. Một số chỉ tiêu hạ tầng số tỉnh Lào Cai")
            place = one_province(head) or caption_place
            if row_level:
                row["breakdown"] = row_level
            elif level and row["breakdown"] == "national":
                row["breakdown"] = level
            elif row["breakdown"] == "national" and place:
                row["breakdown"] = place
            elif row["breakdown"] == "national" and self.subject == "province" and self.province:
                row["breakdown"] = self.province  # a province's own table ("UBND TỈNH …")
            self.add_table_row(row, para, offset, q, header)

    def cell_row(self, q: Quantity, words: str, period: Period | None) -> dict | None:
        """The row a cell's number makes when `words` name it (their periods read past, as in a
        sentence: "Tỷ lệ hồ sơ trực tuyến 9 tháng năm 2025"), or None."""
        spans = [(p.text_start, p.text_end) for p in find_periods(words, self.year, self.cutoff)]
        words = blank_spans(words, spans, 0, len(words))
        scope = Scope(before=words + " ", bare=words + " ", after="", context=words)
        return self.match_cues(q, scope, period, period is not None)

    def continue_row_above(self, q, scope: Scope, period, label: str, header) -> dict | None:
        """ "| Lũy kế cả năm 2024 | 10.450 cuộc |" under "| Số cuộc tấn công mạng … | 2.914 cuộc |":
        a label that names only a period goes on with the figure of the row above."""
        last = self.rows[-1] if self.rows else None
        if (
            last is None
            or not PERIOD_ONLY_LABEL.fullmatch(label)
            or last["anchor"] != " | ".join(c for _, c in header)
            or indicator_units()[last["indicator"]] != q.unit
        ):
            return None
        row = self.match_cues(q, scope, period, True, only=last["indicator"])
        if row is not None:
            row["rule_id"] = f"{row['indicator']}:row_above"
        return row

    def add_table_row(
        self, row: dict, para: Paragraph, offset: int, q: Quantity, header: list[tuple[int, str]]
    ) -> None:
        """Record a table cell's row, quoting its whole line and pointing at the cell's number."""
        row.update(
            {
                "quote": self.nt.text[para.start : para.end],
                "quote_start": para.start,
                "quote_end": para.end,
                "value_start": offset + q.start,
                "value_end": offset + q.end,
                "anchor": " | ".join(c for _, c in header),
            }
        )
        self.rows.append(row)

    def title_line(self) -> str:
        """The document's first line, its title."""
        first = self.nt.paragraphs[0] if self.nt.paragraphs else None
        return self.nt.text[first.start : first.end][:200] if first else ""

    def caption(self, header: list[tuple[int, str]]) -> str:
        """The line above a table's header ("Bảng 2. Kết quả trên Cổng Dịch vụ công quốc gia")."""
        start = self.nt.text.rfind("\n", 0, header[0][0]) + 1  # (past a "| " opening the row)
        return caption_above(self.nt.text[max(0, start - 300) : start])

    def caption_periods(self, line: str) -> list:
        """The periods with a year of their own in a table's caption."""
        found = find_periods(line, self.year, self.cutoff, self.ref_month, self.past_month)
        return [p for p in found if not p.relative and p.kind != "date"]


INDEX_CELL = re.compile(r"^\s*\d{1,3}\.?\s*$")
# A header over row numbers, and over a column of units
# ("Xếp hạng | Tỉnh, thành phố | …": a ranking's places number its rows)
INDEX_HEAD = re.compile(
    r"^\s*(?:STT|Stt|stt|TT|Số\s+TT|(?-i:Xếp\s+hạng|Thứ\s+hạng|Hạng|Thứ\s+tự))\s*$"
)
UNIT_HEAD = re.compile(r"^\s*(?:Đơn\s+vị(?:\s+tính)?|ĐVT)\s*$", re.I)
STEP_HEAD = re.compile(r"^\s*(?P<unit>tháng|quý|kỳ)\s+trước\s*$", re.I)
RUNNING_HEAD = re.compile(
    r"^\s*(?:Lũy|Luỹ)\s+kế(?:\s+từ\s+(?:năm\s+)?(?:khi\s+[^\d]{0,30})?(?:(?:19|20)\d\d)?)?(?:\s+đến\s+nay)?\s*$",
    re.I,
)
# A row label that is only a period once the period is blanked: "Lũy kế cả năm 2024", "Riêng quý IV"
PERIOD_ONLY_LABEL = re.compile(
    r"[\W\s]*(?:(?:lũy\s+kế|cộng\s+dồn|tổng\s+cộng|tính\s+chung|riêng|cả|trong|từ|đến|hết|tính\s+đến)"
    r"\b[\W\s]*)*",
    re.I,
)
# "Lũy kế đến 30/6/2024", "Lũy kế từ năm 2019" over a column: running totals (not "Lũy kế 6
# tháng", a year-to-date flow, nor "Tổng cộng", a sum across the row)
RUNNING_COLUMN = re.compile(rf"\W*{RUNNING_WORDS}\b", re.I)
# Columns of a province's own levels: its districts and communes, or (on its own page) its
# provincial bodies, parts of "Toàn tỉnh"
BELOW_PROVINCE_HEAD = re.compile(r"\s*(?:cấp\s+)?(?:huyện|xã|phường|thị\s+trấn)\b", re.I)
PROVINCE_LEVEL_HEAD = re.compile(r"\s*cấp\s+tỉnh\b", re.I)
YEAR_AGO_HEAD = re.compile(r"^\s*cùng\s+kỳ(?:\s+năm)?\s+(?:(?P<y>(?:19|20)\d\d)|trước)\s*$", re.I)


def relative_column(head: str, reference: Period | None) -> list:
    """A header named from the table's dated column: "Tháng trước", "Cùng kỳ 2024"."""
    if reference is None:
        return []
    step = STEP_HEAD.match(head)
    if step:
        return [step_period(reference, step.group("unit"))]
    if RUNNING_HEAD.match(head):  # "Lũy kế từ năm 2019": the running total at the column's end
        return [Period("as_of", reference.end, reference.end)]
    ago = YEAR_AGO_HEAD.match(head)
    if ago:
        year = int(ago.group("y")) if ago.group("y") else reference.end.year - 1
        return [shift_to_year(reference, year)]
    return []
