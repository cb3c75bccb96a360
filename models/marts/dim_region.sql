{#
  One row per administrative division (GB/T 2260 six-digit code): every row of the reference
  ref_region, plus any code a document resolved that the reference lacks (is_in_reference false,
  names taken from the document), so that every document's admin_code has its region.
#}

with

region_reference as (
    select * from {{ ref('stg_ref_region') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
),

reference_regions as (
    select
        region_reference.admin_code,
        region_reference.level,
        region_reference.name,
        region_reference.parent_code,
        region_reference.province,
        region_reference.city,
        region_reference.county,
        true as is_in_reference
    from region_reference
),

document_regions_ranked as (
    select
        documents.admin_code,
        documents.province,
        documents.city,
        documents.county,
        row_number() over (
            partition by documents.admin_code
            order by documents.ingested_at desc, documents.document_id
        ) as region_rank
    from documents
    where documents.admin_code is not null
),

regions_only_in_documents as (
    select
        document_regions_ranked.admin_code,
        'county' as level,
        coalesce(document_regions_ranked.county, document_regions_ranked.city, document_regions_ranked.province) as name,
        cast(null as {{ dbt.type_string() }}) as parent_code,
        document_regions_ranked.province,
        document_regions_ranked.city,
        document_regions_ranked.county,
        false as is_in_reference
    from document_regions_ranked
    where document_regions_ranked.region_rank = 1
        and document_regions_ranked.admin_code not in (
            select reference_regions.admin_code from reference_regions where reference_regions.admin_code is not null
        )
),

all_regions as (
    select * from reference_regions
    union all
    select * from regions_only_in_documents
),

document_counts as (
    select
        documents.admin_code,
        count(*) as document_count
    from documents
    where documents.admin_code is not null
    group by documents.admin_code
),

final as (
    select
        all_regions.admin_code,
        all_regions.level,
        all_regions.name,
        all_regions.parent_code,
        all_regions.province,
        all_regions.city,
        all_regions.county,
        all_regions.is_in_reference,
        coalesce(document_counts.document_count, 0) as document_count
    from all_regions
    left join document_counts
        on all_regions.admin_code = document_counts.admin_code
)

select * from final
