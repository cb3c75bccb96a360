with

source as (
    select * from {{ source('raw', 'projects') }}
),

renamed as (
    select
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        {{ fact_id('projects', 'source.document_id', 'source.fact_index') }} as fact_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.project_code as {{ dbt.type_string() }}) as project_code,
        cast(source.project_name as {{ dbt.type_string() }}) as project_name,
        cast(source.budget_initial as decimal(18, 6)) as budget_initial_reported,
        cast(source.budget_adjusted as decimal(18, 6)) as budget_adjusted_reported,
        cast(source.executed as decimal(18, 6)) as executed_reported,
        cast(source.execution_rate as decimal(10, 2)) as execution_rate_pct,
        cast(source.score as decimal(10, 2)) as score,
        cast(source.weight as decimal(10, 2)) as weight,
        cast(source.unit as {{ dbt.type_string() }}) as unit_reported,
        cast(source.source_kind as {{ dbt.type_string() }}) as source_kind,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
