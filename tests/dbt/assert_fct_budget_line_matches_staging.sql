-- The incremental fct_budget_line holds exactly the statements of stg_budget_lines, one chosen
-- statement per fact of int_budget_lines_chosen: an incremental run that missed or duplicated a
-- document shows up here. Returns the documents whose counts differ.

with

staged as (
    select * from {{ ref('stg_budget_lines') }}
),

facts as (
    select * from {{ ref('fct_budget_line') }}
),

chosen as (
    select * from {{ ref('int_budget_lines_chosen') }}
),

staged_counts as (
    select staged.document_id, count(*) as statement_count
    from staged
    group by staged.document_id
),

fact_counts as (
    select
        facts.document_id,
        count(*) as statement_count,
        sum(case when facts.is_chosen then 1 else 0 end) as chosen_count
    from facts
    group by facts.document_id
),

chosen_counts as (
    select chosen.document_id, count(*) as fact_count
    from chosen
    group by chosen.document_id
),

final as (
    select
        coalesce(staged_counts.document_id, fact_counts.document_id) as document_id,
        staged_counts.statement_count as staged_statement_count,
        fact_counts.statement_count as fact_statement_count,
        fact_counts.chosen_count,
        chosen_counts.fact_count
    from staged_counts
    full outer join fact_counts
        on staged_counts.document_id = fact_counts.document_id
    left join chosen_counts
        on coalesce(staged_counts.document_id, fact_counts.document_id) = chosen_counts.document_id
    where staged_counts.statement_count is null
        or fact_counts.statement_count is null
        or staged_counts.statement_count <> fact_counts.statement_count
        or coalesce(chosen_counts.fact_count, 0) <> fact_counts.chosen_count
)

select * from final
