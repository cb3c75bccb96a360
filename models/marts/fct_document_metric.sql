{{ incremental_by_document() }}

{#
  One row per statement of a named document-level figure (metric × measure, e.g. grand_total
  收支总计 actual). Money in 万元 DECIMAL(18,2); counts (人, 辆, 件 …) as numbers with their unit.
  is_chosen marks the statement the marts use (table first, then earliest line). Incremental per
  document.
#}

with

metrics as (
    select * from {{ ref('stg_document_metrics') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
    {{ only_new_documents() }}
),

chosen_metrics as (
    select * from {{ ref('int_document_metrics_chosen') }}
),

final as (
    select
        metrics.document_id,
        metrics.metric,
        metrics.measure,
        cast(round(metrics.value, 2) as decimal(18, 2)) as value,
        metrics.unit,
        metrics.source_line,
        metrics.fact_id,
        metrics.fact_index,
        documents.fiscal_year,
        documents.admin_code,
        metrics.value_reported,
        metrics.unit_reported,
        metrics.derivation,
        metrics.source_kind,
        metrics.source_table,
        chosen_metrics.chosen_fact_index is not null as is_chosen,
        chosen_metrics.statement_count,
        chosen_metrics.statements_agree,
        documents.ingested_at
    from metrics
    inner join documents
        on metrics.document_id = documents.document_id
    left join chosen_metrics
        on metrics.document_id = chosen_metrics.document_id
        and metrics.fact_index = chosen_metrics.chosen_fact_index
)

select * from final
