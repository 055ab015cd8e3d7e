"""Forecasts: hand-checked recursions, statsforecast parity, backtest selection."""
import numpy as np
import pytest

from core.planning.classify import classify
from core.planning.forecast import (METHODS, _croston_direct, _croston_loop, _trajectories,
                                    croston_family, fit_select)


def test_croston_hand_example():
    """y = 0,2,0,0,4: sizes 2->2+0.1*(4-2)=2.2, intervals 2->2+0.1*(3-2)=2.1; rate 2.2/2.1."""
    f = croston_family(np.array([[0, 2, 0, 0, 4.0]]))
    assert f["croston"][0] == pytest.approx(2.2 / 2.1)
    assert f["sba"][0] == pytest.approx(0.95 * 2.2 / 2.1)
    # TSB: p = SES of 0,1,0,0,1 from p0=0 -> 0.1, 0.09, 0.081, 0.1729; size level 2.2
    assert f["tsb"][0] == pytest.approx(0.1729 * 2.2)


def test_direct_and_loop_croston_agree():
    """The loop-free path for incremental replans gives the same levels."""
    rng = np.random.default_rng(3)
    y = (rng.random((30, 90)) < 0.25) * rng.poisson(4, (30, 90)).astype(float)
    y[0] = 0
    stops = (20, 45, 90)
    for a, b in zip(_croston_loop(y, stops), _croston_direct(y, stops)):
        np.testing.assert_allclose(a, b)


def test_matches_statsforecast():
    """Same numbers as statsforecast's SES, CrostonClassic, CrostonSBA and TSB."""
    from statsforecast import models  # a test dependency: the parity check must run, never skip
    rng = np.random.default_rng(1)
    y = (rng.random((20, 80)) < 0.3) * rng.poisson(5, (20, 80)).astype(float)  # > 16 rows: the loop path
    y[0] = 0
    traj = _trajectories(y, np.array([], dtype=int))
    for i in range(y.shape[0]):
        ref = [models.SimpleExponentialSmoothing(0.1), models.SimpleExponentialSmoothing(0.3),
               models.CrostonClassic(), models.CrostonSBA(), models.TSB(0.1, 0.1)]
        want = [m.forecast(y[i], 1)["mean"][0] for m in ref]
        np.testing.assert_allclose(traj[[0, 1, 3, 4, 5], i, -1], want, rtol=1e-9)


def test_selection_stays_in_class_and_is_fast():
    """Intermittent rows pick a Croston-family method, smooth rows a SES/seasonal one; 10k x 365 quickly."""
    rng = np.random.default_rng(2)
    smooth = rng.poisson(20, (50, 365)).astype(float)
    inter = (rng.random((50, 365)) < 0.1) * rng.poisson(3, (50, 365)).astype(float)
    y = np.vstack([smooth, inter])
    rate, method, rmse = fit_select(y, classify(y))
    names = np.array(METHODS)[method]
    assert set(names[:50]) <= {"ses_0.1", "ses_0.3", "seasonal_naive_7"}
    assert set(names[50:]) <= {"croston", "sba", "tsb"}
    np.testing.assert_allclose(rate[:50], 20, rtol=0.25)
    assert (rmse >= 0).all()
