with

source as (
    select * from {{ source('raw', 'document_metrics') }}
),

renamed as (
    select
        cast(source.document_id as varchar) as document_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.metric as varchar) as metric,
        cast(source.measure as varchar) as measure,
        cast(source.value as decimal(18, 6)) as value,
        cast(source.unit as varchar) as unit,
        cast(source.value_reported as decimal(18, 2)) as value_reported,
        cast(source.unit_reported as varchar) as unit_reported,
        cast(source.derivation as varchar) as derivation,
        cast(source.printed_pct as decimal(10, 4)) as printed_pct,
        cast(source.printed_pct_kind as varchar) as printed_pct_kind,
        cast(source.printed_pct_decimals as integer) as printed_pct_decimals,
        cast(source.pct_base_metric as varchar) as pct_base_metric,
        cast(source.pct_base_value as decimal(18, 6)) as pct_base_value,
        cast(source.stated_change as decimal(18, 6)) as stated_change,
        cast(source.source_kind as varchar) as source_kind,
        cast(source.source_table as varchar) as source_table,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
