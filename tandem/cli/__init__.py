"""The `tandem` console command: one Typer app, sub-commands registered per area."""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Tandem: procurement meets sales.")

# Each module exposes register(app); kept as names so a missing optional area fails loudly at start.
_COMMAND_MODULES = [
    "tandem.cli.core_cmds",
    "tandem.cli.access_cmds",
    "tandem.cli.approval_cmds",
    "tandem.cli.nlp_cmds",
    "tandem.cli.parse_cmds",
    "tandem.cli.plan_cmds",
    "tandem.cli.po_cmds",
    "tandem.cli.rules_cmds",
    "tandem.cli.reaction_cmds",
]


def _register_all() -> None:
    """Import each command module that exists and let it add its commands."""
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(app)


def main() -> None:
    """Entry point of the console script."""
    _register_all()
    app()
