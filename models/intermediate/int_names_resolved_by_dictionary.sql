{#
  Names-only functional lines (公共安全支出（类）司法（款）行政运行（项）: names without codes)
  that the ingest could not resolve through the curated reference, resolved through the
  dictionary learned from the documents of the same fiscal year (int_classification_observed).
  One row per such line (grain: fact_id). The line's names, class → 款 → 项 (parent_names and
  reported_name), identify a code when exactly one code of that year's dictionary has the last
  name at the line's level and its 类 and 款 carry the names printed above it (those printed),
  by the reference valid that year or by the dictionary; class names compare with or without
  支出.
    dictionary_code          that code, NULL when no code or several codes fit;
    candidate_codes          every code that fits, ';'-joined (several: ambiguous, left NULL);
    support_document_count   documents of that year printing the code with that name;
    support_years            fiscal years in which documents print the code with that name.
  Built from staging, like the dictionary, so that int_budget_lines_normalised can use both.
#}

with

budget_lines as (
    select * from {{ ref('stg_budget_lines') }}
),

documents as (
    select * from {{ ref('stg_documents') }}
),

dictionary as (
    select * from {{ ref('int_classification_observed') }}
    where classification = 'function'
),

reference as (
    select * from {{ ref('int_classification_reference') }}
    where classification = 'function'
),

names_printed as (
    select
        budget_lines.document_id,
        budget_lines.fact_id,
        documents.fiscal_year,
        {{ classification_name_key(split_part('budget_lines.parent_names', "'/'", 1)) }} as first_parent_key,
        {{ classification_name_key(split_part('budget_lines.parent_names', "'/'", 2)) }} as second_parent_key,
        {{ classification_name_key('budget_lines.reported_name') }} as name_key,
        case
            when budget_lines.parent_names is null then 1
            when {{ split_part('budget_lines.parent_names', "'/'", 2) }} is null then 2
            else 3
        end as name_count,
        budget_lines.reported_level
    from budget_lines
    inner join documents
        on budget_lines.document_id = documents.document_id
    where budget_lines.classification = 'function'
        and budget_lines.code is null
        and budget_lines.reported_code is null
        and budget_lines.reported_name is not null
        and documents.fiscal_year is not null
        and {{ split_part('budget_lines.parent_names', "'/'", 3) }} is null
),

names_only as (
    {# the names printed above the line's own: its 类 when all levels are printed, its 款 when
       the line is a 项 printed under its 款 (with or without the 类) #}
    select
        names_printed.document_id,
        names_printed.fact_id,
        names_printed.fiscal_year,
        names_printed.name_key,
        coalesce(names_printed.reported_level, names_printed.name_count) as depth,
        case
            when names_printed.name_count = coalesce(names_printed.reported_level, names_printed.name_count)
                and names_printed.name_count >= 2
            then names_printed.first_parent_key
        end as class_key,
        case
            when coalesce(names_printed.reported_level, names_printed.name_count) = 3 and names_printed.name_count = 3
                then names_printed.second_parent_key
            when coalesce(names_printed.reported_level, names_printed.name_count) = 3 and names_printed.name_count = 2
                then names_printed.first_parent_key
        end as section_key
    from names_printed
    where names_printed.name_key is not null
        and coalesce(names_printed.reported_level, names_printed.name_count) between 1 and 3
),

known_names as (
    select
        dictionary.code,
        dictionary.fiscal_year,
        {{ relaxed_name_key('dictionary.name_key') }} as relaxed_key
    from dictionary
    union
    select
        reference.code,
        years.fiscal_year,
        {{ relaxed_name_key(classification_name_key('reference.name')) }} as relaxed_key
    from reference
    inner join (select distinct names_only.fiscal_year from names_only) as years
        on years.fiscal_year between reference.valid_from_year and reference.valid_to_year
),

candidates as (
    select distinct
        names_only.document_id,
        names_only.fact_id,
        names_only.fiscal_year,
        names_only.name_key,
        dictionary.code,
        dictionary.document_count
    from names_only
    inner join dictionary
        on dictionary.fiscal_year = names_only.fiscal_year
        and dictionary.level = names_only.depth
        and {{ relaxed_name_key('dictionary.name_key') }} = {{ relaxed_name_key('names_only.name_key') }}
    left join known_names as class_names
        on class_names.code = substr(dictionary.code, 1, 3)
        and class_names.fiscal_year = names_only.fiscal_year
        and class_names.relaxed_key = {{ relaxed_name_key('names_only.class_key') }}
    left join known_names as section_names
        on section_names.code = substr(dictionary.code, 1, 5)
        and section_names.fiscal_year = names_only.fiscal_year
        and section_names.relaxed_key = {{ relaxed_name_key('names_only.section_key') }}
    where (names_only.class_key is null or class_names.code is not null)
        and (names_only.section_key is null or section_names.code is not null)
),

candidate_sets as (
    select
        candidates.document_id,
        candidates.fact_id,
        candidates.fiscal_year,
        min(candidates.name_key) as name_key,
        count(distinct candidates.code) as candidate_count,
        min(candidates.code) as only_code,
        {{ string_list('candidates.code', ';') }} as candidate_codes,
        sum(candidates.document_count) as support_document_count
    from candidates
    group by candidates.document_id, candidates.fact_id, candidates.fiscal_year
),

support_years as (
    select
        candidate_sets.fact_id,
        {{ string_list('cast(dictionary_all_years.fiscal_year as ' ~ dbt.type_string() ~ ')', ';') }} as support_years
    from candidate_sets
    inner join {{ ref('int_classification_observed') }} as dictionary_all_years
        on dictionary_all_years.classification = 'function'
        and dictionary_all_years.code = candidate_sets.only_code
        and {{ relaxed_name_key('dictionary_all_years.name_key') }} = {{ relaxed_name_key('candidate_sets.name_key') }}
    where candidate_sets.candidate_count = 1
    group by candidate_sets.fact_id
),

final as (
    select
        candidate_sets.document_id,
        candidate_sets.fact_id,
        case when candidate_sets.candidate_count = 1 then candidate_sets.only_code end as dictionary_code,
        candidate_sets.candidate_codes,
        candidate_sets.candidate_count,
        case when candidate_sets.candidate_count = 1 then candidate_sets.support_document_count end
            as support_document_count,
        support_years.support_years
    from candidate_sets
    left join support_years
        on candidate_sets.fact_id = support_years.fact_id
)

select * from final
