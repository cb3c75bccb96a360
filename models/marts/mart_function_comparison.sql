{#
  Cross-district, cross-year comparison of spending by function (支出功能分类).
  Grain: one row per fiscal_year × region (admin_code) × department × harmonised function code,
  for all three levels (类 / 款 / 项). When a department-year has several reports, the one
  used is a final_accounts report with function lines, then the latest ingested (document_id says which).

  - amount_wan: actual expenditure, spending_type total, in the fund scope that nearly every report
    states and so compares across reports: general_public_budget (一般公共预算财政拨款: table 05 or
    the narrative), else all_funds (tables 01/03) when the report states only that; fund_scope
    says which, and ranks compare only rows of the same scope.
  - A class or section line stated without any of its items, in a document that states items for
    its other lines (a sentence naming the wrong class, e.g. 一般公共服务（类） over 司法 items), is
    left out: the items' own roll-up stands for their class, and mart_reconciliation reports the
    contradiction (function_items_sum_to_class).
  - Lines the report states at level 3 but not at level 2 (or 2 but not 1) are summed up into
    their missing parent, flagged is_rolled_up, so that every level compares across reports.
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

documents as (
    select * from {{ ref('dim_document') }}
),

lines_chosen as (
    select * from {{ ref('int_budget_lines_chosen') }}
),

function_codes as (
    select * from {{ ref('int_function_codes_harmonised') }}
),

prior_year_values as (
    select * from {{ ref('int_prior_year_values') }}
),

function_lines as (
    select *
    from lines_chosen
    where lines_chosen.classification = 'function'
        and lines_chosen.flow = 'expenditure'
        and lines_chosen.spending_type = 'total'
        and lines_chosen.measure = 'actual'
        and lines_chosen.code is not null
        and lines_chosen.fund_scope in ('all_funds', 'general_public_budget')
),

document_scopes as (
    select
        function_lines.document_id,
        case
            when max(case when function_lines.fund_scope = 'general_public_budget' then 1 else 0 end) = 1
                then 'general_public_budget'
            else 'all_funds'
        end as fund_scope,
        count(*) as line_count
    from function_lines
    group by function_lines.document_id
),

documents_ranked as (
    select
        documents.document_id,
        documents.fiscal_year,
        documents.admin_code,
        documents.province,
        documents.city,
        documents.county,
        documents.department,
        document_scopes.fund_scope,
        row_number() over (
            partition by
                documents.fiscal_year, documents.admin_code, documents.province, documents.city,
                documents.county, documents.department
            order by
                case when documents.doc_kind = 'final_accounts' then 0 else 1 end,
                documents.ingested_at desc,
                documents.document_id
        ) as document_rank
    from documents
    inner join document_scopes
        on documents.document_id = document_scopes.document_id
),

comparison_documents as (
    select *
    from documents_ranked
    where documents_ranked.document_rank = 1
),

scoped_lines as (
    select function_lines.*
    from function_lines
    inner join comparison_documents
        on function_lines.document_id = comparison_documents.document_id
        and function_lines.fund_scope = comparison_documents.fund_scope
),

stated_lines as (
    select
        function_lines.document_id,
        function_lines.fund_scope,
        function_lines.code,
        function_lines.level,
        function_lines.amount_wan,
        false as is_rolled_up,
        function_lines.chosen_fact_id as fact_ids
    from scoped_lines as function_lines
    where function_lines.level = 3
        or not exists (
            select 1
            from scoped_lines as items
            where items.document_id = function_lines.document_id
                and items.level = 3
        )
        or exists (
            select 1
            from scoped_lines as items
            where items.document_id = function_lines.document_id
                and items.level = 3
                and substr(items.code, 1, length(function_lines.code)) = function_lines.code
        )
),

rolled_up_sections as (
    select
        items.document_id,
        items.fund_scope,
        substr(items.code, 1, 5) as code,
        2 as level,
        sum(items.amount_wan) as amount_wan,
        true as is_rolled_up,
        {{ fact_id_list('items.fact_ids') }} as fact_ids
    from stated_lines as items
    where items.level = 3
        and not exists (
            select 1
            from stated_lines as sections
            where sections.document_id = items.document_id
                and sections.code = substr(items.code, 1, 5)
        )
    group by items.document_id, items.fund_scope, substr(items.code, 1, 5)
),

lines_to_level_two as (
    select * from stated_lines
    union all
    select * from rolled_up_sections
),

rolled_up_classes as (
    select
        sections.document_id,
        sections.fund_scope,
        substr(sections.code, 1, 3) as code,
        1 as level,
        sum(sections.amount_wan) as amount_wan,
        true as is_rolled_up,
        {{ fact_id_list('sections.fact_ids') }} as fact_ids
    from lines_to_level_two as sections
    where sections.level = 2
        and not exists (
            select 1
            from stated_lines as classes
            where classes.document_id = sections.document_id
                and classes.code = substr(sections.code, 1, 3)
        )
    group by sections.document_id, sections.fund_scope, substr(sections.code, 1, 3)
),

all_lines as (
    select * from lines_to_level_two
    union all
    select * from rolled_up_classes
),

department_totals as (
    select
        all_lines.document_id,
        sum(all_lines.amount_wan) as department_total_wan
    from all_lines
    where all_lines.level = 1
    group by all_lines.document_id
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
        comparison_documents.fiscal_year,
        comparison_documents.admin_code,
        comparison_documents.province,
        comparison_documents.city,
        comparison_documents.county,
        comparison_documents.department,
        comparison_documents.document_id,
        all_lines.code as function_code,
        all_lines.level as function_level,
        all_lines.fund_scope,
        all_lines.amount_wan,
        all_lines.is_rolled_up,
        all_lines.fact_ids,
        department_totals.department_total_wan,
        department_prior_totals.department_total_prior_year_wan,
        department_prior_totals.department_total_prior_year_source
    from all_lines
    inner join comparison_documents
        on all_lines.document_id = comparison_documents.document_id
    left join department_totals
        on all_lines.document_id = department_totals.document_id
    left join department_prior_totals
        on all_lines.document_id = department_prior_totals.document_id
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
