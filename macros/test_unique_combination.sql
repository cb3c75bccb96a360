{#
  Generic test: no two rows share the same values of `combination_of_columns` (a model's grain).
  NULLs count as equal values (like GROUP BY), so a NULL key part cannot hide duplicates.
    tests:
      - unique_combination:
          arguments:
            combination_of_columns: [document_id, check_name, subject]
#}
{% test unique_combination(model, combination_of_columns) %}

with

model_rows as (
    select * from {{ model }}
),

duplicated_keys as (
    select
        {% for column in combination_of_columns %}
        model_rows.{{ column }},
        {% endfor %}
        count(*) as row_count
    from model_rows
    group by
        {% for column in combination_of_columns %}
        model_rows.{{ column }}{% if not loop.last %},{% endif %}
        {% endfor %}
    having count(*) > 1
)

select * from duplicated_keys

{% endtest %}
