"""Catalog loading: CSV rows into immutable CatalogItem records."""
from __future__ import annotations

import csv
import gc
from dataclasses import dataclass
from pathlib import Path

from nlp.numbers import name_in_digits


@dataclass(frozen=True)
class CatalogItem:
    """One sellable item: its SKU, main name, unit and every other way it is named."""

    sku: str
    name: str
    unit: str = "pcs"
    names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    pack_size: float | None = None  # units of `unit` in one box/roll/pail, when the catalog says
    default: bool = False  # the variant meant when a message names only the family ("焊条", "6204轴承")

    def all_names(self) -> tuple[str, ...]:
        """Main name, other-language names and aliases, without duplicates, main name first."""
        seen: dict[str, None] = {}
        for n in (self.name, *self.names, *self.aliases):
            if n and n.strip():
                seen.setdefault(n.strip(), None)
        return tuple(seen)


def _row_item(row: dict[str, str]) -> CatalogItem | None:
    """Build one item from a CSV row, or None when it has no SKU."""
    row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
    sku = row.get("sku", "")
    if not sku:
        return None
    name = row.get("name", "") or sku
    # Every header starting with "name" (name_en, name_zh ...) is another name of the item.
    names = tuple(v for k, v in row.items() if k.startswith("name") and k != "name" and v)
    aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
    # "CAKE STAND WHITE TWO TIER LACE" is said "2 tier" as often as "two tier" (and 双层 reads "2 tier"). The terms fold
    # a parts count either way (numbers.counted_words); this alias also keeps a digit said in the name a word of it
    # ("the 8 piece creepy crawlie sets") and covers counts before other words ("FIVE CATS")
    digits = name_in_digits(name)
    aliases += (digits,) if digits != name and digits not in aliases else ()
    return CatalogItem(sku=sku, name=name, unit=row.get("unit", "") or "pcs", names=names,
                       aliases=aliases, pack_size=_number(row.get("pack_size", "")),
                       default=row.get("default", "").lower() in ("1", "y", "yes", "true"))


def _number(text: str) -> float | None:
    """A positive number from a CSV cell, else None."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value > 0 else None


def load_catalog(path: str | Path) -> list[CatalogItem]:
    """Read a catalog CSV (UTF-8, BOM optional); columns sku and name required."""
    # utf-8-sig strips a BOM when present and reads plain UTF-8 otherwise.
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        headers = {(h or "").strip().lower() for h in reader.fieldnames or []}
        if not {"sku", "name"} <= headers:
            raise ValueError(f"{path}: catalog needs columns 'sku' and 'name', has {sorted(headers)}")
        items = [_row_item(row) for row in reader]
    return [it for it in items if it is not None]


def settle_heap() -> None:
    """Keep the garbage collector off a freshly built index: collect what is garbage now, then freeze the rest."""
    # why: a 100k-SKU index is millions of long-lived objects that every full collection would walk again,
    # a pause that lands on some message; unfreeze first, so an index this one replaces can still be freed.
    gc.unfreeze()
    gc.collect()
    gc.freeze()
