"""The design card's rules, checked on the source: edges apart, a pure domain, documented settings."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from core.config import Settings

ROOT = Path(__file__).resolve().parents[1]
EDGES = ("bot", "parsers", "nlp", "webhooks")
PURE = ("core/domain", "core/planning")
IMPURE_LIBS = {"sqlmodel", "sqlalchemy", "telegram", "fastapi", "httpx", "imapclient", "requests", "socket",
               "subprocess", "tandem"} | set(EDGES)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _files(folder: str):
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("edge", EDGES)
def test_edges_do_not_import_each_other_or_the_wiring(edge):
    for path in _files(edge):
        wrong = _imports(path) & (set(EDGES) - {edge} | {"tandem"})
        assert not wrong, f"{path.relative_to(ROOT)} imports {wrong}"


@pytest.mark.parametrize("folder", PURE)
def test_domain_and_planning_are_pure(folder):
    for path in _files(folder):
        wrong = _imports(path) & IMPURE_LIBS
        assert not wrong, f"{path.relative_to(ROOT)} imports {wrong}"


def test_core_never_imports_edges():
    for path in _files("core"):
        wrong = _imports(path) & (set(EDGES) | {"tandem"})
        assert not wrong, f"{path.relative_to(ROOT)} imports {wrong}"


def test_every_setting_is_documented_in_env_example():
    documented = {line.split("=")[0].strip().lower() for line in (ROOT / ".env.example").read_text().splitlines()
                  if "=" in line and not line.startswith("#")}
    assert set(Settings.model_fields) <= documented


def test_docker_compose_is_valid():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert {"db", "app"} <= set(compose["services"])
    app = compose["services"]["app"]
    assert app["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    assert (ROOT / app["build"] / "Dockerfile").is_file()
