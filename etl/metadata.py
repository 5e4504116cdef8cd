"""Document metadata: kind, number, issuer, title, publication date, reference period, cut-off."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

from etl.docdate import establish_document_date, latest_reported_date, read_page_stamp
from etl.event_dates import reviewed_period_end
from etl.periods import find_dates, make_date, month_end
from etl.phrases import LEAD_DAY
from etl.sections import without_related
from etl.sidecar import read_url_date, read_url_month

MONTHLY_TITLE = re.compile(
    r"báo\s+cáo\s+(?:tình\s+hình\s+)?chuyển\s+đổi\s+số\s+(?:quốc\s+gia\s+)?tháng\s+(?P<m>\d{1,2})\s*(?:năm|/)\s*(?P<y>20\d\d)",
    re.I,
)
NUMBER_RE = re.compile(r"Số\s*:\s*(?P<n>\d{1,5}/[A-ZĐ0-9][A-ZĐ0-9\-]*)")
HEADER_DATE = re.compile(
    r"(?:Hà\s+Nội|TP\.?\s*Hồ\s+Chí\s+Minh|[A-ZĐ][a-zà-ỹ]+),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>20\d\d)",
    re.I,
)
MEETING_DATE = re.compile(
    r"Ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>20\d\d),\s*tại", re.I
)
# A news lead opens on the day of the event it reports: "Chiều 4/3/2025, tại trụ sở…",
# "(BDO) Sáng 10/7, …", "VOV.VN - Ngày 12/5, …"; the body's first paragraphs only.
NEWS_LEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:\([^)\n]{1,40}\)\s*[-–—]?\s*|[A-ZĐ][\w.+]{1,20}\s*[-–—]\s*)?"
    rf"{LEAD_DAY}\s*,"
)
NEWS_STAMP = re.compile(
    r"(?:Thứ\s+\S+|Chủ\s+nhật),?\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)\s*[|,]?\s*\d{1,2}:\d{2}",
    re.I,
)
# "Ngày đăng: 18/03/2023 22:32" under a portal's crawl-day line ("Thứ 4, Ngày 31/05/2023 -"):
# the page says when it was posted.
POSTED_STAMP = re.compile(
    r"(?:Ngày\s+(?:đăng(?:\s+tải)?|xuất\s+bản|ban\s+hành\s+tin)|Đăng\s+(?:ngày|lúc)|Xuất\s+bản(?:\s+ngày)?)"
    r"\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|-]?\s*)?(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>20\d\d)",
    re.I,
)
# A byline's stamp, the time beside the day: "Tiêu Hạ - 09:00, 01/12/2023", "18/03/2023 22:32"
TIMED_STAMPS = (
    re.compile(
        r"(?<![\d/:])\d{1,2}:\d{2}\s*(?:\(GMT\s*\+7\)\s*)?[,|-]?\s*"
        r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)\b"
    ),
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)\s*[,|-]?\s*\d{1,2}:\d{2}\b"),
)
# A site's own clock in its masthead, the day the page was saved: "Thứ hai 23/02/2026 04:07"
# with "Hotline: …" or "Email: …" on the next line. It dates the saving, not the article.
SITE_CLOCK = re.compile(
    r"(?:Thứ\s+\S+|Chủ\s+nhật),?\s*\d{1,2}/\d{1,2}/20\d\d\s*[|,]?\s*\d{1,2}:\d{2}[^\n]{0,10}\n\s*"
    # (the site's name may stand between: "Thứ Hai, 18/08/2025 16:16 GMT+7 / • ANTV / • Hotline")
    r"(?:[•*-]?\s*[^\n\d]{1,20}\n\s*)?[•*-]?\s*"
    r"(?:Hotline|E-?mail|Đường\s+dây\s+nóng|Điện\s+thoại|Liên\s+hệ)\b",
    re.I,
)
NEWS_MARKERS = re.compile(
    r"\(GMT\s*\+7\)|Theo\s+TTXVN|Vietnam\+|Tất cả chuyên mục|Liên kết website|Ý kiến \(\)|Bình luận",
    re.I,
)
EXPLICIT_CUTOFF = re.compile(
    r"đến\s+nay\s*\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)\s*\)", re.I
)
NEWS_SOURCE = re.compile(
    r"^\s*(?:Theo|Nguồn:?)\s+(?P<src>[A-ZĐ][\w+/.&]*(?:\s+[A-ZĐ][\w+/.&]*){0,4})\s*$", re.M
)
# Header forms are upper-case on the official letterhead; the body mentions agencies freely.
ISSUERS = [
    (
        re.compile(r"VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|/TB-VPCP|Văn\s+phòng\s+Chính\s+phủ\s+thông\s+báo"),
        "Văn phòng Chính phủ",
    ),
    (
        re.compile(
            r"BỘ\s+THÔNG\s+TIN\s+VÀ\s+TRUYỀN\s+THÔNG|Bộ\s+Thông\s+tin\s+và\s+Truyền\s+thông(?:\s+\(Bộ\s+TT&TT\))?\s+(?:xin\s+|kính\s+)?báo\s+cáo"
        ),
        "Bộ Thông tin và Truyền thông",
    ),
    (
        re.compile(
            r"BỘ\s+KHOA\s+HỌC\s+VÀ\s+CÔNG\s+NGHỆ|Bộ\s+Khoa\s+học\s+và\s+Công\s+nghệ\s+(?:xin\s+|kính\s+)?báo\s+cáo"
        ),
        "Bộ Khoa học và Công nghệ",
    ),
    (
        re.compile(r"ỦY\s+BAN\s+QUỐC\s+GIA\s+VỀ\s+CHUYỂN\s+ĐỔI\s+SỐ"),
        "Ủy ban Quốc gia về chuyển đổi số",
    ),
]


def sha256_text(text: str) -> str:
    """Hash of the normalized text (same wording in two files gives the same hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def date_from(m: re.Match | None) -> date | None:
    """Build a date from a match with d, m, y groups."""
    if m is None:
        return None
    return make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def detect_lead_date(text: str, year_hint: date | None) -> date | None:
    """The day a news lead reports on; a lead without its year takes the hint's (the year
    before when that day would fall after the hint: a December event reported in January)."""
    m = NEWS_LEAD.search(text[:1500])
    if m is None:
        return None
    if m.group("y"):
        return date_from(m)
    if year_hint is None:
        return None
    day = make_date(year_hint.year, int(m.group("m")), int(m.group("d")))
    if day and day > year_hint:
        day = make_date(year_hint.year - 1, int(m.group("m")), int(m.group("d")))
    return day


def detect_kind(raw: str) -> str:
    """Classify the document: monthly_report, committee_notice, news_article or report."""
    head = raw[:3000]
    if MONTHLY_TITLE.search(head):
        return "monthly_report"
    if NEWS_MARKERS.search(raw) and not re.search(r"Nơi\s+nhận", raw):
        return "news_article"
    if re.search(r"THÔNG\s+BÁO", head) and re.search(r"KẾT\s+LUẬN|Kết\s+luận", head):
        return "committee_notice"
    if re.search(r"BÁO\s+CÁO", head):
        return "report"
    return "report"


def detect_issuer(raw: str, kind: str) -> str:
    """Name the issuing body (or the news source for an article)."""
    if kind == "news_article":
        m = NEWS_SOURCE.search(raw)
        if m:
            return m.group("src").strip()
    for pattern, name in ISSUERS:
        if pattern.search(raw):
            return name
    return ""


def detect_title(raw: str, kind: str) -> str:
    """Take the document's title from its first lines."""
    lines = [ln.strip() for ln in raw.split("\n") if ln.strip() and ln.strip() != "|"]
    if kind == "monthly_report":
        m = MONTHLY_TITLE.search(" ".join(lines[:6]))
        if m:
            return f"Báo cáo chuyển đổi số quốc gia tháng {int(m.group('m')):02d}/{m.group('y')}"
    if kind == "news_article":
        for i, line in enumerate(lines[:8]):
            if NEWS_STAMP.search(line) or re.search(r"GMT", line):
                nxt = lines[i + 1] if i + 1 < len(lines) else ""
                if nxt and not NEWS_STAMP.search(nxt) and not re.search(r"GMT", nxt):
                    return nxt[:200]
        return lines[0][:200] if lines else ""
    for i, line in enumerate(lines[:40]):
        if re.fullmatch(r"THÔNG\s+BÁO", line, re.I) or re.fullmatch(r"BÁO\s+CÁO", line, re.I):
            title = [line]
            for nxt in lines[i + 1 : i + 4]:
                if re.match(r"(Ngày|Thực hiện|Căn cứ|Sau khi)\b", nxt):
                    break
                title.append(nxt)
            return " ".join(title)[:250]
    return lines[0][:200] if lines else ""


def detect_published_date(raw: str, kind: str) -> tuple[date | None, bool]:
    """Return (publication date, estimated?) from the header or the news stamp."""
    head = raw[:2500]
    d = date_from(HEADER_DATE.search(head))
    if d:
        return d, False
    # A crawled page shows the crawl date above the article's own stamp: the earliest wins.
    # ("Thứ ba 01/04/2025 04:04" over the article's "02/01/2024 21:10": the day and time alone)
    clocks = [m.span() for m in SITE_CLOCK.finditer(head)]
    for patterns in ((POSTED_STAMP,), (NEWS_STAMP, *TIMED_STAMPS)):
        stamps = [
            date_from(m)
            for p in patterns
            for m in p.finditer(head)
            if not any(a <= m.start() < b for a, b in clocks)
        ]
        stamps = [s for s in stamps if s]
        if stamps:
            return min(stamps), False
    return None, True


def detect_reference_month(raw: str) -> tuple[int, int] | None:
    """Return (year, month) a monthly report covers."""
    m = MONTHLY_TITLE.search(raw[:3000])
    return (int(m.group("y")), int(m.group("m"))) if m else None


def describe_document(
    raw: str, text: str, file_name: str, sha256: str, sidecar: dict | None = None
) -> dict:
    """Collect the metadata of one report from its raw and normalized text and its sidecar."""
    sidecar = sidecar or {}
    full_text = text
    # ("Bài viết khác / - Ninh Thuận tổ chức … (10/10/2024)": other articles' days date no figure)
    text = without_related(text)
    # (the site's clock over the page is the day it was saved, no date the text reports)
    text = SITE_CLOCK.sub(lambda m: " " * len(m.group()), text)
    kind = detect_kind(raw)
    number_match = NUMBER_RE.search(raw[:3000])
    printed, _ = detect_published_date(raw, kind)
    # The address's date is the page's publication, as a printed one would be.
    addressed = read_url_date(sidecar.get("url", "")) if not printed else None
    published = sidecar.get("published") or printed or addressed
    meeting = date_from(MEETING_DATE.search(text))
    reported = None  # latest_reported_date(text), once read
    if meeting is None and kind not in ("monthly_report", "committee_notice"):
        meeting = detect_lead_date(text, published or read_page_stamp(raw))
        month = timedelta(days=31)
        if meeting and (published is None or published - meeting > month):
            # "Ngày 23/6/2022, Thủ tướng … ban hành Quyết định …" opening a text on 2024's
            # results: the day of an event it recalls, not the day it reports on. (A page printed
            # on its lead's day keeps it, whatever date its furniture shows.)
            reported = latest_reported_date(text)
            if reported[0] and reported[0] - meeting > month:
                meeting = None
    ref = detect_reference_month(raw)
    explicit_cutoff = date_from(EXPLICIT_CUTOFF.search(text))
    if ref:
        period_start, period_end = date(ref[0], ref[1], 1), month_end(*ref)
        period_label = f"tháng {ref[1]:02d}/{ref[0]}"
    else:
        anchor = meeting or published
        period_start = period_end = anchor
        period_label = anchor.strftime("%d/%m/%Y") if anchor else ""

    if published is None and ref:
        # No printed date. A monthly report is issued after the latest event it reports (a
        # date within ten days of its month's end); later dates in the text are deadlines.
        limit = period_end.toordinal() + 10
        candidates = [d for _, _, d in find_dates(text) if d.toordinal() <= limit]
        inferred = max(
            candidates + [d for d in (explicit_cutoff, meeting) if d], default=period_end
        )
        doc_date, source, precision = inferred, "reported", "day"
    elif addressed and not sidecar.get("published"):
        doc_date, source, precision = addressed, "url", "day"
    else:
        doc_date, source, precision = establish_document_date(
            sidecar.get("published"),
            printed,
            meeting,
            raw,
            text,
            reported,
            filed=read_url_month(sidecar.get("url", "")),
        )
    # A text dated only by its meeting's day early in a year, reviewing the year before
    # (estimated dates only: a publication date the page gives stays the figures' "now")
    reviewed = (
        reviewed_period_end(text, doc_date)
        if source in ("reported", "meeting", "page_stamp", "url_month")
        else None
    )
    cutoff = explicit_cutoff or reviewed or meeting or doc_date
    if published is None:
        published = meeting or doc_date
    return {
        "file_name": file_name,
        "sha256": sha256,
        "text_sha256": sha256_text(full_text),
        "kind": kind,
        "number": number_match.group("n") if number_match else "",
        "issuer": sidecar.get("publisher") or detect_issuer(raw, kind),
        "title": sidecar.get("title") or detect_title(raw, kind),
        "url": sidecar.get("url", ""),
        # what the sidecar says of the page the text may not print: whose paper, which title
        "told": "\n".join(v for v in (sidecar.get("publisher"), sidecar.get("title")) if v),
        "published_date": published,
        "published_date_estimated": source not in ("sidecar", "printed", "url"),
        "date_source": source,
        "date_precision": precision,
        "period_label": period_label,
        "period_start": period_start,
        "period_end": period_end,
        "cutoff_date": cutoff,
        "meeting_date": meeting,
        "n_chars": len(full_text),
    }
