"""Where a value's date comes from: sidecars, the text, never the machine's clock; kpi add; kpi eval."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from cli import main
from etl.docdate import latest_reported_date, read_page_stamp
from etl.extract import extract_file
from etl.sidecar import read_url_date, read_url_month

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "reports" / "001_tin-tuc_phien-hop-9_2024-07-10.txt"
NOW_SENTENCE = "Hiện nay, tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,4%.\n"


def write(folder: Path, name: str, text: str, meta: dict | None = None) -> Path:
    """A report file, with its sidecar when `meta` is given."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def extract_rows(path: Path) -> list[dict]:
    return extract_file(path).observations.to_dict("records")


def test_sidecar_dates_the_document_and_its_relative_values(tmp_path):
    meta = {"published": "2024-10-15", "url": "https://example.gov.vn/a", "title": "Tin"}
    extraction = extract_file(write(tmp_path, "a.txt", NOW_SENTENCE, meta))
    assert extraction.document["published_date"] == date(2024, 10, 15)
    assert extraction.document["date_source"] == "sidecar"
    assert extraction.document["url"] == meta["url"] and extraction.document["title"] == "Tin"
    (row,) = extraction.observations.to_dict("records")
    assert (row["status"], row["period_end"], row["date_source"]) == (
        "accepted",
        date(2024, 10, 15),
        "sidecar",
    )


def test_no_date_anywhere_goes_to_review_never_to_today(tmp_path, capsys):
    path = write(tmp_path, "undated.txt", NOW_SENTENCE)
    (row,) = extract_rows(path)
    assert row["status"] == "needs_review" and row["date_source"] == "unknown"
    assert "document date unknown: add published to undated.txt.meta.json" in row["review_reason"]
    assert row["period_end"] != date.today()
    assert main(["extract", str(path), "--csv"]) == 0
    (printed,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert (printed["period_start"], printed["period_end"], printed["status"]) == (
        "",
        "",
        "needs_review",
    )


def test_a_page_address_with_its_creation_time_dates_the_document(tmp_path):
    # The Vietnamese press's publishing systems write the article's creation time in its address.
    url = "https://thanhnien.vn/toc-do-internet-tang-18524071016592506.htm"
    extraction = extract_file(write(tmp_path, "a.txt", NOW_SENTENCE, {"url": url}))
    assert extraction.document["published_date"] == date(2024, 7, 10)
    assert extraction.document["date_source"] == "url"
    (row,) = extraction.observations.to_dict("records")
    assert (row["status"], row["period_end"]) == ("accepted", date(2024, 7, 10))


def test_a_page_filed_under_its_month_is_dated_by_that_month(tmp_path):
    # "…/khoa-hoc-cong-nghe/202302/…": the publishing system's folder of the month the page was
    # written in. Its "hiện nay" is that month, and a plan for the year does not move it.
    text = "Năm 2023, các doanh nghiệp tiếp tục mở rộng mạng cáp quang.\n" + NOW_SENTENCE
    url = "https://baotinh.vn/khoa-hoc-cong-nghe/202302/cap-quang-ac156c3"
    extraction = extract_file(write(tmp_path, "a.txt", text, {"url": url}))
    assert extraction.document["date_source"] == "url_month"
    (row,) = extraction.observations.to_dict("records")
    assert (row["status"], row["period_end"]) == ("accepted", date(2023, 2, 28))
    assert read_url_month("https://x.vn/202313/bai") is None  # no 13th month


def test_only_a_real_clock_after_the_day_makes_an_address_a_date():
    assert read_url_date("https://x.vn/a-20250922034628137.htm") == date(2025, 9, 22)
    assert read_url_date("https://x.vn/2023/03/07/bai-viet") == date(2023, 3, 7)
    # a portal's folder of the day ("qbtv.vn/portal/pages/2024-7-20/…")
    assert read_url_date("https://x.vn/portal/pages/2024-7-20/bai-30300.aspx") == date(2024, 7, 20)
    # an article number, not a timestamp: 99 is no hour
    assert read_url_date("https://x.vn/a-18524071099592506.htm") is None
    assert read_url_date("https://nhandan.vn/post-836385.html") is None
    assert read_url_date("") is None


def test_a_stated_period_needs_no_document_date(tmp_path):
    text = "Tính đến hết tháng 6/2025, tỷ lệ hộ gia đình sử dụng cáp quang đạt 85,1%.\n"
    (row,) = extract_rows(write(tmp_path, "stated.txt", text))
    assert (row["status"], row["period_end"], row["date_source"]) == (
        "accepted",
        date(2025, 6, 30),
        "text",
    )


def test_year_carried_from_the_context():
    text = "6 tháng đầu năm nay, Cổng có 167.000 tài khoản mới, tăng 20% so với cùng kỳ năm 2021."
    # "cùng kỳ năm 2021" puts the text in 2022; "6 tháng đầu năm nay" then reaches June.
    assert latest_reported_date(text) == (date(2022, 6, 30), "month")
    assert latest_reported_date("So với cùng kỳ năm 2021, số tài khoản tăng.") == (
        date(2022, 1, 1),
        "year",
    )


def test_the_same_month_a_year_before_dates_the_figure_a_year_on():
    # (form seen on a press page of 2023: doanhnghiephoinhap.vn, Mobile Money users)
    text = (
        "Việt Nam đã có hơn 3,9 triệu người sử dụng dịch vụ Mobile Money, tăng 6,3% so với "
        "tháng 3/2023 và gấp 3 lần so với cùng kỳ tháng 4/2022. Dịch vụ được cấp phép thí điểm "
        "trong thời gian 2 năm, từ 18/11/2021 đến 18/11/2023."
    )
    # April 2023: a licence's term ends later, but it is a term, not what the text reports on
    assert latest_reported_date(text) == (date(2023, 4, 30), "month")
    assert latest_reported_date("Quý II tăng 5% so với cùng kỳ quý II/2023.")[0] == date(
        2024, 6, 30
    )


def test_a_year_done_dates_a_meeting_early_in_the_next():
    # "Trong năm 2023 đã tiếp nhận …": the whole year is over, so "Sáng 13/3" is in 2024
    text = (
        "Sáng 13/3, Bộ Công an tổ chức hội nghị trực tuyến.\n\nTrong năm 2023 đã tiếp nhận, giải "
        "quyết trên 60 triệu hồ sơ."
    )
    extraction = extract_file_from_text(text)
    assert extraction.document["published_date"] == date(2024, 3, 13)


def test_a_year_compared_with_is_over():
    text = "Trong 6 tháng đầu năm, 4G phủ sóng 98,5% thôn, bản, tăng 0,7% so với năm 2023."
    assert latest_reported_date(text) == (date(2024, 6, 30), "month")


def test_an_event_named_with_its_year_gives_the_year():
    text = "Sáng 25/10, Hội thảo Quốc gia về Chính phủ số 2024 đã diễn ra tại Đà Nẵng."
    assert latest_reported_date(text) == (date(2024, 12, 31), "year")
    # a date is no event's year; a span of years names none
    assert latest_reported_date("Hội nghị ngày 20/10/2020 đã thảo luận.")[0] == date(2020, 10, 20)
    assert latest_reported_date("Diễn đàn giai đoạn 2021 - 2025 của tỉnh.") == (None, "month")


def test_a_page_stamp_the_text_contradicts_is_not_used():
    raw = " date 2020-01-01 Tháng 9/2025, tốc độ băng rộng cố định đạt 272,44 Mbps."
    assert read_page_stamp(raw) == date(2020, 1, 1)
    extraction = extract_file_from_text(raw)
    assert extraction.document["date_source"] == "reported"
    assert extraction.document["published_date"] == date(2025, 9, 30)


def extract_file_from_text(raw: str):
    from etl.extract import extract_text

    return extract_text(raw, "page.txt", "0" * 64)


def test_plans_do_not_date_the_report():
    text = "Năm 2023 đạt 79,4%. Mục tiêu đến năm 2025 đạt 85%; kế hoạch năm 2026 sẽ có 90%."
    assert latest_reported_date(text) == (date(2023, 12, 31), "year")


def test_extract_skips_sidecars_named_on_the_command_line(tmp_path, capsys):
    report = write(tmp_path, "a.txt", NOW_SENTENCE, {"published": "2024-10-15"})
    code = main(["extract", str(report), str(report) + ".meta.json", "--csv"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["document"] for r in rows] == ["a.txt"]
    code = main(["extract", str(tmp_path), "--csv"])  # a folder: the sidecar is not a report
    assert code == 0 and capsys.readouterr().err == ""


def test_a_bad_sidecar_is_named_with_its_reason(tmp_path, capsys):
    report = write(tmp_path, "a.txt", NOW_SENTENCE)
    (tmp_path / "a.txt.meta.json").write_text('{"published": "15/10/2024"}', encoding="utf-8")
    code = main(["extract", str(report), "--csv"])
    err = capsys.readouterr().err
    assert code == 65
    assert "a.txt.meta.json" in err and "not an ISO date" in err


def test_add_copies_reports_with_their_sidecar(tmp_path, capsys):
    reports = tmp_path / "reports"
    args = ["add", str(REPORT), "--reports", str(reports), "--published", "2024-07-10"]
    told = ["--url", "https://example.gov.vn/p9", "--publisher", "Báo Lào Cai"]
    assert main([*args, *told]) == 0
    copied = reports / REPORT.name
    assert copied.read_bytes() == REPORT.read_bytes()
    meta = json.loads((reports / f"{REPORT.name}.meta.json").read_text(encoding="utf-8"))
    assert meta == {
        "published": "2024-07-10",
        "url": "https://example.gov.vn/p9",
        "publisher": "Báo Lào Cai",
    }
    assert main(args) == 0  # the same file again: nothing to do
    assert "already there" in capsys.readouterr().out


def test_add_refuses_a_name_taken_by_other_content(tmp_path, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / REPORT.name).write_text("another report", encoding="utf-8")
    assert main(["add", str(REPORT), "--reports", str(reports)]) == 65
    err = capsys.readouterr().err
    assert REPORT.name in err and "already in" in err
    assert (reports / REPORT.name).read_text(encoding="utf-8") == "another report"


def test_add_refuses_a_bad_date(tmp_path, capsys):
    args = ["add", str(REPORT), "--reports", str(tmp_path), "--published", "10/07/2024"]
    assert main(args) == 2
    assert "not a date" in capsys.readouterr().err


def test_eval_reports_precision_and_recall(capsys):
    golden = ROOT / "tests" / "golden" / "seeds.csv"
    assert main(["eval", str(golden), str(ROOT / "data" / "reports")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("precision 1.00") and "\nrecall    1.00" in out
    assert "by family:" in out and "misses (0):" in out and "false values (0):" in out


def test_eval_of_a_page_with_nothing_labelled_counts_its_false_values(tmp_path, capsys):
    """A page a careful reader finds no value in is still scored: what was accepted is false."""
    page = tmp_path / "empty.txt"
    page.write_text("Trong tháng 5/2024, cả nước ghi nhận 1.200 cuộc tấn công mạng.\n", "utf-8")
    golden = tmp_path / "golden.csv"
    head = "document,indicator,breakdown,period_kind,period_start,period_end,value,unit,qualifier,quote,note"
    golden.write_text(head + "\n", encoding="utf-8")
    assert main(["eval", str(golden), str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("precision 0.00 (0 of 1 accepted values right)"), out
    assert "recall    - (0 of 0 labelled values found)" in out and "false values (1):" in out


def test_eval_names_a_missing_golden_file(capsys):
    assert main(["eval", "no-such.csv", str(REPORT)]) == 66
    assert "no-such.csv" in capsys.readouterr().err


def test_refresh_reads_sidecars_and_never_takes_them_for_reports(tmp_path):
    import duckdb
    from refresh_helpers import make_store

    from etl.load import DUCKDB_CONFIG

    store = make_store(tmp_path)
    name = REPORT.name
    meta = {"published": "2024-07-10", "url": "https://example.gov.vn/p9"}
    (store.reports / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    # a page dated only by the month its address files it under: the refresh records how finely
    # its date is known, for every surface that shows it
    filed = "https://baotinh.vn/khoa-hoc-cong-nghe/202302/cap-quang-ac156c3"
    (store.reports / "filed.txt").write_text(NOW_SENTENCE + "\n", encoding="utf-8")
    (store.reports / "filed.txt.meta.json").write_text(json.dumps({"url": filed}), "utf-8")
    # a year's review with no date but the year it looks back on: "năm 2023", not "tháng 12/2023"
    review = "Năm 2023, tỷ lệ hộ gia đình sử dụng cáp quang trên địa bàn tỉnh đạt 78,5%.\n"
    (store.reports / "review.txt").write_text(review, encoding="utf-8")
    result = store.refresh()
    assert result.exit_code == 0, result.problems
    assert not [p for p in result.problems if "meta.json" in p]
    con = duckdb.connect(str(store.db.resolve()), read_only=True, config=DUCKDB_CONFIG)
    try:
        rows = con.execute(
            "SELECT file_name, date_source, source_url, published_precision FROM core_documents "
            "ORDER BY file_name"
        ).fetchall()
    finally:
        con.close()
    assert (name, "sidecar", meta["url"], "day") in rows
    assert ("filed.txt", "url_month", filed, "month") in rows
    assert ("review.txt", "reported", "", "year") in rows
    assert all(not r[0].endswith(".meta.json") for r in rows)


def test_quote_starts_at_the_sentence_not_at_its_list_marker(tmp_path):
    text = (
        "Báo cáo tháng 3/2024 của Bộ Thông tin và Truyền thông.\n"
        "- Trong tháng 3/2024, Cổng Dịch vụ công quốc gia tiếp nhận 1.234.567 hồ sơ trực tuyến.\n"
        "a) Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,6%.\n"
    )
    extraction = extract_file(write(tmp_path, "bullets.txt", text, {"published": "2024-04-05"}))
    rows = extraction.observations.to_dict("records")
    assert [r["quote"][:10] for r in rows] == ["Trong thán", "Tỷ lệ hồ s"]
    for r in rows:  # the offsets still point at the quote in the stored text
        assert extraction.text[r["quote_start"] : r["quote_end"]] == r["quote"]


def test_a_lead_recalling_an_old_event_does_not_date_the_text(tmp_path):
    # undated: "Ngày 23/6/2022, … ban hành Quyết định" opens a text on 2024's results
    recalled = tmp_path / "binh-phuoc.txt"
    recalled.write_text(
        "Bình Phước vươn lên nhóm đầu về dịch vụ công trực tuyến\n"
        "Ngày 23/6/2022, Thủ tướng Chính phủ ban hành Quyết định số 766/QĐ-TTg.\n"
        "Cụ thể, trong năm 2024, tỉnh đạt 88,2/100 điểm, tăng 42 bậc so với tháng 1/2024.\n",
        encoding="utf-8",
    )
    assert extract_file(recalled).document["meeting_date"] is None
    # a page printed on its lead's day keeps the lead, whatever later date its furniture shows
    # (the bundled article's header carries the day it was saved, 01/11/2024)
    seed = ROOT / "data" / "reports" / "001_tin-tuc_phien-hop-9_2024-07-10.txt"
    assert extract_file(seed).document["meeting_date"] == date(2024, 7, 10)


def test_eval_says_why_each_value_was_missed(tmp_path, capsys):
    dated = "Trong tháng 5/2024, cả nước ghi nhận 1.200 cuộc tấn công mạng gây ra sự cố.\n"
    (tmp_path / "dated.txt").write_text(dated, encoding="utf-8")
    undated = "Hiện nay, tỷ lệ hộ gia đình sử dụng cáp quang đạt 80%.\n"
    (tmp_path / "undated.txt").write_text(undated, encoding="utf-8")
    head = "document,indicator,breakdown,period_kind,period_start,period_end,value,unit,qualifier,quote,note"
    rows = [
        "dated.txt,cyberattacks,national,month,2024-05-01,2024-05-31,1200,count,,q,",
        "dated.txt,cyberattacks,Hà Nội,month,2024-05-01,2024-05-31,1200,count,,q,",
        "dated.txt,cyberattacks,national,month,2024-04-01,2024-04-30,900,count,,q,",
        "undated.txt,ftth_household_rate,national,as_of,2024-06-01,2024-06-01,80,percent,,q,",
    ]
    golden = tmp_path / "golden.csv"
    golden.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    assert (
        main(["eval", str(golden), str(tmp_path / "dated.txt"), str(tmp_path / "undated.txt")]) == 0
    )
    out = capsys.readouterr().out
    expected = "misses (3: 1 held for review, 1 read with another indicator, breakdown or period, 1 not read)"
    assert expected in out
