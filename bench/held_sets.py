"""The current round's held judges, named in one place: tuning, training and probes never read them, not even
by an older commit's rules. Move the names here when a new round's judges are written."""
from __future__ import annotations

JUDGES = ("_dev33", "_dev34")  # file-name suffixes: extraction_en_dev33.jsonl, extraction_zh_dev34.jsonl


def is_judge(name: str) -> bool:
    """Whether a file name or stem is one of the judges' (dev23 is not dev2; dev2 is not dev23)."""
    return name.removesuffix(".jsonl").endswith(JUDGES)


def is_held(name: str) -> bool:
    """A judge's or a holdout's file: never tuned on."""
    return "holdout" in name or is_judge(name)
