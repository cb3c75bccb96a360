{#
  register_raw_tables(): make the `raw` sources readable on targets that have no DuckDB file.
  Run by the on-run-start hook (dbt_project.yml) before any seed, model or test.
    - DuckDB: nothing to do, the ingest wrote the raw schema into the warehouse file.
    - Spark: budgetwh/spark_target.py exported every raw table to Parquet under
      $BUDGET_SPARK_DIR/raw/<table>/; each source table of sources.yml becomes an external
      table `raw.<table>` over its folder (dropped and created again, so a new export is read
      and the metastore never points at an old schema). Dropping an external table keeps its files.
#}
{% macro register_raw_tables() %}
    {{ return(adapter.dispatch('register_raw_tables', 'budget_warehouse')()) }}
{% endmacro %}

{% macro default__register_raw_tables() %}
{% endmacro %}

{% macro spark__register_raw_tables() %}
    {% if execute %}
        {% set raw_dir = env_var('BUDGET_SPARK_DIR', 'warehouse/spark') ~ '/raw' %}
        {% do run_query('create database if not exists raw') %}
        {% for source in graph.sources.values() if source.source_name == 'raw' %}
            {% do run_query('drop table if exists raw.' ~ source.identifier) %}
            {% do run_query("create table raw." ~ source.identifier ~ " using parquet location '"
                            ~ raw_dir ~ "/" ~ source.identifier ~ "'") %}
        {% endfor %}
    {% endif %}
{% endmacro %}
