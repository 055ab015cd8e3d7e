"""Pure planning maths (numpy only): demand classes, forecasts, safety stock, orders, explanations.

Public API for the service layer:
- plan_skus(PlanInputs) -> PlanResult: full vectorised plan over SKU rows.
- replan_rows(PlanInputs, PlanResult, rows) -> PlanResult: recompute only touched rows in place.
- suggest_order(PlanInputs, PlanResult, row) -> Explanation: one explained suggestion.
- price_advice(...) -> PriceAdvice: buy now / wait / stock up on one offer.
- offers_from_records(n, [OfferRecord]) -> Offers; lead_time_stats(samples, promised).
- service_by_class(abc, {"A": .98, ...}) -> PlanInputs.service_override (else value-weighted).
- clean_online_retail / parse_generic -> SalesLines; daily_matrix(SalesLines) -> DemandHistory.
"""
from .classify import CLASS_NAMES, abc_classes, adi_cv2, classify, demand_class, service_by_class
from .explain import Explanation
from .forecast import METHODS, croston_family, fit_select
from .history import DemandHistory, SalesLines, clean_online_retail, daily_matrix, parse_generic
from .inputs import OfferRecord, offers_from_records
from .ordering import choose_lot, choose_supplier, eoq, round_to_pack
from .plan import Offers, PlanInputs, PlanResult, plan_skus, replan_rows, suggest_order
from .price import PriceAdvice, price_advice
from .safety import bootstrap_ltd_quantile, lead_time_stats, safety_stock

__all__ = [
    "CLASS_NAMES", "METHODS", "DemandHistory", "Explanation", "OfferRecord", "Offers", "PlanInputs",
    "PlanResult", "offers_from_records", "service_by_class",
    "PriceAdvice", "SalesLines", "abc_classes", "adi_cv2", "bootstrap_ltd_quantile", "choose_lot",
    "choose_supplier", "classify", "clean_online_retail", "croston_family", "daily_matrix",
    "demand_class", "eoq", "fit_select", "lead_time_stats", "parse_generic", "plan_skus",
    "price_advice", "replan_rows", "round_to_pack", "safety_stock", "suggest_order",
]
