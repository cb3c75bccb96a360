with

source as (
    select * from {{ source('raw', 'budget_lines') }}
),

renamed as (
    select
        cast(source.document_id as {{ dbt.type_string() }}) as document_id,
        {{ fact_id('budget_lines', 'source.document_id', 'source.fact_index') }} as fact_id,
        cast(source.fact_index as integer) as fact_index,
        cast(source.classification as {{ dbt.type_string() }}) as classification,
        cast(source.code as {{ dbt.type_string() }}) as code,
        cast(source.code_reason as {{ dbt.type_string() }}) as code_reason,
        cast(source.reported_code as {{ dbt.type_string() }}) as reported_code,
        cast(source.reported_name as {{ dbt.type_string() }}) as reported_name,
        cast(source.parent_names as {{ dbt.type_string() }}) as parent_names,
        cast(source.level as integer) as reported_level,
        cast(source.flow as {{ dbt.type_string() }}) as flow,
        cast(source.spending_type as {{ dbt.type_string() }}) as spending_type,
        cast(source.fund_scope as {{ dbt.type_string() }}) as fund_scope,
        cast(source.measure as {{ dbt.type_string() }}) as measure,
        cast(source.amount as decimal(18, 2)) as amount_reported,
        cast(source.unit as {{ dbt.type_string() }}) as unit_reported,
        cast(source.amount_wan as decimal(18, 6)) as amount_wan,
        cast(source.printed_rate_pct as decimal(10, 2)) as printed_rate_pct,
        cast(source.source_kind as {{ dbt.type_string() }}) as source_kind,
        cast(source.source_table as {{ dbt.type_string() }}) as source_table,
        cast(source.source_line as integer) as source_line
    from source
),

final as (
    select * from renamed
)

select * from final
