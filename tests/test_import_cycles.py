"""No import cycle between the modules of reviewer/ (import-linter's layers cannot see one inside a package).

A cycle hidden by an import inside a function still counts: grimp reads every import statement. Imports
under ``if TYPE_CHECKING:`` do not run, so they are left out.
"""

from __future__ import annotations

import grimp

# Cycles known and left to their owner, each to delete once broken (the test then fails on any new one):
# vault.store <-> vault.schema (schema._reference imports store.SCHEMA inside a function; trust branch).
KNOWN = {frozenset({"reviewer.vault.schema", "reviewer.vault.store"})}


def import_cycles(package: str) -> list[set[str]]:
    """Every set of modules of ``package`` that import each other in a loop (strongly connected components
    of more than one module, or a module importing itself)."""
    graph = grimp.build_graph(package, exclude_type_checking_imports=True)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        # Iterative Tarjan: the module graph is deep enough to make recursion fragile.
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.find_modules_directly_imported_by(node):
                    found.append(component)
    return found


def test_the_checker_finds_a_cycle(tmp_path, monkeypatch):
    package = tmp_path / "loopy"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from loopy import b\n")
    (package / "b.py").write_text("from loopy import a\n")
    (package / "c.py").write_text("from loopy import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles("loopy") == [{"loopy.a", "loopy.b"}]


def test_no_import_cycle_in_reviewer():
    cycles = [cycle for cycle in import_cycles("reviewer") if frozenset(cycle) not in KNOWN]
    assert cycles == []
