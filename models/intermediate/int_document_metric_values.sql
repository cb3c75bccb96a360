{#
  A document's chosen figures side by side (int_document_metrics_chosen pivoted): one column per
  metric the identities of int_check_metric_sums use, and `<metric>_fact_id`, the statement it is.
  expenditure_other_parts adds the parts of 本年支出合计 a report may state beside 基本支出 and
  项目支出 (上缴上级, 经营, 对附属单位补助, 预留机动); expenditure_other_part_count says how many.
  Grain: one row per document × measure (actual, budget, budget_initial). Incremental per document.
#}

{{ incremental_by_document() }}

{%- set metrics = [
    'expenditure_total', 'expenditure_basic', 'expenditure_project', 'gpb_basic', 'basic_personnel',
    'basic_public', 'three_public_total', 'three_public_outbound', 'three_public_vehicle',
    'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception',
    'revenue_total', 'revenue_fiscal', 'revenue_general_budget', 'revenue_gov_fund', 'revenue_state_capital',
    'revenue_upper_subsidy', 'revenue_business', 'revenue_operating', 'revenue_subordinate', 'revenue_other',
    'revenue_special_account',
    'grand_total', 'carryover_begin', 'carryover_end', 'non_fiscal_balance_used', 'balance_distribution',
    'fiscal_grand_total', 'fiscal_carryover_begin', 'fiscal_carryover_end', 'gpb_expenditure',
    'gov_fund_expenditure', 'state_capital_expenditure'
] %}
{%- set other_parts = "'expenditure_to_upper', 'expenditure_operating', 'expenditure_subsidy_subordinate', 'expenditure_reserve'" %}

with

metrics_chosen as (
    select * from {{ ref('int_document_metrics_chosen') }}
    {{ only_new_documents() }}
),

final as (
    select
        metrics_chosen.document_id,
        metrics_chosen.measure,
        {%- for metric in metrics %}
        max(case when metrics_chosen.metric = '{{ metric }}' then metrics_chosen.value end) as {{ metric }},
        max(case when metrics_chosen.metric = '{{ metric }}' then metrics_chosen.chosen_fact_id end)
            as {{ metric }}_fact_id,
        {%- endfor %}
        sum(case when metrics_chosen.metric in ({{ other_parts }}) then metrics_chosen.value end)
            as expenditure_other_parts,
        sum(case when metrics_chosen.metric in ({{ other_parts }}) then 1 else 0 end) as expenditure_other_part_count,
        {{ fact_id_list("case when metrics_chosen.metric in (" ~ other_parts ~ ") then metrics_chosen.chosen_fact_id end") }}
            as expenditure_other_parts_fact_ids,
        max(metrics_chosen.ingested_at) as ingested_at
    from metrics_chosen
    where metrics_chosen.measure in ('actual', 'budget', 'budget_initial')

    group by metrics_chosen.document_id, metrics_chosen.measure
)

select * from final
