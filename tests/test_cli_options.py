"""CLI options read where users type them: before or after a subcommand's action."""

from cli import main


def test_review_takes_db_after_the_action(tmp_path, capsys):
    missing = tmp_path / "other.duckdb"
    for args in (
        ["review", "list", "--db", str(missing)],
        ["review", "--db", str(missing), "list"],
    ):
        assert main(args) == 66
        assert str(missing) in capsys.readouterr().err


def test_review_help_describes_every_option(capsys):
    try:
        main(["review", "list", "--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "--db" in out and "database to read" in out
    assert "--reviews" in out and "decisions file" in out
