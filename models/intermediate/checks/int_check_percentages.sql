{#
  Printed percentages of the narratives, compared after rounding the computed one to the printed
  decimals, within percent_tolerance (macros/amount_tolerance.sql): one unit of the last printed
  decimal plus what two-decimal rounding of the amounts can move it.
    share_percent_matches_amounts   a printed share (占x%) = the amount ÷ its whole × 100, the whole
        being the figure the sentence states before its parts or the one it names (占本年支出合计的);
    change_percent_matches_amounts   a printed change (增长/下降x%) = the printed change ÷ the prior-year
        figure it implies × 100 (a change computed on the wrong base fails);
    percent_in_possible_range   a share is at most 100 %, a fall at most 100 %.
  Columns: those of every int_check_* model (models/intermediate/checks/_checks.yml).
#}

with

metrics_chosen as (
    select * from {{ ref('int_document_metrics_chosen') }}
),

metrics as (
    select * from {{ ref('stg_document_metrics') }}
),

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

final as (
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_percentages
    union all
    select document_id, check_name, subject, expected_value, actual_value, tolerance, comparison, source_kind, detail, fact_ids from check_percentage_range
)

select * from final
