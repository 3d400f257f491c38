"""Which catalogue keys the code uses: literal keys and the keys f-strings build."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from model.refusal import sentence_code

REPO = Path(__file__).resolve().parents[3]
#: where texts are looked up; the catalogues themselves are not uses
CODE_DIRS = ("tui", "model", "export", "sync")


def code_files(*folders: str) -> list[Path]:
    """The project's Python files (catalogues too: their dicts are skipped when read)."""
    return sorted(p for folder in folders or CODE_DIRS for p in (REPO / folder).rglob("*.py"))


def _catalogue_constants(tree: ast.AST) -> set[int]:
    """The ids of the string constants inside catalogue dicts (str keys, str values):
    a catalogue's own keys and sentences are not uses."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict) and node.keys:
            pairs = list(zip(node.keys, node.values, strict=True))
            if all(
                isinstance(k, ast.Constant)
                and isinstance(k.value, str)
                and isinstance(v, ast.Constant)
                and isinstance(v.value, str)
                for k, v in pairs
            ):
                skipped.update(id(n) for pair in pairs for n in pair)
    return skipped


class Uses:
    """The string literals, identifiers and f-string patterns of the code."""

    def __init__(self) -> None:
        self.literals: set[str] = set()
        self.words: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        for path in code_files():
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skipped = _catalogue_constants(tree)
            for node in ast.walk(tree):
                if id(node) in skipped:
                    continue
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    self.literals.add(node.value)
                    self.words.update(re.findall(r"[\w-]+", node.value))
                    # a sentence used as a code ("no such item" -> "no_such_item")
                    self.words.add(re.sub(r"[^a-z]+", "_", node.value.lower()).strip("_"))
                    self.words.add(sentence_code(node.value))  # "{n} elected to {seats} seats"
                elif isinstance(node, ast.Name):
                    self.words.add(node.id)
                elif isinstance(node, ast.Attribute):
                    self.words.add(node.attr)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    self.words.add(node.name)
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    self.words.add(node.target.id)
                elif isinstance(node, ast.JoinedStr):
                    pattern = self._pattern(node)
                    if pattern is not None:
                        self.patterns.append(pattern)

    @staticmethod
    def _pattern(node: ast.JoinedStr) -> re.Pattern[str] | None:
        parts: list[str] = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(re.escape(str(value.value)))
            else:
                parts.append(r"([\w-]+)")
        text = "".join(parts)
        if not re.match(r"^[a-z_]+(\\\.|_)", text):  # only things shaped like a key
            return None
        return re.compile(text + "$")

    def uses(self, key: str) -> bool:
        base = key.split("|", 1)[0]
        if base in self.literals:
            return True
        for pattern in self.patterns:
            match = pattern.match(base)
            if match and all(group in self.words for group in match.groups()):
                return True
        return False
