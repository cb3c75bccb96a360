with

source as (
    select * from {{ source('raw', 'documents') }}
),

renamed as (
    select
        cast(source.document_id as varchar) as document_id,
        cast(source.source_file as varchar) as source_file,
        cast(source.sha256 as varchar) as sha256,
        cast(source.size_bytes as bigint) as size_bytes,
        cast(source.title as varchar) as title,
        cast(source.province as varchar) as province,
        cast(source.city as varchar) as city,
        cast(source.county as varchar) as county,
        cast(source.admin_code as varchar) as admin_code,
        cast(source.admin_code_reason as varchar) as admin_code_reason,
        cast(source.department as varchar) as department,
        cast(source.fiscal_year as integer) as fiscal_year,
        cast(source.doc_kind as varchar) as doc_kind,
        cast(source.amount_unit_reported as varchar) as amount_unit_reported,
        cast(source.encoding as varchar) as encoding,
        cast(source.n_lines as integer) as line_count,
        cast(source.parser_version as varchar) as parser_version,
        cast(source.ingested_at as timestamp) as ingested_at
    from source
),

final as (
    select * from renamed
)

select * from final
