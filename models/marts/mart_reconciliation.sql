{#
  One row per accounting identity tested on a document's own figures. A failed identity is a
  finding about the report (reports contradict themselves), never a reason to drop a number.
  expected_value is the printed total (or printed rate, or weight), actual_value what the parts
  add up to (or the computed rate, or the score); difference = actual_value - expected_value.
  Tolerances (macros/amount_tolerance.sql): n × 0.005 + 0.005 for a sum of n printed two-decimal
  figures (in 万元; scaled to 1 元 when every figure was printed in yuan), and 0.01 percentage
  points for rates after rounding the computed rate to the printed precision.

  Checks (check_name):
    function_children_sum / economic_children_sum   a parent line = the sum of its child lines,
        per document, flow, fund_scope, spending_type, measure and source_kind (at every level);
    function_items_sum_to_class   where no 款 line is stated between them (narratives), a class line
        = the sum of its item lines; a class stated without items, or items without their class,
        fail (a sentence naming the wrong class for its items);
    function_classes_sum_to_total / economic_classes_sum_to_total   the class (level 1) lines =
        the matching document total (expenditure_total, expenditure_basic, expenditure_project,
        gpb_expenditure, gpb_basic, gov_fund_expenditure, state_capital_expenditure, revenue_total);
    basic_plus_project_equals_total   基本支出 + 项目支出 = 合计 on a classification line;
    expenditure_basic_plus_project   expenditure_basic + expenditure_project (+ the other parts stated:
        上缴上级, 经营, 对附属单位补助, 预留机动) = expenditure_total;
    personnel_plus_public_equals_basic   人员经费 + 公用经费 = gpb_basic (else expenditure_basic);
    three_public_parts_sum   出国 + 公务用车 + 公务接待 = 三公 total;
    vehicle_purchase_plus_operation   购置 + 运行维护 = 公务用车购置及运行维护费;
    revenue_sources_sum   revenue by source = 本年收入合计;
    budget_line_table_equals_narrative / metric_table_equals_narrative   a fact printed in a
        table and in a sentence: the sentence agrees with the (chosen) table figure;
    project_execution_rate / budget_line_execution_rate   printed rate = executed / budget;
    indicator_score_within_weight / project_score_within_weight   score <= weight;
    grand_total_sources / grand_total_uses   收支总计 = 本年收入合计 + 年初结转和结余 (+ 使用非财政拨款
        结余) and = 本年支出合计 + 年末结转和结余 (+ 结余分配); fiscal_grand_total_sources /
        fiscal_grand_total_uses the same for 财政拨款收、支总计 (table 04);
    share_percent_matches_amounts   a printed share (占x%) = the amount ÷ its whole × 100, the whole
        being the figure the sentence states before its parts or the one it names (占本年支出合计的);
    change_percent_matches_amounts   a printed change (增长/下降x%) = the printed change ÷ the prior-year
        figure it implies × 100 (a change computed on the wrong base fails);
    metric_rate_matches_budget   a printed 完成预算x% = actual ÷ the budget stated in the same sentence;
    percent_in_possible_range   a share is at most 100 %, a fall at most 100 %;
    project_statements_agree   a project stated more than once (a table and a sentence, or two parts
        of the report) has the same executed and adjusted-budget amounts everywhere; statements are
        matched on the name without year prefix and 项目/经费/工作/专项 suffix, 与 read as 和;
    prior_year_restated   the prior-year figure a report states (与上年相比…) = the actual the
        warehouse's report for that year published (a silent revision fails);
    code_matches_name / code_valid_in_year / name_valid_in_year   the codes a report prints
        against the classification reference (int_check_classification_codes): 编码与名称不一致,
        a code that does not exist in its year, a name of another year; no amounts (comparison
        `classification`).
  Percentages compare after rounding the computed one to the printed decimals, within
  percent_tolerance (macros/amount_tolerance.sql): one unit of the last printed decimal plus what
  two-decimal rounding of the amounts can move it.
  Rows of each block are built from the first statement per fact and source kind (a narrative
  repeated in two parts of a report is not counted twice).
  fact_ids: every statement expected_value and actual_value are computed from (macros/fact_id_list.sql),
  the parent line and its children, the total and the class lines, the table and the sentence, the
  project row…; each check block carries its own `fact_ids` as last column. prior_year_restated
  also cites the earlier report's fact (of prior_document_id).
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

projects as (
    select * from {{ ref('stg_projects') }}
),

indicators as (
    select * from {{ ref('stg_performance_indicators') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
),

prior_year_values as (
    select * from {{ ref('int_prior_year_values') }}
),

lines_ranked_per_source as (
    select
        budget_lines.*,
        case when budget_lines.unit_reported = '元' then 1 else 0 end as is_yuan,
        row_number() over (
            partition by
                budget_lines.document_id, budget_lines.classification, budget_lines.fact_code_key,
                budget_lines.flow, budget_lines.spending_type, budget_lines.fund_scope,
                budget_lines.measure, budget_lines.source_kind
            order by budget_lines.source_line, budget_lines.fact_index
        ) as source_rank
    from budget_lines
),

lines_per_source as (
    select *
    from lines_ranked_per_source
    where lines_ranked_per_source.source_rank = 1
),

-- parent line = sum of its children --------------------------------------------------------

children_sums as (
    select
        children.document_id,
        children.classification,
        children.parent_code,
        children.flow,
        children.spending_type,
        children.fund_scope,
        children.measure,
        children.source_kind,
        sum(children.amount_wan) as children_amount_wan,
        count(*) as child_count,
        min(children.is_yuan) as all_yuan,
        {{ fact_id_list('children.fact_id') }} as fact_ids
    from lines_per_source as children
    where children.parent_code is not null
    group by
        children.document_id,
        children.classification,
        children.parent_code,
        children.flow,
        children.spending_type,
        children.fund_scope,
        children.measure,
        children.source_kind
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
        and parents.classification = children_sums.classification
        and parents.code = children_sums.parent_code
        and parents.flow = children_sums.flow
        and parents.spending_type = children_sums.spending_type
        and parents.fund_scope = children_sums.fund_scope
        and parents.measure = children_sums.measure
        and parents.source_kind = children_sums.source_kind
),

-- items sum to their class when no section (款) line stands between them ------------------------
-- Narratives often state classes and items only (类 sentence, then 项 sentences). In a group that
-- states both, a class stated without any of its items, or items whose class is not stated, fail.

function_groups_with_items as (
    select
        group_lines.document_id,
        group_lines.flow,
        group_lines.spending_type,
        group_lines.fund_scope,
        group_lines.measure,
        group_lines.source_kind
    from lines_per_source as group_lines
    where group_lines.classification = 'function'
        and group_lines.code is not null
    group by
        group_lines.document_id,
        group_lines.flow,
        group_lines.spending_type,
        group_lines.fund_scope,
        group_lines.measure,
        group_lines.source_kind
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
        and lines_per_source.flow = function_groups_with_items.flow
        and lines_per_source.spending_type = function_groups_with_items.spending_type
        and lines_per_source.fund_scope = function_groups_with_items.fund_scope
        and lines_per_source.measure = function_groups_with_items.measure
        and lines_per_source.source_kind = function_groups_with_items.source_kind
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
        on totals.document_id = basic.document_id
        and totals.classification = basic.classification
        and totals.fact_code_key = basic.fact_code_key
        and totals.flow = basic.flow
        and totals.fund_scope = basic.fund_scope
        and totals.measure = basic.measure
        and totals.source_kind = basic.source_kind
        and basic.spending_type = 'basic'
    inner join lines_per_source as project
        on totals.document_id = project.document_id
        and totals.classification = project.classification
        and totals.fact_code_key = project.fact_code_key
        and totals.flow = project.flow
        and totals.fund_scope = project.fund_scope
        and totals.measure = project.measure
        and totals.source_kind = project.source_kind
        and project.spending_type = 'project'
    where totals.spending_type = 'total'
),

-- document metrics ---------------------------------------------------------------------------

metric_values as (
    select
        metrics_chosen.document_id,
        metrics_chosen.measure,
        max(case when metrics_chosen.metric = 'expenditure_total' then metrics_chosen.value end) as expenditure_total,
        max(case when metrics_chosen.metric = 'expenditure_basic' then metrics_chosen.value end) as expenditure_basic,
        max(case when metrics_chosen.metric = 'expenditure_project' then metrics_chosen.value end) as expenditure_project,
        -- the other parts of 本年支出合计 a report may state beside 基本支出 and 项目支出
        sum(case
            when metrics_chosen.metric in (
                'expenditure_to_upper', 'expenditure_operating', 'expenditure_subsidy_subordinate', 'expenditure_reserve'
            ) then metrics_chosen.value
        end) as expenditure_other_parts,
        sum(case
            when metrics_chosen.metric in (
                'expenditure_to_upper', 'expenditure_operating', 'expenditure_subsidy_subordinate', 'expenditure_reserve'
            ) then 1 else 0
        end) as expenditure_other_part_count,
        max(case when metrics_chosen.metric = 'gpb_basic' then metrics_chosen.value end) as gpb_basic,
        max(case when metrics_chosen.metric = 'basic_personnel' then metrics_chosen.value end) as basic_personnel,
        max(case when metrics_chosen.metric = 'basic_public' then metrics_chosen.value end) as basic_public,
        max(case when metrics_chosen.metric = 'three_public_total' then metrics_chosen.value end) as three_public_total,
        max(case when metrics_chosen.metric = 'three_public_outbound' then metrics_chosen.value end)
            as three_public_outbound,
        max(case when metrics_chosen.metric = 'three_public_vehicle' then metrics_chosen.value end)
            as three_public_vehicle,
        max(case when metrics_chosen.metric = 'three_public_vehicle_purchase' then metrics_chosen.value end)
            as three_public_vehicle_purchase,
        max(case when metrics_chosen.metric = 'three_public_vehicle_operation' then metrics_chosen.value end)
            as three_public_vehicle_operation,
        max(case when metrics_chosen.metric = 'three_public_reception' then metrics_chosen.value end)
            as three_public_reception,
        max(case when metrics_chosen.metric = 'revenue_total' then metrics_chosen.value end) as revenue_total,
        max(case when metrics_chosen.metric = 'revenue_fiscal' then metrics_chosen.value end) as revenue_fiscal,
        max(case when metrics_chosen.metric = 'revenue_general_budget' then metrics_chosen.value end)
            as revenue_general_budget,
        max(case when metrics_chosen.metric = 'revenue_gov_fund' then metrics_chosen.value end) as revenue_gov_fund,
        max(case when metrics_chosen.metric = 'revenue_state_capital' then metrics_chosen.value end)
            as revenue_state_capital,
        max(case when metrics_chosen.metric = 'revenue_upper_subsidy' then metrics_chosen.value end)
            as revenue_upper_subsidy,
        max(case when metrics_chosen.metric = 'revenue_business' then metrics_chosen.value end) as revenue_business,
        max(case when metrics_chosen.metric = 'revenue_operating' then metrics_chosen.value end) as revenue_operating,
        max(case when metrics_chosen.metric = 'revenue_subordinate' then metrics_chosen.value end)
            as revenue_subordinate,
        max(case when metrics_chosen.metric = 'revenue_other' then metrics_chosen.value end) as revenue_other,
        max(case when metrics_chosen.metric = 'grand_total' then metrics_chosen.value end) as grand_total,
        max(case when metrics_chosen.metric = 'carryover_begin' then metrics_chosen.value end) as carryover_begin,
        max(case when metrics_chosen.metric = 'carryover_end' then metrics_chosen.value end) as carryover_end,
        max(case when metrics_chosen.metric = 'non_fiscal_balance_used' then metrics_chosen.value end)
            as non_fiscal_balance_used,
        max(case when metrics_chosen.metric = 'balance_distribution' then metrics_chosen.value end)
            as balance_distribution,
        max(case when metrics_chosen.metric = 'fiscal_grand_total' then metrics_chosen.value end)
            as fiscal_grand_total,
        max(case when metrics_chosen.metric = 'fiscal_carryover_begin' then metrics_chosen.value end)
            as fiscal_carryover_begin,
        max(case when metrics_chosen.metric = 'fiscal_carryover_end' then metrics_chosen.value end)
            as fiscal_carryover_end,
        max(case when metrics_chosen.metric = 'gpb_expenditure' then metrics_chosen.value end) as gpb_expenditure,
        max(case when metrics_chosen.metric = 'gov_fund_expenditure' then metrics_chosen.value end)
            as gov_fund_expenditure,
        max(case when metrics_chosen.metric = 'state_capital_expenditure' then metrics_chosen.value end)
            as state_capital_expenditure,
        -- the statement each figure above is (`<metric>_fact_id`), for the checks' fact_ids
        {{ fact_id_list(
            "case when metrics_chosen.metric in ('expenditure_to_upper', 'expenditure_operating', "
            ~ "'expenditure_subsidy_subordinate', 'expenditure_reserve') then metrics_chosen.chosen_fact_id end"
        ) }} as expenditure_other_parts_fact_ids,
        {%- for metric in [
            'expenditure_total', 'expenditure_basic', 'expenditure_project', 'gpb_basic', 'basic_personnel',
            'basic_public', 'three_public_total', 'three_public_outbound', 'three_public_vehicle',
            'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception',
            'revenue_total', 'revenue_fiscal', 'revenue_general_budget', 'revenue_gov_fund', 'revenue_state_capital',
            'revenue_upper_subsidy', 'revenue_business', 'revenue_operating', 'revenue_subordinate', 'revenue_other',
            'grand_total', 'carryover_begin', 'carryover_end', 'non_fiscal_balance_used', 'balance_distribution',
            'fiscal_grand_total', 'fiscal_carryover_begin', 'fiscal_carryover_end', 'gpb_expenditure',
            'gov_fund_expenditure', 'state_capital_expenditure'
        ] %}
        max(case when metrics_chosen.metric = '{{ metric }}' then metrics_chosen.chosen_fact_id end)
            as {{ metric }}_fact_id{{ ',' if not loop.last }}
        {%- endfor %}
    from metrics_chosen
    where metrics_chosen.measure in ('actual', 'budget', 'budget_initial')
    group by metrics_chosen.document_id, metrics_chosen.measure
),

check_expenditure_basic_plus_project as (
    select
        metric_values.document_id,
        'expenditure_basic_plus_project' as check_name,
        'expenditure_total ' || metric_values.measure as subject,
        cast(metric_values.expenditure_total as decimal(18, 6)) as expected_value,
        cast(
            metric_values.expenditure_basic + metric_values.expenditure_project
            + coalesce(metric_values.expenditure_other_parts, 0) as decimal(18, 6)
        ) as actual_value,
        {{ amount_tolerance('2 + metric_values.expenditure_other_part_count') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        '本年支出合计 vs 基本支出 + 项目支出 (+ 上缴上级 / 经营 / 对附属单位补助 / 预留机动 where stated)' as detail,
        {{ fact_id_union([
            'metric_values.expenditure_total_fact_id', 'metric_values.expenditure_basic_fact_id',
            'metric_values.expenditure_project_fact_id', 'metric_values.expenditure_other_parts_fact_ids'
        ]) }} as fact_ids
    from metric_values
    where metric_values.expenditure_total is not null
        and metric_values.expenditure_basic is not null
        and metric_values.expenditure_project is not null
),

check_personnel_plus_public as (
    select
        metric_values.document_id,
        'personnel_plus_public_equals_basic' as check_name,
        case when metric_values.gpb_basic is not null then 'gpb_basic ' else 'expenditure_basic ' end
            || metric_values.measure as subject,
        cast(coalesce(metric_values.gpb_basic, metric_values.expenditure_basic) as decimal(18, 6)) as expected_value,
        cast(metric_values.basic_personnel + metric_values.basic_public as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('2') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        case
            when metric_values.gpb_basic is not null then '一般公共预算财政拨款基本支出 vs 人员经费 + 公用经费'
            else '基本支出 vs 人员经费 + 公用经费'
        end as detail,
        {{ fact_id_union([
            'case when metric_values.gpb_basic is not null then metric_values.gpb_basic_fact_id '
                ~ 'else metric_values.expenditure_basic_fact_id end',
            'metric_values.basic_personnel_fact_id', 'metric_values.basic_public_fact_id'
        ]) }} as fact_ids
    from metric_values
    where metric_values.basic_personnel is not null
        and metric_values.basic_public is not null
        and coalesce(metric_values.gpb_basic, metric_values.expenditure_basic) is not null
),

check_three_public_parts as (
    select
        metric_values.document_id,
        'three_public_parts_sum' as check_name,
        'three_public_total ' || metric_values.measure as subject,
        cast(metric_values.three_public_total as decimal(18, 6)) as expected_value,
        cast(
            metric_values.three_public_outbound + metric_values.three_public_vehicle
            + metric_values.three_public_reception as decimal(18, 6)
        ) as actual_value,
        {{ amount_tolerance('3') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        '“三公”经费 vs 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费' as detail,
        {{ fact_id_union([
            'metric_values.three_public_total_fact_id', 'metric_values.three_public_outbound_fact_id',
            'metric_values.three_public_vehicle_fact_id', 'metric_values.three_public_reception_fact_id'
        ]) }} as fact_ids
    from metric_values
    where metric_values.three_public_total is not null
        and metric_values.three_public_outbound is not null
        and metric_values.three_public_vehicle is not null
        and metric_values.three_public_reception is not null
),

check_vehicle_parts as (
    select
        metric_values.document_id,
        'vehicle_purchase_plus_operation' as check_name,
        'three_public_vehicle ' || metric_values.measure as subject,
        cast(metric_values.three_public_vehicle as decimal(18, 6)) as expected_value,
        cast(
            metric_values.three_public_vehicle_purchase + metric_values.three_public_vehicle_operation
            as decimal(18, 6)
        ) as actual_value,
        {{ amount_tolerance('2') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        '公务用车购置及运行维护费 vs 公务用车购置费 + 公务用车运行维护费' as detail,
        {{ fact_id_union([
            'metric_values.three_public_vehicle_fact_id', 'metric_values.three_public_vehicle_purchase_fact_id',
            'metric_values.three_public_vehicle_operation_fact_id'
        ]) }} as fact_ids
    from metric_values
    where metric_values.three_public_vehicle is not null
        and metric_values.three_public_vehicle_purchase is not null
        and metric_values.three_public_vehicle_operation is not null
),

revenue_parts as (
    select
        metric_values.document_id,
        metric_values.measure,
        metric_values.revenue_total,
        case
            when metric_values.revenue_general_budget is not null
                or metric_values.revenue_gov_fund is not null
                or metric_values.revenue_state_capital is not null
                then coalesce(metric_values.revenue_general_budget, 0) + coalesce(metric_values.revenue_gov_fund, 0)
                    + coalesce(metric_values.revenue_state_capital, 0)
            else metric_values.revenue_fiscal
        end as fiscal_part,
        case
            when metric_values.revenue_general_budget is not null
                or metric_values.revenue_gov_fund is not null
                or metric_values.revenue_state_capital is not null
                then (case when metric_values.revenue_general_budget is not null then 1 else 0 end)
                    + (case when metric_values.revenue_gov_fund is not null then 1 else 0 end)
                    + (case when metric_values.revenue_state_capital is not null then 1 else 0 end)
            when metric_values.revenue_fiscal is not null then 1
            else 0
        end as fiscal_part_count,
        coalesce(metric_values.revenue_upper_subsidy, 0) + coalesce(metric_values.revenue_business, 0)
            + coalesce(metric_values.revenue_operating, 0) + coalesce(metric_values.revenue_subordinate, 0)
            + coalesce(metric_values.revenue_other, 0) as other_parts,
        (case when metric_values.revenue_upper_subsidy is not null then 1 else 0 end)
            + (case when metric_values.revenue_business is not null then 1 else 0 end)
            + (case when metric_values.revenue_operating is not null then 1 else 0 end)
            + (case when metric_values.revenue_subordinate is not null then 1 else 0 end)
            + (case when metric_values.revenue_other is not null then 1 else 0 end) as other_part_count,
        {{ fact_id_union([
            'metric_values.revenue_total_fact_id',
            'case when metric_values.revenue_general_budget is not null or metric_values.revenue_gov_fund is not null '
                ~ 'or metric_values.revenue_state_capital is not null then '
                ~ fact_id_union([
                    'metric_values.revenue_general_budget_fact_id', 'metric_values.revenue_gov_fund_fact_id',
                    'metric_values.revenue_state_capital_fact_id'])
                ~ ' else metric_values.revenue_fiscal_fact_id end',
            'metric_values.revenue_upper_subsidy_fact_id', 'metric_values.revenue_business_fact_id',
            'metric_values.revenue_operating_fact_id', 'metric_values.revenue_subordinate_fact_id',
            'metric_values.revenue_other_fact_id'
        ]) }} as fact_ids
    from metric_values
    where metric_values.revenue_total is not null
),

check_revenue_sources as (
    select
        revenue_parts.document_id,
        'revenue_sources_sum' as check_name,
        'revenue_total ' || revenue_parts.measure as subject,
        cast(revenue_parts.revenue_total as decimal(18, 6)) as expected_value,
        cast(coalesce(revenue_parts.fiscal_part, 0) + revenue_parts.other_parts as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('revenue_parts.fiscal_part_count + revenue_parts.other_part_count') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        '本年收入合计 vs the sum of ' || cast(revenue_parts.fiscal_part_count + revenue_parts.other_part_count as {{ dbt.type_string() }})
            || ' revenue sources stated' as detail,
        revenue_parts.fact_ids
    from revenue_parts
    where revenue_parts.fiscal_part_count + revenue_parts.other_part_count > 0
),

-- table = narrative -----------------------------------------------------------------------

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
            partition by
                lines_chosen.document_id, lines_chosen.classification, lines_chosen.fact_code_key,
                lines_chosen.flow, lines_chosen.spending_type, lines_chosen.fund_scope, lines_chosen.measure,
                narratives.source_line
            order by narratives.fact_index
        ) as narrative_rank
    from lines_chosen
    inner join budget_lines as narratives
        on lines_chosen.document_id = narratives.document_id
        and lines_chosen.classification = narratives.classification
        and lines_chosen.fact_code_key = narratives.fact_code_key
        and lines_chosen.flow = narratives.flow
        and lines_chosen.spending_type = narratives.spending_type
        and lines_chosen.fund_scope = narratives.fund_scope
        and lines_chosen.measure = narratives.measure
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

-- rates ------------------------------------------------------------------------------------

project_rates as (
    select
        projects.*,
        case
            when projects.budget_adjusted_reported <> 0
                then cast(projects.executed_reported as double) / cast(projects.budget_adjusted_reported as double) * 100
        end as computed_rate_pct
    from projects
    where projects.execution_rate_pct is not null
        and projects.executed_reported is not null
        and projects.budget_adjusted_reported is not null
),

check_project_rate as (
    select
        project_rates.document_id,
        'project_execution_rate' as check_name,
        coalesce(project_rates.project_code || ' ', '') || project_rates.project_name
            || ' line ' || cast(project_rates.source_line as {{ dbt.type_string() }}) as subject,
        cast(project_rates.execution_rate_pct as decimal(18, 6)) as expected_value,
        cast({{ round_to_printed_precision('project_rates.computed_rate_pct', 'project_rates.execution_rate_pct') }}
            as decimal(18, 6)) as actual_value,
        {{ rate_tolerance() }} as tolerance,
        'equal' as comparison,
        project_rates.source_kind,
        case
            when project_rates.computed_rate_pct is null then 'execution rate printed over a zero adjusted budget'
            else 'printed 执行率 vs 执行数 / 调整后预算 × 100, rounded as printed'
        end as detail,
        project_rates.fact_id as fact_ids
    from project_rates
),

line_rates_ranked as (
    select
        actuals.document_id,
        actuals.classification,
        actuals.fact_code_key,
        actuals.flow,
        actuals.spending_type,
        actuals.fund_scope,
        actuals.source_kind,
        actuals.source_line,
        actuals.printed_rate_pct,
        actuals.amount_wan as actual_amount_wan,
        budgets.amount_wan as budget_amount_wan,
        budgets.measure as budget_measure,
        actuals.fact_id as actual_fact_id,
        budgets.fact_id as budget_fact_id,
        row_number() over (
            partition by actuals.document_id, actuals.fact_index
            order by case when budgets.measure = 'budget_adjusted' then 0 else 1 end, budgets.fact_index
        ) as budget_rank
    from budget_lines as actuals
    inner join budget_lines as budgets
        on actuals.document_id = budgets.document_id
        and actuals.classification = budgets.classification
        and actuals.fact_code_key = budgets.fact_code_key
        and actuals.flow = budgets.flow
        and actuals.spending_type = budgets.spending_type
        and actuals.fund_scope = budgets.fund_scope
        and actuals.source_kind = budgets.source_kind
        and actuals.source_line = budgets.source_line
        and budgets.measure in ('budget_initial', 'budget_adjusted')
    where actuals.measure = 'actual'
        and actuals.printed_rate_pct is not null
),

line_rates_first as (
    select
        line_rates_ranked.*,
        case
            when line_rates_ranked.budget_amount_wan <> 0
                then cast(line_rates_ranked.actual_amount_wan as double)
                    / cast(line_rates_ranked.budget_amount_wan as double) * 100
        end as computed_rate_pct,
        row_number() over (
            partition by
                line_rates_ranked.document_id, line_rates_ranked.classification, line_rates_ranked.fact_code_key,
                line_rates_ranked.flow, line_rates_ranked.spending_type, line_rates_ranked.fund_scope,
                line_rates_ranked.source_line
            order by line_rates_ranked.source_kind
        ) as subject_rank
    from line_rates_ranked
    where line_rates_ranked.budget_rank = 1
),

check_line_rate as (
    select
        line_rates_first.document_id,
        'budget_line_execution_rate' as check_name,
        line_rates_first.classification || ' ' || line_rates_first.fact_code_key || ' ' || line_rates_first.flow
            || ' ' || line_rates_first.spending_type || ' ' || line_rates_first.fund_scope
            || ' line ' || cast(line_rates_first.source_line as {{ dbt.type_string() }}) as subject,
        cast(line_rates_first.printed_rate_pct as decimal(18, 6)) as expected_value,
        cast({{ round_to_printed_precision('line_rates_first.computed_rate_pct', 'line_rates_first.printed_rate_pct') }}
            as decimal(18, 6)) as actual_value,
        {{ rate_tolerance() }} as tolerance,
        'equal' as comparison,
        line_rates_first.source_kind,
        case
            when line_rates_first.computed_rate_pct is null then 'completion rate printed over a zero budget'
            else 'printed 完成预算% vs actual / ' || line_rates_first.budget_measure || ' × 100, rounded as printed'
        end as detail,
        {{ fact_id_union(['line_rates_first.actual_fact_id', 'line_rates_first.budget_fact_id']) }} as fact_ids
    from line_rates_first
    where line_rates_first.subject_rank = 1
),

-- score <= weight ----------------------------------------------------------------------------

check_indicator_score as (
    select
        indicators.document_id,
        'indicator_score_within_weight' as check_name,
        coalesce(indicators.project_name, '部门整体') || ' / ' || indicators.indicator
            || ' line ' || cast(indicators.source_line as {{ dbt.type_string() }}) as subject,
        cast(indicators.weight as decimal(18, 6)) as expected_value,
        cast(indicators.score as decimal(18, 6)) as actual_value,
        cast(0 as decimal(18, 6)) as tolerance,
        'at_most' as comparison,
        'table' as source_kind,
        '得分 <= 权重/分值' as detail,
        indicators.fact_id as fact_ids
    from indicators
    where indicators.score is not null
        and indicators.weight is not null
),

check_project_score as (
    select
        projects.document_id,
        'project_score_within_weight' as check_name,
        coalesce(projects.project_code || ' ', '') || projects.project_name
            || ' line ' || cast(projects.source_line as {{ dbt.type_string() }}) as subject,
        cast(projects.weight as decimal(18, 6)) as expected_value,
        cast(projects.score as decimal(18, 6)) as actual_value,
        cast(0 as decimal(18, 6)) as tolerance,
        'at_most' as comparison,
        projects.source_kind,
        '项目得分 <= 分值' as detail,
        projects.fact_id as fact_ids
    from projects
    where projects.score is not null
        and projects.weight is not null
),

-- 收支总计 = this year + carry-over -------------------------------------------------------------

check_grand_totals as (
    select
        metric_values.document_id,
        'grand_total_sources' as check_name,
        'grand_total ' || metric_values.measure as subject,
        cast(metric_values.grand_total as decimal(18, 6)) as expected_value,
        cast(metric_values.revenue_total + metric_values.carryover_begin
            + coalesce(metric_values.non_fiscal_balance_used, 0) as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('3') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        '收支总计 vs 本年收入合计 + 年初结转和结余 (+ 使用非财政拨款结余)' as detail,
        {{ fact_id_union([
            'metric_values.grand_total_fact_id', 'metric_values.revenue_total_fact_id',
            'metric_values.carryover_begin_fact_id', 'metric_values.non_fiscal_balance_used_fact_id'
        ]) }} as fact_ids
    from metric_values
    where metric_values.grand_total is not null
        and metric_values.revenue_total is not null
        and metric_values.carryover_begin is not null
    union all
    select
        metric_values.document_id,
        'grand_total_uses' as check_name,
        'grand_total ' || metric_values.measure as subject,
        cast(metric_values.grand_total as decimal(18, 6)) as expected_value,
        cast(metric_values.expenditure_total + metric_values.carryover_end
            + coalesce(metric_values.balance_distribution, 0) as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('3') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        '收支总计 vs 本年支出合计 + 年末结转和结余 (+ 结余分配)' as detail,
        {{ fact_id_union([
            'metric_values.grand_total_fact_id', 'metric_values.expenditure_total_fact_id',
            'metric_values.carryover_end_fact_id', 'metric_values.balance_distribution_fact_id'
        ]) }} as fact_ids
    from metric_values
    where metric_values.grand_total is not null
        and metric_values.expenditure_total is not null
        and metric_values.carryover_end is not null
    union all
    select
        metric_values.document_id,
        'fiscal_grand_total_sources' as check_name,
        'fiscal_grand_total ' || metric_values.measure as subject,
        cast(metric_values.fiscal_grand_total as decimal(18, 6)) as expected_value,
        cast(metric_values.revenue_fiscal + metric_values.fiscal_carryover_begin as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('2') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        '财政拨款收、支总计 vs 财政拨款收入 + 年初财政拨款结转和结余' as detail,
        {{ fact_id_union([
            'metric_values.fiscal_grand_total_fact_id', 'metric_values.revenue_fiscal_fact_id',
            'metric_values.fiscal_carryover_begin_fact_id'
        ]) }} as fact_ids
    from metric_values
    where metric_values.fiscal_grand_total is not null
        and metric_values.revenue_fiscal is not null
        and metric_values.fiscal_carryover_begin is not null
    union all
    select
        metric_values.document_id,
        'fiscal_grand_total_uses' as check_name,
        'fiscal_grand_total ' || metric_values.measure as subject,
        cast(metric_values.fiscal_grand_total as decimal(18, 6)) as expected_value,
        cast(
            coalesce(metric_values.gpb_expenditure, 0) + coalesce(metric_values.gov_fund_expenditure, 0)
            + coalesce(metric_values.state_capital_expenditure, 0) + metric_values.fiscal_carryover_end
            as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('4') }} as tolerance,
        'equal' as comparison,
        cast(null as {{ dbt.type_string() }}) as source_kind,
        '财政拨款收、支总计 vs 三类财政拨款支出 + 年末财政拨款结转和结余' as detail,
        {{ fact_id_union([
            'metric_values.fiscal_grand_total_fact_id', 'metric_values.gpb_expenditure_fact_id',
            'metric_values.gov_fund_expenditure_fact_id', 'metric_values.state_capital_expenditure_fact_id',
            'metric_values.fiscal_carryover_end_fact_id'
        ]) }} as fact_ids
    from metric_values
    where metric_values.fiscal_grand_total is not null
        and metric_values.gpb_expenditure is not null
        and metric_values.fiscal_carryover_end is not null
),

-- printed percentages ------------------------------------------------------------------------

stated_percentages as (
    select
        metrics.document_id,
        metrics.metric,
        metrics.measure,
        metrics.value,
        metrics.printed_pct,
        metrics.printed_pct_kind,
        metrics.printed_pct_decimals,
        metrics.stated_change,
        metrics.source_kind,
        metrics.source_line,
        metrics.fact_id,
        coalesce(metrics.pct_base_value, base_metrics.value) as base_value,
        -- the statement of the whole when the sentence does not state it itself
        case when metrics.pct_base_value is null then base_metrics.chosen_fact_id end as base_fact_id,
        coalesce(metrics.pct_base_metric, 'the whole stated before it') as base_label,
        -- a line may state the same metric with a percentage twice: the subject must tell them apart
        case
            when row_number() over (
                partition by metrics.document_id, metrics.metric, metrics.measure, metrics.printed_pct_kind,
                    metrics.source_line
                order by metrics.fact_index
            ) > 1
                then ' #' || cast(row_number() over (
                    partition by metrics.document_id, metrics.metric, metrics.measure, metrics.printed_pct_kind,
                        metrics.source_line
                    order by metrics.fact_index
                ) as {{ dbt.type_string() }})
            else ''
        end as statement_suffix
    from metrics
    left join metrics_chosen as base_metrics
        on metrics.document_id = base_metrics.document_id
        and metrics.pct_base_metric = base_metrics.metric
        and base_metrics.measure = metrics.measure
    where metrics.printed_pct is not null
),

percentages_computed as (
    select
        stated_percentages.*,
        case
            when stated_percentages.printed_pct_kind = 'share' and stated_percentages.base_value <> 0
                then 100 * cast(stated_percentages.value as double) / cast(stated_percentages.base_value as double)
            when stated_percentages.printed_pct_kind = 'change' and stated_percentages.value <> 0
                then 100 * cast(stated_percentages.stated_change as double) / cast(stated_percentages.value as double)
        end as computed_pct,
        case
            when stated_percentages.printed_pct_kind = 'share' then stated_percentages.base_value
            else stated_percentages.value
        end as whole_value,
        case
            when stated_percentages.printed_pct_kind = 'share' then stated_percentages.value
            else stated_percentages.stated_change
        end as part_value
    from stated_percentages
),

check_percentages as (
    select
        percentages_computed.document_id,
        case percentages_computed.printed_pct_kind
            when 'share' then 'share_percent_matches_amounts'
            else 'change_percent_matches_amounts'
        end as check_name,
        percentages_computed.metric || ' ' || percentages_computed.measure
            || ' line ' || cast(percentages_computed.source_line as {{ dbt.type_string() }})
            || percentages_computed.statement_suffix as subject,
        cast(percentages_computed.printed_pct as decimal(18, 6)) as expected_value,
        cast({{ round_to('percentages_computed.computed_pct', 'percentages_computed.printed_pct_decimals') }}
            as decimal(18, 6)) as actual_value,
        cast({{ percent_tolerance('percentages_computed.part_value', 'percentages_computed.whole_value',
                                  'percentages_computed.printed_pct_decimals') }}
            as decimal(18, 6)) as tolerance,
        'equal' as comparison,
        percentages_computed.source_kind,
        case percentages_computed.printed_pct_kind
            when 'share' then 'printed 占% vs amount ÷ ' || percentages_computed.base_label || ' ('
                || cast(cast(percentages_computed.whole_value as decimal(18, 2)) as {{ dbt.type_string() }}) || ') × 100'
            else 'printed 增减% vs change ÷ prior-year figure ('
                || cast(cast(percentages_computed.whole_value as decimal(18, 2)) as {{ dbt.type_string() }}) || ') × 100'
        end as detail,
        {{ fact_id_union([
            'percentages_computed.fact_id',
            "case when percentages_computed.printed_pct_kind = 'share' then percentages_computed.base_fact_id end"
        ]) }} as fact_ids
    from percentages_computed
    where percentages_computed.computed_pct is not null
),

check_percentage_range as (
    select
        stated_percentages.document_id,
        'percent_in_possible_range' as check_name,
        stated_percentages.metric || ' ' || stated_percentages.measure || ' ' || stated_percentages.printed_pct_kind
            || ' line ' || cast(stated_percentages.source_line as {{ dbt.type_string() }})
            || stated_percentages.statement_suffix as subject,
        cast(100 as decimal(18, 6)) as expected_value,
        cast(case
            when stated_percentages.printed_pct_kind = 'share' then stated_percentages.printed_pct
            else -stated_percentages.printed_pct
        end as decimal(18, 6)) as actual_value,
        cast(0 as decimal(18, 6)) as tolerance,
        'at_most' as comparison,
        stated_percentages.source_kind,
        case
            when stated_percentages.printed_pct_kind = 'share' then 'a share (占%) is at most 100 %'
            else 'a fall (下降/减少%) is at most 100 %'
        end as detail,
        stated_percentages.fact_id as fact_ids
    from stated_percentages
    where stated_percentages.printed_pct_kind = 'share'
        or (stated_percentages.printed_pct_kind = 'change' and stated_percentages.printed_pct < 0)
),

stated_rates as (
    select
        rates.document_id,
        rates.metric,
        rates.source_line,
        rates.source_kind,
        rates.printed_pct,
        rates.printed_pct_decimals,
        rates.value as actual_value,
        budgets.value as budget_value,
        rates.fact_id as rate_fact_id,
        budgets.fact_id as budget_fact_id,
        row_number() over (
            partition by rates.document_id, rates.metric, rates.source_line
            order by case when budgets.measure = 'budget' then 0 else 1 end, budgets.fact_index
        ) as budget_rank
    from metrics as rates
    inner join metrics as budgets
        on rates.document_id = budgets.document_id
        and rates.metric = budgets.metric
        and rates.source_line = budgets.source_line
        and budgets.measure in ('budget', 'budget_initial')
    where rates.printed_pct_kind = 'rate'
        and rates.measure = 'actual'
        and not (rates.value = 0 and budgets.value = 0)
),

check_metric_rates as (
    select
        stated_rates.document_id,
        'metric_rate_matches_budget' as check_name,
        stated_rates.metric || ' line ' || cast(stated_rates.source_line as {{ dbt.type_string() }}) as subject,
        cast(stated_rates.printed_pct as decimal(18, 6)) as expected_value,
        case when stated_rates.budget_value <> 0 then cast({{ round_to(
            '100 * cast(stated_rates.actual_value as double) / cast(stated_rates.budget_value as double)',
            'stated_rates.printed_pct_decimals') }} as decimal(18, 6))
        end as actual_value,
        cast(case
            when stated_rates.budget_value <> 0 then {{ percent_tolerance(
                'stated_rates.actual_value', 'stated_rates.budget_value', 'stated_rates.printed_pct_decimals') }}
            else power(10, -stated_rates.printed_pct_decimals)
        end as decimal(18, 6)) as tolerance,
        'equal' as comparison,
        stated_rates.source_kind,
        case
            when stated_rates.budget_value = 0 then 'completion rate printed over a zero budget'
            else 'printed 完成预算% vs actual ÷ the budget stated in the same sentence ('
                || cast(cast(stated_rates.budget_value as decimal(18, 2)) as {{ dbt.type_string() }}) || ') × 100'
        end as detail,
        {{ fact_id_union(['stated_rates.rate_fact_id', 'stated_rates.budget_fact_id']) }} as fact_ids
    from stated_rates
    where stated_rates.budget_rank = 1
),

-- a project stated twice --------------------------------------------------------------------

project_amounts_unpivoted as (
    select
        projects.document_id,
        projects.project_name,
        projects.source_kind,
        projects.source_line,
        projects.fact_id,
        'executed' as measure,
        projects.executed_reported * case when projects.unit_reported = '元' then 0.0001 else 1 end as amount_wan
    from projects
    where projects.executed_reported is not null
    union all
    select
        projects.document_id,
        projects.project_name,
        projects.source_kind,
        projects.source_line,
        projects.fact_id,
        'budget_adjusted' as measure,
        projects.budget_adjusted_reported * case when projects.unit_reported = '元' then 0.0001 else 1 end as amount_wan
    from projects
    where projects.budget_adjusted_reported is not null
),

project_amounts as (
    select
        project_amounts_unpivoted.*,
        regexp_replace(
            regexp_replace(replace(project_amounts_unpivoted.project_name, '与', '和'), '^(19|20)[0-9]{2}(年度|年)?', ''),
            '(项目|经费|工作|专项)+$', '') as project_key
    from project_amounts_unpivoted
),

project_statements_ranked as (
    select
        project_amounts.*,
        row_number() over (
            partition by project_amounts.document_id, project_amounts.project_key, project_amounts.measure
            order by case when project_amounts.source_kind = 'table' then 0 else 1 end, project_amounts.source_line
        ) as statement_rank
    from project_amounts
),

check_project_statements as (
    select
        later.document_id,
        'project_statements_agree' as check_name,
        'project ' || later.project_key || ' ' || later.measure || ' line ' || cast(later.source_line as {{ dbt.type_string() }})
            as subject,
        cast(first_statement.amount_wan as decimal(18, 6)) as expected_value,
        cast(later.amount_wan as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('1') }} as tolerance,
        'equal' as comparison,
        later.source_kind,
        'first statement line ' || cast(first_statement.source_line as {{ dbt.type_string() }}) || ' (' || first_statement.source_kind
            || ') vs line ' || cast(later.source_line as {{ dbt.type_string() }}) || ' (' || later.source_kind || ')' as detail,
        {{ fact_id_union(['first_statement.fact_id', 'later.fact_id']) }} as fact_ids
    from project_statements_ranked as later
    inner join project_statements_ranked as first_statement
        on later.document_id = first_statement.document_id
        and later.project_key = first_statement.project_key
        and later.measure = first_statement.measure
        and first_statement.statement_rank = 1
    where later.statement_rank > 1
),

-- restatements: the prior year as stated now vs as published then ------------------------------

-- the statements of int_prior_year_values' subjects (the chosen ones, as it reads them), for fact_ids
prior_year_subject_facts as (
    select
        metrics_chosen.document_id,
        'metric' as subject_kind,
        metrics_chosen.metric as subject,
        cast('' as {{ dbt.type_string() }}) as fund_scope,
        cast('' as {{ dbt.type_string() }}) as spending_type,
        metrics_chosen.measure,
        metrics_chosen.chosen_fact_id as fact_id
    from metrics_chosen
    where metrics_chosen.measure in ('actual', 'prior_year')
    union all
    select
        lines_chosen.document_id,
        'function_line' as subject_kind,
        lines_chosen.code as subject,
        lines_chosen.fund_scope,
        lines_chosen.spending_type,
        lines_chosen.measure,
        lines_chosen.chosen_fact_id as fact_id
    from lines_chosen
    where lines_chosen.classification = 'function'
        and lines_chosen.flow = 'expenditure'
        and lines_chosen.code is not null
        and lines_chosen.measure in ('actual', 'prior_year')
),

prior_year_subject_fact_lists as (
    select
        prior_year_subject_facts.document_id,
        prior_year_subject_facts.subject_kind,
        prior_year_subject_facts.subject,
        prior_year_subject_facts.fund_scope,
        prior_year_subject_facts.spending_type,
        prior_year_subject_facts.measure,
        {{ fact_id_list('prior_year_subject_facts.fact_id') }} as fact_ids
    from prior_year_subject_facts
    group by
        prior_year_subject_facts.document_id,
        prior_year_subject_facts.subject_kind,
        prior_year_subject_facts.subject,
        prior_year_subject_facts.fund_scope,
        prior_year_subject_facts.spending_type,
        prior_year_subject_facts.measure
),

check_restatements as (
    select
        prior_year_values.document_id,
        'prior_year_restated' as check_name,
        prior_year_values.subject_kind || ' ' || prior_year_values.subject
            || coalesce(' ' || prior_year_values.fund_scope, '') || coalesce(' ' || prior_year_values.spending_type, '')
            as subject,
        cast(prior_year_values.prior_value_from_report as decimal(18, 6)) as expected_value,
        cast(prior_year_values.prior_value_stated as decimal(18, 6)) as actual_value,
        {{ amount_tolerance('2') }} as tolerance,
        'equal' as comparison,
        'narrative' as source_kind,
        'prior-year figure stated at line ' || cast(prior_year_values.stated_source_line as {{ dbt.type_string() }})
            || ' (' || prior_year_values.stated_derivation || ') vs the actual of report '
            || prior_year_values.prior_document_id || ' line '
            || cast(prior_year_values.prior_report_source_line as {{ dbt.type_string() }}) as detail,
        -- the earlier report's fact belongs to prior_document_id (named in detail), not to document_id
        {{ fact_id_union(['stated_facts.fact_ids', 'report_facts.fact_ids']) }} as fact_ids
    from prior_year_values
    left join prior_year_subject_fact_lists as stated_facts
        on prior_year_values.document_id = stated_facts.document_id
        and prior_year_values.subject_kind = stated_facts.subject_kind
        and prior_year_values.subject = stated_facts.subject
        and coalesce(prior_year_values.fund_scope, '') = stated_facts.fund_scope
        and coalesce(prior_year_values.spending_type, '') = stated_facts.spending_type
        and stated_facts.measure = 'prior_year'
    left join prior_year_subject_fact_lists as report_facts
        on prior_year_values.prior_document_id = report_facts.document_id
        and prior_year_values.subject_kind = report_facts.subject_kind
        and prior_year_values.subject = report_facts.subject
        and coalesce(prior_year_values.fund_scope, '') = report_facts.fund_scope
        and coalesce(prior_year_values.spending_type, '') = report_facts.spending_type
        and report_facts.measure = 'actual'
    where prior_year_values.prior_value_from_report is not null
        and prior_year_values.prior_value_stated is not null
),

all_checks as (
    select * from check_children_sum
    union all
    select * from check_items_sum_to_class
    union all
    select * from check_classes_sum_to_total
    union all
    select * from check_basic_plus_project
    union all
    select * from check_expenditure_basic_plus_project
    union all
    select * from check_personnel_plus_public
    union all
    select * from check_three_public_parts
    union all
    select * from check_vehicle_parts
    union all
    select * from check_revenue_sources
    union all
    select * from check_line_table_narrative
    union all
    select * from check_metric_table_narrative
    union all
    select * from check_project_rate
    union all
    select * from check_line_rate
    union all
    select * from check_indicator_score
    union all
    select * from check_project_score
    union all
    select * from check_grand_totals
    union all
    select * from check_percentages
    union all
    select * from check_percentage_range
    union all
    select * from check_metric_rates
    union all
    select * from check_restatements
    union all
    select * from check_project_statements
),

identity_checks as (
    select
        all_checks.document_id,
        all_checks.check_name,
        all_checks.subject,
        all_checks.expected_value,
        all_checks.actual_value,
        cast(all_checks.actual_value - all_checks.expected_value as decimal(18, 6)) as difference,
        coalesce(
            case
                when all_checks.comparison = 'equal'
                    then abs(all_checks.actual_value - all_checks.expected_value) <= all_checks.tolerance
                when all_checks.comparison = 'at_most'
                    then all_checks.actual_value <= all_checks.expected_value + all_checks.tolerance
            end,
            false
        ) as passed,
        all_checks.detail,
        cast(all_checks.tolerance as decimal(18, 6)) as tolerance,
        all_checks.comparison,
        all_checks.source_kind,
        documents.fiscal_year,
        documents.admin_code,
        documents.department,
        all_checks.fact_ids
    from all_checks
    inner join documents
        on all_checks.document_id = documents.document_id
),

classification_checks as (
    select
        code_checks.document_id,
        code_checks.check_name,
        code_checks.subject,
        cast(null as decimal(18, 6)) as expected_value,
        cast(null as decimal(18, 6)) as actual_value,
        cast(null as decimal(18, 6)) as difference,
        code_checks.passed,
        code_checks.detail,
        cast(null as decimal(18, 6)) as tolerance,
        'classification' as comparison,
        'table' as source_kind,
        documents.fiscal_year,
        documents.admin_code,
        documents.department,
        code_checks.fact_ids
    from {{ ref('int_check_classification_codes') }} as code_checks
    inner join documents
        on code_checks.document_id = documents.document_id
),

final as (
    select * from identity_checks
    union all
    select * from classification_checks
)

select * from final
