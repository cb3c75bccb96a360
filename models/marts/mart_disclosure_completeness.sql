{#
  Disclosure completeness (公开完整性): for every final-accounts report, which of the nine standard
  tables (公开表 01–09) and which required sections (三公经费, 机关运行经费, 政府采购, 国有资产, 绩效)
  it contains. Grain: one row per document × item of ref_disclosure_item, so that analysts can
  pivot region × year × item. Performance-evaluation reports are left out: the rule applies to
  部门决算 disclosures. Incremental per document.
#}

{{ incremental_by_document() }}

with

documents as (
    select * from {{ ref('dim_document') }}
    {{ only_new_documents() }}
),

items as (
    select * from {{ ref('stg_ref_disclosure_item') }}
),

disclosure_items as (
    select * from {{ ref('stg_disclosure_items') }}
),

final_accounts as (
    select *
    from documents
    where documents.doc_kind = 'final_accounts'
),

final as (
    select
        final_accounts.document_id,
        final_accounts.fiscal_year,
        final_accounts.admin_code,
        final_accounts.province,
        final_accounts.city,
        final_accounts.county,
        final_accounts.department,
        items.item,
        items.item_kind,
        items.name_zh as item_name_zh,
        items.sort_order,
        coalesce(disclosure_items.is_present, false) as is_present,
        disclosure_items.source_line,
        final_accounts.ingested_at
    from final_accounts
    cross join items
    left join disclosure_items
        on final_accounts.document_id = disclosure_items.document_id
        and items.item = disclosure_items.item
)

select * from final
