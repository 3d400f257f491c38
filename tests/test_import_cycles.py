"""No import circle among our own modules: a module's imports (at the top, or inside a
function, which runs later but is a dependency all the same) never lead back to it.

Imports under ``if TYPE_CHECKING:`` are left out: they never run, and a screen naming
the type of the screen it works for is not a circle at run time.
Inside ``tui/`` they count too (``test_no_circle_even_for_types``): screens are typed
against the protocols of tui/host.py, never against the app or the screen that opens them.

``KNOWN`` lists the circles still there when this test was written, each with who
removes it. A circle found must lie inside one of them: any new circle, or one that
grows, fails. Remove an entry once its circle is gone.
"""

from __future__ import annotations

import grimp

ROOTS = ("model", "sync", "export", "tui")

KNOWN: list[frozenset[str]] = [  # none left: a circle found fails
]


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


def test_no_new_import_circle() -> None:
    graph = grimp.build_graph(*ROOTS, exclude_type_checking_imports=True)
    new = [sorted(group) for group in circles(graph) if not any(group <= k for k in KNOWN)]
    assert new == [], f"import circles: {new}"


def test_no_circle_even_for_types() -> None:
    # no cache: grimp 3.x keeps one mtime file per package for both settings of
    # exclude_type_checking_imports, so after the other test's build the cache of this
    # one looks fresh while it still holds the imports as they were before an edit
    graph = grimp.build_graph(*ROOTS, exclude_type_checking_imports=False, cache_dir=None)
    in_tui = [
        sorted(group)
        for group in circles(graph)
        if all(module.startswith("tui.") for module in group)
    ]
    assert in_tui == [], f"import circles in tui/, counting type-only imports: {in_tui}"
