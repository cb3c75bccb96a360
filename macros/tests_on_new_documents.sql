{#
  Data tests on the new documents only, in an incremental build.

  dbt hands every generic test its model through get_where_subquery (the `where` config). This
  override adds a condition on DuckDB when the run is not a full refresh: a model with a
  document_id column is tested on the documents ingested after raw.build_scope's
  documents_ingested_after, which budgetwh/build.py writes before an incremental dbt build (the
  newest ingested_at before its ingest) and clears after it. The rows of older documents were
  tested when they came, and an incremental build does not rewrite them (delete+insert on
  document_id). With no scope written (a full build, a `dbt build` run by hand) every row is
  tested; models without document_id (dimensions, references, cross-document marts) and the
  singular tests are always tested whole. Which models have the column comes from their YAML
  (every column is documented: a test holds it). The scope is data, not a dbt var: a var that
  changes on every build would cost dbt its partial parse.

  build_scope_table(): the on-run-start hook (dbt_project.yml) that makes sure the table exists
  where budgetwh/build.py never wrote it (it replaces the table with its one row).
#}
{% macro default__get_where_subquery(relation) -%}
    {%- set conditions = [] -%}
    {%- if config.get('where') -%}
        {%- do conditions.append('(' ~ config.get('where') ~ ')') -%}
    {%- endif -%}
    {%- if execute and target.type == 'duckdb' and not flags.FULL_REFRESH and _tested_model_has_document_id() -%}
        {%- set new_documents = _new_documents_condition() -%}
        {%- if new_documents is not none -%}
            {%- do conditions.append(new_documents) -%}
        {%- endif -%}
    {%- endif -%}
    {%- if conditions -%}
        {%- set filtered -%}
            (select * from {{ relation }} where {{ conditions | join(' and ') }}) dbt_subquery
        {%- endset -%}
        {%- do return(filtered) -%}
    {%- else -%}
        {%- do return(relation) -%}
    {%- endif -%}
{%- endmacro %}

{% macro _new_documents_condition() -%}
    {#- the documents as literals (sql_list): DuckDB pushes them into the views tested. Worked
        out once per dbt invocation: `graph` is the one object every node of a run shares, and
        the scope does not change during a run. -#}
    {%- set cache = graph.setdefault('_budget_warehouse_test_scope', {}) -%}
    {%- if 'condition' not in cache -%}
        {%- set scope = run_query('select max(documents_ingested_after) from raw.build_scope').columns[0].values()[0] -%}
        {%- set documents = graph.sources['source.budget_warehouse.raw.documents'].relation_name -%}
        {%- set new_documents -%}
            select document_id from {{ documents }}
            where ingested_at > (select max(documents_ingested_after) from raw.build_scope)
        {%- endset -%}
        {%- do cache.update({'condition': none if scope is none else 'document_id in ' ~ sql_list(new_documents)}) -%}
    {%- endif -%}
    {{- return(cache['condition']) -}}
{%- endmacro %}

{% macro _tested_model_has_document_id() -%}
    {%- set attached = model.get('attached_node') -%}
    {%- set node = graph.nodes.get(attached) if attached else none -%}
    {%- do return(node is not none and 'document_id' in node.get('columns', {})) -%}
{%- endmacro %}

{% macro build_scope_table() -%}
    {%- if target.type == 'duckdb' -%}
        create table if not exists raw.build_scope (documents_ingested_after timestamp)
    {%- endif -%}
{%- endmacro %}
