"""Pure builders for the data page (/data): filter options, grid columns and rows, downloads.

No Dash callbacks and no database here; the page module wires these to components.
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
from dash import dcc

from layouts.i18n import unit_name
from layouts.records import LEVELS
from metrics import export

LANGS = ("vi", "en")

LABELS: dict[str, dict[str, str]] = {
    "title": {"vi": "Dữ liệu và tải xuống", "en": "Data and downloads"},
    "intro": {
        "vi": "Lọc bảng số liệu rồi tải đúng những dòng đang hiển thị. Mỗi dòng kèm văn bản "
        "nguồn và câu trích nguyên văn.",
        "en": "Filter the table, then download exactly the rows shown. Every row carries its "
        "source document and exact quote.",
    },
    "family": {"vi": "Nhóm chỉ số", "en": "Family"},
    "indicator": {"vi": "Chỉ số", "en": "Indicator"},
    "breakdown": {"vi": "Phạm vi", "en": "Breakdown"},
    "period": {"vi": "Kỳ số liệu (ngày cuối kỳ)", "en": "Period (period end)"},
    "period_from": {"vi": "Từ ngày", "en": "From"},
    "period_to": {"vi": "Đến ngày", "en": "To"},
    "status": {"vi": "Trạng thái", "en": "Status"},
    "all": {"vi": "Tất cả", "en": "All"},
    "status_accepted": {"vi": "Đã chấp nhận", "en": "Accepted"},
    "status_needs_review": {"vi": "Chờ rà soát", "en": "In review"},
    "download": {"vi": "Tải xuống", "en": "Download"},
    "excel_vi": {
        "vi": "CSV cho Excel định dạng Việt Nam (dấu ; và dấu phẩy thập phân)",
        "en": "CSV for Excel in Vietnamese regional format (';' and decimal comma)",
    },
    "count": {"vi": "{n} / {total} dòng", "en": "{n} of {total} rows"},
    "empty": {"vi": "Không có dòng nào khớp bộ lọc.", "en": "No rows match these filters."},
    "no_database": {
        "vi": "Chưa có cơ sở dữ liệu ({db}). Hãy chạy `kpi refresh` để nạp các báo cáo.",
        "en": "No database yet ({db}). Run `kpi refresh` to load the reports.",
    },
    "load_error": {
        "vi": "Không đọc được dữ liệu: {error}",
        "en": "Could not read the data: {error}",
    },
    "bd_national": {"vi": "Cả nước", "en": "National"},
    "bd_ministries": {"vi": "Bộ, ngành", "en": "Ministries"},
    "bd_localities": {"vi": "Địa phương", "en": "Localities"},
    # grid headers
    "col_indicator": {"vi": "Mã chỉ số", "en": "Indicator id"},
    "col_indicator_name": {"vi": "Tên chỉ số", "en": "Indicator"},
    "col_family": {"vi": "Nhóm", "en": "Family"},
    "col_breakdown": {"vi": "Phạm vi", "en": "Breakdown"},
    "col_period_kind": {"vi": "Loại kỳ", "en": "Period kind"},
    "col_period_start": {"vi": "Đầu kỳ", "en": "Period start"},
    "col_period_end": {"vi": "Cuối kỳ", "en": "Period end"},
    "col_value": {"vi": "Giá trị", "en": "Value"},
    "col_unit": {"vi": "Đơn vị", "en": "Unit"},
    "col_qualifier": {"vi": "Từ bổ nghĩa", "en": "Qualifier"},
    "col_status": {"vi": "Trạng thái", "en": "Status"},
    "col_document": {"vi": "Tệp nguồn", "en": "File"},
    "col_document_title": {"vi": "Văn bản nguồn", "en": "Source document"},
    "col_document_number": {"vi": "Số hiệu", "en": "Number"},
    "col_published_date": {"vi": "Ngày ban hành", "en": "Published"},
    "col_quote": {"vi": "Câu trích", "en": "Quote"},
}

STATUS_CHOICES = ("accepted", "needs_review")
DEFAULT_STATUSES = ["accepted"]
# Statuses the page treats as "accepted" (a corrected value passed review too).
STATUS_GROUPS = {"accepted": export.ACCEPTED_STATUSES, "needs_review": export.REVIEW_STATUSES}
# What an analyst scans first (name, scope, period, value) leads; ids and files follow.
GRID_COLUMNS = [
    "indicator_name", "breakdown", "period_end", "value", "unit", "qualifier", "status", "quote",
    "document_number", "document_title", "published_date", "period_kind", "period_start",
    "family", "indicator", "document",
]  # fmt: skip
NUMBER_FORMATTER = {
    # Vietnamese shows 48,28 and 2.800.000; English 48.28 and 2,800,000.
    "vi": "params.value == null ? '' : Number(params.value).toLocaleString('vi-VN', {maximumFractionDigits: 2})",
    "en": "params.value == null ? '' : Number(params.value).toLocaleString('en-US', {maximumFractionDigits: 2})",
}


# AG Grid's own words (paging bar, empty table) in the page language.
GRID_LOCALE = {
    "vi": {"page": "Trang", "of": "trên", "to": "đến", "pageSizeSelectorLabel": "Số dòng mỗi trang:",
           "noRowsToShow": "Không có dòng nào khớp bộ lọc", "firstPage": "Trang đầu",
           "lastPage": "Trang cuối", "nextPage": "Trang sau", "previousPage": "Trang trước"},
    "en": {"noRowsToShow": "No rows match these filters"},
}  # fmt: skip


def norm_lang(lang: str | None) -> str:
    """Return 'en' when English is asked for, else 'vi'."""
    return "en" if str(lang or "").lower().startswith("en") else "vi"


def label(key: str, lang: str, **values) -> str:
    """Return a page label in the language, with {placeholders} filled."""
    text = LABELS[key][norm_lang(lang)]
    return text.format(**values) if values else text


# Dates travel as ISO text; Vietnamese reads them dd/mm/yyyy (2024-02-19 -> 19/02/2024).
DATE_FORMATTER = {
    "vi": "params.value ? params.value.slice(8, 10) + '/' + params.value.slice(5, 7) + '/' + params.value.slice(0, 4) : ''",
    "en": "params.value ? params.value : ''",
}
DATE_FIELDS = ("period_end", "period_start", "published_date")


def parse_list(value: str | list | None) -> list[str]:
    """Turn a query-string value ('a,b' or repeated) into a clean list."""
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    return [item.strip() for item in items if item and item.strip()]


def parse_date(value: str | None) -> str | None:
    """Return an ISO date from a query-string or date-picker value, or None when invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def build_family_options(families: pd.DataFrame, lang: str) -> list[dict]:
    """Dropdown options for the indicator families, in catalog order."""
    name = f"name_{norm_lang(lang)}"
    return [{"label": row[name], "value": row["id"]} for _, row in families.iterrows()]


def build_indicator_options(
    table: pd.DataFrame, catalog: pd.DataFrame, lang: str, families: list[str] | None = None
) -> list[dict]:
    """Dropdown options for the indicators that have rows, narrowed to the chosen families."""
    name = f"name_{norm_lang(lang)}"
    present = set(table["indicator"]) if not table.empty else set()
    chosen = catalog[catalog["id"].isin(present)]
    if families:
        chosen = chosen[chosen["family"].isin(families)]
    return [
        {"label": f"{row[name]} ({row['id']})", "value": row["id"]} for _, row in chosen.iterrows()
    ]


def name_breakdown(breakdown: str, lang: str) -> str:
    """Return a breakdown's label (national, ministries, localities, else the province name)."""
    key = f"bd_{breakdown}"
    return label(key, lang) if key in LABELS else breakdown


def build_breakdown_options(table: pd.DataFrame, lang: str) -> list[dict]:
    """Dropdown options for the breakdowns present: the three groups first, then provinces."""
    present = [] if table.empty else list(table["breakdown"].dropna().unique())
    groups = [b for b in LEVELS if b in present]
    provinces = sorted(b for b in present if b not in groups)
    return [{"label": name_breakdown(b, lang), "value": b} for b in groups + provinces]


def name_status(status: str, lang: str) -> str:
    """Return a stored status in words (accepted, corrected, in review)."""
    for choice, statuses in STATUS_GROUPS.items():
        if status in statuses:
            return label(f"status_{choice}", lang)
    return status


def build_status_options(lang: str) -> list[dict]:
    """Checklist options for the status filter (accepted, in review)."""
    return [{"label": label(f"status_{s}", lang), "value": s} for s in STATUS_CHOICES]


def expand_statuses(chosen: list[str] | None) -> list[str]:
    """Return the stored statuses behind the page's status choices (none chosen -> none)."""
    return [status for choice in chosen or [] for status in STATUS_GROUPS.get(choice, ())]


def build_filters(
    families: list[str] | None,
    indicators: list[str] | None,
    breakdowns: list[str] | None,
    date_from: str | None,
    date_to: str | None,
    statuses: list[str] | None,
) -> dict:
    """Collect the page's filter values as keyword arguments of export.filter_export_rows."""
    return {
        "families": list(families or []),
        "indicators": list(indicators or []),
        "breakdowns": list(breakdowns or []),
        "date_from": parse_date(date_from),
        "date_to": parse_date(date_to),
        "statuses": expand_statuses(statuses),
    }


def apply_filters(table: pd.DataFrame, filters: dict) -> pd.DataFrame:
    """Return exactly the rows the grid shows and the downloads contain."""
    if not filters["statuses"]:
        return table.iloc[0:0]  # no status ticked: nothing, not everything
    return export.filter_export_rows(table, **filters)


def describe_filters(filters: dict) -> dict:
    """Filters as written into the XLSX method sheet."""
    return {
        "family": filters["families"],
        "indicator": filters["indicators"],
        "breakdown": filters["breakdowns"],
        "from": filters["date_from"],
        "to": filters["date_to"],
        "status": filters["statuses"],
    }


def read_sort(sort_model: list | None, lang: str) -> list[tuple[str, bool]]:
    """AG Grid's sort model as (table column, ascending) pairs (the name in the language)."""
    names = {"indicator_name": f"indicator_name_{norm_lang(lang)}"}
    return [
        (names.get(item.get("colId"), item.get("colId")), item.get("sort") != "desc")
        for item in sort_model or []
        if item.get("colId")
    ]


def build_grid_options(lang: str) -> dict:
    """AG Grid options: paging (blocks of one page read from the server), tooltips, selectable
    text, labels in the language."""
    return {
        "pagination": True,
        "paginationPageSize": 50,
        "cacheBlockSize": 50,
        # the infinite model has no autoHeight: three wrapped lines fit; a quote's tooltip has it all
        "rowHeight": 68,
        "maxBlocksInCache": 20,
        "tooltipShowDelay": 300,
        "enableCellTextSelection": True,
        "localeText": GRID_LOCALE[norm_lang(lang)],
    }


# Widths in px sized to what the column holds, so that at 1400 px the quote is in view beside
# the name, level, date, value and status (AG Grid's default is 200 px for every column).
WIDTHS = {"breakdown": 130, "period_end": 110, "value": 105, "unit": 100, "qualifier": 115}
WIDTHS |= {"status": 125, "document_number": 130, "published_date": 115, "period_kind": 100}
WIDTHS |= {"period_start": 110, "family": 150, "indicator": 190, "document": 240}


def build_column_defs(lang: str) -> list[dict]:
    """AG Grid column definitions with headers in the language."""
    defs = []
    for field in GRID_COLUMNS:
        col = {"field": field, "headerName": label(f"col_{field}", lang)}
        if field in WIDTHS:
            col["width"] = WIDTHS[field]
        if field == "value":
            col.update(
                type="rightAligned",
                filter=False,
                valueFormatter={"function": NUMBER_FORMATTER[norm_lang(lang)]},
            )
        if field in DATE_FIELDS:
            col.update(valueFormatter={"function": DATE_FORMATTER[norm_lang(lang)]})
        if field == "quote":  # wrapped: a quote cut at 360 px hid its figure
            col.update(wrapText=True, autoHeight=True, tooltipField="quote", minWidth=420)
        if field in ("indicator_name", "document_title", "qualifier", "breakdown"):
            # wrapped, never cut ('Tỷ lệ dịch vụ công trực tuyến t…' at 1400 px)
            col.update(tooltipField=field, wrapText=True, autoHeight=True)
        if field in ("indicator_name", "document_title"):
            col.update(minWidth=240)
        if field == "indicator_name":
            col.update(pinned="left", minWidth=120, width=210)  # unpinned, 120 px on a phone
        defs.append(col)
    return defs


def to_json_value(value: object) -> object:
    """Convert a pandas value to what the grid can carry as JSON."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def build_grid_rows(
    frame: pd.DataFrame, lang: str, families: pd.DataFrame | None = None
) -> list[dict]:
    """Grid records: export columns with indicator, family, breakdown and status in the language."""
    lang = norm_lang(lang)
    family_names = (
        {} if families is None else dict(zip(families["id"], families[f"name_{lang}"], strict=True))
    )
    view = frame.assign(
        indicator_name=frame[f"indicator_name_{lang}"],
        family=frame["family"].map(lambda f: family_names.get(f, f)),
        breakdown=frame["breakdown"].map(lambda bd: name_breakdown(bd, lang)),
        status=frame["status"].map(lambda s: name_status(s, lang)),
        unit=frame["unit"].map(lambda u: unit_name(u, lang)),
    )
    columns = [c for c in GRID_COLUMNS if c in view.columns]
    return [
        {column: to_json_value(value) for column, value in zip(columns, row, strict=True)}
        for row in view[columns].itertuples(index=False)
    ]


def format_count(n: int, lang: str) -> str:
    """Group thousands the way the language does (1.234 in vi, 1,234 in en)."""
    text = f"{n:,}"
    return text if norm_lang(lang) == "en" else text.replace(",", ".")


def describe_count(n: int, total: int, lang: str) -> str:
    """Return 'n / total rows' in the language."""
    return label("count", lang, n=format_count(n, lang), total=format_count(total, lang))


def build_download(
    frame: pd.DataFrame,
    fmt: str,
    catalog: pd.DataFrame,
    excel_vi: bool = False,
    filters: dict | None = None,
    lang: str = "vi",
    today: dt.date | None = None,
) -> dict:
    """Return the dcc.Download payload of the filtered rows in csv, parquet or xlsx."""
    payload = export.write_export(
        frame,
        fmt,
        catalog,
        excel_vi=excel_vi,
        filters=describe_filters(filters) if filters else None,
        lang=norm_lang(lang),
    )
    # send_bytes keeps the CSV's BOM (send_data_frame with an encoding drops it).
    return dcc.send_bytes(
        payload, export.name_export_file(fmt, today=today), type=export.MEDIA_TYPES[fmt]
    )


def build_indicator_download(
    rows: pd.DataFrame,
    fmt: str,
    catalog: pd.DataFrame,
    lang: str = "vi",
    today: dt.date | None = None,
) -> dict:
    """Download payload of the values an indicator page shows (rows as metrics.queries reads them)."""
    revisions = "is_current" in rows.columns  # an indicator page lists replaced values too
    frame = export.build_export_frame(rows, catalog, revisions=revisions)
    ids = list(frame["indicator"].unique())
    stem = f"kpi_{ids[0]}" if len(ids) == 1 else "kpi-chuyen-doi-so"
    payload = export.write_export(
        frame, fmt, catalog, filters={"indicator": ids}, lang=norm_lang(lang)
    )
    return dcc.send_bytes(
        payload, export.name_export_file(fmt, stem=stem, today=today), type=export.MEDIA_TYPES[fmt]
    )
