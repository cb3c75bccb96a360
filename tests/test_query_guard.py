"""`query` accepts one read-only query and refuses everything else before DuckDB sees it."""

import pytest

from budgetwh.query import QueryRefused, check_query

ALLOWED = [
    "select count(*) from marts.dim_document",
    "with t as (select 1 as x) select * from t",
    "select * from marts.dim_document union all select * from marts.dim_document",
    "SELECT code, sum(amount_wan) FROM marts.fct_budget_line GROUP BY 1 ORDER BY 2 DESC LIMIT 5",
    "describe marts.dim_document",
    "describe select 1",
    "show tables",
    "show all tables",
    "summarize marts.fct_budget_line",
    "summarize select 1 as x",
]
REFUSED = [
    "drop table marts.dim_document",
    "insert into marts.dim_document select * from marts.dim_document",
    "update marts.dim_document set department = 'x'",
    "delete from marts.dim_document",
    "attach 'other.duckdb' as other",
    "detach other",
    "copy marts.dim_document to 'out.csv'",
    "pragma database_list",
    "set threads = 1",
    "install httpfs",
    "load httpfs",
    "create table t as select 1",
    "select 1; drop table marts.dim_document",
    "select * into t2 from marts.dim_document",
    "select * from read_csv('/etc/passwd')",
    "select * from '/etc/passwd'",
    "select * from 'data.parquet'",
    "call pragma_version()",
    "",
    "select from where",
    "describe read_csv('/etc/passwd')",
    "summarize '/etc/passwd'",
    "summarize select * from read_parquet('x.parquet')",
]


@pytest.mark.parametrize("sql", ALLOWED)
def test_queries_pass(sql):
    assert check_query(sql) == sql


@pytest.mark.parametrize("sql", REFUSED)
def test_everything_else_is_refused(sql):
    with pytest.raises(QueryRefused):
        check_query(sql)


@pytest.mark.parametrize("sql, reason", [
    ("select 'unterminated", "cannot parse"),
    ("select " + "(" * 60 + "1" + ")" * 60, "nested 60 deep"),
    ("select " + "(" * 250 + "1" + ")" * 250, "nested 250 deep"),
    ("select 1 + " + "1 + " * 30_000 + "1", "characters long"),
    ("select * from query('drop table marts.dim_document')", "runs SQL given as text"),
    ("select * from query_table('marts.dim_document')", "runs SQL given as text"),
    ("select json_execute_serialized_sql('{}')", "runs SQL given as text"),
])
def test_what_cannot_be_parsed_safely_is_refused_with_its_reason(sql, reason):
    with pytest.raises(QueryRefused, match=reason):
        check_query(sql)


def test_a_parse_error_says_where():
    with pytest.raises(QueryRefused, match=r"line 1, column \d+"):
        check_query("select from where x")
