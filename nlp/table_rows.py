"""Table rows pasted as text (tab or wide-space cells): a leading line number (序号, "No.") is no count, and a
count cell beside a unit cell ("箱<TAB>10") is counted in that unit."""
from __future__ import annotations

import dataclasses
import re

from nlp.units import UNIT_WORDS
from nlp.prefilter import prefiltered

CELL_SEP = prefiltered(r"\t|\s{2,}")
LINE_NO = re.compile(r"\d{1,3}")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
NO_COUNT = 0.2  # kept as weak as an old value: cut from the mention, never chosen as the count
UNIT_CELL = 3.0  # as sure as a count said with its unit word


def table_row(text: str, qtys: list) -> list:
    """The quantity candidates of a chunk read as a table row, when it is one; else as they are."""
    spans = cell_spans(text)
    if len(spans) < 3:
        return qtys
    cells = [text[a:b] for a, b in spans]
    return row_number(spans[0], cells, unit_cell(text, spans, cells, qtys))


def cell_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, split as `find_quantities` splits it."""
    lead, body = len(text) - len(text.lstrip()), text.strip()
    spans, pos = [], 0
    for m in CELL_SEP.finditer(body):
        spans.append((lead + pos, lead + m.start()))
        pos = m.end()
    return spans + [(lead + pos, lead + len(body))]


def row_number(first: tuple[int, int], cells: list[str], qtys: list) -> list:
    """The row's leading bare number made no count when a later cell holds the count ("2<TAB>深沟球轴承<TAB>6206
    <TAB>30套" orders thirty, "1    hex nut m8    400" four hundred)."""
    if not LINE_NO.fullmatch(cells[0]):
        return qtys
    lead = [q for q in qtys if q.start == first[0] and q.unit is None]
    later = [q for q in qtys if q.start >= first[1] and (q.unit is not None or q.strength >= 1.5)]
    if not lead or not later:
        return qtys
    return [dataclasses.replace(q, strength=min(q.strength, NO_COUNT)) if q in lead else q for q in qtys]


def unit_cell(text: str, spans: list[tuple[int, int]], cells: list[str], qtys: list) -> list:
    """"焊条<TAB>J422 3.2<TAB>箱<TAB>10": the number cell beside a unit cell is the count in that unit (the unit cell
    leaves the mention with it); a spec number before the unit cell ("3.2") is no count of that unit."""
    for i, cell in enumerate(cells):
        unit = cell.lower()
        # a lone letter is a size as often as a unit ("蓝色<TAB>M<TAB>30": size M, not metres)
        if unit not in UNIT_WORDS or (unit.isascii() and len(unit) < 2):
            continue
        count = next((j for j in (i + 1, i - 1) if 0 <= j < len(cells) and NUMBER.fullmatch(cells[j])), None)
        said = next((q for q in qtys if count is not None and spans[count][0] <= q.start < spans[count][1]), None)
        if said is None:
            continue
        (a, b), (ua, ub) = spans[count], spans[i]
        qtys = [dataclasses.replace(q, start=min(a, ua), end=max(b, ub), unit=unit, strength=UNIT_CELL) if q is said
                else _bare(text, q) if q.unit and q.start < ua < q.end else q for q in qtys]
    return [q for q in qtys if q is not None]


def _bare(text: str, q):
    """A count that took the unit cell after it across the tab, read as the bare number it is."""
    m = NUMBER.match(text, q.start)
    return dataclasses.replace(q, end=m.end(), unit=None, strength=1.0, pack_of=None) if m else None
