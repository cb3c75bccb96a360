{#
  Seeds on Spark: dbt-spark's session method passes seed values as bindings and quotes each one
  as text, so an empty CSV cell arrives as the string 'None' (not NULL) and an apostrophe breaks
  the statement. This override of dbt-spark's spark__load_csv_rows writes the values as SQL
  literals instead: NULL for an empty cell, else a quoted, escaped string cast to the column's
  type (column_types of seeds/_seeds.yml, else the type dbt infers). DuckDB seeds are untouched.
#}
{% macro spark__load_csv_rows(model, agate_table) %}
    {% set column_override = model['config'].get('column_types', {}) %}
    {% set column_types = [] %}
    {% for column_name in agate_table.column_names %}
        {% do column_types.append(column_override.get(column_name, adapter.convert_type(agate_table, loop.index0))) %}
    {% endfor %}

    {% set statements = [] %}
    {% for chunk in agate_table.rows | batch(get_batch_size()) %}
        {% set sql %}
            insert into {{ this.render() }} values
            {% for row in chunk -%}
                ({%- for value in row -%}
                    cast({{ spark_seed_literal(value) }} as {{ column_types[loop.index0] }})
                    {%- if not loop.last %}, {% endif -%}
                {%- endfor -%})
                {%- if not loop.last %},{% endif %}
            {% endfor %}
        {% endset %}
        {% do adapter.add_query(sql, abridge_sql_log=True) %}
        {% if loop.first %}
            {% do statements.append(sql) %}
        {% endif %}
    {% endfor %}

    {{ return(statements[0]) }}
{% endmacro %}


{# spark_seed_literal(value): a seed cell as a Spark SQL literal: null, or a quoted string. #}
{% macro spark_seed_literal(value) -%}
    {%- if value is none -%}
        null
    {%- else -%}
        '{{ (value | string).replace("\\", "\\\\").replace("'", "\\'") }}'
    {%- endif -%}
{%- endmacro %}
