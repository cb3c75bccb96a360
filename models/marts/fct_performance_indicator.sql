{{ incremental_by_document() }}

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
    {{ only_new_documents() }}
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
