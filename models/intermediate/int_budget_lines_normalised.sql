{{ config(materialized='view') }}

{#
  Every budget-line statement with its document's year, region and ingest time, the amount in
  万元 (full precision and rounded to the contract's two decimals) and the code's position in its
  hierarchy (level from the code length, class/section/item codes, parent code). A view: it is
  a row-wise projection, so the incremental models downstream read only the new documents.
#}

with

budget_lines as (
    select * from {{ ref('stg_budget_lines') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
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
        budget_lines.code,
        budget_lines.code_reason,
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
        case
            when budget_lines.amount_wan is not null then budget_lines.amount_wan
            when budget_lines.unit_reported = '元' then cast(budget_lines.amount_reported / 10000 as decimal(18, 6))
            else cast(budget_lines.amount_reported as decimal(18, 6))
        end as amount_wan,
        budget_lines.printed_rate_pct,
        budget_lines.source_kind,
        budget_lines.source_table,
        budget_lines.source_line
    from budget_lines
    inner join documents
        on budget_lines.document_id = documents.document_id
),

lines_with_levels as (
    select
        lines_with_documents.*,
        case
            when lines_with_documents.code is null then lines_with_documents.reported_level
            when length(lines_with_documents.code) = 3 then 1
            when length(lines_with_documents.code) = 5 then 2
            when length(lines_with_documents.code) = 7 then 3
            else lines_with_documents.reported_level
        end as level,
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
