{#
  The rule that picks one statement of a fact a report states several times (a table and a
  sentence, or one sentence in two parts): a table statement first, then the earliest line, then
  the lowest fact_index — written once for budget lines and document metrics.

  ranked_statements(statements, partition_by, rounded_value): every statement of `statements`
  with statement_rank (1 = the chosen one) and, over all statements of its fact: statement_count,
  table_statement_count, narrative_statement_count, min_value, max_value (of `rounded_value`, the
  figure at two decimals).
    {{ ranked_statements('budget_lines', ['budget_lines.fact_key'], 'budget_lines.amount_wan_rounded') }}

  chosen_statement_columns(relation, value_name): the columns of the chosen statement that say
  where it stands and how many statements agree with it: chosen_fact_id, chosen_fact_index,
  chosen_source_kind, chosen_source_table, chosen_source_line, the counts, min_/max_<value_name>
  and statements_agree (all the same at two decimals).
#}
{% macro ranked_statements(statements, partition_by, rounded_value) -%}
    {%- set fact = 'partition by ' ~ (partition_by | join(', ')) -%}
    select
        {{ statements }}.*,
        row_number() over (
            {{ fact }}
            order by
                case when {{ statements }}.source_kind = 'table' then 0 else 1 end,
                {{ statements }}.source_line,
                {{ statements }}.fact_index
        ) as statement_rank,
        count(*) over ({{ fact }}) as statement_count,
        sum(case when {{ statements }}.source_kind = 'table' then 1 else 0 end) over ({{ fact }})
            as table_statement_count,
        sum(case when {{ statements }}.source_kind = 'narrative' then 1 else 0 end) over ({{ fact }})
            as narrative_statement_count,
        min({{ rounded_value }}) over ({{ fact }}) as min_value,
        max({{ rounded_value }}) over ({{ fact }}) as max_value
    from {{ statements }}
{%- endmacro %}

{% macro chosen_statement_columns(relation, value_name) -%}
        {{ relation }}.fact_id as chosen_fact_id,
        {{ relation }}.fact_index as chosen_fact_index,
        {{ relation }}.source_kind as chosen_source_kind,
        {{ relation }}.source_table as chosen_source_table,
        {{ relation }}.source_line as chosen_source_line,
        {{ relation }}.statement_count,
        {{ relation }}.table_statement_count,
        {{ relation }}.narrative_statement_count,
        {{ relation }}.min_value as min_{{ value_name }},
        {{ relation }}.max_value as max_{{ value_name }},
        {{ relation }}.min_value = {{ relation }}.max_value as statements_agree
{%- endmacro %}
