"""Lot sizing, price breaks on total cost, supplier choice, price timing."""
import numpy as np
import pytest

from core.planning.ordering import (annual_cost, choose_lot, choose_supplier, effective_unit_cost,
                                    eoq, round_to_pack)
from core.planning.price import price_advice


def test_eoq_hand_value():
    """D=1200, K=50, h=2: sqrt(2*1200*50/2) = 244.95."""
    assert eoq(1200, 50, 2) == pytest.approx(244.949, abs=1e-3)
    assert eoq(0, 50, 2) == 0


def test_moq_and_pack():
    """101 -> MOQ 50 is below, 12-packs -> 108; 20 -> MOQ 50 -> 60; 0 stays 0."""
    assert round_to_pack([101, 20, 0], 50, 12).tolist() == [108, 60, 0]


def test_price_breaks_compared_on_total_cost():
    """D=1000, K=10, h=25%: 5.00 base (EOQ 126 -> 5158), 4.80 from 200 (-> 4970), 4.50 from 1000 (-> 5072.5)."""
    lot = choose_lot([1000.0], 10.0, 0.25, [[0, 200, 1000]], [[5.0, 4.8, 4.5]])
    assert lot.qty[0] == 200 and lot.price[0] == 4.8
    assert lot.cost[0] == pytest.approx(4970.0)
    assert lot.base_cost[0] == pytest.approx(5000 + 2 * np.sqrt(10 * 1000 * 1.25 / 2), rel=1e-6)
    assert annual_cost(1000, 1000, 4.5, 10, 0.25) == pytest.approx(5072.5)


def test_supplier_choice_keeps_runner_up_and_difference():
    """Cheaper landed cost wins unless quality and lateness eat the margin."""
    landed = np.array([[10.0, 9.5, 11.0]])
    eff = effective_unit_cost(landed, np.array([[7, 7, 7.0]]), np.array([[1, 1, 1.0]]),
                              np.array([[1.0, 0.6, 1.0]]), np.array([[1.0, 0.9, 1.0]]), np.array([[5.0]]))
    ch = choose_supplier(eff)
    assert ch.best[0] == 0 and ch.runner_up[0] == 1
    assert ch.difference[0] == pytest.approx(eff[0, 1] - eff[0, 0])
    none = choose_supplier(eff, valid=np.array([[False, True, False]]))
    assert none.best[0] == 1 and none.runner_up[0] == -1 and np.isnan(none.difference[0])


HIST = [10, 10, 10, 10, 11, 9, 10, 12, 8, 10]


def test_stock_up_on_a_dip():
    """Price at the 20th percentile or below: buy extra cover with a positive expected saving."""
    a = price_advice(HIST, 8.0, 5.0, 100, 20, 50, 7)
    assert a.action == "stock_up" and a.qty > 50 and a.expected_saving > 0


def test_wait_only_when_cover_stays_above_safety_stock():
    """High price: wait if stock lasts lead time + wait above SS, else buy just the minimum."""
    wait = price_advice(HIST, 12.0, 5.0, cover_units=200, safety_stock=20, need_qty=50, lead_days=7)
    assert wait.action == "wait" and wait.qty == 0 and wait.expected_saving == pytest.approx(100)
    thin = price_advice(HIST, 12.0, 5.0, cover_units=100, safety_stock=20, need_qty=50, lead_days=7)
    assert thin.action == "buy_now" and thin.qty == pytest.approx(25)  # 20 + 5*21 - 100
    assert price_advice(HIST, 10.0, 5.0, 100, 20, 50, 7).action == "buy_now"
