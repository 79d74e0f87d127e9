"""Reading and validating the per-year ITA rules files (resources/frameworks/ita-YYYY.toml)."""

import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from itadesk.domain.framework import Framework, Indicator, LevelRule, Tool
from itadesk.i18n import _

Score = Annotated[Decimal, Field(ge=0, le=100)]


class FrameworkError(ValueError):
    """A rules file that cannot be used; says which file, which line and what is wrong."""

    def __init__(self, path: Path, line: int | None, where: str, problem: str) -> None:
        self.path = path
        self.line = line
        self.where = where
        self.problem = problem
        place = f"{path.name}:{line}" if line else path.name
        super().__init__(f"{place}: {where}: {problem}" if where else f"{place}: {problem}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ToolSpec(_Strict):
    code: str = Field(min_length=1)
    name_th: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    weight: Annotated[Decimal, Field(gt=0, le=1)]


class _IndicatorSpec(_Strict):
    number: int = Field(ge=1)
    tool: str
    name_th: str = Field(min_length=1)
    name_en: str = Field(min_length=1)


class _LevelSpec(_Strict):
    name_th: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    min_overall: Score
    min_each_tool: Score | None = None


class _FrameworkSpec(_Strict):
    year: int = Field(ge=2500, le=2700)
    name_th: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    grading: Literal["levels", "grades"]
    overall_estimate_tolerance: Annotated[Decimal, Field(ge=0, le=100)]
    notes: list[str] = []
    tools: list[_ToolSpec] = Field(min_length=1)
    indicators: list[_IndicatorSpec] = Field(min_length=1)
    levels: list[_LevelSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "_FrameworkSpec":
        codes = [t.code for t in self.tools]
        for index, code in enumerate(codes):
            if codes.index(code) != index:
                raise _SpecProblem(("tools", index, "code"), _("tool code {code} appears twice").format(code=code))
        if sum(t.weight for t in self.tools) != 1:
            raise _SpecProblem(("tools",), _("tool weights must add up to 1"))
        for index, indicator in enumerate(self.indicators):
            if indicator.number != index + 1:
                raise _SpecProblem(
                    ("indicators", index, "number"),
                    _("indicators must be numbered 1, 2, 3 … in order; expected {expected}").format(expected=index + 1),
                )
            if indicator.tool not in codes:
                raise _SpecProblem(
                    ("indicators", index, "tool"),
                    _("unknown tool {tool}; the tools are {tools}").format(tool=indicator.tool, tools=", ".join(codes)),
                )
        for index, code in enumerate(codes):
            if not any(i.tool == code for i in self.indicators):
                raise _SpecProblem(("tools", index), _("tool {code} has no indicator").format(code=code))
        for index in range(1, len(self.levels)):
            if self.levels[index].min_overall > self.levels[index - 1].min_overall:
                raise _SpecProblem(("levels", index, "min_overall"), _("levels must be listed best first"))
        if self.levels[-1].min_overall != 0 or self.levels[-1].min_each_tool is not None:
            raise _SpecProblem(
                ("levels", len(self.levels) - 1),
                _("the last level must admit every score (min_overall = 0, no tool minimum)"),
            )
        return self


class _SpecProblem(ValueError):
    def __init__(self, location: tuple[str | int, ...], problem: str) -> None:
        super().__init__(problem)
        self.location = location
        self.problem = problem


def load_framework(path: Path) -> Framework:
    """Read one rules file; raise FrameworkError naming the line at fault."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FrameworkError(path, line, "", _("not UTF-8 text: {error}").format(error=error)) from None
    try:
        raw = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        raise FrameworkError(path, line, "", _("not valid TOML: {error}").format(error=error)) from None
    except RecursionError:  # tomllib recurses once per level of nesting
        raise FrameworkError(path, None, "", _("values are nested too deeply")) from None
    try:
        spec = _FrameworkSpec.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        location = tuple(first["loc"])
        problem = first["msg"]
        context = first.get("ctx", {}).get("error")
        if isinstance(context, _SpecProblem):
            location, problem = context.location, context.problem
        raise FrameworkError(path, locate_line(text, location), _dotted(location), problem) from None
    return _to_framework(spec)


def _to_framework(spec: _FrameworkSpec) -> Framework:
    return Framework(
        year=spec.year,
        name_th=spec.name_th,
        name_en=spec.name_en,
        grading=spec.grading,
        tools=tuple(Tool(t.code, t.name_th, t.name_en, t.weight) for t in spec.tools),
        indicators=tuple(Indicator(i.number, i.tool, i.name_th, i.name_en) for i in spec.indicators),
        levels=tuple(LevelRule(lv.name_th, lv.name_en, lv.min_overall, lv.min_each_tool) for lv in spec.levels),
        overall_estimate_tolerance=spec.overall_estimate_tolerance,
        notes=tuple(spec.notes),
    )


def _dotted(location: tuple[str | int, ...]) -> str:
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.]+)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_]+)\s*=")


def locate_line(text: str, location: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the value at `location` (as pydantic names it) in a rules file of this shape."""
    lines = text.splitlines()
    if not location:
        return None
    head = location[0]
    rest = location[1:]
    if isinstance(head, str) and rest and isinstance(rest[0], int):
        block_start = _nth_array_header(lines, head, rest[0])
        if block_start is None:
            return _first_header(lines, head)
        key = rest[1] if len(rest) > 1 and isinstance(rest[1], str) else None
        if key is None:
            return block_start + 1
        found = _key_in_block(lines, block_start + 1, key)
        return (found if found is not None else block_start) + 1
    found = _key_in_block(lines, 0, str(head))
    if found is not None:
        return found + 1
    header = _first_header(lines, str(head))
    return header


def _nth_array_header(lines: list[str], name: str, index: int) -> int | None:
    seen = -1
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if match and match.group(1) == "[[" and match.group(2) == name:
            seen += 1
            if seen == index:
                return number
    return None


def _first_header(lines: list[str], name: str) -> int | None:
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if match and match.group(2) == name:
            return number + 1
    return None


def _key_in_block(lines: list[str], start: int, key: str) -> int | None:
    for number in range(start, len(lines)):
        if _HEADER.match(lines[number]):
            return None
        match = _KEY.match(lines[number])
        if match and match.group(1) == key:
            return number
    return None
