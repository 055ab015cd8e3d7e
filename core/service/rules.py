"""Business rules: stored, validated when written, and matched against every event as it happens."""
from __future__ import annotations

import dataclasses
import logging
from functools import lru_cache

import rule_engine
from sqlmodel import select

from core.adapters.tables_prices import BusinessRuleRow
from core.domain.events import Event
from core.domain.rules import AddRule, DisableRule, ListRules, Rule, RuleError, compile_rule, plain, validate
from core.service import buttons, rule_actions
from core.service.journal import audit
from core.service.messagebus import reaction

log = logging.getLogger(__name__)


def _rule(row: BusinessRuleRow) -> Rule:
    return Rule(row.name, row.event, row.condition, row.action, row.role, row.enabled, row.created_by, row.id)


def _by_name(uow, name: str) -> BusinessRuleRow | None:
    return uow.session.exec(select(BusinessRuleRow).where(BusinessRuleRow.name == name)).first()


def add_rule(cmd: AddRule, uow) -> dict:
    """Validate and store a rule; a name already in use or a bad expression is refused."""
    rule = validate(cmd)
    with uow:
        if _by_name(uow, rule.name) is not None:
            raise RuleError(f"a rule named {rule.name!r} already exists")
        row = BusinessRuleRow(**{k: v for k, v in vars(rule).items() if k != "id"})
        uow.session.add(row)
        uow.session.flush()
        audit(uow, cmd.created_by or "system", "rule.added", "rule", row.id, name=rule.name, event=rule.event,
              condition=rule.condition, does=rule.action, role=rule.role)
        uow.commit()
        return vars(_rule(row))


def disable_rule(cmd: DisableRule, uow) -> dict:
    """Stop a rule from firing; it stays listed, disabled."""
    with uow:
        row = _by_name(uow, cmd.name)
        if row is None:
            raise RuleError(f"no rule named {cmd.name!r}")
        row.enabled = False
        uow.session.add(row)
        audit(uow, cmd.by or "system", "rule.disabled", "rule", row.id, name=row.name)
        uow.commit()
        return vars(_rule(row))


def list_rules(cmd: ListRules, uow) -> list[dict]:
    """Every rule, oldest first."""
    with uow:
        return [vars(_rule(r)) for r in uow.session.exec(select(BusinessRuleRow).order_by(BusinessRuleRow.id))]


@lru_cache(maxsize=512)
def _compiled(event: str, condition: str) -> rule_engine.Rule:
    return compile_rule(event, condition)


def context(uow, event: Event) -> dict:
    """The event's fields plus what a rule writer expects to name: the SKU's catalog data and stock, the supplier."""
    data = {f.name: plain(getattr(event, f.name)) for f in dataclasses.fields(event)} \
        if dataclasses.is_dataclass(event) else {}
    data["event"] = type(event).__name__
    sku, supplier_id = data.get("sku"), data.get("supplier_id")
    product = uow.catalog.get_product(sku) if isinstance(sku, str) else None
    if product is not None:
        position = uow.stock.get(sku).position
        data.update(name=product.name, name_zh=product.names.get("zh", product.name),
                    category=data.get("category") or product.category, safety_stock=product.safety_stock,
                    on_hand=position.on_hand, available=position.available)
    supplier = uow.catalog.get_supplier(supplier_id) if isinstance(supplier_id, str) else None
    if supplier is not None:
        data["supplier_name"] = supplier.name
    return data


def _matches(row: BusinessRuleRow, ctx: dict) -> bool:
    try:
        return bool(_compiled(row.event, row.condition).matches(ctx))
    except (RuleError, rule_engine.errors.EngineError) as exc:
        # why: a value of another type than declared (e.g. a None) means the rule does not apply
        log.info("rule %s not applied to %s: %s", row.name, ctx["event"], exc)
        return False


def evaluate(event: Event, uow, planner) -> None:
    """Fire every enabled rule written for this event whose condition holds; each firing is audited."""
    with uow:
        rows = list(uow.session.exec(select(BusinessRuleRow).where(BusinessRuleRow.event == type(event).__name__,
                                                                   BusinessRuleRow.enabled == True)))  # noqa: E712
        if not rows:
            return
        ctx = context(uow, event)
        for row in rows:
            if not _matches(row, ctx):
                continue
            if row.action == "stock_up_approval":
                result = rule_actions.stock_up(uow, row.name, ctx, planner)
            else:
                result = rule_actions.alert(uow, _rule(row), ctx)
            audit(uow, f"rule:{row.name}", "rule.fired", "rule", row.id, event=ctx["event"], does=row.action,
                  condition=row.condition, sku=ctx.get("sku"), result=result)
        uow.commit()


def register(event_handlers: dict, command_handlers: dict, uow, deps) -> None:
    """Rule commands, the evaluator on every event (the bus's catch-all), and the rule alert's buttons."""
    planner = deps.extra.get("planner")
    command_handlers[AddRule] = lambda c: add_rule(c, uow)
    command_handlers[DisableRule] = lambda c: disable_rule(c, uow)
    command_handlers[ListRules] = lambda c: list_rules(c, uow)
    event_handlers.setdefault(Event, []).append(reaction(evaluate, lambda e: evaluate(e, uow, planner)))
    buttons.ACTIONS["rule_stock_up"] = rule_actions.tap_stock_up(planner)
    buttons.ACTIONS["rule_dismiss"] = rule_actions.tap_dismiss
    for name in ("rule_stock_up", "rule_dismiss"):
        buttons.SPENT[name] = rule_actions.spent
