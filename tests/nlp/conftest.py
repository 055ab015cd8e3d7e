"""Fixtures for the nlp tests: small catalogs built here, the labelled catalogs when present."""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp.catalog import CatalogItem, load_catalog
from nlp.extractor import Extractor

DATA = Path(__file__).resolve().parents[1] / "data"

SMALL = [
    CatalogItem("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", aliases=("CREAM HANGING HEART T-LIGHT HOLDER",)),
    CatalogItem("21733", "RED HANGING HEART T-LIGHT HOLDER"),
    CatalogItem("85099B", "JUMBO BAG RED RETROSPOT"),
    CatalogItem("22386", "JUMBO BAG PINK POLKADOT"),
    CatalogItem("22384", "LUNCH BAG PINK POLKADOT"),
    CatalogItem("22423", "REGENCY CAKESTAND 3 TIER"),
    CatalogItem("21212", "PACK OF 72 RETROSPOT CAKE CASES"),
    CatalogItem("PL-Q235B-10", "Hot-rolled steel plate Q235B 10mm", "t", ("Q235B热轧钢板 δ=10mm",), ("Q235钢板10厚",)),
    CatalogItem("BRG-6205", "Deep groove ball bearing 6205 (open)", "set", ("深沟球轴承 6205（开式）",), ("6205 open",)),
    CatalogItem("BRG-6205-2RS", "Deep groove ball bearing 6205-2RS", "set", ("深沟球轴承 6205-2RS（双面胶封）",),
                ("6205 2RS", "62052RS")),
    CatalogItem("BLT-M8X30-ZN", "Hex bolt M8×30 grade 8.8 zinc-plated", "pcs", ("外六角螺栓 M8×30 8.8级 镀锌",),
                ("M8*30",), pack_size=100),
    CatalogItem("GLV-NIT-BU-M", "Disposable nitrile gloves, blue, size M", "box", ("一次性丁腈手套 蓝色 M码",),
                pack_size=100),
    CatalogItem("CAB-RVV-3X1.5", "Flexible sheathed cable RVV 3×1.5 mm²", "m", ("护套软线 RVV 3×1.5",), pack_size=100),
]


@pytest.fixture(scope="session")
def small() -> Extractor:
    """An extractor over a dozen hand-picked items (retail + industrial)."""
    return Extractor(SMALL)


@pytest.fixture(scope="session")
def small_items() -> list[CatalogItem]:
    """The hand-picked items themselves."""
    return list(SMALL)


def labelled(name: str) -> Path:
    """A file of tests/data, or skip when the labelled data is not in this checkout."""
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(scope="session")
def data_file():
    """Path of a labelled file (skips when absent)."""
    return labelled


@pytest.fixture(scope="session")
def retail() -> Extractor:
    """Extractor over the real ~3,800-SKU retail catalog."""
    return Extractor(load_catalog(labelled("catalog_retail.csv")))


@pytest.fixture(scope="session")
def industrial() -> Extractor:
    """Extractor over the bilingual industrial catalog."""
    return Extractor(load_catalog(labelled("catalog_industrial.csv")))
