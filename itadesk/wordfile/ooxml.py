"""WordprocessingML that python-docx has no API for, each child element put where the schema orders it."""

from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

# Schema order of the children of w:rPr, w:pPr, w:tblPr, w:trPr and w:tcPr (ECMA-376 Part 1, 17.3 and 17.4).
RUN_PROPERTIES = (
    "w:rStyle w:rFonts w:b w:bCs w:i w:iCs w:caps w:smallCaps w:strike w:dstrike w:outline w:shadow w:emboss "
    "w:imprint w:noProof w:snapToGrid w:vanish w:webHidden w:color w:spacing w:w w:kern w:position w:sz w:szCs "
    "w:highlight w:u w:effect w:bdr w:shd w:fitText w:vertAlign w:rtl w:cs w:em w:lang w:eastAsianLayout "
    "w:specVanish w:oMath"
).split()
PARAGRAPH_PROPERTIES = (
    "w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl w:numPr w:suppressLineNumbers "
    "w:pBdr w:shd w:tabs w:suppressAutoHyphens w:kinsoku w:wordWrap w:overflowPunct w:topLinePunct w:autoSpaceDE "
    "w:autoSpaceDN w:bidi w:adjustRightInd w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents "
    "w:suppressOverlap w:jc w:textDirection w:textAlignment w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle "
    "w:rPr w:sectPr w:pPrChange"
).split()
TABLE_PROPERTIES = (
    "w:tblStyle w:tblpPr w:tblOverlap w:bidiVisual w:tblStyleRowBandSize w:tblStyleColBandSize w:tblW w:jc "
    "w:tblCellSpacing w:tblInd w:tblBorders w:shd w:tblLayout w:tblCellMar w:tblLook w:tblCaption "
    "w:tblDescription w:tblPrChange"
).split()
ROW_PROPERTIES = (
    "w:cnfStyle w:divId w:gridBefore w:gridAfter w:wBefore w:wAfter w:cantSplit w:trHeight w:tblHeader "
    "w:tblCellSpacing w:jc w:hidden w:ins w:del w:trPrChange"
).split()
CELL_PROPERTIES = (
    "w:cnfStyle w:tcW w:gridSpan w:hMerge w:vMerge w:tcBorders w:shd w:noWrap w:tcMar w:textDirection "
    "w:tcFitText w:vAlign w:hideMark w:headers w:cellIns w:cellDel w:cellMerge w:tcPrChange"
).split()
# w:settings up to the font embedding flag (what comes before it is all that placing it needs).
SETTINGS = (
    "w:writeProtection w:view w:zoom w:removePersonalInformation w:removeDateAndTime w:doNotDisplayPageBoundaries "
    "w:displayBackgroundShape w:printPostScriptOverText w:printFractionalCharacterWidth w:printFormsData "
    "w:embedTrueTypeFonts"
).split()


def child(parent: BaseOxmlElement, tag: str, order: Sequence[str], **attributes: str) -> BaseOxmlElement:
    """parent's child `tag` ("w:sz"), made if missing right after the children `order` puts before it;
    attributes are w: ones (val="32")."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        predecessors = {qn(name) for name in order[: order.index(tag)]}
        before = [existing for existing in parent if existing.tag in predecessors]
        if before:
            before[-1].addnext(element)
        else:
            parent.insert(0, element)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def element(tag: str, **attributes: str) -> BaseOxmlElement:
    """A new element with w: attributes."""
    made = OxmlElement(tag)
    for name, value in attributes.items():
        made.set(qn(f"w:{name}"), value)
    return made
