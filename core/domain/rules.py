"""Business rules the business writes itself: 'on EVENT when EXPRESSION then ACTION for ROLE'.

Expressions are rule-engine's typed language (https://zeroSteiner.github.io/rule-engine/): safe (no code
runs), and checked against the event's fields when the rule is written, so a typo is refused up front.
"""
from __future__ import annotations

import typing
from dataclasses import dataclass, fields
from datetime import date, datetime

import rule_engine

from core.domain.commands import Command
from core.domain.events import Event

ACTIONS = ("alert", "stock_up_approval")
DEFAULT_ROLE = {"alert": "buyer", "stock_up_approval": "manager"}
ROLES = ("salesperson", "buyer", "manager", "director", "admin")
# Looked up for every event that names a SKU or a supplier, besides the event's own fields.
CONTEXT = {"event": str, "name": str, "name_zh": str, "category": str, "on_hand": float, "available": float,
           "safety_stock": float, "supplier_name": str}


class RuleError(ValueError):
    """A rule that cannot be stored: unknown event or action, or an expression that does not compile."""


@dataclass
class Rule:
    """One stored rule."""

    name: str
    event: str
    condition: str
    action: str
    role: str
    enabled: bool = True
    created_by: str = ""
    id: int | None = None


@dataclass
class AddRule(Command):
    """Write a new rule (validated before it is stored)."""

    name: str
    event: str
    condition: str
    action: str
    role: str = ""
    created_by: str = ""


@dataclass
class DisableRule(Command):
    """Stop a rule from firing (kept, for the audit trail)."""

    name: str
    by: str = ""


@dataclass
class ListRules(Command):
    """Every rule, enabled or not."""


def event_types() -> dict[str, type]:
    """Every Event subclass imported so far, by class name (so events added later are targetable)."""
    found, todo = {}, list(Event.__subclasses__())
    while todo:
        cls = todo.pop()
        found.setdefault(cls.__name__, cls)
        todo.extend(cls.__subclasses__())
    return found


def _data_type(hint) -> rule_engine.DataType:
    """rule-engine's type for a Python annotation; unions and unknowns are left unchecked."""
    plain = {str: rule_engine.DataType.STRING, float: rule_engine.DataType.FLOAT, int: rule_engine.DataType.FLOAT,
             bool: rule_engine.DataType.BOOLEAN, date: rule_engine.DataType.STRING,
             datetime: rule_engine.DataType.STRING}
    if hint in plain:
        return plain[hint]
    origin = typing.get_origin(hint)
    if origin is list:
        return rule_engine.DataType.ARRAY
    if origin is dict:
        return rule_engine.DataType.MAPPING
    return rule_engine.DataType.UNDEFINED


def symbol_types(event_cls: type) -> dict[str, rule_engine.DataType]:
    """The names an expression on this event may use, with their types."""
    hints = typing.get_type_hints(event_cls)
    types = {f.name: _data_type(hints.get(f.name)) for f in fields(event_cls)}
    return {**{k: _data_type(v) for k, v in CONTEXT.items()}, **types}


def compile_rule(event: str, condition: str) -> rule_engine.Rule:
    """The compiled expression, or a RuleError saying exactly what is wrong."""
    cls = event_types().get(event)
    if cls is None:
        raise RuleError(f"unknown event {event!r}; one of: {', '.join(sorted(event_types()))}")
    context = rule_engine.Context(type_resolver=rule_engine.type_resolver_from_dict(symbol_types(cls)),
                                  default_value=None)
    try:
        return rule_engine.Rule(condition, context=context)
    except rule_engine.errors.SymbolResolutionError as exc:
        names = ", ".join(sorted(symbol_types(cls)))
        raise RuleError(f"unknown name {exc.symbol_name!r} in the condition; {event} offers: {names}") from None
    except rule_engine.errors.EngineError as exc:
        raise RuleError(f"bad condition {condition!r}: {exc.message}") from None


def validate(cmd: AddRule) -> Rule:
    """The rule to store, or a RuleError."""
    name = cmd.name.strip()
    if not name or len(name) > 100:
        raise RuleError("a rule needs a name of 1 to 100 characters")
    if cmd.action not in ACTIONS:
        raise RuleError(f"unknown action {cmd.action!r}; one of: {', '.join(ACTIONS)}")
    role = cmd.role or DEFAULT_ROLE[cmd.action]
    if role not in ROLES:
        raise RuleError(f"unknown role {role!r}; one of: {', '.join(ROLES)}")
    compile_rule(cmd.event, cmd.condition)
    return Rule(name, cmd.event, cmd.condition.strip(), cmd.action, role, True, cmd.created_by)


def plain(value):
    """An event value as a rule sees it: dates as ISO text, the rest as is."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
