{#
  level_of_code(code): the level a classification code's length gives — 3 digits 1 (类), 5 digits
  2 (款), 7 digits 3 (项); NULL for any other length or a NULL code. The models derive levels
  from codes through it; the seeds' level_matches_code_length test states the same lengths as
  its arguments.
    {{ level_of_code('lines.code') }}
#}
{% macro level_of_code(code) -%}
    case length({{ code }}) when 3 then 1 when 5 then 2 when 7 then 3 end
{%- endmacro %}
