"""The calibration probe's pieces: signed logistic fit, monotone boosted trees, signals read off an honest row."""
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import calib_gbm  # noqa: E402
import calib_signals  # noqa: E402
import nlp_calib_probe  # noqa: E402
from nlp.calibration import LINE_FEATURES  # noqa: E402


def _vec(**on):
    return [float(on.get(n, 0.0)) for n in LINE_FEATURES]


def test_a_signal_whose_fit_goes_against_its_sign_is_held_at_zero():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 2))
    y = (x[:, 0] - x[:, 1] + rng.normal(scale=0.5, size=400) > 0).astype(float)
    free = nlp_calib_probe.fit_signed(x, y, 1.0, np.array([1.0, 0.0]))
    pinned = nlp_calib_probe.fit_signed(x, y, 1.0, np.array([1.0, 1.0]))
    assert free.weights[1] < 0 and pinned.weights[1] == 0.0 and pinned.weights[0] > 0


def test_boosted_trees_never_lower_the_score_as_a_good_signal_grows():
    rng = np.random.default_rng(5)
    x = rng.uniform(size=(600, 2))
    # A bump in the middle: an unconstrained tree would fall again at the top
    y = (rng.uniform(size=600) < np.where(np.abs(x[:, 0] - 0.5) < 0.2, 0.9, 0.3) + 0.1 * x[:, 1]).astype(float)
    model = calib_gbm.Boosted.fit(x, y, np.array([1.0, 0.0]), n=40, min_leaf=20)
    grid = np.column_stack([np.linspace(0, 1, 50), np.full(50, 0.5)])
    assert np.all(np.diff(model.prob(grid)) >= -1e-12)


def test_boosting_from_an_offset_starts_at_that_model():
    x, y = np.zeros((50, 1)), np.ones(50)
    offset = np.full(50, 2.0)
    model = calib_gbm.Boosted.fit(x, y, np.array([0.0]), n=0, offset=offset)
    assert np.allclose(model.prob(x, offset), 1 / (1 + np.exp(-2.0)))


def test_every_count_with_its_unit_and_a_bare_count_are_told_apart():
    with_units = {"lines": [(_vec(qty_unit=1), True), (_vec(qty_unit=1), True)], "file": "extraction_en_dev9"}
    one_bare = {"lines": [(_vec(qty_unit=1), True), (_vec(qty_bare=1), False)], "file": "extraction_zh_dev9"}
    no_lines = {"lines": [], "file": "extraction_en_dev9"}
    m = calib_signals.extra_matrix([with_units, one_bare, no_lines], ("unit_all", "bare_any", "zh"), None)
    assert m.tolist() == [[1.0, 0.0, 0.0], [0.0, 1.0, 1.0], [0.0, 0.0, 0.0]]


def test_the_intent_check_columns_read_the_probability_of_the_intent_that_was_read():
    rows = [{"intent": "order", "lines": []}, {"intent": "quote", "lines": []}]
    ip = np.array([[0.7, 0.2, 0.02, 0.02, 0.02, 0.04], [0.6, 0.3, 0.02, 0.02, 0.02, 0.04]])
    m = calib_signals.extra_matrix(rows, ("ip_read", "ip_margin", "ip_agree"), ip)
    assert np.allclose(m, [[0.7, 0.5, 1.0], [0.3, -0.3, 0.0]])
