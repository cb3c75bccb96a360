{#
  typed_seed(seed_name, renames={}): the select of a seed's staging model — every column of the
  seed, cast to the type its column_types declare in seeds/_seeds.yml (string → dbt.type_string(),
  the others as written), in the seed's column order, renamed where `renames` says. The types are
  declared once, on the seed; a test (tests/test_fact_families.py) holds the column_types to the
  CSV's header.
    {{ typed_seed('ref_function_class', {'valid_from': 'valid_from_year'}) }}
#}
{% macro typed_seed(seed_name, renames={}) -%}
    {%- set seed_node = graph.nodes.get('seed.' ~ project_name ~ '.' ~ seed_name) if execute else none -%}
    {%- set column_types = seed_node.config.column_types if seed_node else {} -%}
    select
    {%- for column, data_type in column_types.items() %}
        cast(seed.{{ column }} as {{ dbt.type_string() if data_type == 'string' else data_type }})
            as {{ renames.get(column, column) }}{{ ',' if not loop.last }}
    {%- endfor %}
    {%- if not column_types %}
        seed.*
    {%- endif %}
    from {{ ref(seed_name) }} as seed
{%- endmacro %}
