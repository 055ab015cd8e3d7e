"""Suppliers' confirmations in the domain: what is late, what is short, what is refused."""
from __future__ import annotations

from datetime import date

import pytest

from core.domain.purchasing import POLine, PurchaseOrder, PurchasingError
from core.domain.supplier import (SupplierConfirmed, SupplierDelayed, confirmation_events, expected_arrival,
                                  promises)

D = date(2026, 12, 1)


def _po(status="approved") -> PurchaseOrder:
    po = PurchaseOrder("S1", [POLine("BOLT", 100, 0.5), POLine("NUT", 50, 0.1, received=50)], status=status, id=7)
    return po


def test_expected_arrival_is_the_promise_else_order_date_plus_lead_time():
    assert expected_arrival(date(2026, 11, 20), 7) == date(2026, 11, 27)
    assert expected_arrival(date(2026, 11, 20), 7, promised=D) == D


def test_on_time_confirmation_is_only_confirmed():
    made = promises(_po(), date(2026, 11, 30), [], {"BOLT": D})
    assert [p.sku for p in made] == ["BOLT"]  # NUT is fully received: nothing to confirm
    found = confirmation_events(_po(), made)
    assert found == [SupplierConfirmed(7, "S1", ["BOLT"], date(2026, 11, 30), {"BOLT": 100})]


def test_later_than_expected_is_a_delay_with_days_late():
    found = confirmation_events(_po(), promises(_po(), date(2026, 12, 11), [], {"BOLT": D}))
    delayed = found[1]
    assert isinstance(delayed, SupplierDelayed)
    assert (delayed.old_date, delayed.new_date, delayed.days_late, delayed.short) == (D, date(2026, 12, 11), 10, {})


def test_later_than_a_waiting_customer_needs_is_a_delay_even_when_expected():
    made = promises(_po(), D, [], {"BOLT": D}, needed_by={"BOLT": date(2026, 11, 29)})
    assert made[0].late and made[0].days_late == 0
    assert isinstance(confirmation_events(_po(), made)[-1], SupplierDelayed)


def test_a_smaller_quantity_is_a_short_delivery():
    made = promises(_po(), D, [{"sku": "BOLT", "quantity": 60}], {"BOLT": D})
    delayed = confirmation_events(_po(), made)[-1]
    assert isinstance(delayed, SupplierDelayed) and delayed.short == {"BOLT": 40} and delayed.days_late == 0


@pytest.mark.parametrize("po, lines, why", [
    (_po("pending_approval"), [], "it is pending approval"),
    (_po(), [{"sku": "NUT"}], "no open line for NUT"),
    (_po(), [{"sku": "BOLT", "quantity": -1}], "must not be negative"),
])
def test_refused_confirmations_say_why(po, lines, why):
    with pytest.raises(PurchasingError, match=why):
        promises(po, D, lines, {"BOLT": D})
