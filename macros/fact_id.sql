{#
  fact_id(family): the stable identifier of a fact row, `<document_id>:<raw table>:<fact_index>`
  (e.g. `4fae287c1d48d8b6:budget_lines:12`). A document's id is its content hash and its facts
  are numbered in reading order, so the id survives re-ingest of the same bytes. Python spells
  the same rule in ingest/facts.py (fact_id); tests/test_provenance.py checks they agree.
    {{ fact_id('budget_lines') }}
      -> concat(document_id, ':budget_lines:', cast(fact_index as varchar))
#}
{% macro fact_id(family, document_id='document_id', fact_index='fact_index') -%}
    concat({{ document_id }}, ':{{ family }}:', cast({{ fact_index }} as {{ dbt.type_string() }}))
{%- endmacro %}
