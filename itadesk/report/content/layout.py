"""Page and type sizes both builders share: A4, Sarabun 16 pt body as in Thai official documents."""

# Centimetres. Thai official documents: a wider left margin for binding. The plan is on landscape pages.
PORTRAIT_MARGINS = {"left": 3.0, "right": 2.0, "top": 2.5, "bottom": 2.2}
LANDSCAPE_MARGINS = {"left": 1.5, "right": 1.5, "top": 1.8, "bottom": 2.0}
FOOTER_BASELINE = 1.1  # the page number's baseline, from the bottom edge of the page

# Points.
TITLE_SIZE = 20
HEADING_SIZE = 18
BODY_SIZE = 16
TABLE_SIZE = 14
NOTE_SIZE = 12
FOOTER_SIZE = 12
FIRST_LINE_INDENT = 36  # Thai official paragraphs start indented
BODY_SPACE_AFTER = 6
HEADING_SPACE_BEFORE = 10
HEADING_SPACE_AFTER = 4
LEADING = 1.5  # line height per font size: Thai stacks marks above the font's ascent

# Tables.
HEADER_FILL = "DFE6EE"  # the header row
TOTAL_FILL = "F1F1F1"  # the tool, overall and level rows
GRID_LINE = 0.5  # points
GROUP_LINE = 1.2  # above the first measure of each indicator in the plan
