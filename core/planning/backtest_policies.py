"""The two replayed policies: Tandem's dynamic planner and the ERP min/max baseline."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .backtest import BacktestData, SimState, simulate
from .backtest_scenario import Scenario
from .plan import PlanInputs, plan_skus, replan_rows


class MinMaxPolicy:
    """ERP baseline: min = avg daily demand x (promised lead time + S), max = min + C days, monthly from 90 days."""

    def __init__(self, data: BacktestData, scen: Scenario, safety_days: float, cover_days: float,
                 every: int = 30, window: int = 90):
        self.name, self.data, self.scen = "minmax", data, scen
        self.demand = data.total  # an ERP sees every sale alike, large orders included
        self.s, self.c, self.every, self.window = safety_days, cover_days, every, window
        self.lead = scen.quoted_lt[scen.supplier]
        self.last = None
        self.params = {"safety_days": safety_days, "cover_days": cover_days,
                       "recompute_days": every, "trailing_days": window, "lead_time": "promised"}

    def levels(self, state: SimState):
        """Recompute min and max on the monthly schedule."""
        if self.last is not None and state.t - self.last < self.every:
            return None
        self.last = state.t
        past = self.demand[:, max(0, state.t + 1 - self.window):state.t + 1]
        avg = past.sum(axis=1) / self.window
        low = np.maximum(avg * (self.lead + self.s), 0.0)
        return low, low + avg * self.c

    def reserved(self, t: int) -> float:
        """The baseline nets nothing: it does not read the order book."""
        return 0.0


class DynamicPolicy:
    """Tandem: weekly plan_skus on past base demand with observed lead times; large orders reserved."""

    def __init__(self, data: BacktestData, scen: Scenario, target: float, every: int = 7,
                 feedback: float = 5.0, notice: np.ndarray | None = None,
                 lead_model: str = "observed", value_weighted: bool = True):
        self.name, self.data, self.scen, self.target = "dynamic", data, scen, target
        self.lead_model, self.value_weighted = lead_model, value_weighted
        self.every, self.feedback, self.last = every, feedback, None
        self.announce = data.large_due - (scen.notice if notice is None else notice)
        self.window = np.zeros(data.base.shape[0])
        self.internal = self.base = target
        self.params = {"target_fill": target, "refit_days": every, "feedback_gain": feedback,
                       "large_orders": int(data.large_qty.size), "lead_model": lead_model,
                       "value_weighted": value_weighted}

    def warm_start(self, burn_in: int = 56) -> float:
        """Calibrate the internal target by replaying the last burn_in history days (past data only)."""
        d, h = self.data, self.data.history_days
        if h <= burn_in + 28:
            return self.internal
        keep = d.large_due < h
        past = BacktestData(d.base[:, :h], d.large_sku[keep], d.large_due[keep], d.large_qty[keep], h - burn_in)
        shadow = DynamicPolicy(past, replace(self.scen, notice=self.scen.notice[keep]), self.target,
                               self.every, self.feedback, lead_model=self.lead_model,
                               value_weighted=self.value_weighted)
        simulate(past, shadow.scen, shadow)
        self.internal = self.base = shadow.internal
        self.params["warm_start_target"] = round(self.internal, 4)
        return self.internal

    def _lead_times(self, sup_obs: np.ndarray, lt_obs: np.ndarray):
        """Per-SKU mean and sd of the supplier's receipts seen so far (pre-replay receipts included)."""
        hist = self.scen.lt_history
        k = hist.shape[0]
        cnt = hist.shape[1] + np.bincount(sup_obs, minlength=k)
        s1 = hist.sum(axis=1) + np.bincount(sup_obs, weights=lt_obs, minlength=k)
        s2 = (hist**2).sum(axis=1) + np.bincount(sup_obs, weights=lt_obs**2, minlength=k)
        mean = s1 / cnt
        sd = np.sqrt(np.maximum(s2 / cnt - mean**2, 0.0) * cnt / np.maximum(cnt - 1, 1))
        return mean[self.scen.supplier], sd[self.scen.supplier]

    def levels(self, state: SimState):
        """Re-plan weekly from the past only; nudge the internal target by the fill rate achieved so far."""
        if self.last is not None and state.t - self.last < self.every:
            return self._new_items(state)
        self.last = state.t
        if state.demanded > 0 and self.feedback > 0:
            # why: the cumulative fill is already an integral of past misses, so acting on it
            # proportionally corrects model bias without the wind-up of integrating it again
            gap = self.target - state.served / state.demanded
            # never plan below the target: cutting stock on a lucky streak costs fill a lead time later
            self.internal = float(np.clip(self.base + self.feedback * gap, self.target, 0.9995))
        lt_m, lt_s = self._lead_times(*state.lt_obs)
        if self.lead_model == "promised":  # ablation: plan on the ERP's promised lead time
            lt_m, lt_s = self.scen.quoted_lt[self.scen.supplier], np.zeros_like(lt_m)
        self.window = lt_m + 2 * lt_s + 1
        self.plan = plan_skus(self._inputs(state.t, lt_m, lt_s))
        return self.plan.reorder_point, self.plan.order_up_to

    def _inputs(self, t: int, lt_m: np.ndarray, lt_s: np.ndarray) -> PlanInputs:
        """Plan inputs from the past year of base demand up to day t."""
        n = lt_m.size
        hist = self.data.base[:, max(0, t + 1 - 365):t + 1]
        return PlanInputs(np.arange(n), hist, self.scen.unit_cost, np.zeros(n), np.zeros(n),
                          np.zeros(n), lt_m, lt_s, target_fill=self.internal,
                          order_cost=self.scen.order_cost, holding_rate=self.scen.holding_rate, seed=t,
                          value_weighted=self.value_weighted)

    def _new_items(self, state: SimState):
        """Between weekly plans, replan at once the items that sold today with no stock level yet."""
        touched = np.flatnonzero((self.data.base[:, state.t] > 0) & (self.plan.order_up_to <= 0))
        if touched.size == 0:
            return None
        inp = self._inputs(state.t, self.plan.lt_mean, self.plan.lt_sd)
        replan_rows(inp, self.plan, touched)
        return self.plan.reorder_point, self.plan.order_up_to

    def reserved(self, t: int) -> np.ndarray:
        """Announced large orders due after today and within the SKU's lead-time window."""
        d = self.data
        live = (self.announce <= t) & (d.large_due > t) & (d.large_due <= t + self.window[d.large_sku])
        return np.bincount(d.large_sku[live], weights=d.large_qty[live], minlength=self.window.size)
