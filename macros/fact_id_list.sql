{#
  Lists of fact ids (macros/fact_id.sql), as a mart cites the facts a row was computed from: one
  string, the ids sorted (as strings) and without duplicates, joined by ','
  (e.g. `4fae…:budget_lines:12,4fae…:budget_lines:7`); NULL when there is no id. Both macros
  take single ids or lists alike and give the same list on DuckDB and Spark, so a list built in
  steps (lists of lists) equals one built at once.

  fact_id_list(fact_ids): aggregate, the list of every id of the group's values (each a fact id or
  a list of them; NULLs skipped).
    {{ fact_id_list('children.fact_id') }}
      duckdb -> nullif(array_to_string(list_sort(list_distinct(flatten(list(
                    string_split(children.fact_id, ','))))), ','), '')
      spark  -> nullif(array_join(array_sort(array_distinct(flatten(collect_list(
                    split(children.fact_id, ','))))), ','), '')
    (string_agg(distinct …) would do for single ids, but not dedupe nor sort the ids of lists.)
#}
{% macro fact_id_list(fact_ids) -%}
    {{ string_list(fact_ids, ',') }}
{%- endmacro %}


{#
  string_list(values, separator): aggregate, the group's values (each a single string or a list
  of them joined by `separator`; NULLs skipped) as one string, sorted, without duplicates, joined
  by `separator` (a character that means nothing in a regular expression: Spark splits on a
  pattern). fact_id_list is string_list(…, ',').
    {{ string_list('observed.reported_name', ';') }}
#}
{% macro string_list(values, separator) -%}
    {{ return(adapter.dispatch('string_list', 'budget_warehouse')(values, separator)) }}
{%- endmacro %}

{% macro default__string_list(values, separator) -%}
    nullif(array_to_string(list_sort(list_distinct(flatten(list(string_split({{ values }}, '{{ separator }}'))))), '{{ separator }}'), '')
{%- endmacro %}

{% macro spark__string_list(values, separator) -%}
    nullif(array_join(array_sort(array_distinct(flatten(collect_list(split({{ values }}, '{{ separator }}'))))), '{{ separator }}'), '')
{%- endmacro %}


{#
  fact_id_union(parts): within a row, the list of every id of `parts`, a list of SQL expressions
  each a single fact id or a list (from fact_id_list or fact_id_union); NULL parts are skipped.
    {{ fact_id_union(['parents.fact_id', 'children_sums.fact_ids']) }}
      duckdb -> nullif(array_to_string(list_sort(list_distinct(string_split(
                    concat_ws(',', parents.fact_id, children_sums.fact_ids), ','))), ','), '')
      spark  -> nullif(array_join(array_sort(array_distinct(split(
                    concat_ws(',', parents.fact_id, children_sums.fact_ids), ','))), ','), '')
#}
{% macro fact_id_union(parts) -%}
    {{ return(adapter.dispatch('fact_id_union', 'budget_warehouse')(parts)) }}
{%- endmacro %}

{% macro default__fact_id_union(parts) -%}
    nullif(array_to_string(list_sort(list_distinct(string_split(concat_ws(',', {{ parts | join(', ') }}), ','))), ','), '')
{%- endmacro %}

{% macro spark__fact_id_union(parts) -%}
    nullif(array_join(array_sort(array_distinct(split(concat_ws(',', {{ parts | join(', ') }}), ','))), ','), '')
{%- endmacro %}
