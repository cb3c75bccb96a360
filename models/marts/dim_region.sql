{#
  One row per administrative division (GB/T 2260 six-digit code): every row of the reference
  ref_region, plus any code a document resolved that the reference lacks (is_in_reference false,
  names taken from the document), so that every document's admin_code has its region.
#}

with

region_reference as (
    select * from {{ ref('ref_region') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
),

reference_regions as (
    select
        cast(region_reference.admin_code as {{ dbt.type_string() }}) as admin_code,
        cast(region_reference.level as {{ dbt.type_string() }}) as level,
        cast(region_reference.name as {{ dbt.type_string() }}) as name,
        cast(region_reference.parent_code as {{ dbt.type_string() }}) as parent_code,
        cast(region_reference.province as {{ dbt.type_string() }}) as province,
        cast(region_reference.city as {{ dbt.type_string() }}) as city,
        cast(region_reference.county as {{ dbt.type_string() }}) as county,
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
