"""The layout is the data flow: import rules read from the source with ``ast``.

- The store imports no reader, no NLP, no scaling and no face.
- NLP never imports the readers.
- Only the faces (cli/, api/, web/) import typer, rich, FastAPI, Starlette or Jinja,
  and nothing outside the faces imports a face.
- No import cycles between modules; no module over 500 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "detente"
FACES = ("detente.cli", "detente.api", "detente.web")
FACE_LIBRARIES = ("typer", "rich", "fastapi", "starlette", "jinja2", "uvicorn")
FORBIDDEN = {
    "detente.store": ("detente.ingest", "detente.nlp", "detente.scale", "detente.pipeline"),
    "detente.nlp": ("detente.ingest", "detente.store", "detente.scale", "detente.pipeline"),
    "detente.relations": ("detente.ingest", "detente.nlp", "detente.store", "detente.scale"),
}
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """Every module ``name`` imports, at the top or inside a function."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            # ``from detente.nlp import pipeline`` imports the module detente.nlp.pipeline;
            # any other name comes from ``base`` itself.
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in MODULES else base)
    return found


def within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def test_the_tree_is_read():
    assert {"detente.store.store", "detente.pipeline", "detente.cli.main"} <= set(MODULES)


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_stages_import_nothing_after_them_or_beside_them(stage):
    crossings = [
        (name, imported)
        for name in MODULES
        if within(name, (stage,))
        for imported in sorted(imports_of(name))
        if within(imported, FORBIDDEN[stage] + FACES)
    ]
    assert crossings == []


def test_only_the_faces_import_terminal_and_web_libraries_or_a_face():
    crossings = [
        (name, imported)
        for name in MODULES
        if not within(name, FACES)
        for imported in sorted(imports_of(name))
        if within(imported, FACE_LIBRARIES + FACES)
    ]
    assert crossings == []


def test_there_are_no_import_cycles():
    graph = {name: {i for i in imports_of(name) if i in MODULES} for name in MODULES}
    cycles = [cycle for cycle in map(lambda start: _cycle_from(start, graph), graph) if cycle]
    assert cycles == []


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    """A path of imports from ``start`` back to itself, if there is one (depth first)."""
    stack, seen = [(start, [start])], set()
    while stack:
        name, path = stack.pop()
        for imported in sorted(graph[name]):
            if imported == start:
                return [*path, start]
            if imported not in seen:
                seen.add(imported)
                stack.append((imported, [*path, imported]))
    return None


def test_no_module_is_over_the_line_limit():
    over = {
        name
        for name, path in MODULES.items()
        if len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES
    }
    assert over == set()


def test_the_rules_catch_a_crossing(tmp_path):
    """The reader of imports sees function-level and relative imports (it can fail)."""
    source = "def f():\n    from ..nlp import pipeline\n    import rich.console\n"
    tree = ast.parse(source)
    kinds = {type(node).__name__ for node in ast.walk(tree)}
    assert {"Import", "ImportFrom"} <= kinds
    MODULES["detente.store.probe"] = tmp_path / "probe.py"
    MODULES["detente.store.probe"].write_text(source)
    try:
        assert imports_of("detente.store.probe") >= {"detente.nlp.pipeline", "rich.console"}
    finally:
        del MODULES["detente.store.probe"]
