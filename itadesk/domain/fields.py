"""Fields declared once, in the domain's dataclasses, with the titles the exchange files give them.

A field with titles (see `titled`) is part of what the store, the exchange document and the workbook hold; the
table, the document part and the workbook's columns are derived from these declarations.
"""

from dataclasses import MISSING, Field, field, fields
from typing import Any, NamedTuple


class Described(NamedTuple):
    name: str
    type: Any
    default: Any  # dataclasses.MISSING when the field must be given
    default_factory: Any  # dataclasses.MISSING unless the default is made anew each time
    title_th: str  # the column or item title of the workbook (the file's format: always Thai)
    title_en: str

    @property
    def required(self) -> bool:
        return self.default is MISSING and self.default_factory is MISSING


def titled(title_th: str, title_en: str, default: Any = MISSING) -> Any:
    """A dataclass field that the store, the exchange document and the workbook hold, under these titles."""
    return field(default=default, metadata={"title_th": title_th, "title_en": title_en})


def described(cls: type) -> tuple[Described, ...]:
    """The titled fields of a dataclass, in declaration order."""
    return tuple(_described(f) for f in fields(cls) if "title_th" in f.metadata)


def _described(f: Field) -> Described:
    return Described(f.name, f.type, f.default, f.default_factory, f.metadata["title_th"], f.metadata["title_en"])
