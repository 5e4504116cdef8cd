"""Checks on the hand-labelled golden sets themselves (tests/golden/*.csv).

The extractor is measured against these files, so they must be right first: every quote is in
its text, every id is a catalog id in its catalog unit, dates and values are well formed.
`seeds.csv` labels the bundled reports; `corpus.csv` the development corpus in
../shared/corpus (its quote checks skip where that folder is absent). Conventions:
tests/golden/README.md.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from metrics.catalog import list_indicator_ids, load_catalog

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
CORPUS_DOCS = ROOT.parent / "shared" / "corpus" / "docs"
# Each golden file and the folder its documents live in.
GOLDENS = {"seeds.csv": REPORTS, "corpus.csv": CORPUS_DOCS}
GOLDEN_DIR = ROOT / "tests" / "golden"

HEADER = [
    "document", "indicator", "breakdown", "period_kind", "period_start", "period_end",
    "value", "unit", "qualifier", "quote", "note",
]  # fmt: skip

# The indicator ids fixed by DESIGN.md ("The indicator catalog"); an interface, never renamed.
DESIGN_IDS = {
    # e-services
    "dvctt_rate", "dvctt_full_process_rate", "online_dossier_full_process_rate",
    "online_dossier_rate", "full_process_provision_rate", "e_result_rate", "data_reuse_rate",
    "essential_services_full_process", "national_portal_accounts", "national_portal_dossiers",
    "online_payments_count", "online_payments_value", "adult_population_using_dvctt_rate",
    "satisfaction_rate", "dossiers_with_personal_id_rate", "localities_fee_reduction",
    "procedures_simplified", "emc_connection_rate",
    # 5G & infrastructure
    "fiveg_population_coverage_rate", "fiveg_bts_count", "smartphone_subscriber_rate",
    "ftth_household_rate", "fixed_broadband_speed", "mobile_broadband_speed",
    "villages_without_mobile_coverage", "dead_zone_villages_covered_rate",
    # NDXP data exchange
    "ndxp_transactions_cumulative", "ndxp_transactions_period", "ndxp_transactions_daily_avg",
    "ndxp_connection_points", "ndxp_connected_agencies",
    # cybersecurity
    "cyberattacks", "botnet_ips", "info_systems_level_approved_rate",
    # digital economy & society
    "digital_economy_gdp_share", "digital_economy_growth", "vneid_activated_accounts",
    "chip_id_cards_issued", "mobile_money_customers", "adults_with_bank_account_rate",
    "e_invoices_total", "egdi_rank",
}  # fmt: skip

UNITS = {"percent", "count", "billion_vnd", "mbps", "per_100", "rank"}
PERIOD_KINDS = {"as_of", "month", "quarter", "half", "year", "ytd", "day_avg"}
QUALIFIERS = {"", "gần", "hơn", "trên", "khoảng", "dưới", "ước"}
BREAKDOWN_LEVELS = {"national", "ministries", "localities"}
KEY = ("document", "indicator", "breakdown", "period_kind", "period_start", "period_end")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def fold(text: str) -> str:
    """NFC, then every run of whitespace (newlines included) becomes one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@cache
def folded_document(golden: str, name: str) -> str:
    return fold((GOLDENS[golden] / name).read_text(encoding="utf-8"))


@cache
def read_golden(golden: str) -> tuple[dict, ...]:
    with (GOLDEN_DIR / golden).open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == HEADER, f"{golden}: header must be exactly {','.join(HEADER)}"
        return tuple(reader)


@cache
def golden_rows() -> tuple[dict, ...]:
    """The seeds' rows (the checks below that speak of notice 203 read these)."""
    return read_golden("seeds.csv")


def all_rows() -> list[tuple[str, dict]]:
    """(golden file, row) for every row of every golden file."""
    return [(g, r) for g in GOLDENS for r in read_golden(g)]


def row_ids():
    return [
        f"{g[:-4]}:{i}:{r['document'][:3]}:{r['indicator']}" for i, (g, r) in enumerate(all_rows())
    ]


def test_catalog_keeps_every_design_id():
    assert DESIGN_IDS <= set(list_indicator_ids()), "a DESIGN.md id went missing from the catalog"


def test_header_and_not_empty():
    rows = golden_rows()
    assert len(rows) >= 50
    for i, r in enumerate(rows, start=2):
        assert None not in r and all(v is not None for v in r.values()), f"line {i}: ragged row"


@pytest.mark.parametrize("golden, row", all_rows(), ids=row_ids())
def test_row_is_well_formed(golden, row):
    if GOLDENS[golden].is_dir():
        assert (GOLDENS[golden] / row["document"]).is_file(), f"no such text: {row['document']}"
    catalog = load_catalog()
    assert row["indicator"] in catalog.index, f"not a catalog indicator id: {row['indicator']}"
    assert row["unit"] == catalog.loc[row["indicator"], "unit"], "value not in the catalog unit"
    assert row["unit"] in UNITS
    assert row["period_kind"] in PERIOD_KINDS
    assert row["qualifier"] in QUALIFIERS, f"unexpected qualifier {row['qualifier']!r}"
    assert row["breakdown"] in BREAKDOWN_LEVELS or row["breakdown"][:1].isupper(), (
        "breakdown is national, ministries, localities or a province name"
    )

    for col in ("period_start", "period_end"):
        assert ISO_DATE.fullmatch(row[col]), f"{col} not ISO: {row[col]!r}"
    start, end = date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"])
    assert start <= end
    if row["period_kind"] == "as_of":
        assert start == end, "as_of rows have period_start == period_end"

    assert PLAIN_NUMBER.fullmatch(row["value"]), f"value must use '.' decimal: {row['value']!r}"
    value = float(row["value"])
    if row["unit"] == "percent":
        assert 0 <= value <= 100, "percent values are percent numbers within 0..100"
    elif row["unit"] in {"count", "rank"}:
        assert value >= 0 and value == int(value), "counts and ranks are whole numbers"
    else:
        assert value > 0

    assert row["quote"].strip(), "every value needs a quote"


@pytest.mark.parametrize("golden, row", all_rows(), ids=row_ids())
def test_quote_appears_in_document(golden, row):
    if not GOLDENS[golden].is_dir():
        pytest.skip(f"{GOLDENS[golden]} is absent: the corpus is internal, beside the project")
    assert fold(row["quote"]) in folded_document(golden, row["document"]), (
        f"quote not found in {row['document']} (after NFC + whitespace folding): {row['quote']!r}"
    )


@pytest.mark.parametrize("golden", list(GOLDENS))
def test_no_duplicate_keys(golden):
    keys = Counter(tuple(r[k] for k in KEY) for r in read_golden(golden))
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, f"duplicate keys: {dupes}"


def test_one_unit_per_indicator():
    units = defaultdict(set)
    for _, r in all_rows():
        units[r["indicator"]].add(r["unit"])
    mixed = {k: v for k, v in units.items() if len(v) > 1}
    assert not mixed, f"indicators with more than one unit: {mixed}"


def test_notice_203_has_the_same_values_in_both_forms():
    """000 (web text) and 002 (PDF text) are one notice: the same facts, each quoted from its own file."""

    def facts(prefix):
        return sorted(
            tuple(r[k] for k in KEY[1:] + ("value", "unit", "qualifier"))
            for r in golden_rows()
            if r["document"].startswith(prefix)
        )

    web, pdf = facts("000_"), facts("002_")
    assert web and web == pdf


def test_pages_read_lists_each_address_once():
    """pages_read.txt: one page address a line (or a '#' comment), none twice, no text."""
    lines = (GOLDEN_DIR / "pages_read.txt").read_text(encoding="utf-8").splitlines()
    urls = [line for line in lines if line and not line.startswith("#")]
    assert urls and all(re.fullmatch(r"https?://\S+", u) for u in urls)
    assert len(urls) == len(set(urls))
