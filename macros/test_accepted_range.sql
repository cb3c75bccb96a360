{#
  Generic test: a column's values lie between min_value and max_value (either may be omitted).
  inclusive (default true) decides whether the bounds themselves are accepted. NULLs pass; test
  them with not_null.
    columns:
      - name: share_of_department_total
        tests:
          - accepted_range:
              arguments:
                min_value: 0
                max_value: 1
#}
{% test accepted_range(model, column_name, min_value=none, max_value=none, inclusive=true) %}

with

model_rows as (
    select * from {{ model }}
),

failing_rows as (
    select *
    from model_rows
    where 1 = 2
    {% if min_value is not none %}
        or model_rows.{{ column_name }} {{ '<' if inclusive else '<=' }} {{ min_value }}
    {% endif %}
    {% if max_value is not none %}
        or model_rows.{{ column_name }} {{ '>' if inclusive else '>=' }} {{ max_value }}
    {% endif %}
)

select * from failing_rows

{% endtest %}
