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
