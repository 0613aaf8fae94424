"""The folder tree is the architecture: layer rules, no import loops, modules of readable size,
and no side effects at import time."""

from __future__ import annotations

import importlib
import pkgutil
import threading
from pathlib import Path

import grimp
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]
DATA_TABLES = {"assistant/safety/redflags.py"}
"""Pure data tables may be longer than 300 lines."""
RASA_PLUGINS = {"assistant.dialogue.nlu_components", "assistant.dialogue.sub_answers"}
"""Importing a Rasa plug-in imports Rasa and TensorFlow, whose import has effects of its own."""


def test_the_import_linter_contracts_hold() -> None:
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_there_are_no_import_loops() -> None:
    graph = grimp.build_graph("assistant", "actions")
    assert len(graph.modules) > 40
    assert cycles(graph) == []


def test_cycle_finder_can_fail() -> None:
    graph = grimp.ImportGraph()
    for m in ("a", "b", "c"):
        graph.add_module(m)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="a")
    graph.add_import(importer="b", imported="c")
    assert cycles(graph) == [["a", "b"]]


def test_every_module_reads_in_one_sitting() -> None:
    long = []
    for path in sorted([*ROOT.glob("assistant/**/*.py"), *ROOT.glob("actions/*.py")]):
        rel = str(path.relative_to(ROOT))
        if rel not in DATA_TABLES and len(path.read_text().splitlines()) > 300:
            long.append(rel)
    assert long == []


def test_importing_has_no_side_effects(tmp_path: Path, monkeypatch) -> None:
    """Importing every module starts no thread and writes no file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    threads = set(threading.enumerate())
    import assistant

    names = [m.name for m in pkgutil.walk_packages(assistant.__path__, "assistant.")
             if not m.name.endswith("__main__") and m.name not in RASA_PLUGINS]
    for name in names:
        importlib.import_module(name)
    assert set(threading.enumerate()) == threads
    assert list(tmp_path.iterdir()) == []
