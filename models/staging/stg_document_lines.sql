with

source as (
    select * from {{ source('raw', 'document_lines') }}
),

renamed as (
    select
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        cast(source.line_number as integer) as line_number,
        cast(source.page as integer) as page,
        cast(source.text as {{ dbt.type_string() }}) as line_text
    from source
),

final as (
    select * from renamed
)

select * from final
