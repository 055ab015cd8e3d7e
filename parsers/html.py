"""HTML mail bodies to plain text (html2text), keeping quotes as '>' lines for the quote stripper."""
from __future__ import annotations

import re

import html2text

# Style/script/head blocks and Office conditional comments carry no text but cost html2text time.
_NOISE = re.compile(r"<(style|script|head|title)\b.*?</\1\s*>|<!--.*?-->|<!\[if.*?<!\[endif\]>", re.I | re.S)
# Web-mail quote containers that are not <blockquote>: mark them so they become '>' lines too.
_QUOTE_OPEN = re.compile(
    r"<div[^>]*(?:class=\"?(?:gmail_quote|yahoo_quoted|moz-cite-prefix)|id=\"?(?:divRplyFwdMsg|appendonsend))[^>]*>",
    re.I,
)


_MD_ESCAPE = re.compile(r"\\([-*_`#+.!\[\]()>|])")


def _converter() -> html2text.HTML2Text:
    """A configured html2text instance: no wrapping, links and images reduced to their text."""
    conv = html2text.HTML2Text()
    conv.body_width = 0
    conv.ignore_links = True
    conv.ignore_images = True
    conv.ignore_emphasis = True
    conv.ignore_tables = False
    conv.unicode_snob = True
    conv.single_line_break = False
    return conv


def html_to_text(html: str) -> str:
    """Convert an HTML body to readable text; quoted blocks come out prefixed with '>'."""
    if not html or not html.strip():
        return ""
    html = _NOISE.sub(" ", html)
    html = _QUOTE_OPEN.sub(lambda m: m.group(0) + "<blockquote>", html)
    try:
        text = _converter().handle(html)
    except Exception:  # noqa: BLE001 - html2text can choke on broken markup; fall back to tag stripping
        text = re.sub(r"<[^>]+>", " ", html)
    # html2text escapes Markdown-looking characters ("\-", "\*"); mail text wants them plain.
    text = _MD_ESCAPE.sub(r"\1", text.replace("\u00a0", " "))
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
