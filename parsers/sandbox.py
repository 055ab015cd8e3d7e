"""Run a parser on untrusted bytes in a child process with a time limit and a memory cap."""
from __future__ import annotations

import importlib
import multiprocessing as mp
import resource
from typing import Any


class SandboxError(RuntimeError):
    """The isolated call failed: timeout, memory, crash or an exception inside the child."""


def _resolve(func_name: str):
    """'package.module:function' or 'package.module.function' to the callable."""
    module, _, attr = func_name.rpartition(":") if ":" in func_name else func_name.rpartition(".")
    return getattr(importlib.import_module(module), attr)


def _address_space() -> int:
    """Bytes of virtual memory this process already maps (0 when unknown)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _cap(mem_mb: int, cpu_s: float) -> None:
    """Limit the child's memory growth and CPU time.

    A forked child already maps the parent's address space (a worker with NLP models loaded maps
    gigabytes), so the cap is what it maps now plus mem_mb of headroom.
    """
    limit = _address_space() + mem_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cpu = int(cpu_s) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


def _child(conn, func_name: str, data: bytes, mem_mb: int, cpu_s: float, args: tuple) -> None:
    """Child body: cap memory and CPU, run the function, send ('ok', result) or ('error', message)."""
    try:
        _cap(mem_mb, cpu_s)
        result = ("ok", _resolve(func_name)(data, *args))
    except MemoryError:
        result = ("error", f"memory limit of {mem_mb} MB exceeded")
    except BaseException as exc:  # noqa: BLE001 - anything the parser raises is reported, not propagated
        result = ("error", f"{type(exc).__name__}: {exc}"[:500])
    try:
        conn.send(result)
    except Exception as exc:  # noqa: BLE001 - unpicklable result
        conn.send(("error", f"result not transferable: {exc}"))
    finally:
        conn.close()


def _context():
    """fork where available: the child inherits imported pdfplumber, so each call costs milliseconds."""
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def run_isolated(func_name: str, data: bytes, *args: Any, timeout: float = 20.0, mem_mb: int = 768) -> Any:
    """Call func_name(data, *args) in a child process; raise SandboxError on timeout, OOM or failure."""
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, func_name, data, mem_mb, timeout, args), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise SandboxError(f"timed out after {timeout:g} s")
        status, value = parent.recv()
    except EOFError:
        raise SandboxError("child died without answering (killed or crashed)") from None
    finally:
        parent.close()
        if proc.is_alive():
            proc.kill()
        proc.join(1)
    if status != "ok":
        raise SandboxError(value)
    return value

