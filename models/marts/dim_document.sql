{#
  One row per ingested report (部门决算 or 绩效自评/评价), with where it comes from (region,
  department, year) and how it was read (parser version, ingest time).
#}

with

documents as (
    select * from {{ ref('stg_documents') }}
),

final as (
    select
        documents.document_id,
        documents.source_file,
        documents.province,
        documents.city,
        documents.county,
        documents.admin_code,
        documents.department,
        documents.fiscal_year,
        documents.doc_kind,
        documents.doc_kind_reason,
        documents.budget_level,
        documents.amount_unit_reported,
        documents.parser_version,
        documents.ingested_at,
        documents.title,
        documents.admin_code_reason,
        documents.sha256,
        documents.size_bytes,
        documents.input_format,
        documents.line_count
    from documents
)

select * from final
