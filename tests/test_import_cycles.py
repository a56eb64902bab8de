"""No module of the project imports a module that imports it back.

A cycle works only while the import order happens to suit it, and an import moved into
a function to dodge one still counts here: it is the same cycle, met later. An import
counts for the most specific project module it names, as import-linter counts it:
`from articles.models import Article` is an edge to articles.models, and importing
a.b.c is not an edge to the package a.b.
"""

import ast
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "articles",
    "feedback",
    "media_library",
    "glossary",
    "pagecache",
    "portal",
    "sourcecheck",
    "staff",
    "subscriptions",
    "trials",
    "wordpress",
)

# module -> {imported module: line of the first such import}
Graph = dict[str, dict[str, int]]


def project_modules(root: Path, packages) -> dict[str, Path]:
    """Every module and package (migrations too) under these packages, by name."""
    modules = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def imported_names(path: Path, module: str):
    """(dotted name, line) of every import in the file, in functions and methods too."""
    is_package = path.name == "__init__.py"
    package = module.split(".") if is_package else module.split(".")[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            # `from . import x` in a.b.c is level 1: a.b; each extra dot one up.
            parent = package[: len(package) - node.level + 1] if node.level else []
            base = ".".join([*parent, *([node.module] if node.module else [])])
            for alias in node.names:
                name = base if alias.name == "*" else f"{base}.{alias.name}"
                yield name, node.lineno


def most_specific(name: str, modules) -> str | None:
    """The project module a dotted name stands in, or None outside the project."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        if (candidate := ".".join(parts[:end])) in modules:
            return candidate
    return None


def import_graph(root: Path, packages) -> tuple[Graph, dict[str, Path]]:
    modules = project_modules(root, packages)
    graph: Graph = {module: {} for module in modules}
    for module, path in modules.items():
        for name, line in imported_names(path, module):
            target = most_specific(name, modules)
            if target is not None and target != module:
                graph[module].setdefault(target, line)
    return graph, modules


def import_cycles(graph: Graph) -> list[tuple[str, ...]]:
    """The shortest cycle through each module that is on one; each cycle once."""
    cycles = set()
    for start in graph:
        cycle = _shortest_way_back(graph, start)
        if cycle:
            first = cycle.index(min(cycle))
            cycles.add(tuple(cycle[first:] + cycle[:first]))
    return sorted(cycles)


def _shortest_way_back(graph: Graph, start: str) -> list[str] | None:
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        module = queue.popleft()
        for target in graph[module]:
            if target == start:
                way = [module]
                while way[-1] != start:
                    way.append(came_from[way[-1]])
                return way[::-1]
            if target not in came_from:
                came_from[target] = module
                queue.append(target)
    return None


def describe(cycle: tuple[str, ...], graph: Graph, modules, root: Path) -> str:
    lines = [" -> ".join([*cycle, cycle[0]])]
    for module, target in zip(cycle, cycle[1:] + cycle[:1], strict=True):
        where = f"{modules[module].relative_to(root)}:{graph[module][target]}"
        lines.append(f"    {where} imports {target}")
    return "\n".join(lines)


def test_no_module_imports_a_module_that_imports_it_back():
    graph, modules = import_graph(ROOT, PACKAGES)

    cycles = import_cycles(graph)

    assert not cycles, "Import cycles (each module imports the next):\n" + "\n".join(
        describe(cycle, graph, modules, ROOT) for cycle in cycles
    )


def graph_of(tmp_path: Path, files: dict[str, str]) -> Graph:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return import_graph(tmp_path, ["app"])[0]


def test_a_cycle_through_a_package_and_a_function_import_is_found(tmp_path):
    graph = graph_of(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/models/__init__.py": "from .thing import Thing\n",
            "app/models/thing.py": "def later():\n    from app.services import act\n",
            "app/services.py": "from app.models import Thing\n",
        },
    )

    assert import_cycles(graph) == [("app.models", "app.models.thing", "app.services")]


def test_importing_a_submodule_is_no_edge_to_its_package(tmp_path):
    graph = graph_of(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/models/__init__.py": "from app.views import page\n",
            "app/models/thing.py": "",
            "app/views.py": "import app.models.thing\n",
        },
    )

    assert graph["app.views"] == {"app.models.thing": 1}
    assert import_cycles(graph) == []
