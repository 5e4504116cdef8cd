"""The period expressions of the genre, one pattern per kind, in the order they are tried
(an earlier pattern's match wins over a later one that overlaps it), and the words beside one
that say whether it opens a clause or a span running on."""

from __future__ import annotations

import re

DATE_NUMERIC = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
DATE_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d\d)"
DATE_RE = re.compile(rf"(?:ngày\s+)?(?:{DATE_NUMERIC}|{DATE_WORDS})", re.IGNORECASE)
DATE_BARE = r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d)"
DATE_ANY = rf"(?:ngày\s+)?{DATE_BARE}"
# DATE_RE read from a date's first digit, for whole texts: the regex engine scans for a digit
# instead of trying DATE_RE at every position (0.6 ms, not 1.5, a report); scan_dates looks back for
# its "ngày". (Two digits before a date never leave one to the alternatives: both need a
# non-digit next, so trying the two-digit day first finds what DATE_RE finds.)
DATE_FROM_DIGIT = re.compile(
    r"(?P<d>\d\d?)(?:\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
    r"|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d\d))",
    re.IGNORECASE,
)
DAY_WORD = re.compile("ngày", re.IGNORECASE)


def scan_dates(text: str) -> list[tuple[int, re.Match]]:
    """DATE_RE's matches in a text: each one's start ("ngày" included) and its digits' match."""
    found = []
    for m in DATE_FROM_DIGIT.finditer(text):
        start = at = m.start()
        while at and text[at - 1].isspace():  # what "\s" matches
            at -= 1
        if at < start and at >= 4 and DAY_WORD.fullmatch(text, at - 4, at):
            start = at - 4
        found.append((start, m))
    return found


# A measure or a body opening a clause after "tháng trước": "Theo Ookla, tháng trước tốc độ …"
MEASURE_OPENS = r"(?:tốc\s+độ|tỷ\s+lệ|tỉ\s+lệ|tổng\s+số|số\s+(?:lượng|thuê|hồ|tài|giao|cuộc)|cả\s+nước|toàn\s+quốc|hệ\s+thống|nền\s+tảng|cổng)\b"
PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        "window",
        re.compile(rf"từ\s+(?P<a>{DATE_ANY})\s+(?:đến|tới)\s+(?:hết\s+)?(?P<b>{DATE_ANY})", re.I),
    ),
    (
        # "(từ ngày 15/1 đến 14/2/2025)", "(thời điểm từ 16/6-15/7/2020)": the first day takes the
        # last one's year
        "window_short",
        re.compile(
            # ("(từ tháng 3 đến 7/9/2020)": from the month's first day)
            rf"từ\s+(?:(?:ngày\s+)?(?P<d1>\d{{1,2}})\s*/\s*|tháng\s+)(?P<m1>\d{{1,2}})(?!\s*/\s*\d)"
            rf"(?:\s+(?:đến|tới)\s+(?:hết\s+)?|\s*[-–]\s*)(?P<b>{DATE_ANY})",
            re.I,
        ),
    ),
    (
        # "từ 20 - 26.1", "từ ngày 1 đến ngày 7/3": some days, not the month (the press's "từ ngày 1
        # đến 31-7" too: a dash after "đến", where no range of figures stands)
        "day_range",
        re.compile(
            r"từ\s+(?:ngày\s+)?(?P<d1>\d{1,2})\s*(?:[-–]|đến)\s*(?:ngày\s+)?(?P<d2>\d{1,2})"
            r"(?:\s*[/.]\s*|(?<=đến\s\d)-|(?<=đến\s\d\d)-|(?<=ngày\s\d)-|(?<=ngày\s\d\d)-)"
            r"(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>(?:19|20)\d\d))?(?![\d/.%])",
            re.I,
        ),
    ),
    (
        "year_range",
        re.compile(
            r"từ\s+(?:năm\s+)?(?P<y1>(?:19|20)\d\d)\s+(?:đến|tới)\s+(?:nay|hết\s+năm\s+(?P<y2>(?:19|20)\d\d)|"
            r"(?:hết\s+)?tháng\s+(?P<m>\d{1,2})\s*[/.-]\s*(?P<y3>(?:19|20)\d\d)|(?:năm\s+)?(?P<y4>(?:19|20)\d\d)\b)",
            re.I,
        ),
    ),
    (
        # "Giai đoạn 2021–2022, … còn lại 254 thôn": a span of years the text looks back on
        "year_span",
        re.compile(
            r"giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:[-–]|đến)\s*(?:năm\s+)?"
            r"(?P<y2>(?:19|20)\d\d)\b"
            # "Trong 2 năm 2021 và 2022, …": the two years together
            r"|\b(?:2|hai)\s+năm\s+(?P<y3>(?:19|20)\d\d)\s*(?:và|[-–])\s*(?:năm\s+)?(?P<y4>(?:19|20)\d\d)\b",
            re.I,
        ),
    ),
    # before the "đến …" patterns: "từ đầu năm đến hết tháng 4/2025" is one span, not a level
    (
        "since_year_start",
        re.compile(
            # "… đến hết tháng 4/2025", "… đến ngày 30/4/2025": the span ends there
            # "Năm 2024 tính đến hết tháng 6/2024": the year so far, as "từ đầu năm …" says it
            # ("Những tháng đầu năm 2025, …": the year so far, its end unsaid)
            r"(?:(?:tính\s+)?(?:lũy\s+kế\s+)?từ\s+đầu\s+năm|\b(?:những|các|mấy)\s+tháng\s+đầu\s+năm"
            # ("Năm 2022 tính đến thời điểm ngày 24/11, …": the year so far, to that day)
            r"|\bnăm(?=\s+(?:19|20)\d\d\s*,?\s*tính\s+"
            r"(?:đến|tới)\s+(?:thời\s+điểm\s+)?(?:hết\s+)?(?:tháng|ngày)\s+\d))"
            r"(?:\s+(?P<y>(?:19|20)\d\d))?(?:\s*,?\s*(?:tính\s+)?(?:đến|tới)\s+(?:thời\s+điểm\s+)?"
            # ("… đến hết tháng trước": to the end of the page's last month)
            r"(?:nay|hiện\s+nay|(?:hết\s+)?tháng\s+(?P<lm>trước|vừa\s+qua)(?![\s,]*\d)"
            r"|(?:hết\s+|cuối\s+)?tháng\s+(?P<m>\d{1,2})"
            r"(?:(?:\s*[/.-]\s*|\s+năm\s+)(?P<ym>(?:19|20)\d\d)\b)?(?!\s*[/.-]\s*\d)"
            r"|(?:hết\s+)?ngày\s+(?P<dd>\d{1,2})\s*[/-]\s*(?P<dm>\d{1,2})(?:\s*[/-]\s*(?P<dy>(?:19|20)\d\d))?\b))?",
            re.I,
        ),
    ),
    (
        "asof_date",
        re.compile(
            # ("Tại thời điểm 30/9/2024, …": the level on that day)
            rf"(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:nay\s*\(\s*)?(?:thời\s+điểm\s+)?"
            rf"|\b(?:[Tt]ại|[Vv]ào)\s+thời\s+điểm\s+(?:ngày\s+)?"
            # ("Tại phiên họp ngày 24/4/2024, mới có 41/53 dịch vụ …": what the meeting heard)
            rf"|\b[Tt]ại\s+(?:phiên\s+họp|hội\s+nghị|cuộc\s+họp|buổi\s+làm\s+việc)\s+(?:[^\d,.;]{{0,30}}\s)?)"
            rf"(?P<a>{DATE_ANY})",
            re.I,
        ),
    ),
    (
        # "tính đến 26/10": a day of the report's year
        "asof_day_no_year",
        re.compile(
            r"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})"
            r"(?!\s*[/.-]?\s*\d)"
            # the press's "tính đến 8-5", "đến ngày 8-5": a dash only after "tính đến" or "ngày",
            # where it cannot be a range ("đến 8-10%")
            r"|(?:tính\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?|(?:đến|tới)\s+(?:hết\s+)?ngày\s+)"
            r"(?P<d2>\d{1,2})-(?P<m2>\d{1,2})(?!\s*(?:%|[/.-]?\s*\d))"
            # …and a dot after "ngày" alone ("Tính đến ngày 1.7, …"; "đến 8.5" may be a number)
            r"|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?ngày\s+(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})"
            r"(?!\s*(?:%|[/.-]?\s*\d))",
            re.I,
        ),
    ),
    (
        # "trước thời điểm ngày 1/1/2021": the level just before that day; bare "trước ngày
        # 1/1/2021" only opening a clause that goes on ("Trước ngày 1/1/2021, tỷ lệ … đạt"), not
        # a deadline after its verb ("hoàn thành trước ngày 30/6/2024")
        "before_date",
        re.compile(
            rf"trước\s+thời\s+điểm\s+(?P<a>{DATE_ANY})"
            rf"|(?:(?<=^)|(?<=[.;:,]\s))(?-i:[Tt])rước\s+(?P<b>ngày\s+{DATE_BARE})(?=\s*,)",
            re.I,
        ),
    ),
    (
        # "Theo thống kê …, trước năm 2021, toàn quốc có 2.418 thôn …": the level at the end of
        # the year before, said opening a clause (not "hoàn thành trước năm 2025", a deadline)
        "before_year",
        re.compile(
            r"(?:(?<=^)|(?<=[.;:,]\s))(?-i:[Tt])rước\s+năm\s+(?P<y>(?:19|20)\d\d)(?=\s*,)", re.I
        ),
    ),
    (
        "month_range",
        re.compile(
            # "từ tháng 1 đến tháng 9/2024" too: the months between, not January then a level
            # …and across a year: "từ tháng 12/2024 - 2/2025"
            r"(?:từ\s+)?tháng\s+(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>(?:19|20)\d\d))?\s*"
            r"(?:[-–]|\s(?:đến|tới)\s+(?:hết\s+)?)\s*(?:tháng\s*)?"
            r"(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)",
            re.I,
        ),
    ),
    (
        "asof_quarter",
        re.compile(
            r"(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+(?:quý\s+(?P<q>IV|III|II|I|[1-4])"
            r"(?:\s*(?:[/.-]|năm)\s*(?P<y>(?:19|20)\d\d))?|năm\s+(?P<y2>(?:19|20)\d\d))",
            re.I,
        ),
    ),
    (
        "asof_month",
        re.compile(
            r"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+|đầu\s+)?tháng\s+(?P<m>\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d)",
            re.I,
        ),
    ),
    # "Tổng số tài khoản … tính đến hết tháng 3 là 24,7 triệu": the level at that month's end
    (
        "asof_month_no_year",
        re.compile(
            # (not a range's end: "Từ tháng 1 đến hết tháng 3")
            r"(?<!\d\s)(?<!\d)(?:tính\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?|(?:đến|tới)\s+(?:hết|cuối)\s+)"
            r"tháng\s+(?P<m>\d{1,2})(?P<now>\s+năm\s+nay)?(?!\s*(?:[/.-]\s*\d|năm|\d))",
            re.I,
        ),
    ),
    # "tháng trước", "tháng qua" in a press piece: the last month reported on (see past_month)
    # ("so với tháng trước", "(tháng trước là …)" compare with the value's own month instead)
    (
        "past_month",
        # ("Theo Cục …, tháng trước Nền tảng … đã xử lý 98,4 triệu giao dịch", "Tháng trước, hệ
        # thống … ghi nhận 512 cuộc": a clause's opening)
        re.compile(
            # ("6 tháng qua" is the year's first months, read below, not last month)
            rf"(?<!với\s)(?:trong\s+tháng\s+trước|(?<!\d\s)(?<!sáu\s)(?<!chín\s)tháng\s+(?:vừa\s+)?qua|(?:(?<=,\s)|(?<=^)|(?<=[Rr]iêng\s))(?-i:[Tt])háng\s+trước(?=\s*,|\s+(?-i:[A-ZĐ])|\s+{MEASURE_OPENS}))(?!\s*\d)",
            re.I,
        ),
    ),
    # "trong quý vừa qua": the quarter before the one the text is written in
    ("past_quarter", re.compile(r"(?<!với\s)quý\s+(?:vừa\s+qua|trước|qua)(?!\s*\d)", re.I)),
    ("this_month", re.compile(r"trong\s+tháng(?:\s+này)?(?!\s*\d)", re.I)),
    # "Trong quý, Cổng tiếp nhận 3,4 triệu hồ sơ" opening its clause: the quarter the text reviews
    (
        "this_quarter",
        re.compile(
            r"trong\s+quý(?:\s+này)?(?!\s*(?:\d|[IV]+\b|tới|sau|trước|qua|vừa|đầu|cuối))", re.I
        ),
    ),
    # …and "Trong kỳ (báo cáo)", the window a monthly report counts
    (
        "report_window",
        # ("cùng kỳ báo cáo": in the same window, not a year back)
        re.compile(
            r"(?:trong\s+kỳ(?:\s+báo\s+cáo)?|cùng\s+kỳ\s+báo\s+cáo)(?!\s+(?:tới|sau|trước))(?!\s*\d)",
            re.I,
        ),
    ),
    (
        "now",
        re.compile(
            # (not "Cũng đến thời điểm này": the time the sentence before named)
            r"(?:tính\s+)?(?:đến|tới)\s+(?:nay|hiện\s+nay|(?<!cũng\sđến\s)(?<!cũng\stới\s)thời\s+điểm\s+này)"
            r"|hiện\s+nay|hiện\s+có|hiện\s+tại|hiện\s+đã"
            # ("Hiện thành phố đã cung cấp …": a sentence opening on "Hiện", now)
            r"|(?:(?<=^)|(?<=[.;]\s))(?-i:H)iện(?=\s+(?!đại|thực|trạng|diện|tượng|hành|ra\b|mới|vẫn|chỉ|còn|đang|cũng)[^\W\d])"
            # (…or a clause, before its subject: "Theo ông …, hiện NDXP đã kết nối với 94 …")
            r"|(?<=,\s)(?-i:h)iện(?=\s+(?-i:[A-ZĐ]))",
            re.I,
        ),
    ),
    (
        "published_on",  # "Báo cáo … công bố ngày 17/9/2024": the report's figures are of that day
        re.compile(rf"công\s+bố\s+(?:vào\s+)?(?P<a>{DATE_ANY})", re.I),
    ),
    ("date", DATE_RE),  # a bare date (a decree's date, a meeting day): consumed, never a period
    (
        "quarter",
        re.compile(
            # "quý II năm nay": this year's
            r"quý\s+(?P<q>IV|III|II|I|[1-4])(?:\s*(?:[/.-]|năm)\s*(?P<y>(?:19|20)\d\d)|\s+năm\s+nay)?",
            re.I,
        ),
    ),
    # an infographic's or a table's short forms, their year always written: "Q1/2024", "T7/2024"
    ("quarter", re.compile(r"\bQ(?P<q>[1-4])\s*/\s*(?P<y>(?:19|20)\d\d)\b")),
    ("month", re.compile(r"\bT(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)\b")),
    # "Nửa đầu năm nay", "trong nửa đầu năm 2024": the year's first six months
    (
        "half_named",
        re.compile(
            r"nửa\s+(?P<which>đầu|cuối)\s+năm(?:\s+(?P<y>(?:19|20)\d\d)\b|(?P<now>\s+nay))?", re.I
        ),
    ),
    (
        "months_of_year",
        re.compile(
            # "trong 10 tháng", "Lũy kế 7 tháng", "Hai tháng đầu năm 2025": the year's first months
            # (not "hơn 1.600 vụ trong 1 tháng": one month's count, not January's)
            r"(?!0?1\s+tháng(?!\s+đầu\s+năm))"
            r"(?P<within>(?<=trong\s)|(?<=lũy\skế\s)|(?<=luỹ\skế\s))?(?P<n>\d{1,2}|sáu|chín|(?:hai|ba|bốn|bảy|tám|mười)(?=\s+tháng\s+đầu\s+năm))\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?"
            # ("6 tháng qua" in a text of August: the months just reviewed, January to June)
            # (…its year after a slash too, as a table's head writes it: "9 tháng/2025")
            r"(?:(?:\s+|\s*/\s*)(?P<y>(?:19|20)\d\d))?(?P<past>\s+(?:vừa\s+)?qua\b)?"
            r"(?!\s*[/.]\d)(?!\s+(?:tới|qua|gần|tiếp|nữa|liên|kể|sau|trước|trở))"
            # ("… giải quyết thủ tục hành chính 11 tháng đạt 96,2%": the months a figure reached,
            # a level's too: "Tỷ lệ hồ sơ … 4 tháng của các bộ, ngành đạt 48,7%")
            r"(?P<reached>(?=\s+(?:của\s+(?:các\s+)?(?:khối\s+)?(?:bộ,?\s*ngành|địa\s+phương)\s+)?"
            r"(?:ước\s+)?đạt\b))?",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*(?P<y>(?:19|20)\d\d)", re.I),
    ),
    # ("Trong tháng 6 năm nay": this year's June)
    (
        "month_no_year",
        re.compile(
            r"tháng\s+(?P<m>\d{1,2})(?P<now>\s+năm\s+nay)?(?!\s*(?:[/.-]\s*\d|năm|\d))", re.I
        ),
    ),
    # "Đầu năm 2024, con số này chỉ là 30%", "hồi đầu năm": the level as the year began ("từ đầu
    # năm" opens a span, "6 tháng đầu năm" is a span, both read above)
    (
        "year_start",
        re.compile(
            r"(?<!từ\s)(?<!tháng\s)(?<!nửa\s)(?<!kỳ\s)\bđầu\s+năm(?:\s+(?P<y>(?:19|20)\d\d)|\s+nay)?(?!\s*[-–/]\s*\d)"
            r"(?!\s+(?:đến|tới)\b)",
            re.I,
        ),
    ),
    # ("kỳ đánh giá hai năm trước (86/193)": two years back)
    (
        "last_year",
        re.compile(
            r"(?P<end>cuối\s+)?(?:(?<![\d,.])(?P<n>hai|ba|2|3)\s+)?năm\s+(?:trước|ngoái)", re.I
        ),
    ),
    # "Năm qua, …", "Trong năm vừa qua, …" opening a clause: the year just ended, early in the next
    # (not "những năm qua", "5 năm qua": years gone by)
    (
        "past_year",
        re.compile(r"(?:(?<=^)|(?<=[,;:]\s)|(?<=\btrong\s))năm\s+(?:vừa\s+qua|qua|rồi)\b", re.I),
    ),
    ("this_year", re.compile(r"(?<!tháng\s)(?<!đầu\s)(?<!giữa\s)năm\s+nay", re.I)),
    # "Nền tảng NDXP trong năm đạt hơn 890 triệu giao dịch": the year the text reviews
    (
        "in_year",
        re.compile(
            r"(?<=\s)trong\s+năm(?=\s+(?:(?:ước\s+)?đạt|thực\s+hiện|xử\s+lý|ghi\s+nhận|tiếp\s+nhận)\b)",
            re.I,
        ),
    ),
    # "Giữa năm 2024, cả nước có …", "đến giữa năm nay": the level at the end of June
    ("mid_year", re.compile(r"giữa\s+năm\s+(?:(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)|nay)", re.I)),
    # (the press leaves out "năm": "Cuối 2023, …", "Tính đến hết 2023, …")
    (
        "year_end",
        re.compile(
            r"(?:cuối\s+năm\s+|(?:cuối|hết)\s+(?=(?:19|20)\d\d\b(?!\s*[-–/.]\s*\d)))"
            r"(?P<y>(?:19|20)\d\d)",
            re.I,
        ),
    ),
    # "Đến cuối năm, tổng số tài khoản … đạt 16,8 triệu": the level at the end of the year the
    # text speaks of
    (
        "year_end_no_year",
        re.compile(
            r"(?:(?:tính\s+)?(?:đến|tới)|vào)\s+(?:hết|cuối)\s+năm(?:\s+(?P<now>nay))?"
            r"(?!\s*(?:(?:19|20)\d\d|trước|ngoái|học|tài\s+chính|\d))",
            re.I,
        ),
    ),
    ("year", re.compile(r"năm\s+(?P<y>(?:19|20)\d\d)(?!\s*[-–]\s*\d)", re.I)),
    (
        # "Năm 2020 là 12,66%; 2021 là 12,87%; … và ước tính 2023 là 12,33%": a listed year
        "year",
        re.compile(
            r"(?:(?<=[;,:])|(?<=\svà)|(?<=tính))\s*(?P<y>(?:19|20)\d\d)(?=\s+(?:là|đạt)\s)", re.I
        ),
    ),
    ("year", re.compile(r"(?<=\()(?P<y>(?:19|20)\d\d)(?=\))")),  # "lên 90,2% (2025)"
    # "năm" left out after "cùng kỳ" or "trong": "giảm 38% so với cùng kỳ 2023 (2.921 cuộc)", "…
    # lên 1.013 triệu giao dịch trong 2024"
    (
        "year",
        re.compile(
            r"(?:(?<=cùng\skỳ\s)|(?<=\btrong\s))(?P<y>(?:19|20)\d\d)\b(?!\s*[/.–-]\s*\d)", re.I
        ),
    ),
    (
        # "Chỉ số Chính phủ điện tử 2024", "Khảo sát … 2022": an edition's year (its span is the
        # year alone, so the cues still read the index's name)
        "edition",
        re.compile(
            r"(?:Chỉ\s+số|Khảo\s+sát|Bảng\s+xếp\s+hạng|Báo\s+cáo)\s[^.;\d]{2,60}?\s"
            r"(?P<y>(?:19|20)\d\d)\b(?!\s*[/.–-]\s*\d)",
            re.I,
        ),
    ),
    ("day_avg", re.compile(r"(?:hằng|hàng|mỗi|trung\s+bình(?:\s+(?:mỗi|1|một))?)\s+ngày", re.I)),
]


# where "Trong tháng, …" opens its clause: the text's start, or after a stop or a comma
CLAUSE_OPENS = re.compile(r"(?:^|[.;:,(]\s*|\b(?:riêng|cũng|và)\s+)$", re.I)


# "từ tháng 1/2024, …", "kể từ tháng 7/2022": a span that starts then and runs on (perhaps
# ahead of the text); "từ tháng 1 đến tháng 8/2024" closes.
SPAN_OPENS = re.compile(r"\b(?:kể\s+)?từ\s+(?:ngày\s+)?$", re.I)
SPAN_CLOSES = re.compile(r"\s*(?:đến|tới|[-–])", re.I)


def opens_forward(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a date or period) opens an open-ended span ("từ tháng 1/2024, …")."""
    return bool(SPAN_OPENS.search(text[max(0, start - 16) : start])) and not SPAN_CLOSES.match(
        text, end
    )
