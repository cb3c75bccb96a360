{#
  Identities between a document's totals (int_document_metric_values, one row per document and
  measure):
    expenditure_basic_plus_project   expenditure_basic + expenditure_project (+ the other parts stated:
        上缴上级, 经营, 对附属单位补助, 预留机动) = expenditure_total;
    personnel_plus_public_equals_basic   人员经费 + 公用经费 = gpb_basic (else expenditure_basic);
    three_public_parts_sum   出国 + 公务用车 + 公务接待 = 三公 total;
    vehicle_purchase_plus_operation   购置 + 运行维护 = 公务用车购置及运行维护费;
    revenue_sources_sum   revenue by source (财政拨款 or its fund scopes, 上级补助, 事业, 经营, 附属单位上缴,
        其他, 财政专户管理资金) = 本年收入合计;
    grand_total_sources / grand_total_uses   收支总计 = 本年收入合计 + 年初结转和结余 (+ 使用非财政拨款
        结余) and = 本年支出合计 + 年末结转和结余 (+ 结余分配); fiscal_grand_total_sources /
        fiscal_grand_total_uses the same for 财政拨款收、支总计 (table 04).
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

{%- set other_revenue_sources = ['revenue_upper_subsidy', 'revenue_business', 'revenue_operating',
                                 'revenue_subordinate', 'revenue_other', 'revenue_special_account'] %}
{%- set other_revenue_fact_ids = [] %}
{%- for source in other_revenue_sources %}{% do other_revenue_fact_ids.append('metric_values.' ~ source ~ '_fact_id') %}{% endfor %}

with

metric_values as (
    select * from {{ ref('int_document_metric_values') }}
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
        {%- for source in other_revenue_sources %}
        {{ '+ ' if not loop.first }}coalesce(metric_values.{{ source }}, 0)
        {%- endfor %} as other_parts,
        {%- for source in other_revenue_sources %}
        {{ '+ ' if not loop.first }}(case when metric_values.{{ source }} is not null then 1 else 0 end)
        {%- endfor %} as other_part_count,
        {{ fact_id_union([
            'metric_values.revenue_total_fact_id',
            'case when metric_values.revenue_general_budget is not null or metric_values.revenue_gov_fund is not null '
                ~ 'or metric_values.revenue_state_capital is not null then '
                ~ fact_id_union([
                    'metric_values.revenue_general_budget_fact_id', 'metric_values.revenue_gov_fund_fact_id',
                    'metric_values.revenue_state_capital_fact_id'])
                ~ ' else metric_values.revenue_fiscal_fact_id end'
        ] + other_revenue_fact_ids) }} as fact_ids
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

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_expenditure_basic_plus_project
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_personnel_plus_public
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_three_public_parts
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_vehicle_parts
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_revenue_sources
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_grand_totals
)

select * from final
