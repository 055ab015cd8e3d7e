"""The embedded default mailbox: a folder where .eml, PDF and text files are dropped."""
from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)
ACCEPTED = {".eml", ".pdf", ".txt", ".msg"}
SETTLE_SECONDS = 1.0  # a file still being written is left for the next scan


class DropFolder:
    """Hands each dropped file to `handler(raw, filename) -> status` once, then files it away."""

    def __init__(self, path: Path | str, handler: Callable[[bytes, str], str], interval: float = 2.0):
        self.path = Path(path)
        self.handler, self.interval = handler, interval
        for sub in ("processed", "quarantine"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    def scan_once(self) -> dict[str, int]:
        """Process every settled file; return counts per outcome."""
        counts: dict[str, int] = {}
        now = time.time()
        for file in sorted(p for p in self.path.iterdir() if p.is_file() and p.suffix.lower() in ACCEPTED):
            if now - file.stat().st_mtime < SETTLE_SECONDS:
                continue
            status = self._one(file)
            counts[status] = counts.get(status, 0) + 1
        return counts

    def _one(self, file: Path) -> str:
        try:
            status = self.handler(file.read_bytes(), file.name)
        except Exception:
            # The service layer could not even store it (e.g. database down): leave it for the next scan.
            log.exception("drop folder: %s left in place", file.name)
            return "retry"
        target = "quarantine" if status == "quarantined" else "processed"
        shutil.move(str(file), str(self.path / target / f"{int(time.time())}-{file.name}"))
        return status

    def run_forever(self, stop: threading.Event) -> None:
        """Scan every `interval` seconds until `stop` is set."""
        while not stop.is_set():
            try:
                self.scan_once()
            except OSError:
                log.exception("drop folder scan failed")
            stop.wait(self.interval)
