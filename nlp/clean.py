"""Email clean-up: keep what the customer wrote now; find who they are."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from nlp.inline_replies import read_inline
from nlp.accepted_lists import ALL_BUT, all_but, same_but
from nlp.traditional import simplified

QUOTE_MARK = re.compile(r"^\s*>+ ?", re.M)  # "> " before each quoted line
# (a long "On …, Name <address>\nwrote:" attribution is wrapped by the mail client; a "From:" line heads a mail
# when another header line follows it, "Sent:" or only "Subject:")
HISTORY_RE = re.compile(
    # ("---- On Mon 14 Sep 2026 Lou wrote ----": a mail client's header set in dashes, the colon left out)
    r"^\s*(?:-{2,}\s*original message\s*-{2,}|on .{4,120}(?:\n.{0,80})?wrote:\s*$|-{2,}\s*on .{4,120}wrote:?\s*-{2,}\s*$|.{0,80}写道[:：]\s*$|"
    r"from:\s.+\n\s*(?:sent|date|to|cc|subject):|发件人[:：]|-{3,}\s*原始邮件\s*-{3,}|_{8,})",
    re.I | re.M,
)
FORWARD_RE = re.compile(r"^\s*(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:|-{3,}\s*转发的?(?:邮件|消息|信息)\s*-{3,})",
                        re.I | re.M)
# "please action below": the verb alone points at the forwarded text too
LIST_BELOW = re.compile(r"\b(?:action|process|order|put through|send|ship)\b[^.\n]{0,30}\b(?:list|items|order) below\b|"
                        r"\b(?:action|process|put through)\s+(?:the\s+|as\s+)?below\b|"
                        r"(?:按|照)(?:下面|以下|下边)的?(?:处理|办理?|执行|安排|下单|备货|配货|发货?)|"  # "请按下面处理", "按下面的发"
                        r"(?:按|照)[\u4e00-\u9fff]{0,4}?(?:下面|以下|下边)的?(?:这个|这张)?(?:单子|清单|明细|订单|物料)", re.I)
# Header lines heading a forwarded or quoted mail ("From: … / Sent: …"), dropped from its top.
LEADING_HEADERS = re.compile(r"^(?:\s*(?:from|to|cc|sent|date|subject|发件人|收件人|时间|主题)\s*[:：].*\n)+", re.I)
BARE_FORWARD = re.compile(r"^\s*(?:转发(?:的邮件)?|fwd?|fw)\s*[:：]?.*$", re.I | re.M)
HEADER_RE = re.compile(r"^\s*(?:from|to|cc|sent|date|subject|reply-to|发件人|收件人|抄送|时间|主题|日期)\s*[:：].*$",
                       re.I | re.M)
SIGNOFF_RE = re.compile(
    r"^\s*(?:--\s*|(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|br|rgds|"
    r"thx|ta|best)[,.!]*|此致|敬礼|谢谢[!！。]?|祝好[!！。]?|顺祝商祺[!！。]?)\s*$",
    re.I | re.M,
)
# ("… 2 rolls of RVV. Friday." closes on the day wanted, no name)
# "… Client wants 8. Sophie", "Kit, props", "Jo @ Tiddlywinks": a capitalised word closing the body after a
# sentence (or on a line of its own), perhaps with the shop or role after it, signs the message; its words
# ("Sophie", "Kit", "the Toy Box") would otherwise be read as a product; "Pink, please" is a variant asked for.
# A discourse word opening a last sentence ("Actually, swap the owl for the bird design.", "Sorry, I mean the cream
# ones.") is no name: the sentence corrects what came before. Nor is a day word ("… for the site hut. Thursday.",
# "Tomorrow pls"): a last sentence of one day is when the goods are wanted, and cutting it lost the due date.
SIGNED_NAME = re.compile(r"(?:(?<=[.!?)])[ \t]+|\n\s*)(?:-\s*)?(?!(?:Actually|Sorry|Oops|Wait|Oh|Hmm|Also|No|Yes|Ok|Okay)\b)"
                         r"(?!(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Today|Tomorrow|Tonight)\b|"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                         r"[A-Z][a-z]{1,11}(?:(?:,|[ \t]+@|[ \t]+-|[ \t]+from)[ \t]+"
                         r"(?!(?:please|pls|thanks|thank)\b)[A-Za-z&'. ]{2,40}|[ \t]*\([A-Za-z&' ]{2,40}\))?[.!]?\s*\Z")
# "Duka Bora Supplies Ltd, P.O. Box 41822-00100": a postal address line signs the message, orders nothing (its "box"
# was read as a product)
# (a line of that one sentence: "Please send 8 …. Invoices go to Acme, PO Box 447" still orders, and so does one
# counting goods before the box: "Please send 8 mugs to PO Box 447, Nairobi")
PO_BOX = r"\bp\.?\s?o\.?\s*box\s*"  # (mentions.DOC_CODE strips the box said inside an order's sentence)
PO_BOX_LINE = re.compile(rf"^[^.!?\n\d]*{PO_BOX}\d", re.I)
# "~~中灰漆 2桶~~（划掉）", "~~10 mugs~~": text struck through (markdown, or a transcribed handwritten list) was
# taken back by its writer, with any note saying so after it
STRUCK = re.compile(r"~~[^~\n]+~~[ \t]*(?:\((?:已)?(?:划掉|删掉|删除|作废|不要了?|crossed out|struck out|deleted)\))?", re.I)
DISCLAIMER_RE = re.compile(r"(confidential|disclaimer|intended recipient|privileged|virus|免责|保密)", re.I)
# "… 6 x red tea cups kind regards helen this email and any attachments are confidential …": a body written on one line
# runs on into its disclaimer; the disclaimer's opening words part it from the order
DISCLAIMER_OPENER = re.compile(r"\b(?:this|the)\s+(?:e-?mail|message|communication|information)\b|\bif you (?:are not|have received)\b", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", re.I)
HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}  # ＡＢ１２＞ -> AB12>, ideographic space
FREE_MAIL = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "qq.com", "163.com", "126.com", "icloud.com"}


@dataclass
class Cleaned:
    """The message body to read, plus what we learned about the sender."""

    body: str
    history: str = ""
    sender: str | None = None
    signature: list[str] = field(default_factory=list)
    note: str = ""  # a colleague's short note over a forwarded order ("please action, deliver end of month")


def _split_history(text: str) -> tuple[str, str, str]:
    """Body before the first quoted/forwarded header, everything after (old messages), and a dropped forward note."""
    fwd, note = FORWARD_RE.search(text), ""
    if fwd and not text[: fwd.start()].strip(" \n>-"):
        text = text[fwd.end() :]  # a bare forward: the forwarded message is what the customer wrote
    elif fwd and len(text[: fwd.start()].strip()) < 200 and not re.search(r"\d", text[: fwd.start()]):
        note, text = text[: fwd.start()].strip(), text[fwd.end() :]  # "FYI, see below" over the customer's mail
    text = LEADING_HEADERS.sub("", text.lstrip())
    m = HISTORY_RE.search(text)
    if m and not BARE_FORWARD.sub("", text[: m.start()]).strip(" \n>-"):
        # "转发的邮件" over "-----原始邮件-----": nothing written above the quoted mail, so it is the message
        text = LEADING_HEADERS.sub("", text[m.end() :].lstrip("\n"))
        m = HISTORY_RE.search(text)
    body, history = (text[: m.start()], text[m.start() :]) if m else (text, "")
    kept, quoted_lines = read_inline(body)  # "> 22727 Alarm clock red - qty?" / "yes 12": the row answered is said
    quoted, body = "\n".join(quoted_lines), "\n".join(kept)
    history = (quoted + "\n" + history).strip()
    # the quoted rows alone: header lines go whole (the history mark takes only "From: …\nSent:", not the date after it)
    wanted = history and (ALL_BUT.search(body) or LIST_BELOW.search(body))  # (only then are the rows read)
    old = QUOTE_MARK.sub("", HISTORY_RE.sub("", HEADER_RE.sub("", history))) if wanted else ""
    accepted = all_but(body, old)  # "yes to all of the above except the doormats": the rows left are the order
    if accepted:
        return accepted[0] + "\n" + "\n".join(accepted[1]), "", note
    below = LIST_BELOW.search(body) if history else None
    if below and not re.search(r"\d", body[below.end() :].partition("\n")[2]):
        # "Please action the list below", "按下面这个单子发货": the quoted list (none in the body) is the order.
        return body + "\n" + old, "", note
    return body, history, note


def clean(text: str, sender: str | None = None) -> Cleaned:
    """Strip quoted history, headers, signature and disclaimer; note the sender's address."""
    # Traditional headers and sign-offs (發件人, 謝謝) are the Simplified ones the rules below know, and a
    # full-width quote mark (＞) quotes as ">" does: the body is NFKC-folded later anyway (text.normalize).
    text = simplified(text.replace("\r\n", "\n").replace("\r", "\n")).translate(HALF_WIDTH)
    if sender is None:
        m = re.search(r"^\s*(?:from|发件人)\s*[:：].*?(" + EMAIL_RE.pattern + ")", text, re.I | re.M)
        sender = m.group(1) if m else None
    body, history, note = _split_history(text)
    body = HEADER_RE.sub("", body)
    body = STRUCK.sub("", body) if "~~" in body else body
    signature: list[str] = []
    m = SIGNOFF_RE.search(body)
    if m and len(body) - m.start() < 600:
        signature = [ln.strip() for ln in body[m.end() :].splitlines() if ln.strip()][:6]
        body = body[: m.start()]
    body = "\n".join(kept for ln in body.splitlines() if (kept := _undisclaimed(ln)) is not None and not PO_BOX_LINE.search(kept))
    body = same_but(SIGNED_NAME.sub("", body.rstrip()))  # "same as invoice 4471 minus the mugs" over its rows
    if sender is None:
        sender = next((EMAIL_RE.search(ln).group(0) for ln in signature if EMAIL_RE.search(ln)), None)
    return Cleaned(body=body.strip(), history=history, sender=sender, signature=signature, note=note)


def _undisclaimed(line: str) -> str | None:
    """A line without its disclaimer (None when the disclaimer is the whole line)."""
    # a line counting goods that runs on into a disclaimer keeps the words before the disclaimer's opening
    m = DISCLAIMER_RE.search(line)
    if not m:
        return line
    opener = next((o for o in DISCLAIMER_OPENER.finditer(line, max(0, m.start() - 120), m.start())), None)
    if opener and re.search(r"\d", line[: opener.start()]):
        return line[: opener.start()].rstrip()
    return None


def customer_of(cleaned: Cleaned) -> str | None:
    """Customer key: sender address, else its company domain, else the signature's first line."""
    if cleaned.sender:
        return cleaned.sender.lower()
    for line in cleaned.signature:
        if not re.search(r"\d{5,}|@|www\.|http", line):
            return line
    return None


def domain_of(address: str | None) -> str | None:
    """Company domain of an address (None for free-mail providers)."""
    if not address or "@" not in address:
        return None
    domain = address.rsplit("@", 1)[1].lower()
    return None if domain in FREE_MAIL else domain
