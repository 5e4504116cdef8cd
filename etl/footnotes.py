"""Footnotes in report text: how a document marks them ("[1]", superscripts, digits glued to
words, "(1)"), their bodies cut out of the lines, and the markers taken out of the main text
with each one's offset (read by etl/normalize.py)."""

from __future__ import annotations

import re

from etl.gates import quicken

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_VALUE = {c: str(i) for i, c in enumerate(SUPERSCRIPT_DIGITS)}


def split_footnotes(lines: list[str], style: str | None) -> tuple[list[str], dict[int, str]]:
    """Cut footnote bodies out of the line list (marked in `style`, detect_footnote_style's);
    return main lines and bodies by number."""
    bodies: dict[int, str] = {}
    main: list[str] = []
    i = 0
    expected = 1
    while i < len(lines):
        if NOTES_RULE.fullmatch(lines[i]):
            # (a Word page's rule over its notes: the first may be "4", earlier ones on pages before)
            if style == "digits" and opens_notes(lines, i):
                expected = int(FOOTNOTE_STARTS["digits"].match(lines[i + 1]).group(1))
            i += 1
            continue
        number, rest = match_footnote_start(lines[i], style, expected)
        if number is None:
            main.append(lines[i])
            i += 1
            continue
        body = [rest] if rest.strip() else []
        i += 1
        while i < len(lines):
            nxt = lines[i]
            if not nxt.strip():
                if body:
                    break
                i += 1
                continue
            if match_footnote_start(nxt, style, number + 1)[0] is not None:
                break
            if style == "digits" and body and body[-1].rstrip().endswith((".", "…")):
                break  # PDF page foot: main text resumes after a complete body
            body.append(nxt)
            i += 1
        bodies[number] = " ".join(b.strip() for b in body)
        expected = number + 1
    return main, bodies


def starts_a_line_with_superscript(text: str) -> bool:
    """Whether re.search(rf"(?m)^\\s*[{SUPERSCRIPT_DIGITS}]+\\s", text) finds a match."""
    # Found from the superscripts: only spaces before one on its line (what "^\s*" takes, over
    # blank lines too), and a space after its run.
    for m in SUPERSCRIPT_RUN.finditer(text):
        if m.end() < len(text) and text[m.end()].isspace():
            line = text.rfind("\n", 0, m.start()) + 1
            if not text[line : m.start()].strip():
                return True
    return False


def detect_footnote_style(lines: list[str]) -> str | None:
    """Tell how a document marks footnotes: `[1]`, superscripts, or digits glued to words."""
    joined = "\n".join(lines)
    # (Each regex only where the text holds what it needs: each tried every position of it.)
    if "[1]" in joined and re.search(r"(?m)^\s*\[1\]", joined) and re.search(r"\S\s*\[1\]", joined):
        return "brackets"
    if starts_a_line_with_superscript(joined):
        return "superscript"
    # (…or under the rule a page's notes begin with: "______" over "4 Tính đến ngày …")
    first_note = re.search(r"(?m)^1 [A-ZĐÀ-Ỹ]", joined) or any(
        NOTES_RULE.fullmatch(line) and opens_notes(lines, i) for i, line in enumerate(lines)
    )
    if first_note and re.search(r"[^\W\d_]\d{1,2}(?=[\s.,;:])", joined):
        return "digits"
    # "… tăng trưởng nhanh(1)." over "(1) Năm 2023, kinh tế số chiếm …" (a Word notice's notes)
    if (
        "(1)" in joined
        and re.search(r"(?m)^\s*\(1\) ", joined)
        and re.search(r"[^\W\d_]\(1\)", joined)
    ):
        return "parens"
    return None


NOTES_RULE = re.compile(r"\s*_{5,}\s*")


def opens_notes(lines: list[str], i: int) -> bool:
    """Whether the line after a rule starts a numbered note ("4 Tính đến ngày …")."""
    return i + 1 < len(lines) and bool(FOOTNOTE_STARTS["digits"].match(lines[i + 1]))


# A footnote body's first line in each style, compiled once: every line is read twice or more.
FOOTNOTE_STARTS = {
    "brackets": re.compile(r"^\s*\[(\d{1,2})\]\s*(.*)$"),
    "superscript": re.compile(rf"^\s*([{SUPERSCRIPT_DIGITS}]+)\s+(.*)$"),
    "digits": re.compile(r"^(\d{1,2}) ([A-ZĐÀ-Ỹ].*)$"),
    "parens": re.compile(r"^\s*\((\d{1,2})\) (.*)$"),
}


def match_footnote_start(line: str, style: str | None, expected: int) -> tuple[int | None, str]:
    """Return (number, rest) when `line` starts the body of footnote `expected` or later."""
    if style is None:
        return None, ""
    m = FOOTNOTE_STARTS[style].match(line)
    if not m:
        return None, ""
    number = int("".join(SUPERSCRIPT_VALUE.get(c, c) for c in m.group(1)))
    # Digits at a line start are often just wrapped text, "(2)" an item of a list; only the
    # expected sequence counts.
    if style in ("digits", "parens") and number != expected:
        return None, ""
    if number < expected:
        return None, ""
    return number, m.group(2)


MARKER_PATTERNS = {
    "brackets": re.compile(r"\s*\[(\d{1,2})\]"),
    "superscript": re.compile(rf"\s*([{SUPERSCRIPT_DIGITS}]+)"),
    "digits": re.compile(r"(?<=[^\W\d_])(\d{1,2})(?=[\s.,;:)]|$)"),
    "parens": re.compile(r"(?<=[^\W\d_])\((\d{1,2})\)(?=[\s.,;:]|$)"),
}
# The same matches in about three quarters of the time over a whole text (see etl.gates.quicken).
QUICK_MARKERS = {style: quicken(pattern) for style, pattern in MARKER_PATTERNS.items()}
# (One superscript first, not "[…]+": the regex engine scans for a pattern's first character.)
SUPERSCRIPT_RUN = re.compile(rf"[{SUPERSCRIPT_DIGITS}][{SUPERSCRIPT_DIGITS}]*")


def find_markers(text: str, style: str) -> list[tuple[int, int, str]]:
    """The markers MARKER_PATTERNS[style] finds: start, end and digits of each."""
    if style != "superscript":
        return [(m.start(), m.end(), m.group(1)) for m in QUICK_MARKERS[style].finditer(text)]
    # The superscripts first, then the spaces before each (what "\s*" takes): spaces are a
    # fifth of a text, and the pattern was tried at each of them (1 ms of a report).
    found = []
    for m in SUPERSCRIPT_RUN.finditer(text):
        start = m.start()
        while start and text[start - 1].isspace():
            start -= 1
        found.append((start, m.end(), m.group()))
    return found


def remove_markers(text: str, style: str | None, numbers: set[int]) -> tuple[str, dict[int, int]]:
    """Strip footnote markers from the main text; return it and each marker's offset."""
    if style is None or not numbers:
        return text, {}
    anchors: dict[int, int] = {}
    out: list[str] = []
    pos = 0
    for start, end, digits in find_markers(text, style):
        number = int("".join(SUPERSCRIPT_VALUE.get(c, c) for c in digits))
        if number not in numbers or number in anchors:
            continue
        if style in ("digits", "parens") and anchors and number < max(anchors):
            continue  # glued digits must come in increasing order, or they are part of a word
        out.append(text[pos:start])
        anchors[number] = sum(len(s) for s in out)
        pos = end
    out.append(text[pos:])
    return "".join(out), anchors
