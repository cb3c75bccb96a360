with

source as (
    select * from {{ source('raw', 'performance_indicators') }}
),

renamed as (
    select
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        {{ fact_id('performance_indicators', 'source.document_id', 'source.fact_index') }} as fact_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.project_name as {{ dbt.type_string() }}) as project_name,
        cast(source.level1 as {{ dbt.type_string() }}) as level1,
        cast(source.level2 as {{ dbt.type_string() }}) as level2,
        cast(source.indicator as {{ dbt.type_string() }}) as indicator,
        cast(source.operator as {{ dbt.type_string() }}) as operator,
        cast(source.target_value as decimal(18, 4)) as target_value,
        cast(source.target_text as {{ dbt.type_string() }}) as target_text,
        cast(source.unit as {{ dbt.type_string() }}) as unit,
        cast(source.actual_value as decimal(18, 4)) as actual_value,
        cast(source.actual_text as {{ dbt.type_string() }}) as actual_text,
        cast(source.weight as decimal(10, 2)) as weight,
        cast(source.score as decimal(10, 2)) as score,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
