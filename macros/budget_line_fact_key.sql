{#
  budget_line_fact_key(relation, without=[]): the key of a budget-line fact — one figure a report
  states, whatever the number of times: document × classification × line (code, or the printed
  names when unresolved: fact_code_key) × flow × spending_type × fund_scope × measure. The grain
  of int_budget_lines_chosen; int_budget_lines_normalised carries it as `fact_key`. `without`
  leaves columns out, to pair facts that differ only there (an actual with its budget:
  without=['measure']; a total with its basic and project parts: without=['spending_type']).
    {{ budget_line_fact_key('actuals', without=['measure']) }}
      -> concat_ws('|', actuals.document_id, actuals.classification, actuals.fact_code_key,
                   actuals.flow, actuals.spending_type, actuals.fund_scope)
#}
{% macro budget_line_fact_key(relation, without=[]) -%}
    {%- set columns = ['document_id', 'classification', 'fact_code_key', 'flow', 'spending_type', 'fund_scope', 'measure'] -%}
    concat_ws('|'
    {%- for column in columns if column not in without -%}
        , {{ relation }}.{{ column }}
    {%- endfor -%}
    )
{%- endmacro %}
