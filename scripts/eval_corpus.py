"""Score extraction on one half of ../shared/corpus: `python scripts/eval_corpus.py tune|check`.

Develop on `tune`; run `check` only to measure (see tests/golden/README.md).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus_helpers import CORPUS, lay_out, neutral_name, read_split  # noqa: E402

from etl.evaluate import evaluate, format_report  # noqa: E402


def main(argv: list[str]) -> int:
    """Lay the half out under neutral names and print the evaluation report."""
    half = argv[0] if argv else "tune"
    summary = "--summary" in argv  # totals and families only: how to look at the check half
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 66
    with tempfile.TemporaryDirectory() as tmp:
        golden, files = lay_out(half, Path(tmp))
        report = format_report(evaluate(golden, files))
    if summary:
        # the head, and how many misses were held for review, read otherwise or not read
        why = next(line for line in report.splitlines() if line.startswith("misses ("))
        report = report.split("by document:")[0] + why + "\n"
    for document in read_split():
        report = report.replace(neutral_name(document), document)
    print(report, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
