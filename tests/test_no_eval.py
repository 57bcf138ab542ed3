"""No learner text is ever evaluated: an audit of the package source.

Text becomes numbers through a fixed pattern (symntk.values) and formulas
through explicit grammars, never through Python's or SymPy's evaluators. The
audit walks the syntax tree of every module: calls of eval/exec/compile/
__import__, ``parse_expr``, ``S("…")`` and ``sympify`` without ``strict=True``
(which refuses strings) are errors, and so is ``subprocess`` with ``shell=True``
or ``os.system``.
"""

import ast

from conftest import ROOT

PACKAGE = ROOT / "symntk"
FORBIDDEN_NAMES = {"eval", "exec", "compile", "__import__", "parse_expr", "sympify", "S"}
FORBIDDEN_ATTRS = {"parse_expr", "sympify", "S", "system", "popen", "parse_latex"}
# sympify without strict=True in code other branches own, today only on engine values; each should
# become strict=True (tests/test_latex_safety.py::test_no_render_filter_executes_text shows why).
KNOWN = {("symntk/render/mathtext.py", "sympify"), ("symntk/render/drawing.py", "sympify"),
         ("symntk/check/render.py", "sympify"), ("symntk/numeric/compile.py", "sympify")}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _strict(call: ast.Call) -> bool:
    return any(k.arg == "strict" and isinstance(k.value, ast.Constant) and k.value.value is True
               for k in call.keywords)


def findings(package=PACKAGE) -> set[tuple[str, str, int]]:
    out = set()
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        rel = f"symntk/{path.relative_to(package).as_posix()}"
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            bad = False
            if isinstance(node.func, ast.Name) and name in FORBIDDEN_NAMES:
                bad = not (name == "sympify" and _strict(node))
            elif isinstance(node.func, ast.Attribute) and name in FORBIDDEN_ATTRS:
                bad = not (name == "sympify" and _strict(node))
            if name in ("run", "Popen", "call", "check_output", "check_call") and any(
                    k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                    for k in node.keywords):
                bad = True
            if bad:
                out.add((rel, name, node.lineno))
    return out


def test_no_evaluation_of_text_in_the_package():
    found = {(f, n, line) for f, n, line in findings() if (f, n) not in KNOWN}
    assert found == set(), "evaluators in the package source: " + ", ".join(f"{f}:{line} {n}(" for f, n, line in
                                                                           sorted(found))


def test_the_audit_finds_what_it_looks_for(tmp_path):
    """The audit itself can fail: planted eval/sympify/shell calls are found."""
    (tmp_path / "probe.py").write_text("import sympy, subprocess\nsympy.sympify(t)\neval(t)\n"
                                       "subprocess.run(t, shell=True)\nsympy.sympify(e, strict=True)\nS('x')\n")
    assert {(n, line) for _, n, line in findings(tmp_path)} == {("sympify", 2), ("eval", 3), ("run", 4), ("S", 6)}
