{#
  One row per accounting identity tested on a document's own figures. A failed identity is a
  finding about the report (reports contradict themselves), never a reason to drop a number.
  The checks live in models/intermediate/checks/, one model per family, each describing its
  check_names: int_check_line_sums (classification lines add up), int_check_metric_sums (the
  totals add up), int_check_table_narrative (a sentence = the table), int_check_rates and
  int_check_percentages (printed rates and shares = the amounts), int_check_scores (score <=
  weight), int_check_project_statements (a project stated twice agrees), int_check_restatements
  (the prior year as stated now = as published then) and int_check_classification_codes (codes
  against the classification reference: no amounts, comparison `classification`).
  expected_value is the printed total (or printed rate, or weight), actual_value what the parts
  add up to (or the computed rate, or the score); difference = actual_value - expected_value;
  passed: within tolerance ('equal') or not above expected_value + tolerance ('at_most').
  fact_ids: every statement expected_value and actual_value are computed from
  (macros/fact_id_list.sql). Incremental per document: a run rebuilds the new documents and the
  reports a year later of their departments (restatements compare a report with the year
  before: macros/incremental_by_document.sql, documents_to_rebuild).
#}

{{ incremental_by_document() }}

{%- set identity_checks = [
    'int_check_line_sums', 'int_check_metric_sums', 'int_check_table_narrative', 'int_check_rates',
    'int_check_scores', 'int_check_percentages', 'int_check_project_statements', 'int_check_restatements'
] %}
{%- set rebuilt_documents = sql_list(documents_to_rebuild(ref('stg_documents'))) if is_incremental() else none %}

with

documents as (
    select * from {{ ref('stg_documents') }}
),


all_checks as (
    {%- for model in identity_checks %}
    select
        document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind,
        detail, fact_ids
    from {{ ref(model) }}
    {%- if is_incremental() %}
    where document_id in {{ rebuilt_documents }}
    {%- endif %}
    {{- '\n    union all' if not loop.last }}
    {%- endfor %}
),

identity_checks as (
    select
        all_checks.document_id,
        all_checks.check_name,
        all_checks.subject,
        all_checks.expected_value,
        all_checks.actual_value,
        cast(all_checks.actual_value - all_checks.expected_value as decimal(18, 6)) as difference,
        coalesce(
            case
                when all_checks.comparison = 'equal'
                    then abs(all_checks.actual_value - all_checks.expected_value) <= all_checks.tolerance
                when all_checks.comparison = 'at_most'
                    then all_checks.actual_value <= all_checks.expected_value + all_checks.tolerance
            end,
            false
        ) as passed,
        all_checks.detail,
        cast(all_checks.tolerance as decimal(18, 6)) as tolerance,
        all_checks.comparison,
        all_checks.source_kind,
        documents.fiscal_year,
        documents.admin_code,
        documents.department,
        all_checks.fact_ids,
        documents.ingested_at
    from all_checks
    inner join documents
        on all_checks.document_id = documents.document_id
),

classification_checks as (
    select
        code_checks.document_id,
        code_checks.check_name,
        code_checks.subject,
        cast(null as decimal(18, 6)) as expected_value,
        cast(null as decimal(18, 6)) as actual_value,
        cast(null as decimal(18, 6)) as difference,
        code_checks.passed,
        code_checks.detail,
        cast(null as decimal(18, 6)) as tolerance,
        'classification' as comparison,
        'table' as source_kind,
        documents.fiscal_year,
        documents.admin_code,
        documents.department,
        code_checks.fact_ids,
        documents.ingested_at
    from {{ ref('int_check_classification_codes') }} as code_checks
    inner join documents
        on code_checks.document_id = documents.document_id
    {%- if is_incremental() %}
    where code_checks.document_id in {{ rebuilt_documents }}
    {%- endif %}
),

final as (
    select * from identity_checks
    union all
    select * from classification_checks
)

select * from final
