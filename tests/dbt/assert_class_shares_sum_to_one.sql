-- mart_function_comparison: within a document, the level-1 (类) shares add up to 1, since the
-- department total is defined as the sum of the level-1 amounts (documents where some share is
-- NULL, i.e. a negative class amount, are left out). Returns the documents where not.

with

comparison as (
    select * from {{ ref('mart_function_comparison') }}
),

class_shares as (
    select
        comparison.document_id,
        sum(comparison.share_of_department_total) as share_sum
    from comparison
    where comparison.function_level = 1
        and comparison.department_total_wan > 0
    group by comparison.document_id
    having count(comparison.share_of_department_total) = count(*)
),

final as (
    select *
    from class_shares
    where abs(class_shares.share_sum - 1) > 0.0001
)

select * from final
