"""Genre cases (tests/genre/*.py): the extractor reads the language of the genre, not one text.

Every case is a paragraph with its publication date (as a sidecar gives it) and the values a
careful analyst records. The figures are held over all cases together, the way the corpus is
scored (DESIGN's matching rule); a regression below them fails.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest

from etl.evaluate import match
from etl.extract import extract_file

GENRE = Path(__file__).with_name("genre")
FILES = sorted(GENRE.glob("*.py"))
# (precision, recall) floors per file, a little under what is measured now (see the closing
# note for the figures when each file came in): short sentences hold the bar; whole articles and
# scraped-page excerpts, where dates and subjects come from context, are what is left to read.
FLOORS = {
    "articles": (0.88, 0.83),
    "excerpts_economy": (0.87, 0.87),
    "excerpts_eservices": (0.87, 0.86),
    "excerpts_infra": (0.94, 0.88),
    "excerpts_provinces": (0.90, 0.94),
    # blind probes of dates and tables: tables with relative columns ("Tháng trước", "Cùng kỳ
    # 2024"), one entity a row, and reports that name their period only as "quý vừa qua"
    "probes_seventh": (0.95, 0.84),
    # blind probes of wording (88 of 88 right, 88 of 91 found): left are a botnet count, a
    # quoted round figure and the online share beside the full-process one
    "probes_tenth": (0.95, 0.92),
    # blind probes of wording, read once with the code frozen for it (81 of 82 right, 81 of 92
    # found; now 89 of 89, 89 of 92): left are the 5G coverage named after its figure, portal
    # dossiers of a month, and NDXP's running total in a year's review
    "probes_eleventh": (0.95, 0.93),
    # blind probes of provincial texts, first read with the code of ff7c1e8 (92 of 106 right, 92
    # of 120 found; the start code 89 of 104, 89 of 120; now 104 of 111, 104 of 120): left are
    # "Huế" after 2025 for Thừa Thiên Huế, one province's NDXP and portal figures, a merged
    # province's parts
    "probes_fourteenth": (0.90, 0.84),
    # blind probes held out until read once with the code of cdbe706 (the start code of that
    # stop in brackets): rounds nineteen (online services: 68 of 72 right, 68 of 88 found; 66/71,
    # 66/88), twenty (infrastructure: 89/91, 89/95; 83/88, 83/95), twenty-one (periods in press
    # summaries: 73/75, 73/89; 70/74, 70/89), twenty-two (provincial texts: 72/79, 72/80; the
    # same). Left: rows of "label value | label value" pairs, a province's own data platform
    # (LGSP) beside NDXP, quoted round figures, dates known only from outside the text
    "probes_nineteenth": (0.90, 0.75),
    "probes_twentyfirst": (0.95, 0.85),
    "probes_twentysecond": (0.92, 0.87),
    # rounds twenty-three (government documents as saved text) and twenty-four (news with
    # several sources), held out until read once with the code of 15759fa: 84 of 93 right, 84
    # of 100 found, and 86 of 89, 86 of 92 (the stop's start code crashed on one of the first:
    # a flow twin named back by "các con số này")
    "probes_twentythird": (0.95, 0.84),
    # rounds twenty-five (digital economy, data, cybersecurity) and twenty-six (whole ministry
    # reports and notices), held out until read once with the code of 607dc87: 71 of 75 right,
    # 71 of 82 found, and 171 of 183, 171 of 222, as the stop's start code read them. Left:
    # level splits of connected agencies ("22 bộ, ngành và 63/63 địa phương"), a database's
    # links read as the platform's, rankings of provinces in a review
    "probes_twentyfifth": (0.95, 0.90),
    "probes_twentysixth": (0.95, 0.87),
    # rounds twenty-eight (cities and provinces named in full) and twenty-nine (officials
    # speaking), held out until read once with the code of 538158b: 76 of 87 right, 76 of 95
    # found, and 67 of 68, 67 of 76 (the stop's start code: 76/87, 76/95 and 66/67, 66/76).
    # Left: "TP. Đà Nẵng" cut into two sentences (see the closing note), the e-Government rank's
    # year before its year-end, quoted round figures
    "probes_twentyeighth": (0.95, 0.87),
    "probes_twentyninth": (0.95, 0.86),
    # rounds twenty-seven (lists, tables, headlines) and thirty (2022-2023 wording), held out to
    # the end and read once with the code of 4d43c4b: 57 of 66 right, 57 of 87 found, and 68 of
    # 71, 68 of 82 (the stop's start code: 48/57, 48/87 and the same 68/71, 68/82). Left: tables
    # written one cell a line, two-cell rows with no header, "Chỉ tiêu … / Kết quả …" pairs
    "probes_twentyseventh": (0.95, 0.80),
    "probes_thirtieth": (0.95, 0.80),
    # round thirty-one (wording across the families), held out to the very end and read once
    # with the stop's final code 41ff6ed: 50 of 50 right, 50 of 68 found, as the start code read
    # it; not fitted (what it misses is for the next stop to read). Held out again through the
    # next stop with rounds 39 (pages as scraped) and 40 (number and unit forms), and read once
    # with its final code 10d5f84: 52 of 52, 76 of 83 and 72 of 74 right; 52 of 68, 76 of 77 and
    # 72 of 80 found (start code 3a6abdb: 50/50, 75/82, 72/74; 50/68, 75/77, 72/80). Not fitted.
    "probes_thirtyfirst": (0.95, 0.70),
    "probes_thirtyninth": (0.90, 0.95),
    "probes_fortieth": (0.95, 0.88),
    # rounds 32 (press summaries of the monthly reports; held out, read once at f0bc2af: 119 of
    # 125 right, 119 of 133 found, as the start code read it), 34, 35, 37, 38, 41 (headlines
    # over their body), 42 (provinces beside the country), 43 and 44 (online services and
    # infrastructure on provincial pages) were fitted and hold the default floor; rounds 33
    # (provincial portals) and 36 (long documents) were held out and read once at 75c74d6 (75 of
    # 82 and 82 of 87 right, 75 of 81 and 82 of 100 found; start code 73/82, 73/81 and 81/86,
    # 81/100), then fitted, and hold it too. Rounds 45, 47, 48 and 50 (speeds; 5G, fibre and
    # coverage; cybersecurity and data; pages cut at 2,000 bytes) were fitted as they came
    # (293/303, 293/310 with the start code); rounds 46 (digital economy and society) and 49
    # (online services in national press) were held out and read once at bf4451d: 172 of 183
    # right, 172 of 189 found, exactly as the start code 4338749 read them; then fitted.
    # Rounds 51 (provincial year-end and half-year reviews) and 52 (rankings and indexes) were
    # held out to the end and read once with e0b7b52: 99 of 105 and 69 of 76 right, 99 of 108
    # and 69 of 78 found, exactly as the start code read them; then fitted a little (the
    # country's figure in brackets beside a province's). Left in 52: SIPAS and ranking lines
    # on their own lines take the page's date, not the year the line before named
    "probes_fiftysecond": (0.90, 0.88),
    # Round 53 (figures set against other times, places and plans: "nếu như … thì", "trong
    # khi", "so với … của quý I", a result after its plan, a region beside the country) was
    # read once with the start code 9f1ee78 (66/77 right, 66/102 found) and with 786c7a0, built
    # from a battery of such constructions and not from it (70/79, 70/102); then fitted (82/85,
    # 82/102). Left: a table whose unit is in its caption, a topic that names another rate,
    # "tăng thêm 12 điểm, lên 128 điểm" after a comma inside the label, "so với A và B của cùng
    # kỳ", a province's line after the country's under "tỷ lệ này"
    "probes_fiftythird": (0.95, 0.78),
    # Round 54 (a broad sample of the genre) was held out to the end and read once with the
    # final code 28856a5: 75 of 75 right, 75 of 88 found, exactly as the start code 9f1ee78 read
    # it; fitted the stop after (87/87, 87/88) by constructions, not phrases: a figure said again
    # in another unit ("…, tương ứng 82,67%"), a deadline in a lead, a ranking line going on
    # with the year of the line before, a table row's own period and noun
    "probes_fiftyfourth": (0.97, 0.95),
    # Round 56 (those constructions in a blind writer's own words) was read once with the code
    # built from round 54 (90/93 right, 90/102 found; the start code 04f053d read 87/90, 87/102);
    # then fitted (101/102, 101/102). Left: a rate whose year is said two paragraphs up ("Năm
    # 2024, tỉnh xếp thứ …" then "Tỷ lệ hồ sơ … đạt 68,4%"): carrying a year across paragraphs
    # cost two real-page values, so the page's date stands
    "probes_fiftysixth": (0.97, 0.95),
    # Round 57 (lists and shares: names then values in order, a unit or scale only on the
    # last number, a share in brackets after a count, an addition then its total, datelines,
    # indexes said in words) was read once with 516c735, fitted on the real pages' misses and
    # not on it: 82/91 right, 82/113 found (the start code 04f053d: 74/84, 74/113); then
    # fitted (97/99, 97/113). Left: the year of a ranking said two lines up, a value after the
    # world's and other countries' run ("Việt Nam đạt 146,6 Mbps"), a total 'đưa … lên'
    "probes_fiftyseventh": (0.97, 0.85),
    # Round 58 (one family, infrastructure, as the press and portals word it) was read once
    # with 011459f: 65/70, 65/72, as the start code read it; fitted (68/69, 68/72): a mark
    # passed ('vượt ngưỡng 200 Mbps'), a province named back inside a label ('người dân trong
    # tỉnh'), a rural part, 4G's speed beside 5G's. Left: 'các con số tương ứng là …' for the
    # other network, the country's figure in a bracket after 'bình quân cả nước'
    "probes_fiftyeighth": (0.97, 0.92),
    # Round 59 (one family, online services, as the press and portals word it) was read once
    # with fc19841: 86/91, 86/98 (start code 85/90, 85/98); fitted a little (87/92, 87/98):
    # 'dịch vụ toàn trình, chiếm 50,8% tổng số thủ tục', 'đưa gần 55% TTHC lên cung cấp trực
    # tuyến toàn trình', a count's label after a time. Left: one ministry's page read as the
    # country's ('Bộ Tư pháp: Kết quả …'), 'Cùng kỳ, …' meaning the same month, running totals
    # said 'Lũy kế, … đã nộp khoảng 52 triệu hồ sơ qua cổng', a ranking's provinces
    "probes_fiftyninth": (0.94, 0.88),
    # Round 55 (a broad sample of the genre) was held out to the end of the stop and read once
    # with 2a7d5f0: 81/86 right, 81/90 found (the start code 04f053d: 80/85, 80/90); then one
    # wrong value fitted ('Viettel … phủ sóng 90% khu công nghiệp' is no share of the people).
    # Left: a ranking in brackets after 'Dẫn đầu … là Bắc Ninh (28,74%), tiếp đến …', figures
    # 'hiện nay' in an undated text dated by a year it names elsewhere
    "probes_fiftyfifth": (0.94, 0.88),
    # Rounds 60, 62 and 63 (constructions, each written blind and read once before fitting):
    # 60 (whose figure and when) 77/85, 77/119 at first reading with 50fe2ec, fitted to
    # 111/114, 111/119; 62 (shared figures, pairs, parts) 73/80, 73/99 with 53b9920, fitted to
    # 92/93, 92/99; 63 (infrastructure and online services as pages word them) 61/64, 61/83 with
    # 74bf75e, fitted to 72/72, 72/83. Left in 63: legacy 'mức độ 3, 4' services, a running total
    # in a bracket after a year's count, a label-colon list of subscriptions, a province's total
    # after its districts ('Tính chung toàn tỉnh … đạt 58,6%')
    "probes_sixtythird": (0.95, 0.85),
    # Round 64 (parts, wholes and brackets) read once with faa2204: 66/83, 66/105 (as the start
    # code); fitted a little (73/79, 73/105). Left: label-colon lists with 'trong đó' sub-items,
    # a table of levels written 'A | 52,4' with no header, 'trong kỳ' counts under a bulletin's
    # window, SIPAS rankings whose year is in the paragraph before, legacy 'mức độ 4' services
    "probes_sixtyfourth": (0.90, 0.65),
    # Round 88 (a broad sample) was held out to the end of stop 41 and read once with ee344cf:
    # 129/137, 129/138 (the start code 128/136); not fitted
    "probes_eightyeighth": (0.93, 0.92),
    # Round 61 (a broad sample) was held out to the end of the stop and read once with 381dff4:
    # 87/88, 87/93, as the start code 50fe2ec read it; not fitted
    # Stop 43's rounds (each file's docstring gives its first reading): 96 (provincial, district
    # and commune portals as saved) is left with former provinces' parts after the 2025 merger,
    # read by some labellers as the old province's figures and by this one as traps
    "probes_ninetysixth": (0.90, 0.95),
    # 99 and 100 were held out to the end of stop 43's extraction work and not fitted
    "probes_ninetyninth": (0.93, 0.91),
    "probes_hundredth": (0.92, 0.87),
    # 101 (layouts as saved) and 102 (time told relatively) are left with key-figure bullets under
    # a year's heading, a year's flow said 'trong năm qua' in late December, and a month run whose
    # measure the sentence before named
    "probes_hundredfirst": (0.94, 0.91),
    "probes_hundredsecond": (0.94, 0.87),
    # stop 44's rounds: indices and their editions (92 of 99 right, 92 of 100 found; its writer
    # left SIPAS unlabelled as a survey, against the convention) and local pages after the 2025
    # merger (136 of 143, 136 of 155: a merged province's former parts, windows inside a month)
    "probes_hundredeighth": (0.92, 0.91),
    "probes_hundredtenth": (0.95, 0.87),
    # stop 46's round of tables and figure layouts (202 of 211 right, 202 of 274 found; its start
    # 152/165, 152/274): left are tables whose rows are periods and columns name the measures in
    # pipes, bar charts saved as text, a quarter series inline in one line of pipes
    "probes_hundredtwentyeighth": (0.95, 0.72),
    # stop 50's round of a province's own platforms beside the national ones (98 of 104 right,
    # 98 of 111 found; its start 96/106, 96/111): left are provinces' LGSP counts named in the
    # sentence before ("Một số địa phương có lưu lượng lớn như Đồng Nai (8,1 triệu giao dịch)"),
    # a provincial portal's own account and dossier counts, a year carried from an index's edition
    "probes_hundredfiftythird": (0.93, 0.86),
}
DEFAULT_FLOOR = (0.95, 0.90)


def load_cases(path: Path) -> list[tuple]:
    """The CASES list of one genre file."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def run_case(folder: Path, index: int, text: str, published: str | None) -> pd.DataFrame:
    """Extract one case written as a report file with its sidecar; the accepted values."""
    report = folder / f"case-{index}.txt"
    report.write_text(text + "\n", encoding="utf-8")
    if published:
        meta = {"published": published}
        (folder / f"case-{index}.txt.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    rows = extract_file(report).observations
    return rows[rows["status"] == "accepted"]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_genre_file(path, tmp_path):
    golden, extracted = [], []
    for i, (text, published, expected) in enumerate(load_cases(path)):
        document = f"case-{i}.txt"
        for indicator, breakdown, kind, end, value in expected:
            golden.append((document, indicator, breakdown, kind, pd.Timestamp(end), value))
        extracted.append(run_case(tmp_path, i, text, published))
    columns = ["document", "indicator", "breakdown", "period_kind", "period_end", "value"]
    golden = pd.DataFrame(golden, columns=columns)
    found = pd.concat(extracted, ignore_index=True)
    found["period_end"] = pd.to_datetime(found["period_end"])
    hit, right = match(golden, found)
    precision, recall = right.mean(), hit.mean()
    misses = golden[~hit].head(15).to_string()
    false = found[~right][columns].head(15).to_string()
    detail = f"P={precision:.2f} R={recall:.2f}\nmisses:\n{misses}\nfalse:\n{false}"
    min_precision, min_recall = FLOORS.get(path.stem, DEFAULT_FLOOR)
    assert precision >= min_precision, detail
    assert recall >= min_recall, detail


def test_every_case_uses_catalog_ids():
    from metrics.catalog import list_indicator_ids

    ids = set(list_indicator_ids())
    for path in FILES:
        for text, _, expected in load_cases(path):
            assert text.strip()
            for row in expected:
                assert row[0] in ids, f"{path.name}: unknown id {row[0]}"
