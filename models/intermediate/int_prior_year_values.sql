{#
  Prior-year values of a document's figures, from two independent places:
    - the earlier report: the warehouse's report of the same admin_code and department for
      fiscal_year - 1 (a final_accounts report preferred, then the latest ingested), its chosen
      `actual` figure for the same subject;
    - the prior-year figure stated in this report (与上年相比 … : measure `prior_year`, which the
      ingest computes from the printed change and explains in `derivation`).
  Subjects: a document metric (subject_kind 'metric', subject = metric name) or a function
  budget line (subject_kind 'function_line', subject = function code, per fund_scope and
  spending_type; actual amounts, expenditure). prior_value takes the earlier report first, else the
  stated figure, and prior_source says which ('earlier_report' | 'stated_in_report').
  Grain: one row per document × subject_kind × subject × fund_scope × spending_type with a prior value.
  Incremental per document: a run rebuilds the new documents and the reports a year later of
  their departments (documents_to_rebuild), reading those and the reports a year earlier.
#}

{{ incremental_by_document() }}
{%- if is_incremental() %}
    {%- set rebuilt = sql_list(documents_to_rebuild(ref('stg_documents'))) %}
    {%- set documents_read -%}
        select rebuilt_documents.document_id
        from {{ ref('stg_documents') }} as rebuilt_documents
        where rebuilt_documents.document_id in {{ rebuilt }}
        union
        select earlier_documents.document_id
        from {{ ref('stg_documents') }} as rebuilt_documents
        inner join {{ ref('stg_documents') }} as earlier_documents
            on rebuilt_documents.admin_code = earlier_documents.admin_code
            and rebuilt_documents.department = earlier_documents.department
            and rebuilt_documents.fiscal_year - 1 = earlier_documents.fiscal_year
        where rebuilt_documents.document_id in {{ rebuilt }}
    {%- endset %}
    {%- set read = sql_list(documents_read) %}
{%- endif %}

with

documents as (
    select * from {{ ref('stg_documents') }}
),

metrics_chosen as (
    select * from {{ ref('int_document_metrics_chosen') }}
    {%- if is_incremental() %}
    where document_id in {{ read }}
    {%- endif %}
),

lines_chosen as (
    select * from {{ ref('int_budget_lines_chosen') }}
    {%- if is_incremental() %}
    where document_id in {{ read }}
    {%- endif %}
),

earlier_reports_ranked as (
    select
        current_documents.document_id,
        earlier_documents.document_id as prior_document_id,
        row_number() over (
            partition by current_documents.document_id
            order by
                case when earlier_documents.doc_kind = 'final_accounts' then 0 else 1 end,
                earlier_documents.ingested_at desc,
                earlier_documents.document_id
        ) as report_rank
    from documents as current_documents
    inner join documents as earlier_documents
        on current_documents.admin_code = earlier_documents.admin_code
        and current_documents.department = earlier_documents.department
        and current_documents.fiscal_year - 1 = earlier_documents.fiscal_year
    {%- if is_incremental() %}
    where current_documents.document_id in {{ rebuilt }}
    {%- endif %}
),

earlier_reports as (
    select
        earlier_reports_ranked.document_id,
        earlier_reports_ranked.prior_document_id
    from earlier_reports_ranked
    where earlier_reports_ranked.report_rank = 1
),

subject_values as (
    select
        metrics_chosen.document_id,
        'metric' as subject_kind,
        metrics_chosen.metric as subject,
        cast('' as {{ dbt.type_string() }}) as fund_scope,
        cast('' as {{ dbt.type_string() }}) as spending_type,
        metrics_chosen.measure,
        metrics_chosen.value,
        metrics_chosen.chosen_source_line as source_line,
        metrics_chosen.derivation,
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
        lines_chosen.amount_wan as value,
        lines_chosen.chosen_source_line as source_line,
        cast(null as {{ dbt.type_string() }}) as derivation,
        lines_chosen.chosen_fact_id as fact_id
    from lines_chosen
    where lines_chosen.classification = 'function'
        and lines_chosen.flow = 'expenditure'
        and lines_chosen.code is not null
        and lines_chosen.measure in ('actual', 'prior_year')
),

from_earlier_report as (
    select
        earlier_reports.document_id,
        earlier_reports.prior_document_id,
        subject_values.subject_kind,
        subject_values.subject,
        subject_values.fund_scope,
        subject_values.spending_type,
        subject_values.value as prior_value_from_report,
        subject_values.source_line as prior_report_source_line,
        subject_values.fact_id as prior_report_fact_id
    from earlier_reports
    inner join subject_values
        on earlier_reports.prior_document_id = subject_values.document_id
    where subject_values.measure = 'actual'
),

stated_in_report as (
    select
        subject_values.document_id,
        subject_values.subject_kind,
        subject_values.subject,
        subject_values.fund_scope,
        subject_values.spending_type,
        subject_values.value as prior_value_stated,
        subject_values.source_line as stated_source_line,
        subject_values.derivation as stated_derivation,
        subject_values.fact_id as stated_fact_id
    from subject_values
    where subject_values.measure = 'prior_year'
),

current_values as (
    select
        subject_values.document_id,
        subject_values.subject_kind,
        subject_values.subject,
        subject_values.fund_scope,
        subject_values.spending_type,
        subject_values.value as current_value
    from subject_values
    where subject_values.measure = 'actual'
),

both_sources as (
    select
        coalesce(from_earlier_report.document_id, stated_in_report.document_id) as document_id,
        coalesce(from_earlier_report.subject_kind, stated_in_report.subject_kind) as subject_kind,
        coalesce(from_earlier_report.subject, stated_in_report.subject) as subject,
        coalesce(from_earlier_report.fund_scope, stated_in_report.fund_scope) as fund_scope,
        coalesce(from_earlier_report.spending_type, stated_in_report.spending_type) as spending_type,
        from_earlier_report.prior_document_id,
        from_earlier_report.prior_value_from_report,
        from_earlier_report.prior_report_source_line,
        from_earlier_report.prior_report_fact_id,
        stated_in_report.prior_value_stated,
        stated_in_report.stated_source_line,
        stated_in_report.stated_derivation,
        stated_in_report.stated_fact_id
    from from_earlier_report
    full outer join stated_in_report
        on from_earlier_report.document_id = stated_in_report.document_id
        and from_earlier_report.subject_kind = stated_in_report.subject_kind
        and from_earlier_report.subject = stated_in_report.subject
        and from_earlier_report.fund_scope = stated_in_report.fund_scope
        and from_earlier_report.spending_type = stated_in_report.spending_type
),

final as (
    select
        both_sources.document_id,
        documents.fiscal_year,
        documents.admin_code,
        documents.department,
        both_sources.subject_kind,
        both_sources.subject,
        nullif(both_sources.fund_scope, '') as fund_scope,
        nullif(both_sources.spending_type, '') as spending_type,
        current_values.current_value,
        both_sources.prior_document_id,
        both_sources.prior_value_from_report,
        both_sources.prior_report_source_line,
        both_sources.prior_report_fact_id,
        both_sources.prior_value_stated,
        both_sources.stated_source_line,
        both_sources.stated_derivation,
        both_sources.stated_fact_id,
        coalesce(both_sources.prior_value_from_report, both_sources.prior_value_stated) as prior_value,
        case
            when both_sources.prior_value_from_report is not null then 'earlier_report'
            when both_sources.prior_value_stated is not null then 'stated_in_report'
        end as prior_source,
        case
            when both_sources.prior_value_from_report is null or both_sources.prior_value_stated is null then null
            else abs(both_sources.prior_value_from_report - both_sources.prior_value_stated)
                <= {{ amount_tolerance(2) }}
        end as sources_agree,
        documents.ingested_at
    from both_sources
    inner join documents
        on both_sources.document_id = documents.document_id
    left join current_values
        on both_sources.document_id = current_values.document_id
        and both_sources.subject_kind = current_values.subject_kind
        and both_sources.subject = current_values.subject
        and both_sources.fund_scope = current_values.fund_scope
        and both_sources.spending_type = current_values.spending_type
    {%- if is_incremental() %}
    where both_sources.document_id in {{ rebuilt }}
    {%- endif %}
)

select * from final
