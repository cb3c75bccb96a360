{# ref_function_crosswalk (seeds/ref_function_crosswalk.csv) typed, for the models. #}

with

seed as (
    select * from {{ ref('ref_function_crosswalk') }}
),

final as (
    select
        cast(seed.from_code as {{ dbt.type_string() }}) as from_code,
        cast(seed.to_code as {{ dbt.type_string() }}) as to_code,
        cast(seed.change_kind as {{ dbt.type_string() }}) as change_kind,
        cast(seed.last_year_of_from_code as integer) as last_year_of_from_code,
        cast(seed.source as {{ dbt.type_string() }}) as source
    from seed
)

select * from final
