{{ config(materialized='view') }}

{#
  The text of every document as the warehouse read it, one row per line: a fact's source_line is
  the line_number of its document here, so provenance needs no input file. A view over staging:
  the text is stored once, in raw.document_lines.
#}

select * from {{ ref('stg_document_lines') }}
