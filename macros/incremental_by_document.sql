{#
  The incremental models' two halves, written once.

  incremental_by_document(): the config of a model rebuilt per document — delete+insert on
  document_id on DuckDB. Spark's Parquet tables support neither delete+insert nor merge (that needs
  Delta or Iceberg), so there the model is rebuilt in full on every run (full_refresh; 'append'
  only satisfies dbt-spark's strategy check and is never used). The build runs a full refresh when
  the dbt project changed (budgetwh/build.py): rows of older SQL never stay.
    {{ incremental_by_document() }}
  A model whose rows span documents names the column that keys its groups of rows instead:
    {{ incremental_by_document(unique_key='department_year_key') }}

  only_new_documents(column='ingested_at'): in an incremental run, the `where` that keeps the
  documents ingested after the newest one already in the model; nothing otherwise.
    select * from {{ ref('int_budget_lines_normalised') }} {{ only_new_documents() }}

  documents_to_rebuild(documents): in an incremental run, the document_ids of a model whose rows
  also read the report of the year before (prior-year links, restatements): the documents
  ingested after the newest one in the model, and the reports of the same admin_code and
  department one year later, whose link may now lead to a new report. `documents` is the
  relation of the documents (stg_documents).
    where document_id in {{ sql_list(documents_to_rebuild(ref('stg_documents'))) }}

  department_years_to_rebuild(documents): in an incremental run, the document_ids of every
  department-year (fiscal_year, admin_code, department) a document ingested after the newest
  one in the model belongs to: a model comparing the documents of a department-year rebuilds
  those groups whole.

  sql_list(query): the first column of a query run now, as a literal SQL list `('a', 'b')`
  (`(null)` when empty: matches nothing). DuckDB pushes a literal IN list into the scans under
  views and aggregates; an IN (subquery) is a join above them, so a view would be computed
  whole before the few documents are picked. Long lists (more than `limit` values) stay the
  query itself: a literal list of many thousands costs more to compile than it saves.
#}
{% macro incremental_by_document(unique_key='document_id') -%}
    {{ config(
        materialized='incremental',
        incremental_strategy=('delete+insert' if target.type == 'duckdb' else 'append'),
        full_refresh=(none if target.type == 'duckdb' else true),
        unique_key=unique_key,
        on_schema_change='append_new_columns'
    ) }}
{%- endmacro %}

{% macro only_new_documents(column='ingested_at') -%}
    {%- if is_incremental() %}
    where {{ column }} > {{ newest_ingested_at(column) }}
    {%- endif %}
{%- endmacro %}

{#- the newest ingested_at already in the model: what an incremental run has not seen is newer -#}
{% macro newest_ingested_at(column='ingested_at') -%}
    (select coalesce(max(existing.{{ column }}), cast('1900-01-01 00:00:00' as timestamp)) from {{ this }} as existing)
{%- endmacro %}

{% macro documents_to_rebuild(documents) -%}
    select new_documents.document_id
    from {{ documents }} as new_documents
    where new_documents.ingested_at > {{ newest_ingested_at() }}
    union
    select later_documents.document_id
    from {{ documents }} as new_documents
    inner join {{ documents }} as later_documents
        on new_documents.admin_code = later_documents.admin_code
        and new_documents.department = later_documents.department
        and new_documents.fiscal_year + 1 = later_documents.fiscal_year
    where new_documents.ingested_at > {{ newest_ingested_at() }}
{%- endmacro %}

{% macro department_years_to_rebuild(documents) -%}
    select department_documents.document_id
    from {{ documents }} as department_documents
    inner join {{ documents }} as new_documents
        on department_documents.fiscal_year = new_documents.fiscal_year
        and department_documents.admin_code is not distinct from new_documents.admin_code
        and department_documents.department = new_documents.department
    where new_documents.ingested_at > {{ newest_ingested_at() }}
{%- endmacro %}

{% macro sql_list(query, limit=2000) -%}
    {%- if not execute -%}
        {{- return('(' ~ query ~ ')') -}}
    {%- endif -%}
    {%- set values = run_query(query).columns[0].values() -%}
    {%- if values | length > limit -%}
        {{- return('(' ~ query ~ ')') -}}
    {%- endif -%}
    {%- set literals = [] -%}
    {%- for value in values -%}
        {%- do literals.append("'" ~ (value | string | replace("'", "''")) ~ "'") -%}
    {%- endfor -%}
    {{- return('(' ~ (literals | join(', ') if literals else 'null') ~ ')') -}}
{%- endmacro %}

{#
  not_materialized(): `with name as {{ not_materialized() }} (...)` — DuckDB materialises a CTE
  read more than once, and a filter on the query (document_id in …) then no longer reaches the
  scans inside it. An import CTE (select * from a table) gains nothing from materialising.
  Other engines inline CTEs anyway: nothing there.
#}
{% macro not_materialized() -%}
    {{- 'not materialized' if target.type == 'duckdb' -}}
{%- endmacro %}
