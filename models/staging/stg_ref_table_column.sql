{# ref_table_column (seeds/ref_table_column.csv) typed, for the models. #}

with

seed as (
    select * from {{ ref('ref_table_column') }}
),

final as (
    select
        cast(seed.header_pattern as {{ dbt.type_string() }}) as header_pattern,
        cast(seed.attribute as {{ dbt.type_string() }}) as attribute,
        cast(seed.value as {{ dbt.type_string() }}) as value,
        cast(seed.priority as integer) as priority,
        cast(seed.source as {{ dbt.type_string() }}) as source
    from seed
)

select * from final
