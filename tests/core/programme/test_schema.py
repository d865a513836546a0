"""The programme revision and the ORM models agree."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from gala_manager.core.models import Base
from gala_manager.core.storage.schema import create_file

TABLES = ("act", "programme_section", "rehearsal", "rehearsal_timing", "programme_settings")


def test_programme_tables_match_the_models(tmp_path):
    path = tmp_path / "p.gala"
    create_file(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert [d for d in diffs if any(f"'{t}'" in repr(d) for t in TABLES)] == []
