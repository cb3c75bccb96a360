{{ config(materialized='view') }}

{#
  Every classification line printed in a table with its code in full (grain: fact_id), with its
  document's fiscal year and the name's key (classification_name_key): what the learned
  dictionary (int_classification_observed) and the code checks (int_check_classification_codes)
  read. Built from staging, not from int_budget_lines_normalised (which resolves names-only lines
  through the dictionary).
#}

with

budget_lines as (
    select * from {{ ref('stg_budget_lines') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
),

final as (
    select
        budget_lines.document_id,
        budget_lines.fact_id,
        budget_lines.classification,
        budget_lines.code,
        documents.fiscal_year,
        {{ classification_name_key('budget_lines.reported_name') }} as name_key,
        budget_lines.reported_name
    from budget_lines
    inner join documents
        on budget_lines.document_id = documents.document_id
    where budget_lines.source_kind = 'table'
        and budget_lines.code is not null
        and budget_lines.code = budget_lines.reported_code
        and documents.fiscal_year is not null
        and {{ classification_name_key('budget_lines.reported_name') }} is not null
)

select * from final
