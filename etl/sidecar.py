"""Provenance sidecars: `<report file>.meta.json` with published date, url, title, publisher."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

from etl.periods import make_date, month_end
from etl.read import ReadError

SUFFIX = ".meta.json"
KEYS = ("published", "url", "title", "publisher")


def is_sidecar(path: Path) -> bool:
    """Say whether a path is a provenance sidecar rather than a report."""
    return Path(path).name.lower().endswith(SUFFIX)


def sidecar_path(report: Path) -> Path:
    """Return where the sidecar of a report lives."""
    report = Path(report)
    return report.with_name(report.name + SUFFIX)


def read_sidecar(report: Path) -> dict:
    """Read a report's sidecar; {} when there is none; ReadError naming it when it is bad."""
    path = sidecar_path(report)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReadError(path, f"sidecar is not valid UTF-8 JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ReadError(path, "sidecar must be a JSON object with published, url, title, publisher")
    meta = {k: str(data[k]).strip() for k in KEYS if data.get(k) not in (None, "")}
    if "published" in meta:
        meta["published"] = parse_published(path, meta["published"])
    return meta


# A page address that carries the article's creation time, as the Vietnamese press's publishing
# systems write it: "…-20250922034628137.htm" (year first), "…-18523030716592506.htm" (a
# three-digit section, then the year's last two digits), "/2024/07/10/", "/2024-7-20/". The
# clock part must be a real time, so an article number is not read as a date.
TIME = r"(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{0,4}"
URL_DATES = (
    re.compile(
        rf"-(?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>[0-2]\d|3[01]){TIME}\.(?:html?|chn|vnp|epi)\b"
    ),
    re.compile(
        rf"-\d{{3}}(?P<yy>\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>[0-2]\d|3[01]){TIME}\.(?:html?|chn|vnp|epi)\b"
    ),
    re.compile(r"/(?P<y>20\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>[0-2]?\d|3[01])/"),
    # a portal's folder of the day: "qbtv.vn/portal/pages/2024-7-20/…", ".../pages/2024-1-17/…"
    re.compile(r"/(?P<y>20\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>[0-2]?\d|3[01])/"),
)


# "…/khoa-hoc-cong-nghe/202302/phat-trien-…": the publishing system's folder of the month
URL_MONTH = re.compile(r"/(?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])/")

URL_YEARS = (2010, 2035)  # the press's digital-transformation years, with room to grow


def read_url_date(url: str) -> date | None:
    """The publication date a page's address carries, or None."""
    for pattern in URL_DATES:
        m = pattern.search(url or "")
        if m is None:
            continue
        year = int(m.group("y")) if "y" in m.groupdict() else 2000 + int(m.group("yy"))
        if not URL_YEARS[0] <= year <= URL_YEARS[1]:
            continue  # "-1238707152030451.htm" is an article number, not 15/07/2087
        return make_date(year, int(m.group("m")), int(m.group("d")))
    return None


def read_url_month(url: str) -> date | None:
    """The last day of the month a page's address files it under, or None."""
    m = URL_MONTH.search(url or "")
    if m is None or not URL_YEARS[0] <= int(m.group("y")) <= URL_YEARS[1]:
        return None
    return month_end(int(m.group("y")), int(m.group("m")))


def parse_published(path: Path, text: str) -> date:
    """Parse an ISO date (YYYY-MM-DD) from a sidecar, or refuse it naming the file."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise ReadError(path, f"published '{text}' is not an ISO date (YYYY-MM-DD)") from None


def hash_sidecar(report: Path) -> str:
    """Short hash of a report's sidecar bytes ('' when none): part of the extraction cache key."""
    path = sidecar_path(report)
    if not path.is_file():
        return ""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def write_sidecar(report: Path, meta: dict) -> Path:
    """Write a report's sidecar with the given keys (dates as ISO text)."""
    clean = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in meta.items() if v}
    path = sidecar_path(report)
    path.write_text(json.dumps(clean, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
