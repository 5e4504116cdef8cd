"""Score extraction against a labelled golden file: precision and recall of accepted values."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from etl.extract import extract_file
from etl.extract_cli import expand_paths
from etl.read import ReadError
from etl.sidecar import is_sidecar
from metrics.catalog import load_catalog

# Matching rule (DESIGN.md): same document, indicator and breakdown, value within 0.01%,
# period_end within 35 days.
VALUE_TOLERANCE = 1e-4
DAYS_TOLERANCE = 35
KEY = ["document", "indicator", "breakdown"]
MISS_REASONS = ("held for review", "read with another indicator, breakdown or period", "not read")


@dataclass
class Evaluation:
    """Matched golden and extracted rows of one run, with the failures kept."""

    golden: pd.DataFrame  # golden rows with a `found` flag
    extracted: pd.DataFrame  # accepted extracted rows with a `correct` flag
    failed: list[str]  # files that could not be read
    held: pd.DataFrame | None = None  # rows sent to review, to say why a value was missed


def read_golden(path: Path) -> pd.DataFrame:
    """Read a golden CSV (the columns of tests/golden/seeds.csv)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["value"] = frame["value"].astype(float)
    frame["period_end"] = pd.to_datetime(frame["period_end"])
    return frame


def extract_rows(paths) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Extract every file; return its accepted rows, its rows held for review, the failures."""
    frames, failed = [], []
    for path in expand_paths(paths):
        try:
            frames.append(extract_file(path).observations)
        except ReadError as exc:
            failed.append(str(exc))
    frame = pd.concat([f for f in frames if not f.empty] or [pd.DataFrame()], ignore_index=True)
    if frame.empty:
        empty = pd.DataFrame(columns=[*KEY, "value", "period_end", "quote"])
        return empty, empty.copy(), failed
    frame["period_end"] = pd.to_datetime(frame["period_end"])
    accepted = frame["status"] == "accepted"
    return (
        frame[accepted].reset_index(drop=True),
        frame[~accepted].reset_index(drop=True),
        failed,
    )


def is_match(gold: pd.Series, row: pd.Series) -> bool:
    """Say whether an extracted row states the golden value (DESIGN's matching rule)."""
    days = abs((gold["period_end"] - row["period_end"]).days)
    return bool(close_values(gold["value"], row["value"])) and days <= DAYS_TOLERANCE


def close_values(gold: float, values):
    """Whether values (one or a column) equal the golden value within VALUE_TOLERANCE."""
    return abs(values - gold) <= VALUE_TOLERANCE * max(abs(gold), 1e-9)


def match(golden: pd.DataFrame, extracted: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Pair golden and extracted rows one to one; return (found, correct) flags."""
    found = pd.Series(False, index=golden.index)
    correct = pd.Series(False, index=extracted.index)
    candidates = extracted.groupby(KEY).groups if not extracted.empty else {}
    for key, gold_rows in golden.groupby(KEY).groups.items():
        free = list(candidates.get(key, []))
        for g in gold_rows:
            hit = next((i for i in free if is_match(golden.loc[g], extracted.loc[i])), None)
            if hit is not None:
                found[g] = correct[hit] = True
                free.remove(hit)
    return found, correct


def evaluate(golden_path: Path, paths) -> Evaluation:
    """Extract the files and match their accepted values against the golden rows."""
    golden = read_golden(golden_path)
    extracted, held, failed = extract_rows(paths)
    documents = {p.name for p in expand_paths(paths) if not is_sidecar(p)}
    golden = golden[golden["document"].isin(documents)].reset_index(drop=True)
    found, correct = match(golden, extracted)
    families = load_catalog()["family"]
    golden = golden.assign(found=found, family=golden["indicator"].map(families))
    extracted = extracted.assign(correct=correct, family=extracted["indicator"].map(families))
    return Evaluation(golden=golden, extracted=extracted, failed=failed, held=held)


def explain_misses(ev: Evaluation) -> pd.Series:
    """Why each missed golden value was missed: held for review, read otherwise, or not read."""
    misses = ev.golden[~ev.golden["found"]]
    held = ev.held if ev.held is not None else ev.extracted.iloc[0:0]
    every = pd.concat([ev.extracted, held], ignore_index=True)

    def explain(gold: pd.Series) -> str:
        same = held[(held[KEY] == gold[KEY]).all(axis=1)] if len(held) else held
        # a held row's period may be a stand-in (its document's date unknown): the value decides
        if close_values(gold["value"], same["value"]).any():
            return MISS_REASONS[0]
        in_doc = every[every["document"] == gold["document"]]
        if close_values(gold["value"], in_doc["value"]).any():
            return MISS_REASONS[1]
        return MISS_REASONS[2]

    return misses.apply(explain, axis=1) if len(misses) else pd.Series(dtype=str)


def summarise(ev: Evaluation, by: str | None) -> pd.DataFrame:
    """Precision and recall overall (by=None) or per family / document."""
    keys = [by] if by else []
    gold = ev.golden.assign(_all="all").groupby(keys or ["_all"])["found"].agg(["sum", "count"])
    extr = (
        ev.extracted.assign(_all="all").groupby(keys or ["_all"])["correct"].agg(["sum", "count"])
    )
    table = pd.DataFrame(
        {
            "labelled": gold["count"],
            "found": gold["sum"],
            "accepted": extr["count"],
            "correct": extr["sum"],
        }
    )
    if by is None:  # the overall line, even when nothing was labelled or accepted
        table = table.reindex(["all"])
    table = table.fillna(0).astype(int)
    table["precision"] = (table["correct"] / table["accepted"]).where(table["accepted"] > 0)
    table["recall"] = (table["found"] / table["labelled"]).where(table["labelled"] > 0)
    return table


def format_report(ev: Evaluation) -> str:
    """Human-readable report: totals, per family, per document, misses and false values."""
    t = next(summarise(ev, None).itertuples())
    lines = [
        f"precision {fmt(t.precision)} ({t.correct} of {t.accepted} accepted values right)",
        f"recall    {fmt(t.recall)} ({t.found} of {t.labelled} labelled values found)",
        "",
    ]
    for by in ("family", "document"):
        lines.append(f"by {by}:")
        for r in summarise(ev, by).itertuples():
            lines.append(
                f"  {r.Index:<48} P {fmt(r.precision)}  R {fmt(r.recall)}"
                f"  ({r.correct}/{r.accepted} right, {r.found}/{r.labelled} found)"
            )
        lines.append("")
    misses = ev.golden[~ev.golden["found"]]
    why = explain_misses(ev)
    tally = why.value_counts()
    counts = ", ".join(f"{tally[r]} {r}" for r in MISS_REASONS if r in tally)
    lines.append(f"misses ({len(misses)}{': ' + counts if counts else ''}):")
    for r, reason in zip(misses.itertuples(), why, strict=True):
        lines.append(
            f"  {r.document} {r.indicator} {r.breakdown} {r.period_end:%Y-%m-%d} {r.value:g}"
            f"  ({reason})  «{r.quote[:90]}»"
        )
    false = ev.extracted[~ev.extracted["correct"]]
    lines.append(f"false values ({len(false)}):")
    for r in false.itertuples():
        lines.append(
            f"  {r.document} {r.indicator} {r.breakdown} {r.period_end:%Y-%m-%d} {r.value:g}"
            f"  [{r.rule_id}]  «{r.quote[:90]}»"
        )
    for reason in ev.failed:
        lines.append(f"unreadable: {reason}")
    return "\n".join(lines) + "\n"


def fmt(x) -> str:
    """Two decimals, or a dash where there is nothing to divide."""
    return "-" if pd.isna(x) else f"{x:.2f}"


def run_eval_cli(golden: Path, paths, out=None, err=None) -> int:
    """Print the evaluation report; 66 when the golden file is missing, 65 on unreadable input."""
    out, err = out or sys.stdout, err or sys.stderr
    if not Path(golden).is_file():
        print(f"kpi eval: {golden}: no such golden file", file=err)
        return 66
    try:
        ev = evaluate(Path(golden), paths)
    except (KeyError, ValueError) as exc:
        print(f"kpi eval: {golden}: not a golden file ({exc})", file=err)
        return 65
    out.write(format_report(ev))
    return 65 if ev.failed else 0
