"""A quoted thread cut into its mails, newest first: a pointer to "the list below" means the newest one with counts."""
from __future__ import annotations

import re

from nlp.clean import HEADER_RE, HISTORY_RE

QUOTE_DEPTH = re.compile(r"\s*(>*)")
FROM_LINE = re.compile(r"\s*>*\s*(?:from|发件人)\s*[:：]\s*\S", re.I)  # a mail's header block opens with its sender


def mails(history: str) -> list[str]:
    """The quoted mails of a thread, newest first: a header mark ("From: …", "-----Original Message-----")
    or a change of quote depth (">" then ">>") starts an older one; quote marks are dropped."""
    out: list[list[str]] = [[]]
    depth = None
    for line in history.splitlines():
        level = len(QUOTE_DEPTH.match(line).group(1))
        said = line.strip(" >")
        bare = re.sub(r"^\s*>+ ?", "", line)
        mark = HISTORY_RE.match(bare)
        if out[-1] and (mark or FROM_LINE.match(line) or (said and depth is not None and level != depth)):
            out.append([])
        depth = level if said else depth
        if not mark:  # "On 14/04/2026 11:20, Mo wrote:" dates the mail, it counts nothing
            out[-1].append(bare)
    return ["\n".join(m) for m in out if any(ln.strip() for ln in m)]


def newest_counted(history: str) -> str:
    """The newest quoted mail holding a number outside its header lines ("send the lot" above points further
    down; older mails are what it answered: "the old ones were 3 x DN100", "min 2 of each"), else the whole."""
    for mail in mails(history):
        if re.search(r"\d", HEADER_RE.sub("", mail)):
            return mail
    return history
