{#
  SQL that DuckDB and Spark spell differently, one dispatched macro each (default__ is DuckDB's
  spelling, spark__ Spark's). Types use dbt's own cross-database macros (dbt.type_string()).

  starts_with(value, prefix): true when the string `value` begins with `prefix`.
    {{ starts_with('children.code', 'parents.parent_code') }}
      duckdb -> starts_with(children.code, parents.parent_code)
      spark  -> startswith(children.code, parents.parent_code)
#}
{% macro starts_with(value, prefix) -%}
    {{ return(adapter.dispatch('starts_with', 'budget_warehouse')(value, prefix)) }}
{%- endmacro %}

{% macro default__starts_with(value, prefix) -%}
    starts_with({{ value }}, {{ prefix }})
{%- endmacro %}

{% macro spark__starts_with(value, prefix) -%}
    startswith({{ value }}, {{ prefix }})
{%- endmacro %}


{#
  regexp_matches(value, pattern): true when the regular expression `pattern` (a string, quoted
  here) matches anywhere in `value`; anchor it with ^…$ for a whole-string match.
    {{ regexp_matches('admin_code', '^[0-9]{6}$') }}
      duckdb -> regexp_matches(admin_code, '^[0-9]{6}$')
      spark  -> admin_code rlike '^[0-9]{6}$'
#}
{% macro regexp_matches(value, pattern) -%}
    {{ return(adapter.dispatch('regexp_matches', 'budget_warehouse')(value, pattern)) }}
{%- endmacro %}

{% macro default__regexp_matches(value, pattern) -%}
    regexp_matches({{ value }}, '{{ pattern }}')
{%- endmacro %}

{% macro spark__regexp_matches(value, pattern) -%}
    ({{ value }} rlike '{{ pattern }}')
{%- endmacro %}


{#
  round_to(value, decimals): the DOUBLE `value` rounded half away from zero to `decimals` places,
  where `decimals` may be a column (Spark's round() only takes a constant scale). DuckDB's
  round(x, d) is round(x × 10^d) / 10^d, and Spark's round of a double to 0 places rounds the same
  way, so both engines give the same double.
    {{ round_to('computed_pct', 'printed_pct_decimals') }}
      duckdb -> round(computed_pct, printed_pct_decimals)
      spark  -> (round(computed_pct * power(10, printed_pct_decimals)) / power(10, printed_pct_decimals))
#}
{% macro round_to(value, decimals) -%}
    {{ return(adapter.dispatch('round_to', 'budget_warehouse')(value, decimals)) }}
{%- endmacro %}

{% macro default__round_to(value, decimals) -%}
    round({{ value }}, {{ decimals }})
{%- endmacro %}

{% macro spark__round_to(value, decimals) -%}
    (round(({{ value }}) * power(10, {{ decimals }})) / power(10, {{ decimals }}))
{%- endmacro %}


{#
  regexp_replace_all(value, pattern, replacement): every match of `pattern` (a string, quoted
  here) in `value` replaced (DuckDB replaces the first match unless given the 'g' flag).
    {{ regexp_replace_all('name', '[0-9]+', '') }}
      duckdb -> regexp_replace(name, '[0-9]+', '', 'g')
      spark  -> regexp_replace(name, '[0-9]+', '')
  Write patterns without backslashes: Spark reads them as escapes in string literals.
#}
{% macro regexp_replace_all(value, pattern, replacement) -%}
    {{ return(adapter.dispatch('regexp_replace_all', 'budget_warehouse')(value, pattern, replacement)) }}
{%- endmacro %}

{% macro default__regexp_replace_all(value, pattern, replacement) -%}
    regexp_replace({{ value }}, '{{ pattern }}', '{{ replacement }}', 'g')
{%- endmacro %}

{% macro spark__regexp_replace_all(value, pattern, replacement) -%}
    regexp_replace({{ value }}, '{{ pattern }}', '{{ replacement }}')
{%- endmacro %}


{#
  split_part(value, delimiter, n): the n-th (from 1) part of `value` split at the literal
  `delimiter` (a character that means nothing in a regular expression: Spark splits on a
  pattern), NULL when there are fewer parts (DuckDB gives '' there: turned into NULL).
    {{ split_part('parent_names', "'/'", 2) }}
#}
{% macro split_part(value, delimiter, n) -%}
    {{ return(adapter.dispatch('split_part', 'budget_warehouse')(value, delimiter, n)) }}
{%- endmacro %}

{% macro default__split_part(value, delimiter, n) -%}
    nullif(split_part({{ value }}, {{ delimiter }}, {{ n }}), '')
{%- endmacro %}

{% macro spark__split_part(value, delimiter, n) -%}
    nullif(element_at(split({{ value }}, {{ delimiter }}), {{ n }}), '')
{%- endmacro %}
