"""`tandem users invite|login-link|revoke`: added to the `users` group of core_cmds."""
from __future__ import annotations

import typer

from tandem.cli.core_cmds import ROLES_HELP, _fail, _tandem, users_app


@users_app.command("invite")
def users_invite(role: str = typer.Option(..., help=ROLES_HELP), name: str = typer.Option("", help="Their name."),
                 days: float = typer.Option(7.0, help="Days the code stays valid.")) -> None:
    """Print a one-time invite code; the person sends `/start CODE` to the bot."""
    from core.domain.access import AccessError
    from core.domain.commands_access import CreateInvite

    try:
        invite = _tandem().handle(CreateInvite(role, name=name, days=days))
    except AccessError as exc:
        _fail(str(exc))
    typer.echo(invite["code"])
    typer.echo(f"role {invite['role']}, single use, valid until {invite['expires_at'][:16]}; "
               f"send /start {invite['code']} to the bot", err=True)


@users_app.command("login-link")
def users_login_link(name: str) -> None:
    """Print a one-time web login link (15 minutes) for a user."""
    from core.domain.access import AccessError
    from core.domain.commands_access import CreateLoginLink

    try:
        link = _tandem().handle(CreateLoginLink(name=name))
    except AccessError as exc:
        _fail(str(exc))
    typer.echo(link["url"])


@users_app.command("revoke")
def users_revoke(target: str) -> None:
    """Deactivate a user by name, or cancel an open invite by its code."""
    from core.domain.commands_access import RevokeAccess

    result = _tandem().handle(RevokeAccess(target))
    if result["status"] != "revoked":
        _fail(result["message"])
    typer.echo(result["message"])


def register(app: typer.Typer) -> None:
    """The commands attach to `users` on import; nothing else to add."""
