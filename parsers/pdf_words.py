"""Positioned words straight from pdfminer: the same words pdfplumber gives, without its per-char dicts.

pdfplumber turns every glyph into a dict of ~20 resolved attributes; table reading needs five. Going to
pdfminer directly roughly halves the cost of a page, which is what keeps p95 under 200 ms per page.
"""
from __future__ import annotations

import io
import logging

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.utils import apply_matrix_rect

logging.getLogger("pdfminer").setLevel(logging.ERROR)

X_TOLERANCE = 1.5  # points between glyphs of one word (pdfplumber's x_tolerance as we use it)
Y_TOLERANCE = 3.0  # points between glyph tops of one line


class _GlyphSink(PDFLayoutAnalyzer):
    """A pdfminer device that keeps (top, x0, x1, bottom, text) per glyph and ignores paths and images."""

    def __init__(self, manager: PDFResourceManager) -> None:
        super().__init__(manager, pageno=1, laparams=None)
        self.glyphs: list[tuple] = []
        self.height = 0.0

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        """Record one glyph's box (same geometry as pdfminer's LTChar) and return its advance."""
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        adv = font.char_width(cid) * fontsize * scaling
        if font.is_vertical():
            bbox = (0, 0, fontsize, adv)  # vertical CJK: approximate box, reading order unaffected
        else:
            descent = font.get_descent() * fontsize
            bbox = (0, descent + rise, adv, descent + rise + fontsize)
        x0, y0, x1, y1 = apply_matrix_rect(matrix, bbox)
        x0, x1 = min(x0, x1), max(x0, x1)
        y0, y1 = min(y0, y1), max(y0, y1)
        self.glyphs.append((self.height - y1, x0, x1, self.height - y0, text))
        return adv

    def paint_path(self, *args, **kwargs) -> None:
        """Rules and boxes are not needed to read tables by position."""

    def render_image(self, *args, **kwargs) -> None:
        """Images carry no text."""


def _words(chars: list[tuple]) -> list[dict]:
    """Glyphs to words: same line, small gap, no space between."""
    words: list[dict] = []
    lines: list[list[tuple]] = []
    for ch in sorted(chars):
        if lines and abs(ch[0] - lines[-1][0][0]) <= Y_TOLERANCE:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    for line in lines:
        current: list[tuple] = []
        for ch in sorted(line, key=lambda c: c[1]):
            if ch[4].isspace():
                _emit(current, words)
                current = []
                continue
            if current and ch[1] - current[-1][2] > X_TOLERANCE:
                _emit(current, words)
                current = []
            current.append(ch)
        _emit(current, words)
    return words


def _emit(chars: list[tuple], words: list[dict]) -> None:
    """Append one word built from its glyphs."""
    if chars:
        words.append({
            "text": "".join(c[4] for c in chars),
            "x0": min(c[1] for c in chars), "x1": max(c[2] for c in chars),
            "top": min(c[0] for c in chars), "bottom": max(c[3] for c in chars),
        })


def iter_page_words(data: bytes, max_pages: int):
    """Yield (page count, words) for each of the first max_pages pages."""
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    manager = PDFResourceManager(caching=True)
    sink = _GlyphSink(manager)
    interpreter = PDFPageInterpreter(manager, sink)
    pages = list(PDFPage.create_pages(document))
    for page in pages[:max_pages]:
        sink.glyphs, sink.height = [], page.mediabox[3] - page.mediabox[1]
        interpreter.process_page(page)
        yield len(pages), _words(sink.glyphs)
    if not pages:
        yield 0, []
