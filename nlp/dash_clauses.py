"""What the clause after a dash does to the name before it: finishes it, or closes its line with a count."""
from __future__ import annotations

from collections.abc import Callable

from nlp.clause_splits import WEAK_SPLIT, split_spans


def dash_clause(text: str, clause: list, counted_before: bool, read: Callable, brackets: Callable, content) -> list:
    """The clause after a dash, parted where the name before it ends (`read(s, e)`: the counts of text[s:e];
    `brackets(s, e)`: the offsets inside brackets; `content`: the product-word pattern)."""
    if len(clause) != 1 or not clause[0][2]:
        return clause
    s, e, _ = clause[0]
    parts = split_spans(WEAK_SPLIT, text, s, e, brackets(s, e))
    if len(parts) < 2:
        return clause
    lead = read(*parts[0])
    if counted_before:
        # "35 hand warmers - owl design please, and 35 mugs": the count-less words before a comma or "and" finish
        # the name before the dash; the counted rest is a piece of its own
        if lead or not content.search(text, *parts[0]):
            return clause
        return [(*parts[0], []), (parts[1][0], e, read(parts[1][0], e))]
    # "2\" galvanised pipe - 30 lengths, 1\" galvanised - 20 lengths": after a count-less name, a count alone
    # before a comma closes that name's line; the words after the comma are the next item
    words = "".join(" " if any(q.start <= i < q.end for q in lead) else c for i, c in enumerate(text[: parts[0][1]]))
    if not any(x.strength >= 2 for x in lead) or content.search(words, parts[0][0]):
        return clause
    return [(*parts[0], lead), (parts[1][0], e, read(parts[1][0], e))]
