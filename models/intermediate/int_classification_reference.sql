{#
  The curated classification reference as one relation: every row of ref_function_class
  (支出功能分类科目, scheme `function`) and ref_economic_class (支出经济分类科目, schemes
  `department` 301… and `government` 501…), one row per code and validity period of its name,
  years as integers (valid_from / valid_to may be years or dates: their first four characters
  are read; valid_to open_ended_year = still valid).
  valid_from_known / valid_to_known say whether a bound is where the name begins or ends (a new
  code, a rename) or only as far as the reference vouches: a year outside a row's years is known
  not to have that name only across a known bound.
#}

{%- set seeds = [
    {'seed': 'ref_function_class', 'classification': 'function', 'scheme': "'function'"},
    {'seed': 'ref_economic_class', 'classification': 'economic', 'scheme': 'seed_rows.scheme'},
] %}

with

unioned as (
    {%- for source in seeds %}
    select
        '{{ source.classification }}' as classification,
        cast({{ source.scheme }} as {{ dbt.type_string() }}) as scheme,
        cast(seed_rows.code as {{ dbt.type_string() }}) as code,
        cast(seed_rows.level as integer) as level,
        cast(seed_rows.parent_code as {{ dbt.type_string() }}) as parent_code,
        cast(seed_rows.name as {{ dbt.type_string() }}) as name,
        cast(substr(cast(seed_rows.valid_from as {{ dbt.type_string() }}), 1, 4) as integer) as valid_from_year,
        cast(seed_rows.valid_from_known as boolean) as valid_from_known,
        cast(substr(cast(seed_rows.valid_to as {{ dbt.type_string() }}), 1, 4) as integer) as valid_to_year,
        cast(seed_rows.valid_to_known as boolean) as valid_to_known,
        cast(seed_rows.source as {{ dbt.type_string() }}) as source
    from {{ ref(source.seed) }} as seed_rows
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
),

final as (
    select * from unioned
)

select * from final
