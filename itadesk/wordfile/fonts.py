"""Sarabun embedded in the Word file, so it shows on a PC that does not have the font.

Word's mechanism (ECMA-376 Part 1, 17.8.1 and 17.8.3.3): each style of the font is a part word/fonts/fontN.odttf,
the TTF with its first 32 bytes XORed with a key; the font table names the part (r:id) and the key (w:fontKey,
a GUID whose 16 bytes, read backwards, are the key); settings say w:embedTrueTypeFonts. Sarabun's licence (OFL)
and its OS/2 embedding flags (installable) allow it.
"""

import hashlib
import struct
import uuid
from dataclasses import dataclass

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from itadesk.thai.fonts import FAMILY, font_path
from itadesk.wordfile import ooxml

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# The font table's element for each style of the family, and the style's file.
_EMBEDDED = (
    ("w:embedRegular", "Regular"),
    ("w:embedBold", "Bold"),
    ("w:embedItalic", "Italic"),
    ("w:embedBoldItalic", "BoldItalic"),
)
_KEYS = uuid.UUID("6f1d0c52-8a43-4f52-9c3e-1d6a2b7e4c10")  # namespace of the font keys: the same font, the same key
THAI_CHARSET = "DE"  # Windows character set 222


def obfuscate(font: bytes, key: uuid.UUID) -> bytes:
    """The .odttf bytes of a TTF (and back again: XOR is its own inverse)."""
    mask = key.bytes[::-1]
    head = bytes(byte ^ mask[index % 16] for index, byte in enumerate(font[:32]))
    return head + font[32:]


@dataclass(frozen=True)
class _Os2:
    panose: str
    unicode_ranges: tuple[int, int, int, int]
    code_pages: tuple[int, int]


def _os2(font: bytes) -> _Os2:
    """What the font table says about the font, read from its OS/2 table (version 1 or later)."""
    (count,) = struct.unpack(">H", font[4:6])
    for index in range(count):
        tag, _checksum, offset, _length = struct.unpack(">4sIII", font[12 + 16 * index : 28 + 16 * index])
        if tag == b"OS/2":
            return _Os2(
                panose=font[offset + 32 : offset + 42].hex().upper(),
                unicode_ranges=struct.unpack(">4I", font[offset + 42 : offset + 58]),
                code_pages=struct.unpack(">2I", font[offset + 78 : offset + 86]),
            )
    raise ValueError("the font has no OS/2 table")


def _font_table(document: Document) -> XmlPart:
    """A font table of its own in place of the template's, which names fonts the report never uses."""
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.FONT_TABLE:
            part.drop_rel(rel_id)
    table = XmlPart(
        PackURI("/word/fontTable.xml"),
        CONTENT_TYPE.WML_FONT_TABLE,
        parse_xml(f"<w:fonts {nsdecls('w', 'r')}/>"),
        part.package,
    )
    part.relate_to(table, RELATIONSHIP_TYPE.FONT_TABLE)
    return table


def embed_fonts(document: Document) -> None:
    """Put the four Sarabun styles into the document and name them in its font table."""
    table = _font_table(document)
    regular = font_path("Regular").read_bytes()
    info = _os2(regular)
    font = ooxml.element("w:font", name=FAMILY)
    font.append(ooxml.element("w:panose1", val=info.panose))
    font.append(ooxml.element("w:charset", val=THAI_CHARSET))
    font.append(ooxml.element("w:family", val="swiss"))
    font.append(ooxml.element("w:pitch", val="variable"))
    ranges = {f"usb{n}": f"{value:08X}" for n, value in enumerate(info.unicode_ranges)}
    pages = {f"csb{n}": f"{value:08X}" for n, value in enumerate(info.code_pages)}
    font.append(ooxml.element("w:sig", **ranges, **pages))
    for number, (tag, style) in enumerate(_EMBEDDED, start=1):
        data = font_path(style).read_bytes()
        key = uuid.uuid5(_KEYS, hashlib.sha256(data).hexdigest())
        odttf = Part(PackURI(f"/word/fonts/font{number}.odttf"), OBFUSCATED_FONT, obfuscate(data, key), table.package)
        embedded = ooxml.element(tag, fontKey="{" + str(key).upper() + "}")
        embedded.set(qn("r:id"), table.relate_to(odttf, RELATIONSHIP_TYPE.FONT))
        font.append(embedded)
    table.element.append(font)
    ooxml.child(document.settings.element, "w:embedTrueTypeFonts", ooxml.SETTINGS)
