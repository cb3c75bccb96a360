{#
  Budget against actual (预算执行), across documents: one row per department × fiscal year × fund
  scope × function code (类 / 款 / 项, every level the documents print), with
    - budget_wan: the year's budget from the department's budget (部门预算, doc_kind budget,
      budget_level department, measure budget_initial);
    - unit_budget_wan: the same code in the budget of the department's own unit (单位预算 naming
      itself as the department, 本级), shown beside it and never added to it: a department's budget
      already consolidates its units';
    - accounts_budget_initial_wan / accounts_budget_adjusted_wan / actual_wan: the 年初预算, the
      调整预算 (全年预算) and the 决算数 the final accounts (部门决算) state for the code;
    - the differences and execution rates (NULL where a side is missing or the base is zero), and
      flags: is_restated_initial_budget (the final accounts' 年初预算 differs from what the budget
      published by more than rounding), is_budgeted_not_spent (budgeted, and final accounts of that
      year and scope exist but state nothing spent on the code), is_spent_not_budgeted (spent, and a
      budget of that year and scope exists but budgets nothing for it).
  A department is its admin_code and name as both documents print it; the amounts are the chosen
  statements (int_budget_lines_chosen), spending_type total. When a department-year has several
  documents of a kind (a budget published as text and as tables), the one stating the most lines of
  that scope is used (then the latest ingested); *_document_id says which, *_document_count how many.
  Each amount's statement is cited: budget_fact_id, unit_budget_fact_id, accounts_budget_initial_fact_id,
  accounts_budget_adjusted_fact_id, actual_fact_id (fct_budget_line.fact_id), and all of them in fact_ids.
  Incremental per department-year (department_year_key): a run rebuilds the department-years of
  the new documents whole.
#}

{{ incremental_by_document(unique_key='department_year_key') }}

{#- each amount column (<name>_wan, with its statement <name>_fact_id): the statements it takes -#}
{%- set amount_columns = {
    'budget': "chosen_lines.document_role = 'department_budget'",
    'unit_budget': "chosen_lines.document_role = 'unit_budget'",
    'accounts_budget_initial': "chosen_lines.document_role = 'final_accounts' and chosen_lines.measure = 'budget_initial'",
    'accounts_budget_adjusted': "chosen_lines.document_role = 'final_accounts' and chosen_lines.measure = 'budget_adjusted'",
    'actual': "chosen_lines.document_role = 'final_accounts' and chosen_lines.measure = 'actual'",
} %}
{%- set rebuilt_documents = sql_list(department_years_to_rebuild(ref('dim_document'))) if is_incremental() else none %}

with

documents as (
    select * from {{ ref('dim_document') }}
),

lines_chosen as (
    select * from {{ ref('int_budget_lines_chosen') }}
),

function_codes as (
    select * from {{ ref('int_function_codes_harmonised') }}
),

function_lines as (
    select
        lines_chosen.document_id,
        lines_chosen.code,
        lines_chosen.level,
        lines_chosen.fund_scope,
        lines_chosen.measure,
        lines_chosen.amount_wan_rounded as amount_wan,
        lines_chosen.chosen_fact_id as fact_id,
        documents.fiscal_year,
        documents.admin_code,
        documents.department,
        documents.ingested_at,
        case
            when documents.doc_kind = 'final_accounts' then 'final_accounts'
            when documents.budget_level = 'unit' then 'unit_budget'
            else 'department_budget'
        end as document_role
    from lines_chosen
    inner join documents
        on lines_chosen.document_id = documents.document_id
    where lines_chosen.classification = 'function'
        {%- if is_incremental() %}
        and lines_chosen.document_id in {{ rebuilt_documents }}
        {%- endif %}
        and lines_chosen.flow = 'expenditure'
        and lines_chosen.spending_type = 'total'
        and lines_chosen.code is not null
        and documents.department is not null
        and (
            (documents.doc_kind = 'budget' and lines_chosen.measure = 'budget_initial')
            or (documents.doc_kind = 'final_accounts'
                and lines_chosen.measure in ('actual', 'budget_initial', 'budget_adjusted'))
        )
),

document_scopes as (
    select
        function_lines.document_id,
        function_lines.document_role,
        function_lines.fiscal_year,
        function_lines.admin_code,
        function_lines.department,
        function_lines.fund_scope,
        count(*) as line_count,
        max(function_lines.ingested_at) as ingested_at
    from function_lines
    group by
        function_lines.document_id, function_lines.document_role, function_lines.fiscal_year,
        function_lines.admin_code, function_lines.department, function_lines.fund_scope
),

document_scopes_ranked as (
    select
        document_scopes.*,
        row_number() over (
            partition by
                document_scopes.document_role, document_scopes.fiscal_year, document_scopes.admin_code,
                document_scopes.department, document_scopes.fund_scope
            order by document_scopes.line_count desc, document_scopes.ingested_at desc, document_scopes.document_id
        ) as document_rank,
        count(*) over (
            partition by
                document_scopes.document_role, document_scopes.fiscal_year, document_scopes.admin_code,
                document_scopes.department, document_scopes.fund_scope
        ) as document_count
    from document_scopes
),

chosen_scopes as (
    select *
    from document_scopes_ranked
    where document_scopes_ranked.document_rank = 1
),

chosen_lines as (
    select
        function_lines.*,
        chosen_scopes.document_count
    from function_lines
    inner join chosen_scopes
        on function_lines.document_id = chosen_scopes.document_id
        and function_lines.fund_scope = chosen_scopes.fund_scope
),

amounts_by_code as (
    select
        chosen_lines.fiscal_year,
        chosen_lines.admin_code,
        chosen_lines.department,
        chosen_lines.fund_scope,
        chosen_lines.code,
        max(chosen_lines.level) as level,
        {%- for column, statement in amount_columns.items() %}
        max(case when {{ statement }} then chosen_lines.amount_wan end) as {{ column }}_wan,
        max(case when {{ statement }} then chosen_lines.fact_id end) as {{ column }}_fact_id
        {{- ',' if not loop.last }}
        {%- endfor %}
    from chosen_lines
    group by
        chosen_lines.fiscal_year, chosen_lines.admin_code, chosen_lines.department,
        chosen_lines.fund_scope, chosen_lines.code
),

scope_documents as (
    select
        chosen_scopes.fiscal_year,
        chosen_scopes.admin_code,
        chosen_scopes.department,
        chosen_scopes.fund_scope,
        max(case when chosen_scopes.document_role = 'department_budget' then chosen_scopes.document_id end)
            as budget_document_id,
        max(case when chosen_scopes.document_role = 'department_budget' then chosen_scopes.document_count end)
            as budget_document_count,
        max(case when chosen_scopes.document_role = 'unit_budget' then chosen_scopes.document_id end)
            as unit_budget_document_id,
        max(case when chosen_scopes.document_role = 'final_accounts' then chosen_scopes.document_id end)
            as accounts_document_id,
        max(case when chosen_scopes.document_role = 'final_accounts' then chosen_scopes.document_count end)
            as accounts_document_count
    from chosen_scopes
    group by chosen_scopes.fiscal_year, chosen_scopes.admin_code, chosen_scopes.department, chosen_scopes.fund_scope
),

department_years as (
    select
        document_scopes.fiscal_year,
        document_scopes.admin_code,
        document_scopes.department,
        max(document_scopes.ingested_at) as ingested_at
    from document_scopes
    group by document_scopes.fiscal_year, document_scopes.admin_code, document_scopes.department
),

execution as (
    select
        amounts_by_code.*,
        department_years.ingested_at,
        scope_documents.budget_document_id,
        scope_documents.budget_document_count,
        scope_documents.unit_budget_document_id,
        scope_documents.accounts_document_id,
        scope_documents.accounts_document_count,
        cast(amounts_by_code.actual_wan - amounts_by_code.budget_wan as decimal(18, 2)) as actual_minus_budget_wan,
        cast(amounts_by_code.accounts_budget_initial_wan - amounts_by_code.budget_wan as decimal(18, 2))
            as restatement_wan,
        case
            when amounts_by_code.budget_wan <> 0
                then cast(round(100 * amounts_by_code.actual_wan / amounts_by_code.budget_wan, 2) as decimal(18, 2))
        end as execution_rate_pct,
        case
            when amounts_by_code.accounts_budget_adjusted_wan <> 0
                then cast(round(
                    100 * amounts_by_code.actual_wan / amounts_by_code.accounts_budget_adjusted_wan, 2
                ) as decimal(18, 2))
        end as execution_rate_adjusted_pct
    from amounts_by_code
    inner join scope_documents
        on amounts_by_code.fiscal_year = scope_documents.fiscal_year
        and coalesce(amounts_by_code.admin_code, '') = coalesce(scope_documents.admin_code, '')
        and amounts_by_code.department = scope_documents.department
        and amounts_by_code.fund_scope = scope_documents.fund_scope
    inner join department_years
        on amounts_by_code.fiscal_year = department_years.fiscal_year
        and coalesce(amounts_by_code.admin_code, '') = coalesce(department_years.admin_code, '')
        and amounts_by_code.department = department_years.department
),

final as (
    select
        execution.fiscal_year,
        execution.admin_code,
        execution.department,
        execution.fund_scope,
        execution.code as function_code,
        execution.level as function_level,
        function_codes.name_in_year as function_name,
        execution.budget_wan,
        execution.unit_budget_wan,
        execution.accounts_budget_initial_wan,
        execution.accounts_budget_adjusted_wan,
        execution.actual_wan,
        execution.actual_minus_budget_wan,
        execution.restatement_wan,
        execution.execution_rate_pct,
        execution.execution_rate_adjusted_pct,
        case
            when execution.budget_wan is null or execution.accounts_budget_initial_wan is null then null
            else abs(execution.restatement_wan) > 0.01
        end as is_restated_initial_budget,
        case
            when execution.budget_document_id is null or execution.accounts_document_id is null then null
            else coalesce(execution.budget_wan, 0) > 0 and coalesce(execution.actual_wan, 0) = 0
        end as is_budgeted_not_spent,
        case
            when execution.budget_document_id is null or execution.accounts_document_id is null then null
            else coalesce(execution.actual_wan, 0) > 0 and coalesce(execution.budget_wan, 0) = 0
        end as is_spent_not_budgeted,
        execution.budget_document_id,
        execution.budget_document_count,
        execution.unit_budget_document_id,
        execution.accounts_document_id,
        execution.accounts_document_count,
        {%- for column in amount_columns %}
        execution.{{ column }}_fact_id,
        {%- endfor %}
        concat_ws(','
            {%- for column in amount_columns %}, execution.{{ column }}_fact_id{% endfor %}) as fact_ids,
        concat_ws('|', cast(execution.fiscal_year as {{ dbt.type_string() }}), coalesce(execution.admin_code, ''),
            execution.department) as department_year_key,
        execution.ingested_at
    from execution
    left join function_codes
        on execution.code = function_codes.code
        and execution.fiscal_year = function_codes.fiscal_year
)

select * from final
