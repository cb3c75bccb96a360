{#
  prior_year_restated: the prior-year figure a report states (与上年相比…) = the actual the
  warehouse's report for that year published (int_prior_year_values; a silent revision fails).
  fact_ids also cite the earlier report's fact (of prior_document_id).
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

with

lines_chosen as (
    select * from {{ ref('int_budget_lines_chosen') }}
),

metrics_chosen as (
    select * from {{ ref('int_document_metrics_chosen') }}
),

prior_year_values as (
    select * from {{ ref('int_prior_year_values') }}
),

-- the statements of int_prior_year_values' subjects (the chosen ones, as it reads them), for fact_ids
prior_year_subject_facts as (
    select
        metrics_chosen.document_id,
        'metric' as subject_kind,
        metrics_chosen.metric as subject,
        cast('' as {{ dbt.type_string() }}) as fund_scope,
        cast('' as {{ dbt.type_string() }}) as spending_type,
        metrics_chosen.measure,
        metrics_chosen.chosen_fact_id as fact_id
    from metrics_chosen
    where metrics_chosen.measure in ('actual', 'prior_year')
    union all
    select
        lines_chosen.document_id,
        'function_line' as subject_kind,
        lines_chosen.code as subject,
        lines_chosen.fund_scope,
        lines_chosen.spending_type,
        lines_chosen.measure,
        lines_chosen.chosen_fact_id as fact_id
    from lines_chosen
    where lines_chosen.classification = 'function'
        and lines_chosen.flow = 'expenditure'
        and lines_chosen.code is not null
        and lines_chosen.measure in ('actual', 'prior_year')
),

prior_year_subject_fact_lists as (
    select
        prior_year_subject_facts.document_id,
        prior_year_subject_facts.subject_kind,
        prior_year_subject_facts.subject,
        prior_year_subject_facts.fund_scope,
        prior_year_subject_facts.spending_type,
        prior_year_subject_facts.measure,
        {{ fact_id_list('prior_year_subject_facts.fact_id') }} as fact_ids
    from prior_year_subject_facts
    group by
        prior_year_subject_facts.document_id,
        prior_year_subject_facts.subject_kind,
        prior_year_subject_facts.subject,
        prior_year_subject_facts.fund_scope,
        prior_year_subject_facts.spending_type,
        prior_year_subject_facts.measure
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
        {{ fact_id_union(['stated_facts.fact_ids', 'report_facts.fact_ids']) }} as fact_ids
    from prior_year_values
    left join prior_year_subject_fact_lists as stated_facts
        on prior_year_values.document_id = stated_facts.document_id
        and prior_year_values.subject_kind = stated_facts.subject_kind
        and prior_year_values.subject = stated_facts.subject
        and coalesce(prior_year_values.fund_scope, '') = stated_facts.fund_scope
        and coalesce(prior_year_values.spending_type, '') = stated_facts.spending_type
        and stated_facts.measure = 'prior_year'
    left join prior_year_subject_fact_lists as report_facts
        on prior_year_values.prior_document_id = report_facts.document_id
        and prior_year_values.subject_kind = report_facts.subject_kind
        and prior_year_values.subject = report_facts.subject
        and coalesce(prior_year_values.fund_scope, '') = report_facts.fund_scope
        and coalesce(prior_year_values.spending_type, '') = report_facts.spending_type
        and report_facts.measure = 'actual'
    where prior_year_values.prior_value_from_report is not null
        and prior_year_values.prior_value_stated is not null
),

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_restatements
)

select * from final
