"""A cleaned body's written forms (sheets, spoken counts, own figures) read into plain counted text before parsing."""
from __future__ import annotations

import re

from nlp.bare_text import numbered_rows, spelled_please
from nlp.branches import branch_table, without_totals
from nlp.breakdowns import per_place_counts, summed_more, without_batch_counts, without_breakdowns, without_zh_breakdowns
from nlp.clause_splits import numbered
from nlp.group_lists import chained
from nlp.own_stock import without_header_fields, without_own_figures, without_rejected_rows
from nlp.shared_specs import shared_specs
from nlp.spoken import dictated, spoken_counts


def english_forms(body: str) -> str:
    """Rejected rows, header fields and the customer's own figures out; numbered rows, "pls", shared specs, spoken
    counts and per-branch tables read ("for dozen", "Branch | A | B", "each branch takes …, so 48 in total")."""
    # the order matters: each reader sees what the one before left ("Line 2 REJECTED" goes before rows are numbered)
    body = numbered_rows(without_header_fields(without_rejected_rows(without_breakdowns(body))))  # (before bracketed items)
    body = spoken_counts(shared_specs(spelled_please(body)))
    return without_own_figures(without_totals(branch_table(one_case_of(decimal_commas(form_pairs(body))))))


def chinese_forms(body: str) -> str:
    """Place and batch breakdowns of a count out, a count per place times the places, "再加N" of the same summed; numbered rows and dictated counts (语音转文字) read."""
    body = OTHERS_KEPT.sub(r"\1\2", body) if "另" in body or "其" in body else body
    return dictated(numbered(chained(summed_more(per_place_counts(without_batch_counts(without_zh_breakdowns(body)))))))


# "…购物袋200个取消，另外两个照常": how many other lines stay as they are counts no goods (the number is dropped)
OTHERS_KEPT = re.compile(r"((?:另外|其他|其余)的?)(?:[0-9]|[两二三四五六七八九])\s*(?:个|样|款|种|项)?的?((?:还是|仍然|依然)?(?:照旧|照常|照发|照送|不变|保留))")


# "angle 63x6 - 2,5 t", "1,5 kg": a continental decimal comma before a measure unit (a thousands comma has 3 digits)
DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s*(?:t|kg|tonnes?|tons?|m|l|ltr|litres?|liters?)\b(?!-))")  # (not "t-shirts")


def decimal_commas(body: str) -> str:
    """Decimal commas before a measure unit read as points ("2,5 t" -> "2.5 t")."""
    return DECIMAL_COMMA.sub(r"\1.\2", body) if "," in body else body


# "a case (10 boxes) of the black M": one outer pack whose inner packs are counted in brackets is that many packs
ONE_CASE = re.compile(r"\b(?:a|one|1)\s+(?:case|carton|ctn|crate|outer)\s*\(\s*(\d+)\s*(boxes|packs|bags|rolls|pails|tins|tubs)\s*\)")


def one_case_of(body: str) -> str:
    """One case with its inner packs counted in brackets read as those packs ("a case (10 boxes)" -> "10 boxes")."""
    return ONE_CASE.sub(r"\1 \2", body) if "(" in body else body


# A web form's numbered fields: "Product 1: X" with "Quantity 1: 60" on a line of its own
FORM_FIELD = re.compile(r"^[ \t]*(?P<f>product|item|quantity|qty)[ \t]*(?P<k>\d{1,2})[ \t]*:[ \t]*(?P<v>[^\n]*?)[ \t]*$", re.M)


def form_pairs(body: str) -> str:
    """Numbered product and quantity fields read as one row each ("60 x X"); empty pairs dropped."""
    fields = list(FORM_FIELD.finditer(body)) if ":" in body else []
    names = {m.group("k"): m for m in fields if m.group("f") in ("product", "item")}
    counts = {m.group("k"): m for m in fields if m.group("f") in ("quantity", "qty")}
    if not names or set(names) != set(counts):
        return body
    for m in sorted(fields, key=lambda m: -m.start()):  # from the end: earlier offsets stay valid
        name, count = names[m.group("k")].group("v"), counts[m.group("k")].group("v")
        row = f"{count} x {name}" if m is names[m.group("k")] and name and count else ""
        body = body[: m.start()] + row + body[m.end() :]
    return body
