"""Chinese mentions in English words, for catalogues that hold no Chinese names (a zh buyer of the gift trade)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from nlp.text import CJK_CHAR
from nlp.prefilter import prefiltered

GLOSSARY_FILE = Path(__file__).with_name("zh_glossary.tsv")
# "黄总", "白经理": a surname before a title is no colour
ADDRESSED = re.compile(r"[\u4e00-\u9fff](?=总|经理|老板|先生|小姐|女士|师傅|工\b|姐|哥)")


# What a paint is for names its kind in the trade: machines and steelwork take alkyd enamel, floors epoxy
# floor paint ("灰色的漆…刷设备的", "grey paint for the machines").
PAINT = prefiltered(r"漆|涂料|\bpaint|\benamel", re.I)
USES = [(re.compile(r"设备|机器|机械|钢结构"), " 醇酸"), (re.compile(r"地面|地板|地坪"), " 地坪"),
        (re.compile(r"\b(?:machine(?:ry|s)?|equipment|steelwork)\b", re.I), " alkyd"),
        (re.compile(r"\bfloors?\b", re.I), " floor")]


def with_use(mention: str) -> str:
    """A paint mention with the kind its stated use implies added; other mentions as they are."""
    if not PAINT.search(mention):
        return mention
    return mention + "".join(word for rx, word in USES if rx.search(mention) and word.strip() not in mention)


@lru_cache(maxsize=1)
def _glossary() -> tuple[re.Pattern, dict[str, str]]:
    """The spellings as one pattern (longest first, so 红点点 wins over 红) and their English words."""
    words: dict[str, str] = {}
    for raw in GLOSSARY_FILE.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        zh, en = raw.split("\t")
        for spelling in zh.split("|"):
            words.setdefault(spelling.strip(), en.strip())
    keys = sorted(words, key=lambda k: (-len(k), k))
    return re.compile("|".join(map(re.escape, keys))), words


@lru_cache(maxsize=1)
def zh_colours() -> re.Pattern:
    """The glossary's Chinese colour words of two characters or more ("奶油色", "米色"; not "粉", also powder)."""
    from nlp.attributes import COLOURS  # (attributes reads no glossary: no cycle)

    _, words = _glossary()
    said = sorted((w for w, en in words.items() if len(w) > 1 and en in COLOURS), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, said)))


@lru_cache(maxsize=4096)
def english(text: str) -> str:
    """Chinese words of a mention replaced by their English words; Chinese left unknown is dropped
    (a filler or a word no gift catalogue holds), Latin words and numbers stay as they were."""
    pattern, words = _glossary()
    out = pattern.sub(lambda m: f" {words[m.group(0)]} ", ADDRESSED.sub(" ", text))
    return re.sub(r"\s+", " ", CJK_CHAR.sub(" ", out)).strip()


def _found(text: str) -> list[re.Match]:
    """The glossary words of a text that name something (not a shop platform such as 小红书)."""
    pattern, words = _glossary()
    return [m for m in pattern.finditer(text) if words[m.group(0)]]


def modifiers(text: str) -> str:
    """The Chinese words before a noun phrase's head ("红色波点" of "红色波点盘子"), "" when it names one
    glossary word or none: Chinese puts the item noun last."""
    found = _found(text)
    return text[: found[-1].start()].strip() if len(found) >= 2 else ""


def head_only(text: str) -> bool:
    """Whether a Chinese mention names exactly one glossary word ("碗也要" names a bowl and nothing else)."""
    return len(_found(text)) == 1


@lru_cache(maxsize=1)
def item_nouns() -> frozenset[str]:
    """The spellings listed under the glossary's "item nouns" headings (杯子, 帆布袋; not subjects such as 猫头鹰)."""
    out, under = set(), False
    for raw in GLOSSARY_FILE.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            under = "item nouns" in raw
        elif under and raw.strip():
            out.update(w.strip() for w in raw.split("\t")[0].split("|"))
    return frozenset(out)


def head_noun(text: str) -> str:
    """The last glossary word of a Chinese noun phrase, its item noun ("环保袋" of "草莓环保袋"), or ""."""
    found = _found(text)
    return found[-1].group(0) if found else ""


def english_noun(text: str) -> str:
    """The English words a Chinese clause names its item in ("jumbo bag" of "淘宝店 jumbo bag 补货"), or ""."""
    runs = re.findall(r"[a-z][a-z' -]*[a-z]", text.lower())
    return max(runs, key=len) if runs else ""


STYLE_SEP = re.compile(r"(?<=款)\s*(?:和|及|与|、|,)\s*|\s*、\s*")
LATIN_END = re.compile(r"[a-z][a-z0-9' -]*$")
SHORT = 8  # "咖啡馆", "i love london": a style said alone is a few characters


def styles(mention: str) -> list[str]:
    """"门垫 keep calm 款和 i love london 款" -> ["门垫 keep calm", "门垫 i love london"], "储物罐果酱、咖啡馆"
    -> ["储物罐 果酱", "储物罐 咖啡馆"]: styles of one item said after it (each with 款, or short ones joined
    by 、); the first style is the English words or the last glossary word before its 款."""
    parts = [p.strip() for p in STYLE_SEP.split(mention) if p.strip()]
    if len(parts) < 2 or not all(p.endswith("款") or len(q) <= SHORT for p, q in zip(parts, parts[1:])):
        return []
    first = parts[0].removesuffix("款").rstrip()
    latin, found = LATIN_END.search(first), _found(first)
    start = latin.start() if latin else found[-1].start() if found else 0
    base = first[:start].strip()
    # "lunch bag 红色波点、woodland": a style may be said in English after a Chinese one
    if not base or (not parts[0].endswith("款") and not _found(parts[1]) and not (found and LATIN_ITEM.fullmatch(parts[1]))):
        return []
    return [f"{base} {p.removesuffix('款').strip()}" for p in [first[start:], *parts[1:]]]


FAMILY_WORDS = 2  # an English family name shared by styles has two words at least ("hand warmer", "recipe box")
LATIN_ITEM = re.compile(r"[a-z0-9][a-z0-9' -]*")
KINDS = re.compile(r"([一二两三四五六七八九十\d]+)\s*个?(?:款式|款|种|颜色|色)|[()]")  # "四个颜色", "三款"


def latin_styles(mention: str) -> list[str]:
    """"hand warmer owl 和 bird" -> ["hand warmer owl", "hand warmer bird"]: English items joined by a Chinese
    conjunction are parallel, so the first item's last words (as many as the longest item after it has) are its
    style and the words before them the name all share; with too few words left for a family, each is a name."""
    said = re.sub(r"^[\u4e00-\u9fff\s]+|[\u4e00-\u9fff\s]+$", "", mention)  # the clause's verb and question around
    said = KINDS.sub(" ", said)  # "recipe box 三款(metal heart、…)": the number of kinds and its brackets name none
    parts = [p.strip() for p in re.split(r"[和及与、]", said) if p.strip()]
    if len(parts) < 2 or not all(LATIN_ITEM.fullmatch(p) for p in parts):
        return []
    words, k = parts[0].split(), max(len(p.split()) for p in parts[1:])
    if len(words) - k < FAMILY_WORDS:  # "regency cakestand 3 tier 和 jumbo bag red": whole names, nothing shared
        return parts if all(len(p.split()) >= FAMILY_WORDS for p in parts) else []
    return [" ".join(words)] + [" ".join(words[:-k] + p.split()) for p in parts[1:]]


FAMILY_THEN_ZH = re.compile(r"^([a-z][a-z0-9' -]*[a-z0-9])\s*([\u4e00-\u9fff].*)$")
ZH_STYLE = re.compile(r"([\u4e00-\u9fff]{1,6})\s*(?:[a-z][a-z' -]*)?")  # "爱心hearts": a style said with its English


def family_styles(mention: str) -> list[str]:
    """"ribbon reel 蕾丝lace和爱心hearts" -> ["ribbon reel 蕾丝lace", "ribbon reel 爱心hearts"]: Chinese styles joined
    by 和 after an English family name, each a glossary word (with the writer's own English word at most)."""
    m = FAMILY_THEN_ZH.match(mention)
    if not m or len(m.group(1).split()) < FAMILY_WORDS:
        return []
    parts = [p.strip() for p in re.split(r"[和及与、]", m.group(2)) if p.strip()]
    if len(parts) < 2 or not all(ZH_STYLE.fullmatch(p) and _found(ZH_STYLE.fullmatch(p).group(1)) for p in parts):
        return []
    return [f"{m.group(1)} {p}" for p in parts]
