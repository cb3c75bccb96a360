{#
  One row per document: the department's totals and ratios for benchmarking across regions and
  years. Figures are the chosen statements (table first, then the earliest line) of `actual`
  document metrics, in 万元.
  - basic_share / project_share: expenditure_basic / expenditure_project ÷ expenditure_total
    (基本支出 / 项目支出 占本年支出合计);
  - personnel_share_of_basic: basic_personnel (人员经费) ÷ (人员经费 + 公用经费), the two parts of
    the basic spending they are stated for (reports state them for 一般公共预算财政拨款基本支出,
    whose total may differ from the all-funds expenditure_basic); ÷ expenditure_basic when
    公用经费 is not stated;
  - personnel_share_of_total: basic_personnel ÷ expenditure_total;
  - three_public_per_staff_wan, admin_operating_cost_per_staff_wan: 三公经费 and 机关运行经费 per
    actual staff member (staff_actual 实有人数);
  - project_execution_rate: sum of executed ÷ sum of budget_adjusted over the document's projects
    that print both (one statement per project name: a table one first), as a ratio (1 = 100 %);
  - failed_check_count: identities of mart_reconciliation that do not hold for the document;
  - standard_tables_present / required_sections_present: how many of the nine 公开表 and of the five
    required sections the report contains (mart_disclosure_completeness lists which);
  - fact_ids: every statement the figures come from (the chosen metrics of fct_document_metric and
    the projects of fct_project), comma-separated; NULL when the report states none of them.
#}

{%- set scorecard_metrics = [
    'expenditure_total', 'expenditure_basic', 'expenditure_project', 'revenue_total', 'grand_total',
    'basic_personnel', 'basic_public', 'three_public_total', 'admin_operating_cost',
    'staff_authorized', 'staff_actual',
] %}

with

documents as (
    select * from {{ ref('dim_document') }}
),

metrics_chosen as (
    select * from {{ ref('int_document_metrics_chosen') }}
),

projects as (
    select * from {{ ref('fct_project') }}
),

reconciliation as (
    select * from {{ ref('mart_reconciliation') }}
),

disclosure_items as (
    select * from {{ ref('stg_disclosure_items') }}
),

metric_values as (
    select
        metrics_chosen.document_id,
        {%- for metric in scorecard_metrics %}
        max(case when metrics_chosen.metric = '{{ metric }}' then metrics_chosen.value end) as {{ metric }},
        {%- endfor %}
        {{ fact_id_list('metrics_chosen.chosen_fact_id') }} as fact_ids
    from metrics_chosen
    where metrics_chosen.measure = 'actual'
        and metrics_chosen.metric in ('{{ scorecard_metrics | join("', '") }}')
    group by metrics_chosen.document_id
),

project_statements_ranked as (
    select
        projects.*,
        row_number() over (
            partition by projects.document_id, coalesce(projects.project_code, ''), projects.project_name
            order by case when projects.source_kind = 'table' then 0 else 1 end, projects.source_line
        ) as statement_rank
    from projects
    where projects.executed_wan is not null
        and projects.budget_adjusted_wan is not null
),

project_execution as (
    select
        project_statements_ranked.document_id,
        count(*) as project_count,
        sum(project_statements_ranked.executed_wan) as executed_wan,
        sum(project_statements_ranked.budget_adjusted_wan) as budget_adjusted_wan,
        {{ fact_id_list('project_statements_ranked.fact_id') }} as fact_ids
    from project_statements_ranked
    where project_statements_ranked.statement_rank = 1
    group by project_statements_ranked.document_id
),

check_counts as (
    select
        reconciliation.document_id,
        count(*) as check_count,
        sum(case when reconciliation.passed then 0 else 1 end) as failed_check_count
    from reconciliation
    group by reconciliation.document_id
),

disclosure_counts as (
    select
        disclosure_items.document_id,
        sum(case when disclosure_items.item like 'table%' and disclosure_items.is_present then 1 else 0 end)
            as standard_tables_present,
        sum(case when disclosure_items.item like 'section%' and disclosure_items.is_present then 1 else 0 end)
            as required_sections_present
    from disclosure_items
    group by disclosure_items.document_id
),

final as (
    select
        documents.document_id,
        documents.fiscal_year,
        documents.admin_code,
        documents.province,
        documents.city,
        documents.county,
        documents.department,
        documents.doc_kind,
        cast(round(metric_values.grand_total, 2) as decimal(18, 2)) as grand_total_wan,
        cast(round(metric_values.revenue_total, 2) as decimal(18, 2)) as revenue_total_wan,
        cast(round(metric_values.expenditure_total, 2) as decimal(18, 2)) as expenditure_total_wan,
        cast(round(metric_values.expenditure_basic, 2) as decimal(18, 2)) as expenditure_basic_wan,
        cast(round(metric_values.expenditure_project, 2) as decimal(18, 2)) as expenditure_project_wan,
        cast(round(metric_values.basic_personnel, 2) as decimal(18, 2)) as basic_personnel_wan,
        cast(round(metric_values.basic_public, 2) as decimal(18, 2)) as basic_public_wan,
        case when metric_values.expenditure_total <> 0 then cast(
            cast(metric_values.expenditure_basic as double) / cast(metric_values.expenditure_total as double)
            as decimal(12, 6)) end as basic_share,
        case when metric_values.expenditure_total <> 0 then cast(
            cast(metric_values.expenditure_project as double) / cast(metric_values.expenditure_total as double)
            as decimal(12, 6)) end as project_share,
        case
            when metric_values.basic_public is not null
                and metric_values.basic_personnel + metric_values.basic_public <> 0
                then cast(
                    cast(metric_values.basic_personnel as double)
                    / cast(metric_values.basic_personnel + metric_values.basic_public as double)
                    as decimal(12, 6))
            when metric_values.expenditure_basic <> 0 then cast(
                cast(metric_values.basic_personnel as double) / cast(metric_values.expenditure_basic as double)
                as decimal(12, 6))
        end as personnel_share_of_basic,
        case when metric_values.expenditure_total <> 0 then cast(
            cast(metric_values.basic_personnel as double) / cast(metric_values.expenditure_total as double)
            as decimal(12, 6)) end as personnel_share_of_total,
        cast(round(metric_values.three_public_total, 2) as decimal(18, 2)) as three_public_total_wan,
        cast(round(metric_values.admin_operating_cost, 2) as decimal(18, 2)) as admin_operating_cost_wan,
        cast(metric_values.staff_authorized as integer) as staff_authorized,
        cast(metric_values.staff_actual as integer) as staff_actual,
        case when metric_values.staff_actual > 0 then cast(
            cast(metric_values.three_public_total as double) / cast(metric_values.staff_actual as double)
            as decimal(18, 4)) end as three_public_per_staff_wan,
        case when metric_values.staff_actual > 0 then cast(
            cast(metric_values.admin_operating_cost as double) / cast(metric_values.staff_actual as double)
            as decimal(18, 4)) end as admin_operating_cost_per_staff_wan,
        coalesce(project_execution.project_count, 0) as project_count,
        cast(project_execution.executed_wan as decimal(18, 2)) as project_executed_wan,
        cast(project_execution.budget_adjusted_wan as decimal(18, 2)) as project_budget_adjusted_wan,
        case when project_execution.budget_adjusted_wan <> 0 then cast(
            cast(project_execution.executed_wan as double) / cast(project_execution.budget_adjusted_wan as double)
            as decimal(12, 6)) end as project_execution_rate,
        coalesce(check_counts.check_count, 0) as check_count,
        coalesce(check_counts.failed_check_count, 0) as failed_check_count,
        cast(disclosure_counts.standard_tables_present as integer) as standard_tables_present,
        cast(disclosure_counts.required_sections_present as integer) as required_sections_present,
        nullif(concat_ws(',', metric_values.fact_ids, project_execution.fact_ids), '') as fact_ids
    from documents
    left join metric_values
        on documents.document_id = metric_values.document_id
    left join project_execution
        on documents.document_id = project_execution.document_id
    left join check_counts
        on documents.document_id = check_counts.document_id
    left join disclosure_counts
        on documents.document_id = disclosure_counts.document_id
)

select * from final
