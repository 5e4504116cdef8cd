"""The indicator catalog: ids, names, families, units, kinds and directions."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

CATALOG_PATH = Path(__file__).with_name("catalog.toml")
PROVINCES_PATH = Path(__file__).with_name("provinces.toml")


@cache
def read_catalog_file(path: Path = CATALOG_PATH) -> dict:
    """Parse the catalog TOML once per process."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def load_catalog(path: Path = CATALOG_PATH) -> pd.DataFrame:
    """Return one row per indicator, indexed by id, with its family's names and order."""
    data = read_catalog_file(path)
    indicators = pd.DataFrame(data["indicator"]).drop(columns="cue", errors="ignore")
    families = load_families(path).add_prefix("family_")
    merged = indicators.merge(families, left_on="family", right_on="family_id", how="left")
    return merged.drop(columns="family_id").set_index("id", drop=False)


@cache
def list_flagged(key: str, value: bool = True) -> frozenset[str]:
    """The indicators whose catalog `key` is set to `value` (one not setting it has neither)."""
    data = read_catalog_file(CATALOG_PATH)
    return frozenset(row["id"] for row in data["indicator"] if row.get(key) is value)


@cache
def list_family_units() -> dict[str, tuple[str, str]]:
    """Map indicator id to its (family, unit): the neighbours one rounded figure could restate."""
    data = read_catalog_file(CATALOG_PATH)
    return {row["id"]: (row["family"], row["unit"]) for row in data["indicator"]}


def load_families(path: Path = CATALOG_PATH) -> pd.DataFrame:
    """Return the indicator families in display order."""
    return pd.DataFrame(read_catalog_file(path)["family"]).sort_values("order")


def list_indicator_ids(path: Path = CATALOG_PATH) -> list[str]:
    """Return every indicator id in catalog order."""
    return [row["id"] for row in read_catalog_file(path)["indicator"]]


def load_cues(path: Path = CATALOG_PATH) -> dict[str, list[dict]]:
    """Return the extractor's cue tables by indicator id, each phrase reading its synonyms; an
    indicator's (or its family's) own `exclude`, `exclude_after` and `exclude_clause` rule out
    every cue of it."""
    catalog = read_catalog_file(path)
    expand = synonym_expander(catalog.get("synonyms", {}))
    families = {family["id"]: family for family in catalog["family"]}

    def cue_of(row: dict, cue: dict) -> dict:
        family = families.get(row.get("family"), {})
        shared = {
            k: "|".join(filter(None, [cue.get(k), row.get(k), family.get(k)])) for k in SHARED_KEYS
        }
        merged = {**cue, **{k: v for k, v in shared.items() if v}}
        return {k: expand(v) if k in PATTERN_KEYS else v for k, v in merged.items()}

    return {
        row["id"]: [cue_of(row, cue) for cue in row.get("cue", [])] for row in catalog["indicator"]
    }


PATTERN_KEYS = ("before", "after", "context", "exclude", "exclude_after", "exclude_clause")
SHARED_KEYS = ("exclude", "exclude_after", "exclude_clause")


def synonym_expander(synonyms: dict[str, list[str]]):
    """Return a function that widens each phrase of a cue pattern to its synonyms."""
    if not synonyms:
        return lambda pattern: pattern

    def spelling(written: str) -> str:
        # an abbreviation in capitals is read as written, whole: "HS" (hồ sơ), not "https", "ThS"
        if written.isupper() and " " not in written:
            return rf"(?-i:\b{re.escape(written)}\b)"
        return r"\s+".join(map(re.escape, written.split()))

    def words(phrase: str) -> str:
        return r"(?: |\\s[+*])+".join(re.escape(w) for w in phrase.split())

    # Longest first, one pass: "băng rộng cố định" is widened whole, not as "băng rộng" + rest.
    keys = sorted(synonyms, key=len, reverse=True)
    finder = re.compile("|".join(f"(?P<k{i}>{words(k)})" for i, k in enumerate(keys)), re.I)

    def widen(match: re.Match) -> str:
        key = keys[int(match.lastgroup[1:])]
        spellings = [match.group(), *(spelling(s) for s in synonyms[key])]
        return "(?:" + "|".join(spellings) + ")"

    return lambda pattern: finder.sub(widen, pattern)


@cache
def read_provinces_file(path: Path = PROVINCES_PATH) -> dict:
    """The provinces file, read once: names, central cities, aliases and renamings."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@cache
def load_provinces(path: Path = PROVINCES_PATH) -> tuple[str, ...]:
    """Return the province names a value can be broken down by."""
    return tuple(read_provinces_file(path)["names"])


@cache
def load_central_cities(path: Path = PROVINCES_PATH) -> frozenset[str]:
    """The centrally-run cities, whose "thành phố" is the province itself."""
    return frozenset(read_provinces_file(path).get("central_cities", ()))


@cache
def load_province_renames(path: Path = PROVINCES_PATH) -> dict[str, tuple[str, date]]:
    """Provinces renamed: the new name and the day from which periods carry it."""
    renamed = read_provinces_file(path).get("renamed", {})
    return {old: (new["name"], new["from"]) for old, new in renamed.items()}


@cache
def load_province_aliases(path: Path = PROVINCES_PATH) -> dict[str, str]:
    """Other spellings of province names ("TP.HCM") and the name each stands for."""
    return dict(read_provinces_file(path).get("aliases", {}))
