"""Self-corrections that are undone or doubled: "24 - no, 30 - sorry, 24 was right", "12 strawberry, 24 was last
time", "20 pink umbrellas - no, make that the red ones - actually 10 of each"."""
from __future__ import annotations

import re
from nlp.prefilter import prefiltered

_NUM = r"\d+(?:\.\d+)?"
_TAKE_BACK = r"(?:no|sorry|wait|actually|oops|hmm+|or rather)"
# "24 - no, 30 - sorry, 24 was right": the count said first is said to be right after all, so every correction
# between goes ("the first one was right" says the same)
_RIGHT = re.compile(rf"(?<![\d.])(?P<n>{_NUM})(?:\s*[-–—,]\s*(?:{_TAKE_BACK}\b[,\s]*)+(?:make (?:it|that)\s+)?{_NUM})+"
                    rf"\s*[-–—,.]?\s*(?:(?:{_TAKE_BACK}|oh|hang on)\b[,\s]*)*"
                    rf"(?:(?P=n)|the first (?:one|count|number))\s+(?:was|is)\s+(?:right|correct|fine|ok(?:ay)?)\b",
                    re.I)
# "12 strawberry, 24 was last time": the count taken back remarked on as an earlier round's, after the new one
_LAST_ROUND = prefiltered(rf"(?<=[a-z\d])\s*[,;-]\s*{_NUM}\s+(?:was|were|is)\s+(?:(?:what|how many) we (?:had|got|ordered)\s+)?"
                          r"(?:for\s+)?(?:last|the last)\s+(?:time|week|month|order|round)\b", re.I)
# "… 20 of the pink umbrellas - no wait, make that the red ones - actually, 10 of each": both items meant, the count
# said last for each (also "half and half, 2 cartons of each")
_EACH = re.compile(rf"(?P<cue>\s*[-–—,]\s*(?:{_TAKE_BACK}\b[,\s]*)+(?:make (?:it|that)|i mean)\s+)(?P<new>[^-–—,.;!?\n\d][^-–—,;!?\n]*?"
                   rf"|{_NUM})\s*[-–—,]\s*(?:(?:actually|no|sorry|ok|okay|or|just)\b[,\s]*)+"
                   rf"(?:(?:do|make it|go|send)\s+)?(?:half and half[,\s]*)?(?P<m>{_NUM})\s*(?P<unit>[a-z]+\s+)?"
                   r"of\s+(?:each|both)\b", re.I)
# "40 x sock hangers - no sorry, ignore that line, …", "12 x flag bunting - actually no, they won't sell - make it 12 x
# regatta bunting instead": a listed line taken back whole as it is written; only what follows is meant
# (the row said count first or name first, its name may hold a size: "cake stand 3 tier x 6 - no, scrap that one")
# A line may also be asked about ("2 dozen hen house decs? no ignore that") or trail off ("10 x advent calendar red...
# actually no, far too late. Make it 10 x …"); one said without a count is named as "the … ones" in a sentence or
# after a dash of its own ("And the revolver ones – no, scrap that"): only a line's own take-back drops it.
_ROW = (rf"(?:{_NUM}\s*(?:x\s*)?[a-z][^\n,;.\d]{{1,60}}?|[a-z][^\n,;.]{{1,60}}?\s+(?:x\s*)?{_NUM}"
        r"|(?:and\s+)?the\s+[a-z][^\n,;.?!\d]{1,40}?\s+ones?)")
_SCRAPPED = (rf"(?:(?:{_TAKE_BACK})\b[,\s]*)+(?:ignore|scrap|forget|skip|delete|scratch|drop)\s+(?:that|this)"
             r"(?:\s+(?:line|one|item))?\b[,.;:]?\s*")
# ("Send us 36 union jack bottles - actually scratch that, …": a row right after the verb asking for it, taken back
# with a word of its own; "send 3 x teapots... actually no, make it 5" recounts it)
_VERB_LINE_BACK = re.compile(rf"(?:(?<=\bsend )|(?<=\bsend us )|(?<=\bsend me )|(?<=\bneed )|(?<=\border )|(?<=\btake ))"
                             rf"{_ROW}\s*(?:[-–—,?]|\.{{2,}}|…)\s*{_SCRAPPED}", re.I)
_LINE_BACK = re.compile(rf"(?:^|(?<=[\n:,;])|(?<=[.!?]\s)|(?<=\s[-–—]\s))[ \t]*{_ROW}\s*(?:[-–—,?]|\.{{2,}}|…)\s*"
                        rf"(?:{_SCRAPPED}|actually,? no\b[^\n.\d]{{0,80}}?(?:[-–—,]|[.!]\s)\s*make (?:it|that)\s+(?=\d))", re.I)
_STOP = re.compile(r"[?!\n]|\.(?!\d)")  # a sentence's end ("3.2" is a size)
_COUNT = re.compile(rf"(?<![\w.])({_NUM})(?![\w.])")


def undone(text: str) -> str:
    """The text with lines taken back whole dropped, corrections taken back again undone, remarks on an earlier
    round's count dropped and a correction closed by "N of each" read as both items."""
    low = text.lower()  # (cheap gate: a take-back after the verb names what it does)
    text = _LINE_BACK.sub(" ", text) if "no" in text else text
    if any(w in low for w in ("ignore", "scrap", "forget", "skip", "delete", "scratch", "drop")):
        text = _VERB_LINE_BACK.sub(" ", text)
    if "right" in text or "correct" in text or "the first" in text:
        text = _RIGHT.sub(lambda m: m.group("n") or "", text)
    if "last" in text:
        text = _LAST_ROUND.sub("", text)
    if "each" in text or "both" in text:
        for m in reversed(list(_EACH.finditer(text))):
            text = _both(text, m)
    return text


def _both(text: str, m: re.Match) -> str:
    """The text with an "N of each" correction read: the item taken back counted N, then the new one counted N."""
    start = max((e.end() for e in _STOP.finditer(text, 0, m.start())), default=0)
    said = text[start : m.start()]
    counts = list(_COUNT.finditer(said))
    if not counts:
        return text
    n, unit, new = m.group("m"), m.group("unit") or "", m.group("new").strip()
    old = counts[-1]
    recounted = said[: old.start()] + n + said[old.end() :]
    second = f" and {n} {unit}of {new}"
    # "e7018 3.2, 4 cartons - no, make that 4.0": a lone new word stands for the one of its shape said before,
    # so the second item is the first one said again with it
    same = [t for t in re.findall(rf"(?<![\w.]){_NUM}(?![\w.])|[a-z][\w-]*", said) if _shape(t) == _shape(new)
            and t != old.group(1)]
    if " " not in new and same:
        at = re.search(rf"(?<![\w.]){re.escape(same[-1])}(?![\w.])", recounted)
        second = ". " + (recounted[: at.start()] + new + recounted[at.end() :]).strip()
    return text[:start] + recounted + second + text[m.end() :]


def _shape(token: str) -> str:
    """A token's shape: digits as 9, letters as a ("3.2" -> "9.9")."""
    return re.sub(r"[a-z]", "a", re.sub(r"\d", "9", token.lower()))
