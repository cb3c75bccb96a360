with

source as (
    select * from {{ source('raw', 'document_metrics') }}
),

renamed as (
    select
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        {{ fact_id('document_metrics', 'source.document_id', 'source.fact_index') }} as fact_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.metric as {{ dbt.type_string() }}) as metric,
        cast(source.measure as {{ dbt.type_string() }}) as measure,
        cast(source.value as decimal(18, 6)) as value,
        cast(source.unit as {{ dbt.type_string() }}) as unit,
        cast(source.value_reported as decimal(18, 2)) as value_reported,
        cast(source.unit_reported as {{ dbt.type_string() }}) as unit_reported,
        cast(source.derivation as {{ dbt.type_string() }}) as derivation,
        cast(source.printed_pct as decimal(10, 4)) as printed_pct,
        cast(source.printed_pct_kind as {{ dbt.type_string() }}) as printed_pct_kind,
        cast(source.printed_pct_decimals as integer) as printed_pct_decimals,
        cast(source.pct_base_metric as {{ dbt.type_string() }}) as pct_base_metric,
        cast(source.pct_base_value as decimal(18, 6)) as pct_base_value,
        cast(source.stated_change as decimal(18, 6)) as stated_change,
        cast(source.source_kind as {{ dbt.type_string() }}) as source_kind,
        cast(source.source_table as {{ dbt.type_string() }}) as source_table,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
