"""Province names as the extractor finds them: one alternation, its patterns, catalog spellings."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from etl.gates import lower_for_gates, quicken
from etl.phrases import IN_THAT_ORDER, LEAD_WORDS
from metrics.catalog import load_province_aliases, load_province_renames, load_provinces


@cache
def province_names() -> str:
    """The province names as one regex alternation (spaces may be any whitespace)."""
    names = sorted([*load_provinces(), *load_province_aliases()], key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


@cache
def province_name_pattern() -> re.Pattern:
    """Match any province name as a whole word (quickened: see etl.gates.quicken)."""
    return quicken(re.compile(rf"\b(?:{province_names()})\b"))


def written_province(group: str = "") -> str:
    """A province's name as reports write it, maybe after "tỉnh", "thành phố" or "TP." (the
    name captured as `group` when one is given)."""
    names = rf"(?P<{group}>{province_names()})" if group else rf"(?:{province_names()})"
    return rf"(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?{names}\b"


@cache
def province_list_pattern() -> re.Pattern:
    """Match a list of three or more province names ending "và …" ("Hà Nội, Đà Nẵng, TP.HCM và
    Cần Thơ")."""
    name = written_province()
    return re.compile(rf"\b{name}(?:\s*,\s*{name})+\s*,?\s*và\s*{name}", re.I)


@cache
def province_pattern() -> re.Pattern:
    """Match "Tại Hà Nội", "tỉnh Quảng Ninh", "TP. Hồ Chí Minh", "người dân Cà Mau" before a
    number."""
    return quicken(
        re.compile(
            rf"(?:\b(?:tại|ở|của|người\s+dân)\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?|\b(?:tỉnh|thành\s+phố|TP\.?)\s*)(?P<name>{province_names()})\b",
            re.I,
        )
    )


@cache
def lowered_province_pattern() -> re.Pattern:
    """province_pattern for a lowered text, case exact, each opening word's first letter before
    the rest: the regex engine then jumps to a "t", "ở" or "c" instead of trying the pattern at
    every position. Its openings differ in their first two letters, so their order is moot;
    "(?<!\\w.)" after a first letter is the "\\b" before it."""
    names = sorted([*load_provinces(), *load_province_aliases()], key=len, reverse=True)
    lowered = "|".join(re.escape(n.lower()).replace(r"\ ", r"\s+") for n in names)
    prefix = r"(?:(?:tỉnh|thành\s+phố|tp\.?)\s*)?"
    return re.compile(
        rf"(?:t(?<!\w.)(?:ại\s+{prefix}|ỉnh\s*|hành\s+phố\s*|p\.?\s*)|ở(?<!\w.)\s+{prefix}"
        rf"|c(?<!\w.)ủa\s+{prefix})(?P<name>{lowered})\b"
    )


def find_province_names(text: str) -> list[str]:
    """The names province_pattern finds in a text, as the text writes them."""
    low = lower_for_gates(text)  # None where a letter folds unlike its lower case
    if low is None:
        return [m.group("name") for m in province_pattern().finditer(text)]
    return [text[m.start("name") : m.end("name")] for m in lowered_province_pattern().finditer(low)]


def one_province(text: str) -> str | None:
    """The one province a text names (a caption, a column header), or None for none or several."""
    named = {canonical_province(m.group()) for m in province_name_pattern().finditer(text)}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=1024)  # a report names its provinces many times; the catalog stays
def canonical_province(written: str) -> str:
    """The catalog spelling of a province name as written in the text."""
    written = " ".join(written.split())
    aliases = {k.lower(): v for k, v in load_province_aliases().items()}
    if written.lower() in aliases:
        return aliases[written.lower()]
    return next((n for n in load_provinces() if n.lower() == written.lower()), written)


@cache
def province_name_anywhere() -> re.Pattern:
    """Any province name as written, anywhere (a case-blind search is thirty times slower)."""
    return re.compile(province_names())


@cache
def merged_partner() -> re.Pattern:
    """A province named as the one merged in ("hợp nhất với tỉnh Quảng Nam")."""
    return re.compile(
        # (…or several, after a bare "sáp nhập": "(sau sáp nhập Bình Dương và Bà Rịa - Vũng Tàu)")
        # (…or the ones merged together: "(hợp nhất từ ba tỉnh Hà Nam, Nam Định và Ninh Bình)")
        rf"(?:hợp\s+nhất|sáp\s+nhập)\s+(?:(?:với|vào|từ)\s*)?(?:(?:hai|ba|bốn|\d)\s+)?"
        rf"(?:tỉnh|thành\s+phố|TP\.?)?\s*"
        # (a list is "X, Y và Z": a comma alone goes on to the sentence, "…, tỉnh Gia Lai tiếp nhận")
        rf"(?:{province_names()})\b(?:(?:\s*,\s*(?:tỉnh\s+)?(?:{province_names()})\b)*"
        rf"\s+và\s+(?:tỉnh\s+)?(?:{province_names()})\b)?",
        re.I,
    )


def unmerged(text: str) -> str:
    """The text with a merged-in partner province blanked out (same length)."""
    return merged_partner().sub(lambda m: " " * len(m.group()), text)


def rename_by_period(rows: list[dict]) -> None:
    """Give a renamed province its new name for periods ending from the renaming on."""
    renamed = load_province_renames()
    for row in rows:
        new = renamed.get(row["breakdown"])
        if new and row["period_end"] >= new[1]:
            row["breakdown"] = new[0]  # "Huế" for 2025 on, "Thừa Thiên Huế" before


@cache
def places_together_pattern() -> re.Pattern:
    """Two or more provinces named together as the subject of the words up to a number (no
    comma after them: "… gồm Hà Nội, … và Cần Thơ, Đà Nẵng trở thành …" names one apart)."""
    name = written_province()
    return re.compile(rf"\b{name}(?:\s*,\s*{name})*\s*,?\s+và\s+{name}(?P<rest>[^\d;,]*)$", re.I)


def names_places_together(before: str) -> bool:
    """ "Hà Nội, Đà Nẵng và TP.HCM có tỷ lệ … đạt 92,3%": a figure the clause gives several
    provinces at once is no one province's (nor the country's)."""
    # (read for every candidate row: the alternation of names only when it can match)
    if " và " not in before[-200:]:
        return False
    before = unmerged(before) if "ợp nhất" in before or "áp nhập" in before else before
    # "thành phố Cần Thơ (gồm địa bàn thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang trước
    # đây) đã cấp …": the merged province's former parts, an aside
    before = MERGED_PARTS_ASIDE.sub(lambda m: " " * len(m.group()), before)
    m = places_together_pattern().search(before[-200:])
    return bool(m) and not IN_THAT_ORDER.search(m.group("rest")) and not shared_by(before)


MERGED_PARTS_ASIDE = re.compile(
    r"\((?!\s*cũ\s*\))(?=[^()]*\b(?:gồm|trước\s+đây|cũ)\b)[^()]*\)", re.I
)
# "… là hai địa phương đạt …", "… đều đạt …", "… cùng đạt …": one figure that is each one's
SHARED_AFTER = (
    r"\s+(?:là\s+(?:hai|ba|bốn|năm|các)\s+(?:địa\s+phương|tỉnh(?:,\s*thành(?:\s+phố)?)?|thành\s+phố)\b"
    r"|(?:đều|cùng)\b)[^\d;]*$"
)
# …those words alone, read first: the alternation of names only when they are there
SHARING_WORDS = re.compile(SHARED_AFTER.removeprefix(r"\s+"), re.I)
LEVELS_SHARE = re.compile(
    r"\b(?:cả\s+)?(?:khối\s+)?(?:các\s+)?bộ,?\s*ngành(?:,\s*cơ\s+quan\s+(?:ở\s+)?trung\s+ương)?\s+và\s+"
    r"(?:khối\s+)?(?:các\s+)?địa\s+phương" + SHARED_AFTER,
    re.I,
)


@cache
def places_sharing_pattern() -> re.Pattern:
    """Provinces named together, then words that give each of them the figure."""
    name = written_province()
    return re.compile(
        rf"\b(?P<names>{name}(?:\s*,\s*{name})*(?:\s*,?\s+và\s+{name})?){SHARED_AFTER}", re.I
    )


def shared_by(head: str) -> list[str]:
    """ "Hà Nội và Cần Thơ là hai địa phương đạt 100%", "cả khối bộ, ngành và khối địa phương
    đều đạt 100%": the provinces or levels a figure is each one's, or []."""
    head = head[-200:]
    if not SHARING_WORDS.search(head):
        return []
    if LEVELS_SHARE.search(head):
        return ["ministries", "localities"]
    m = places_sharing_pattern().search(head)
    if m is None:
        return []
    names = [
        canonical_province(n.group()) for n in province_name_pattern().finditer(m.group("names"))
    ]
    names = list(dict.fromkeys(names))
    return names if len(names) > 1 else []


@cache
def former_part_pattern() -> re.Pattern:
    """A merged province's former part: "khu vực Hà Giang cũ", "các xã thuộc tỉnh Bình Định cũ",
    "khu vực tỉnh Bắc Giang (cũ)"."""
    return quicken(re.compile(rf"\b{written_province()}\s+\(?cũ\b", re.I))


def names_former_part(head: str) -> str:
    """Why not, when the words before a figure (since the figure before it) name a merged province's
    former part, not in an aside: "Riêng khu vực Hà Giang cũ, tỷ lệ … mới đạt 51,3%" is a part's
    figure, neither the merged province's nor the old one's as a province (it is no longer one)."""
    if "cũ" not in head or not former_part_pattern().search(MERGED_PARTS_ASIDE.sub(" ", head)):
        return ""
    return "a merged province's former part"


@cache
def set_apart() -> re.Pattern:
    """A province set apart right before its figure: "riêng Hà Nội kích hoạt …"."""
    return re.compile(rf"\briêng\s+{written_province('name')}[^\d;,]{{0,40}}$", re.I)


@cache
def named_the_one() -> re.Pattern:
    """A province named the one that has the figure: "Ninh Thuận là địa phương có tỷ lệ hài lòng
    cao nhất, đạt …"."""
    return re.compile(
        rf"(?<![\w.]){written_province('name')}\s+là\s+(?:địa\s+phương|tỉnh|đơn\s+vị|nơi)\b[^\d;]{{0,60}}$",
        re.I,
    )


@cache
def leader_named_after() -> re.Pattern:
    """A province named as a ranking's first after the ranking, its measure maybe between: "Dẫn
    đầu cả nước là Bình Dương với tỷ lệ hồ sơ trực tuyến"."""
    return re.compile(
        rf"{LEAD_WORDS}[^,;.\d]{{0,30}}?\s(?:là|thuộc\s+về)\s+(?:tỉnh\s+|thành\s+phố\s+)?"
        rf"(?P<name>{province_names()})\s+với\b[^,;\d]{{0,60}}$",
        re.I,
    )


@cache
def heads_group() -> re.Pattern:
    """A province heading the group named right after it: "Đồng Tháp dẫn đầu (khối địa phương)"."""
    return re.compile(rf"\b(?P<name>{province_names()})\s+{LEAD_WORDS}\s*$")
