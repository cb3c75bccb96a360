with

source as (
    select * from {{ source('raw', 'ingest_log') }}
),

renamed as (
    select
        cast(source.run_id as {{ dbt.type_string() }}) as run_id,
        cast(source.path as {{ dbt.type_string() }}) as file_path,
        cast(source.sha256 as {{ dbt.type_string() }}) as sha256,
        cast(source.size_bytes as bigint) as size_bytes,
        cast(source.status as {{ dbt.type_string() }}) as status,
        cast(source.reason as {{ dbt.type_string() }}) as reason,
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        cast(source.n_budget_lines as integer) as budget_line_count,
        cast(source.n_metrics as integer) as metric_count,
        cast(source.n_projects as integer) as project_count,
        cast(source.n_indicators as integer) as indicator_count,
        cast(source.seconds as double) as seconds,
        cast(source.logged_at as timestamp) as logged_at
    from source
),

final as (
    select * from renamed
)

select * from final
