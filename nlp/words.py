"""Word lists the text helpers read: words that name no product, Chinese colours, cues shared by several readers."""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

ZH_COLOURS = frozenset("红蓝绿黄黑白灰紫粉橙棕银")
# A shade word before a colour character makes a colour of its own ("铁红" iron-red is no plain "红").
ZH_SHADES = frozenset("铁酒玫桃天湖宝墨军米乳")
ZH_SHADE_COLOURS = frozenset(a + c for a in ZH_SHADES for c in ZH_COLOURS)

# Our own filler words of chat and requests; some are catalogue words too ("FINE WICKER HEART", "HOT STUFF"),
# which the matcher counts when a catalogue word beside them shares an item with them (nlp/resolve.py).
FILLER = frozenset(
    "a an the of for and or with in on to pls please x pc pcs piece pieces some more again same "
    "as last time ones one them those these this that our my your me we us i you need want "
    "would like could can send order orders also plus another extra units unit qty quantity each hi hey dear "
    "thanks cheers get give bring will let know add include needs needed urgent asap kindly just "
    "deliver delivery by before latest required thx ok okay cool great usual "
    "do have has any stock available availability price prices quote quotation how much what is are "
    "there still left cost re fw fwd thank hello "
    "hiya morning afternoon evening quick sorry sold weekend thing things stuff ty lol "
    "guys team sir madam sirs hope well regards best wishes kind got cancel cancelled change swap "
    "instead reduce increase amend stays rest fine everything else poss possible week weeks day days month today tomorrow "
    "next approx approximately about around roughly maybe say thinking "
    "d ll ve u ur plz".split()
)
# Then spaCy's English stop words (function words) but the few that name products ("back", "front", "side" ...),
# and fragments of chat that are never product words ("i'd", "we'll", "can u").
STOPWORDS = FILLER | (EN_STOP - {"back", "front", "top", "full", "keep", "show", "bottom", "side"})
CHAT_FILLER = FILLER - EN_STOP  # the filler that is no function word: only these may be a product's word ("fine")

# A self-correction: what follows takes back what came before ("send 10, no wait, 12", "red or rather cream").
CORRECTION = r"no\s*,?\s*(?:sorry|wait)|sorry\s*,?\s*i\s+mean|or\s+rather"
# "照上次的再来一批": the goods of the last order again (not "单价按上次的", "按上次的价格": the price, not the goods)
ZH_AS_LAST = r"(?<![价格])(?:照|按|跟|和|同)上(?:次|回)(?:的|一样)(?![^，,。；;！!？?]{0,2}(?:价|单价|报价))"
# A placed order named: its number ("PO 7781", "order no. 12", "SO #5"; a bare "order 8" is the verb with a count),
# or the order itself ("on our order", "订单里"). Intent and self-corrections both read a count said after it as a change.
# (not "can I / please / could you order 200": ORDER_VERB_LEADS; "SO-30119" but not "so 500 nuts")
# The words before "order" that make it the verb, its count next ("please order 400 …", "could you order 250 …").
ORDER_VERB_LEADS = ("i", "we", "you", "please", "pls", "plz", "kindly", "also", "just")
_NOT_AFTER_LEAD = "".join(rf"(?<!\b{w} )" for w in ORDER_VERB_LEADS)
ORDER_VERB = rf"\b(?:{'|'.join(ORDER_VERB_LEADS)}|(?:like|want|need) to)\s+order\s*$"  # before a count: quantities
ORDER_NAMED = (_NOT_AFTER_LEAD + r"(?<!\bto )\b(?:order|po)\s*(?:(?:no\.?|#|number)\s*\d|\d{3,})"  # nor after "to": "want to order 300"
               r"|\bso(?:\s*(?:no\.?|#|number)\s*\d|-?\d{3,})"
               r"|\b(?:on|to) (?:my|our|the|this) (?:order|po)\b"
               r"|订单号?\s*\d|(?:订单|单子)(?:里|上)")
