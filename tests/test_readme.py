"""The README tells the truth: its commands exist and the files it names are there."""

from __future__ import annotations

import re
from pathlib import Path

from cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_kpi_command_in_the_readme_exists():
    subcommands = set(build_parser()._subparsers._group_actions[0].choices)
    named = set(re.findall(r"\bkpi (\w+)", README))
    assert named and named <= subcommands, named - subcommands


def test_every_file_the_readme_names_exists():
    paths = re.findall(r"`((?:data|docs|etl|metrics|layouts|bench|deploy|tests)/[\w./-]+)`", README)
    paths += re.findall(r"\]\(((?:docs)/[\w./-]+)\)", README)
    missing = [p for p in paths if "*" not in p and not (ROOT / p).exists()]
    generated = {"data/kpi.duckdb", "data/cache/", "data/db/"}  # made by the first refresh
    assert not [p for p in missing if p not in generated], missing


def test_readme_shows_the_two_commands():
    assert "make run" in README and "make test" in README
