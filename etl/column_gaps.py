"""Tables saved as text with their columns set apart by runs of spaces: tabs between the cells."""

from __future__ import annotations

import re

# "Tỷ lệ hồ sơ trực tuyến (%)          61,20          48,75": a table saved from a PDF with its
# columns kept apart by runs of spaces; three cells or more make it a table row (one gap is a
# letterhead's "Số: …          Hà Nội, ngày …").
COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def align_cells(line: str) -> str:
    """A line whose columns are set apart by runs of spaces, with tabs between its cells."""
    if "   " not in line or len(COLUMN_GAP.findall(line)) < 2:
        return line
    return COLUMN_GAP.sub("\t", line)


# "Chỉ tiêu  Quý II/2023  Quý I/2023" over "Tỷ lệ hồ sơ trực tuyến toàn trình (%)  35,1  30,4":
# columns two spaces apart, a table only when three lines or more in a row have as many gaps and
# each but the first ends on a number (prose with stray double spaces does not)
NARROW_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
ENDS_ON_NUMBER = re.compile(r"(?<= )[\d.,]+\s*%?\s*$")


def align_narrow(lines: list[str]) -> list[str]:
    """Lines of a table whose columns stand two spaces apart, with tabs between their cells."""
    gaps = [0 if "\t" in line else len(NARROW_GAP.findall(line)) for line in lines]
    out, i = list(lines), 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and gaps[i] >= 2 and gaps[j] == gaps[i]:
            j += 1
        if j - i >= 3 and all(ENDS_ON_NUMBER.search(line) for line in lines[i + 1 : j]):
            out[i:j] = [NARROW_GAP.sub("\t", line) for line in lines[i:j]]
        i = j
    return out


# "Chỉ tiêu Đơn vị tính Đến 31/12/2024 Đến 31/3/2025" over "Thuê bao băng rộng di động Triệu thuê
# bao 88,6 89,4": a table whose cells lost even their double spaces. Its header ends on two or
# more periods; the rows under it end on as many numbers; a unit column ("Đơn vị tính") is split
# off each row's label by the unit words it ends on.
PERIOD_CELL = (
    r"(?:(?:Đến|Tính\s+đến|Lũy\s+kế\s+đến)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d"
    r"|(?:Tháng|Quý|Năm|Kỳ)\s+(?:\d{1,2}|[IV]{1,3})(?:/(?:19|20)\d\d)?|(?:19|20)\d\d)"
)
PERIODS_AT_END = re.compile(
    rf"^(?P<head>\S.*?)\s(?P<periods>{PERIOD_CELL}(?:\s{PERIOD_CELL})+)\s*$"
)
UNIT_COLUMN = re.compile(r"\s(?P<unit>Đơn\s+vị(?:\s+tính)?|ĐVT)$", re.I)
UNIT_TAIL = re.compile(
    r"\s(?P<unit>(?:Triệu|Nghìn|Tỷ)(?:\s+(?:thuê\s+bao|đồng|hồ\s+sơ|giao\s+dịch|tài\s+khoản|trạm|cuộc))?"
    r"|%|Mbps|Trạm|Thuê\s+bao|Hồ\s+sơ|Giao\s+dịch|Tài\s+khoản|Cuộc|Địa\s+chỉ(?:\s+IP)?|Dịch\s+vụ|Thủ\s+tục)$"
)


def align_spaced(lines: list[str]) -> list[str]:
    """Lines of a table whose cells stand one space apart, with tabs between their cells."""
    out = list(lines)
    for i, line in enumerate(lines):
        header = PERIODS_AT_END.match(line) if "\t" not in line else None
        if header is None:
            continue
        periods = re.findall(PERIOD_CELL, header["periods"])
        row = re.compile(
            rf"^(?P<label>\S.*?[^\d\s.,])\s(?P<nums>[\d.,]+(?:\s[\d.,]+){{{len(periods) - 1}}})\s*$"
        )
        rows = []
        for below in lines[i + 1 :]:
            m = row.match(below) if "\t" not in below else None
            if m is None:
                break
            rows.append(m)
        if len(rows) < 2:
            continue
        head, unit_column = header["head"], UNIT_COLUMN.search(header["head"])
        cells = [[head[: unit_column.start()], unit_column["unit"]] if unit_column else [head]]
        cells[0] += periods
        for m in rows:
            unit = UNIT_TAIL.search(m["label"]) if unit_column else None
            label = [m["label"][: unit.start()], unit["unit"]] if unit else [m["label"]]
            cells.append(label + ([""] if unit_column and not unit else []) + m["nums"].split())
        out[i : i + 1 + len(rows)] = ["\t".join(c) for c in cells]
    return out
