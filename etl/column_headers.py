"""Tables saved from PDFs whose header cells run over several lines, and whose row labels wrap
onto an indented next line: one header line with a cell a column, one line a row.

    TT  Chỉ tiêu                    ĐVT   Kế hoạch    Thực hiện    Cùng kỳ
                                          năm 2024    9 tháng      9 tháng
                                                      năm 2024     năm 2023
    1   Tỷ lệ hồ sơ TTHC xử lý      %     85          78,64        69,12
        trực tuyến

becomes "TT   Chỉ tiêu   ĐVT   Kế hoạch năm 2024   Thực hiện 9 tháng năm 2024   …" over
"1   Tỷ lệ hồ sơ TTHC xử lý trực tuyến   %   85   78,64   69,12", which column_gaps then reads as
any table whose columns stand apart.
"""

from __future__ import annotations

import re

from etl.column_gaps import MEASURE_WORDS

# A cell: words one space apart; cells stand two spaces or more apart.
CELL = re.compile(r"\S+(?: \S+)*")
WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
# A row of figures ends on a number (or a dash for none), its cells three spaces or more apart
# (…or on a change: "-17,3%", "+0,7 điểm %")
ROW_END = re.compile(r"(?<= )(?:[+\-–]?[\d.,]+\s*(?:%|điểm\s*%?)?|-)\s*$")
# A header line names no figure: its only numbers are years or counts of months ("9 tháng")
FIGURE = re.compile(r"\d[\d.,]*\d%?|\d%")
# (…or a day a column is counted to: "(đến 31/8/2024)")
YEAR_OR_SPAN = re.compile(
    r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b|\b(?:19|20)\d\d\b|\b\d{1,2}\s+tháng\b|\b\d{1,2}/(?:19|20)\d\d\b"
)
MAX_HEADER_LINES = 4


def cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of a line with where each starts and ends."""
    return [(m.start(), m.end(), m.group()) for m in CELL.finditer(line)]


def is_row(line: str) -> bool:
    """Whether a line is a table row: three cells or more, the last a number."""
    return "   " in line and len(WIDE_GAP.findall(line)) >= 2 and bool(ROW_END.search(line))


def is_header_part(line: str) -> bool:
    """Whether a line may be part of a header over a table: cells apart or indented, no figure
    but years and spans, no sentence's end."""
    if not line.strip() or line.rstrip().endswith((".", ":", ";")):
        return False
    if "  " not in line.strip() and len(line) - len(line.lstrip()) < 8:
        return False
    return not FIGURE.search(YEAR_OR_SPAN.sub(" ", line))


def column_of(start: int, end: int, columns: list[tuple[int, int, str]]) -> int:
    """The column a cell spanning [start, end) falls in: the one starting nearest it (a PDF sets
    a header's words and its column's figures flush left; a narrow figure under a wide name
    overlaps it little)."""
    return min(range(len(columns)), key=lambda k: abs(columns[k][0] - start))


def merged_header(header: list[str], columns: list[tuple[int, int, str]]) -> str | None:
    """The header lines as one line with a cell a column, or None when a column has none."""
    parts: list[list[tuple[int, str]]] = [[] for _ in columns]
    for depth, line in enumerate(header):
        for a, b, text in cells(line):
            parts[column_of(a, b, columns)].append((depth, text))
    last = len(header) - 1
    for k in range(1, len(parts)):
        # "DVCTT" over "Số" and "Tỷ lệ (%)": a group's name stands over its first column only,
        # and the next one, named on the last line alone, is in the same group
        upper = [(d, t) for d, t in parts[k - 1] if d < last]
        if parts[k] and all(d == last for d, _ in parts[k]) and upper:
            parts[k] = upper + parts[k]
    # (the labels' column may have no name: "Tỷ lệ hồ sơ …" or "Bộ, ngành" under a blank corner)
    if not parts[0]:
        parts[0] = [(0, "Chỉ tiêu" if MEASURE_LABEL.match(columns[0][2]) else "Đơn vị")]
    if any(not p for p in parts):
        return None
    return "   ".join(read_as_named(p, last) for p in parts)


MEASURE_LABEL = re.compile(rf"(?:{MEASURE_WORDS})\b")
# A column's own name on the last header line that says what of its group it gives
WHAT_OF_GROUP = re.compile(r"(?P<what>Tỷ\s+lệ|Số(?:\s+lượng)?)\b\s*(?P<rest>.*)")


def read_as_named(part: list[tuple[int, str]], last: int) -> str:
    """A column's header words in the order the measure is named: "DVCTT" over "Tỷ lệ (%)" is
    "Tỷ lệ DVCTT (%)"."""
    upper = " ".join(t for d, t in part if d < last)
    lower = " ".join(t for d, t in part if d == last)
    what = WHAT_OF_GROUP.fullmatch(lower)
    if upper and what:
        return " ".join(x for x in (what["what"], upper, what["rest"]) if x)
    return " ".join(t for _, t in part)


# "2. Bắc Giang ................ 31,87": dot leaders between a label and its figure
DOT_LEADER = re.compile(r"(?<=\S) ?(?:\.{4,}|…{2,}|(?:\. ){4,}) ?(?=\d)")


def merge_stacked_headers(lines: list[str]) -> list[str]:
    """Lines of a table with its header over several lines joined into one, and its rows'
    wrapped labels joined to their rows (a dot leader read as the colon of a label and its figure)."""
    lines = [
        DOT_LEADER.sub(": ", line) if "...." in line or "……" in line else line for line in lines
    ]
    out: list[str] = []
    columns: list[tuple[int, int, str]] | None = None  # the table's, while rows go on
    for line in lines:
        if columns is not None and out and is_wrapped_label(line, columns):
            out[-1] = with_label_joined(out[-1], line, columns)
            continue
        if not is_row(line):
            columns = None
            out.append(line)
            continue
        columns = cells(line)
        k = len(out)
        while k > 0 and len(out) - k < MAX_HEADER_LINES and is_header_part(out[k - 1]):
            k -= 1
        header = out[k:]
        if (
            len(header) == 1
            and len(cells(header[0])) == len(columns)
            and WIDE_GAP.search(header[0])
        ):
            # ("STT  Chỉ tiêu      Tháng 12/2024 …": a cell a column, some two spaces apart)
            out[k:] = ["   ".join(text for _, _, text in cells(header[0]))]
        elif len(header) >= 2 and any(WIDE_GAP.search(h) for h in header):
            merged = merged_header(header, columns)
            if merged is not None:
                out[k:] = [merged]
        out.append(line)
    return out


def is_wrapped_label(line: str, columns: list[tuple[int, int, str]]) -> bool:
    """Whether a line is the rest of the row above's label: indented to a text column, no figure,
    a single cell."""
    text = line.strip()
    if re.fullmatch(r"\([^()\d]{1,20}\)", text):
        return True  # "(%)" under "Tỷ lệ hồ sơ trực tuyến toàn trình": the label's unit
    if not text or FIGURE.search(text) or "   " in text:
        return False
    indent = len(line) - len(line.lstrip())
    k = column_of(indent, indent + len(text), columns)
    return indent >= 3 and not re.fullmatch(r"[\d.,%\s-]+", columns[k][2])


def with_label_joined(row: str, line: str, columns: list[tuple[int, int, str]]) -> str:
    """The row with a wrapped line joined to the cell it falls under."""
    indent = len(line) - len(line.lstrip())
    text = line.strip()
    k = column_of(indent, indent + len(text), columns) if indent else 0
    row_cells = cells(row)
    if len(row_cells) != len(columns):
        return row
    texts = [c[2] for c in row_cells]
    texts[k] = f"{texts[k]} {text}"
    return "   ".join(texts)
