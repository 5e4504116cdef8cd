"""Writing the export frame as CSV, Parquet or XLSX bytes, quotes kept exact where a format can.

CSV has no types: a text cell a spreadsheet would run as a formula (= + - @, tab, line break)
gets a leading ' (OWASP CSV injection). XLSX has types: such a cell is written as a typed text
cell (with Excel's quotePrefix style), which no spreadsheet runs as a formula, so the quote is
stored exactly, without the '. Parquet stores the text exactly.
"""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from metrics.export_frame import (
    DATE_COLUMNS,
    build_indicator_sheet,
    build_source_list,
)

FORMATS = ("csv", "parquet", "xlsx")
MEDIA_TYPES = {
    "csv": "text/csv",
    "parquet": "application/vnd.apache.parquet",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

# OWASP CSV injection: a spreadsheet reads a cell starting with these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")

SHEET_NAMES = ("data", "indicators", "method_sources")

METHOD_TEXT = {
    "vi": [
        ("Nguồn", "Giá trị được trích tự động từ các báo cáo, thông báo chính thức về chuyển đổi số "
                  "quốc gia; mỗi dòng ghi văn bản nguồn (document) và câu trích nguyên văn (quote)."),
        ("Chuỗi hiện hành", "Với mỗi chỉ tiêu × phân tổ × kỳ, lấy giá trị của văn bản công bố muộn "
                            "nhất; giá trị cũ vẫn được lưu (cột is_current khi xuất kèm các lần sửa đổi)."),
        ("Trạng thái", "accepted: đã qua kiểm tra hoặc đã được duyệt; needs_review: đang chờ duyệt."),
        ("Đơn vị", "Tỷ lệ tính bằng phần trăm (48,28 nghĩa là 48,28%); số đếm là số thường "
                   "(2,8 triệu = 2800000); tiền tính bằng tỷ đồng; tốc độ tính bằng Mbps."),
        ("Kỳ", "period_kind: as_of (tại một ngày), month, quarter, half, year, ytd (từ đầu năm), "
               "day_avg (bình quân ngày); period_start và period_end là ngày đầu và cuối kỳ."),
        ("Từ bổ nghĩa", "qualifier: từ giới hạn hoặc ước lượng giá trị trong văn bản (gần, hơn, trên, "
                        "khoảng, dưới, ước, đạt)."),
        ("An toàn", "CSV: ô văn bản bắt đầu bằng = + - @, tab hoặc xuống dòng được thêm dấu ' ở đầu "
                    "để bảng tính không coi là công thức (OWASP CSV injection); khi đọc bằng công cụ "
                    "khác, bỏ dấu ' đó để có câu trích nguyên văn. XLSX: các ô đó là ô văn bản "
                    "(kiểu text), không phải công thức, nên giữ nguyên văn, không thêm '. Parquet: "
                    "giữ nguyên văn. Số vẫn là số."),
    ],
    "en": [
        ("Source", "Values are extracted automatically from official reports and notices on "
                   "Vietnam's national digital transformation; every row names its source "
                   "document and the exact quote that states the value."),
        ("Current series", "For each indicator × breakdown × period the value from the latest "
                           "publication wins; older values are kept (is_current column when "
                           "revisions are exported)."),
        ("Status", "accepted: passed validation or was approved in review; needs_review: waiting "
                   "for review."),
        ("Units", "Rates as percent numbers (48.28 means 48.28%); counts as plain numbers "
                  "(2.8 million = 2800000); money in billion VND; speeds in Mbps."),
        ("Periods", "period_kind: as_of (a level at a date), month, quarter, half, year, ytd "
                    "(year to date), day_avg (average per day); period_start and period_end "
                    "bound the period."),
        ("Qualifier", "The Vietnamese word that bounds or approximates the value in the text "
                      "(gần, hơn, trên, khoảng, dưới, ước, đạt)."),
        ("Safety", "CSV: text cells starting with = + - @, tab or a line break get a leading ' "
                   "so spreadsheets never run them as formulas (OWASP CSV injection); tools "
                   "reading the CSV should drop that ' to get the exact quote. XLSX: such cells "
                   "are typed text cells, never formulas, so they hold the exact text with no '. "
                   "Parquet: exact text. Numbers stay numbers."),
    ],
}  # fmt: skip
SHEET_LABELS = {
    "vi": {"method": "Phương pháp", "filters": "Bộ lọc", "generated": "Thời điểm xuất",
           "rows": "Số dòng", "sources": "Văn bản nguồn"},
    "en": {"method": "Method", "filters": "Filters", "generated": "Exported at",
           "rows": "Rows", "sources": "Source documents"},
}  # fmt: skip


# ---------------------------------------------------------------- neutralising formulas


def neutralise_cell(value: object) -> object:
    """Prefix a text cell that a spreadsheet would read as a formula with a single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Neutralise every text cell; numeric, date and boolean columns are left as they are."""
    out = frame.copy()
    for column in out.columns:
        dtype = out[column].dtype
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            out[column] = out[column].map(neutralise_cell)
    return out


# ---------------------------------------------------------------- writing bytes


def format_number(value: float, decimal: str = ".") -> str:
    """Write a float without a spurious '.0' or float noise (15 significant digits)."""
    return f"{value:.15g}".replace(".", decimal)


def write_csv(frame: pd.DataFrame, excel_vi: bool = False) -> bytes:
    """Return CSV bytes in UTF-8 with BOM; excel_vi uses ';' and decimal commas."""
    sep, decimal = (";", ",") if excel_vi else (",", ".")
    text = neutralise_frame(frame).to_csv(
        index=False,
        sep=sep,
        date_format="%Y-%m-%d",
        float_format=lambda v: format_number(v, decimal),
        lineterminator="\r\n",  # what Excel writes and expects
    )
    # encode("utf-8-sig") writes the BOM Excel needs to read Vietnamese as UTF-8.
    return text.encode("utf-8-sig")


def to_arrow_table(frame: pd.DataFrame):
    """Return an Arrow table with date columns as date32 and text as plain strings."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    for name in DATE_COLUMNS:
        if name in table.column_names:
            index = table.column_names.index(name)
            table = table.set_column(index, name, table[name].cast(pa.date32()))
    return table


def write_parquet(frame: pd.DataFrame) -> bytes:
    """Return Parquet bytes with real date, float and boolean types (text not neutralised)."""
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(to_arrow_table(frame), buffer, compression="zstd")
    return buffer.getvalue()


def to_cell(value: object) -> object:
    """Convert one pandas value to what openpyxl stores: date, float, bool, str or None."""
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        # openpyxl refuses control characters; they carry no meaning in a quote.
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def write_table(sheet, frame: pd.DataFrame, start_row: int = 1) -> int:
    """Write a header and rows into a sheet, text as typed text cells; return the next free row."""
    from openpyxl.styles import Font

    for col, name in enumerate(frame.columns, start=1):
        write_cell(sheet, start_row, col, str(name)).font = Font(bold=True)
    for r, record in enumerate(frame.itertuples(index=False), start=start_row + 1):
        for col, value in enumerate(record, start=1):
            cell = write_cell(sheet, r, col, value)
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    return start_row + len(frame) + 1


def write_cell(sheet, row: int, column: int, value: object):
    """Write one value; text is stored as a typed text cell, exactly, never as a formula."""
    cell = sheet.cell(row=row, column=column)
    cell.value = to_cell(value)
    if isinstance(cell.value, str):
        # openpyxl would store "=HYPERLINK(...)" as a formula; a text cell is not one, so
        # the quote stays exact (no ' added). quotePrefix keeps it text if a user edits it.
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_PREFIXES):
            cell.quotePrefix = True
    return cell


def set_column_widths(sheet, frame: pd.DataFrame, widest: int = 60) -> None:
    """Size columns to their header and content so the sheet reads without resizing."""
    from openpyxl.utils import get_column_letter

    for col, name in enumerate(frame.columns, start=1):
        lengths = frame[name].astype("string").str.len().fillna(0)
        width = max(len(str(name)), int(lengths.max()) if len(lengths) else 0) + 2
        sheet.column_dimensions[get_column_letter(col)].width = min(width, widest)


def write_method_sheet(
    sheet,
    frame: pd.DataFrame,
    filters: dict | None,
    lang: str,
) -> None:
    """Write how the values were extracted, the filters used and the source documents."""
    from openpyxl.styles import Font

    labels = SHEET_LABELS.get(lang, SHEET_LABELS["vi"])
    write_cell(sheet, 1, 1, labels["method"]).font = Font(bold=True)
    row = 2
    for key, text in METHOD_TEXT.get(lang, METHOD_TEXT["vi"]):
        write_cell(sheet, row, 1, key)
        write_cell(sheet, row, 2, text)
        row += 1
    row += 1
    write_cell(sheet, row, 1, labels["filters"]).font = Font(bold=True)
    row += 1
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    facts = [(labels["generated"], generated), (labels["rows"], len(frame))]
    facts += [(k, describe_filter(v)) for k, v in (filters or {}).items()]
    for key, value in facts:
        write_cell(sheet, row, 1, str(key))
        write_cell(sheet, row, 2, value)
        row += 1
    row += 1
    write_cell(sheet, row, 1, labels["sources"]).font = Font(bold=True)
    sources = build_source_list(frame)
    write_table(sheet, sources, start_row=row + 1)
    set_column_widths(sheet, sources, widest=80)


def describe_filter(value: object) -> str:
    """Write a filter value for people: lists joined by commas, no filter as '*'."""
    if value is None or value == [] or value == "":
        return "*"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def write_xlsx(
    frame: pd.DataFrame,
    indicators: pd.DataFrame,
    filters: dict | None = None,
    lang: str = "vi",
) -> bytes:
    """Return an XLSX workbook: data, indicator metadata, method and sources."""
    from openpyxl import Workbook

    book = Workbook()
    data = book.active
    data.title = SHEET_NAMES[0]
    write_table(data, frame)
    set_column_widths(data, frame)
    data.freeze_panes = "A2"
    meta_sheet = book.create_sheet(SHEET_NAMES[1])
    meta = build_indicator_sheet(frame, indicators)
    write_table(meta_sheet, meta)
    set_column_widths(meta_sheet, meta)
    write_method_sheet(book.create_sheet(SHEET_NAMES[2]), frame, filters, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_export(
    frame: pd.DataFrame,
    fmt: str,
    indicators: pd.DataFrame,
    excel_vi: bool = False,
    filters: dict | None = None,
    lang: str = "vi",
) -> bytes:
    """Return the export in one of FORMATS as bytes."""
    if fmt == "csv":
        return write_csv(frame, excel_vi=excel_vi)
    if fmt == "parquet":
        return write_parquet(frame)
    if fmt == "xlsx":
        return write_xlsx(frame, indicators, filters=filters, lang=lang)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def name_export_file(
    fmt: str, stem: str = "kpi-chuyen-doi-so", today: dt.date | None = None
) -> str:
    """Return a download file name like kpi-chuyen-doi-so_2024-07-19.csv."""
    return f"{stem}_{(today or dt.date.today()).isoformat()}.{fmt}"
