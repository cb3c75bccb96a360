with

source as (
    select * from {{ source('raw', 'budget_lines') }}
),

renamed as (
    select
        cast(source.document_id as varchar) as document_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.classification as varchar) as classification,
        cast(source.code as varchar) as code,
        cast(source.code_reason as varchar) as code_reason,
        cast(source.reported_code as varchar) as reported_code,
        cast(source.reported_name as varchar) as reported_name,
        cast(source.parent_names as varchar) as parent_names,
        cast(source.level as integer) as reported_level,
        cast(source.flow as varchar) as flow,
        cast(source.spending_type as varchar) as spending_type,
        cast(source.fund_scope as varchar) as fund_scope,
        cast(source.measure as varchar) as measure,
        cast(source.amount as decimal(18, 2)) as amount_reported,
        cast(source.unit as varchar) as unit_reported,
        cast(source.amount_wan as decimal(18, 6)) as amount_wan,
        cast(source.printed_rate_pct as decimal(10, 2)) as printed_rate_pct,
        cast(source.source_kind as varchar) as source_kind,
        cast(source.source_table as varchar) as source_table,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
