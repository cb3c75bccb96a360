with

source as (
    select * from {{ source('raw', 'disclosure_items') }}
),

renamed as (
    select
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.item as {{ dbt.type_string() }}) as item,
        cast(source.is_present as boolean) as is_present,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
