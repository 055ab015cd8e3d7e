"""Traditional Chinese read as Simplified: orders from Taiwan and Hong Kong meet the Simplified catalogue."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc


@lru_cache(maxsize=1)
def _traditional_chars() -> re.Pattern:
    """The characters OpenCC writes differently in Simplified (鋼 軸 噸 ...), as one character class."""
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = {key for key, _, simple in (ln.partition("\t") for ln in table.read_text(encoding="utf-8").splitlines())
             if len(key) == 1 and simple.split(" ")[0] != key}
    return re.compile("[" + "".join(sorted(chars)) + "]")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    """OpenCC's Traditional -> Simplified conversion (phrases first, then characters), built once."""
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """The text in Simplified characters; text with no Traditional-only character is returned as it is."""
    # The checks keep catalogue loading (100k names, nearly all without one) off the converter.
    if text.isascii() or not _traditional_chars().search(text):
        return text
    return _converter().convert(text)
