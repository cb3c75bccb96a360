{#
  wan_per_unit(unit): the factor that turns an amount printed in `unit` into 万元 — 0.0001 for 元,
  1 for 万元 (ingest.numbers.YUAN_PER_WAN on the Python side, where ingest converts the amounts it
  loads; the models convert the project amounts and any line loaded without amount_wan).
    {{ wan_per_unit('projects.unit_reported') }}  ->  case when projects.unit_reported = '元' then 0.0001 else 1 end
#}
{% macro wan_per_unit(unit) -%}
    case when {{ unit }} = '元' then 0.0001 else 1 end
{%- endmacro %}
