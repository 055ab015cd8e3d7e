"""`tandem po confirm`: record a supplier's confirmed date (and quantity) for a purchase order."""
from __future__ import annotations

import json
from datetime import date

import typer

from tandem.cli.core_cmds import _fail, _tandem

po_app = typer.Typer(no_args_is_help=True, help="Purchase orders.")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date like 2026-12-20") from None


@po_app.command("confirm")
def confirm(po_id: int = typer.Argument(..., help="The PO the supplier confirmed."),
            promised: str = typer.Option(..., "--date", help="Promised arrival, YYYY-MM-DD."),
            sku: str = typer.Option(None, help="Only this line (default: every open line)."),
            quantity: float = typer.Option(None, help="Confirmed quantity of --sku (default: all still open)."),
            note: str = typer.Option("", help="What the supplier said."),
            as_json: bool = typer.Option(False, "--json", help="Print the result as JSON.")) -> None:
    """Store the confirmation; a later date or smaller quantity replans the SKUs and alerts the people affected."""
    from core.domain.supplier import ConfirmSupplierDelivery

    if quantity is not None and not sku:
        raise typer.BadParameter("--quantity needs --sku")
    lines = [{"sku": sku, "quantity": quantity}] if sku else []
    result = _tandem().handle(ConfirmSupplierDelivery(po_id, _day(promised), lines, source="cli", note=note))
    if result["status"] == "rejected":
        _fail(result["error"], as_json)
    if as_json:
        typer.echo(json.dumps(result))
        return
    typer.echo(f"PO {po_id}: {'LATE' if result['late'] else 'on time'} (confirmation {result['confirmation_id']})")
    for line in result["lines"]:
        extra = f", +{line['days_late']} days" if line["days_late"] else ""
        extra += f", short {line['short']:g}" if line["short"] else ""
        typer.echo(f"  {line['sku']}: {line['quantity']:g} on {line['promised']} (expected {line['expected']}{extra})")


def register(app: typer.Typer) -> None:
    """Add `po confirm`."""
    app.add_typer(po_app, name="po")
