"""Core commands: serve, demo, ingest, import, db, users."""
from __future__ import annotations

import json
from pathlib import Path

import typer

ROLES_HELP = "salesperson, buyer, manager, director or admin"
IMPORT_KINDS = ("catalog", "suppliers", "offers", "stock", "sales", "customers")

db_app = typer.Typer(no_args_is_help=True, help="Database maintenance.")
users_app = typer.Typer(no_args_is_help=True, help="Users, roles and Telegram links.")
messages_app = typer.Typer(no_args_is_help=True, help="Inbound messages: list them, retry kept ones.")


@messages_app.command("list")
def messages_list(status: str = typer.Option(None, help="processed, quarantined or held")) -> None:
    """List inbound messages, newest first, with the reason when one was kept for a person."""
    from core.service.views import recent_messages

    for m in recent_messages(_tandem().uow(), limit=200):
        if status in (None, m["status"]):
            reason = f"\t{m['error']}" if m["error"] else ""
            typer.echo(f"{m['id']}\t{m['status']}\t{m['source']}\t{m['subject'] or ''}{reason}")


@messages_app.command("retry")
def messages_retry(message_id: int) -> None:
    """Process a quarantined or held message again (after a fix, or to release it)."""
    from core.domain.commands import RetryMessage

    result = _tandem().handle(RetryMessage(message_id))
    if result["status"] != "processed":
        _fail(result["message"])
    typer.echo(result["message"])


def _tandem():
    from tandem.bootstrap import bootstrap

    return bootstrap()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply all migrations to DATABASE_URL."""
    from core.adapters import migrate
    from core.config import get_settings

    migrate.upgrade(get_settings().database_url)
    typer.echo("database is up to date")


@users_app.command("add")
def users_add(name: str, role: str = typer.Option(..., help=ROLES_HELP), telegram_id: int = typer.Option(None),
              email: str = typer.Option("")) -> None:
    """Add a user with a role, optionally linked to a Telegram id."""
    from core.domain.commands import AddUser

    try:
        user = _tandem().handle(AddUser(name, role, telegram_id, email))
    except ValueError as exc:  # unknown role, Telegram id taken
        _fail(str(exc))
    typer.echo(f"user {user['id']}: {user['name']} ({user['role']}) telegram={user['telegram_id']}")


@users_app.command("list")
def users_list() -> None:
    """List users with role and Telegram id."""
    with _tandem().uow() as uow:
        for user in uow.users.list():
            typer.echo(f"{user.id}\t{user.name}\t{user.role}\t{user.telegram_id or '-'}\t{user.email or '-'}")


def import_file(kind: str = typer.Argument(..., help="|".join(IMPORT_KINDS)), file: Path = typer.Argument(...)) -> None:
    """Import a CSV or XLSX file; on any row error nothing is imported."""
    from rich.progress import Progress

    from core.service.imports import ImportFailed, ImportRows
    from tandem.tables import read_rows

    if kind not in IMPORT_KINDS:
        _fail(f"unknown kind {kind!r}; one of: {', '.join(IMPORT_KINDS)}")
    if not file.is_file():
        _fail(f"{file}: no such file")
    rows = read_rows(file)
    tandem = _tandem()
    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task(f"importing {kind}", total=len(rows))
        try:
            result = tandem.handle(ImportRows(kind, rows, str(file), lambda n: progress.advance(task, n)))
        except ImportFailed as exc:
            progress.stop()
            for error in exc.errors[:50]:
                typer.echo(f"{file}: {error}", err=True)
            _fail(f"{file}: {exc}")
    typer.echo(f"imported {result['rows']} {kind} rows from {file}")


def ingest(file: Path, as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")) -> None:
    """Run one .eml, PDF or text file through the whole path and show what happened."""
    from core.domain.commands import IngestMessage
    from core.service.views import message_report
    from tandem.render import report_lines

    if not file.is_file():
        _fail(f"{file}: no such file", as_json)
    tandem = _tandem()
    result = tandem.handle(IngestMessage(file.read_bytes(), source="cli", filename=file.name))
    report = message_report(tandem.uow(), result["message_id"])
    report["duplicate"] = result["status"] == "duplicate"
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, default=str))
    else:
        typer.echo("\n".join(report_lines(report)))


def demo(keep: Path = typer.Option(None, help="Keep the demo database in this folder."),
         load: bool = typer.Option(False, "--load", help="Instead: load the demo data into DATABASE_URL "
                                                         "if it has no products yet, then exit.")) -> None:
    """Run the whole path headless on the shipped demo data and print each step."""
    from tandem.demo import load_if_empty, run_demo

    if load:
        raise typer.Exit(load_if_empty(_tandem()))
    raise typer.Exit(run_demo(keep))


def plan(sku: str = typer.Option(None, "--sku", help="Only this SKU (shown even when no order is due)."),
         as_json: bool = typer.Option(False, "--json", help="Print a JSON list.")) -> None:
    """Current purchase suggestions from a full replan, each with its explanation."""
    from core.service.planning import PlannerState

    tandem = _tandem()
    with tandem.uow() as uow:
        decisions = PlannerState().decide_all(uow)
    if sku:
        decisions = [d for d in decisions if d.sku == sku]
        if not decisions:
            _fail(f"unknown SKU {sku!r}", as_json)
    else:
        decisions = sorted((d for d in decisions if d.quantity > 0), key=lambda d: d.explanation["order_in_days"])
    if as_json:
        typer.echo(json.dumps([{"sku": d.sku, "quantity": d.quantity, "supplier_id": d.supplier_id,
                                "explanation": d.explanation} for d in decisions], ensure_ascii=False))
        return
    for d in decisions:
        typer.echo(d.text + "\n")
    if not decisions:
        typer.echo("no purchase is due")


def serve() -> None:
    """Web app, Telegram bot, mail ingester and background jobs in one process."""
    from tandem.server import run_server

    run_server()


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _fail(message: str, as_json: bool = False):
    if as_json:
        typer.echo(json.dumps({"error": message}))
    else:
        typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the core commands to the `tandem` app."""
    app.add_typer(db_app, name="db")
    app.add_typer(users_app, name="users")
    app.add_typer(messages_app, name="messages")
    app.command("import")(import_file)
    app.command("ingest")(ingest)
    app.command("demo")(demo)
    app.command("plan")(plan)
    app.command("serve")(serve)
