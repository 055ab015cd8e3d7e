"""`tandem prices set` and `tandem rules add|list|disable` as a user runs them."""
from __future__ import annotations

import json

from tests.cli.test_core_cli import env, loaded, run  # noqa: F401  (fixtures)


def test_rules_add_list_disable(loaded):
    bad = run(["rules", "add", "broken", "--on", "PriceChanged", "--when", "change_pct >", "--then", "alert"], loaded,
              check=False)
    assert bad.returncode == 1 and "bad condition 'change_pct >'" in bad.stderr
    out = run(["rules", "add", "tell", "--on", "PriceChanged", "--when", "change_pct > 5", "--then", "alert",
               "--role", "manager"], loaded).stdout
    assert "tell: on PriceChanged when change_pct > 5 then alert (manager)" in out
    listed = run(["rules", "list"], loaded).stdout
    assert "\ton\ttell:" in listed and "raw-material-price-rise" in listed  # the demo's own rule is there too
    assert "disabled" in run(["rules", "disable", "tell"], loaded).stdout
    assert "\toff\ttell:" in run(["rules", "list"], loaded).stdout


def test_prices_set_records_the_change_and_plan_explains_with_history(loaded):
    for price in ("1.10", "0.95"):  # with the imported price: four prices, enough to time the buy
        run(["prices", "set", "SUP4", "85099B", price, "--date", "2026-10-01"], loaded)
    out = run(["prices", "set", "SUP4", "85099B", "0.80"], loaded).stdout
    assert out.startswith("SUP4 85099B: 0.95 -> 0.8 (-15.79%) from ")
    plan = json.loads(run(["plan", "--sku", "85099B", "--json"], loaded).stdout)
    exp = plan[0]["explanation"]
    assert plan[0]["supplier_id"] == "SUP4" and exp["price_action"] in ("buy_now", "wait", "stock_up")
    unknown = run(["prices", "set", "SUP9", "85099B", "1", "--date", "soon"], loaded, check=False)
    assert unknown.returncode == 1 and "not an ISO date" in unknown.stderr


def test_prices_set_with_a_later_date_is_scheduled_and_apply_waits_for_the_day(loaded):
    out = run(["prices", "set", "SUP4", "85099B", "1.30", "--date", "2099-01-01"], loaded).stdout
    assert out.startswith("SUP4 85099B: ") and out.rstrip().endswith("scheduled for 2099-01-01")
    assert run(["prices", "apply"], loaded).stdout.strip() == "0 scheduled price(s) in force, 0 changed"
