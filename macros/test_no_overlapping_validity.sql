{#
  Generic test no_overlapping_validity: for every key (e.g. a code, or a parent code and a name),
  the validity ranges [valid_from, valid_to] of its rows must not overlap, and no range may be
  inverted (valid_from > valid_to). Years are inclusive; valid_to = var open_ended_year means "still valid".
  Returns the offending rows (a row with an inverted range, or both rows of an overlapping pair).

  Arguments:
    key_columns  list of columns that identify the thing that has one name per year
                 (['code'], or ['scheme', 'code'], or ['parent_code', 'name'] to say that siblings
                 never share a name in the same year). Keys compare with IS NOT DISTINCT FROM, so a
                 NULL parent_code (classes) is a key value like any other.
    valid_from, valid_to  the column names (default valid_from / valid_to)
#}
{% test no_overlapping_validity(model, key_columns, valid_from='valid_from', valid_to='valid_to') %}

with

rows_numbered as (
    select
        *,
        row_number() over (order by {{ valid_from }}, {{ valid_to }}) as _row_id
    from {{ model }}
),

inverted as (
    select
        {% for column in key_columns %}cast({{ column }} as {{ dbt.type_string() }}) as key_{{ loop.index }}, {% endfor %}
        {{ valid_from }} as valid_from_a,
        {{ valid_to }} as valid_to_a,
        cast(null as integer) as valid_from_b,
        cast(null as integer) as valid_to_b,
        'inverted range' as problem
    from rows_numbered
    where {{ valid_from }} > {{ valid_to }}
),

overlapping as (
    select
        {% for column in key_columns %}cast(a.{{ column }} as {{ dbt.type_string() }}) as key_{{ loop.index }}, {% endfor %}
        a.{{ valid_from }} as valid_from_a,
        a.{{ valid_to }} as valid_to_a,
        b.{{ valid_from }} as valid_from_b,
        b.{{ valid_to }} as valid_to_b,
        'overlapping ranges' as problem
    from rows_numbered as a
    inner join rows_numbered as b
        on a._row_id < b._row_id
        {% for column in key_columns %}
        and a.{{ column }} is not distinct from b.{{ column }}
        {% endfor %}
        and a.{{ valid_from }} <= b.{{ valid_to }}
        and b.{{ valid_from }} <= a.{{ valid_to }}
)

select * from inverted
union all
select * from overlapping

{% endtest %}
