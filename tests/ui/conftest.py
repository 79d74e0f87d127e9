import pytest

from itadesk.ui.fonts import register_fonts


@pytest.fixture(autouse=True)
def _sarabun(qapp):
    register_fonts(qapp)
