{#
  Maps every (function code, fiscal year) the warehouse holds (each code of a budget line and
  its class and section codes) to a canonical code and name for cross-year comparison, through
  the versioned reference ref_function_class (支出功能分类科目, one row per code and validity
  period):
    - canonical_code is the code itself (codes are stable, names change: 2040607 法律援助 →
      公共法律服务), except where ref_function_crosswalk records a change: a code merged or moved
      into another maps to its successor in the years it was used (2080504 → 2080501), and the
      successors of a split map to the code they were split from in the years after, so that
      they compare together (one step: a chain of changes needs one row per step);
    - canonical_name is the latest valid name of that code (the row with the latest valid_from);
    - name_in_year is the reference name valid in that fiscal year;
    - is_valid_in_year is false when no reference row covers that year (flagged in
      harmonisation_status: valid / renamed / not_valid_in_year / not_in_reference).
  valid_from / valid_to may be years or dates: only their first four characters (the year) are read.
#}

with

code_names as (
    select * from {{ ref('int_classification_code_names') }}
    where classification = 'function'
),

crosswalk as (
    select * from {{ ref('stg_ref_function_crosswalk') }}
),

successor_codes as (
    {# a code merged or moved into another, in the years it was used #}
    select crosswalk.from_code as code, crosswalk.last_year_of_from_code, crosswalk.to_code as canonical_code,
        crosswalk.change_kind
    from crosswalk
    where crosswalk.change_kind in ('merge', 'move')
),

split_codes as (
    {# the successors of a split, in the years after it #}
    select crosswalk.to_code as code, crosswalk.last_year_of_from_code, crosswalk.from_code as canonical_code,
        crosswalk.change_kind
    from crosswalk
    where crosswalk.change_kind = 'split'
),

budget_lines as (
    select * from {{ ref('int_budget_lines_normalised') }}
),

reference as (
    select * from {{ ref('int_classification_reference') }}
    where classification = 'function'
),

function_lines as (
    select *
    from budget_lines
    where budget_lines.classification = 'function'
        and budget_lines.code is not null
),

observed_codes as (
    select function_lines.code, function_lines.fiscal_year from function_lines
    union
    select function_lines.section_code as code, function_lines.fiscal_year from function_lines
    where function_lines.section_code is not null
    union
    select function_lines.class_code as code, function_lines.fiscal_year from function_lines
    where function_lines.class_code is not null
),

reported_names as (
    select
        function_lines.code,
        min(function_lines.reported_name) as reported_name
    from function_lines
    group by function_lines.code
),

names_in_year_ranked as (
    select
        observed_codes.code,
        observed_codes.fiscal_year,
        reference.name,
        row_number() over (
            partition by observed_codes.code, observed_codes.fiscal_year
            order by reference.valid_from_year desc, reference.name
        ) as name_rank
    from observed_codes
    inner join reference
        on observed_codes.code = reference.code
        and observed_codes.fiscal_year >= coalesce(reference.valid_from_year, 0)
        and observed_codes.fiscal_year <= coalesce(reference.valid_to_year, {{ var('open_ended_year') }})
),

names_in_year as (
    select
        names_in_year_ranked.code,
        names_in_year_ranked.fiscal_year,
        names_in_year_ranked.name as name_in_year
    from names_in_year_ranked
    where names_in_year_ranked.name_rank = 1
),

final as (
    select
        observed_codes.code,
        observed_codes.fiscal_year,
        {{ level_of_code('observed_codes.code') }} as level,
        coalesce(successor_codes.canonical_code, split_codes.canonical_code, observed_codes.code) as canonical_code,
        coalesce(successor_codes.change_kind, split_codes.change_kind) as crosswalk_change,
        coalesce(code_names.canonical_name, reported_names.reported_name) as canonical_name,
        names_in_year.name_in_year,
        substr(observed_codes.code, 1, 3) as class_code,
        case when length(observed_codes.code) >= 5 then substr(observed_codes.code, 1, 5) end as section_code,
        code_names.code is not null as is_in_reference,
        names_in_year.name_in_year is not null as is_valid_in_year,
        code_names.first_valid_year,
        code_names.last_valid_year,
        case
            when code_names.code is null then 'not_in_reference'
            when names_in_year.name_in_year is null then 'not_valid_in_year'
            when names_in_year.name_in_year <> code_names.canonical_name then 'renamed'
            else 'valid'
        end as harmonisation_status
    from observed_codes
    left join code_names
        on observed_codes.code = code_names.code
    left join names_in_year
        on observed_codes.code = names_in_year.code
        and observed_codes.fiscal_year = names_in_year.fiscal_year
    left join reported_names
        on observed_codes.code = reported_names.code
    left join successor_codes
        on observed_codes.code = successor_codes.code
        and observed_codes.fiscal_year <= successor_codes.last_year_of_from_code
    left join split_codes
        on observed_codes.code = split_codes.code
        and observed_codes.fiscal_year > split_codes.last_year_of_from_code
)

select * from final
