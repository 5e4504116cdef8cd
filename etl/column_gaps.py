"""Tables saved as text with their columns set apart by runs of spaces: tabs between the cells."""

from __future__ import annotations

import re

from etl.sentences import UPPER

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
    """Lines of a table whose columns stand two spaces apart, with tabs between their cells
    (or one wide gap: "Tỉnh/thành phố          Tỷ trọng … (%)" over "Thái Nguyên      38,71")."""
    lines = align_pairs(lines)
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


def align_pairs(lines: list[str]) -> list[str]:
    """Three lines or more in a row, each two cells three spaces or more apart, every one but
    the first ending on a number: a two-column table, with a tab between its cells."""
    wide = [("\t" not in line and len(COLUMN_GAP.findall(line)) == 1) for line in lines]
    out, i = list(lines), 0
    while i < len(lines):
        j = i
        while j < len(lines) and wide[j]:
            j += 1
        if j - i >= 3 and all(ENDS_ON_NUMBER.search(line) for line in lines[i + 1 : j]):
            out[i:j] = [COLUMN_GAP.sub("\t", line) for line in lines[i:j]]
        i = max(j, i + 1)
    return out


# "Chỉ tiêu Đơn vị tính Đến 31/12/2024 Đến 31/3/2025" over "Thuê bao băng rộng di động Triệu thuê
# bao 88,6 89,4": a table whose cells lost even their double spaces. Its header ends on two or
# more periods (and maybe a comparison column); the rows under it end on as many numbers; an index
# column ("STT") and a unit column ("Đơn vị tính") are split off each row's label, the unit by the
# unit words the label ends on.
PERIOD_CELL = (
    r"(?:(?:Đến|Tính\s+đến|Lũy\s+kế\s+đến)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d"
    r"|\d{1,2}\s+tháng\s+(?:đầu\s+)?năm\s+(?:19|20)\d\d"
    r"|(?:Tháng|Quý|Năm|Kỳ)\s+(?:\d{1,2}|[IV]{1,3})(?:/(?:19|20)\d\d)?|(?:19|20)\d\d)"
)
COMPARISON_HEAD = r"(?:So\s+sánh|Tăng\s*/\s*giảm|Thay\s+đổi)"
PERIODS_AT_END = re.compile(
    # (case kept: "Đơn vị tính Đến 31/12/2024" is a unit column, then a period)
    rf"^(?P<head>\S.*?)\s(?P<periods>{PERIOD_CELL}(?:\s{PERIOD_CELL})+)(?:\s(?P<compared>{COMPARISON_HEAD}))?\s*$"
)
# The words a measure's name opens on ("Tỷ lệ …", "Tỷ trọng …", "Số lượng …", "Tốc độ …", "Tổng số …"),
# read by the table layouts that must tell a measure's row or label from a place's or a level's
MEASURE_WORDS = r"T[ỷỉ]\s+(?:lệ|trọng)|Số(?:\s+lượng)?|Tốc\s+độ|Tổng(?:\s+số)?"
NUMBER_CELL = r"[\d.,]+(?:\s?%)?"
INDEX_COLUMN = re.compile(r"^(?:STT|TT)\s", re.I)
UNIT_COLUMN = re.compile(r"\s(?P<unit>Đơn\s+vị(?:\s+tính)?|ĐVT)$", re.I)
UNIT_TAIL = re.compile(
    r"\s(?P<unit>(?:Triệu|Nghìn|Tỷ)(?:\s+(?:thuê\s+bao|đồng|hồ\s+sơ|giao\s+dịch|tài\s+khoản|trạm|cuộc))?"
    r"|%|Mbps|Trạm|Thuê\s+bao|Hồ\s+sơ|Giao\s+dịch|Tài\s+khoản|Cuộc|Địa\s+chỉ(?:\s+IP)?|Dịch\s+vụ|Thủ\s+tục)$",
    re.I,
)


# "Khối Cấp kết quả điện tử Tái sử dụng dữ liệu" over "Bộ, ngành 80,4 % 35,0 %": a header of
# measures, each cell opening on a capital; split only when it has one cell more than the rows have
# numbers (a name inside a cell, "Cổng", "EMC", leaves it as written)
CELL_OPENING = re.compile(rf"(?:^|\s)(?=[{UPPER}])")


def align_measures(lines: list[str], i: int) -> list[str] | None:
    """A one-space table under a header of measures, as tab-separated lines; None if it is not."""
    line = lines[i]
    # (cheap tests first: this runs for every line; the next two must end on numbers)
    if i + 2 >= len(lines) or not (
        ENDS_ON_NUMBER.search(lines[i + 1]) and ENDS_ON_NUMBER.search(lines[i + 2])
    ):
        return None
    if "\t" in line or re.search(r"\d", line) or len(line) > 150:
        return None
    starts = [m.end() for m in CELL_OPENING.finditer(line)]
    if not starts:
        return None
    heads = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    k = len(heads) - 1
    if k < 2:
        return None
    rows = rows_under(lines, i, k)
    if len(rows) < 2:
        return None
    cells = ["\t".join(heads)]
    cells += ["\t".join([m["label"], *re.findall(NUMBER_CELL, m["nums"])]) for m in rows]
    return cells


def rows_under(lines: list[str], i: int, k: int, compared: bool = False) -> list[re.Match]:
    """The lines after line i that end on k numbers (and a signed change, when compared)."""
    change = rf"\s[+\-–]?{NUMBER_CELL}" if compared else ""
    row = re.compile(
        rf"^(?P<label>\S.*?[^\d\s.,])\s(?P<nums>{NUMBER_CELL}(?:\s{NUMBER_CELL}){{{k - 1}}})"
        rf"(?P<compared>{change})\s*$"
    )
    rows = []
    for below in lines[i + 1 :]:
        m = row.match(below) if "\t" not in below else None
        if m is None:
            break
        rows.append(m)
    return rows


def align_spaced(lines: list[str]) -> list[str]:
    """Lines of a table whose cells stand one space apart, with tabs between their cells."""
    out = list(lines)
    for i, line in enumerate(lines):
        # (a header is a short line: a long one is never tried against the pattern)
        header = PERIODS_AT_END.match(line) if "\t" not in line and len(line) < 300 else None
        if header is None:
            measures = align_measures(lines, i)
            if measures:
                out[i : i + len(measures)] = measures
            continue
        periods = re.findall(PERIOD_CELL, header["periods"])
        rows = rows_under(lines, i, len(periods), bool(header["compared"]))
        if len(rows) < 2:
            continue
        out[i : i + 1 + len(rows)] = spaced_cells(header, periods, rows)
    return out


def spaced_cells(header: re.Match, periods: list[str], rows: list[re.Match]) -> list[str]:
    """The header and rows of a one-space table as tab-separated lines."""
    head = header["head"]
    index = INDEX_COLUMN.match(head)
    unit_column = UNIT_COLUMN.search(head)
    first = [head[: index.end()].strip()] if index else []
    label = head[index.end() if index else 0 : unit_column.start() if unit_column else len(head)]
    extra = [header["compared"]] if header["compared"] else []
    lines = [
        "\t".join(
            [*first, label, *([unit_column["unit"]] if unit_column else []), *periods, *extra]
        )
    ]
    for m in rows:
        words = m["label"]
        number = re.match(r"\d{1,3}\.?\s", words) if index else None
        first = [number.group().strip()] if number else [""] if index else []
        words = words[number.end() :] if number else words
        unit = UNIT_TAIL.search(words) if unit_column else None
        cells = [words[: unit.start()], unit["unit"]] if unit else [words]
        cells += [""] if unit_column and not unit else []
        nums = re.findall(NUMBER_CELL, m["nums"])
        extra = [m["compared"].strip()] if m["compared"] else []
        lines.append("\t".join([*first, *cells, *nums, *extra]))
    return lines
