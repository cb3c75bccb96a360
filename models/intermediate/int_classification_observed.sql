{#
  The classification dictionary learned from the documents (政府收支分类科目 as reports print
  it): one row per (classification, code, fiscal year, name) printed in a table with its code in
  full — what a report prints is a fact of it, whether or not the curated reference lists it.
  document_count says how many documents print that pair, name_variant_count how many names the
  code is printed with that year, is_most_printed_name whether this is the name most documents
  print for it (ties: every tied name).
  name_check compares the name with the curated reference (int_classification_reference):
    matches_reference                 a reference name of the code valid that year;
    reference_name_of_another_year    a reference name of the code in other years, known not
                                      to be its name that year (a known start or end);
    matches_reference_year_unverified a reference name of the code, in years the reference
                                      vouches for that do not include this one (bounds unknown);
    name_of_another_code              not a name of the code, but that year's name of a sibling
                                      (same parent; another class for a class) — 编码与名称不一致;
    differs_from_reference            the reference knows the code, under other names;
    code_not_in_reference             the reference does not list the code (it lists the 项 of
                                      some 款 only): the dictionary is all there is.
  is_code_valid_in_year: true when the reference has a name of the code valid that year, false
  when the year lies before the code's known start or after its known end, NULL when the
  reference cannot say (it does not list the code, or its bounds there are only as far as it
  vouches); reference_name_in_year that name; reference_first_year / reference_last_year the
  years the reference lists the code (NULL last year: still valid). Names compare by
  classification_name_key, also without a trailing 支出 (class names are printed either way).
#}

with

printed as (
    select * from {{ ref('int_classification_printed') }}
),

reference as (
    select * from {{ ref('int_classification_reference') }}
),

pairs as (
    select
        printed.classification,
        printed.code,
        printed.fiscal_year,
        printed.name_key,
        min(printed.reported_name) as reported_name,
        count(distinct printed.document_id) as document_count,
        count(*) as statement_count,
        min(printed.fact_id) as example_fact_id
    from printed
    group by printed.classification, printed.code, printed.fiscal_year, printed.name_key
),

pairs_ranked as (
    select
        pairs.*,
        count(*) over (partition by pairs.classification, pairs.code, pairs.fiscal_year) as name_variant_count,
        max(pairs.document_count) over (
            partition by pairs.classification, pairs.code, pairs.fiscal_year
        ) as most_documents_for_code
    from pairs
),

reference_keys as (
    select
        reference.classification,
        reference.code,
        reference.name,
        reference.valid_from_year,
        reference.valid_to_year,
        reference.valid_from_known,
        reference.valid_to_known,
        min(reference.valid_from_year) over (partition by reference.classification, reference.code)
            as code_first_year,
        max(reference.valid_to_year) over (partition by reference.classification, reference.code)
            as code_last_year,
        {{ relaxed_name_key(classification_name_key('reference.name')) }} as relaxed_key
    from reference
),

pairs_against_reference as (
    select
        pairs_ranked.classification,
        pairs_ranked.code,
        pairs_ranked.fiscal_year,
        pairs_ranked.name_key,
        reference_keys.code = pairs_ranked.code as is_same_code,
        pairs_ranked.fiscal_year between reference_keys.valid_from_year and reference_keys.valid_to_year
            as is_valid_in_year,
        (pairs_ranked.fiscal_year < reference_keys.valid_from_year and reference_keys.valid_from_known)
            or (pairs_ranked.fiscal_year > reference_keys.valid_to_year and reference_keys.valid_to_known)
            as is_known_outside_year,
        (pairs_ranked.fiscal_year < reference_keys.code_first_year
                and reference_keys.valid_from_year = reference_keys.code_first_year
                and reference_keys.valid_from_known)
            or (pairs_ranked.fiscal_year > reference_keys.code_last_year
                and reference_keys.valid_to_year = reference_keys.code_last_year
                and reference_keys.valid_to_known)
            as is_code_known_absent,
        reference_keys.relaxed_key = {{ relaxed_name_key('pairs_ranked.name_key') }} as is_same_name,
        substr(reference_keys.code, 1, length(reference_keys.code) - 2)
            = substr(pairs_ranked.code, 1, length(pairs_ranked.code) - 2) as is_sibling_or_self,
        reference_keys.code as reference_code,
        reference_keys.name as reference_name,
        reference_keys.code_first_year,
        reference_keys.code_last_year
    from pairs_ranked
    inner join reference_keys
        on pairs_ranked.classification = reference_keys.classification
        and substr(reference_keys.code, 1, 1) = substr(pairs_ranked.code, 1, 1)
        and length(reference_keys.code) = length(pairs_ranked.code)
),

name_matches as (
    select
        compared.classification,
        compared.code,
        compared.fiscal_year,
        compared.name_key,
        max(case when compared.is_same_code then 1 else 0 end) as code_in_reference,
        max(case when compared.is_same_code and compared.is_valid_in_year then 1 else 0 end) as valid_in_year,
        max(case when compared.is_same_code and compared.is_code_known_absent then 1 else 0 end) as known_absent,
        min(case when compared.is_same_code and compared.is_valid_in_year then compared.reference_name end)
            as reference_name_in_year,
        min(case when compared.is_same_code then compared.code_first_year end) as reference_first_year,
        max(case when compared.is_same_code then compared.code_last_year end) as reference_last_year,
        max(case
            when compared.is_same_code and compared.is_valid_in_year and compared.is_same_name then 1 else 0
        end) as matches_year_name,
        max(case
            when compared.is_same_code and compared.is_known_outside_year and compared.is_same_name then 1 else 0
        end) as matches_name_of_another_year,
        max(case when compared.is_same_code and compared.is_same_name then 1 else 0 end) as matches_any_name,
        min(case
            when not compared.is_same_code and compared.is_sibling_or_self and compared.is_valid_in_year
                and compared.is_same_name
            then compared.reference_code
        end) as code_of_the_name
    from pairs_against_reference as compared
    group by compared.classification, compared.code, compared.fiscal_year, compared.name_key
),

final as (
    select
        pairs_ranked.classification,
        case
            when pairs_ranked.classification = 'function' then 'function'
            when substr(pairs_ranked.code, 1, 1) = '5' then 'government'
            else 'department'
        end as scheme,
        pairs_ranked.code,
        {{ level_of_code('pairs_ranked.code') }} as level,
        pairs_ranked.fiscal_year,
        pairs_ranked.reported_name,
        pairs_ranked.name_key,
        pairs_ranked.document_count,
        pairs_ranked.statement_count,
        pairs_ranked.name_variant_count,
        pairs_ranked.document_count = pairs_ranked.most_documents_for_code as is_most_printed_name,
        case
            when name_matches.matches_year_name = 1 then 'matches_reference'
            when name_matches.matches_name_of_another_year = 1 then 'reference_name_of_another_year'
            when name_matches.matches_any_name = 1 then 'matches_reference_year_unverified'
            when name_matches.code_of_the_name is not null then 'name_of_another_code'
            when name_matches.code_in_reference = 1 then 'differs_from_reference'
            else 'code_not_in_reference'
        end as name_check,
        name_matches.code_of_the_name as reference_code_of_the_name,
        case
            when name_matches.valid_in_year = 1 then true
            when name_matches.known_absent = 1 then false
        end as is_code_valid_in_year,
        name_matches.reference_name_in_year,
        name_matches.reference_first_year,
        case when name_matches.reference_last_year < {{ var('open_ended_year') }} then name_matches.reference_last_year end
            as reference_last_year,
        pairs_ranked.example_fact_id
    from pairs_ranked
    left join name_matches
        on pairs_ranked.classification = name_matches.classification
        and pairs_ranked.code = name_matches.code
        and pairs_ranked.fiscal_year = name_matches.fiscal_year
        and pairs_ranked.name_key = name_matches.name_key
)

select * from final
