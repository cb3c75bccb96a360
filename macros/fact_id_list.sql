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
    {{ return(adapter.dispatch('fact_id_list', 'budget_warehouse')(fact_ids)) }}
{%- endmacro %}

{% macro default__fact_id_list(fact_ids) -%}
    nullif(array_to_string(list_sort(list_distinct(flatten(list(string_split({{ fact_ids }}, ','))))), ','), '')
{%- endmacro %}

{% macro spark__fact_id_list(fact_ids) -%}
    nullif(array_join(array_sort(array_distinct(flatten(collect_list(split({{ fact_ids }}, ','))))), ','), '')
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
