with

source as (
    select * from {{ source('raw', 'form_answers') }}
),

renamed as (
    select
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        {{ fact_id('form_answers', 'source.document_id', 'source.fact_index') }} as fact_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.question as {{ dbt.type_string() }}) as question,
        cast(source.answer as {{ dbt.type_string() }}) as answer,
        cast(source.answer_text as {{ dbt.type_string() }}) as answer_text,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
