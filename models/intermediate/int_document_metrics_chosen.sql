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
    {{ ranked_statements('metrics_with_documents', ['metrics_with_documents.document_id', 'metrics_with_documents.metric', 'metrics_with_documents.measure'], 'metrics_with_documents.value_rounded') }}
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
        {{ chosen_statement_columns('chosen_statement', 'value') }}
    from chosen_statement
)

select * from final
