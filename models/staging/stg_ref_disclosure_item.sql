{# ref_disclosure_item (seeds/ref_disclosure_item.csv) typed, for the models. #}

with

seed as (
    select * from {{ ref('ref_disclosure_item') }}
),

final as (
    select
        cast(seed.item as {{ dbt.type_string() }}) as item,
        cast(seed.item_kind as {{ dbt.type_string() }}) as item_kind,
        cast(seed.sort_order as integer) as sort_order,
        cast(seed.name_zh as {{ dbt.type_string() }}) as name_zh,
        cast(seed.source as {{ dbt.type_string() }}) as source
    from seed
)

select * from final
