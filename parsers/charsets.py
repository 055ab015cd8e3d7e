"""Decode bytes from mail parts whose declared charset may be missing, exotic or wrong."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# Declared legacy charsets are widened to their supersets: senders say gb2312 and send gbk/gb18030,
# say big5 and use HKSCS, say shift_jis and use Windows extensions, and so on.
SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030", "cp936": "gb18030",
    "csgb2312": "gb18030", "gb_2312-80": "gb18030", "chinese": "gb18030",
    "big5": "big5hkscs", "big-5": "big5hkscs", "cn-big5": "big5hkscs", "x-x-big5": "big5hkscs",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "iso-2022-jp": "iso2022_jp_ext", "csiso2022jp": "iso2022_jp_ext",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "ksc5601": "cp949",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "iso-8859-9": "cp1254", "iso-8859-11": "cp874", "tis-620": "cp874", "windows-874": "cp874",
    "unicode-1-1-utf-7": "utf-7", "x-utf-7": "utf-7", "utf7": "utf-7", "utf8": "utf-8",
}
# Where strict UTF-8 is not tried first: these encodings are 7-bit or wide and never look like UTF-8.
_NO_UTF8_GUESS = ("utf-16", "utf-32", "utf-7", "iso2022", "hz")


def _lookup(label: str) -> str | None:
    """Python codec name for a label, None when unknown."""
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError, TypeError):  # hostile labels: "\x00", absurdly long, ...
        return None


def candidate_codecs(declared: str | None) -> list[str]:
    """Codecs to try for a declared label: the label itself, then its superset."""
    if not declared:
        return []
    label = str(declared).strip().strip('"\'').lower()
    exact, wide = _lookup(label), _lookup(SUPERSETS.get(label, label))
    if exact in ("latin-1", "iso8859-1", "ascii"):
        exact = None  # latin-1 never fails and ascii is too narrow: the Windows superset is the better read
    return [c for c in dict.fromkeys([exact, wide]) if c]


def normalise_charset(declared: str | None) -> str | None:
    """The widest codec we trust for a declared label, or None when unknown."""
    found = candidate_codecs(declared)
    return found[-1] if found else None


def _strict(data: bytes, codec: str) -> str | None:
    """Decode strictly, None on failure."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError, ValueError):
        return None


def _guess(data: bytes) -> str | None:
    """Best guess from charset-normalizer, None when it has none."""
    best = from_bytes(data[:65536]).best()
    return best.encoding if best else None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Return (text, defect): strict declared/superset, then UTF-8, then detection, then lossy."""
    if not data:
        return "", None
    codec = normalise_charset(declared)
    if data.isascii() and (codec is None or not codec.startswith(_NO_UTF8_GUESS)):
        return data.decode("ascii"), None
    if codec is None or not codec.startswith(_NO_UTF8_GUESS):
        # Valid non-ASCII UTF-8 is practically never legacy text by accident, so it wins over the label.
        text = _strict(data, "utf-8")
        if text is not None:
            bad = codec not in (None, "utf-8")
            return text, (f"charset {declared} mislabelled, was utf-8" if bad else None)
    for candidate in candidate_codecs(declared):
        text = _strict(data, candidate)
        if text is not None:
            return text, None
    guess = _guess(data)
    if guess:
        text = _strict(data, guess)
        if text is not None:
            why = f"charset {declared} undecodable" if declared else "charset missing"
            return text, f"{why}, detected {guess}"
    return data.decode(codec or "utf-8", "replace"), f"charset {declared or 'missing'} undecodable, replaced"
