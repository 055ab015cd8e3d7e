"""Variant swaps in change requests: "swap the pink for the green", "6308要双面胶封的，不要开式的"."""
from __future__ import annotations

import re

from nlp.attributes import COLOURS, SIZES
from nlp.bare_text import comma_marked
from nlp.followon import ONES
from nlp.mentions import mention_text, substitute, unsuffixed, vary
from nlp.postprocess import round_qty
from nlp.quantities import number_value
from nlp.seals import ANY_SEAL
from nlp.variants import ZH_COLOUR, ZH_SIZE

_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_GOODS = r"(?: [a-z][\w-]*){0,5}?"  # "two of the 6 green teacups be pink": the goods may be named again
PART = re.compile(rf"\b({_COUNT}) of (?:the|those|these|them)(?: ({_COUNT}))?{_GOODS} (?:be|as) ", re.I)
# The new variant ends at a clause's end, a bracket ("for red (same qty, 12)") or the order it is on ("to red on order 7720")
_END = r"\s*(?=[?.!,;(]|\s(?:on|in) (?:our |my |the |that |this )?(?:order|po)\b|$)"
# (pattern, group of the old variant, group of the new one, group naming the product or 0)
SWAPS = [
    # "swap the red doormat on my order (merry christmas red) for ...": the bracket says which red doormat
    # ("swap the 6305-2RS on my order to ZZ": "to" says the new variant as "for" does; "for another X" is an X)
    (re.compile(r"\bswap (?:the )?(.+?) (?:on [^()]+? )?(?:\((?P<more>[^()]*)\) )?(?:for|to) (?:the |another )?(.+?)"
                r"(?: instead)?(?: please| pls)?" + _END,
                re.I), 1, 3, 0),
    (re.compile(r"\breplace (?:the )?(.+?) with (?:the )?(.+?)(?=[?.!,;]|$)", re.I), 1, 2, 0),
    # "change the blue nitrile gloves on my order from size L to XL" ("from 24 to 36" is a count changed, not a variant)
    (re.compile(r"\b(?:change|switch|move) (?:the )?([^,.;?!]+?) from (?!\d{1,3} to \d{1,3}\b)(?:size |the )?([^,.;?!]+?) to (?:size |the )?"
                r"([^,.;?!(]+?)\s*(?=[?.!,;(]|$)", re.I), 2, 3, 1),
    # "change the lunch bags on my order to spaceboy instead of dolly girl, same 10": both variants named after the item
    (re.compile(r"\b(?:change|switch) (?:the )?([^,.;?!]+?) (?:on (?:our|my|the) order )?to (?:the )?([^,.;?!(]+?)(?: ones?)? "
                r"instead of (?:the )?([^,.;?!(]+?)(?: ones?)?(?=\s*[?.!,;(]|\s+(?:same|please|pls|thx|thanks)\b|$)", re.I), 3, 2, 1),
    # "change the belts to B2000 not B1600, still 2": the new variant, then the old one after "not"
    (re.compile(r"\b(?:change|switch) (?:the )?([^,.;?!]+?) (?:on (?:our|my|the) order )?to (?:the )?([^,.;?!(]+?)(?: ones?)?,? "
                r"not (?:the )?([^,.;?!(]+?)(?: ones?)?(?=\s*[?.!,;(]|\s+(?:same|still|please|pls|thx|thanks)\b|$)", re.I), 3, 2, 1),
    # "could one of the three be a bird house one instead?": part of a line becomes another variant (see `_part`)
    (re.compile(rf"\b{_COUNT} of ((?:the|those|these|them)(?: {_COUNT})?{_GOODS}) (?:be|as) (?:an? |the )?([^,.;?!]+?)(?: ones?)?"
                r"(?: instead)?(?=\s*[?.!,;]|\s+(?:please|pls)\b|$)", re.I), 1, 2, 0),
    # "can we change the 24 red wall clocks on our order to the blue ones instead?"
    # "please change the 6308 to 6308-2rs": a code with letters is a variant too, a bare number is a count
    # ("change the 1.5 t of SS400 10mm to 12mm": a decimal point inside the old line is no clause end)
    (re.compile(r"\b(?:change|switch) (?:the )?((?:[^,.;?!]|(?<=\d)\.(?=\d))+?) (?:on (?:our|my|the) order )?to (?:the )?"
                r"([a-z][^,.;?!(]*?|\d[\w-]*[a-z][\w-]*)(?: ones?)?(?: instead)?(?: please| pls)?" + _END, re.I), 1, 2, 0),
    # "instead of ER70S-6 1.2 make it 1.0, same 40 spools"
    # ("… make it 5 wedding day and 5 of the …": counts after "make it" split the line, no swap)
    (re.compile(r"\binstead of (?:the )?((?:[^,.;?!]|(?<=\d)\.(?=\d))+?),? make (?:it|them|those) (?:the )?"
                r"(?!\d+\s+(?:x\s+)?(?:of\s+)?[a-z])((?:[^,.;?!]|(?<=\d)\.(?=\d))+?)(?: ones?)?(?: please| pls)?\s*(?=[?!,;]|\.(?!\d)|$)", re.I), 1, 2, 0),
    # "instead of the pink polkadot bags could you send the pink paisley ones?"
    # "instead of the pink owls could we have the blue ones please, same 30"
    # "instead of the red clocks send ivory": the request may be a bare imperative
    (re.compile(r"\binstead of (?:the )?([^,.;?!]+?),? (?:(?:could|can|would|will) (?:you (?:please )?(?:send|supply|ship|do)|"
                r"(?:we|i) (?:please )?(?:have|get))|(?:please |pls )?(?:send|supply|ship)) (?:us )?(?:the )?([^,.;?!]+?)(?: ones?)?(?: instead)?(?: please| pls)?"
                r"\s*(?=[?.!,;]|$)", re.I), 1, 2, 0),
    # "the 4 bread bins I ordered - make them mint not pink": the ones ordered, another variant
    (re.compile(r"\bmake (them|those|these|it) (?:the )?([^,.;?!]+?),? not (?:the )?([^,.;?!]+?)(?: ones?)?(?: please| pls| thanks)?"
                r"(?=[?.!,;]|$)", re.I), 3, 2, 1),
    # "on the hard hat order make the 4 red ones blue instead": a variant of the ones ordered, another variant in place
    (re.compile(r"(?:\bon (?:the|our|my) ([a-z][a-z -]{2,30}?) order,? (?:please |pls |can you |could you )?)?"
                r"\bmake (?:the|those|these) (?:\d+ )?([a-z]+(?: [a-z]+)?) ones? ([a-z]+(?: [a-z]+)??)(?: ones?)? instead\b", re.I), 2, 3, 1),
    # "on my doormat order, can the 4 'welcome to our home' be the 'welcome sunrise' instead?": a whole line another variant
    (re.compile(r"\b(?:can|could|would|will) (?:the|those|these|our|my) (?:\d+ (?:x )?)?'?([^,.;?!']+?)'? (?:be|become) (?:changed to |swapped (?:for|to) )?"
                r"(?:the |an? )?'?([^,.;?!']+?)'?(?: ones?)? instead\b", re.I), 1, 2, 0),
    # a reply on a confirmation: "we ordered ivory, not green" (what the confirmation says comes second)
    (re.compile(r"\b(?:we|i) (?:ordered|asked for|wanted) (?:the )?([^,.;?!]+?),? not (?:the )?([^,.;?!]+?)(?=[?.!,;]|\s-\s|$)",
                re.I), 2, 1, 0),
    (re.compile(r"(?:^|[-:,.])([^-:,.]*?)\bshould (?:be|have been) (?:the )?(.+?),? not (?:the )?(.+?)(?=[?.!,;]|\s-\s|$)", re.I), 3, 2, 1),
    # "on my order I put 12 pink alarm clocks - should have been 12 red": the variant written by mistake, then the meant one
    (re.compile(r"\b(?:i|we) (?:put|wrote|typed|put down) (?:\d+ (?:x )?)?(?:the )?([^,.;?!]+?)\s*[-–—,]?\s*(?:(?:it|that|they|those) )?"
                r"should (?:be|have been|read) (?:\d+ (?:x )?)?(?:the )?([^,.;?!\d]+?)(?: ones?)?(?=[?.!,;]|$)", re.I), 1, 2, 0),
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
            said = f"{COUNT_BEFORE_CODE.sub('', m.group(old))} {m.groupdict().get('more') or ''}"
            return mention_text(said), mention_text(POLITE_END.sub("", m.group(new))), mention_text(m.group(head) or "") if head else ""
    return None


COUNT_BEFORE_CODE = re.compile(r"^\d{1,3}\s+(?=\d)")  # "swap the 10 6204 2RS for …": the count is the line's
# "… for 6204 ZZ please", "… to red on order 7720": words after the new variant that name no variant
POLITE_END = re.compile(r"\s+(?:please|pls|thanks|on (?:(?:our|my|the|that) )?(?:order|po)\b.*)$", re.I)

ZH_STYLE = re.compile(r"[\u4e00-\u9fff]+款式?")  # "草莓款" -> "梨子款": a style word names the variant
# a count says its unit or is whole: a bare decimal names a size ("4.0的改成3.2的", "1.0 to 1.2")
COUNT_ONLY = re.compile(r"[\d.\s一二两三四五六七八九十百千万]+\s*(?:[个只套件条根支双盒箱卷桶包袋张台顶把吨米]|公斤|pcs|pieces|units|boxes|sets|pairs|rolls|packs|cartons|pails)"
                        r"|[\d\s一二两三四五六七八九十百千万]+")
COLOUR_OR_SIZE = COLOURS | SIZES
ATTRIBUTE = re.compile(r"\([^)]*\)?|不锈钢|镀锌|\b(?:stainless|ss|zinc|galv\w*|" + "|".join(COLOUR_OR_SIZE) + r")\b", re.I)
LEAD_COUNT = re.compile(r"^\d+\s+(?=[a-z])")
PRONOUN = re.compile(rf"them|they|it|(?:the|those|these)(?: {_COUNT})?")  # "one of the three": the goods said
# The goods a pronoun stands for: the last ones counted before it ("re our order for 35 owl hand warmers: …")
COUNTED_GOODS = re.compile(r"\b\d+\s+(?:x\s+)?(?:of\s+(?:the\s+)?)?([a-z][a-z' -]{2,40}?)"
                           r"(?=\s*(?:[:,;.!?()]|\s-\s|$)|\s+(?:on|from|in|for|that|which|we|you|i)\b)", re.I)
DESCRIBED = re.compile(r"(?:^|[.!?]\s+)the ([a-z][a-z ]{2,40}?) ones?\s*(?:[.!]|$)", re.I | re.M)


def swap_lines(body: str, lines: list[dict], match, qty, name_of=None) -> list[dict] | None:
    """The new variant at the stated quantity (and what stays of the old when part is swapped), or None when unclear.
    `match(text)` returns the best SKU for a mention, or None; `qty(sku)` is the count the message
    states, in that SKU's unit; `name_of(sku)` its catalogue name."""
    body = comma_marked(body)  # a chat body reads its swap phrase as the written one would
    swap = find_swap(body)
    if not swap:
        return None
    old_text, new_text, named = _swap_terms(body, *swap, match)
    # "change the M10x40 bolts from 200 to 300, and swap the spring washers for flat ones": lines
    # counted before the swap phrase are changes of their own and stay.
    start = _swap_start(body)
    # (a line read from the swap phrase itself, "… swap the green ones for red (same qty, 12)", is none of them)
    before = [ln for ln in lines if ln["quantity"] and 0 <= body.find(" ".join(ln["mention"].split()[:2])) < start
              and old_text not in ln["mention"]]
    lines = [ln for ln in lines if ln not in before]
    # "焊条J507 4.0的改成3.2的": a decimal for a decimal is the size swapped, not a count
    spec = re.fullmatch(r"\d+\.\d+", new_text) and re.search(r"\d+\.\d+", old_text)
    if COUNT_ONLY.fullmatch(new_text) and not spec:
        return None  # "JUMBO BAG … 改成一百五十个" changes the count, not the item
    named = _goods_named(body, named, old_text, new_text, lines, before)
    old_sku = match(f"{named} {old_text}" if named else old_text)
    full = None if old_sku or not name_of else _full_line(lines, old_text, new_text, name_of, match)
    old_sku, full = full or (old_sku, None)
    known = full or (spec and match(old_text.replace(spec.group(0), new_text)))  # said in full, or the size swapped
    new_sku = _new_sku(known, _base(named or old_text, new_text), old_sku, old_text, new_text, name_of, match)
    if not old_sku or not new_sku or old_sku == new_sku:
        return None
    if spec:  # "instead of ER70S-6 1.2 make it 1.0": the new size read as a count is none
        lines = [ln for ln in lines if ln["quantity"] != float(new_text)]
    return _swapped(body, lines, before, (old_sku, old_text), (new_sku, new_text), qty)


def _swap_terms(body: str, old_text: str, new_text: str, named: str, match) -> tuple[str, str, str]:
    """(old variant, new variant, product) of a swap phrase, its pronouns and lead count read."""
    named = (_referent(body[: _swap_start(body)]) or "") if PRONOUN.fullmatch(named) else named  # "make them mint not pink"
    old_text, new_text = _one_changed(old_text, new_text)
    if PRONOUN.fullmatch(old_text) and not named:
        old_text = _referent(body[: _swap_start(body)]) or old_text  # "our order for 35 owl hand warmers: change them to …"
    if LEAD_COUNT.match(old_text) and not match(old_text):  # "the 6204 open bearings": a code names the item
        old_text = LEAD_COUNT.sub("", old_text)  # "change the 20 blue tea towels to red": the count names no variant
    return old_text, new_text, named


def _goods_named(body: str, named: str, old_text: str, new_text: str, lines: list[dict], before: list[dict]) -> str:
    """The product the swap is of, when the phrase leaves it to a line before it or a describing clause."""
    # "bump the pink clocks to 24, and swap the green ones for red": the ones are of the line before
    if not named and ONES.search(old_text) and before:
        named = vary(before[-1]["mention"], old_text)
    elif not named and len(old_text.split()) <= 2 and (src := next((
            ln for ln in lines if ln["sku"] and ln["quantity"] and ln["mention"].strip() != old_text
            and new_text not in ln["mention"] and re.search(rf"\b{re.escape(old_text)}\b", ln["mention"])), None)):
        # "12 x hand warmer owl design. Swap the owl for the bird design.": the line said before with the word is meant
        named = re.sub(rf"\b{re.escape(old_text)}\b", " ", src["mention"])
    # "... to red on order 7720? The classic design ones.": a describing clause of its own says which item
    described = DESCRIBED.search(body)
    return f"{named} {described.group(1)}".strip() if described else named


def _base(base: str, new_text: str) -> str:
    """The product's words as the new variant reads with them: the old size, colour, style or seal gone or replaced."""
    # The product is named once ("6308轴承", "the regency teacups"); each variant reuses it.
    # "黑色丁腈手套L码" -> "XL码": the old size goes, the colour stays; "6205密封轴承" -> "铁封的": the old seal goes
    for rx in (ZH_SIZE, ZH_COLOUR, ZH_STYLE, ANY_SEAL):
        if rx.search(new_text):
            base = rx.sub(" ", base)
    # "Q235B 10厚的改成12厚": the new size replaces the old; "6205-2RS换成ZZ的": the new seal replaces the old suffix.
    return substitute(base, new_text) or unsuffixed(base, new_text) or base


def _new_sku(known, base: str, old_sku, old_text: str, new_text: str, name_of, match) -> str | None:
    """The new variant's SKU: `known` already, by its own code, as the old SKU's sibling, or with the product's words."""
    # "swap the 6204 2RS for 6204 ZZ", "… for a DN80 gate valve": a new variant with its own code names itself
    new_sku = known or (re.search(r"\d{3}|[a-z]\d", new_text) and match(new_text)) or \
        _sibling(old_sku, old_text, new_text, name_of, match) or match(f"{ATTRIBUTE.sub(' ', base)} {new_text}")
    words = ATTRIBUTE.sub(" ", base).split()
    named = re.fullmatch(r"[a-z ]*[a-z]{3,}[a-z ]*", new_text) is not None  # a variant word, not "改成4卷"
    for i in range(len(words)) if named and new_sku in (None, old_sku) else ():
        # "the owl snack tins ... to the robot ones": the word the new variant replaces is not a colour
        new_sku = match(" ".join(words[:i] + words[i + 1 :] + [new_text]))
        if new_sku not in (None, old_sku):
            break
    return new_sku


def _swapped(body: str, lines: list[dict], before: list[dict], old: tuple, new: tuple, qty) -> list[dict]:
    """The lines before the swap, what stays of the old variant (if any) and the new one's line, each (sku, text)."""
    (old_sku, old_text), (new_sku, new_text) = old, new
    # a line's own count, not a 0 ("M6*30的取消, 换成M6*20的"): that says what is taken off
    # ("swap the 10 6204 2RS for …": the old variant's line read from before the phrase counts it too)
    own = lines + [ln for ln in before if ln["sku"] == old_sku]
    # "… not green. It should be 24 pink and 12 ivory": the new item's own count before another line's
    count = next((ln["quantity"] for ln in own if ln["quantity"] and ln["sku"] == new_sku),
                 next((ln["quantity"] for ln in own if ln["quantity"]), qty(new_sku)))
    old_qty, count = _part(body, own, old_sku) or (0, count)
    conf = min((ln["confidence"] for ln in lines), default=0.5)
    base_line = {"unit": None, "confidence": conf, "candidates": []}
    # (a line with no SKU before the swap is the swap's own words misread, "please swap the 24 red clocks …")
    before = [ln for ln in before if ln["sku"] and ln["sku"] not in (old_sku, new_sku)]
    # "… same qty, and drop the lunch bags completely": another item taken off beside the swap is a line at 0
    dropped = [ln for ln in lines if ln["quantity"] == 0 and ln["sku"] and ln["sku"] not in (old_sku, new_sku)]
    # a swap lists only the new variant (the old one at 0 is no line); part of a line swapped keeps what stays
    kept = [{**base_line, "sku": old_sku, "quantity": old_qty, "mention": old_text}] if old_qty else []
    return before + dropped + kept + [{**base_line, "sku": new_sku, "quantity": count, "mention": new_text}]


VARIANT_LIST = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _one_changed(old_text: str, new_text: str) -> tuple[str, str]:
    """ "should be size s and m, not m and l": of two variant lists differing in one variant each, that one
    is what is swapped (the variant both name stays as it is)."""
    old, new = (VARIANT_LIST.split(re.sub(r"^(?:size|sizes|in)\s+", "", t)) for t in (old_text, new_text))
    gone, come = [w for w in old if w not in new], [w for w in new if w not in old]
    if len(old) >= 2 and len(new) >= 2 and len(gone) == len(come) == 1 and all(gone + come):
        return gone[0], come[0]
    return old_text, new_text


def _full_line(lines: list[dict], old_text: str, new_text: str, name_of, match) -> tuple[str, str] | None:
    """(old SKU, new SKU) when a line of its own names the new variant in full ("the bolts should be stainless, not
    zinc - 50 of the M12x50 A2 stainless"): the old one is that line's runner-up whose name holds the old word, else
    the item its name reads with the old word in place of the new."""
    def says(sku: str, word: str) -> bool:
        return re.search(rf"\b{re.escape(word)}\b", name_of(sku).lower()) is not None
    for ln in lines:
        if ln["sku"] and says(ln["sku"], new_text) and not says(ln["sku"], old_text):
            old = next((c["sku"] for c in ln.get("candidates", []) if c["sku"] != ln["sku"] and says(c["sku"], old_text)),
                       None) or match(re.sub(rf"\b{re.escape(new_text)}\b", old_text, name_of(ln["sku"]).lower()))
            if old:
                return old, ln["sku"]
    return None


def _sibling(old_sku, old_text: str, new_text: str, name_of, match) -> str | None:
    """ "the blue tea towels to red": the old SKU's catalogue name with its colour or size word swapped, if a SKU."""
    if not (old_sku and name_of and new_text in COLOUR_OR_SIZE):
        return None
    name = name_of(old_sku).lower()
    for word in (w for w in old_text.split() if w in COLOUR_OR_SIZE and re.search(rf"\b{re.escape(w)}\b", name)):
        sku = match(re.sub(rf"\b{re.escape(word)}\b", new_text, name))
        if sku not in (None, old_sku):
            return sku
    return None


def _part(body: str, own: list[dict], old_sku: str) -> tuple[float, float] | None:
    """(count left in the old variant, count moved to the new one) when only part of a line is swapped, or None."""
    part = PART.search(body)
    total = part and (number_value(part.group(2)) if part.group(2) else
                      next((ln["quantity"] for ln in own if ln["sku"] == old_sku and ln["quantity"]), None))
    if not total:
        return None
    moved = round_qty(number_value(part.group(1)))  # "I ordered 3 … could one of the three be a bird one instead?"
    return round_qty(max(0, total - moved)), moved  # 2 stay, 1 is the new variant


def _referent(before: str) -> str | None:
    """The goods last counted in the text before a swap phrase, which its "them" / "it" stands for."""
    found = list(COUNTED_GOODS.finditer(before))
    return found[-1].group(1) if found else None


def _swap_start(body: str) -> int:
    """Where the first swap phrase of the body starts."""
    return next((m.start() for rx, *_ in SWAPS for m in [rx.search(body)] if m), 0)
