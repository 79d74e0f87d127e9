"""Score values: parsing what a clerk typed (Arabic or Thai digits) and rounding as the NACC does."""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from itadesk.i18n import _
from itadesk.thai.digits import from_thai_digits

MIN_SCORE = Decimal("0")
MAX_SCORE = Decimal("100")
TWO_PLACES = Decimal("0.01")
# ASCII digits only (Thai digits are translated first): not Arabic-Indic, full-width or mathematical ones
_SCORE_TEXT = re.compile(r"^\d{1,3}(?:\.\d+)?$", re.ASCII)


class ScoreError(ValueError):
    """A value that cannot be a score; the message says why, in the user's language."""


def round_score(value: Decimal) -> Decimal:
    """Half-up to two decimals: 97.435 → 97.44."""
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def parse_score(value: object) -> Decimal:
    """A score from typed text or a number: 0–100, at most two decimals, Thai digits accepted."""
    if isinstance(value, bool) or value is None:
        raise ScoreError(_("A score must be a number from 0 to 100, for example 95.51."))
    if isinstance(value, Decimal | int):
        number = Decimal(value)
        shown = str(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
        shown = repr(value)
    else:
        shown = str(value).strip()
        text = from_thai_digits(shown)
        if not _SCORE_TEXT.match(text):
            raise ScoreError(
                _("“{value}” is not a score: type a number from 0 to 100, for example 95.51.").format(value=shown)
            )
        try:
            number = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
            raise ScoreError(_("“{value}” is not a score.").format(value=shown)) from None
    if not number.is_finite():
        raise ScoreError(_("“{value}” is not a score.").format(value=shown))
    if number < MIN_SCORE or number > MAX_SCORE:
        raise ScoreError(_("A score must be from 0 to 100; {value} is outside that range.").format(value=shown))
    if number != number.quantize(TWO_PLACES, rounding=ROUND_HALF_UP):
        raise ScoreError(
            _("A score has at most two decimals, as published by the NACC; {value} has more.").format(value=shown)
        )
    return number.quantize(TWO_PLACES)
