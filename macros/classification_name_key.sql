{#
  classification_name_key(name): what two printed classification names must share to be the same
  name — the SQL side of ingest.reference.text.match_key, for names the ingest has already
  normalised (spaces, traditional characters and pinyin are gone by then): brackets folded to
  fullwidth, level markers and bracketed codes (（类） （款） （项） （204）), leading numbering
  (一、 （一） 1. 其中：) and trailing punctuation removed. tests/test_classification_dictionary.py
  compares it with match_key on every name of the sample warehouse.
    {{ classification_name_key('budget_lines.reported_name') }}
#}
{% macro classification_name_key(name) -%}
    {%- set folded = "replace(replace(" ~ name ~ ", '(', '（'), ')', '）')" -%}
    {%- set unspaced = regexp_replace_all(folded, '[  　]+', '') -%}
    {%- set unmarked = regexp_replace_all(unspaced, '（(类|款|项|[0-9]{2,7})）', '') -%}
    {%- set unnumbered = "regexp_replace(" ~ unmarked ~ ", '^([一二三四五六七八九十百零〇]+[、.．]|（[一二三四五六七八九十百零〇0-9]+）[、.．]?|[0-9]+[、.．]|其中[：:])+', '')" -%}
    nullif(regexp_replace({{ unnumbered }}, '[：:，,。；;、]+$', ''), '')
{%- endmacro %}


{#
  relaxed_name_key(key): a name key without a trailing 支出 (class names are printed with or
  without it: 社会保障和就业 / 社会保障和就业支出) — ingest.reference.text.relaxed_key.
#}
{% macro relaxed_name_key(key) -%}
    case
        when {{ key }} like '%支出' and length({{ key }}) > 2 then substr({{ key }}, 1, length({{ key }}) - 2)
        else {{ key }}
    end
{%- endmacro %}
