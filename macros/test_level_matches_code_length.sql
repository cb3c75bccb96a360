{#
  Generic test level_matches_code_length: the level column agrees with the length of the code.
  Returns the rows where it does not (or where the level has no expected length).

  Arguments:
    code_column   the code column (default code)
    level_column  the level column (default level)
    lengths       mapping level -> code length, e.g. {'1': 3, '2': 5, '3': 7} for 类/款/项 of the
                  functional classification, {'1': 3, '2': 5} for the economic classifications
                  (keys quoted: dbt's partial parse cannot store integer map keys),
                  {'province': 2, 'city': 4, 'county': 6} for GB/T 2260 codes together with
                  strip_zero_pairs
    strip_zero_pairs  when true, the length measured is that of the code without its trailing
                  '00' pairs (510000 -> 2, 510400 -> 4, 510403 -> 6): six-digit region codes carry
                  their level in their trailing zeros, not in their length
#}
{% test level_matches_code_length(model, lengths, code_column='code', level_column='level',
                                  strip_zero_pairs=false) %}

{%- set measured -%}
    {%- if strip_zero_pairs -%}
    length(regexp_replace(cast({{ code_column }} as {{ dbt.type_string() }}), '(00)+$', ''))
    {%- else -%}
    length(cast({{ code_column }} as {{ dbt.type_string() }}))
    {%- endif -%}
{%- endset %}

select
    *,
    {{ measured }} as measured_length
from {{ model }}
where {{ code_column }} is null
    or not (
        {% for level, length in lengths.items() %}
        (cast({{ level_column }} as {{ dbt.type_string() }}) = '{{ level }}' and {{ measured }} = {{ length }})
        {% if not loop.last %}or{% endif %}
        {% endfor %}
    )

{% endtest %}
