{#
  The first statement of each budget-line fact per source kind: a table's line and a sentence's
  line of the same fact are both kept (the sums are checked within each), a narrative repeated in
  two parts of a report only once. What the line-sum checks (int_check_line_sums) add up.
  Grain: one row per fact_key × source_kind. Adds is_yuan (1 when printed in 元: sums of such
  lines are held to 1 元, not 0.01 万元) and series_key: the lines that add up together — one
  document, classification, flow, spending_type, fund_scope, measure and source kind.
  Incremental per document like int_budget_lines_chosen.
#}

{{ incremental_by_document() }}

with

budget_lines as (
    select * from {{ ref('int_budget_lines_normalised') }}
    {{ only_new_documents() }}
),

lines_ranked_per_source as (
    select
        budget_lines.*,
        case when budget_lines.unit_reported = '元' then 1 else 0 end as is_yuan,
        concat_ws(
            '|', {{ budget_line_fact_key('budget_lines', without=['fact_code_key']) }}, budget_lines.source_kind
        ) as series_key,
        row_number() over (
            partition by budget_lines.fact_key, budget_lines.source_kind
            order by budget_lines.source_line, budget_lines.fact_index
        ) as source_rank
    from budget_lines
),

final as (
    select *
    from lines_ranked_per_source
    where lines_ranked_per_source.source_rank = 1
)

select * from final
