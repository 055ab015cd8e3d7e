"""Safety stock against hand-checked values, including the limits."""
import numpy as np
import pytest

from core.planning.safety import (allocate_service, bootstrap_ltd_quantile, lead_time_stats,
                                  norm_cdf, norm_loss, norm_ppf, safety_stock)


def test_normal_helpers():
    """Table values of the standard normal."""
    assert norm_ppf(0.95) == pytest.approx(1.6448536, abs=1e-6)
    assert norm_ppf(0.5) == pytest.approx(0.0, abs=1e-9)
    assert norm_ppf(0.001) == pytest.approx(-3.0902323, abs=1e-6)
    assert norm_cdf(1.96) == pytest.approx(0.9750021, abs=1e-6)
    assert norm_loss(0.0) == pytest.approx(0.3989423, abs=1e-6)


def test_textbook_formula():
    """z=1.645, L=4, sd_d=10, d=20, sd_L=1: sqrt(4*100 + 400*1) = sqrt(800) -> 46.53."""
    assert safety_stock(1.645, 4, 10, 20, 1) == pytest.approx(1.645 * np.sqrt(800))


def test_limits_zero_variance():
    """No demand variance and no lead-time variance: no safety stock."""
    assert safety_stock(2.0, 7, 0, 50, 0) == 0


def test_limits_zero_lead_time_variance():
    """Only demand variance: z * sd_d * sqrt(L) = 1.645 * 3 * 3 = 14.805."""
    assert safety_stock(1.645, 9, 3, 100, 0) == pytest.approx(14.805)


def test_limits_only_lead_time_variance():
    """Constant demand 10/d, sd_L 2 d: z * d * sd_L = 2 * 10 * 2 = 40."""
    assert safety_stock(2.0, 5, 0, 10, 2) == pytest.approx(40.0)


def test_single_sale_in_a_year():
    """One sale of 10 units in 365 days, L=10, sd_L=0, 95%.

    Normal: d = 10/365, sd = sqrt(100/365 - d^2) = 0.5227, SS = 1.645 * 0.5227 * sqrt(10) = 2.72.
    Empirical: only 11 of 365 windows of L+1 days hold the sale (3 %), so the 95 % quantile is 0.
    """
    y = np.zeros(365)
    y[100] = 10
    d, sd = y.mean(), y.std()
    assert sd == pytest.approx(0.52271, abs=1e-4)
    assert safety_stock(norm_ppf(0.95), 10, sd, d, 0) == pytest.approx(2.719, abs=2e-3)
    q = bootstrap_ltd_quantile(y[None], np.array([10.0]), np.array([0.0]), np.array([0.95]),
                               review=1, sims=2000, window=365)
    assert q[0] == 0.0
    q99 = bootstrap_ltd_quantile(y[None], np.array([10.0]), np.array([0.0]), np.array([0.99]),
                                 review=1, sims=2000, window=365)
    assert q99[0] == 10.0


def test_bootstrap_constant_demand():
    """Constant 5/day, L exactly 6 (+1 review day): every block sums to 35."""
    q = bootstrap_ltd_quantile(np.full((1, 100), 5.0), np.array([6.0]), np.array([0.0]),
                               np.array([0.9]))
    assert q[0] == 35.0


def test_lead_time_stats():
    """Receipts 10, 12, 14 days against a promise of 12: mean 12, sd 2, on time 2/3."""
    s = lead_time_stats([np.array([10, 12, 14]), np.array([])], promised=[12, 5], default_mean=9)
    assert s.mean.tolist() == [12.0, 9.0] and s.sd[0] == 2.0
    assert s.on_time[0] == pytest.approx(2 / 3) and s.count.tolist() == [3, 0]


def test_allocation_meets_fill_budget_and_favours_cheap_items():
    """Expected units short equal (1 - target) x demand; the cheap item gets the higher service."""
    cost, demand, lot = np.array([1.0, 50.0]), np.array([3650.0, 3650.0]), np.array([100.0, 100.0])
    sigma = np.array([30.0, 30.0])
    service, _ = allocate_service(cost, demand, lot, 0.98, sigma=sigma)
    assert service[0] > service[1]
    short = (demand / lot * sigma * norm_loss(norm_ppf(service))).sum()
    assert short == pytest.approx(0.02 * demand.sum(), rel=1e-3)
