"""The command line lists every command of CONTRACT.md."""

from typer.testing import CliRunner

from warledger.cli import app


def test_help_lists_every_contract_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in (
        "extract",
        "ingest",
        "documents",
        "incidents",
        "report",
        "serve",
        "users",
        "eval",
        "bench",
    ):
        assert command in result.output
