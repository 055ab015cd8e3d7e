"""Build the shipped demo dataset in demo/ from the real Online Retail history (deterministic, seeded)."""
from __future__ import annotations

import argparse
import csv
import gzip
import random
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

from make_demo_inbox import ORDERS, write_inbox  # scripts/ is sys.path[0] when run as a script

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "online-retail" / "online_retail_full.csv.gz"
SEED = 20111209
N_SKUS = 300
SALES_BUDGET = 590_000  # bytes for demo/sales.csv
PRODUCT_CODE = re.compile(r"\d{5}[A-Z]{0,2}")  # drops POST, M, D, DOT, BANK CHARGES, AMAZONFEE, gift_…

CATEGORIES = [  # first match wins; whole words
    ("warmers", "HOT WATER BOTTLE|HOTTIE|HAND WARMER"),
    ("candles", "T-LIGHT|TLIGHT|CANDLE|CANDLES|CANDLEHOLDER|LANTERN|NIGHT LIGHT|LIGHTS|HLDR"),
    ("baking", "CAKE CASES|CAKESTAND|CAKE STAND|BAKING|COOKIE CUTTERS?|CAKE TINS|JELLY MOULDS|"
               "JAM MAKING|DOILIES|MEASURING SPOONS"),
    ("bags", "BAG|BAGS|SHOPPER"),
    ("party", "BUNTING|PAPER CHAIN|CHRISTMAS|PARTY|CRACKERS|PARASOLS|RIBBONS?|GIFT TAGS|SLEIGH BELLS"),
    ("signs", "SIGN|DOORMAT"),
    ("toys", "HARMONICA|SNAP CARDS|CARD GAME|DOMINOES|SPINNING TOPS|SKITTLES|SKIPPING ROPE|"
             "CATCH CUP|KNITTING NANCY|PLAYHOUSE|DOLL|FELTCRAFT|CRAYONS|COLOURING|GLIDERS|CRAFT"),
    ("stationery", "CARD|NOTEBOOKS|STATIONERY|TISSUES|WALLET|SEWING KIT|PLASTERS|BILLBOARD"),
    ("kitchen", "MUG|TEACUP|TEA SET|TEAPOT|PLATES?|BOWLS?|NAPKINS|CUPS|KITCHEN|SPICE|RECIPE|"
                "LUNCH BOX|SNACK BOXES|OVEN GLOVE|BREAD BIN|JUG|EGG CUP|TINS|CUTLERY|MILK BOTTLES|"
                "PEGS|TEA TOWELS|SCALES|FOOD CONTAINER|SHOPPING LIST|TEA,COFFEE,SUGAR|POPCORN|APRON"),
    ("garden", "GARDEN|GARDENERS|KNEELING PAD|PICNIC|PARASOL"),
]
COLOURS = {"RED", "PINK", "BLUE", "GREEN", "WHITE", "BLACK", "IVORY", "CREAM", "ORANGE", "YELLOW",
           "PURPLE", "GREY", "CHOCOLATE", "RETROSPOT", "POLKADOT", "SPOTTY"}
NAME_ZH = {"85123A": "白色爱心吊挂烛台", "85099B": "红色圆点大号购物袋", "22423": "摄政风三层蛋糕架",
           "47566": "派对彩旗", "20725": "红色圆点午餐袋", "84879": "什锦彩色小鸟挂饰",
           "23084": "兔子小夜灯", "22086": "50年代圣诞纸链套装", "22727": "红色复古闹钟",
           "21212": "72个装圆点蛋糕纸杯"}
SUPPLIERS = [  # id, name, email, lead_time_days, on_time_rate, categories, cost fraction range
    ("SUP1", "Brightwick Homewares Ltd", "orders@brightwick.example", 7, 0.94,
     {"kitchen", "candles", "signs", "warmers", "decor", "garden"}, (0.55, 0.62)),
    ("SUP2", "Lantern & Loom Trading Co.", "sales@lanternloom.example", 12, 0.88,
     {"bags", "candles", "decor", "stationery", "toys", "garden"}, (0.52, 0.60)),
    ("SUP3", "Pemberton Party Supplies", "trade@pemberton-party.example", 4, 0.97,
     {"party", "baking", "stationery", "toys", "bags"}, (0.58, 0.65)),
    ("SUP4", "Harbour Gate Imports (Ningbo)", "export@harbourgate.example", 35, 0.81,
     set(), (0.45, 0.50)),
]
CUSTOMERS = [  # real CustomerID -> invented business, contact mailbox, domain
    ("15311", "Thistle & Thimble Gifts", "fiona.reid", "thistlethimble.example"),
    ("13089", "Copperkettle Home Store", "purchasing", "copperkettle.example"),
    ("14298", "Brambleberry Party Co.", "orders", "brambleberry-party.example"),
    ("13263", "Old Mill Lane Interiors", "buying", "oldmilllane.example"),
    ("15039", "Puddleduck Toys & Gifts", "shop", "puddleduck.example"),
    ("18118", "The Linen Larder", "orders", "linenlarder.example"),
    ("14159", "Harbourside Bazaar", "hello", "harbourside-bazaar.example"),
    ("14796", "Foxglove & Fern", "orders", "foxglovefern.example"),
    ("16033", "Little Wren Boutique", "buyer", "littlewren.example"),
    ("15005", "Marigold Tea Rooms", "manager", "marigoldtearooms.example"),
    ("14056", "Sparrowhawk Stationers", "orders", "sparrowhawk-stationers.example"),
    ("14769", "Kettle & Crumb Bakery Supplies", "sales", "kettlecrumb.example"),
    ("13081", "Lanternfield Garden Centre", "purchasing", "lanternfield.example"),
    ("14911", "Liffeyside Gift Emporium", "orders", "liffeyside.example"),
    ("14156", "Cloverhill Crafts Ltd", "buying", "cloverhill-crafts.example"),
    ("14646", "De Blauwe Tulp B.V.", "inkoop", "blauwetulp.example"),
    ("12621", "Haus Sonnenblume GmbH", "einkauf", "haus-sonnenblume.example"),
    ("12471", "Kaufhaus Lindenhof", "einkauf", "lindenhof-kaufhaus.example"),
    ("12681", "Boutique Les Trois Chats", "claire.dubois", "troischats.example"),
    ("12744", "Golden Lotus Trading Pte Ltd", "meihua.lin", "goldenlotus-trading.example"),
]
USERS = [("Priya Shah", "salesperson", 811203344, "priya.shah@tandem.example"),
         ("Tom Becker", "buyer", 822304455, "tom.becker@tandem.example"),
         ("Elena Novak", "manager", 833405566, "elena.novak@tandem.example"),
         ("Daniel Ruiz", "director", 844506677, "daniel.ruiz@tandem.example"),  # POs over 5,000
         ("Ada Admin", "admin", 855607788, "ada@tandem.example")]
STOCK_OVERRIDES = {"85099B": 60, "23084": 0, "22727": 10, "22423": 30, "85123A": 420, "47566": 90,
                   "22386": 400, "22726": 120}  # demo mails: bags, rabbit lights, red clocks run short
PACKS = [2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 25, 36, 48, 50, 72, 96, 100, 144]


def clean(text: str) -> str:
    """Collapse whitespace; strip stray dots."""
    return " ".join(text.split()).rstrip(".").strip()


def load(path: Path) -> list[dict[str, str]]:
    """Real product sale lines only: no cancellations, returns, zero prices or non-product codes."""
    rows = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["InvoiceNo"].startswith("C") or not PRODUCT_CODE.fullmatch(r["StockCode"]):
                continue
            if float(r["Quantity"]) <= 0 or float(r["UnitPrice"]) <= 0:
                continue
            r["Description"] = clean(r["Description"])
            if r["Description"] and r["Description"] == r["Description"].upper():
                rows.append(r)
    return rows


def category(name: str) -> str:
    """Product group from keywords; 'decor' when nothing else fits."""
    for cat, pattern in CATEGORIES:
        if re.search(rf"\b({pattern})\b", name):
            return cat
    return "decor"


def variant_key(name: str) -> str:
    """The name without colour/spot words: products sharing it are colour variants."""
    words = [w for w in name.split() if w not in COLOURS]
    return " ".join(words) if len(words) < len(name.split()) and len(words) >= 2 else ""


def build_catalog(rows, rng):
    """Top-selling SKUs with names, aliases, categories, substitutes, median price, pack size."""
    lines = Counter(r["StockCode"] for r in rows)
    skus = [s for s, _ in lines.most_common(N_SKUS)]
    descs, prices, qtys = defaultdict(Counter), defaultdict(list), defaultdict(Counter)
    wanted = set(skus)
    for r in rows:
        if r["StockCode"] in wanted:
            descs[r["StockCode"]][r["Description"]] += 1
            prices[r["StockCode"]].append(float(r["UnitPrice"]))
            qtys[r["StockCode"]][int(r["Quantity"])] += 1
    catalog = {}
    for sku in skus:
        names = [d for d, _ in descs[sku].most_common()]
        pack = next((q for q, _ in qtys[sku].most_common() if q in PACKS and q > 1), 12)
        catalog[sku] = {"sku": sku, "name": names[0], "unit": "pcs", "aliases": names[1:],
                        "name_zh": NAME_ZH.get(sku, ""), "category": category(names[0]),
                        "substitutes": [], "price": statistics.median(prices[sku]), "pack": pack,
                        "weekly": sum(q * n for q, n in qtys[sku].items()) / 53}
    groups = defaultdict(list)
    for p in catalog.values():
        if key := variant_key(p["name"]):
            groups[key].append(p)
    for group in groups.values():
        for p in group:
            p["substitutes"] = [q["sku"] for q in group if q is not p
                                and abs(q["price"] - p["price"]) <= 0.35 * p["price"]][:5]
    return catalog


def round_price(x: float) -> float:
    """Two decimals, at least a penny."""
    return max(0.01, round(x, 2))


def build_offers(catalog, rng):
    """1–3 supplier offers per SKU with price breaks, MOQ, pack size and lead time."""
    offers = []
    for p in catalog.values():
        fits = [s for s in SUPPLIERS[:3] if p["category"] in s[5]] or list(SUPPLIERS[:3])
        chosen = [rng.choice(fits)]
        others = [s for s in SUPPLIERS[:3] if s not in chosen]
        if rng.random() < 0.25:
            chosen.append(rng.choice(others))
        if rng.random() < 0.5:
            chosen.append(SUPPLIERS[3])
        for sid, _, _, lead, _, _, (lo, hi) in chosen:
            cost = p["price"] * rng.uniform(lo, hi)
            pack = p["pack"] * (4 if sid == "SUP4" else 1)
            moq = pack * (rng.randint(2, 5) if sid == "SUP4" else rng.randint(1, 3))
            breaks, last = [], None
            for qty, factor in ((1, 1.0), (pack * 10, 0.92), (pack * 40, 0.85)):
                price = round_price(cost * factor)
                if price != last:
                    breaks.append(f"{qty}:{price:.2f}")
                    last = price
            offers.append({"supplier_id": sid, "sku": p["sku"], "price_breaks": "|".join(breaks),
                           "moq": moq, "pack_size": pack,
                           "lead_time_days": max(2, lead + rng.randint(-2, 3))})
    return offers


def build_stock(catalog, rng):
    """On-hand per SKU: a few weeks of demand, some SKUs out or low; demo SKUs pinned."""
    stock = []
    for p in catalog.values():
        roll = rng.random()
        weeks = 0 if roll < 0.08 else rng.uniform(0.2, 0.9) if roll < 0.2 else rng.uniform(1.5, 6)
        on_hand = int(round(p["weekly"] * weeks / p["pack"])) * p["pack"]
        stock.append({"sku": p["sku"], "on_hand": STOCK_OVERRIDES.get(p["sku"], on_hand)})
    return stock


def build_sales(rows, catalog, rng):
    """Real history for demo SKUs and customers; whole invoices dropped (seeded) to fit the budget."""
    ids = {c[0] for c in CUSTOMERS}
    keep = [r for r in rows if r["StockCode"] in catalog and r["CustomerID"].split(".")[0] in ids]
    out = [{"date": r["InvoiceDate"][:10], "customer_id": r["CustomerID"].split(".")[0],
            "sku": r["StockCode"], "quantity": int(r["Quantity"]),
            "unit_price": f"{float(r['UnitPrice']):.2f}", "order_ref": r["InvoiceNo"]} for r in keep]
    size = sum(len(",".join(map(str, o.values()))) + 1 for o in out)
    if size > SALES_BUDGET:
        invoices = sorted({o["order_ref"] for o in out})
        dropped = set(rng.sample(invoices, int(len(invoices) * (1 - SALES_BUDGET / size))))
        out = [o for o in out if o["order_ref"] not in dropped]
    return sorted(out, key=lambda o: (o["date"], o["order_ref"], o["sku"]))


def write_csv(path: Path, fields: list[str], rows) -> None:
    """UTF-8 CSV with a header row and LF line ends."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Regenerate every demo file."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--out", type=Path, default=ROOT / "demo")
    args = ap.parse_args(argv)
    if not args.source.is_file():
        print(f"source not found: {args.source}", file=sys.stderr)
        return 1
    rng = random.Random(SEED)
    rows = load(args.source)
    catalog = build_catalog(rows, rng)
    needed = set(NAME_ZH) | set(STOCK_OVERRIDES) | {s for o in ORDERS for s, _, _ in o[2]}
    assert needed <= set(catalog), f"demo SKUs fell out of the catalog: {needed - set(catalog)}"
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "catalog.csv", ["sku", "name", "unit", "aliases", "name_zh", "category",
                                          "substitutes"],
              [{**p, "aliases": "|".join(p["aliases"]), "substitutes": "|".join(p["substitutes"])}
               for p in catalog.values()])
    write_csv(args.out / "suppliers.csv", ["id", "name", "email", "lead_time_days", "on_time_rate"],
              [dict(zip(["id", "name", "email", "lead_time_days", "on_time_rate"], s[:5]))
               for s in SUPPLIERS])
    write_csv(args.out / "offers.csv", ["supplier_id", "sku", "price_breaks", "moq", "pack_size",
                                         "lead_time_days"], build_offers(catalog, rng))
    stock = build_stock(catalog, rng)
    write_csv(args.out / "stock.csv", ["sku", "on_hand"], stock)
    write_csv(args.out / "customers.csv", ["id", "name", "email", "domain"],
              [{"id": i, "name": n, "email": f"{local}@{d}", "domain": d}
               for i, n, local, d in CUSTOMERS])
    write_csv(args.out / "sales.csv", ["date", "customer_id", "sku", "quantity", "unit_price",
                                        "order_ref"], build_sales(rows, catalog, rng))
    write_csv(args.out / "users.csv", ["name", "role", "telegram_id", "email"],
              [dict(zip(["name", "role", "telegram_id", "email"], u)) for u in USERS])
    write_inbox(args.out / "inbox", catalog, CUSTOMERS, USERS, {s["sku"]: s["on_hand"] for s in stock})
    for f in sorted(args.out.rglob("*")):
        if f.is_file():
            print(f"{f.relative_to(args.out.parent)}  {f.stat().st_size:,} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
