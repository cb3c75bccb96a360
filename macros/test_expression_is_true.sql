{#
  Generic test: every row satisfies a SQL boolean expression (fails on the rows where it does not).
  Use on a model (`expression: "a + b = c"`) or on a column (`expression: ">= 0"`, prefixed by the
  column name). Rows where the expression is NULL pass, as in SQL CHECK constraints; add an explicit
  `is not null` to the expression when NULL must fail.
    tests:
      - expression_is_true:
          arguments:
            expression: "amount_wan >= 0"
#}
{% test expression_is_true(model, expression, column_name=none) %}

with

model_rows as (
    select * from {{ model }}
),

failing_rows as (
    select *
    from model_rows
    {% if column_name is none %}
    where not ({{ expression }})
    {% else %}
    where not ({{ column_name }} {{ expression }})
    {% endif %}
)

select * from failing_rows

{% endtest %}
