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
  One row per fact: a fact is (document, classification, code, flow, spending_type, fund_scope,
  measure); a report may state it several times (a table and a sentence, or the same sentence in
  two parts). The chosen statement is a table one when there is one, then the earliest line
  (then the lowest fact_index). Keeps how many statements there were and whether they agree
  (all the same amount at two decimals). Unresolved codes are keyed by their printed names.
  Incremental per document: only documents ingested after the newest one already here are read.
#}

with

budget_lines as (
    select * from {{ ref('int_budget_lines_normalised') }}
    {% if is_incremental() %}
    where ingested_at > (
        select coalesce(max(existing.ingested_at), cast('1900-01-01 00:00:00' as timestamp))
        from {{ this }} as existing
    )
    {% endif %}
),

statements_ranked as (
    select
        budget_lines.*,
        row_number() over (
            partition by
                budget_lines.document_id, budget_lines.classification, budget_lines.fact_code_key,
                budget_lines.flow, budget_lines.spending_type, budget_lines.fund_scope, budget_lines.measure
            order by
                case when budget_lines.source_kind = 'table' then 0 else 1 end,
                budget_lines.source_line,
                budget_lines.fact_index
        ) as statement_rank
    from budget_lines
),

statement_summary as (
    select
        statements_ranked.document_id,
        statements_ranked.classification,
        statements_ranked.fact_code_key,
        statements_ranked.flow,
        statements_ranked.spending_type,
        statements_ranked.fund_scope,
        statements_ranked.measure,
        count(*) as statement_count,
        sum(case when statements_ranked.source_kind = 'table' then 1 else 0 end) as table_statement_count,
        sum(case when statements_ranked.source_kind = 'narrative' then 1 else 0 end) as narrative_statement_count,
        min(statements_ranked.amount_wan_rounded) as min_amount_wan,
        max(statements_ranked.amount_wan_rounded) as max_amount_wan
    from statements_ranked
    group by
        statements_ranked.document_id,
        statements_ranked.classification,
        statements_ranked.fact_code_key,
        statements_ranked.flow,
        statements_ranked.spending_type,
        statements_ranked.fund_scope,
        statements_ranked.measure
),

chosen_statement as (
    select *
    from statements_ranked
    where statements_ranked.statement_rank = 1
),

final as (
    select
        chosen_statement.document_id,
        chosen_statement.fiscal_year,
        chosen_statement.admin_code,
        chosen_statement.department,
        chosen_statement.ingested_at,
        chosen_statement.classification,
        chosen_statement.fact_code_key,
        chosen_statement.code,
        chosen_statement.code_reason,
        chosen_statement.code_resolution,
        chosen_statement.reported_code,
        chosen_statement.reported_name,
        chosen_statement.level,
        chosen_statement.class_code,
        chosen_statement.section_code,
        chosen_statement.item_code,
        chosen_statement.parent_code,
        chosen_statement.flow,
        chosen_statement.spending_type,
        chosen_statement.fund_scope,
        chosen_statement.measure,
        chosen_statement.amount_wan,
        chosen_statement.amount_wan_rounded,
        chosen_statement.unit_reported,
        chosen_statement.printed_rate_pct,
        chosen_statement.fact_id as chosen_fact_id,
        chosen_statement.fact_index as chosen_fact_index,
        chosen_statement.source_kind as chosen_source_kind,
        chosen_statement.source_table as chosen_source_table,
        chosen_statement.source_line as chosen_source_line,
        statement_summary.statement_count,
        statement_summary.table_statement_count,
        statement_summary.narrative_statement_count,
        statement_summary.min_amount_wan,
        statement_summary.max_amount_wan,
        statement_summary.min_amount_wan = statement_summary.max_amount_wan as statements_agree
    from chosen_statement
    inner join statement_summary
        on chosen_statement.document_id = statement_summary.document_id
        and chosen_statement.classification = statement_summary.classification
        and chosen_statement.fact_code_key = statement_summary.fact_code_key
        and chosen_statement.flow = statement_summary.flow
        and chosen_statement.spending_type = statement_summary.spending_type
        and chosen_statement.fund_scope = statement_summary.fund_scope
        and chosen_statement.measure = statement_summary.measure
)

select * from final
