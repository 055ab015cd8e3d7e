"""A cleaned body's written forms (sheets, spoken counts, own figures) read into plain counted text before parsing."""
from __future__ import annotations

from nlp.bare_text import numbered_rows, spelled_please
from nlp.branches import branch_table, without_totals
from nlp.clause_splits import numbered
from nlp.group_lists import chained
from nlp.own_stock import without_header_fields, without_own_figures, without_rejected_rows
from nlp.shared_specs import shared_specs
from nlp.spoken import dictated, spoken_counts


def english_forms(body: str) -> str:
    """Rejected rows, header fields and the customer's own figures out; numbered rows, "pls", shared specs, spoken
    counts and per-branch tables read ("for dozen", "Branch | A | B", "each branch takes …, so 48 in total")."""
    # the order matters: each reader sees what the one before left ("Line 2 REJECTED" goes before rows are numbered)
    body = numbered_rows(without_header_fields(without_rejected_rows(body)))
    body = spoken_counts(shared_specs(spelled_please(body)))
    return without_own_figures(without_totals(branch_table(body)))


def chinese_forms(body: str) -> str:
    """Numbered rows and dictated counts (语音转文字) read."""
    return dictated(numbered(chained(body)))
