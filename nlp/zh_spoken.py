"""Chinese dictation (语音转文字) given the commas a typist would put: a transcript comes unpunctuated, its
pauses said as fillers and its items run on ("…黑色的L号十盒M号五盒嗯还有口罩…")."""
from __future__ import annotations

import re

from nlp.pipeline import _COUNT
from nlp.units import UNIT_WORDS

ZH_UNITS = sorted((w for w in UNIT_WORDS if not w.isascii()), key=len, reverse=True)

PUNCTUATION = re.compile(r"[,，。;；!！?？:：、\n()（）]|(?<!\d)\.|\.(?!\d)")  # not the point of "3.2"
PAUSE = re.compile(r"[嗯呃]+|(?=然后)")  # a speaker's pause (never part of a product word), a "then" going on
# "L号十盒M号五盒": a count with its measure word ends its item when another count follows in the clause
# (not a spec said like a count, "三吨半十二个厚的": twelve mm thick; 还有 parts the clause already)
COUNT = rf"(?:{_COUNT}|(?:\d+|[一二两三四五六七八九十]+)打)"  # the gift trade counts in dozens too ("两打")
# "一箱20盒", "一盘15公斤", "两箱每箱10盒": what one pack holds follows its pack, no new item; "20盒的要三箱":
# a count said with 的 describes the goods counted after it
HOLDS = rf"\s*(?:装|是|有|每\w?)?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:{'|'.join(ZH_UNITS)})"
ITEM_END = re.compile(rf"{COUNT}半?(?!{HOLDS}|的)(?:吧|啊|哈|呀)?(?=(?:(?!还有)[^,])*?{COUNT}(?!厚))")


def dictated(body: str) -> str:
    """An unpunctuated Chinese body with a comma at each pause and after each item's count; others as they are."""
    if PUNCTUATION.search(body.strip()):
        return body  # typed: the writer's own commas part the items
    return ITEM_END.sub(lambda m: m.group(0) + ",", PAUSE.sub(",", body))
