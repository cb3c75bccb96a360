{#
  Generic test: the rules a model's YAML declares as dbt constraints hold on its rows, all in one
  query — a column never NULL (`constraints: [{type: not_null}]`), a column's values or a row's
  consistency (`type: check` with an `expression`, on a column or on the model). The model names
  the test once (`data_tests: [constraints_hold]`). The models do not enforce contracts, so dbt
  writes no DDL for the constraints: this test is what checks them. As in SQL, a check whose
  expression is NULL passes (NULL is not_null's business).

  Why one test a model and not dbt's not_null / accepted_values / expression_is_true on each
  column: dbt spends ~35 ms of Python on every test node whatever the rows (compiling, events), and
  those were 320 of the project's 417 test nodes — most of an incremental build. A rule with a
  condition (`where:`) stays a test of its own.

  A failure returns a row per rule broken (rule, failing_rows), from one scan of the model.
    models:
      - name: fct_budget_line
        data_tests: [constraints_hold]
        constraints:
          - type: check
            expression: "code is not null or code_reason is not null"
        columns:
          - name: document_id
            constraints: [{type: not_null}]
          - name: spending_type
            constraints:
              - type: check
                expression: "spending_type in ('total', 'basic', 'project')"
#}
{% test constraints_hold(model) %}
{%- set rules = _declared_rules() -%}
{%- if not rules and execute -%}
    {{ exceptions.raise_compiler_error("constraints_hold on " ~ model ~ ": its YAML declares no not_null or check constraint") }}
{%- endif %}

with

broken as (
    select
        {% for rule in rules -%}
        sum(case when {{ rule.broken }} then 1 else 0 end) as rule_{{ loop.index }}
        {%- if not loop.last %},{% endif %}
        {% endfor %}
    from {{ model }}
)

{% for rule in rules -%}
select '{{ rule.name | replace("'", "''") }}' as rule, rule_{{ loop.index }} as failing_rows from broken where rule_{{ loop.index }} > 0
{% if not loop.last %}union all
{% endif %}
{%- endfor %}

{% endtest %}

{% macro _declared_rules() -%}
    {#- `model` here is the test node (a macro sees its node's context, not the test's arguments) -#}
    {%- set rules = [] -%}
    {%- set tested = graph.nodes.get(model.get('attached_node')) if execute else none -%}
    {%- if tested -%}
        {%- for column in (tested.get('columns') or {}).values() -%}
            {%- for constraint in column.get('constraints') or [] -%}
                {%- if constraint.type == 'not_null' -%}
                    {%- do rules.append({'name': column.name ~ ' is not null', 'broken': column.name ~ ' is null'}) -%}
                {%- elif constraint.type == 'check' -%}
                    {%- do rules.append({'name': constraint.expression, 'broken': 'not (' ~ constraint.expression ~ ')'}) -%}
                {%- endif -%}
            {%- endfor -%}
        {%- endfor -%}
        {%- for constraint in tested.get('constraints') or [] -%}
            {%- if constraint.type == 'check' -%}
                {%- do rules.append({'name': constraint.expression, 'broken': 'not (' ~ constraint.expression ~ ')'}) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {{- return(rules) -}}
{%- endmacro %}
