"""SQLAlchemy dialect for BI tools (Superset, Metabase's SQLAlchemy bridges, pandas): duckdb-engine
with reflection answered from DuckDB's own catalog.

duckdb-engine 0.17 (the latest release) reflects through PostgreSQL's catalog queries, which
DuckDB only partly emulates: with SQLAlchemy 2.1 column reflection fails (`pg_collation`), with
2.0 primary keys, foreign keys, unique constraints and `Table(autoload_with=…)` fail (`REGCLASS`);
with 1.4 reflection works but pandas 3 refuses the engine. No released pair reflects fully, so
this dialect answers those questions from `duckdb_columns()` and `duckdb_constraints()` and
leaves everything else to duckdb-engine. URL: `duckdb+budgetwh:///warehouse/budget.duckdb`
(registered as an entry point; `read_only` in connect_args for BI use).
"""

from __future__ import annotations

import re

import sqlalchemy.types as sqltypes
from duckdb_engine import Dialect as DuckDBDialect
from sqlalchemy import text
from sqlalchemy.engine import reflection

_TYPES = {
    "VARCHAR": sqltypes.String, "TEXT": sqltypes.String, "BOOLEAN": sqltypes.Boolean,
    "TINYINT": sqltypes.SmallInteger, "SMALLINT": sqltypes.SmallInteger, "INTEGER": sqltypes.Integer,
    "BIGINT": sqltypes.BigInteger, "HUGEINT": sqltypes.BigInteger, "UTINYINT": sqltypes.SmallInteger,
    "USMALLINT": sqltypes.Integer, "UINTEGER": sqltypes.BigInteger, "UBIGINT": sqltypes.BigInteger,
    "FLOAT": sqltypes.Float, "DOUBLE": sqltypes.Float, "DATE": sqltypes.Date, "TIME": sqltypes.Time,
    "TIMESTAMP": sqltypes.DateTime, "TIMESTAMP WITH TIME ZONE": sqltypes.DateTime, "BLOB": sqltypes.LargeBinary,
    "UUID": sqltypes.String, "INTERVAL": sqltypes.Interval,
}
_DECIMAL = re.compile(r"^DECIMAL\((\d+),\s*(\d+)\)$")


def column_type(duckdb_type: str) -> sqltypes.TypeEngine:
    """The SQLAlchemy type of a DuckDB type name (`DECIMAL(18,2)` → Numeric(18, 2)); lists, structs
    and maps are NullType (BI tools show them as text)."""
    if decimal := _DECIMAL.match(duckdb_type):
        return sqltypes.Numeric(int(decimal.group(1)), int(decimal.group(2)))
    kind = _TYPES.get(duckdb_type.upper())
    if kind is sqltypes.DateTime and "ZONE" in duckdb_type.upper():
        return sqltypes.DateTime(timezone=True)
    return kind() if kind else sqltypes.NullType()


class BudgetDuckDBDialect(DuckDBDialect):
    driver = "budgetwh"
    supports_statement_cache = False

    def _where(self, schema: str | None, table: str) -> tuple[str, dict]:
        database, schema = self.identifier_preparer._separate(schema) if schema else (None, None)
        sql = "table_name = :table and schema_name = coalesce(:schema, current_schema())"
        if database:
            sql += " and database_name = :database"
        return sql, {"table": table, "schema": schema, "database": database}

    @reflection.cache
    def get_columns(self, connection, table_name, schema=None, **kw):
        where, params = self._where(schema, table_name)
        rows = connection.execute(text(f"""
            select column_name, data_type, is_nullable, column_default, comment from duckdb_columns()
            where {where} order by column_index"""), params).fetchall()
        return [{"name": name, "type": column_type(data_type), "nullable": bool(nullable),
                 "default": default, "autoincrement": False, "comment": comment}
                for name, data_type, nullable, default, comment in rows]

    def _constraints(self, connection, table_name, schema, kind: str) -> list:
        where, params = self._where(schema, table_name)
        return connection.execute(text(f"""
            select constraint_name, constraint_column_names, referenced_table, referenced_column_names
            from duckdb_constraints() where {where} and constraint_type = :kind order by constraint_index"""),
                                  {**params, "kind": kind}).fetchall()

    @reflection.cache
    def get_pk_constraint(self, connection, table_name, schema=None, **kw):
        rows = self._constraints(connection, table_name, schema, "PRIMARY KEY")
        return {"constrained_columns": list(rows[0][1]) if rows else [], "name": rows[0][0] if rows else None}

    @reflection.cache
    def get_foreign_keys(self, connection, table_name, schema=None, **kw):
        return [{"name": name, "constrained_columns": list(columns), "referred_schema": schema,
                 "referred_table": referred, "referred_columns": list(referred_columns), "options": {}}
                for name, columns, referred, referred_columns in
                self._constraints(connection, table_name, schema, "FOREIGN KEY")]

    @reflection.cache
    def get_unique_constraints(self, connection, table_name, schema=None, **kw):
        return [{"name": name, "column_names": list(columns)}
                for name, columns, _, _ in self._constraints(connection, table_name, schema, "UNIQUE")]

    @reflection.cache
    def get_check_constraints(self, connection, table_name, schema=None, **kw):
        return []

    # SQLAlchemy 2 reflects tables through the get_multi_* methods: answer them one table at a time
    def get_multi_columns(self, connection, schema=None, filter_names=None, **kw):
        return self._per_table(connection, schema, filter_names, self.get_columns, kw)

    def get_multi_pk_constraint(self, connection, schema=None, filter_names=None, **kw):
        return self._per_table(connection, schema, filter_names, self.get_pk_constraint, kw)

    def get_multi_foreign_keys(self, connection, schema=None, filter_names=None, **kw):
        return self._per_table(connection, schema, filter_names, self.get_foreign_keys, kw)

    def get_multi_unique_constraints(self, connection, schema=None, filter_names=None, **kw):
        return self._per_table(connection, schema, filter_names, self.get_unique_constraints, kw)

    def get_multi_check_constraints(self, connection, schema=None, filter_names=None, **kw):
        return self._per_table(connection, schema, filter_names, self.get_check_constraints, kw)

    def get_multi_table_options(self, connection, schema=None, filter_names=None, **kw):
        return self._per_table(connection, schema, filter_names, lambda *args, **kw: {}, kw)

    def _per_table(self, connection, schema, filter_names, get, kw):
        names = filter_names or self.get_table_names(connection, schema=schema)
        kw = {key: value for key, value in kw.items() if key not in ("scope", "kind")}
        return [((schema, name), get(connection, name, schema=schema, **kw)) for name in names]
