{# ref_function_class (seeds/ref_function_class.csv) typed, for the models; valid_from / valid_to may be years or dates: their first four characters are the year. #}

with

seed as (
    select * from {{ ref('ref_function_class') }}
),

final as (
    select
        cast(seed.code as {{ dbt.type_string() }}) as code,
        cast(seed.level as integer) as level,
        cast(seed.parent_code as {{ dbt.type_string() }}) as parent_code,
        cast(seed.name as {{ dbt.type_string() }}) as name,
        cast(substr(cast(seed.valid_from as {{ dbt.type_string() }}), 1, 4) as integer) as valid_from_year,
        cast(substr(cast(seed.valid_to as {{ dbt.type_string() }}), 1, 4) as integer) as valid_to_year,
        cast(seed.valid_from_known as boolean) as valid_from_known,
        cast(seed.valid_to_known as boolean) as valid_to_known,
        cast(seed.source as {{ dbt.type_string() }}) as source
    from seed
)

select * from final
