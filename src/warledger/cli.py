"""The `warledger` command line: thin Typer commands over the library (CONTRACT.md).

Each command parses options, calls one library function and prints; library errors
(`WarledgerError`) become one stderr line each and the exit code CONTRACT.md gives
(0 ok, 1 some inputs rejected, 2 usage error). Imports are inside commands so that
`warledger --help` stays fast and a stage's dependencies load only when it runs.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from warledger.config import database_url
from warledger.errors import WarledgerError

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__.splitlines()[0])
users_app = typer.Typer(no_args_is_help=True, help="Logins for the web UI and API tokens.")
app.add_typer(users_app, name="users")

DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLAlchemy URL; default $WARLEDGER_DB or sqlite:///warledger.db")
]


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    geojson = "geojson"
    jsonl = "jsonl"


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line to stderr and give the exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} {value!r}: not a date in the form YYYY-MM-DD", 2) from None


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, URLs or feeds; a .jsonl is one document a line")
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD when the input has none")
    ] = None,
) -> None:
    """Print one JSON object per document (incidents, statements, contradictions); touches no database.

    Example: warledger extract report.txt --published 2016-09-26
    """
    from warledger.extract import extract_documents
    from warledger.ingest import read_inputs, with_published

    day = parse_day(published, "--published")
    rejections = RejectionLog()
    for item in extract_documents(with_published(read_inputs(paths, on_rejected=rejections), day)):
        sys.stdout.write(json.dumps(item.model_dump(mode="json"), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if rejections.count:
        raise typer.Exit(1)


class RejectionLog:
    """Names each rejected input on stderr as it happens, and counts them for the exit code."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: WarledgerError) -> None:
        self.count += 1
        typer.echo(f"rejected: {error}", err=True)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs or RSS/Atom feeds")],
    db: DbOption = None,
) -> None:
    """Store originals (content-addressed by SHA-256) and their extractions; idempotent.

    Example: warledger ingest examples/ --db sqlite:///warledger.db
    """
    from warledger.ledger import ingest_inputs

    try:
        outcome = ingest_inputs(inputs, database_url(db), on_rejected=RejectionLog())
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None
    typer.echo(
        f"{outcome.added} added, {outcome.already_stored} already stored, {outcome.rejected} rejected",
        err=True,
    )
    if outcome.rejected:
        raise typer.Exit(1)


@app.command()
def documents(
    db: DbOption = None,
    format: Annotated[Format, typer.Option("--format", help="table or json")] = Format.table,
) -> None:
    """List the stored documents with their provenance.

    Example: warledger documents --format json
    """
    from warledger.ledger import list_documents
    from warledger.report.tables import documents_table

    try:
        rows = list_documents(database_url(db))
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None
    if format is Format.json:
        typer.echo(json.dumps([r.model_dump(mode="json") for r in rows], ensure_ascii=False, indent=2))
    else:
        documents_table(rows)


@app.command()
def incidents(
    db: DbOption = None,
    format: Annotated[
        Format, typer.Option("--format", help="table, json, jsonl, csv or geojson")
    ] = Format.table,
    place: Annotated[str | None, typer.Option(help="Only incidents at this place")] = None,
    since: Annotated[str | None, typer.Option(help="Only incidents on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Only incidents on or before YYYY-MM-DD")] = None,
    event_type: Annotated[str | None, typer.Option(help="Only this EVENT_TYPE")] = None,
    perpetrator: Annotated[str | None, typer.Option(help="Only incidents alleged against this actor")] = None,
) -> None:
    """List the reconciled incidents across all documents.

    Example: warledger incidents --format csv > ledger.csv
    """
    from warledger.export import write_incidents
    from warledger.ledger import IncidentFilter, list_incidents

    filters = IncidentFilter(
        place=place,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        event_type=event_type,
        perpetrator=perpetrator,
    )
    try:
        rows = list_incidents(database_url(db), filters)
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None
    write_incidents(rows, format.value, sys.stdout)


@app.command()
def report(
    db: DbOption = None,
    place: Annotated[str | None, typer.Option(help="Only incidents at this place")] = None,
    since: Annotated[str | None, typer.Option(help="From YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Until YYYY-MM-DD")] = None,
    out: Annotated[Path | None, typer.Option(help="Write Markdown (.md) or HTML (.html) here")] = None,
) -> None:
    """Print a situation report: incidents, casualty ranges, weapons, targets, who said what, contradictions.

    Example: warledger report --place Aleppo --out report.md
    """
    from warledger.ledger import situation
    from warledger.report import render_report

    try:
        sitrep = situation(
            database_url(db),
            place=place,
            since=parse_day(since, "--since"),
            until=parse_day(until, "--until"),
        )
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None
    render_report(sitrep, out)


@app.command()
def review(
    incident_id: Annotated[str, typer.Argument(help="The incident to decide on")],
    action: Annotated[str, typer.Argument(help="confirm, reject, merge, split or correct")],
    reason: Annotated[str, typer.Option(help="Why: kept in the audit trail")],
    by: Annotated[str, typer.Option(help="Who decides")] = "cli",
    field: Annotated[str | None, typer.Option(help="correct: the field to correct")] = None,
    value: Annotated[str | None, typer.Option(help="correct: the new value (JSON or text)")] = None,
    other: Annotated[
        list[str] | None, typer.Option(help="merge: the incidents to merge in; split: documents to split off")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Confirm a merge across countries")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the decision and the incident as JSON")
    ] = False,
    db: DbOption = None,
) -> None:
    """Record an analyst's decision on an incident, as an append-only audit row.

    Example: warledger review 3 correct --field killed --value '{"min": 90, "max": 92}' --reason "LCC update"
    """
    from warledger.ledger import review_incident

    try:
        result = review_incident(
            database_url(db),
            incident_id,
            action,
            reason=reason,
            by=by,
            field=field,
            value=value,
            others=other or [],
            confirmed=yes,
        )
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    decision = result.get("review") or {}
    status = (result.get("incident") or {}).get("review", {}).get("status")
    what = " ".join(
        str(part) for part in (decision.get("action", action), decision.get("field") or "") if part
    )
    typer.echo(f"incident {incident_id}: {what} by {decision.get('by', by)} recorded (status {status})")


@app.command()
def resolve(db: DbOption = None) -> None:
    """Re-run resolution over the stored extractions; every analyst decision stays.

    Incidents nobody reviewed are made again (each keeps its id where it starts from the same report);
    reviewed, corrected, merged or split incidents keep their reports and decisions. Prints how many
    incidents the ledger holds afterwards.

    Example: warledger resolve --db sqlite:///warledger.db
    """
    from warledger.ledger import resolve_again

    try:
        count = resolve_again(database_url(db))
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None
    typer.echo(f"{count} incidents after resolving again")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
) -> None:
    """Serve the web UI and the JSON API (OpenAPI at /docs).

    Example: warledger serve --port 8000
    """
    import uvicorn

    from warledger.serve.app import create_app

    uvicorn.run(create_app(database_url(db)), host=host, port=port, log_level="info")


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Login name")],
    role: Annotated[str, typer.Option(help="analyst, reviewer or admin")] = "analyst",
    password: Annotated[
        str | None, typer.Option(help="Password; asked for when not given", envvar="WARLEDGER_PASSWORD")
    ] = None,
    db: DbOption = None,
) -> None:
    """Create a login for the web UI and an API token (printed once).

    Example: warledger users add alice --role analyst
    """
    from warledger.ledger import add_user

    if role not in ("analyst", "reviewer", "admin"):
        raise fail(f"--role {role!r}: must be analyst, reviewer or admin", 2)
    secret = password or typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        token = add_user(database_url(db), name, role, secret)
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None
    typer.echo(f"user {name} ({role}) created; API token (shown once): {token}")


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A gold file in the shared/eval schema")],
    fields: Annotated[list[str] | None, typer.Option("--fields", help="Only these fields")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N rows")] = None,
    split: Annotated[str, typer.Option(help="all, or heldout / train: the event-type model's split")] = "all",
) -> None:
    """Score extraction against gold data; per-field figures, then one JSON line.

    Example: warledger eval ../shared/eval/acled_dev.jsonl
    """
    from warledger.measure.evaluate import evaluate_file

    if not gold.is_file():
        raise fail(f"{gold}: no such file", 2)
    try:
        evaluate_file(gold, fields=fields, limit=limit, echo=typer.echo, split=split)
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None


@app.command()
def bench(
    docs: Annotated[int, typer.Option("--docs", help="How many documents")] = 300,
    workers: Annotated[int, typer.Option("--workers", help="Extraction processes")] = 1,
    resolve: Annotated[
        bool, typer.Option("--resolve", help="Benchmark resolving instead of extraction")
    ] = False,
    rounds: Annotated[int, typer.Option("--rounds", help="Alternating rounds; each side's best counts")] = 3,
) -> None:
    """Throughput of extraction beside plain en_core_web_sm on the same texts; one JSON line last.

    Example: warledger bench --docs 300
    """
    from warledger.measure.bench import run_bench

    try:
        run_bench(docs=docs, workers=workers, resolve=resolve, echo=typer.echo, rounds=rounds)
    except WarledgerError as error:
        raise fail(str(error), error.exit_code) from None


def main() -> None:
    """Entry point of the `warledger` script."""
    app()


if __name__ == "__main__":  # `python -m warledger.cli`, as well as `python -m warledger`
    main()
