"""The layers in docs/architecture.md, enforced: imports point downwards only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "intake"

# Which intake packages each package may import (besides itself). Anything not named is
# forbidden. `cli` and `ui` sit on top.
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "forms": {"domain"},
    "interview": {"domain", "forms"},
    "store": {"domain"},
    "paper": {"domain", "forms", "interview"},
    "returns": {"domain", "forms"},
    "app": {"domain", "forms", "interview", "store", "paper", "returns"},
    "ui": {"domain", "forms", "interview", "app", "paper", "returns"},
    "selftest": {"domain", "forms", "interview", "app", "paper", "returns"},
    "cli": {"domain", "forms", "interview", "app", "paper", "returns", "store", "ui", "selftest"},
}
TOP_LEVEL_MODULES = {"paths", "lazy", "__init__"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _package_of(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_downwards(path: Path) -> None:
    package = _package_of(path)
    for module in _imports(path):
        top = module.split(".")[0]
        if top == "PySide6" or top == "shiboken6":
            assert package == "ui", f"{path}: only intake.ui may import PySide6"
        if top == "sqlcipher3":
            assert package == "store", f"{path}: only intake.store may import sqlcipher3"
        if top == "intake" and module.count(".") >= 1:
            target = module.split(".")[1]
            if target in TOP_LEVEL_MODULES or target == package or package in TOP_LEVEL_MODULES:
                continue
            allowed = ALLOWED.get(package, set())
            assert target in allowed, f"{path}: intake.{package} must not import intake.{target}"


def test_the_rule_catches_a_bad_import(tmp_path: Path) -> None:
    """The checker itself sees both kinds of import statement."""
    bad = tmp_path / "x.py"
    bad.write_text("import PySide6.QtCore\nfrom sqlcipher3 import dbapi2\n", encoding="utf-8")
    assert {"PySide6.QtCore", "sqlcipher3"} <= _imports(bad)


def test_every_package_is_known() -> None:
    packages = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages <= set(ALLOWED), packages - set(ALLOWED)
