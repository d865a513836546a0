"""The supplies revision and the ORM models agree; money columns refuse floats."""

from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from gala_manager.core.models import Base
from gala_manager.core.models.supplies import FixedDecimal
from gala_manager.core.storage.schema import create_file


def test_supply_tables_match_the_models(tmp_path):
    path = tmp_path / "s.gala"
    create_file(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    ours = [d for d in diffs if "supply" in repr(d)]
    assert ours == []


@pytest.mark.parametrize(("value", "stored"), [
    (Decimal("12.5"), 1250), (Decimal("0.1"), 10), ("3", 300), (None, None),
])
def test_fixed_decimal_stores_integer_fen(value, stored):
    assert FixedDecimal(2).process_bind_param(value, None) == stored


@pytest.mark.parametrize("value", [0.1, Decimal("0.001")])
def test_fixed_decimal_refuses_floats_and_extra_places(value):
    with pytest.raises((TypeError, ValueError)):
        FixedDecimal(2).process_bind_param(value, None)
