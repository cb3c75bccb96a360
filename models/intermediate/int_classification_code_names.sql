{#
  One row per code of the curated reference (int_classification_reference): its canonical name —
  the latest valid one (latest valid_to, then latest valid_from, then name) — the years it is
  valid (last_valid_year NULL while still valid) and how many names it has had.
  Grain: classification × code.
#}

with

reference as (
    select * from {{ ref('int_classification_reference') }}
),

names_ranked as (
    select
        reference.classification,
        reference.code,
        reference.name,
        row_number() over (
            partition by reference.classification, reference.code
            order by
                coalesce(reference.valid_to_year, {{ var('open_ended_year') }}) desc,
                reference.valid_from_year desc,
                reference.name
        ) as name_rank
    from reference
),

spans as (
    select
        reference.classification,
        reference.code,
        min(reference.valid_from_year) as first_valid_year,
        max(coalesce(reference.valid_to_year, {{ var('open_ended_year') }})) as last_valid_year,
        count(distinct reference.name) as name_count
    from reference
    group by reference.classification, reference.code
),

final as (
    select
        spans.classification,
        spans.code,
        names_ranked.name as canonical_name,
        spans.first_valid_year,
        case when spans.last_valid_year < {{ var('open_ended_year') }} then spans.last_valid_year end as last_valid_year,
        spans.name_count
    from spans
    inner join names_ranked
        on spans.classification = names_ranked.classification
        and spans.code = names_ranked.code
        and names_ranked.name_rank = 1
)

select * from final
