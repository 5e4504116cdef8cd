"""What the catalog says a period means for an indicator: the running totals, the yearly
indicators, the indices published in editions, and the per-period twins of cumulative counts."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from etl.cues import SPAN_KINDS, Scope
from etl.periods import Period
from metrics.catalog import load_catalog

# A running total's words (not "lũy kế từ đầu năm", "lũy kế 4 tháng": a year-to-date flow), and a
# part set apart after them ("…, riêng trong năm 2024 là …")
APART = re.compile(r"\briêng\b", re.I)
SOURCE_SPEAKS = re.compile(r"\b(?:cho\s+biết|cho\s+hay|thông\s+tin|công\s+bố)\s*,", re.I)
# "lũy kế" of a running total (not "lũy kế từ đầu năm", "lũy kế 4 tháng": a year-to-date flow)
RUNNING_WORDS = r"(?:lũy|luỹ)\s+kế(?!\s+(?:từ\s+)?(?:đầu\s+năm|\d{1,2}\s+tháng|tháng\s+0?1\b|quý))"
# "(lũy kế: …", a running total set in brackets beside a figure
BRACKETED_TOTAL = r"\(\s*(?:lũy|luỹ)\s+kế"
CUMULATIVE = re.compile(
    # ("lũy kế 6 tháng đầu năm, …" is the span's: cues read it with the period blanked out)
    rf"{RUNNING_WORDS}(?!\s*[,:])"
    r"|kể\s+từ|từ\s+khi|tổng\s+cộng|tính\s+từ\s+năm|nâng\s+tổng|tổng\s+số\s+[^;\d]{0,30}lên\s*$"
    # "…; hiện tổng số tài khoản là 41,6 triệu": the total now, after a month's additions
    r"|(?:hiện(?:\s+nay)?|đến\s+nay)\s*,?\s*tổng\s+số"
    # "198.760 tài khoản (lũy kế: 10.925.430 tài khoản)": the total beside a span's figure
    rf"|{BRACKETED_TOTAL}\s*:[^)]*$",
    re.I,
)


# "lũy kế  là" where "5 tháng đầu năm" stood: the words right after a running total's were a span
# (…or the span's figure before this one: "lũy kế 9 tháng đạt 31,2 triệu giao dịch, giá trị …")
BLANKED_SPAN_AFTER = re.compile(
    r"\s{2,}(?:(?:là|đạt|:)?\s*|(?:là|đạt|:)\s*\d[^;]*,\s*[^\d;,]{0,30})"
)


@cache
def cumulative_indicators() -> frozenset[str]:
    """Stocks counted since a start ("lũy kế"): a window ending at a date is their level then."""
    catalog = load_catalog()
    if "cumulative" not in catalog:
        return frozenset()
    return frozenset(catalog.index[catalog["cumulative"].fillna(False).astype(bool)])


@cache
def annual_indicators() -> frozenset[str]:
    """Figures measured once a year or half-year (a share of GDP, a growth rate, the EGDI rank)."""
    catalog = load_catalog()
    if "annual" not in catalog:
        return frozenset()
    return frozenset(catalog.index[catalog["annual"].fillna(False).astype(bool)])


@cache
def edition_schedules() -> dict[str, tuple[int, int]]:
    """Indices published in editions (the EGDI rank): every how many years, in which month."""
    catalog = load_catalog()
    if "edition_every_years" not in catalog:
        return {}
    ranked = catalog[catalog["edition_every_years"].notna()]
    return {
        i: (int(every), int(month))
        for i, every, month in zip(
            ranked.index, ranked["edition_every_years"], ranked["edition_month"], strict=True
        )
    }


@cache
def flow_twins() -> dict[str, str]:
    """Map a cumulative indicator to the id of its per-period twin (catalog `flow_twin`)."""
    catalog = load_catalog()
    if "flow_twin" not in catalog:
        return {}
    return catalog["flow_twin"].dropna().to_dict()


@cache
def twin_stocks() -> dict[str, str]:
    """Map a per-period twin to the cumulative indicator it counts for (flow_twins reversed)."""
    return {twin: stock for stock, twin in flow_twins().items()}


def pick_flow_twin(indicator: str, p: Period, scope: Scope) -> str:
    """A figure for a span ("6 tháng đầu năm", "trong tháng 02") goes on the flow twin."""
    twin = flow_twins().get(indicator)
    if twin and p.kind in SPAN_KINDS and not names_running_total(scope.before, p):
        return twin
    return indicator


def names_running_total(before: str, p: Period | None = None) -> bool:
    """Whether the words before a figure call it a running total ("tổng cộng", "lũy kế từ khi"),
    and no part set apart after them ("… tổng cộng 45,3 triệu hồ sơ …, riêng trong năm 2024 là
    14,9 triệu hồ sơ" is the span's own), over a window that is not the year's so far ("lũy kế 5
    tháng đầu năm là 8,9 triệu hồ sơ", its period's words blanked out of `before`)."""
    found = list(CUMULATIVE.finditer(before))[-1:]
    this_year = p is not None and p.kind == "ytd" and (p.start.month, p.start.day) == (1, 1)
    if this_year and found and BLANKED_SPAN_AFTER.fullmatch(before, found[0].end()):
        return False
    running = [m.end() for m in found]
    # ("Trong báo cáo …, báo cáo quý đầu tiên kể từ khi tiếp nhận nhiệm vụ …, Bộ … cho biết, trong
    # quý I, …": the words told of the report, before its source speaks)
    return (
        bool(running)
        and not APART.search(before, running[0])
        and not SOURCE_SPEAKS.search(before, running[0])
    )


# "có thêm", "ghi nhận thêm": a count added during the period, not the level at its end
# (…or done anew: "Công an tỉnh … kích hoạt thêm 52.000 tài khoản", "kích hoạt mới 23.400")
ADDED = re.compile(
    r"\b(?:(?:có|được|đạt|ghi\s+nhận)\s+thêm|(?:kích\s+hoạt|cấp|lắp(?:\s+đặt)?|phát\s+triển|"
    r"đăng\s+ký|triển\s+khai|phát\s+sóng|xây\s+dựng)\s+(?:thêm|mới))\s*(?:khoảng|gần|hơn|trên)?\s*$",
    re.I,
)
# "600 trạm BTS 5G được lắp mới", "1,2 triệu thuê bao … mới đăng ký": new ones, not the stock
ADDED_AFTER = re.compile(
    r"^(?:[^\d;,.]|\dG){0,40}?\b(?:(?:được\s+)?(?:lắp(?:\s+đặt)?|đăng\s+ký|phát\s+triển)\s+mới|mới\s+(?:được\s+)?(?:lắp|đăng\s+ký|phát\s+triển))\b",
    re.I,
)
LEFT_AT_END = re.compile(r"\b(?:còn\s+lại|vẫn\s+còn|chỉ\s+còn)\s*$", re.I)
# "mới", "thêm" anywhere near a figure: what was added, under a report of one span
NEWLY = re.compile(r"\b(?:mới|thêm)\b", re.I)
# "Riêng trong năm 2025, … đã triển khai hơn 26.000 trạm 5G": built that year, or the level?
DEPLOYED = re.compile(r"triển\s+khai|lắp\s+đặt|xây\s+dựng|phát\s+sóng", re.I)
# "… phát sóng khoảng 800 trạm 5G, nâng tổng số trạm … lên gần 1.000 trạm": the new total follows
RAISED_TO = r"\bnâng\s+tổng\s+số\b"
RAISES_TOTAL = re.compile(rf"[^.;]{{0,60}}?{RAISED_TO}", re.I)
# "Hồ sơ trực tuyến thực hiện qua Cổng trong năm: 7,9 triệu" under a year's report: that span's
IN_THE_SPAN = re.compile(
    r"\btrong\s+(?:năm|kỳ|tháng|quý)\b(?!\s*(?:\d|[IV]+\b|nay|qua|trước|tới|sau))", re.I
)
# "Cổng thực hiện 4,6 triệu giao dịch" under "kết quả 4 tháng đầu năm": what the span handled
HANDLED = re.compile(
    r"(?:\b(?:tiếp\s+nhận|thực\s+hiện|xử\s+lý|phát\s+sinh)|\bvới\s+(?:tổng\s+)?(?:giá\s+trị|số\s+tiền))"
    r"\s*(?:khoảng|gần|hơn|trên)?\s*$",
    re.I,
)
# "(lũy kế: 10.925.430 tài khoản)": a running total right after its words, not a part
RUNNING_TOTAL_BEFORE = re.compile(r"\b(?:lũy|luỹ)\s+kế\s*(?::|là|đạt)?\s*$", re.I)
# "1.526.310 hồ sơ (lũy kế: 58.203.119 hồ sơ)": the span's own figure, its running total beside it
TOTAL_BESIDE = re.compile(rf"[^\d();,.]{{0,20}}{BRACKETED_TOTAL}\b", re.I)


def is_span_flow(
    period: Period | None, span: Period | None, scope: Scope, following: str, section_flows: bool
) -> bool:
    """Whether a stock's figure is what a report's span added (its flow twin), not the level."""
    if span is None or span.kind not in SPAN_KINDS:
        return False
    # "có thêm 1.384.550 tài khoản đăng ký mới" in a report of one month: that month's
    newly = NEWLY.search(scope.before[-30:] + " " + scope.after[:25])
    # ("… 9.870 tỷ đồng thanh toán trực tuyến trong năm" under a year's heading: its words after)
    newly = newly or IN_THE_SPAN.search(scope.before[-40:]) or IN_THE_SPAN.search(scope.after[:50])
    beside = TOTAL_BESIDE.match(following)
    if period is None:
        return bool(section_flows or newly or beside or HANDLED.search(scope.before[-30:]))
    # …also under "Số liệu tháng 3/2024 (tính đến ngày 31/3/2024):", the month's last day
    return period.kind == "as_of" and period.end == span.end and bool(newly or beside)


def edition_period(p: Period, stated: bool, every: int, month: int) -> Period:
    """The year of the edition a ranking belongs to (editions in years divisible by `every`)."""
    year = p.end.year
    if not stated or p.relative == "date":
        # "Việt Nam đứng thứ 71" in a text of 3/2025: the latest edition out by then, 2024's
        year -= p.end.month < month
        year -= year % every
    # "Tháng 9/2024, Liên hợp quốc công bố … thứ 71": the 2024 edition, a year's rank
    return Period("year", date(year, 1, 1), date(year, 12, 31), relative=p.relative)
