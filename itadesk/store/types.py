"""Column types: scores kept exactly, as whole hundredths of a point."""

from decimal import Decimal

from sqlalchemy import Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from itadesk.domain.scores import TWO_PLACES


class ScoreType(TypeDecorator[Decimal]):
    """A 0–100 score with two decimals stored as an INTEGER of hundredths (98.27 → 9827): no float rounding."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        hundredths = Decimal(value) * 100
        if hundredths != hundredths.to_integral_value():
            raise ValueError(f"score {value} has more than two decimals")
        return int(hundredths)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(TWO_PLACES)
