{#
  Sums of classification lines (功能分类 / 经济分类), on the first statement per fact and source kind
  (int_budget_lines_per_source):
    function_children_sum / economic_children_sum   a parent line = the sum of its child lines, per
        document, flow, fund_scope, spending_type, measure and source_kind (at every level);
    function_items_sum_to_class   where no 款 line is stated between them (narratives), a class line
        = the sum of its item lines; a class stated without items, or items without their class,
        fail (a sentence naming the wrong class for its items);
    function_classes_sum_to_total / economic_classes_sum_to_total   the class (level 1) lines = the
        matching document total (expenditure_total, expenditure_basic, expenditure_project,
        gpb_expenditure, gpb_basic, gov_fund_expenditure, state_capital_expenditure, revenue_total);
    basic_plus_project_equals_total   基本支出 + 项目支出 = 合计 on a classification line.
  Tolerance n × 0.005 + 0.005 for a sum of n printed two-decimal figures (in 万元; scaled to 1 元
  when every figure was printed in yuan).
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

with

metrics_chosen as (
    select * from {{ ref('int_document_metrics_chosen') }}
),

-- read by several parts: inlined rather than materialised, so that a filter on document_id (an
-- incremental mart_reconciliation, a test of the new documents) reaches the table's scan
lines_per_source as {{ not_materialized() }} (
    select * from {{ ref('int_budget_lines_per_source') }}
),

-- parent line = sum of its children --------------------------------------------------------

children_sums as (
    select
        children.document_id,
        children.series_key,
        children.parent_code,
        sum(children.amount_wan) as children_amount_wan,
        count(*) as child_count,
        min(children.is_yuan) as all_yuan,
        {{ fact_id_list('children.fact_id') }} as fact_ids
    from lines_per_source as children
    where children.parent_code is not null
    group by children.document_id, children.series_key, children.parent_code
),

check_children_sum as (
    select
        parents.document_id,
        parents.classification || '_children_sum' as check_name,
        parents.code || ' ' || parents.flow || ' ' || parents.fund_scope || ' ' || parents.spending_type
            || ' ' || parents.measure || ' ' || parents.source_kind as subject,
        cast(parents.amount_wan as decimal(18, 6)) as expected_value,
        cast(children_sums.children_amount_wan as decimal(18, 6)) as actual_value,
        {{ amount_tolerance(
            'children_sums.child_count',
            'case when children_sums.all_yuan = 1 and parents.is_yuan = 1 then 0.0001 else 1 end'
        ) }} as tolerance,
        'equal' as comparison,
        parents.source_kind,
        'line ' || cast(parents.source_line as {{ dbt.type_string() }}) || ' ' || coalesce(parents.reported_name, '')
            || ' vs the sum of its ' || cast(children_sums.child_count as {{ dbt.type_string() }}) || ' child lines' as detail,
        {{ fact_id_union(['parents.fact_id', 'children_sums.fact_ids']) }} as fact_ids
    from lines_per_source as parents
    inner join children_sums
        on parents.document_id = children_sums.document_id
        and parents.series_key = children_sums.series_key
        and parents.code = children_sums.parent_code
),

-- items sum to their class when no section (款) line stands between them ------------------------
-- Narratives often state classes and items only (类 sentence, then 项 sentences). In a group that
-- states both, a class stated without any of its items, or items whose class is not stated, fail.

function_groups_with_items as (
    select group_lines.document_id, group_lines.series_key
    from lines_per_source as group_lines
    where group_lines.classification = 'function'
        and group_lines.code is not null
    group by group_lines.document_id, group_lines.series_key
    having sum(case when group_lines.level = 3 then 1 else 0 end) > 0
        and sum(case when group_lines.level = 1 then 1 else 0 end) > 0
),

function_class_items as (
    select
        lines_per_source.document_id,
        lines_per_source.flow,
        lines_per_source.spending_type,
        lines_per_source.fund_scope,
        lines_per_source.measure,
        lines_per_source.source_kind,
        lines_per_source.class_code,
        max(case when lines_per_source.level = 1 then lines_per_source.amount_wan end) as class_amount_wan,
        max(case when lines_per_source.level = 1 then lines_per_source.source_line end) as class_source_line,
        sum(case when lines_per_source.level = 3 then lines_per_source.amount_wan end) as items_amount_wan,
        sum(case when lines_per_source.level = 3 then 1 else 0 end) as item_count,
        sum(case when lines_per_source.level = 2 then 1 else 0 end) as section_count,
        {{ fact_id_list('case when lines_per_source.level in (1, 3) then lines_per_source.fact_id end') }} as fact_ids
    from lines_per_source
    inner join function_groups_with_items
        on lines_per_source.document_id = function_groups_with_items.document_id
        and lines_per_source.series_key = function_groups_with_items.series_key
    where lines_per_source.classification = 'function'
        and lines_per_source.code is not null
    group by
        lines_per_source.document_id,
        lines_per_source.flow,
        lines_per_source.spending_type,
        lines_per_source.fund_scope,
        lines_per_source.measure,
        lines_per_source.source_kind,
        lines_per_source.class_code
),

check_items_sum_to_class as (
    select
        function_class_items.document_id,
        'function_items_sum_to_class' as check_name,
        function_class_items.class_code || ' ' || function_class_items.flow || ' ' || function_class_items.fund_scope
            || ' ' || function_class_items.spending_type || ' ' || function_class_items.measure
            || ' ' || function_class_items.source_kind as subject,
        cast(coalesce(function_class_items.class_amount_wan, 0) as decimal(18, 6)) as expected_value,
        cast(coalesce(function_class_items.items_amount_wan, 0) as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('function_class_items.item_count') }} as tolerance,
        'equal' as comparison,
        function_class_items.source_kind,
        case
            when function_class_items.class_amount_wan is null
                then 'no class line stated for ' || cast(function_class_items.item_count as {{ dbt.type_string() }}) || ' item lines of class '
                    || function_class_items.class_code
            when function_class_items.item_count = 0
                then 'class line ' || cast(function_class_items.class_source_line as {{ dbt.type_string() }})
                    || ' stated without any of its item lines'
            else 'class line ' || cast(function_class_items.class_source_line as {{ dbt.type_string() }}) || ' vs the sum of its '
                || cast(function_class_items.item_count as {{ dbt.type_string() }}) || ' item lines (no section lines stated)'
        end as detail,
        function_class_items.fact_ids
    from function_class_items
    where function_class_items.section_count = 0
        and (function_class_items.item_count > 0 or function_class_items.class_amount_wan <> 0)
),

-- class lines = the document total ----------------------------------------------------------

class_sums as (
    select
        classes.document_id,
        classes.classification,
        classes.flow,
        classes.spending_type,
        classes.fund_scope,
        classes.measure,
        classes.source_kind,
        case
            when classes.flow = 'revenue' and classes.fund_scope = 'all_funds' and classes.spending_type = 'total'
                then 'revenue_total'
            when classes.flow = 'expenditure' and classes.fund_scope = 'all_funds' and classes.spending_type = 'total'
                then 'expenditure_total'
            when classes.flow = 'expenditure' and classes.fund_scope = 'all_funds' and classes.spending_type = 'basic'
                then 'expenditure_basic'
            when classes.flow = 'expenditure' and classes.fund_scope = 'all_funds' and classes.spending_type = 'project'
                then 'expenditure_project'
            when classes.flow = 'expenditure' and classes.fund_scope = 'general_public_budget'
                and classes.spending_type = 'total' then 'gpb_expenditure'
            when classes.flow = 'expenditure' and classes.fund_scope = 'general_public_budget'
                and classes.spending_type = 'basic' then 'gpb_basic'
            when classes.flow = 'expenditure' and classes.fund_scope = 'government_fund'
                and classes.spending_type = 'total' then 'gov_fund_expenditure'
            when classes.flow = 'expenditure' and classes.fund_scope = 'state_capital'
                and classes.spending_type = 'total' then 'state_capital_expenditure'
        end as total_metric,
        case classes.measure
            when 'actual' then 'actual'
            when 'budget_adjusted' then 'budget'
            when 'budget_initial' then 'budget_initial'
        end as total_measure,
        sum(classes.amount_wan) as classes_amount_wan,
        count(*) as class_count,
        min(classes.is_yuan) as all_yuan,
        {{ fact_id_list('classes.fact_id') }} as fact_ids
    from lines_per_source as classes
    where classes.level = 1
        and classes.code is not null
    group by
        classes.document_id,
        classes.classification,
        classes.flow,
        classes.spending_type,
        classes.fund_scope,
        classes.measure,
        classes.source_kind
),

check_classes_sum_to_total as (
    select
        class_sums.document_id,
        class_sums.classification || '_classes_sum_to_total' as check_name,
        class_sums.total_metric || ' ' || class_sums.total_measure || ' ' || class_sums.source_kind as subject,
        cast(metrics_chosen.value as decimal(18, 6)) as expected_value,
        cast(class_sums.classes_amount_wan as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('class_sums.class_count') }} as tolerance,
        'equal' as comparison,
        class_sums.source_kind,
        'total at line ' || cast(metrics_chosen.chosen_source_line as {{ dbt.type_string() }}) || ' vs the sum of '
            || cast(class_sums.class_count as {{ dbt.type_string() }}) || ' class lines (' || class_sums.fund_scope || ', '
            || class_sums.spending_type || ')' as detail,
        {{ fact_id_union(['metrics_chosen.chosen_fact_id', 'class_sums.fact_ids']) }} as fact_ids
    from class_sums
    inner join metrics_chosen
        on class_sums.document_id = metrics_chosen.document_id
        and class_sums.total_metric = metrics_chosen.metric
        and class_sums.total_measure = metrics_chosen.measure
),

-- basic + project = total on a line ---------------------------------------------------------

check_basic_plus_project as (
    select
        totals.document_id,
        'basic_plus_project_equals_total' as check_name,
        totals.classification || ' ' || totals.fact_code_key || ' ' || totals.flow || ' ' || totals.fund_scope
            || ' ' || totals.measure || ' ' || totals.source_kind as subject,
        cast(totals.amount_wan as decimal(18, 6)) as expected_value,
        cast(basic.amount_wan + project.amount_wan as decimal(18, 6)) as actual_value,
        {{ amount_tolerance(
            '2',
            'case when totals.is_yuan = 1 and basic.is_yuan = 1 and project.is_yuan = 1 then 0.0001 else 1 end'
        ) }} as tolerance,
        'equal' as comparison,
        totals.source_kind,
        'line ' || cast(totals.source_line as {{ dbt.type_string() }}) || ' ' || coalesce(totals.reported_name, '')
            || ': total vs basic + project' as detail,
        {{ fact_id_union(['totals.fact_id', 'basic.fact_id', 'project.fact_id']) }} as fact_ids
    from lines_per_source as totals
    inner join lines_per_source as basic
        on {{ budget_line_fact_key('totals', without=['spending_type']) }}
            = {{ budget_line_fact_key('basic', without=['spending_type']) }}
        and totals.document_id = basic.document_id
        and totals.source_kind = basic.source_kind
        and basic.spending_type = 'basic'
    inner join lines_per_source as project
        on {{ budget_line_fact_key('totals', without=['spending_type']) }}
            = {{ budget_line_fact_key('project', without=['spending_type']) }}
        and totals.document_id = project.document_id
        and totals.source_kind = project.source_kind
        and project.spending_type = 'project'
    where totals.spending_type = 'total'
),

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_children_sum
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_items_sum_to_class
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_classes_sum_to_total
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_basic_plus_project
)

select * from final
