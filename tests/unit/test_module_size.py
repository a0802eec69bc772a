"""Modules and functions stay small (issue 13, item 9): a module of lapor_desktop over about 600
lines, or a function over about 80, is split by job rather than grown. The test prints the ten
largest modules (``pytest -s``). Those still over a limit are listed below with their size when
this test was written: each may shrink, none may grow; take one off its list once it is split
(the test prints which ones are back under the limit)."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "lapor_desktop"
MODULE_LIMIT = 600  # lines
FUNCTION_LIMIT = 80  # lines, decorators not counted

# modules still over the limit (none since 2 Dec 2026; the test keeps the mechanism)
MODULES_OVER: dict[str, int] = {}

# functions still over the limit (none since 2 Dec 2026; the test keeps the mechanism)
FUNCTIONS_OVER: dict[str, int] = {}

# Alembic revisions are left out of the function limit (not of the module limit). A released
# revision is the record of what the desks and hubs in the field were built with, and is not
# edited afterwards: a slip in a rewrite (an index or constraint lost, a column's type changed)
# would make a new install differ from the databases made with the old text, silently. Their long
# upgrade() is a flat list of generated DDL, one table after another, not several jobs in one
# function; a new revision is small and says what it changes.
MIGRATIONS = ("store/migrations/versions/", "hub/migrations/versions/")


def _modules() -> dict[str, Path]:
    return {p.relative_to(PKG).as_posix(): p for p in sorted(PKG.rglob("*.py"))}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _functions(rel: str, path: Path) -> dict[str, int]:
    out: dict[str, int] = {}

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                out[f"{rel}:{name}"] = child.end_lineno - child.lineno + 1
                walk(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                walk(child, prefix + child.name + ".")
            else:
                walk(child, prefix)

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return out


def test_no_module_over_the_limit():
    sizes = {rel: _lines(p) for rel, p in _modules().items()}
    top = sorted(sizes.items(), key=lambda kv: -kv[1])[:10]
    print("\nthe ten largest modules of lapor_desktop (lines):")
    for rel, n in top:
        print(f"  {n:5d}  {rel}{'  (listed as still over the limit)' if rel in MODULES_OVER else ''}")
    over = {rel: n for rel, n in sizes.items() if n > MODULE_LIMIT}
    new = {rel: n for rel, n in over.items() if rel not in MODULES_OVER}
    assert not new, f"over {MODULE_LIMIT} lines: {new}; split the module by job"
    grown = {rel: (n, MODULES_OVER[rel]) for rel, n in over.items() if n > MODULES_OVER[rel]}
    assert not grown, f"grown past their listed size (now, listed): {grown}; split rather than grow"
    done = sorted(rel for rel in MODULES_OVER if sizes.get(rel, 0) <= MODULE_LIMIT)
    if done:
        print(f"now within {MODULE_LIMIT} lines (or gone), to take off MODULES_OVER: {done}")


def test_no_function_over_the_limit():
    sizes: dict[str, int] = {}
    for rel, p in _modules().items():
        if not rel.startswith(MIGRATIONS):
            sizes.update(_functions(rel, p))
    over = {name: n for name, n in sizes.items() if n > FUNCTION_LIMIT}
    new = {name: n for name, n in over.items() if name not in FUNCTIONS_OVER}
    assert not new, f"functions over {FUNCTION_LIMIT} lines: {new}; cut them by step"
    grown = {name: (n, FUNCTIONS_OVER[name]) for name, n in over.items() if n > FUNCTIONS_OVER[name]}
    assert not grown, f"grown past their listed size (now, listed): {grown}"
    done = sorted(name for name in FUNCTIONS_OVER if sizes.get(name, 0) <= FUNCTION_LIMIT)
    if done:
        print(f"now within {FUNCTION_LIMIT} lines (or gone), to take off FUNCTIONS_OVER: {done}")
