"""The user guide's text: resources/guide/manual-<language>.md, read into blocks.

The source is a small part of Markdown, one block per paragraph (blocks are separated by a blank line):

    # Title                       the guide's title (once, first)
    ## 3. Heading                 a step: a numbered section of the guide
    ### Heading                   a heading inside a step
    > text                        a note under the title: who made the guide, when ({version}, {date}, {build})
    - item / 1. item              list items (one per line)
    ![Caption](picture-name)      a picture of the window, taken when the guide is made (see PICTURES)
    plain text                    a paragraph; **bold**, `kept as typed` (digits not turned Thai)

Inside any text, the window's own words are named by their message id, so the guide calls every button, menu and
shortcut by the name the window shows in the guide's language:
    {ui:Add year…}                  the label, as translated (mnemonic & left out)
    {menu:&File|Export PDF…}        a menu path: แฟ้ม → ส่งออก PDF…
    {key:Export PDF…}               the keys of the window's action of that label, read from the window itself
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from itadesk.paths import resources_dir

# The pictures a guide may show, each taken from the window when the guide is made (itadesk.ui.guide_shots).
PICTURES = (
    "greeting",
    "new-agency",
    "add-year",
    "indicators",
    "comparison",
    "analysis",
    "plan",
    "file-menu",
    "progress-dialog",
    "help-menu",
)

_PLACEHOLDER = re.compile(r"\{(ui|menu|key):([^{}]+)\}")
_PICTURE = re.compile(r"^!\[(?P<caption>[^\]]*)\]\((?P<name>[\w-]+)\)$")
_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
MENU_ARROW = " → "


class GuideSourceError(ValueError):
    """The guide's source names something the program does not have (a picture, a label, a shortcut)."""


@dataclass(frozen=True)
class Block:
    kind: str  # title, colophon, step, heading, paragraph, item, picture
    text: str
    marker: str = ""  # a list item's bullet or number; a picture's name


def guide_source(language: str) -> Path:
    return resources_dir() / "guide" / f"manual-{language}.md"


def parse(text: str) -> list[Block]:
    """The source's blocks, in order (placeholders not yet resolved)."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.rstrip() for line in chunk.strip().splitlines()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("# "):
            blocks.append(Block("title", " ".join([first[2:].strip(), *lines[1:]])))
        elif first.startswith("## "):
            blocks.append(Block("step", " ".join([first[3:].strip(), *lines[1:]])))
        elif first.startswith("> "):
            blocks.append(Block("colophon", " ".join([first[2:].strip(), *(line.lstrip("> ") for line in lines[1:])])))
        elif first.startswith("### "):
            blocks.append(Block("heading", " ".join([first[4:].strip(), *lines[1:]])))
        elif (picture := _PICTURE.match(first)) is not None and len(lines) == 1:
            name = picture.group("name")
            if name not in PICTURES:
                raise GuideSourceError(f"no picture {name!r}; the pictures are {', '.join(PICTURES)}")
            blocks.append(Block("picture", picture.group("caption"), name))
        elif first.startswith("- ") or _NUMBERED.match(first):
            blocks.extend(_items(lines))
        else:
            blocks.append(Block("paragraph", " ".join(lines)))
    return blocks


def _items(lines: list[str]) -> list[Block]:
    """List items: each starts a line with "- " or "1. "; a line that starts with neither goes on the item before."""
    items: list[Block] = []
    for line in lines:
        numbered = _NUMBERED.match(line)
        if line.startswith("- "):
            items.append(Block("item", line[2:].strip(), "•"))
        elif numbered is not None:
            items.append(Block("item", numbered.group(2).strip(), numbered.group(1) + "."))
        elif items:
            items[-1] = Block("item", f"{items[-1].text} {line.strip()}", items[-1].marker)
    return items


@dataclass(frozen=True)
class Words:
    """What the placeholders stand for in one language: `translate` gives a label as the window shows it, `keys`
    the shortcuts of the window's actions by their label (as shown)."""

    translate: Callable[[str], str]
    keys: Mapping[str, str]

    def label(self, message: str) -> str:
        return re.sub(r"&(&?)", r"\1", self.translate(message))

    def resolve(self, text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            kind, body = match.groups()
            if kind == "ui":
                return self.label(body)
            if kind == "menu":
                return MENU_ARROW.join(self.label(part) for part in body.split("|"))
            label = self.label(body)
            if label not in self.keys:
                raise GuideSourceError(f"the window has no shortcut for {label!r} ({body!r})")
            return self.keys[label]

        return _PLACEHOLDER.sub(replace, text)


def placeholders(text: str) -> list[tuple[str, str]]:
    """(kind, body) of every placeholder in a source, for checks."""
    return _PLACEHOLDER.findall(text)
