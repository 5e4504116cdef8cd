"""metrics.queries' narrower reads for the served pages: one document's review queue, a series
without the columns no page shows."""

from __future__ import annotations

import pandas as pd

from metrics import queries


def test_the_review_queue_of_one_document_is_its_part_of_the_whole_queue(store):
    store.refresh()
    whole = queries.read_review_queue(store.db)
    sha = whole["doc_sha256"].iloc[0]
    one = queries.read_review_queue(store.db, doc_sha256=sha)
    expected = whole[whole["doc_sha256"] == sha].reset_index(drop=True)
    pd.testing.assert_frame_equal(one, expected)
    assert queries.read_review_queue(store.db, doc_sha256="no-such-document").empty


def test_a_series_read_leaves_out_only_the_columns_named(store):
    store.refresh()
    full = queries.read_current_series(store.db)
    narrow = queries.read_current_series(store.db, leave_out=["anchor", "no_such_column"])
    assert list(narrow.columns) == [c for c in full.columns if c != "anchor"]
    pd.testing.assert_frame_equal(narrow, full.drop(columns="anchor"))
