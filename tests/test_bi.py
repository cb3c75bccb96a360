"""BI tools reach the marts through SQLAlchemy the way Superset does: list schemas and tables,
reflect columns with their types, keys and comments, autoload a table, read a query into pandas
with numbers as numbers — read-only, through `duckdb+budgetwh://` (budgetwh/bi_dialect.py)."""

from __future__ import annotations

import pandas as pd
import pytest
import sqlalchemy as sa

pytestmark = pytest.mark.slow


@pytest.fixture()
def engine(built_warehouse):
    engine = sa.create_engine(f"duckdb+budgetwh:///{built_warehouse}", connect_args={"read_only": True})
    yield engine
    engine.dispose()


def test_the_inspector_sees_the_marts_with_typed_documented_columns(engine, built_warehouse):
    inspector = sa.inspect(engine)
    schema = f"{built_warehouse.stem}.marts"
    assert schema in inspector.get_schema_names()
    assert {"dim_document", "fct_budget_line", "mart_budget_execution"} <= set(inspector.get_table_names(schema=schema))
    columns = {column["name"]: column for column in inspector.get_columns("fct_budget_line", schema=schema)}
    assert isinstance(columns["amount_wan"]["type"], sa.Numeric) and (columns["amount_wan"]["type"].precision,
                                                                      columns["amount_wan"]["type"].scale) == (18, 2)
    assert isinstance(columns["fiscal_year"]["type"], sa.Integer)
    assert isinstance(columns["document_id"]["type"], sa.String)
    assert columns["amount_wan"]["comment"].startswith("amount_wan — 金额")
    assert inspector.get_pk_constraint("dim_document", schema=schema) == {"constrained_columns": [], "name": None}
    assert inspector.get_foreign_keys("dim_document", schema=schema) == []
    assert inspector.get_unique_constraints("dim_document", schema=schema) == []
    assert inspector.get_table_comment("dim_document", schema=schema)["text"].startswith("One row per ingested report")


def test_a_table_autoloads_and_a_query_reaches_pandas_as_numbers(engine):
    table = sa.Table("mart_function_comparison", sa.MetaData(), schema="marts", autoload_with=engine)
    assert "amount_wan" in table.columns and isinstance(table.columns["amount_wan"].type, sa.Numeric)
    with engine.connect() as connection:
        frame = pd.read_sql(sa.select(table.c.function_code, table.c.amount_wan.cast(sa.Float)), connection)
        assert len(frame) > 0 and frame["amount_wan"].dtype == "float64"
        with pytest.raises(sa.exc.DBAPIError):
            connection.execute(sa.text("create table marts.x as select 1"))  # read-only
