{#
  The curated classification reference as one relation: every row of ref_function_class
  (支出功能分类科目, scheme `function`) and ref_economic_class (支出经济分类科目, schemes
  `department` 301… and `government` 501…), one row per code and validity period of its name,
  years as integers (stg_ref_*; valid_to open_ended_year = still valid).
  valid_from_known / valid_to_known say whether a bound is where the name begins or ends (a new
  code, a rename) or only as far as the reference vouches: a year outside a row's years is known
  not to have that name only across a known bound.
#}

{%- set seeds = [
    {'model': 'stg_ref_function_class', 'classification': 'function', 'scheme': "'function'"},
    {'model': 'stg_ref_economic_class', 'classification': 'economic', 'scheme': 'seed_rows.scheme'},
] %}

with

unioned as (
    {%- for source in seeds %}
    select
        '{{ source.classification }}' as classification,
        cast({{ source.scheme }} as {{ dbt.type_string() }}) as scheme,
        seed_rows.code,
        seed_rows.level,
        seed_rows.parent_code,
        seed_rows.name,
        seed_rows.valid_from_year,
        seed_rows.valid_from_known,
        seed_rows.valid_to_year,
        seed_rows.valid_to_known,
        seed_rows.source
    from {{ ref(source.model) }} as seed_rows
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
),

final as (
    select * from unioned
)

select * from final
