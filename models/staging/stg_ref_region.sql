{# ref_region (seeds/ref_region.csv) typed, for the models. #}

with

seed as (
    select * from {{ ref('ref_region') }}
),

final as (
    select
        cast(seed.admin_code as {{ dbt.type_string() }}) as admin_code,
        cast(seed.level as {{ dbt.type_string() }}) as level,
        cast(seed.name as {{ dbt.type_string() }}) as name,
        cast(seed.parent_code as {{ dbt.type_string() }}) as parent_code,
        cast(seed.province as {{ dbt.type_string() }}) as province,
        cast(seed.city as {{ dbt.type_string() }}) as city,
        cast(seed.county as {{ dbt.type_string() }}) as county,
        cast(seed.source as {{ dbt.type_string() }}) as source
    from seed
)

select * from final
