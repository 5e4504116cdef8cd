"""Tables saved one cell a line (an HTML table copied as text): their rows put back on one line."""

from __future__ import annotations

import re

from etl.column_gaps import COMPARISON_HEAD, MEASURE_WORDS, NUMBER_CELL, PERIOD_CELL

# A page copied from the browser keeps each cell of a table on its own line:
#   Chỉ tiêu / Tháng 7/2024 / Tháng 8/2024 / Số thuê bao … (triệu) / 22,7 / 22,9 / …
# Read line by line, the label and its numbers are apart and the numbers lose their columns'
# periods; put back as tab-separated rows, the table is read as any other.

# A header cell: a period (the one-space tables' period cells, and what a cell of its own may say
# besides: "năm 2022", "6 tháng đầu năm", "Cùng kỳ 2023"), maybe after what the column holds
# ("Thực hiện năm 2022", "Kế hoạch năm 2022"), or a column of targets or comparisons
PERIOD_WORDS = (
    rf"(?:{PERIOD_CELL}|(?:cả\s+)?năm\s+(?:19|20)\d\d|\d{{1,2}}\s+tháng(?:\s+đầu)?(?:\s+năm)?"
    r"|(?:cùng\s+kỳ|tháng\s+trước|kỳ\s+trước)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?"
    # ("Cuối năm 2024 / Hiện tại": a level's columns, the day it stood and the page's day)
    r"|(?:cuối|hết)\s+(?:năm\s+|tháng\s+\d{1,2}/|quý\s+[IV]{1,3}/)(?:19|20)\d\d|hiện\s+(?:tại|nay))"
)
COLUMN_WORDS = r"(?:kế\s+hoạch|thực\s+hiện|ước\s+thực\s+hiện|ước|kết\s+quả|mục\s+tiêu|chỉ\s+tiêu\s+giao|số\s+liệu)"
HEAD_CELL = re.compile(
    rf"(?:(?:(?:{COLUMN_WORDS}|chỉ\s+tiêu)\s+)?{PERIOD_WORDS}|{COLUMN_WORDS}|{COMPARISON_HEAD}|so\s+với\s+KH"
    r"|tỷ\s+lệ\s+hoàn\s+thành)\s*(?:\([^()]{1,20}\))?",
    re.I,
)
NUMBER_ONLY = re.compile(rf"[+\-–]?{NUMBER_CELL}")
# "22,9 triệu", "82,4%", "143,2 Mbps", "Hơn 1.250": a value cell of a two-column table
VALUE_CELL = re.compile(
    r"(?:(?:Hơn|Gần|Trên|Khoảng|Đạt)\s+)?\d[\d.,]*\s?(?:%|[^\W\d]+(?:\s[^\W\d]+){0,2})?", re.I
)
MAX_CELLS = 400
LABEL_CELL = re.compile(r"[^\W\d][^.;!?]{2,120}")


def is_label(line: str) -> bool:
    """A row's label cell: words (digits inside allowed), no sentence end, not a header cell."""
    return bool(LABEL_CELL.fullmatch(line)) and not HEAD_CELL.fullmatch(line)


def next_cell(lines: list[str], i: int) -> str:
    """The first non-blank line after line i, within two lines ('' if none)."""
    return next((ln.strip() for ln in lines[i + 1 : i + 3] if ln.strip()), "")


# A page's number alone between blank lines, or "Trang 3/7", between a table's cells: tables are
# put together before normalize.drop_layout_lines drops a page's furniture, so they skip it here
LONE_NUMBER = re.compile(r"\d{1,3}")
PAGE_MARK = re.compile(r"Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?", re.I)


def cells_from(lines: list[str], i: int, most: int = MAX_CELLS) -> list[tuple[int, str]]:
    """The non-blank lines from line i on, each with its index, up to two blank lines in a row."""
    cells, blanks = [], 0
    for j in range(i, min(len(lines), i + most)):
        line = lines[j].strip()
        if not line:
            blanks += 1
            if blanks > 1:
                break
            continue
        if PAGE_MARK.fullmatch(line) or (LONE_NUMBER.fullmatch(line) and stands_apart(lines, j)):
            blanks = -1  # "58,4 / (blank) / 7 / (blank) / 67,9": the page's number between cells
            continue
        blanks = 0
        if "\t" in line or "|" in line or len(line) > 150:
            break
        cells.append((j, line))
    return cells


def stands_apart(lines: list[str], j: int) -> bool:
    """Whether line j stands between blank lines, after cells that stood one a line."""
    around = [lines[k].strip() if 0 <= k < len(lines) else "" for k in (j - 3, j - 2, j - 1, j + 1)]
    return bool(around[0] and around[1]) and not around[2] and not around[3]


def count_heads(cells: list[tuple[int, str]]) -> int:
    """How many period or comparison cells follow the first (label) cell of a header."""
    k = 0
    while k + 1 < len(cells) and HEAD_CELL.fullmatch(cells[k + 1][1]):
        k += 1
    return k


def read_rows(cells: list[tuple[int, str]], start: int, k: int, value) -> list[list[str]]:
    """Rows of a label cell then k value cells, from cells[start] on, while they keep that shape."""
    rows, n = [], start
    while n + k < len(cells):
        group = [line for _, line in cells[n : n + k + 1]]
        if not is_label(group[0]) or not all(value.fullmatch(c) for c in group[1:]):
            break
        rows.append(group)
        n += k + 1
    return rows


def is_word_cell(cell: str) -> bool:
    """A header's cell: a few words, no figure, no sentence end ("Tỉnh, thành phố", "Điểm")."""
    return len(cell) <= 80 and not re.search(r"\d|[.:;!?]$", cell.rstrip(" )"))


def read_shaped_rows(cells: list[tuple[int, str]], n: int) -> list[list[str]]:
    """Rows of n cells after a header of n, while each has the first row's mix of numbers and
    words, with a number in it ("1 / Bắc Giang / 89,42 / 68,5")."""
    rows, shape = [], None
    for at in range(n, len(cells) - n + 1, n):
        group = [line for _, line in cells[at : at + n]]
        mix = tuple(bool(NUMBER_ONLY.fullmatch(c)) for c in group)
        if shape is None and (not any(mix) or all(mix)):
            break
        # (words a label, or a unit's cell: "%", "cuộc", "triệu giao dịch")
        words = [c for m, c in zip(mix, group, strict=True) if not m]
        if (shape is not None and mix != shape) or not (
            any(is_label(c) for c in words) and all(is_word_cell(c) or is_label(c) for c in words)
        ):
            break
        shape = mix
        rows.append(group)
    return rows


def read_worded_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A table one cell a line under a header of words ("Xếp hạng / Tỉnh, thành phố / Điểm / Tỷ
    lệ … (%)"): its tab-separated lines and the index of the line after it, or None."""
    probe = cells_from(lines, i, 24)
    n = 0
    # (a column's time or aim among them: "Năm 2024", "Chỉ tiêu năm 2025", "Ước cả năm 2023")
    while n < min(len(probe), 7) and (
        is_word_cell(probe[n][1]) or (n >= 2 and HEAD_CELL.fullmatch(probe[n][1]))
    ):
        n += 1
    if not 2 <= n <= 6 or len(read_shaped_rows(probe, n)) < 2:
        return None
    cells = cells_from(lines, i)
    rows = read_shaped_rows(cells, n)
    table = ["\t".join(c for _, c in cells[:n])] + ["\t".join(r) for r in rows]
    return table, cells[n * (len(rows) + 1) - 1][0] + 1


def align_stacked(lines: list[str]) -> list[str]:
    """Tables saved one cell a line, as tab-separated rows (a header of periods) or 'label | value'."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        # (cheap test first: this runs for every line; a table's second cell is a period or a value)
        second = next_cell(lines, i) if line and "\t" not in line and len(line) <= 150 else ""
        opens = HEAD_CELL.fullmatch(second) or VALUE_CELL.fullmatch(second)
        cells = cells_from(lines, i) if opens else []
        k = count_heads(cells) if cells and not HEAD_CELL.fullmatch(line) else 0
        if k >= 1 and not re.search(r"\d", line):
            rows = read_rows(cells, k + 1, k, NUMBER_ONLY)
            if len(rows) >= 2:
                out += ["\t".join(c for _, c in cells[: k + 1])] + ["\t".join(r) for r in rows]
                i = cells[k + (k + 1) * len(rows)][0] + 1
                continue
        worded = read_worded_table(lines, i) if not opens and is_word_cell(line) else None
        if worded:
            out += worded[0]
            i = worded[1]
            continue
        # a key-figure box: three or more figures each over its label ("21,5%" / "Tỷ trọng …"),
        # under a title in capitals that is no row's label
        figures, after = read_figures_first(lines, i) if VALUE_CELL.fullmatch(line) else ([], i)
        if len(figures) >= 3:
            out += [figure_line(value, label) for value, label in figures]
            i = after
            continue
        if cells and is_title(line):
            out.append(lines[i])
            i += 1
            continue
        # no header: three or more label / value pairs in a row ("Số trạm BTS 5G" / "1.250")
        rows = read_rows(cells, 0, 1, VALUE_CELL) if cells else []
        if len(rows) >= 3:
            out += [f"{label} | {value}" for label, value in rows]
            i = cells[2 * len(rows) - 1][0] + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def is_title(line: str) -> bool:
    """Whether a line is a title in capitals ("ĐÀ NẴNG – CHUYỂN ĐỔI SỐ NĂM 2024 QUA NHỮNG CON SỐ")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def read_figures_first(lines: list[str], i: int) -> tuple[list[tuple[str, str]], int]:
    """(figure, label) pairs from line i on, each figure on the line over its label, and the
    line after the last of them."""
    cells = cells_from(lines, i, most=60)
    pairs, n = [], 0
    while n + 1 < len(cells):
        value, label = cells[n][1], cells[n + 1][1]
        if not VALUE_CELL.fullmatch(value) or not is_label(label) or VALUE_CELL.fullmatch(label):
            break
        pairs.append((value, label))
        n += 2
    return pairs, (cells[n - 1][0] + 1 if pairs else i)


# A label that names its measure ("Tỷ trọng kinh tế số …", "Xếp hạng …") reads before its figure;
# a noun the figure is a share of ("thủ tục hành chính được cung cấp …") after it
NAMES_MEASURE = re.compile(rf"(?:{MEASURE_WORDS}|Xếp\s+hạng|Mức\s+độ|Chỉ\s+số)\b", re.I)


def figure_line(value: str, label: str) -> str:
    """A key figure and its label as a line the cues read: "label | value", or "value label"."""
    # (a full stop ends each: the lines would otherwise be joined as one wrapped sentence)
    return f"{label} | {value}" if NAMES_MEASURE.match(label) else f"{value} {label}."
