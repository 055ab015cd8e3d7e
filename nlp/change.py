"""Variant swaps in change requests: "swap the pink for the green", "6308要双面胶封的，不要开式的"."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS, SIZES
from nlp.mentions import mention_text, substitute, unsuffixed
from nlp.seals import ANY_SEAL
from nlp.variants import ZH_COLOUR, ZH_SIZE

# (pattern, group of the old variant, group of the new one, group naming the product or 0)
SWAPS = [
    # "swap the red doormat on my order (merry christmas red) for ...": the bracket says which red doormat
    (re.compile(r"\bswap (?:the )?(.+?) (?:on [^()]+? )?(?:\((?P<more>[^()]*)\) )?for (?:the )?(.+?)(?: instead)?(?=[?.!,;]|$)",
                re.I), 1, 3, 0),
    (re.compile(r"\breplace (?:the )?(.+?) with (?:the )?(.+?)(?=[?.!,;]|$)", re.I), 1, 2, 0),
    # "change the blue nitrile gloves on my order from size L to XL"
    (re.compile(r"\b(?:change|switch|move) (?:the )?([^,.;?!]+?) from (?:size |the )?([^,.;?!]+?) to (?:size |the )?"
                r"([^,.;?!(]+?)\s*(?=[?.!,;(]|$)", re.I), 2, 3, 1),
    # "can we change the 24 red wall clocks on our order to the blue ones instead?"
    # "please change the 6308 to 6308-2rs": a code with letters is a variant too, a bare number is a count
    (re.compile(r"\b(?:change|switch) (?:the )?([^,.;?!]+?) (?:on (?:our|my|the) order )?to (?:the )?"
                r"([a-z][^,.;?!]*?|\d[\w-]*[a-z][\w-]*)(?: ones?)?(?: instead)?(?: please| pls)?\s*(?=[?.!,;]|$)", re.I), 1, 2, 0),
    # "instead of the pink polkadot bags could you send the pink paisley ones?"
    (re.compile(r"\binstead of (?:the )?([^,.;?!]+?),? (?:could|can|would|will) you (?:please )?(?:send|supply|ship|do) "
                r"(?:us )?(?:the )?([^,.;?!]+?)(?: ones?)?(?: instead)?\s*(?=[?.!,;]|$)", re.I), 1, 2, 0),
    (re.compile(r"(?:^|[-:,.])([^-:,.]*?)\bshould be (?:the )?(.+?),? not (?:the )?(.+?)(?=[?.!,;]|$)", re.I), 3, 2, 1),
    (re.compile(r"(?:^|[,:;])\s*([^,:;]+?)(?:改成|换成|改为)([^,;。]+?)(?:的)?(?=[,;。]|$)"), 1, 2, 0),
    (re.compile(r"([^,;。]*?)要([^,;。]+?)的?,\s*不要([^,;。]+?)的?(?=[,;。]|$)"), 3, 2, 1),
    # "之前订的那批黑色丁腈手套L码，改成XL码吧": the new variant in a clause of its own
    (re.compile(r"([^,;。]+?),\s*(?:改成|换成|改为)([^,;。]+?)(?:的|吧)*(?=[,;。]|$)"), 1, 2, 0),
]


def find_swap(body: str) -> tuple[str, str, str] | None:
    """(old variant, new variant, product named with them) of the first swap phrase in the body."""
    for rx, old, new, head in SWAPS:
        m = rx.search(body)
        if m:
            said = f"{m.group(old)} {m.groupdict().get('more') or ''}"
            return mention_text(said), mention_text(m.group(new)), mention_text(m.group(head)) if head else ""
    return None



ZH_STYLE = re.compile(r"[\u4e00-\u9fff]+款式?")  # "草莓款" -> "梨子款": a style word names the variant
COUNT_ONLY = re.compile(r"[\d.\s一二两三四五六七八九十百千万]+\s*(?:[个只套件条根支双盒箱卷桶包袋张台顶把吨米]|公斤|pcs|pieces|units|boxes)?")
ATTRIBUTE = re.compile(r"\([^)]*\)?|不锈钢|镀锌|\b(?:stainless|ss|zinc|galv\w*|" + "|".join(COLOURS | SIZES) + r")\b", re.I)


def swap_lines(body: str, lines: list[dict], match, qty) -> list[dict] | None:
    """Old variant at quantity 0 and new variant at the stated quantity, or None when unclear.
    `match(text)` returns the best SKU for a mention, or None; `qty(sku)` is the count the message
    states, in that SKU's unit."""
    swap = find_swap(body)
    if not swap:
        return None
    old_text, new_text, named = swap
    # "change the M10x40 bolts from 200 to 300, and swap the spring washers for flat ones": lines
    # counted before the swap phrase are changes of their own and stay.
    start = _swap_start(body)
    before = [ln for ln in lines if ln["quantity"] and 0 <= body.find(" ".join(ln["mention"].split()[:2])) < start]
    lines = [ln for ln in lines if ln not in before]
    if COUNT_ONLY.fullmatch(new_text):
        return None  # "JUMBO BAG … 改成一百五十个" changes the count, not the item
    # The product is named once ("6308轴承", "the regency teacups"); each variant reuses it.
    base = named or old_text
    old_sku = match(f"{named} {old_text}" if named else old_text)
    # "黑色丁腈手套L码" -> "XL码": the old size goes, the colour stays; "6205密封轴承" -> "铁封的": the old seal goes
    for rx in (ZH_SIZE, ZH_COLOUR, ZH_STYLE, ANY_SEAL):
        if rx.search(new_text):
            base = rx.sub(" ", base)
    # "Q235B 10厚的改成12厚": the new size replaces the old; "6205-2RS换成ZZ的": the new seal replaces the old suffix.
    base = substitute(base, new_text) or unsuffixed(base, new_text) or base
    new_sku = match(f"{ATTRIBUTE.sub(' ', base)} {new_text}")
    words = ATTRIBUTE.sub(" ", base).split()
    named = re.fullmatch(r"[a-z ]*[a-z]{3,}[a-z ]*", new_text) is not None  # a variant word, not "改成4卷"
    for i in range(len(words)) if named and new_sku in (None, old_sku) else ():
        # "the owl snack tins ... to the robot ones": the word the new variant replaces is not a colour
        new_sku = match(" ".join(words[:i] + words[i + 1 :] + [new_text]))
        if new_sku not in (None, old_sku):
            break
    if not old_sku or not new_sku or old_sku == new_sku:
        return None
    # a line's own count, not a 0 ("M6*30的取消, 换成M6*20的"): that says what is taken off
    qty = next((ln["quantity"] for ln in lines if ln["quantity"]), qty(new_sku))
    conf = min((ln["confidence"] for ln in lines), default=0.5)
    base_line = {"unit": None, "confidence": conf, "candidates": []}
    before = [ln for ln in before if ln["sku"] not in (old_sku, new_sku)]
    return before + [{**base_line, "sku": old_sku, "quantity": 0, "mention": old_text},
                     {**base_line, "sku": new_sku, "quantity": qty, "mention": new_text}]


def _swap_start(body: str) -> int:
    """Where the first swap phrase of the body starts."""
    return next((m.start() for rx, *_ in SWAPS for m in [rx.search(body)] if m), 0)
