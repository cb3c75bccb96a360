{#
  Generic test parent_exists: every non-NULL parent code names a row of the same table, the
  child's code extends its parent's code, and (when validity columns are given) the parent's rows
  cover every year the child is valid. Returns the orphan rows.

  Arguments:
    code_column    the code column (default code)
    parent_column  the parent code column (default parent_code)
    match_columns  further columns the parent must share with the child (e.g. ['scheme'])
    valid_from, valid_to  validity columns; none = no validity check (region codes)
    prefix         how a child code extends its parent's code:
                     'literal'    child starts with the parent code (2040601 under 20406);
                     'admin'      GB/T 2260: child starts with the parent code without its trailing
                                  '00' pairs (510403 under 510400, 510400 under 510000);
                     none         no check.
  The validity check compares the child's range with the span of all the parent's rows (min
  valid_from, max valid_to); no_overlapping_validity and the seed's curation keep that span gapless.
#}
{% test parent_exists(model, code_column='code', parent_column='parent_code', match_columns=[],
                      valid_from=none, valid_to=none, prefix='literal') %}

{%- set child_code = 'cast(children.' ~ code_column ~ ' as ' ~ dbt.type_string() ~ ')' -%}
{%- set parent_prefix = "regexp_replace(parents.parent_code, '(00)+$', '')" if prefix == 'admin'
                        else 'parents.parent_code' -%}

with

parents as (
    select
        {% for column in match_columns %}{{ column }}, {% endfor %}
        cast({{ code_column }} as {{ dbt.type_string() }}) as parent_code
        {% if valid_from is not none %}
        , min({{ valid_from }}) as parent_valid_from
        , max({{ valid_to }}) as parent_valid_to
        {% endif %}
    from {{ model }}
    group by {% for column in match_columns %}{{ column }}, {% endfor %} cast({{ code_column }} as {{ dbt.type_string() }})
),

children as (
    select *
    from {{ model }}
    where {{ parent_column }} is not null
        and cast({{ parent_column }} as {{ dbt.type_string() }}) <> ''
)

select
    children.*,
    case
        when parents.parent_code is null then 'parent missing'
        {% if prefix in ('literal', 'admin') %}
        when not {{ starts_with(child_code, parent_prefix) }}
            then 'code does not extend its parent code'
        {% endif %}
        {% if valid_from is not none %}
        when children.{{ valid_from }} < parents.parent_valid_from
            or children.{{ valid_to }} > parents.parent_valid_to
            then 'parent not valid for every year of the child'
        {% endif %}
    end as problem
from children
left join parents
    on cast(children.{{ parent_column }} as {{ dbt.type_string() }}) = parents.parent_code
    {% for column in match_columns %}
    and children.{{ column }} = parents.{{ column }}
    {% endfor %}
where parents.parent_code is null
    {% if prefix in ('literal', 'admin') %}
    or not {{ starts_with(child_code, parent_prefix) }}
    {% endif %}
    {% if valid_from is not none %}
    or children.{{ valid_from }} < parents.parent_valid_from
    or children.{{ valid_to }} > parents.parent_valid_to
    {% endif %}

{% endtest %}
