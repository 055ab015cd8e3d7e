"""`tandem prices set` and `tandem rules add|list|disable`: price changes and the business's own rules."""
from __future__ import annotations

from datetime import date

import typer

from tandem.cli.core_cmds import _fail, _tandem

prices_app = typer.Typer(no_args_is_help=True, help="Offer prices and their history.")
rules_app = typer.Typer(no_args_is_help=True, help="Business rules: on EVENT when EXPR then ACTION.")


@prices_app.command("set")
def prices_set(supplier: str = typer.Argument(..., help="Supplier id."), sku: str = typer.Argument(...),
               price: float = typer.Argument(..., help="New base unit price; the volume breaks scale with it."),
               valid_from: str = typer.Option(None, "--date", help="ISO date the price applies from (today).")) -> None:
    """Record a supplier's new price: kept in the history, the SKU replanned, rules checked."""
    from core.domain.prices import ChangeOfferPrice, PriceError

    try:
        day = date.fromisoformat(valid_from) if valid_from else None
    except ValueError:
        _fail(f"--date {valid_from!r} is not an ISO date (YYYY-MM-DD)")
    try:
        r = _tandem().handle(ChangeOfferPrice(supplier, sku, unit_price=price, valid_from=day, source="cli"))
    except PriceError as exc:
        _fail(str(exc))
    if r["scheduled"]:
        typer.echo(f"{supplier} {sku}: {r['old_price']:g} -> {r['new_price']:g} ({r['change_pct']:+.2f}%) "
                   f"scheduled for {r['valid_from']}")
        return
    if not r["changed"]:
        typer.echo(f"{supplier} {sku}: price unchanged at {r['new_price']:g}")
        return
    typer.echo(f"{supplier} {sku}: {r['old_price']:g} -> {r['new_price']:g} ({r['change_pct']:+.2f}%) "
               f"from {r['valid_from']}")


@prices_app.command("apply")
def prices_apply() -> None:
    """Put in force the scheduled prices whose day has come (`tandem serve` does this at start and daily)."""
    from core.domain.prices import ApplyScheduledPrices

    r = _tandem().handle(ApplyScheduledPrices())
    typer.echo(f"{r['applied']} scheduled price(s) in force, {r['changed']} changed")


@rules_app.command("add")
def rules_add(name: str = typer.Argument(...),
              on: str = typer.Option(..., "--on", help="Event name, e.g. PriceChanged or ShortageDetected."),
              when: str = typer.Option(..., "--when", help="Condition, e.g. 'change_pct > 5 and category == \"raw\"'."),
              then: str = typer.Option(..., "--then", help="alert or stock_up_approval."),
              role: str = typer.Option("", "--role", help="Who an alert goes to (default buyer).")) -> None:
    """Add a rule; the condition is checked against the event's fields first."""
    from core.domain.rules import AddRule, RuleError

    try:
        rule = _tandem().handle(AddRule(name, on, when, then, role, created_by="cli"))
    except RuleError as exc:
        _fail(str(exc))
    typer.echo(f"rule {rule['id']}: {_line(rule)}")


@rules_app.command("list")
def rules_list() -> None:
    """Every rule, enabled or not."""
    from core.domain.rules import ListRules

    rules = _tandem().handle(ListRules())
    for rule in rules:
        typer.echo(f"{rule['id']}\t{'on' if rule['enabled'] else 'off'}\t{_line(rule)}")
    if not rules:
        typer.echo("no rules")


@rules_app.command("disable")
def rules_disable(name: str) -> None:
    """Stop a rule from firing (it stays listed)."""
    from core.domain.rules import DisableRule, RuleError

    try:
        rule = _tandem().handle(DisableRule(name, by="cli"))
    except RuleError as exc:
        _fail(str(exc))
    typer.echo(f"rule {rule['id']} {rule['name']} disabled")


def _line(rule: dict) -> str:
    return f"{rule['name']}: on {rule['event']} when {rule['condition']} then {rule['action']} ({rule['role']})"


def register(app: typer.Typer) -> None:
    """Add `prices` and `rules`."""
    app.add_typer(prices_app, name="prices")
    app.add_typer(rules_app, name="rules")
