{{
    config(
        materialized='incremental',
        incremental_strategy=('delete+insert' if target.type == 'duckdb' else 'append'),
        full_refresh=(none if target.type == 'duckdb' else true),
        unique_key='document_id',
        on_schema_change='append_new_columns'
    )
}}

{#
  Spark: its Parquet tables support neither delete+insert nor merge (that needs Delta or Iceberg),
  so there the model is rebuilt in full on every run (full_refresh; 'append' only satisfies
  dbt-spark's strategy check and is never used). DuckDB keeps delete+insert per document.
#}

{#
  One row per performance indicator (绩效指标) of a self-evaluation table: the department as a
  whole (project_name NULL) or a project. Targets and actuals as printed (text) and as numbers
  when the cell is one number. Incremental per document.
#}

with

indicators as (
    select * from {{ ref('stg_performance_indicators') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
    {% if is_incremental() %}
    where ingested_at > (
        select coalesce(max(existing.ingested_at), cast('1900-01-01 00:00:00' as timestamp))
        from {{ this }} as existing
    )
    {% endif %}
),

final as (
    select
        indicators.document_id,
        indicators.project_name,
        indicators.level1,
        indicators.level2,
        indicators.indicator,
        indicators.operator,
        indicators.target_value,
        indicators.target_text,
        indicators.unit,
        indicators.actual_value,
        indicators.actual_text,
        indicators.weight,
        indicators.score,
        indicators.source_line,
        indicators.fact_id,
        indicators.fact_index,
        documents.fiscal_year,
        documents.admin_code,
        indicators.score is not null and indicators.weight is not null
            and indicators.score > indicators.weight as is_score_above_weight,
        documents.ingested_at
    from indicators
    inner join documents
        on indicators.document_id = documents.document_id
)

select * from final
