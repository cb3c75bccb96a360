{#
  Generic test: the columns of a model its YAML declares never NULL hold no NULL, all in one query.
  A column says it in dbt's own words, `constraints: [{type: not_null}]`; the model names the test
  once (`data_tests: [not_null_columns]`). The models do not enforce contracts, so dbt writes no DDL
  for the constraint: this test is what checks it.

  Why one test a model and not dbt's `not_null` on each column: dbt spends ~35 ms of Python on every
  test node whatever the rows (compiling, events), and not-null columns were 226 of the project's 417
  test nodes — most of an incremental build. A not-null rule with a condition (`where:`) stays a
  `not_null` test of its column.

  A failure returns a row per column that holds NULLs (null_column, null_rows), one scan of the model.
    models:
      - name: fct_budget_line
        data_tests: [not_null_columns]
        columns:
          - name: document_id
            constraints: [{type: not_null}]
#}
{% test not_null_columns(model) %}
{%- set columns = _columns_declared_not_null() -%}
{%- if not columns and execute -%}
    {{ exceptions.raise_compiler_error("not_null_columns on " ~ model ~ ": no column declares constraints: [{type: not_null}]") }}
{%- endif %}

with

null_counts as (
    select
        {% for column in columns -%}
        sum(case when {{ column }} is null then 1 else 0 end) as {{ column }}
        {%- if not loop.last %},{% endif %}
        {% endfor %}
    from {{ model }}
)

{% for column in columns -%}
select '{{ column }}' as null_column, {{ column }} as null_rows from null_counts where {{ column }} > 0
{% if not loop.last %}union all
{% endif %}
{%- endfor %}

{% endtest %}

{% macro _columns_declared_not_null() -%}
    {#- `model` here is the test node (a macro sees its node's context, not the test's arguments) -#}
    {%- set columns = [] -%}
    {%- set tested = graph.nodes.get(model.get('attached_node')) if execute else none -%}
    {%- for column in ((tested or {}).get('columns') or {}).values() -%}
        {%- if column.get('constraints') | selectattr('type', 'equalto', 'not_null') | list -%}
            {%- do columns.append(column.name) -%}
        {%- endif -%}
    {%- endfor -%}
    {{- return(columns) -}}
{%- endmacro %}
