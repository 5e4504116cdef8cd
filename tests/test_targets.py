"""Targets: every DESIGN.md target is in data/targets.csv with a quote found in its source."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest
from refresh_helpers import REPORTS, TARGETS

from metrics.catalog import list_indicator_ids
from metrics.targets import check_targets, fold_text, read_targets_file

# DESIGN.md "Targets": (indicator, deadline, value, comparator, source report prefix)
DESIGN_TARGETS = [
    ("dvctt_full_process_rate", "2025-12-31", 100, ">=", "001"),
    ("adult_population_using_dvctt_rate", "2025-12-31", 50, ">=", "001"),
    ("dossiers_with_personal_id_rate", "2025-12-31", 100, ">=", "00"),  # 001, restated in 003
    ("satisfaction_rate", "2025-12-31", 90, ">=", "001"),
    ("dvctt_full_process_rate", "2024-12-31", 80, ">=", "003"),
    ("adult_population_using_dvctt_rate", "2024-12-31", 40, ">=", "003"),
    ("satisfaction_rate", "2024-12-31", 90, ">=", "003"),
    ("adults_with_bank_account_rate", "2025-12-31", 80, ">=", "003"),
    ("info_systems_level_approved_rate", "2024-09-30", 100, ">=", "003"),
    ("essential_services_full_process", "2024-12-31", 53, ">=", "00"),  # 000 or 002
    ("dead_zone_villages_covered_rate", "2024-11-30", 100, ">=", "00"),
    ("localities_fee_reduction", "2024-05-31", 63, ">=", "00"),
    ("egdi_rank", "2024-12-31", 81, "<=", "00"),
]


@pytest.fixture(scope="module")
def targets() -> pd.DataFrame:
    return read_targets_file(TARGETS)


def raw_texts() -> dict[str, str]:
    """Return the bundled reports' raw text by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in REPORTS.iterdir()}


def test_every_quote_appears_in_its_source(targets):
    texts = raw_texts()
    for row in targets.itertuples():
        assert row.document in texts, row.document
        assert fold_text(row.quote) in fold_text(texts[row.document]), (row.indicator, row.quote)


def test_every_design_target_is_present(targets):
    rows = {
        (r.indicator, r.deadline_date, float(r.target_value), r.comparator): r.document
        for r in targets.itertuples()
    }
    for indicator, deadline, value, comparator, source in DESIGN_TARGETS:
        key = (indicator, deadline, float(value), comparator)
        assert key in rows, key
        assert rows[key].startswith(source), (key, rows[key])


def test_rows_pass_the_checks(targets):
    valid, problems = check_targets(targets, raw_texts())
    assert problems == []
    assert len(valid) == len(targets) >= len(DESIGN_TARGETS)
    assert set(valid["indicator"]) <= set(list_indicator_ids())
    assert valid["target_id"].is_unique


def test_bad_rows_are_reported_with_their_line(targets):
    bad = pd.concat(
        [
            targets.head(1).assign(indicator="no_such_indicator"),
            targets.head(1).assign(comparator="=="),
            targets.head(1).assign(quote="một câu không có trong báo cáo"),
            targets.head(1).assign(document="missing.txt", doc_sha256=""),
            targets.head(1).assign(deadline_date="cuối năm"),
        ],
        ignore_index=True,
    )
    valid, problems = check_targets(bad, raw_texts())
    assert valid.empty
    assert [p.split(":")[0] for p in problems] == [
        f"line {n} ({i})" for n, i in zip(range(2, 7), bad["indicator"], strict=True)
    ]
    assert "unknown indicator" in problems[0] and "comparator" in problems[1]
    assert "quote not found" in problems[2] and "not among the loaded" in problems[3]


def test_an_analyst_adds_a_target_by_adding_a_row(targets):
    row = targets.head(1).assign(deadline_date="2026-12-31", note="added by an analyst")
    valid, problems = check_targets(pd.concat([targets, row]), raw_texts())
    assert problems == [] and "dvctt_full_process_rate:national:2026-12-31" in set(
        valid["target_id"]
    )


def file_hashes() -> dict[str, str]:
    """Return the bundled reports' file names by the sha256 of their bytes."""
    return {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in REPORTS.iterdir()}


def test_every_target_names_its_source_by_content_hash(targets):
    names = file_hashes()
    assert [names.get(sha) for sha in targets["doc_sha256"]] == list(targets["document"])


def test_renamed_reports_keep_their_targets_sources(targets):
    renamed = {f"renamed_{i}.txt": text for i, text in enumerate(raw_texts().values())}
    by_old_name = dict(zip(raw_texts(), renamed, strict=True))
    names_by_sha = {sha: by_old_name[name] for sha, name in file_hashes().items()}
    valid, problems = check_targets(targets, renamed, names_by_sha=names_by_sha)
    assert problems == [] and len(valid) == len(targets)
    assert list(valid["document"]) == [by_old_name[name] for name in targets["document"]]


def test_a_targets_file_without_hashes_still_reads_by_file_name(tmp_path, targets):
    old = tmp_path / "targets.csv"
    targets.drop(columns="doc_sha256").to_csv(old, index=False)
    valid, problems = check_targets(read_targets_file(old), raw_texts())
    assert problems == [] and len(valid) == len(targets)


def test_refresh_of_renamed_reports_keeps_every_target_source(store):
    for i, path in enumerate(sorted(store.reports.iterdir())):
        path.rename(store.reports / f"bao-cao-{i}.txt")
    result = store.refresh()
    assert result.exit_code == 0, result.problems
    from metrics import queries

    loaded = queries.read_targets(store.db)
    assert len(loaded) == len(read_targets_file(TARGETS)) == result.counts["targets"]
    assert set(loaded["document"]) <= {p.name for p in store.reports.iterdir()}
    assert loaded["doc_sha256"].notna().all()
