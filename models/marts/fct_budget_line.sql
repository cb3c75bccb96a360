{{ incremental_by_document() }}

{#
  One row per amount a report prints for a classification code (every statement, a fact stated
  twice gives two rows; is_chosen marks the one the marts use: table first, then earliest line).
  name is the reference name of the code in the document's fiscal year (ref_function_class or
  ref_economic_class), NULL when the code is not valid that year. Incremental: only documents
  ingested after the newest one already in the table are (re)built.
#}

with

budget_lines as (
    select * from {{ ref('int_budget_lines_normalised') }}
    {{ only_new_documents() }}
),

chosen_lines as (
    select * from {{ ref('int_budget_lines_chosen') }}
),

function_codes as (
    select * from {{ ref('int_function_codes_harmonised') }}
),

economic_reference as (
    select * from {{ ref('stg_ref_economic_class') }}
),

economic_names_ranked as (
    select
        economic_reference.code,
        economic_reference.name,
        economic_reference.valid_from_year,
        economic_reference.valid_to_year
    from economic_reference
),

-- which economic classification a code is of (部门预算支出经济分类 301… or 政府预算支出经济分类 501…),
-- from the seed's class rows
economic_schemes as (
    select distinct
        economic_reference.code as class_code,
        economic_reference.scheme
    from economic_reference
    where economic_reference.level = 1
),

economic_names_in_year_ranked as (
    select
        lines.document_id,
        lines.fact_index,
        economic_names_ranked.name,
        row_number() over (
            partition by lines.document_id, lines.fact_index
            order by economic_names_ranked.valid_from_year desc, economic_names_ranked.name
        ) as name_rank
    from budget_lines as lines
    inner join economic_names_ranked
        on lines.code = economic_names_ranked.code
        and lines.fiscal_year >= coalesce(economic_names_ranked.valid_from_year, 0)
        and lines.fiscal_year <= coalesce(economic_names_ranked.valid_to_year, {{ var('open_ended_year') }})
    where lines.classification = 'economic'
),

economic_names_in_year as (
    select *
    from economic_names_in_year_ranked
    where economic_names_in_year_ranked.name_rank = 1
),

lines_with_names as (
    select
        budget_lines.*,
        case
            when budget_lines.classification = 'function' then function_codes.name_in_year
            else economic_names_in_year.name
        end as name,
        economic_schemes.scheme as economic_scheme,
        chosen_lines.chosen_fact_index is not null as is_chosen,
        chosen_lines.statement_count,
        chosen_lines.statements_agree
    from budget_lines
    left join function_codes
        on budget_lines.classification = 'function'
        and budget_lines.code = function_codes.code
        and budget_lines.fiscal_year = function_codes.fiscal_year
    left join economic_names_in_year
        on budget_lines.document_id = economic_names_in_year.document_id
        and budget_lines.fact_index = economic_names_in_year.fact_index
    left join economic_schemes
        on budget_lines.classification = 'economic'
        and substr(budget_lines.code, 1, 3) = economic_schemes.class_code
    left join chosen_lines
        on budget_lines.document_id = chosen_lines.document_id
        and budget_lines.fact_index = chosen_lines.chosen_fact_index
),

final as (
    select
        lines_with_names.document_id,
        lines_with_names.fiscal_year,
        lines_with_names.admin_code,
        lines_with_names.classification,
        lines_with_names.code,
        lines_with_names.level,
        lines_with_names.economic_scheme,
        lines_with_names.name,
        lines_with_names.reported_name,
        lines_with_names.flow,
        lines_with_names.spending_type,
        lines_with_names.fund_scope,
        lines_with_names.measure,
        -- the year a figure belongs to: a budget's 上年预算数 / 上年执行数 are the year before's
        case
            when lines_with_names.measure in ('prior_year', 'prior_year_budget', 'prior_year_actual')
                then lines_with_names.fiscal_year - 1
            else lines_with_names.fiscal_year
        end as measure_year,
        lines_with_names.amount_wan_rounded as amount_wan,
        lines_with_names.source_kind,
        lines_with_names.source_line,
        lines_with_names.fact_id,
        lines_with_names.fact_index,
        lines_with_names.code_reason,
        lines_with_names.code_resolution,
        lines_with_names.code_candidates,
        lines_with_names.code_support_document_count,
        lines_with_names.code_support_years,
        lines_with_names.reported_code,
        lines_with_names.reported_level,
        lines_with_names.parent_names,
        lines_with_names.parent_code,
        lines_with_names.amount_reported,
        lines_with_names.unit_reported,
        lines_with_names.printed_rate_pct,
        lines_with_names.source_table,
        lines_with_names.is_chosen,
        lines_with_names.statement_count,
        lines_with_names.statements_agree,
        lines_with_names.ingested_at
    from lines_with_names
)

select * from final
