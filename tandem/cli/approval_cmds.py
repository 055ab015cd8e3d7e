"""`tandem approvals rules list|set`: who approves POs, by level, amount and category."""
from __future__ import annotations

import typer

from tandem.cli.core_cmds import _fail, _tandem

approvals_app = typer.Typer(no_args_is_help=True, help="Approval chains.")
rules_app = typer.Typer(no_args_is_help=True, help="Approval rules: level, min amount, category, role.")


def _print(rules) -> None:
    for rule in rules:
        typer.echo(f"level {rule['level']}\tabove {rule['min_amount']:g}\t{rule['category']}\t{rule['role']}")


@rules_app.command("list")
def rules_list() -> None:
    """The rules in force (the defaults until one is set)."""
    from core.service import access

    with _tandem().uow() as uow:
        _print([vars(r) for r in access.rules(uow)])


@rules_app.command("set")
def rules_set(level: int = typer.Option(..., help="1 decides first, then 2, …"),
              role: str = typer.Option(..., help="manager, director or admin; 'none' removes the rule"),
              min_amount: float = typer.Option(0.0, "--min-amount", help="Applies to POs above this total."),
              category: str = typer.Option("*", help="Product category, or * for any.")) -> None:
    """Add or replace the rule for a level and category."""
    from core.domain.access import AccessError
    from core.domain.commands_access import SetApprovalRule

    try:
        rules = _tandem().handle(SetApprovalRule(level, min_amount, category, "" if role == "none" else role))
    except AccessError as exc:
        _fail(str(exc))
    _print(rules)


def register(app: typer.Typer) -> None:
    """Add `approvals rules`."""
    approvals_app.add_typer(rules_app, name="rules")
    app.add_typer(approvals_app, name="approvals")
