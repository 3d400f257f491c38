"""No import circle among our own modules: a module's imports (at the top, inside a
function, which runs later, or under ``if TYPE_CHECKING:``, which never runs) never lead
back to it.

An import only for annotations is a dependency all the same: the module cannot be read,
or type-checked, without the one it names. So the graph is checked twice, without those
imports (what runs) and with them, and any circle fails either way. In ``tui/`` the
screens are typed against the protocols of tui/host.py, never against the app or the
screen that opens them: the app imports the screens, no screen imports the app.
"""

from __future__ import annotations

import grimp

ROOTS = ("model", "sync", "export", "tui")

# the graphs are built afresh (cache_dir=None): grimp's cache, keyed by file times, once
# answered with the imports of files just rewritten by a checkout, and the check is cheap


def circles(graph: grimp.ImportGraph) -> list[set[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[set[str]] = []
    counter = 0
    for start in sorted(graph.modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(group)
    return found


def test_circles_finds_a_circle() -> None:
    graph = grimp.ImportGraph()
    for name in ("a", "a.b", "a.c", "a.d"):
        graph.add_module(name)
    graph.add_import(importer="a.b", imported="a.c")
    graph.add_import(importer="a.c", imported="a.b")
    graph.add_import(importer="a.d", imported="a.b")
    assert circles(graph) == [{"a.b", "a.c"}]


def test_no_import_circle_at_run_time() -> None:
    graph = grimp.build_graph(*ROOTS, exclude_type_checking_imports=True, cache_dir=None)
    found = [sorted(group) for group in circles(graph)]
    assert found == [], f"import circles: {found}"


def test_no_import_circle_with_type_checking_imports() -> None:
    graph = grimp.build_graph(*ROOTS, exclude_type_checking_imports=False, cache_dir=None)
    found = [sorted(group) for group in circles(graph)]
    assert found == [], f"import circles (counting imports under TYPE_CHECKING): {found}"
