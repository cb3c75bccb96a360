{{ incremental_by_document() }}

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
    {{ only_new_documents() }}
),

statements_ranked as (
    {{ ranked_statements('budget_lines', ['budget_lines.fact_key'], 'budget_lines.amount_wan_rounded') }}
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
        chosen_statement.fact_key,
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
        {{ chosen_statement_columns('chosen_statement', 'amount_wan') }}
    from chosen_statement
)

select * from final
