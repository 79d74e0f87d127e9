"""The bundled Sarabun font files (SIL Open Font License 1.1, licence in resources/fonts/OFL.txt)."""

from pathlib import Path

from itadesk.paths import resources_dir

FAMILY = "Sarabun"
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_path(style: str = "Regular") -> Path:
    """The TTF file of one style; found beside the program, so it also works in a frozen build."""
    if style not in STYLES:
        raise ValueError(f"no Sarabun style {style!r}; styles: {', '.join(STYLES)}")
    return fonts_dir() / f"{FAMILY}-{style}.ttf"


def licence_path() -> Path:
    return fonts_dir() / "OFL.txt"
