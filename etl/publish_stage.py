"""The refresh's publish stage: write a new database version, verify it, switch to it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from etl import load


def build_and_publish(db_path: Path, tables: dict[str, pd.DataFrame], progress) -> Path:
    """Write a new versioned database file, verify it, and switch the served path to it."""
    build_path, final_path = load.plan_build_path(db_path)
    try:
        # From a copy of the served version when there is one: its unchanged rows stay.
        if load.write_from_served(db_path, build_path, tables) is None:
            load.write_database(build_path, tables)
        progress.stage("publishing")
        return load.publish_database(build_path, final_path, db_path)
    finally:
        build_path.unlink(missing_ok=True)
        Path(str(build_path) + ".wal").unlink(missing_ok=True)
