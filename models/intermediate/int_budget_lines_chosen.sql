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
    select
        budget_lines.*,
        row_number() over (
            partition by budget_lines.fact_key
            order by
                case when budget_lines.source_kind = 'table' then 0 else 1 end,
                budget_lines.source_line,
                budget_lines.fact_index
        ) as statement_rank
    from budget_lines
),

statement_summary as (
    select
        statements_ranked.fact_key,
        count(*) as statement_count,
        sum(case when statements_ranked.source_kind = 'table' then 1 else 0 end) as table_statement_count,
        sum(case when statements_ranked.source_kind = 'narrative' then 1 else 0 end) as narrative_statement_count,
        min(statements_ranked.amount_wan_rounded) as min_amount_wan,
        max(statements_ranked.amount_wan_rounded) as max_amount_wan
    from statements_ranked
    group by statements_ranked.fact_key
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
        on chosen_statement.fact_key = statement_summary.fact_key
)

select * from final
