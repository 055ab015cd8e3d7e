"""A tiny PDF writer for tests: positioned text (Latin via Helvetica, Chinese via STSong-Light) and rules."""
from __future__ import annotations


def _latin(text: str) -> bytes:
    """A PDF literal string in WinAnsi encoding."""
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _cjk(text: str) -> bytes:
    """A hex string in UCS-2 big endian for the UniGB-UCS2-H CMap."""
    return b"<" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _content(items: list[tuple], size: float) -> bytes:
    """Content stream: ("text", x, y, str) or ("line", x0, y0, x1, y1)."""
    out = []
    for item in items:
        if item[0] == "line":
            _, x0, y0, x1, y1 = item
            out.append(f"0.5 w {x0} {y0} m {x1} {y1} l S".encode())
            continue
        _, x, y, text = item
        wide = any(ord(ch) > 0x2E7F for ch in text)
        font, string = (b"/F2", _cjk(text)) if wide else (b"/F1", _latin(text))
        out.append(b"BT " + font + f" {size} Tf {x} {y} Td ".encode() + string + b" Tj ET")
    return b"\n".join(out)


def make_pdf(pages: list[list[tuple]], size: float = 9) -> bytes:
    """PDF bytes with one A4 page per item list (coordinates in points, origin bottom-left)."""
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
                b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
                b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 "
                b"/StemV 93 >> /DW 1000 >>] >>")
    for i, items in enumerate(pages):
        stream = _content(items, size)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {6 + 2 * i} 0 R "
                    f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>".encode())
        objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    body, offsets = b"%PDF-1.4\n", []
    for num, obj in enumerate(objs, 1):
        offsets.append(len(body))
        body += f"{num} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    body += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


def table_page(title: list[str], header: list[tuple[float, str]], rows: list[list[tuple[float, str]]],
               footer: list[str] = (), top: float = 780, step: float = 14) -> list[tuple]:
    """A page: title lines, a header row and data rows given as (x, text) cells, then footer lines."""
    items: list[tuple] = []
    y = top
    for line in title:
        items.append(("text", 40, y, line))
        y -= step
    y -= step
    items += [("text", x, y, t) for x, t in header]
    y -= step
    for row in rows:
        items += [("text", x, y, t) for x, t in row]
        y -= step
    y -= step
    for line in footer:
        items.append(("text", 300, y, line))
        y -= step
    return items
