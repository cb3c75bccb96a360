{#
  The incremental models' two halves, written once.

  incremental_by_document(): the config of a model rebuilt per document — delete+insert on
  document_id on DuckDB. Spark's Parquet tables support neither delete+insert nor merge (that needs
  Delta or Iceberg), so there the model is rebuilt in full on every run (full_refresh; 'append'
  only satisfies dbt-spark's strategy check and is never used). The build runs a full refresh when
  the dbt project changed (budgetwh/build.py): rows of older SQL never stay.
    {{ incremental_by_document() }}

  only_new_documents(column='ingested_at'): in an incremental run, the `where` that keeps the
  documents ingested after the newest one already in the model; nothing otherwise.
    select * from {{ ref('int_budget_lines_normalised') }} {{ only_new_documents() }}
#}
{% macro incremental_by_document() -%}
    {{ config(
        materialized='incremental',
        incremental_strategy=('delete+insert' if target.type == 'duckdb' else 'append'),
        full_refresh=(none if target.type == 'duckdb' else true),
        unique_key='document_id',
        on_schema_change='append_new_columns'
    ) }}
{%- endmacro %}

{% macro only_new_documents(column='ingested_at') -%}
    {%- if is_incremental() %}
    where {{ column }} > (
        select coalesce(max(existing.{{ column }}), cast('1900-01-01 00:00:00' as timestamp))
        from {{ this }} as existing
    )
    {%- endif %}
{%- endmacro %}
