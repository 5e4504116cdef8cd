"""Pandera schemas for extracted rows, documents and review decisions; failures kept with reasons."""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera import dtypes
from pandera.engines import pandas_engine
from pandera.errors import SchemaError, SchemaErrors
from pandera.typing import Series

from metrics.bounds import NON_NEGATIVE_UNITS, find_bounds

PERIOD_KINDS = ["as_of", "month", "quarter", "half", "year", "ytd", "day_avg"]
UNITS = ["percent", "count", "billion_vnd", "mbps", "per_100", "rank"]
DECISIONS = ["accept", "reject", "correct"]


@pandas_engine.Engine.register_dtype
@dtypes.immutable(init=True)  # as Date is: its to_datetime_kwargs field is set on creation
class CheckedDate(pandas_engine.Date):
    """pandera's Date, its per-value type check done over the whole column at once.

    pandera's own check calls a Python function per value: 3 million calls, 18 s under
    profile, for the three date columns of a million-value refresh (issue 11).
    """

    def check(self, pandera_dtype, data_container=None):
        """Return True per value that is missing or exactly a datetime.date, as Date.check does."""
        if data_container is None or not pandas_engine.Date.check(self, pandera_dtype, None):
            return super().check(pandera_dtype, data_container)
        exact = data_container.map(type, na_action="ignore") == datetime.date
        return data_container.isna() | exact


# Plain-English reasons for each named check (shown in qa_rejected_observations).
REASONS = {
    "indicator_known": "unknown indicator (not in the catalog)",
    "unit_matches_catalog": "unit differs from the catalog unit",
    "rate_within_0_100": "rate outside 0-100",
    "count_not_negative": "negative count",
    "value_finite": "value is not a finite number (inf, nan or too large)",
    "within_kind_bounds": "value outside its indicator's bounds (metrics/thresholds.toml)",
    "period_end_not_before_start": "period end before period start",
    "not_dated_after_publication": "value dated after its document's publication",
    "not_nullable": "missing value",
    "correction_has_value": "a correction needs a value",
    "isin": "value not allowed",
}


class ObservationSchema(pa.DataFrameModel):
    """An extracted value, checked against the catalog and its document's publication date.

    The frame carries helper columns added by `attach_context`: catalog_unit, catalog_kind
    and published_date (of the value's document).
    """

    observation_id: Series[str] = pa.Field(nullable=False, str_length={"min_value": 1})
    doc_sha256: Series[str] = pa.Field(nullable=False)
    indicator: Series[str] = pa.Field(nullable=False)
    breakdown: Series[str] = pa.Field(nullable=False, str_length={"min_value": 1})
    period_kind: Series[str] = pa.Field(isin=PERIOD_KINDS)
    period_start: Series[CheckedDate] = pa.Field(nullable=False)
    period_end: Series[CheckedDate] = pa.Field(nullable=False)
    value: Series[float] = pa.Field(nullable=False)
    unit: Series[str] = pa.Field(isin=UNITS)
    status: Series[str] = pa.Field(isin=["accepted", "needs_review"])
    quote: Series[str] = pa.Field(nullable=False, str_length={"min_value": 1})
    catalog_unit: Series[str] = pa.Field(nullable=True)
    catalog_kind: Series[str] = pa.Field(nullable=True)
    published_date: Series[CheckedDate] = pa.Field(nullable=True)

    class Config:
        coerce = True
        strict = False

    @pa.dataframe_check
    def indicator_known(cls, df: pd.DataFrame) -> Series[bool]:
        return df["catalog_unit"].notna()

    @pa.dataframe_check
    def unit_matches_catalog(cls, df: pd.DataFrame) -> Series[bool]:
        return df["catalog_unit"].isna() | (df["unit"] == df["catalog_unit"])

    @pa.dataframe_check
    def rate_within_0_100(cls, df: pd.DataFrame) -> Series[bool]:
        is_rate = (df["catalog_kind"] == "rate") & (df["unit"] == "percent")
        return ~is_rate | df["value"].between(0, 100)

    @pa.dataframe_check
    def count_not_negative(cls, df: pd.DataFrame) -> Series[bool]:
        return ~df["unit"].isin(NON_NEGATIVE_UNITS) | (df["value"] >= 0)

    @pa.dataframe_check
    def value_finite(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.Series(np.isfinite(df["value"].to_numpy(dtype=float)), index=df.index)

    @pa.dataframe_check
    def within_kind_bounds(cls, df: pd.DataFrame) -> Series[bool]:
        # One look-up per (kind, unit) pair: find_bounds reads the thresholds file each call,
        # which per row was 210 of 347 s in a profile of a million-value refresh.
        # The pairs as codes, not a Python tuple per row (8 s for a million values).
        kinds, kind_names = pd.factorize(df["catalog_kind"], use_na_sentinel=False)
        units, unit_names = pd.factorize(df["unit"], use_na_sentinel=False)
        pair = kinds * len(unit_names) + units
        codes = np.unique(pair)
        found = [find_bounds(kind_names[c // len(unit_names)], unit_names[c % len(unit_names)])
                 for c in codes]  # fmt: skip
        where = np.searchsorted(codes, pair)
        lower = np.array([b[0] for b in found], dtype=float)[where]
        upper = np.array([b[1] for b in found], dtype=float)[where]
        lower = pd.Series(lower, index=df.index).fillna(-np.inf)
        upper = pd.Series(upper, index=df.index).fillna(np.inf)
        return ~np.isfinite(df["value"]) | df["value"].between(lower, upper)

    @pa.dataframe_check
    def period_end_not_before_start(cls, df: pd.DataFrame) -> Series[bool]:
        return pd.to_datetime(df["period_end"]) >= pd.to_datetime(df["period_start"])

    @pa.dataframe_check
    def not_dated_after_publication(cls, df: pd.DataFrame) -> Series[bool]:
        # A level (as_of) may not be dated after publication; a flow may end later (a month
        # report published mid-month) but cannot start after the report came out.
        published = pd.to_datetime(df["published_date"])
        dated = pd.to_datetime(df["period_start"]).where(
            df["period_kind"] != "as_of", pd.to_datetime(df["period_end"])
        )
        return published.isna() | (dated <= published)


class DocumentSchema(pa.DataFrameModel):
    """A loaded report's metadata."""

    doc_sha256: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{64}$")
    file_name: Series[str] = pa.Field(nullable=False)
    published_date: Series[CheckedDate] = pa.Field(nullable=True)
    cutoff_date: Series[CheckedDate] = pa.Field(nullable=True)

    class Config:
        coerce = True
        strict = False


class ReviewDecisionSchema(pa.DataFrameModel):
    """A line of data/reviews.csv."""

    observation_id: Series[str] = pa.Field(nullable=False, str_length={"min_value": 1})
    decision: Series[str] = pa.Field(isin=DECISIONS)
    value: Series[float] = pa.Field(nullable=True)
    reason: Series[str] = pa.Field(nullable=True)
    decided_at: Series[pd.DatetimeTZDtype] = pa.Field(
        nullable=True, dtype_kwargs={"unit": "us", "tz": "UTC"}
    )

    class Config:
        coerce = True
        strict = False

    @pa.dataframe_check
    def correction_has_value(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["decision"] != "correct") | df["value"].notna()

    @pa.dataframe_check
    def value_finite(cls, df: pd.DataFrame) -> Series[bool]:
        return df["value"].isna() | pd.Series(
            np.isfinite(df["value"].to_numpy(dtype=float)), index=df.index
        )


def attach_context(
    observations: pd.DataFrame, documents: pd.DataFrame, catalog: pd.DataFrame
) -> pd.DataFrame:
    """Add the catalog unit/kind and the document's publication date the checks need."""
    frame = observations.copy()
    frame["catalog_unit"] = frame["indicator"].map(catalog["unit"])
    frame["catalog_kind"] = frame["indicator"].map(catalog["kind"])
    published = documents.set_index("doc_sha256")["published_date"]
    frame["published_date"] = frame["doc_sha256"].map(published)
    return frame


def split_valid(
    frame: pd.DataFrame, schema: type[pa.DataFrameModel]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Validate lazily; return (valid rows coerced, failing rows with a `rejection_reason`)."""
    frame = frame.reset_index(drop=True)
    try:
        return schema.validate(frame, lazy=True), frame.iloc[0:0].assign(rejection_reason="")
    except (SchemaErrors, SchemaError) as err:
        failures = err.failure_cases if isinstance(err, SchemaErrors) else describe_error(err)
        checked = getattr(err, "data", None)
    if failures["index"].isna().any():
        # A whole-frame failure (a missing column, a wrong type): a bug, not bad data.
        raise RuntimeError(f"{schema.__name__} failed as a whole:\n{failures.to_string()}")
    reasons = collect_reasons(failures)
    bad = frame.index.isin(reasons.index)
    rejected = frame[bad].assign(rejection_reason=reasons.reindex(frame.index[bad]).to_numpy())
    if not (~bad).any():
        return frame[~bad], rejected
    if is_coerced(checked, failures, frame):
        # The lazy pass coerced every column before its checks: the rows that passed them are
        # valid as they are (checks of one row, or of uniqueness, hold on any subset of rows).
        return checked[~bad], rejected
    return schema.validate(frame[~bad], lazy=True), rejected


def is_coerced(checked: object, failures: pd.DataFrame, frame: pd.DataFrame) -> bool:
    """Whether a failed lazy pass's frame has every column coerced (no coercion failed)."""
    if not isinstance(checked, pd.DataFrame) or not checked.index.equals(frame.index):
        return False
    failed_checks = failures["check"].astype(str)
    return not failed_checks.str.contains("coerce|dtype", regex=True).any()


def describe_error(err: SchemaError) -> pd.DataFrame:
    """Turn a single SchemaError into failure-case rows like SchemaErrors gives."""
    cases = err.failure_cases
    if not isinstance(cases, pd.DataFrame) or "index" not in cases:
        return pd.DataFrame({"check": [str(err.check)], "column": [None], "index": [None]})
    return cases.assign(check=str(err.check), column=getattr(err.schema, "name", None))


def collect_reasons(failures: pd.DataFrame) -> pd.Series:
    """Join the reasons of each failing row index into one readable string."""
    rows = failures.dropna(subset=["index"]).copy()
    rows["reason"] = [
        describe_check(str(check), column)
        for check, column in zip(rows["check"], rows["column"], strict=True)
    ]
    rows["index"] = rows["index"].astype(int)
    # Each reason once per row, in the order the checks gave them.
    rows = rows.drop_duplicates(["index", "reason"])
    return rows.groupby("index", sort=True)["reason"].agg("; ".join)


def describe_check(check: str, column: object) -> str:
    """Return the plain reason of a pandera check on a column."""
    name = check.split("(")[0]
    reason = REASONS.get(name, check)
    if name in REASONS and name not in ("not_nullable", "isin"):
        return reason
    return f"{column}: {reason}" if isinstance(column, str) else reason


def validate_observations(
    observations: pd.DataFrame, documents: pd.DataFrame, catalog: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split extracted rows into valid rows and rejected rows (with `rejection_reason`)."""
    columns = list(observations.columns)
    if observations.empty:
        return observations, observations.assign(rejection_reason=pd.Series(dtype=str))
    valid, rejected = split_valid(
        attach_context(observations, documents, catalog), ObservationSchema
    )
    return valid[columns], rejected[[*columns, "rejection_reason"]]
