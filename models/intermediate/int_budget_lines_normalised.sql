{{ config(materialized='view') }}

{#
  Every budget-line statement with its document's year, region and ingest time, the amount in
  万元 (full precision and rounded to the contract's two decimals) and the code's position in its
  hierarchy (level from the code length, class/section/item codes, parent code). A names-only
  line the ingest could not resolve through the curated reference takes the code the dictionary
  learned from the documents gives it (int_names_resolved_by_dictionary); code_resolution says
  which path gave the code. A view: it is a row-wise projection, so the incremental models
  downstream read only the new documents (a line of an earlier document keeps the resolution of
  its build until a full refresh, even when later documents grow the dictionary).
#}

with

budget_lines as (
    select * from {{ ref('stg_budget_lines') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
),

dictionary_resolutions as (
    select * from {{ ref('int_names_resolved_by_dictionary') }}
),

lines_with_documents as (
    select
        budget_lines.document_id,
        budget_lines.fact_id,
        budget_lines.fact_index,
        documents.fiscal_year,
        documents.admin_code,
        documents.department,
        documents.ingested_at,
        budget_lines.classification,
        coalesce(budget_lines.code, dictionary_resolutions.dictionary_code) as code,
        case
            when budget_lines.code is not null then budget_lines.code_reason
            when dictionary_resolutions.dictionary_code is not null then
                concat_ws('; ', budget_lines.code_reason,
                    'resolved through the dictionary learned from the documents of '
                    || cast(documents.fiscal_year as {{ dbt.type_string() }}) || ': '
                    || cast(dictionary_resolutions.support_document_count as {{ dbt.type_string() }})
                    || ' document(s) print ' || dictionary_resolutions.dictionary_code || ' with this name')
            when dictionary_resolutions.candidate_count > 1 then
                concat_ws('; ', budget_lines.code_reason,
                    'ambiguous in the dictionary of ' || cast(documents.fiscal_year as {{ dbt.type_string() }})
                    || ': ' || dictionary_resolutions.candidate_codes)
            else budget_lines.code_reason
        end as code_reason,
        case
            when budget_lines.code is not null and budget_lines.code = budget_lines.reported_code then 'printed'
            when budget_lines.code is not null then 'curated_reference'
            when dictionary_resolutions.dictionary_code is not null then 'learned_dictionary'
            else 'unresolved'
        end as code_resolution,
        dictionary_resolutions.candidate_codes as code_candidates,
        dictionary_resolutions.support_document_count as code_support_document_count,
        dictionary_resolutions.support_years as code_support_years,
        budget_lines.reported_code,
        budget_lines.reported_name,
        budget_lines.parent_names,
        budget_lines.reported_level,
        budget_lines.flow,
        budget_lines.spending_type,
        budget_lines.fund_scope,
        budget_lines.measure,
        budget_lines.amount_reported,
        budget_lines.unit_reported,
        coalesce(
            budget_lines.amount_wan,
            cast(budget_lines.amount_reported * {{ wan_per_unit('budget_lines.unit_reported') }} as decimal(18, 6))
        ) as amount_wan,
        budget_lines.printed_rate_pct,
        budget_lines.source_kind,
        budget_lines.source_table,
        budget_lines.source_line
    from budget_lines
    inner join documents
        on budget_lines.document_id = documents.document_id
    left join dictionary_resolutions
        on budget_lines.fact_id = dictionary_resolutions.fact_id
),

lines_with_levels as (
    select
        lines_with_documents.*,
        coalesce({{ level_of_code('lines_with_documents.code') }}, lines_with_documents.reported_level) as level,
        case
            when length(lines_with_documents.code) >= 3 then substr(lines_with_documents.code, 1, 3)
        end as class_code,
        case
            when length(lines_with_documents.code) >= 5 then substr(lines_with_documents.code, 1, 5)
        end as section_code,
        case
            when length(lines_with_documents.code) = 7 then lines_with_documents.code
        end as item_code,
        case
            when length(lines_with_documents.code) = 7 then substr(lines_with_documents.code, 1, 5)
            when length(lines_with_documents.code) = 5 then substr(lines_with_documents.code, 1, 3)
        end as parent_code,
        coalesce(
            lines_with_documents.code,
            'unresolved:' || coalesce(lines_with_documents.parent_names, '') || '/'
            || coalesce(lines_with_documents.reported_name, '')
        ) as fact_code_key
    from lines_with_documents
),

final as (
    select
        lines_with_levels.document_id,
        lines_with_levels.fact_id,
        lines_with_levels.fact_index,
        lines_with_levels.fiscal_year,
        lines_with_levels.admin_code,
        lines_with_levels.department,
        lines_with_levels.ingested_at,
        lines_with_levels.classification,
        lines_with_levels.code,
        lines_with_levels.code_reason,
        lines_with_levels.code_resolution,
        lines_with_levels.code_candidates,
        lines_with_levels.code_support_document_count,
        lines_with_levels.code_support_years,
        lines_with_levels.reported_code,
        lines_with_levels.reported_name,
        lines_with_levels.parent_names,
        lines_with_levels.level,
        lines_with_levels.reported_level,
        lines_with_levels.level = lines_with_levels.reported_level as is_level_consistent,
        lines_with_levels.class_code,
        lines_with_levels.section_code,
        lines_with_levels.item_code,
        lines_with_levels.parent_code,
        lines_with_levels.fact_code_key,
        {{ budget_line_fact_key('lines_with_levels') }} as fact_key,
        lines_with_levels.flow,
        lines_with_levels.spending_type,
        lines_with_levels.fund_scope,
        lines_with_levels.measure,
        lines_with_levels.amount_reported,
        lines_with_levels.unit_reported,
        lines_with_levels.amount_wan,
        cast(round(lines_with_levels.amount_wan, 2) as decimal(18, 2)) as amount_wan_rounded,
        lines_with_levels.printed_rate_pct,
        lines_with_levels.source_kind,
        lines_with_levels.source_table,
        lines_with_levels.source_line
    from lines_with_levels
)

select * from final
