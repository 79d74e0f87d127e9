"""The user guide for clerks: Thai (and English) text in resources/guide/, pictures of the window taken when it is
made, set as a printable PDF in the report's typesetting (`itadesk guide -o FILE.pdf`, Help → User guide)."""

from itadesk.guide.manual import Pictures, TakePictures, bundled_guide, guide_to_open, make_guide
from itadesk.guide.source import PICTURES, GuideSourceError
from itadesk.guide.typeset import ShortcutRow, Stamp

__all__ = [
    "PICTURES",
    "GuideSourceError",
    "Pictures",
    "ShortcutRow",
    "Stamp",
    "TakePictures",
    "bundled_guide",
    "guide_to_open",
    "make_guide",
]
