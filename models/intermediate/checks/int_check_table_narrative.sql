{#
  A fact printed in a table and in a sentence: the sentence agrees with the (chosen) table figure.
    budget_line_table_equals_narrative   a classification line (int_budget_lines_chosen);
    metric_table_equals_narrative   a document metric (int_document_metrics_chosen).
  A narrative repeated in two parts of a report is compared once (its first statement).
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

with

budget_lines as (
    select * from {{ ref('int_budget_lines_normalised') }}
),

lines_chosen as (
    select * from {{ ref('int_budget_lines_chosen') }}
),

metrics_chosen as (
    select * from {{ ref('int_document_metrics_chosen') }}
),

metrics as (
    select * from {{ ref('stg_document_metrics') }}
),

line_narratives_ranked as (
    select
        lines_chosen.document_id,
        lines_chosen.classification,
        lines_chosen.fact_code_key,
        lines_chosen.flow,
        lines_chosen.spending_type,
        lines_chosen.fund_scope,
        lines_chosen.measure,
        lines_chosen.amount_wan as table_amount_wan,
        lines_chosen.chosen_source_line as table_source_line,
        lines_chosen.chosen_fact_id as table_fact_id,
        narratives.amount_wan as narrative_amount_wan,
        narratives.source_line as narrative_source_line,
        narratives.fact_id as narrative_fact_id,
        row_number() over (
            partition by lines_chosen.fact_key, narratives.source_line
            order by narratives.fact_index
        ) as narrative_rank
    from lines_chosen
    inner join budget_lines as narratives
        on lines_chosen.fact_key = narratives.fact_key
        and narratives.source_kind = 'narrative'
    where lines_chosen.chosen_source_kind = 'table'
),

check_line_table_narrative as (
    select
        line_narratives_ranked.document_id,
        'budget_line_table_equals_narrative' as check_name,
        line_narratives_ranked.classification || ' ' || line_narratives_ranked.fact_code_key || ' '
            || line_narratives_ranked.flow || ' ' || line_narratives_ranked.spending_type || ' '
            || line_narratives_ranked.fund_scope || ' ' || line_narratives_ranked.measure
            || ' line ' || cast(line_narratives_ranked.narrative_source_line as {{ dbt.type_string() }}) as subject,
        cast(line_narratives_ranked.table_amount_wan as decimal(18, 6)) as expected_value,
        cast(line_narratives_ranked.narrative_amount_wan as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('1') }} as tolerance,
        'equal' as comparison,
        'narrative' as source_kind,
        'table line ' || cast(line_narratives_ranked.table_source_line as {{ dbt.type_string() }}) || ' vs sentence line '
            || cast(line_narratives_ranked.narrative_source_line as {{ dbt.type_string() }}) as detail,
        {{ fact_id_union(['line_narratives_ranked.table_fact_id', 'line_narratives_ranked.narrative_fact_id']) }}
            as fact_ids
    from line_narratives_ranked
    where line_narratives_ranked.narrative_rank = 1
),

metric_narratives_ranked as (
    select
        metrics_chosen.document_id,
        metrics_chosen.metric,
        metrics_chosen.measure,
        metrics_chosen.value as table_value,
        metrics_chosen.chosen_source_line as table_source_line,
        metrics_chosen.chosen_fact_id as table_fact_id,
        narratives.value as narrative_value,
        narratives.source_line as narrative_source_line,
        narratives.fact_id as narrative_fact_id,
        row_number() over (
            partition by metrics_chosen.document_id, metrics_chosen.metric, metrics_chosen.measure, narratives.source_line
            order by narratives.fact_index
        ) as narrative_rank
    from metrics_chosen
    inner join metrics as narratives
        on metrics_chosen.document_id = narratives.document_id
        and metrics_chosen.metric = narratives.metric
        and metrics_chosen.measure = narratives.measure
        and narratives.source_kind = 'narrative'
    where metrics_chosen.chosen_source_kind = 'table'
),

check_metric_table_narrative as (
    select
        metric_narratives_ranked.document_id,
        'metric_table_equals_narrative' as check_name,
        metric_narratives_ranked.metric || ' ' || metric_narratives_ranked.measure
            || ' line ' || cast(metric_narratives_ranked.narrative_source_line as {{ dbt.type_string() }}) as subject,
        cast(metric_narratives_ranked.table_value as decimal(18, 6)) as expected_value,
        cast(metric_narratives_ranked.narrative_value as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('1') }} as tolerance,
        'equal' as comparison,
        'narrative' as source_kind,
        'table line ' || cast(metric_narratives_ranked.table_source_line as {{ dbt.type_string() }}) || ' vs sentence line '
            || cast(metric_narratives_ranked.narrative_source_line as {{ dbt.type_string() }}) as detail,
        {{ fact_id_union(['metric_narratives_ranked.table_fact_id', 'metric_narratives_ranked.narrative_fact_id']) }}
            as fact_ids
    from metric_narratives_ranked
    where metric_narratives_ranked.narrative_rank = 1
),

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_line_table_narrative
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_metric_table_narrative
)

select * from final
