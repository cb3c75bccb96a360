{#
  Tolerances of the reconciliation checks (mart_reconciliation).

  amount_tolerance(n_terms, unit_scale='1'): how far a printed total may be from the sum of its
  n printed two-decimal parts: every printed figure is rounded by up to 0.005, so
  n_terms × 0.005 (the parts) + 0.005 (the total). For a comparison of two printed figures pass
  n_terms = 1. unit_scale converts the tolerance into 万元 when the figures were printed in yuan
  (0.0001 = 1 元 in 万元); the default 1 means figures printed in 万元.
    {{ amount_tolerance('children.term_count') }}  ->  (children.term_count) * 0.005 + 0.005
#}
{% macro amount_tolerance(n_terms, unit_scale='1') -%}
    (cast(({{ n_terms }}) as decimal(18, 6)) * 0.005 + 0.005) * ({{ unit_scale }})
{%- endmacro %}


{#
  percent_tolerance(part, whole, decimals): how far a percentage computed from two printed
  two-decimal amounts (part ÷ whole × 100, rounded to the `decimals` the report printed) may be from
  the printed one: one unit of the last printed decimal, plus what rounding each amount by 0.005 can
  move the quotient, 100 × 0.005 × (1 + |part ÷ whole|) ÷ |whole|. `whole` must not be zero.
#}
{% macro percent_tolerance(part, whole, decimals) -%}
    power(10, -({{ decimals }}))
        + 100 * 0.005 * (1 + abs(cast(({{ part }}) as double) / cast(({{ whole }}) as double)))
          / abs(cast(({{ whole }}) as double))
{%- endmacro %}


{#
  rate_tolerance(): a computed rate matches a printed one when, rounded to the printed precision,
  it is within 0.01 percentage points of it.
#}
{% macro rate_tolerance() -%}
    0.01
{%- endmacro %}


{#
  round_to_printed_precision(value, printed): round `value` to as many decimals (0, 1 or 2) as the
  printed rate `printed` shows (100 -> 0 decimals, 93.4 -> 1, 93.37 -> 2). The precision is read
  from the value, since raw keeps printed rates as DECIMAL(10,2): a printed "93.40%" counts as 1
  decimal, which only makes the comparison stricter by nothing (93.40 = 93.4).
#}
{% macro round_to_printed_precision(value, printed) -%}
    case
        when ({{ printed }}) = round(({{ printed }}), 0) then round(({{ value }}), 0)
        when ({{ printed }}) = round(({{ printed }}), 1) then round(({{ value }}), 1)
        else round(({{ value }}), 2)
    end
{%- endmacro %}
