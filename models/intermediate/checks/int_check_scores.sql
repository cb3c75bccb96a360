{#
  Scores of a performance evaluation (绩效自评) against their weights (comparison 'at_most'):
    indicator_score_within_weight   an indicator's 得分 <= its 分值;
    project_score_within_weight   a project's 得分 <= its 分值.
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

with

projects as (
    select * from {{ ref('stg_projects') }}
),

indicators as (
    select * from {{ ref('stg_performance_indicators') }}
),

check_indicator_score as (
    select
        indicators.document_id,
        'indicator_score_within_weight' as check_name,
        coalesce(indicators.project_name, '部门整体') || ' / ' || indicators.indicator
            || ' line ' || cast(indicators.source_line as {{ dbt.type_string() }}) as subject,
        cast(indicators.weight as decimal(18, 6)) as expected_value,
        cast(indicators.score as decimal(18, 6)) as actual_value,
        cast(0 as decimal(18, 6)) as tolerance,
        'at_most' as comparison,
        'table' as source_kind,
        '得分 <= 权重/分值' as detail,
        indicators.fact_id as fact_ids
    from indicators
    where indicators.score is not null
        and indicators.weight is not null
),

check_project_score as (
    select
        projects.document_id,
        'project_score_within_weight' as check_name,
        coalesce(projects.project_code || ' ', '') || projects.project_name
            || ' line ' || cast(projects.source_line as {{ dbt.type_string() }}) as subject,
        cast(projects.weight as decimal(18, 6)) as expected_value,
        cast(projects.score as decimal(18, 6)) as actual_value,
        cast(0 as decimal(18, 6)) as tolerance,
        'at_most' as comparison,
        projects.source_kind,
        '项目得分 <= 分值' as detail,
        projects.fact_id as fact_ids
    from projects
    where projects.score is not null
        and projects.weight is not null
),

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_indicator_score
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_project_score
)

select * from final
