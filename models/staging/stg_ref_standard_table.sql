{# ref_standard_table (seeds/ref_standard_table.csv) typed, for the models. #}

with

seed as (
    select * from {{ ref('ref_standard_table') }}
),

final as (
    select
        cast(seed.table_no as {{ dbt.type_string() }}) as table_no,
        cast(seed.doc_kind as {{ dbt.type_string() }}) as doc_kind,
        cast(seed.title_pattern as {{ dbt.type_string() }}) as title_pattern,
        cast(seed.fund_scope as {{ dbt.type_string() }}) as fund_scope,
        cast(seed.flow as {{ dbt.type_string() }}) as flow,
        cast(seed.name_zh as {{ dbt.type_string() }}) as name_zh,
        cast(seed.source as {{ dbt.type_string() }}) as source
    from seed
)

select * from final
