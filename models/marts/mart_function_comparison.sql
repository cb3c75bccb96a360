{#
  Cross-district, cross-year comparison of spending by function (支出功能分类).
  Grain: one row per fiscal_year × region (admin_code) × department × harmonised function code,
  for all three levels (类 / 款 / 项), one report per department-year (document_id says which).

  - amount_wan: actual expenditure (spending_type total) of the report chosen for the
    department-year, in the fund scope nearly every report states (general_public_budget, else
    all_funds; fund_scope says which, and ranks compare only rows of the same scope), stated or
    rolled up from the items (is_rolled_up): int_function_lines_compared says which lines and why.
  - share_of_department_total: amount / the document's expenditure total in the same scope, i.e.
    the sum of its level-1 lines (stated or rolled up); NULL when that cannot be a share (a total
    of zero, a negative amount, or a line larger than the total — an inconsistent report, which
    mart_reconciliation flags).
  - harmonised_code: the code to compare across years (int_function_codes_harmonised: the code
    itself, or its successor when ref_function_crosswalk says it was merged or moved).
  - prior_year_amount_wan: from the earlier report (same admin_code and department, fiscal_year - 1,
    same harmonised code — the codes merged into this one add up — and fund scope), else the
    prior-year figure stated in this report;
    prior_year_source = 'earlier_report' | 'stated_in_report' (NULL when neither exists).
  - department_total_prior_year_wan: the department's total in the same scope a year earlier
    (gpb_expenditure for general_public_budget, expenditure_total for all_funds), from the earlier
    report or else as this report states it (与上年相比…), so a report whose lines carry no
    prior-year figures still shows the year against the last; its source says which.
  - source_fact_id: the fact (fct_budget_line.fact_id) a stated amount_wan is; fact_ids: every fact
    amount_wan comes from (the stated line, or the items a rolled-up line sums), comma-separated.
  - rank_among_regions: rank (1 = largest amount) among all rows of that fiscal year, code and fund
    scope.
#}

with

compared_lines as (
    select * from {{ ref('int_function_lines_compared') }}
),

function_codes as (
    select * from {{ ref('int_function_codes_harmonised') }}
),

prior_year_values as (
    select * from {{ ref('int_prior_year_values') }}
),

department_totals as (
    select
        compared_lines.document_id,
        sum(compared_lines.amount_wan) as department_total_wan
    from compared_lines
    where compared_lines.function_level = 1
    group by compared_lines.document_id
),

comparison_documents as (
    select distinct compared_lines.document_id, compared_lines.fund_scope
    from compared_lines
),

department_prior_totals as (
    select
        comparison_documents.document_id,
        prior_year_values.prior_value as department_total_prior_year_wan,
        prior_year_values.prior_source as department_total_prior_year_source
    from comparison_documents
    inner join prior_year_values
        on comparison_documents.document_id = prior_year_values.document_id
        and prior_year_values.subject_kind = 'metric'
        and prior_year_values.subject = case comparison_documents.fund_scope
            when 'general_public_budget' then 'gpb_expenditure'
            else 'expenditure_total'
        end
),

lines_in_context as (
    select
        compared_lines.*,
        department_totals.department_total_wan,
        department_prior_totals.department_total_prior_year_wan,
        department_prior_totals.department_total_prior_year_source
    from compared_lines
    left join department_totals
        on compared_lines.document_id = department_totals.document_id
    left join department_prior_totals
        on compared_lines.document_id = department_prior_totals.document_id
),

lines_harmonised as (
    select
        lines_in_context.*,
        coalesce(function_codes.canonical_code, lines_in_context.function_code) as harmonised_code
    from lines_in_context
    left join function_codes
        on lines_in_context.function_code = function_codes.code
        and lines_in_context.fiscal_year = function_codes.fiscal_year
),

earlier_rows as (
    {# a year's lines by harmonised code: the codes merged into one (ref_function_crosswalk) add up #}
    select
        lines_harmonised.admin_code,
        lines_harmonised.department,
        lines_harmonised.fiscal_year,
        lines_harmonised.fund_scope,
        lines_harmonised.harmonised_code,
        sum(lines_harmonised.amount_wan) as amount_wan,
        min(lines_harmonised.document_id) as document_id
    from lines_harmonised
    where lines_harmonised.admin_code is not null
    group by
        lines_harmonised.admin_code, lines_harmonised.department, lines_harmonised.fiscal_year,
        lines_harmonised.fund_scope, lines_harmonised.harmonised_code
),

lines_with_prior as (
    select
        lines_harmonised.*,
        coalesce(earlier_rows.amount_wan, prior_year_values.prior_value_from_report) as prior_from_report_wan,
        coalesce(earlier_rows.document_id, prior_year_values.prior_document_id) as prior_document_id,
        prior_year_values.prior_value_stated as prior_stated_wan
    from lines_harmonised
    left join earlier_rows
        on lines_harmonised.admin_code = earlier_rows.admin_code
        and lines_harmonised.department = earlier_rows.department
        and lines_harmonised.fiscal_year - 1 = earlier_rows.fiscal_year
        and lines_harmonised.harmonised_code = earlier_rows.harmonised_code
        and lines_harmonised.fund_scope = earlier_rows.fund_scope
    left join prior_year_values
        on lines_harmonised.document_id = prior_year_values.document_id
        and prior_year_values.subject_kind = 'function_line'
        and lines_harmonised.function_code = prior_year_values.subject
        and lines_harmonised.fund_scope = prior_year_values.fund_scope
        and prior_year_values.spending_type = 'total'
),

final as (
    select
        lines_with_prior.fiscal_year,
        lines_with_prior.admin_code,
        lines_with_prior.province,
        lines_with_prior.city,
        lines_with_prior.county,
        lines_with_prior.department,
        lines_with_prior.document_id,
        lines_with_prior.function_code,
        lines_with_prior.harmonised_code,
        lines_with_prior.function_level,
        function_codes.canonical_name as function_name,
        function_codes.class_code,
        class_codes.canonical_name as class_name,
        function_codes.section_code,
        section_codes.canonical_name as section_name,
        function_codes.name_in_year as function_name_in_year,
        function_codes.harmonisation_status,
        lines_with_prior.fund_scope,
        cast(round(lines_with_prior.amount_wan, 2) as decimal(18, 2)) as amount_wan,
        lines_with_prior.is_rolled_up,
        case when not lines_with_prior.is_rolled_up then lines_with_prior.fact_ids end as source_fact_id,
        lines_with_prior.fact_ids,
        cast(round(lines_with_prior.department_total_wan, 2) as decimal(18, 2)) as department_total_wan,
        case
            when lines_with_prior.department_total_wan > 0
                and lines_with_prior.amount_wan >= 0
                and lines_with_prior.amount_wan <= lines_with_prior.department_total_wan
                then cast(
                    cast(lines_with_prior.amount_wan as double) / cast(lines_with_prior.department_total_wan as double)
                    as decimal(12, 6))
        end as share_of_department_total,
        cast(round(lines_with_prior.department_total_prior_year_wan, 2) as decimal(18, 2))
            as department_total_prior_year_wan,
        lines_with_prior.department_total_prior_year_source,
        cast(round(coalesce(lines_with_prior.prior_from_report_wan, lines_with_prior.prior_stated_wan), 2)
            as decimal(18, 2)) as prior_year_amount_wan,
        case
            when lines_with_prior.prior_from_report_wan is not null then 'earlier_report'
            when lines_with_prior.prior_stated_wan is not null then 'stated_in_report'
        end as prior_year_source,
        lines_with_prior.prior_document_id,
        cast(round(
            lines_with_prior.amount_wan - coalesce(lines_with_prior.prior_from_report_wan, lines_with_prior.prior_stated_wan),
            2) as decimal(18, 2)) as change_wan,
        case
            when coalesce(lines_with_prior.prior_from_report_wan, lines_with_prior.prior_stated_wan) <> 0
                then cast(
                    (cast(lines_with_prior.amount_wan as double)
                        - cast(coalesce(lines_with_prior.prior_from_report_wan, lines_with_prior.prior_stated_wan) as double))
                    / cast(coalesce(lines_with_prior.prior_from_report_wan, lines_with_prior.prior_stated_wan) as double)
                    as decimal(12, 6))
        end as change_ratio,
        rank() over (
            partition by lines_with_prior.fiscal_year, lines_with_prior.function_code, lines_with_prior.fund_scope
            order by lines_with_prior.amount_wan desc
        ) as rank_among_regions,
        count(*) over (
            partition by lines_with_prior.fiscal_year, lines_with_prior.function_code, lines_with_prior.fund_scope
        ) as regions_ranked
    from lines_with_prior
    left join function_codes
        on lines_with_prior.function_code = function_codes.code
        and lines_with_prior.fiscal_year = function_codes.fiscal_year
    left join function_codes as class_codes
        on function_codes.class_code = class_codes.code
        and lines_with_prior.fiscal_year = class_codes.fiscal_year
    left join function_codes as section_codes
        on function_codes.section_code = section_codes.code
        and lines_with_prior.fiscal_year = section_codes.fiscal_year
)

select * from final
