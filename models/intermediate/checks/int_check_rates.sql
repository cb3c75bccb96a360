{#
  Printed rates against the amounts they are computed from (0.01 percentage points after rounding
  the computed rate to the printed precision, macros/amount_tolerance.sql percent_tolerance):
    project_execution_rate   a project's printed 执行率 = executed / budget;
    budget_line_execution_rate   a classification line's printed rate = actual / budget;
    metric_rate_matches_budget   a printed 完成预算x% = actual ÷ the budget stated in the same sentence.
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

with

budget_lines as (
    select * from {{ ref('int_budget_lines_normalised') }}
),

metrics as (
    select * from {{ ref('stg_document_metrics') }}
),

projects as (
    select * from {{ ref('stg_projects') }}
),

project_rates as (
    select
        projects.*,
        case
            when projects.budget_adjusted_reported <> 0
                then cast(projects.executed_reported as double) / cast(projects.budget_adjusted_reported as double) * 100
        end as computed_rate_pct
    from projects
    where projects.execution_rate_pct is not null
        and projects.executed_reported is not null
        and projects.budget_adjusted_reported is not null
),

check_project_rate as (
    select
        project_rates.document_id,
        'project_execution_rate' as check_name,
        coalesce(project_rates.project_code || ' ', '') || project_rates.project_name
            || ' line ' || cast(project_rates.source_line as {{ dbt.type_string() }}) as subject,
        cast(project_rates.execution_rate_pct as decimal(18, 6)) as expected_value,
        cast({{ round_to_printed_precision('project_rates.computed_rate_pct', 'project_rates.execution_rate_pct') }}
            as decimal(18, 6)) as actual_value,
        {{ rate_tolerance() }} as tolerance,
        'equal' as comparison,
        project_rates.source_kind,
        case
            when project_rates.computed_rate_pct is null then 'execution rate printed over a zero adjusted budget'
            else 'printed 执行率 vs 执行数 / 调整后预算 × 100, rounded as printed'
        end as detail,
        project_rates.fact_id as fact_ids
    from project_rates
),

line_rates_ranked as (
    select
        actuals.document_id,
        actuals.fact_key,
        actuals.classification,
        actuals.fact_code_key,
        actuals.flow,
        actuals.spending_type,
        actuals.fund_scope,
        actuals.source_kind,
        actuals.source_line,
        actuals.printed_rate_pct,
        actuals.amount_wan as actual_amount_wan,
        budgets.amount_wan as budget_amount_wan,
        budgets.measure as budget_measure,
        actuals.fact_id as actual_fact_id,
        budgets.fact_id as budget_fact_id,
        row_number() over (
            partition by actuals.document_id, actuals.fact_index
            order by case when budgets.measure = 'budget_adjusted' then 0 else 1 end, budgets.fact_index
        ) as budget_rank
    from budget_lines as actuals
    inner join budget_lines as budgets
        on {{ budget_line_fact_key('actuals', without=['measure']) }}
            = {{ budget_line_fact_key('budgets', without=['measure']) }}
        and actuals.source_kind = budgets.source_kind
        and actuals.source_line = budgets.source_line
        and budgets.measure in ('budget_initial', 'budget_adjusted')
    where actuals.measure = 'actual'
        and actuals.printed_rate_pct is not null
),

line_rates_first as (
    select
        line_rates_ranked.*,
        case
            when line_rates_ranked.budget_amount_wan <> 0
                then cast(line_rates_ranked.actual_amount_wan as double)
                    / cast(line_rates_ranked.budget_amount_wan as double) * 100
        end as computed_rate_pct,
        row_number() over (
            partition by line_rates_ranked.fact_key, line_rates_ranked.source_line
            order by line_rates_ranked.source_kind
        ) as subject_rank
    from line_rates_ranked
    where line_rates_ranked.budget_rank = 1
),

check_line_rate as (
    select
        line_rates_first.document_id,
        'budget_line_execution_rate' as check_name,
        line_rates_first.classification || ' ' || line_rates_first.fact_code_key || ' ' || line_rates_first.flow
            || ' ' || line_rates_first.spending_type || ' ' || line_rates_first.fund_scope
            || ' line ' || cast(line_rates_first.source_line as {{ dbt.type_string() }}) as subject,
        cast(line_rates_first.printed_rate_pct as decimal(18, 6)) as expected_value,
        cast({{ round_to_printed_precision('line_rates_first.computed_rate_pct', 'line_rates_first.printed_rate_pct') }}
            as decimal(18, 6)) as actual_value,
        {{ rate_tolerance() }} as tolerance,
        'equal' as comparison,
        line_rates_first.source_kind,
        case
            when line_rates_first.computed_rate_pct is null then 'completion rate printed over a zero budget'
            else 'printed 完成预算% vs actual / ' || line_rates_first.budget_measure || ' × 100, rounded as printed'
        end as detail,
        {{ fact_id_union(['line_rates_first.actual_fact_id', 'line_rates_first.budget_fact_id']) }} as fact_ids
    from line_rates_first
    where line_rates_first.subject_rank = 1
),

stated_rates as (
    select
        rates.document_id,
        rates.metric,
        rates.source_line,
        rates.source_kind,
        rates.printed_pct,
        rates.printed_pct_decimals,
        rates.value as actual_value,
        budgets.value as budget_value,
        rates.fact_id as rate_fact_id,
        budgets.fact_id as budget_fact_id,
        row_number() over (
            partition by rates.document_id, rates.metric, rates.source_line
            order by case when budgets.measure = 'budget' then 0 else 1 end, budgets.fact_index
        ) as budget_rank
    from metrics as rates
    inner join metrics as budgets
        on rates.document_id = budgets.document_id
        and rates.metric = budgets.metric
        and rates.source_line = budgets.source_line
        and budgets.measure in ('budget', 'budget_initial')
    where rates.printed_pct_kind = 'rate'
        and rates.measure = 'actual'
        and not (rates.value = 0 and budgets.value = 0)
),

check_metric_rates as (
    select
        stated_rates.document_id,
        'metric_rate_matches_budget' as check_name,
        stated_rates.metric || ' line ' || cast(stated_rates.source_line as {{ dbt.type_string() }}) as subject,
        cast(stated_rates.printed_pct as decimal(18, 6)) as expected_value,
        case when stated_rates.budget_value <> 0 then cast({{ round_to(
            '100 * cast(stated_rates.actual_value as double) / cast(stated_rates.budget_value as double)',
            'stated_rates.printed_pct_decimals') }} as decimal(18, 6))
        end as actual_value,
        cast(case
            when stated_rates.budget_value <> 0 then {{ percent_tolerance(
                'stated_rates.actual_value', 'stated_rates.budget_value', 'stated_rates.printed_pct_decimals') }}
            else power(10, -stated_rates.printed_pct_decimals)
        end as decimal(18, 6)) as tolerance,
        'equal' as comparison,
        stated_rates.source_kind,
        case
            when stated_rates.budget_value = 0 then 'completion rate printed over a zero budget'
            else 'printed 完成预算% vs actual ÷ the budget stated in the same sentence ('
                || cast(cast(stated_rates.budget_value as decimal(18, 2)) as {{ dbt.type_string() }}) || ') × 100'
        end as detail,
        {{ fact_id_union(['stated_rates.rate_fact_id', 'stated_rates.budget_fact_id']) }} as fact_ids
    from stated_rates
    where stated_rates.budget_rank = 1
),

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_project_rate
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_line_rate
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_metric_rates
)

select * from final
