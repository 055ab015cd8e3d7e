"""Parser speed on the real corpora, side by side with a plain baseline in the same process (one core).

Mail: parse_email + text of every PDF attachment, against stdlib email + get_payload(decode=True).
PDF: per-page table reading (words -> rows -> line items), against pdfplumber's extract_text.

    .venv/bin/python bench/parse_bench.py [--shared ../shared/data] [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import email
import io
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from parsers.attachments import kind  # noqa: E402
from parsers.mime import parse_email  # noqa: E402
from parsers.pdf import page_lines, pdf_text  # noqa: E402
from parsers.pdf_words import iter_page_words  # noqa: E402


def mail_files(shared: Path) -> list[bytes]:
    """Every message of the mail corpora."""
    mail = shared / "mail"
    paths = sorted(mail.rglob("*.eml")) + sorted((mail / "cpython-email/test_email_data").glob("msg_*.txt"))
    return [p.read_bytes() for p in paths]


def ours_mail(raw: bytes) -> None:
    """The production path: parse, then the text of PDF attachments."""
    parsed = parse_email(raw)
    _ = parsed.text
    for att in parsed.attachments:
        if kind(att) == "pdf" and att.payload:
            try:
                pdf_text(att.payload)
            except Exception:  # noqa: BLE001 - broken PDFs are part of the corpus
                pass


def baseline_mail(raw: bytes) -> None:
    """stdlib parse and every part's decoded payload."""
    msg = email.message_from_bytes(raw)
    for part in msg.walk():
        payload = part.get_payload(decode=True)
        if payload and part.get_content_maintype() == "text":
            try:
                payload.decode(part.get_content_charset() or "utf-8", "replace")
            except LookupError:  # unknown labels (x-unknown, ...) would crash a naive reader
                payload.decode("utf-8", "replace")


def timed(func, items, repeat: int) -> list[float]:
    """Per-item seconds, best of `repeat` runs for each item."""
    out = []
    for item in items:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            func(item)
            best = min(best, time.perf_counter() - start)
        out.append(best)
    return out


def page_times(paths: list[Path], ours: bool) -> list[float]:
    """Seconds per page (ours: glyphs -> words -> line items; baseline: pdfplumber extract_text)."""
    out = []
    for path in paths:
        data = path.read_bytes()
        if ours:
            start = time.perf_counter()
            for _, words in iter_page_words(data, 1000):
                page_lines(words)
                out.append(time.perf_counter() - start)
                start = time.perf_counter()
            continue
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                start = time.perf_counter()
                page.extract_text()
                out.append(time.perf_counter() - start)
    return out


def _summary(ours: list[float], base: list[float]) -> dict:
    """Medians, p95, rates and the ours/baseline ratio of total time."""
    def p95(xs):
        return sorted(xs)[max(0, int(round(0.95 * len(xs))) - 1)]
    return {
        "n": len(ours),
        "ours_median_ms": round(statistics.median(ours) * 1000, 3),
        "base_median_ms": round(statistics.median(base) * 1000, 3),
        "ours_p95_ms": round(p95(ours) * 1000, 3),
        "base_p95_ms": round(p95(base) * 1000, 3),
        "ours_per_s": round(len(ours) / sum(ours), 1),
        "base_per_s": round(len(base) / sum(base), 1),
        "ratio_time_ours_over_base": round(sum(ours) / sum(base), 2),
    }


def main() -> int:
    """Run both benchmarks and print the summary."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    raws = mail_files(args.shared)
    for raw in raws[:20]:
        ours_mail(raw)  # warm imports (html2text, dateparser, pdfminer) outside the timing
    mail = _summary(timed(ours_mail, raws, args.repeat), timed(baseline_mail, raws, args.repeat))
    pdfs = sorted((args.shared / "pdf").rglob("*.pdf"))
    page_times(pdfs[:1], True)
    pages = _summary(page_times(pdfs, True), page_times(pdfs, False))
    result = {"mail": mail, "pdf_pages": pages}
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for name, block in result.items():
        print(name)
        for key, value in block.items():
            print(f"  {key:28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
