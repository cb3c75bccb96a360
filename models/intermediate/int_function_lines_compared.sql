{#
  The function lines mart_function_comparison compares, one report per department and year: a
  final_accounts report with function lines first, then the latest ingested (then document_id).
  Its actual expenditure lines (spending_type total), in the fund scope nearly every report
  states — general_public_budget (一般公共预算财政拨款: table 05 or the narrative), else all_funds
  (tables 01/03) when the report states only that — at all three levels (类 / 款 / 项):
  - a class or section line stated without any of its items, in a document that states items for
    its other lines (a sentence naming the wrong class), is left out: the items' roll-up stands
    for it (mart_reconciliation reports the contradiction: function_items_sum_to_class);
  - lines stated at level 3 but not at level 2 (or 2 but not 1) are summed into their missing
    parent, is_rolled_up;
  - fact_ids: every fact amount_wan comes from (the stated line, or the items a rolled-up line sums).
  Grain: one row per document × function_code (the comparison documents only).
#}

with

documents as (
    select * from {{ ref('dim_document') }}
),

lines_chosen as (
    select * from {{ ref('int_budget_lines_chosen') }}
),

function_lines as (
    select *
    from lines_chosen
    where lines_chosen.classification = 'function'
        and lines_chosen.flow = 'expenditure'
        and lines_chosen.spending_type = 'total'
        and lines_chosen.measure = 'actual'
        and lines_chosen.code is not null
        and lines_chosen.fund_scope in ('all_funds', 'general_public_budget')
),

document_scopes as (
    select
        function_lines.document_id,
        case
            when max(case when function_lines.fund_scope = 'general_public_budget' then 1 else 0 end) = 1
                then 'general_public_budget'
            else 'all_funds'
        end as fund_scope,
        count(*) as line_count
    from function_lines
    group by function_lines.document_id
),

documents_ranked as (
    select
        documents.document_id,
        documents.fiscal_year,
        documents.admin_code,
        documents.province,
        documents.city,
        documents.county,
        documents.department,
        document_scopes.fund_scope,
        row_number() over (
            partition by
                documents.fiscal_year, documents.admin_code, documents.province, documents.city,
                documents.county, documents.department
            order by
                case when documents.doc_kind = 'final_accounts' then 0 else 1 end,
                documents.ingested_at desc,
                documents.document_id
        ) as document_rank
    from documents
    inner join document_scopes
        on documents.document_id = document_scopes.document_id
),

comparison_documents as (
    select *
    from documents_ranked
    where documents_ranked.document_rank = 1
),

scoped_lines as (
    select function_lines.*
    from function_lines
    inner join comparison_documents
        on function_lines.document_id = comparison_documents.document_id
        and function_lines.fund_scope = comparison_documents.fund_scope
),

stated_lines as (
    select
        function_lines.document_id,
        function_lines.fund_scope,
        function_lines.code,
        function_lines.level,
        function_lines.amount_wan,
        false as is_rolled_up,
        function_lines.chosen_fact_id as fact_ids
    from scoped_lines as function_lines
    where function_lines.level = 3
        or not exists (
            select 1
            from scoped_lines as items
            where items.document_id = function_lines.document_id
                and items.level = 3
        )
        or exists (
            select 1
            from scoped_lines as items
            where items.document_id = function_lines.document_id
                and items.level = 3
                and substr(items.code, 1, length(function_lines.code)) = function_lines.code
        )
),

rolled_up_sections as (
    select
        items.document_id,
        items.fund_scope,
        substr(items.code, 1, 5) as code,
        2 as level,
        sum(items.amount_wan) as amount_wan,
        true as is_rolled_up,
        {{ fact_id_list('items.fact_ids') }} as fact_ids
    from stated_lines as items
    where items.level = 3
        and not exists (
            select 1
            from stated_lines as sections
            where sections.document_id = items.document_id
                and sections.code = substr(items.code, 1, 5)
        )
    group by items.document_id, items.fund_scope, substr(items.code, 1, 5)
),

lines_to_level_two as (
    select * from stated_lines
    union all
    select * from rolled_up_sections
),

rolled_up_classes as (
    select
        sections.document_id,
        sections.fund_scope,
        substr(sections.code, 1, 3) as code,
        1 as level,
        sum(sections.amount_wan) as amount_wan,
        true as is_rolled_up,
        {{ fact_id_list('sections.fact_ids') }} as fact_ids
    from lines_to_level_two as sections
    where sections.level = 2
        and not exists (
            select 1
            from stated_lines as classes
            where classes.document_id = sections.document_id
                and classes.code = substr(sections.code, 1, 3)
        )
    group by sections.document_id, sections.fund_scope, substr(sections.code, 1, 3)
),

all_lines as (
    select * from lines_to_level_two
    union all
    select * from rolled_up_classes
),

final as (
    select
        comparison_documents.fiscal_year,
        comparison_documents.admin_code,
        comparison_documents.province,
        comparison_documents.city,
        comparison_documents.county,
        comparison_documents.department,
        comparison_documents.document_id,
        all_lines.code as function_code,
        all_lines.level as function_level,
        all_lines.fund_scope,
        all_lines.amount_wan,
        all_lines.is_rolled_up,
        all_lines.fact_ids
    from all_lines
    inner join comparison_documents
        on all_lines.document_id = comparison_documents.document_id
)

select * from final
