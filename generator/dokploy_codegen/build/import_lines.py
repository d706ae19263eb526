"""The import lines a generated module needs, from the names its rendered code uses.

openapi-python-client's templates import everything a module might need and leave the rest
to ruff's fix pass (unused imports, order, typing-only imports), which re-lints each module
after every fix and took ~2/3 of ruff's time. The Dokploy templates render a module's code
first and then import what that code names, sorted as ruff's isort sorts; ruff still lints
every module and fixes any it flags (:mod:`.formatting`), so a miss here costs time, never
correctness.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FROM_IMPORT = re.compile(r"from (\.*[\w.]*) import (\w+)(?: as (\w+))?")
_FROM_IMPORTS = re.compile(r"from (\.*[\w.]*) import (.+)")
_DIGITS = re.compile(r"(\d+)")
# A string is no use of a name, except the type a cast() names (ruff reads that one). The
# pattern starts at the quote (a leading optional "cast(" made the scanner try it everywhere).
_STRING = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"')
LAZY_MARK = "# noqa: PLC0415"  # how the templates mark an import inside a function
_LAZY_LINE = re.compile(rf"^.*{re.escape(LAZY_MARK)}.*$", re.MULTILINE)
_COMMENT = re.compile(r"#[^\n]*")
_ATTRIBUTE_OR_CALL = re.compile(r"(?<![\w.])([A-Z]\w*)\s*[.(]")
_ISINSTANCE = re.compile(r"isinstance\(([^()]*)\)")
_LINE_LENGTH = 120


def names_in(code: str) -> frozenset[str]:
    """Every identifier ``code`` mentions outside strings and lazy-import lines (which bind)."""
    return frozenset(_IDENTIFIER.findall(_code_of(code)))


def _code_of(code: str) -> str:
    """``code`` without its lazy-import lines, strings (but a cast's type) and comments."""
    if LAZY_MARK in code:
        code = _LAZY_LINE.sub("", code)
    code = _STRING.sub(_blank_unless_cast, code)
    return _COMMENT.sub("", code) if "#" in code else code


def _blank_unless_cast(string: re.Match[str]) -> str:
    return string.group(0) if string.string.endswith("cast(", 0, string.start()) else '""'


def rebound_in(code: str) -> frozenset[str]:
    """Names ``code`` imports lazily itself: an enclosing import of them is not what it uses."""
    names = set()
    for line in _LAZY_LINE.findall(code) if LAZY_MARK in code else ():
        statement = line.split("#", 1)[0].strip().rstrip(",")
        names.add(_bound(statement) if " import " in statement else statement.split(" as ")[-1])
    return frozenset(names)


def used(
    imports: Iterable[str],
    names: frozenset[str] | str,
    within: str = "",
    nested: bool = False,
    lazy: bool = False,
    indent: str = "",
) -> list[str]:
    """The statements importing what ``names`` (or the code) uses, from the ``from m import n``
    lines among ``imports`` that start with ``within``; sorted, a statement per module.
    ``nested``: the imports enclose the code, which may import a name again for itself.
    ``lazy``: statements inside a function, marked as such; ``indent``: of the statements."""
    candidates = [line.strip() for line in imports]
    candidates = [line for line in candidates if line.startswith(within)]
    if not candidates:  # most properties import nothing: no need to read their code
        return []
    if isinstance(names, str):
        names = names_in(names) - rebound_in(names) if nested else names_in(names)
    kept = {line for line in candidates if _bound(line) in names}
    return statements(kept, lazy, indent)


def block(imports: Iterable[str], indent: str = "") -> str:
    """``from m import n`` lines as one isort block: a statement per module, modules and names
    in ruff's order (furthest relative first, natural case-insensitive; constants, classes,
    then the rest)."""
    return "\n".join(statements(imports, indent=indent))


def statements(imports: Iterable[str], lazy: bool = False, indent: str = "") -> list[str]:
    """``from m import n`` lines as sorted statements (see :func:`block`); ``lazy``: marked as
    imports inside a function, where ruff puts the mark (on the name when wrapped)."""
    modules: dict[str, set[str]] = {}
    for line in imports:
        match = _FROM_IMPORT.fullmatch(line.strip().removesuffix(LAZY_MARK).strip())
        if match is None:
            raise ValueError(f"not a from-import line: {line!r}")
        module, name, alias = match.groups()
        modules.setdefault(module, set()).add(f"{name} as {alias}" if alias else name)
    result: list[str] = []
    for module in sorted(modules, key=_module_key):
        plain = sorted((name for name in modules[module] if " as " not in name), key=_member_key)
        aliased = sorted((name for name in modules[module] if " as " in name), key=_member_key)
        # ruff keeps each ``name as alias`` a statement of its own (combine-as-imports is off)
        groups = ([plain] if plain else []) + [[name] for name in aliased]
        result.extend(_statement(module, names, lazy, indent) for names in groups)
    return result


def _statement(module: str, names: list[str], lazy: bool, indent: str) -> str:
    one_line = f"{indent}from {module} import {', '.join(names)}"
    if lazy:  # wrapped, if need be, once its column is known (wrap_lazy_imports)
        return f"{one_line}  {LAZY_MARK}"
    if len(one_line) <= _LINE_LENGTH:
        return one_line
    members = "".join(f"{indent}    {name},\n" for name in names)
    return f"{indent}from {module} import (\n{members}{indent})"


def members(names: Iterable[str]) -> str:
    """Names of one ``from`` statement, in ruff's order."""
    return ", ".join(sorted(set(names), key=_member_key))


def _bound(line: str) -> str:
    match = _FROM_IMPORT.fullmatch(line.removesuffix(LAZY_MARK).strip())
    if match is None:
        raise ValueError(f"not a from-import line: {line!r}")
    return match.group(3) or match.group(2)


def _natural(text: str) -> tuple[object, ...]:
    return tuple(int(part) if part.isdigit() else part.lower() for part in _DIGITS.split(text))


def _module_key(module: str) -> tuple[object, ...]:
    dots = len(module) - len(module.lstrip("."))
    return (-dots, _natural(module.lstrip(".")))


def _member_key(name: str) -> tuple[object, ...]:
    bare = name.split(" as ", 1)[0]
    kind = 0 if len(bare) > 1 and bare.isupper() else 1 if bare[:1].isupper() else 2
    return (kind, _natural(bare))


def wrap_lazy_imports(module: str) -> str:
    """Lazy imports longer than a line, wrapped as ruff's isort wraps them (the mark on the
    name), now that the rendered module shows their column."""
    if LAZY_MARK not in module:
        return module
    lines = module.split("\n")
    for index, line in enumerate(lines):
        if LAZY_MARK in line and len(line.split("  " + LAZY_MARK, 1)[0]) > _LINE_LENGTH:
            match = _FROM_IMPORT.fullmatch(line.split("  " + LAZY_MARK, 1)[0].strip())
            if match and not match.group(3):
                indent = line[: len(line) - len(line.lstrip())]
                lines[index] = (
                    f"{indent}from {match.group(1)} import (\n"
                    f"{indent}    {match.group(2)},  {LAZY_MARK}\n{indent})"
                )
    return "\n".join(lines)


def header(imports: Iterable[str], code: str) -> str:
    """The import block of a module whose body is ``code``, from candidate import lines (the
    standard library's and the package's own, ``from m import a, b`` or ``import m``): what
    the code uses, with the package's names only annotations need under ``TYPE_CHECKING``
    (ruff's TC001, non-strict: a module with a runtime use stays whole)."""
    runtime_code = _code_of(code)
    names, rebound = frozenset(_IDENTIFIER.findall(runtime_code)), rebound_in(code)
    classes_at_runtime = set(_ATTRIBUTE_OR_CALL.findall(runtime_code)) - rebound
    for checked in _ISINSTANCE.findall(runtime_code):
        classes_at_runtime.update(_IDENTIFIER.findall(checked))
    straight: set[str] = set()
    modules: dict[str, set[str]] = {}
    for line in imports:
        line = line.split("#", 1)[0].strip()
        if line.startswith("import "):
            if line.removeprefix("import ").strip() in names:
                straight.add(line)
            continue
        match = _FROM_IMPORTS.fullmatch(line)
        if match is None:
            raise ValueError(f"not an import line: {line!r}")
        for member in match.group(2).split(","):
            if member.strip().split(" as ")[-1] in names:
                modules.setdefault(match.group(1), set()).add(member.strip())
    standard, local, typing_only = [], [], []
    for module, members_ in modules.items():
        lines = [f"from {module} import {member}" for member in members_]
        if not module.startswith("."):
            standard.extend(lines)
        elif any(_runtime_use(member.split(" as ")[-1], classes_at_runtime, rebound) for member in members_):
            local.extend(lines)
        else:
            typing_only.extend(lines)
    if typing_only:
        standard.append("from typing import TYPE_CHECKING")
    sections = [
        "\n".join([*sorted(straight, key=_natural), *statements(standard)]),
        "\n".join(statements(local)),
    ]
    if typing_only:
        sections.append("if TYPE_CHECKING:\n" + "\n".join(statements(typing_only, indent="    ")))
    return "\n\n".join(section for section in sections if section)


def _runtime_use(name: str, classes_at_runtime: set[str], rebound: frozenset[str]) -> bool:
    """Whether the code needs ``name`` when it runs: any use of a value; of a class, an
    attribute, a call or an ``isinstance``; not when the code imports it itself."""
    if name in rebound:
        return False
    if not name[:1].isupper() or (len(name) > 1 and name.isupper()):
        return True
    return name in classes_at_runtime
