{#
  prior_year_restated: the prior-year figure a report states (与上年相比…) = the actual the
  warehouse's report for that year published (int_prior_year_values; a silent revision fails).
  fact_ids also cite the earlier report's fact (of prior_document_id).
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

with

prior_year_values as (
    select * from {{ ref('int_prior_year_values') }}
),

check_restatements as (
    select
        prior_year_values.document_id,
        'prior_year_restated' as check_name,
        prior_year_values.subject_kind || ' ' || prior_year_values.subject
            || coalesce(' ' || prior_year_values.fund_scope, '') || coalesce(' ' || prior_year_values.spending_type, '')
            as subject,
        cast(prior_year_values.prior_value_from_report as decimal(18, 6)) as expected_value,
        cast(prior_year_values.prior_value_stated as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('2') }} as tolerance,
        'equal' as comparison,
        'narrative' as source_kind,
        'prior-year figure stated at line ' || cast(prior_year_values.stated_source_line as {{ dbt.type_string() }})
            || ' (' || prior_year_values.stated_derivation || ') vs the actual of report '
            || prior_year_values.prior_document_id || ' line '
            || cast(prior_year_values.prior_report_source_line as {{ dbt.type_string() }}) as detail,
        -- the earlier report's fact belongs to prior_document_id (named in detail), not to document_id
        {{ fact_id_union(['prior_year_values.stated_fact_id', 'prior_year_values.prior_report_fact_id']) }} as fact_ids
    from prior_year_values
    where prior_year_values.prior_value_from_report is not null
        and prior_year_values.prior_value_stated is not null
),

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_restatements
)

select * from final
