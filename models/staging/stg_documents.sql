with

source as (
    select * from {{ source('raw', 'documents') }}
),

renamed as (
    select
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        cast(source.source_file as {{ dbt.type_string() }}) as source_file,
        cast(source.sha256 as {{ dbt.type_string() }}) as sha256,
        cast(source.size_bytes as bigint) as size_bytes,
        cast(source.title as {{ dbt.type_string() }}) as title,
        cast(source.province as {{ dbt.type_string() }}) as province,
        cast(source.city as {{ dbt.type_string() }}) as city,
        cast(source.county as {{ dbt.type_string() }}) as county,
        cast(source.admin_code as {{ dbt.type_string() }}) as admin_code,
        cast(source.admin_code_reason as {{ dbt.type_string() }}) as admin_code_reason,
        cast(source.department as {{ dbt.type_string() }}) as department,
        cast(source.fiscal_year as integer) as fiscal_year,
        cast(source.doc_kind as {{ dbt.type_string() }}) as doc_kind,
        cast(source.doc_kind_reason as {{ dbt.type_string() }}) as doc_kind_reason,
        cast(source.budget_level as {{ dbt.type_string() }}) as budget_level,
        cast(source.amount_unit_reported as {{ dbt.type_string() }}) as amount_unit_reported,
        cast(source.encoding as {{ dbt.type_string() }}) as encoding,
        cast(source.input_format as {{ dbt.type_string() }}) as input_format,
        cast(source.n_lines as integer) as line_count,
        cast(source.content_key as {{ dbt.type_string() }}) as content_key,
        cast(source.parser_version as {{ dbt.type_string() }}) as parser_version,
        cast(source.ingested_at as timestamp) as ingested_at
    from source
),

final as (
    select * from renamed
)

select * from final
