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
        cast(source.source_kind as varchar) as source_kind,
        cast(source.source_table as varchar) as source_table,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
