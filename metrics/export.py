"""Analyst exports: the tidy table with its sources, as CSV, Parquet or XLSX bytes.

Pure functions build and write the export frame; `run_export_cli` is the `kpi export` command
and the only function here that reads the database (through metrics.queries).
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import io
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

import pandas as pd

# `kpi extract --csv` columns, first and in this order (DESIGN.md), then what explains them.
EXTRACT_COLUMNS = [
    "document", "indicator", "breakdown", "period_kind", "period_start", "period_end",
    "value", "unit", "qualifier", "status", "quote",
]  # fmt: skip
EXTRA_COLUMNS = [
    "indicator_name_vi", "indicator_name_en", "family", "document_title", "document_number",
    "published_date", "observation_id",
]  # fmt: skip
EXPORT_COLUMNS = EXTRACT_COLUMNS + EXTRA_COLUMNS
REVISION_COLUMN = "is_current"
DATE_COLUMNS = ["period_start", "period_end", "published_date"]
TEXT_DEFAULTS = {"qualifier": "", "status": "accepted", "observation_id": ""}

# Reader columns that carry the same thing under another name; only used when ours is absent.
COLUMN_ALIASES = {
    "indicator_name_vi": ["name_vi", "indicator_vi"],
    "indicator_name_en": ["name_en", "indicator_en"],
    "family": ["family_id", "indicator_family"],
    "document": ["file_name", "document_file", "doc_file_name", "filename"],
    "document_title": ["title", "doc_title"],
    "document_number": ["number", "doc_number"],
    "published_date": ["doc_published_date", "publication_date", "document_published_date"],
}

ACCEPTED_STATUSES = ("accepted", "corrected")  # a corrected value is an accepted decision
REVIEW_STATUSES = ("needs_review",)
FORMATS = ("csv", "parquet", "xlsx")
MEDIA_TYPES = {
    "csv": "text/csv",
    "parquet": "application/vnd.apache.parquet",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

# OWASP CSV injection: a spreadsheet reads a cell starting with these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")

INDICATOR_SHEET_COLUMNS = [
    "id", "name_vi", "name_en", "family", "family_name_vi", "family_name_en", "unit", "kind",
    "direction", "definition",
]  # fmt: skip
SOURCE_COLUMNS = ["document", "document_title", "document_number", "published_date"]
SHEET_NAMES = ("data", "indicators", "method_sources")

EXIT_OK, EXIT_CRASH, EXIT_USAGE, EXIT_NOINPUT = 0, 1, 2, 66

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
        ("An toàn", "Ô văn bản bắt đầu bằng = + - @, tab hoặc xuống dòng được thêm dấu ' ở đầu để "
                    "bảng tính không coi là công thức (OWASP CSV injection); số vẫn là số."),
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
        ("Safety", "Text cells starting with = + - @, tab or a line break get a leading ' so "
                   "spreadsheets never run them as formulas (OWASP CSV injection); numbers "
                   "stay numbers."),
    ],
}  # fmt: skip
SHEET_LABELS = {
    "vi": {"method": "Phương pháp", "filters": "Bộ lọc", "generated": "Thời điểm xuất",
           "rows": "Số dòng", "sources": "Văn bản nguồn"},
    "en": {"method": "Method", "filters": "Filters", "generated": "Exported at",
           "rows": "Rows", "sources": "Source documents"},
}  # fmt: skip


# ---------------------------------------------------------------- building the frame


def rename_aliases(rows: pd.DataFrame) -> pd.DataFrame:
    """Rename reader columns to the export names where the export name is missing."""
    renames = {}
    for target, aliases in COLUMN_ALIASES.items():
        if target in rows.columns:
            continue
        found = next((a for a in aliases if a in rows.columns and a not in renames), None)
        if found is not None:
            renames[found] = target
    return rows.rename(columns=renames)


def attach_indicator_names(rows: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """Fill indicator names, family and unit from the catalog where the rows lack them."""
    meta = indicators.reset_index(drop=True).set_index("id")
    out = rows.copy()
    for column, source in [
        ("indicator_name_vi", "name_vi"),
        ("indicator_name_en", "name_en"),
        ("family", "family"),
        ("unit", "unit"),
    ]:
        looked_up = out["indicator"].map(meta[source]) if source in meta else None
        if column not in out.columns:
            out[column] = looked_up
        elif looked_up is not None:
            out[column] = out[column].where(out[column].notna(), looked_up)
    return out


def attach_documents(rows: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Fill document file name, title, number and publication date from the documents table."""
    docs = rename_aliases(documents)
    key = "doc_sha256" if {"doc_sha256"} <= set(rows.columns) & set(docs.columns) else "document"
    if key not in docs.columns or key not in rows.columns:
        return rows
    wanted = [c for c in SOURCE_COLUMNS if c in docs.columns and c != key]
    missing = [c for c in wanted if c not in rows.columns]
    if not missing:
        return rows
    lookup = docs.drop_duplicates(key).set_index(key)[missing]
    out = rows.copy()
    for column in missing:
        out[column] = out[key].map(lookup[column])
    return out


def coerce_dates(values: pd.Series) -> pd.Series:
    """Return a column as dates (midnight timestamps); unparseable values become NaT."""
    return pd.to_datetime(values, errors="coerce").dt.normalize().astype("datetime64[ms]")


def build_export_frame(
    rows: pd.DataFrame,
    indicators: pd.DataFrame | None = None,
    revisions: bool = False,
) -> pd.DataFrame:
    """Return the export table: fixed columns in order, typed, sorted, one row per value."""
    out = rename_aliases(rows)
    if indicators is not None and "indicator" in out.columns:
        out = attach_indicator_names(out, indicators)
    for column in EXPORT_COLUMNS:
        if column not in out.columns:
            out[column] = TEXT_DEFAULTS.get(column)
    for column, default in TEXT_DEFAULTS.items():
        out[column] = out[column].fillna(default)
    for column in DATE_COLUMNS:
        out[column] = coerce_dates(out[column])
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype("float64")
    columns = list(EXPORT_COLUMNS)
    if revisions:
        current = out[REVISION_COLUMN] if REVISION_COLUMN in out.columns else True
        out[REVISION_COLUMN] = pd.Series(current, index=out.index).fillna(False).astype(bool)
        columns.append(REVISION_COLUMN)
    return sort_export_frame(out[columns], indicators)


def sort_export_frame(frame: pd.DataFrame, indicators: pd.DataFrame | None) -> pd.DataFrame:
    """Sort by catalog order, breakdown, period and publication (stable, index reset)."""
    order = {} if indicators is None else {i: n for n, i in enumerate(indicators["id"])}
    rank = frame["indicator"].map(order).fillna(len(order))
    keyed = frame.assign(_rank=rank)
    keys = ["_rank", "indicator", "breakdown", "period_end", "period_start", "published_date"]
    keyed = keyed.sort_values(keys, kind="stable", na_position="last")
    return keyed.drop(columns="_rank").reset_index(drop=True)


def select_revision_rows(observations: pd.DataFrame) -> pd.DataFrame:
    """Keep the accepted values, current and replaced, out of every stored observation."""
    status = observations.get("status", pd.Series("accepted", index=observations.index))
    return observations[status.isin(ACCEPTED_STATUSES)]


def filter_export_rows(
    frame: pd.DataFrame,
    indicators: Sequence[str] | None = None,
    families: Sequence[str] | None = None,
    breakdowns: Sequence[str] | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    statuses: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Keep the rows matching every given filter; the period range applies to period_end."""
    keep = pd.Series(True, index=frame.index)
    for column, wanted in [
        ("indicator", indicators),
        ("family", families),
        ("breakdown", breakdowns),
        ("status", statuses),
    ]:
        if wanted:
            keep &= frame[column].isin(list(wanted))
    if date_from:
        keep &= frame["period_end"] >= pd.Timestamp(date_from)
    if date_to:
        keep &= frame["period_end"] <= pd.Timestamp(date_to)
    return frame[keep].reset_index(drop=True)


def build_indicator_sheet(frame: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """Return the catalog entries of the indicators present in the export."""
    present = indicators[indicators["id"].isin(frame["indicator"].unique())]
    columns = [c for c in INDICATOR_SHEET_COLUMNS if c in present.columns]
    return present[columns].reset_index(drop=True)


def build_source_list(frame: pd.DataFrame) -> pd.DataFrame:
    """Return one row per source document of the export, newest publication first."""
    sources = frame[SOURCE_COLUMNS].drop_duplicates("document")
    sources = sources.sort_values(["published_date", "document"], ascending=[False, True])
    return sources.reset_index(drop=True)


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
    """Write a header and rows (neutralised) into a sheet; return the next free row."""
    from openpyxl.styles import Font

    safe = neutralise_frame(frame)
    for col, name in enumerate(safe.columns, start=1):
        sheet.cell(row=start_row, column=col, value=str(name)).font = Font(bold=True)
    for r, record in enumerate(safe.itertuples(index=False), start=start_row + 1):
        for col, value in enumerate(record, start=1):
            cell = sheet.cell(row=r, column=col, value=to_cell(value))
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    return start_row + len(safe) + 1


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
    sheet.cell(row=1, column=1, value=labels["method"]).font = Font(bold=True)
    row = 2
    for key, text in METHOD_TEXT.get(lang, METHOD_TEXT["vi"]):
        sheet.cell(row=row, column=1, value=neutralise_cell(key))
        sheet.cell(row=row, column=2, value=neutralise_cell(text))
        row += 1
    row += 1
    sheet.cell(row=row, column=1, value=labels["filters"]).font = Font(bold=True)
    row += 1
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    facts = [(labels["generated"], generated), (labels["rows"], len(frame))]
    facts += [(k, describe_filter(v)) for k, v in (filters or {}).items()]
    for key, value in facts:
        sheet.cell(row=row, column=1, value=neutralise_cell(str(key)))
        sheet.cell(row=row, column=2, value=neutralise_cell(value))
        row += 1
    row += 1
    sheet.cell(row=row, column=1, value=labels["sources"]).font = Font(bold=True)
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


# ---------------------------------------------------------------- reading (CLI and page)


def read_export_rows(
    db: Path,
    indicators: Sequence[str] | None = None,
    families: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    revisions: bool = False,
    catalog: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Read the current series (or every accepted revision) and return the export frame."""
    from metrics import queries
    from metrics.catalog import load_catalog

    catalog = load_catalog() if catalog is None else catalog
    if revisions:
        observations = queries.read_observations(db, indicator=None, include_revisions=True)
        rows = attach_documents(select_revision_rows(observations), queries.read_documents(db))
    else:
        rows = queries.read_current_series(
            db,
            indicators=list(indicators or []) or None,
            families=list(families or []) or None,
            date_from=date_from,
            date_to=date_to,
        )
    frame = build_export_frame(rows, catalog, revisions=revisions)
    # Filtering again is idempotent and gives the revisions path the same semantics.
    return filter_export_rows(frame, indicators, families, None, date_from, date_to)


def read_tidy_table(db: Path, catalog: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read the current series plus every value waiting for review, as one export frame."""
    from metrics import queries
    from metrics.catalog import load_catalog

    catalog = load_catalog() if catalog is None else catalog
    current = build_export_frame(queries.read_current_series(db), catalog)
    observations = queries.read_observations(db, indicator=None, include_revisions=True)
    waiting = observations[observations["status"].isin(REVIEW_STATUSES)]
    if waiting.empty:
        return current
    waiting = attach_documents(waiting, queries.read_documents(db))
    review = build_export_frame(waiting, catalog)
    parts = [part for part in (current, review) if not part.empty]
    return sort_export_frame(pd.concat(parts, ignore_index=True), catalog)


def find_unknown(values: Iterable[str], known: Iterable[str]) -> list[str]:
    """Return the values that are not among the known ones, in the order given."""
    known_set = set(known)
    return [v for v in values if v not in known_set]


def parse_cli_date(text: str | None) -> str | None:
    """Return an ISO date string for --from/--to, or raise ValueError."""
    if not text:
        return None
    return dt.date.fromisoformat(text).isoformat()


def check_export_args(args: argparse.Namespace, catalog: pd.DataFrame) -> list[str]:
    """Return usage errors for `kpi export` arguments (empty when they are fine)."""
    errors = []
    unknown = find_unknown(args.indicator or [], catalog["id"])
    for name in unknown:
        close = difflib.get_close_matches(name, list(catalog["id"]), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else " (see metrics/catalog.toml)"
        errors.append(f"unknown indicator id: {name}{hint}")
    unknown = find_unknown(args.family or [], catalog["family"].unique())
    if unknown:
        known = ", ".join(catalog["family"].unique())
        errors.append(f"unknown family: {', '.join(unknown)} (known: {known})")
    for flag, value in [("--from", args.date_from), ("--to", args.date_to)]:
        try:
            parse_cli_date(value)
        except ValueError:
            errors.append(f"{flag} {value!r} is not a date (use YYYY-MM-DD)")
    if args.excel_vi and args.format != "csv":
        errors.append("--excel-vi applies to --format csv only")
    if args.out is not None and not Path(args.out).parent.is_dir():
        errors.append(f"--out {args.out}: folder {Path(args.out).parent} does not exist")
    if args.out is None and args.format != "csv" and sys.stdout.isatty():
        # binary bytes on a terminal garble it; a pipe or a file is what the user meant
        errors.append(f"--format {args.format} is binary: give --out FILE or pipe the output")
    return errors


def run_export_cli(
    args: argparse.Namespace,
    stdout: IO[bytes] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run `kpi export`: write the filtered export to --out or stdout; return the exit code."""
    from metrics.catalog import load_catalog

    err = stderr or sys.stderr
    catalog = load_catalog()
    errors = check_export_args(args, catalog)
    if errors:
        for message in errors:
            print(f"kpi export: {message}", file=err)
        return EXIT_USAGE
    db = Path(args.db)
    if not db.exists():
        print(f"kpi export: database not found: {db} (run `kpi refresh` first)", file=err)
        return EXIT_NOINPUT
    try:
        frame = read_export_rows(
            db,
            indicators=args.indicator,
            families=args.family,
            date_from=parse_cli_date(args.date_from),
            date_to=parse_cli_date(args.date_to),
            revisions=args.revisions,
            catalog=catalog,
        )
    except Exception as exc:  # a damaged or busy database: say which and why
        print(f"kpi export: cannot read database {db}: {exc}", file=err)
        return EXIT_CRASH
    filters = {
        "indicator": args.indicator,
        "family": args.family,
        "from": args.date_from,
        "to": args.date_to,
        "revisions": args.revisions,
    }
    payload = write_export(frame, args.format, catalog, excel_vi=args.excel_vi, filters=filters)
    if frame.empty:
        print("kpi export: no values match these filters (header only)", file=err)
    return write_payload(payload, args.out, stdout)


def write_payload(payload: bytes, out: Path | None, stdout: IO[bytes] | None = None) -> int:
    """Write bytes to a file, or to standard output's binary buffer; return the exit code."""
    if out is not None:
        Path(out).write_bytes(payload)
        return EXIT_OK
    if stdout is None:
        sys.stdout.flush()  # anything printed as text must come before our bytes
        stdout = sys.stdout.buffer
    stdout.write(payload)
    stdout.flush()
    return EXIT_OK
