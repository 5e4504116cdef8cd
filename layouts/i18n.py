"""Every label the dashboard shows, in Vietnamese (default) and English.

`t(key, lang, **values)` looks a label up and fills `{placeholders}`. Indicator and family names
come from the catalog (`name_vi` / `name_en`); this module holds the rest.
"""

from __future__ import annotations

from layouts.fmt import is_missing, norm_lang
from metrics.wording import STATUS_LABELS as WORDED_STATUS
from metrics.wording import STATUS_SYMBOLS

STRINGS: dict[str, dict[str, str]] = {
    # shell
    "app_title": {
        "vi": "Theo dõi chỉ tiêu chuyển đổi số quốc gia",
        "en": "National digital transformation tracker",
    },
    "app_subtitle": {
        "vi": "Số liệu trích từ báo cáo chính thức, mỗi con số kèm câu trích nguồn",
        "en": "Figures taken from official reports, each with its source sentence",
    },
    "site_short": {"vi": "Chuyển đổi số quốc gia", "en": "Vietnam digital transformation"},
    "nav_overview": {"vi": "Tổng quan", "en": "Overview"},
    "nav_reports": {"vi": "Báo cáo nguồn", "en": "Source reports"},
    "nav_data": {"vi": "Dữ liệu", "en": "Data"},
    "nav_method": {"vi": "Phương pháp", "en": "Method"},
    "lang_switch_label": {"vi": "Ngôn ngữ", "en": "Language"},
    "fresh_newest": {"vi": "Báo cáo mới nhất: {period}", "en": "Newest report: {period}"},
    "fresh_published": {"vi": "ban hành {date}", "en": "published {date}"},
    "fresh_refresh": {"vi": "Cập nhật dữ liệu lúc {when}", "en": "Data refreshed {when}"},
    "fresh_unknown": {"vi": "chưa rõ", "en": "unknown"},
    "stale_banner": {
        "vi": "Lưu ý: số liệu mới nhất đến {date}, cách đây {days} ngày. Báo cáo các tháng "
        "sau chưa được nạp, nên các con số dưới đây có thể chưa phản ánh tình hình hiện nay.",
        "en": "Please note: the newest figures date from {date}, {days} days ago. Later "
        "reports have not been loaded yet, so the figures below may not reflect the current "
        "situation.",
    },
    "no_database": {
        "vi": "Chưa có cơ sở dữ liệu ({db}). Hãy chạy lệnh `kpi refresh` để nạp các báo cáo.",
        "en": "No database yet ({db}). Run `kpi refresh` to load the reports.",
    },
    "load_error": {
        "vi": "Không đọc được dữ liệu: {error}",
        "en": "Could not read the data: {error}",
    },
    # overview
    "overview_heading": {"vi": "Tiến độ các chỉ tiêu", "en": "Progress on the indicators"},
    "overview_intro": {
        "vi": "Mỗi thẻ: giá trị mới nhất, chỉ tiêu và hạn, mức hoàn thành, đánh giá tiến độ. "
        "Trong mỗi nhóm, chỉ tiêu đáng lo nhất đứng đầu. Bấm vào thẻ để xem chi tiết và nguồn.",
        "en": "Each card: latest value, target and deadline, progress, and an assessment. "
        "Within each group the most worrying indicator comes first. Click a card for details "
        "and sources.",
    },
    "summary_counts": {
        "vi": "{n_target} chỉ tiêu có mục tiêu: {parts}",
        "en": "{n_target} indicators with a target: {parts}",
    },
    "family_no_data": {
        "vi": "{n} chỉ số chưa có số liệu",
        "en": "{n} without data yet",
    },
    "as_of": {"vi": "Số liệu {period}", "en": "As of {period}"},
    "since_previous": {
        "vi": "{change} so với kỳ trước ({period})",
        "en": "{change} since {period}",
    },
    "yoy": {"vi": "{change} so với cùng kỳ năm trước", "en": "{change} year on year"},
    "target_line": {"vi": "Chỉ tiêu: {value} đến {date}", "en": "Target: {value} by {date}"},
    "target_short": {"vi": "{value} đến {date}", "en": "{value} by {date}"},
    "overdue": {"vi": "đã quá hạn", "en": "deadline passed"},
    "target_source": {"vi": "theo {doc}", "en": "per {doc}"},
    "no_target": {
        "vi": "Chưa có chỉ tiêu trong báo cáo — theo dõi xu hướng",
        "en": "No target in the reports — trend shown",
    },
    "progress_label": {"vi": "Hoàn thành {pct} quãng đường", "en": "{pct} of the way"},
    "achieved_late_dates": {
        "vi": "Hạn {deadline} · đạt ngày {reached}",
        "en": "Due {deadline} · reached {reached}",
    },
    "no_data": {"vi": "Chưa có số liệu", "en": "No data yet"},
    "no_data_hint": {
        "vi": "Chưa có số liệu — thường có trong {source}.",
        "en": "No data yet — usually found in {source}.",
    },
    "other_breakdowns": {"vi": "Theo khối: {items}", "en": "By group: {items}"},
    "open_details": {"vi": "Xem chi tiết và nguồn", "en": "Details and sources"},
    "sparkline_alt": {"vi": "Diễn biến {name}", "en": "Trend of {name}"},
    "unit_of": {"vi": "Đơn vị: {unit}", "en": "Unit: {unit}"},
    # indicator page
    "back_overview": {"vi": "← Về tổng quan", "en": "← Back to overview"},
    "unknown_indicator": {
        "vi": "Không có chỉ số “{id}” trong danh mục.",
        "en": "There is no indicator “{id}” in the catalog.",
    },
    "breakdown_label": {"vi": "Phạm vi", "en": "Scope"},
    "chart_heading": {"vi": "Diễn biến theo thời gian", "en": "Over time"},
    "chart_hint": {
        "vi": "Di chuột hoặc chạm vào một điểm để xem báo cáo và câu trích; bấm để ghim bên dưới.",
        "en": "Hover or tap a point to see its report and quote; click to pin it below.",
    },
    "trace_target": {"vi": "Chỉ tiêu", "en": "Target"},
    "trace_required": {"vi": "Lộ trình cần đạt", "en": "Required path"},
    "trace_projection": {"vi": "Dự báo theo xu hướng", "en": "Projection from trend"},
    "hover_report": {"vi": "Báo cáo", "en": "Report"},
    "hover_target": {"vi": "Chỉ tiêu {value} đến {date}", "en": "Target {value} by {date}"},
    "table_heading": {"vi": "Các giá trị đã trích", "en": "Values extracted"},
    "table_hint": {
        "vi": "Mọi giá trị, kể cả bản đã được thay bằng báo cáo mới hơn. Bấm một dòng để xem câu nguồn.",
        "en": "Every value, including those replaced by a newer report. Click a row to see its source sentence.",
    },
    "col_period": {"vi": "Kỳ số liệu", "en": "Period"},
    "col_breakdown": {"vi": "Phạm vi", "en": "Scope"},
    "col_value": {"vi": "Giá trị", "en": "Value"},
    "col_report": {"vi": "Báo cáo", "en": "Report"},
    "col_published": {"vi": "Ngày ban hành", "en": "Published"},
    "col_quote": {"vi": "Câu trích", "en": "Quote"},
    "col_status": {"vi": "Trạng thái", "en": "Status"},
    "col_revision": {"vi": "Phiên bản", "en": "Revision"},
    "col_indicator": {"vi": "Chỉ số", "en": "Indicator"},
    "rev_current": {"vi": "đang dùng", "en": "current"},
    "rev_replaced": {"vi": "đã được thay", "en": "replaced"},
    "rev_pending": {"vi": "chưa dùng, chờ rà soát", "en": "not used until reviewed"},
    "rev_unused": {"vi": "không dùng", "en": "not used"},
    "rev_duplicate": {"vi": "bản trùng, không tính", "en": "duplicate, not counted"},
    "detail_heading": {"vi": "Nguồn của giá trị", "en": "Source of the value"},
    "detail_empty": {
        "vi": "Bấm vào một điểm trên biểu đồ hoặc một dòng trong bảng để xem nguồn.",
        "en": "Click a point on the chart or a row in the table to see its source.",
    },
    "detail_open_report": {
        "vi": "Mở báo cáo tại câu này",
        "en": "Open the report at this sentence",
    },
    "status_heading": {"vi": "Đánh giá", "en": "Assessment"},
    "targets_heading": {"vi": "Chỉ tiêu", "en": "Targets"},
    "definition": {"vi": "Định nghĩa", "en": "Definition"},
    # observation review statuses
    "obs_accepted": {"vi": "đã chấp nhận", "en": "accepted"},
    "obs_needs_review": {"vi": "chờ rà soát", "en": "waiting for review"},
    "obs_corrected": {"vi": "đã hiệu chỉnh", "en": "corrected"},
    "obs_rejected": {"vi": "đã loại", "en": "rejected"},
    "obs_duplicate": {"vi": "trùng lặp", "en": "duplicate"},
    # breakdowns
    "bd_national": {"vi": "Cả nước", "en": "National"},
    "pk_month": {"vi": "theo tháng", "en": "monthly"},
    "pk_quarter": {"vi": "theo quý", "en": "quarterly"},
    "pk_half": {"vi": "nửa năm", "en": "half-yearly"},
    "pk_year": {"vi": "theo năm", "en": "yearly"},
    "pk_ytd": {"vi": "lũy kế từ đầu năm", "en": "year to date"},
    "pk_as_of": {"vi": "tại thời điểm", "en": "level at a date"},
    "pk_day_avg": {"vi": "bình quân ngày", "en": "daily average"},
    "split_only": {
        "vi": "Chưa có số cả nước; số theo từng khối:",
        "en": "No national figure; each group's own:",
    },
    "pending_newer_one": {"vi": "1 giá trị mới chờ rà soát", "en": "1 new value awaiting review"},
    "pending_newer_many": {
        "vi": "{n} giá trị mới chờ rà soát",
        "en": "{n} new values awaiting review",
    },
    "pending_one": {"vi": "1 giá trị chờ rà soát", "en": "1 value awaiting review"},
    "pending_many": {"vi": "{n} giá trị chờ rà soát", "en": "{n} values awaiting review"},
    "bd_ministries": {"vi": "Bộ, ngành", "en": "Ministries"},
    "bd_localities": {"vi": "Địa phương", "en": "Localities"},
    # reports page
    "reports_heading": {"vi": "Báo cáo đã nạp", "en": "Loaded reports"},
    "reports_intro": {
        "vi": "Mỗi báo cáo và các giá trị trích từ đó. Chọn một giá trị để xem câu gốc được tô sáng.",
        "en": "Each report and the values taken from it. Select a value to see its sentence highlighted.",
    },
    "doc_kind": {"vi": "Loại", "en": "Kind"},
    "doc_number": {"vi": "Số hiệu", "en": "Number"},
    "doc_issuer": {"vi": "Cơ quan ban hành", "en": "Issuer"},
    "doc_published": {"vi": "Ngày ban hành", "en": "Published"},
    "doc_in_month": {"vi": "tháng {month}", "en": "{month}"},
    "doc_in_year": {"vi": "năm {year}", "en": "{year}"},
    "doc_period": {"vi": "Kỳ báo cáo", "en": "Period"},
    "doc_file": {"vi": "Tệp", "en": "File"},
    "doc_values": {"vi": "{n} giá trị", "en": "{n} values"},
    "doc_review": {"vi": "{n} chờ rà soát", "en": "{n} waiting for review"},
    "doc_duplicate": {
        "vi": "Trùng nội dung với {other} — không tính lại",
        "en": "Same content as {other} — not counted twice",
    },
    "doc_select": {"vi": "Xem báo cáo", "en": "Open report"},
    "doc_text_heading": {"vi": "Nội dung báo cáo", "en": "Report text"},
    "doc_values_heading": {
        "vi": "Giá trị trích từ báo cáo này",
        "en": "Values taken from this report",
    },
    "doc_none": {"vi": "Chưa có báo cáo nào được nạp.", "en": "No report has been loaded yet."},
    "doc_pick": {
        "vi": "Chọn một báo cáo ở danh sách bên trái.",
        "en": "Pick a report from the list.",
    },
    "doc_not_found": {"vi": "Không tìm thấy báo cáo này.", "en": "This report was not found."},
    "review_heading": {"vi": "Giá trị chờ rà soát", "en": "Values waiting for review"},
    "review_none": {
        "vi": "Không có giá trị nào chờ rà soát.",
        "en": "Nothing is waiting for review.",
    },
    "review_reason": {"vi": "Lý do", "en": "Reason"},
    # method page
    "method_heading": {"vi": "Phương pháp đánh giá", "en": "How status is assessed"},
    "method_missing": {
        "vi": "Chưa có tài liệu phương pháp.",
        "en": "The method document is not available yet.",
    },
    # 404
    "not_found": {"vi": "Không tìm thấy trang này.", "en": "This page does not exist."},
    "not_found_title": {"vi": "Không tìm thấy (404)", "en": "Not found (404)"},
    "unknown_page": {
        "vi": "Không có trang “{id}”.",
        "en": "There is no page “{id}”.",
    },
    "unknown_report": {
        "vi": "Không có báo cáo “{id}” trong cơ sở dữ liệu; không hiển thị báo cáo nào khác thay thế.",
        "en": "There is no report “{id}” in the database; no other report is shown in its place.",
    },
    "did_you_mean": {"vi": "Có phải bạn muốn xem:", "en": "Did you mean:"},
}

# The status words and symbols are metrics' (one truth for cards, CLI and briefing), keyed here
# by status first.
STATUS_LABELS: dict[str, dict[str, str]] = {
    status: {lang: WORDED_STATUS[lang][status] for lang in WORDED_STATUS}
    for status in WORDED_STATUS["vi"]
}
STATUS_ICONS = STATUS_SYMBOLS

# Where a missing indicator's figures are usually published (the kind of report that fills it).
_MONTHLY = {
    "vi": "Báo cáo chuyển đổi số quốc gia hằng tháng của Bộ TT&TT, mục {section}",
    "en": "the Ministry of Information and Communications' monthly national digital "
    "transformation report, section “{section}”",
}
_FAMILY_SECTION = {
    "e_services": {"vi": "Chính phủ số (dịch vụ công trực tuyến)", "en": "Digital government"},
    "infrastructure": {"vi": "Hạ tầng số", "en": "Digital infrastructure"},
    "ndxp": {
        "vi": "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)",
        "en": "National data integration and sharing platform (NDXP)",
    },
    "cybersecurity": {"vi": "An toàn thông tin mạng", "en": "Cybersecurity"},
    "digital_economy": {"vi": "Kinh tế số, xã hội số", "en": "Digital economy and society"},
}
_INDICATOR_SOURCE = {
    "egdi_rank": {
        "vi": "Báo cáo khảo sát Chính phủ điện tử của Liên hợp quốc (hai năm một lần)",
        "en": "the UN E-Government Survey (every two years)",
    },
    "digital_economy_gdp_share": {
        "vi": "số liệu kinh tế số của Tổng cục Thống kê, trích trong Báo cáo CĐS quốc gia",
        "en": "the General Statistics Office's digital economy figures, quoted in the national report",
    },
    "digital_economy_growth": {
        "vi": "số liệu kinh tế số của Tổng cục Thống kê, trích trong Báo cáo CĐS quốc gia",
        "en": "the General Statistics Office's digital economy figures, quoted in the national report",
    },
    "vneid_activated_accounts": {
        "vi": "báo cáo triển khai Đề án 06 của Bộ Công an",
        "en": "the Ministry of Public Security's Project 06 progress reports",
    },
    "chip_id_cards_issued": {
        "vi": "báo cáo triển khai Đề án 06 của Bộ Công an",
        "en": "the Ministry of Public Security's Project 06 progress reports",
    },
    "satisfaction_rate": {
        "vi": "thông báo kết luận của Ủy ban Quốc gia về chuyển đổi số, hoặc Báo cáo CĐS hằng tháng, mục Chính phủ số",
        "en": "the National Committee on Digital Transformation's conclusions, or the monthly report's digital government section",
    },
}


# The Vietnamese word that bounds a value, and its English rendering.
QUALIFIERS = {
    "gần": "almost",
    "hơn": "over",
    "trên": "over",
    "khoảng": "about",
    "dưới": "under",
    "ước": "est.",
    "ước đạt": "est.",
    "đạt": "",
}


def qualified(value_text: str, qualifier: str | None, lang: str = "vi") -> str:
    """Prefix a formatted value with its qualifier ('gần 2,8 triệu' · 'almost 2.8 m')."""
    q = (qualifier or "").strip()
    if not q or q == "đạt":
        return value_text
    word = q if norm_lang(lang) == "vi" else QUALIFIERS.get(q.lower(), "")
    return f"{word} {value_text}" if word else value_text


def t(key: str, lang: str = "vi", **values) -> str:
    """Return the label `key` in `lang`, with `{placeholders}` filled from `values`."""
    lang = norm_lang(lang)
    entry = STRINGS[key]
    text = entry.get(lang) or entry["vi"]
    return text.format(**values) if values else text


def status_label(status: str | None, lang: str = "vi") -> str:
    """Return the words for a status value (e.g. 'off_track' -> 'Chậm tiến độ')."""
    entry = STATUS_LABELS.get(status or "no_data", STATUS_LABELS["no_data"])
    return entry[norm_lang(lang)]


def breakdown_label(breakdown: str | None, lang: str = "vi") -> str:
    """Return the words for a breakdown; a province name is shown as it is."""
    key = f"bd_{breakdown or 'national'}"
    return t(key, lang) if key in STRINGS else str(breakdown)


def obs_status_label(status: str | None, lang: str = "vi") -> str:
    """Return the words for an observation's review status."""
    key = f"obs_{status}"
    return t(key, lang) if key in STRINGS else str(status or "")


def missing_source(indicator_id: str, family: str, lang: str = "vi") -> str:
    """Name the kind of report that usually carries an indicator."""
    lang = norm_lang(lang)
    if indicator_id in _INDICATOR_SOURCE:
        return _INDICATOR_SOURCE[indicator_id][lang]
    section = _FAMILY_SECTION.get(family, _FAMILY_SECTION["digital_economy"])[lang]
    return _MONTHLY[lang].format(section=section)


def missing_message(indicator_id: str, family: str, lang: str = "vi") -> str:
    """The sentence shown on a card without data."""
    return t("no_data_hint", lang, source=missing_source(indicator_id, family, lang))


def indicator_name(row, lang: str = "vi") -> str:
    """Pick the indicator's name in the language from a catalog row (mapping or Series)."""
    lang = norm_lang(lang)
    name = row.get(f"name_{lang}") if hasattr(row, "get") else None
    return str(name or row.get("name_vi") or row.get("id") or "")


KIND_LABELS = {
    "monthly_report": {"vi": "Báo cáo tháng", "en": "Monthly report"},
    "report": {"vi": "Báo cáo", "en": "Report"},
    "notice": {"vi": "Thông báo kết luận", "en": "Conclusion notice"},
    "conclusion_notice": {"vi": "Thông báo kết luận", "en": "Conclusion notice"},
    "committee_notice": {"vi": "Thông báo kết luận", "en": "Conclusion notice"},
    "news": {"vi": "Tin tức", "en": "News article"},
    "news_article": {"vi": "Tin tức", "en": "News article"},
    "decision": {"vi": "Quyết định", "en": "Decision"},
    "resolution": {"vi": "Nghị quyết", "en": "Resolution"},
    "plan": {"vi": "Kế hoạch", "en": "Plan"},
}


def kind_label(kind, lang: str) -> str:
    """A document kind in words (unknown kinds shown as stored)."""
    if is_missing(kind) or not kind:
        return "–"
    entry = KIND_LABELS.get(str(kind).lower())
    return entry[norm_lang(lang)] if entry else str(kind)


UNIT_NAMES = {
    "vi": {"percent": "%", "count": "số lượng", "billion_vnd": "tỷ đồng", "mbps": "Mbps",
           "per_100": "trên 100 dân", "rank": "thứ hạng"},
    "en": {"percent": "%", "count": "count", "billion_vnd": "billion VND", "mbps": "Mbps",
           "per_100": "per 100 inhabitants", "rank": "rank"},
}  # fmt: skip


def unit_name(unit: object, lang: str) -> str:
    """A catalog unit in words of the language ('percent' -> '%', 'count' -> 'số lượng')."""
    names = UNIT_NAMES["en" if str(lang).startswith("en") else "vi"]
    return names.get(str(unit), "" if unit is None else str(unit))
