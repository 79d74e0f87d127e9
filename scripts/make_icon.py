"""Draw the program's icon: a blue rounded square with "ITA" and a green check mark.

Writes installer/itadesk.ico (16–256 px, each size drawn on its own) and resources/icons/itadesk.png (256 px,
the window's icon).
Run from the project folder: python scripts/make_icon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "installer"
WINDOW_ICON = ROOT / "resources" / "icons" / "itadesk.png"
FONT = ROOT / "resources" / "fonts" / "Sarabun-Bold.ttf"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SUPERSAMPLE = 4
BLUE = (24, 74, 140, 255)
WHITE = (255, 255, 255, 255)
GREEN = (46, 184, 92, 255)


def draw(size: int) -> Image.Image:
    """The icon at one size; below 32 px the letters would blur, so only the check mark is drawn."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = big * 0.04
    pen.rounded_rectangle((margin, margin, big - margin, big - margin), radius=big * 0.2, fill=BLUE)
    if size >= 32:
        font = ImageFont.truetype(str(FONT), int(big * 0.34))
        pen.text((big / 2, big * 0.36), "ITA", font=font, fill=WHITE, anchor="mm")
        check = [(0.30, 0.66), (0.44, 0.79), (0.72, 0.52)]
        width = big * 0.085
    else:
        check = [(0.24, 0.52), (0.42, 0.70), (0.76, 0.32)]
        width = big * 0.14
    points = [(x * big, y * big) for x, y in check]
    pen.line(points, fill=GREEN if size >= 32 else WHITE, width=int(width), joint="curve")
    for x, y in (points[0], points[-1]):  # round the ends of the stroke
        r = width / 2
        pen.ellipse((x - r, y - r, x + r, y + r), fill=GREEN if size >= 32 else WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    images = [draw(size) for size in SIZES]
    largest = images[-1]
    largest.save(WINDOW_ICON)
    largest.save(OUT / "itadesk.ico", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"wrote {OUT / 'itadesk.ico'} and {WINDOW_ICON}")


if __name__ == "__main__":
    main()
