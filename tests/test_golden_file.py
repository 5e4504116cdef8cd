"""Checks on the hand-labelled golden set itself (tests/golden/seeds.csv).

The extractor is measured against this file, so the file must be right first: every quote is
in its report, every id is a catalog id from DESIGN.md, dates and values are well formed.
Conventions: tests/golden/README.md.
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

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "seeds.csv"
REPORTS = ROOT / "data" / "reports"

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

UNITS = {"percent", "count", "billion_vnd", "mbps", "rank"}
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
def folded_report(name: str) -> str:
    return fold((REPORTS / name).read_text(encoding="utf-8"))


@cache
def golden_rows() -> tuple[dict, ...]:
    with GOLDEN.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == HEADER, f"header must be exactly {','.join(HEADER)}"
        return tuple(reader)


def row_ids():
    return [f"{i + 2}:{r['document'][:3]}:{r['indicator']}" for i, r in enumerate(golden_rows())]


def test_header_and_not_empty():
    rows = golden_rows()
    assert len(rows) >= 50
    for i, r in enumerate(rows, start=2):
        assert None not in r and all(v is not None for v in r.values()), f"line {i}: ragged row"


@pytest.mark.parametrize("row", golden_rows(), ids=row_ids())
def test_row_is_well_formed(row):
    assert (REPORTS / row["document"]).is_file(), f"no such report: {row['document']}"
    assert row["indicator"] in DESIGN_IDS, f"not a DESIGN.md indicator id: {row['indicator']}"
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


@pytest.mark.parametrize("row", golden_rows(), ids=row_ids())
def test_quote_appears_in_document(row):
    assert fold(row["quote"]) in folded_report(row["document"]), (
        f"quote not found in {row['document']} (after NFC + whitespace folding): {row['quote']!r}"
    )


def test_no_duplicate_keys():
    keys = Counter(tuple(r[k] for k in KEY) for r in golden_rows())
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, f"duplicate keys: {dupes}"


def test_one_unit_per_indicator():
    units = defaultdict(set)
    for r in golden_rows():
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
