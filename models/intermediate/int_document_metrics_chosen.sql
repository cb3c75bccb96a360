{{ incremental_by_document() }}

{#
  One row per document × metric × measure: the statement chosen among all the report's statements
  of that figure (a table one first, then the earliest line, then the lowest fact_index), with
  how many statements there were and whether they agree (same value at two decimals).
  Incremental per document, like int_budget_lines_chosen.
#}

with

metrics as (
    select * from {{ ref('stg_document_metrics') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
    {{ only_new_documents() }}
),

metrics_with_documents as (
    select
        metrics.*,
        documents.fiscal_year,
        documents.admin_code,
        documents.department,
        documents.ingested_at,
        cast(round(metrics.value, 2) as decimal(18, 2)) as value_rounded
    from metrics
    inner join documents
        on metrics.document_id = documents.document_id
),

statements_ranked as (
    select
        metrics_with_documents.*,
        row_number() over (
            partition by metrics_with_documents.document_id, metrics_with_documents.metric, metrics_with_documents.measure
            order by
                case when metrics_with_documents.source_kind = 'table' then 0 else 1 end,
                metrics_with_documents.source_line,
                metrics_with_documents.fact_index
        ) as statement_rank
    from metrics_with_documents
),

statement_summary as (
    select
        statements_ranked.document_id,
        statements_ranked.metric,
        statements_ranked.measure,
        count(*) as statement_count,
        sum(case when statements_ranked.source_kind = 'table' then 1 else 0 end) as table_statement_count,
        sum(case when statements_ranked.source_kind = 'narrative' then 1 else 0 end) as narrative_statement_count,
        min(statements_ranked.value_rounded) as min_value,
        max(statements_ranked.value_rounded) as max_value
    from statements_ranked
    group by
        statements_ranked.document_id,
        statements_ranked.metric,
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
        chosen_statement.metric,
        chosen_statement.measure,
        chosen_statement.value,
        chosen_statement.value_rounded,
        chosen_statement.unit,
        chosen_statement.value_reported,
        chosen_statement.unit_reported,
        chosen_statement.derivation,
        chosen_statement.fact_id as chosen_fact_id,
        chosen_statement.fact_index as chosen_fact_index,
        chosen_statement.source_kind as chosen_source_kind,
        chosen_statement.source_table as chosen_source_table,
        chosen_statement.source_line as chosen_source_line,
        statement_summary.statement_count,
        statement_summary.table_statement_count,
        statement_summary.narrative_statement_count,
        statement_summary.min_value,
        statement_summary.max_value,
        statement_summary.min_value = statement_summary.max_value as statements_agree
    from chosen_statement
    inner join statement_summary
        on chosen_statement.document_id = statement_summary.document_id
        and chosen_statement.metric = statement_summary.metric
        and chosen_statement.measure = statement_summary.measure
)

select * from final
