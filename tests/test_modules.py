"""The project's modules, read as source."""

import ast
from collections import Counter
from pathlib import Path

import pytest

CRAWLER = Path(__file__).resolve().parents[1] / "crawler"


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize(
    "path", sorted(CRAWLER.rglob("*.py")), ids=lambda p: str(p.relative_to(CRAWLER))
)
def test_no_module_binds_a_name_twice(path):
    """A second regex of the same name shadows the first for every function that reads it,
    the first's included (a count's regex in extraction, a zone's in fields/dates did so)."""
    names = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [name for name, n in names.items() if n > 1]
