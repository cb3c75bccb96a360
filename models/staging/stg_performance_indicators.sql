with

source as (
    select * from {{ source('raw', 'performance_indicators') }}
),

renamed as (
    select
        cast(source.document_id as varchar) as document_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.project_name as varchar) as project_name,
        cast(source.level1 as varchar) as level1,
        cast(source.level2 as varchar) as level2,
        cast(source.indicator as varchar) as indicator,
        cast(source.operator as varchar) as operator,
        cast(source.target_value as decimal(18, 4)) as target_value,
        cast(source.target_text as varchar) as target_text,
        cast(source.unit as varchar) as unit,
        cast(source.actual_value as decimal(18, 4)) as actual_value,
        cast(source.actual_text as varchar) as actual_text,
        cast(source.weight as decimal(10, 2)) as weight,
        cast(source.score as decimal(10, 2)) as score,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
