-- Every ingested report has exactly one row in dim_document and in mart_department_scorecard.
-- Returns the documents where not.

with

documents as (
    select * from {{ ref('stg_documents') }}
),

dimension as (
    select * from {{ ref('dim_document') }}
),

scorecard as (
    select * from {{ ref('mart_department_scorecard') }}
),

counts as (
    select
        documents.document_id,
        (select count(*) from dimension where dimension.document_id = documents.document_id) as dimension_rows,
        (select count(*) from scorecard where scorecard.document_id = documents.document_id) as scorecard_rows
    from documents
),

final as (
    select *
    from counts
    where counts.dimension_rows <> 1
        or counts.scorecard_rows <> 1
)

select * from final
