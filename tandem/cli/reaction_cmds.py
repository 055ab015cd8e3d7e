"""`tandem reactions list|retry|dismiss`: event handlers that failed after their retries, kept for a person."""
from __future__ import annotations

import json

import typer

from tandem.cli.core_cmds import _fail, _tandem

reactions_app = typer.Typer(no_args_is_help=True, help="Failed reactions: see them, run them again or dismiss them.")


@reactions_app.command("list")
def reactions_list(status: str = typer.Option(None, help="open, retrying, retried or dismissed (all by default)"),
                   as_json: bool = typer.Option(False, "--json", help="One JSON object a line, with the event.")
                   ) -> None:
    """List failed reactions, newest first: id, status, handler, event, tries, reason."""
    from core.service.reactions import failed_reactions

    for r in failed_reactions(_tandem().uow(), status):
        if as_json:
            typer.echo(json.dumps(r, ensure_ascii=False))
        else:
            event = r["event_type"].rsplit(".", 1)[-1]
            typer.echo(f"{r['id']}\t{r['status']}\t{r['handler']}\t{event}\t{r['attempts']}\t{r['reason']}")


@reactions_app.command("retry")
def reactions_retry(reaction_id: int) -> None:
    """Run a failed reaction's handler again on its stored event (after the cause is fixed)."""
    from core.domain.commands import RetryReaction

    result = _tandem().handle(RetryReaction(reaction_id))
    if result["status"] != "retried":
        _fail(result["message"])
    typer.echo(result["message"])


@reactions_app.command("dismiss")
def reactions_dismiss(reaction_id: int, reason: str = typer.Option("", help="Why it needs no rerun.")) -> None:
    """Close a failed reaction without running it (kept, and audited with the reason)."""
    from core.domain.commands import DismissReaction

    result = _tandem().handle(DismissReaction(reaction_id, reason=reason))
    if result["status"] != "dismissed":
        _fail(result["message"])
    typer.echo(result["message"])


def register(app: typer.Typer) -> None:
    """Add `tandem reactions` to the app."""
    app.add_typer(reactions_app, name="reactions")
