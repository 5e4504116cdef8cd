"""What the monthly briefing says, gathered from the published tables (no judging, no drawing).

Every status, progress share and change comes from the refresh's out_ tables; this module only
picks the rows a reader needs, words them and numbers each figure's source as a footnote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from metrics import queries
from metrics.catalog import load_catalog, load_families
from metrics.change_words import describe_change, format_amount, label_status, name_indicator
from metrics.wording import format_date, format_number

BREAKDOWNS = {
    "localities": {"vi": "địa phương", "en": "localities"},
    "ministries": {"vi": "bộ, ngành", "en": "ministries"},
}
CHART_STATUSES = ("off_track", "at_risk")
ALERT_KINDS = ("missing_report", "status_change", "deadline_near")
MAX_CHARTS = 6
MAX_LINES = 12  # per list of changes: two pages at most; the rest is in `kpi alerts`


class BriefError(ValueError):
    """The briefing cannot be made (a bad --month, an empty database)."""


@dataclass
class Brief:
    """The briefing's content, ready to lay out."""

    lang: str
    month: pd.Period
    as_of: dt.date
    newest_period_end: object
    newest_published: object
    families: list[dict] = field(default_factory=list)
    charts: list[dict] = field(default_factory=list)
    month_changes: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    more_changes: int = 0
    footnotes: list[str] = field(default_factory=list)


class Footnotes:
    """Numbers each cited document once, in order of first citation."""

    def __init__(self, documents: pd.DataFrame, lang: str) -> None:
        self.docs = documents.drop_duplicates("file_name").set_index("file_name")
        self.lang = lang
        self.numbers: dict[str, int] = {}

    def cite(self, file_name) -> str:
        """Return the footnote number of a document ('' when there is none)."""
        if not isinstance(file_name, str) or not file_name:
            return ""
        if file_name not in self.numbers:
            self.numbers[file_name] = len(self.numbers) + 1
        return str(self.numbers[file_name])

    def list_notes(self) -> list[str]:
        """Return '[n] title (number), published dd/mm/yyyy — file' per cited document."""
        notes = []
        for name, number in self.numbers.items():
            doc = self.docs.loc[name] if name in self.docs.index else {}
            title = doc.get("title") or name
            number_text = doc.get("doc_number")
            numbered = f" ({number_text})" if isinstance(number_text, str) and number_text else ""
            word = "công bố" if self.lang == "vi" else "published"
            notes.append(
                f"[{number}] {title}{numbered}, {word} {format_date(doc.get('published_date'))}"
                f" — {name}"
            )
        return notes


def gather_brief(db: Path | str, month: str | None = None, lang: str = "vi") -> Brief:
    """Return the briefing of the served database for a month (default: the newest data's)."""
    from briefing.reads import read_changes, resolve_as_of

    freshness = queries.read_freshness(db)
    if freshness.get("newest_period_end") is None:
        raise BriefError(f"{db} holds no values yet; run `kpi refresh` with reports first")
    period = (
        parse_month(month) if month else pd.Timestamp(freshness["newest_period_end"]).to_period("M")
    )
    catalog = load_catalog()
    status = queries.read_status(db)
    series = queries.read_current_series(db)
    notes = Footnotes(queries.read_documents(db), lang)
    brief = Brief(lang, period, resolve_as_of(db), freshness["newest_period_end"],
                  freshness["newest_published_date"])  # fmt: skip
    rows = pick_rows(status, series)
    brief.families = build_family_tables(rows, catalog, notes, lang)
    brief.charts = build_charts(rows, series, catalog, lang)
    changes = read_changes(db)
    brief.month_changes = list_month_changes(queries.read_latest(db), period, catalog, notes, lang)
    alerts = changes[changes["kind"].isin(ALERT_KINDS)].to_dict("records")
    brief.alerts = [describe_change(row, lang, catalog) for row in alerts[:MAX_LINES]]
    brief.more_changes = max(len(changes) - len(brief.alerts), 0)
    brief.footnotes = notes.list_notes()
    return brief


def parse_month(text: str) -> pd.Period:
    """Return the month of 'YYYY-MM'; raise BriefError naming the value otherwise."""
    try:
        return pd.Period(dt.datetime.strptime(text, "%Y-%m"), "M")
    except ValueError:
        raise BriefError(f"--month {text!r} is not a month (YYYY-MM)") from None


def pick_rows(status: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """Return the headline status rows with the document of each latest value."""
    rows = status[status["is_headline"].fillna(False)].copy()
    rows["breakdown"] = rows["breakdown"].fillna("national")
    sources = series.assign(latest_date=pd.to_datetime(series["period_end"]))
    sources = sources.sort_values("published_date").drop_duplicates(
        ["indicator", "breakdown", "latest_date"], keep="last"
    )[["indicator", "breakdown", "latest_date", "document"]]
    rows["latest_date"] = pd.to_datetime(rows["latest_date"])
    return rows.merge(sources, on=["indicator", "breakdown", "latest_date"], how="left")


def build_family_tables(
    rows: pd.DataFrame, catalog: pd.DataFrame, notes: Footnotes, lang: str
) -> list[dict]:
    """Return per family its table rows and the names of indicators without data or target."""
    tables = []
    for family in load_families().to_dict("records"):
        ids = catalog.index[catalog["family"] == family["id"]]
        members = rows[rows["indicator"].isin(ids)]
        shown = members["latest_value"].notna() | members["target_value"].notna()
        missing = members.loc[~shown, "indicator"].drop_duplicates()
        tables.append(
            {
                "name": family[f"name_{lang}"],
                "rows": [
                    word_row(r, catalog, notes, lang) for r in members[shown].to_dict("records")
                ],
                "missing": [name_indicator(i, catalog, lang) for i in missing],
            }
        )
    return tables


def word_row(row: dict, catalog: pd.DataFrame, notes: Footnotes, lang: str) -> dict:
    """Return one table row as text: name, latest, period, target, deadline, progress, status."""
    unit = catalog.loc[row["indicator"], "unit"] if row["indicator"] in catalog.index else None
    name = name_indicator(row["indicator"], catalog, lang)
    if row["breakdown"] in BREAKDOWNS:
        name += f" ({BREAKDOWNS[row['breakdown']][lang]})"
    sources = [notes.cite(row.get("document")), notes.cite(row.get("target_document"))]
    progress = row.get("progress")
    comparator = "≤ " if row.get("comparator") == "<=" else ""
    return {
        "name": name,
        "latest": format_amount(row.get("latest_value"), unit, lang),
        "period": format_date(row.get("latest_date")) if pd.notna(row.get("latest_date")) else "–",
        "target": comparator + format_amount(row.get("target_value"), unit, lang)
        if pd.notna(row.get("target_value"))
        else "–",
        "deadline": format_date(row.get("deadline")) if pd.notna(row.get("deadline")) else "–",
        "progress": format_number(100 * progress, lang, 0) + "%" if pd.notna(progress) else "–",
        "status": row.get("status") or "no_data",
        "status_text": label_status(row.get("status"), lang),
        "notes": ", ".join(dict.fromkeys(s for s in sources if s)),
    }


def build_charts(
    rows: pd.DataFrame, series: pd.DataFrame, catalog: pd.DataFrame, lang: str
) -> list[dict]:
    """Return one small chart per headline row at risk or off track: its series and target."""
    charts = []
    for row in rows[rows["status"].isin(CHART_STATUSES)].head(MAX_CHARTS).to_dict("records"):
        points = series[
            (series["indicator"] == row["indicator"])
            & (series["breakdown"].fillna("national") == row["breakdown"])
        ]
        points = points.assign(date=pd.to_datetime(points["period_end"])).sort_values("date")
        unit = catalog.loc[row["indicator"], "unit"] if row["indicator"] in catalog.index else None
        charts.append(
            {
                "title": name_indicator(row["indicator"], catalog, lang),
                "status": label_status(row["status"], lang),
                "dates": list(points["date"]),
                "values": list(points["value"].astype(float)),
                "target": row.get("target_value"),
                "deadline": row.get("deadline"),
                "format": lambda v, unit=unit: format_amount(v, unit, lang),
            }
        )
    return charts


def list_month_changes(
    latest: pd.DataFrame, month: pd.Period, catalog: pd.DataFrame, notes: Footnotes, lang: str
) -> list[str]:
    """Return 'name: before → now (±change) [n]' for values whose newest period is in the month."""
    ends = pd.to_datetime(latest["latest_period_end"])
    rows = latest[(ends.dt.to_period("M") == month) & latest["previous_value"].notna()]
    lines = []
    for row in rows.head(MAX_LINES).to_dict("records"):
        unit = row.get("unit")
        name = name_indicator(row["indicator"], catalog, lang)
        if row.get("breakdown") in BREAKDOWNS:
            name += f" ({BREAKDOWNS[row['breakdown']][lang]})"
        before = format_amount(row["previous_value"], unit, lang)
        now = format_amount(row["latest_value"], unit, lang)
        since = format_date(row["previous_period_end"])
        note = notes.cite(row.get("latest_document"))
        word = "so với" if lang == "vi" else "vs"
        lines.append(f"{name}: {now} ({word} {before} ngày {since}) [{note}]" if lang == "vi"
                     else f"{name}: {now} ({word} {before} on {since}) [{note}]")  # fmt: skip
    return lines
