{#
  project_statements_agree: a project stated more than once (a table and a sentence, or two parts
  of the report) has the same executed and adjusted-budget amounts everywhere; statements are
  matched on the name without year prefix and 项目/经费/工作/专项 suffix, 与 read as 和.
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

with

projects as (
    select * from {{ ref('stg_projects') }}
),

project_amounts_unpivoted as (
    select
        projects.document_id,
        projects.project_name,
        projects.source_kind,
        projects.source_line,
        projects.fact_id,
        'executed' as measure,
        projects.executed_reported * {{ wan_per_unit('projects.unit_reported') }} as amount_wan
    from projects
    where projects.executed_reported is not null
    union all
    select
        projects.document_id,
        projects.project_name,
        projects.source_kind,
        projects.source_line,
        projects.fact_id,
        'budget_adjusted' as measure,
        projects.budget_adjusted_reported * {{ wan_per_unit('projects.unit_reported') }} as amount_wan
    from projects
    where projects.budget_adjusted_reported is not null
),

project_amounts as (
    select
        project_amounts_unpivoted.*,
        regexp_replace(
            regexp_replace(replace(project_amounts_unpivoted.project_name, '与', '和'), '^(19|20)[0-9]{2}(年度|年)?', ''),
            '(项目|经费|工作|专项)+$', '') as project_key
    from project_amounts_unpivoted
),

project_statements_ranked as (
    select
        project_amounts.*,
        row_number() over (
            partition by project_amounts.document_id, project_amounts.project_key, project_amounts.measure
            order by case when project_amounts.source_kind = 'table' then 0 else 1 end, project_amounts.source_line
        ) as statement_rank
    from project_amounts
),

check_project_statements as (
    select
        later.document_id,
        'project_statements_agree' as check_name,
        'project ' || later.project_key || ' ' || later.measure || ' line ' || cast(later.source_line as {{ dbt.type_string() }})
            as subject,
        cast(first_statement.amount_wan as decimal(18, 6)) as expected_value,
        cast(later.amount_wan as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('1') }} as tolerance,
        'equal' as comparison,
        later.source_kind,
        'first statement line ' || cast(first_statement.source_line as {{ dbt.type_string() }}) || ' (' || first_statement.source_kind
            || ') vs line ' || cast(later.source_line as {{ dbt.type_string() }}) || ' (' || later.source_kind || ')' as detail,
        {{ fact_id_union(['first_statement.fact_id', 'later.fact_id']) }} as fact_ids
    from project_statements_ranked as later
    inner join project_statements_ranked as first_statement
        on later.document_id = first_statement.document_id
        and later.project_key = first_statement.project_key
        and later.measure = first_statement.measure
        and first_statement.statement_rank = 1
    where later.statement_rank > 1
),

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_project_statements
)

select * from final
