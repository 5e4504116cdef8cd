"""Validation reuses the served version's verdicts on rows it checked: the tables stay the same."""

from __future__ import annotations

import shutil

from refresh_helpers import COMPARED_TABLES, make_store, read_tables

from bench.scale import write_monthly_reports
from etl import validate_stage
from metrics import queries


def test_a_new_report_gives_the_tables_of_a_full_validation(tmp_path, warm_cache, monkeypatch):
    store = make_store(tmp_path / "incremental", warm_cache)
    # Months from 2024-03: their restated figures are dated after publication, so rejected.
    write_monthly_reports(5, store.reports, seed=3, offset=110)
    store.refresh()
    assert (
        len(queries.read_rejected_observations(store.db)) > 0
    )  # verdicts of both kinds are reused
    write_monthly_reports(1, store.reports, seed=3, offset=115)
    checked = []
    real = validate_stage.validate_observations

    def counting(observations, documents, catalog):
        checked.append(len(observations))
        return real(observations, documents, catalog)

    documents = []
    real_split = validate_stage.split_valid

    def counting_documents(frame, schema):
        documents.append(len(frame))
        return real_split(frame, schema)

    monkeypatch.setattr(validate_stage, "validate_observations", counting)
    monkeypatch.setattr(validate_stage, "split_valid", counting_documents)
    assert store.refresh().exit_code == 0
    assert 0 < checked[0] < 60  # the new report's rows only
    assert documents == [1]  # and its document
    full = make_store(tmp_path / "full", warm_cache)
    shutil.rmtree(full.reports)
    shutil.copytree(store.reports, full.reports)
    shutil.rmtree(full.root / "cache")
    shutil.copytree(store.root / "cache", full.root / "cache")
    checked.clear()
    documents.clear()
    assert full.refresh().exit_code == 0
    assert checked[0] > 200 and documents == [11]  # a first database: every row and document
    assert read_tables(full.db, COMPARED_TABLES) == read_tables(store.db, COMPARED_TABLES)
