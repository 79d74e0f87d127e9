"""The report's PDF drawn page by page against reference renders of the code before it was made faster, and the
caches that made it faster: a second export in the same process shapes no word and breaks no line again."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.platypus import Paragraph, paragraph

from itadesk.report import fonts
from itadesk.report.exporter import write_report
from itadesk.report.styles import style
from itadesk.report.thaitext import markup, prepare_thai_text
from itadesk.services.document_report import report_data_from_document
from itadesk.services.sample import sample_document
from tests.linux_tools import poppler
from tests.report_renders import REPORTS, make_report, pgm_of, render_pages

REFERENCES = Path(__file__).parent / "data" / "report_renders"
ROOT = Path(__file__).resolve().parent.parent


def _differences(drawn: bytes, reference: bytes) -> tuple[int, int]:
    """(pixels that differ, largest difference) of two PGMs of the same size."""
    header = drawn[: drawn.index(b"255\n") + 4]
    assert reference.startswith(header), "the page is not the size of the reference"
    pixels = zip(drawn[len(header) :], reference[len(header) :], strict=True)
    differing = [abs(a - b) for a, b in pixels if a != b]
    return len(differing), max(differing, default=0)


@pytest.mark.parametrize("name", REPORTS)
def test_the_export_draws_every_page_as_before(name, tmp_path):
    poppler("pdftoppm")
    references = sorted(REFERENCES.glob(f"{name}-[0-9][0-9].png"))
    assert references, f"no reference renders of {name} in {REFERENCES}"
    pdf = tmp_path / f"{name}.pdf"
    make_report(name, pdf)
    pages = render_pages(pdf, tmp_path / "pages")
    assert len(pages) == len(references)
    for number, (drawn, reference) in enumerate(zip(pages, references, strict=True), start=1):
        differing, largest = _differences(drawn, pgm_of(reference))
        assert differing == 0, f"{name}, page {number}: {differing} pixels differ, by up to {largest} grey levels"


def test_a_changed_page_is_seen(tmp_path):
    # The comparison itself: the sample's first page against its second differs.
    first, second = sorted(REFERENCES.glob("sample-0[12].png"))
    differing, largest = _differences(pgm_of(first), pgm_of(second))
    assert differing > 1000 and largest > 100


def test_a_second_export_shapes_no_word_and_breaks_no_paragraph_again(monkeypatch):
    data = report_data_from_document(sample_document(), 2568)
    counts = {"shaped": 0, "broken": 0}
    shape = ttfonts.uharfbuzz.shape
    fragment_words = paragraph._getFragWords

    def shaping(*args, **kwargs):
        counts["shaped"] += 1
        return shape(*args, **kwargs)

    def breaking(frags, *args, **kwargs):
        # a paragraph broken from its text (not a piece of one split across pages, already broken)
        counts["broken"] += not paragraph._processed_frags(frags)
        return fragment_words(frags, *args, **kwargs)

    first = io.BytesIO()
    write_report(data, first)
    monkeypatch.setattr(ttfonts.uharfbuzz, "shape", shaping)
    monkeypatch.setattr(paragraph, "_getFragWords", breaking)
    second = io.BytesIO()
    write_report(data, second)
    assert counts == {"shaped": 0, "broken": 0}
    assert len(second.getvalue()) == len(first.getvalue())
    # what was not seen before is shaped and broken
    made = Paragraph(markup("ข้อความใหม่ที่ไม่เคยพิมพ์มาก่อน"), style("cell"))
    made.wrap(200, 1000)
    assert counts["shaped"] > 0 and counts["broken"] == 1


def test_an_export_process_loads_only_the_words_its_texts_hold(tmp_path):
    # A fresh process: the whole word list (65 MB in nlpO3) is never loaded for the report and the progress report.
    script = (
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[2])\n"  # Windows' embeddable Python ignores PYTHONPATH
        "from pathlib import Path\n"
        "from tests.report_renders import REPORTS, make_report\n"
        "from itadesk.thai import dictionary\n"
        "for name in REPORTS:\n"
        "    make_report(name, Path(sys.argv[1]) / (name + '.pdf'))\n"
        "state = dictionary._state\n"
        "print(json.dumps([state.whole_list, len(state.partial_words)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), str(ROOT)],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=True,
    )
    whole_list, partial_words = json.loads(done.stdout.splitlines()[-1])
    assert not whole_list
    assert 500 < partial_words < 5000


def _place(frag, word) -> int | None:
    return next((index for index, (own, _text) in enumerate(word[1:]) if own is frag), None)


def test_a_word_rebuilt_from_its_kept_shaping_is_the_word_shaped_afresh():
    # a word of three frags in two fonts, and one HarfBuzz leaves alone
    prepare_thai_text()
    text = "<b>ผู้</b>รับผิด<b>ชอบ</b> Line"
    shape = ttfonts.shapeFragWord  # the wrapper that keeps each word's shaping
    # three styles alike, so that each paragraph is parsed into frags of its own
    styles = [ParagraphStyle(f"cell-{n}", parent=style("cell")) for n in range(3)]
    made = [paragraph._getFragWords(Paragraph(text, alike).frags) for alike in styles]
    for first, again, fresh in zip(*made, strict=True):
        shape(first)
        rebuilt = shape(again)
        afresh = shape.itadesk_wrapped(fresh)
        if afresh is not fresh:
            fonts._restore_text(fresh, afresh)
            assert type(rebuilt) is type(afresh) and rebuilt[0] == afresh[0]
            for (frag, string), (fresh_frag, expected) in zip(rebuilt[1:], afresh[1:], strict=True):
                assert string == expected and string.__shapeData__ == expected.__shapeData__
                # each piece has the word's own frag, the one in the place the fresh word's has in it
                assert _place(frag, again) == _place(fresh_frag, fresh) is not None
        else:
            assert rebuilt is again
    assert any(shape.itadesk_wrapped(word) is not word for word in made[2])
