"""Table rows pasted as text: a row's leading bare number is its line number (序号, "No."), no count."""
from __future__ import annotations

import dataclasses
import re

LINE_NO = re.compile(r"\d{1,3}")
NO_COUNT = 0.2  # kept as weak as an old value: cut from the mention, never chosen as the count


def row_number(text: str, cells: list[str], qtys: list) -> list:
    """The quantity candidates of a row with its leading bare number made no count, when a later cell holds the
    count ("2<TAB>深沟球轴承<TAB>6206<TAB>30套" orders thirty, "1    hex nut m8    400" four hundred)."""
    start = len(text) - len(text.lstrip())
    if len(cells) < 3 or not LINE_NO.fullmatch(cells[0]):
        return qtys
    first = [q for q in qtys if q.start == start and q.unit is None]
    later = [q for q in qtys if q.start > start + len(cells[0]) and (q.unit is not None or q.strength >= 1.5)]
    if not first or not later:
        return qtys
    return [dataclasses.replace(q, strength=min(q.strength, NO_COUNT)) if q in first else q for q in qtys]
