{{ incremental_by_document() }}

{#
  One row per project (项目) statement: budgets and execution in 万元 (converted from yuan when the
  report printed yuan), the execution rate as printed (percent) next to the one computed from
  the amounts, score and weight. A project named in a sentence and in a self-evaluation table
  gives two rows. Incremental per document.
#}

with

projects as (
    select * from {{ ref('stg_projects') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
    {{ only_new_documents() }}
),

projects_in_wan as (
    select
        projects.*,
        {{ wan_per_unit('projects.unit_reported') }} as unit_factor
    from projects
),

final as (
    select
        projects_in_wan.document_id,
        projects_in_wan.project_code,
        projects_in_wan.project_name,
        cast(round(projects_in_wan.budget_initial_reported * projects_in_wan.unit_factor, 2) as decimal(18, 2))
            as budget_initial_wan,
        cast(round(projects_in_wan.budget_adjusted_reported * projects_in_wan.unit_factor, 2) as decimal(18, 2))
            as budget_adjusted_wan,
        cast(round(projects_in_wan.executed_reported * projects_in_wan.unit_factor, 2) as decimal(18, 2))
            as executed_wan,
        projects_in_wan.execution_rate_pct as execution_rate,
        projects_in_wan.score,
        projects_in_wan.source_line,
        projects_in_wan.fact_id,
        projects_in_wan.fact_index,
        documents.fiscal_year,
        documents.admin_code,
        projects_in_wan.weight,
        case
            when projects_in_wan.budget_adjusted_reported is null
                or projects_in_wan.budget_adjusted_reported = 0
                or projects_in_wan.executed_reported is null then null
            else cast(round(
                cast(projects_in_wan.executed_reported as double)
                / cast(projects_in_wan.budget_adjusted_reported as double) * 100, 2) as decimal(10, 2))
        end as computed_execution_rate,
        projects_in_wan.unit_reported,
        projects_in_wan.source_kind,
        documents.ingested_at
    from projects_in_wan
    inner join documents
        on projects_in_wan.document_id = documents.document_id
)

select * from final
