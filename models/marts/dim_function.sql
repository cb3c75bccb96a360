{#
  One row per function classification code (支出功能分类科目: 3-digit 类, 5-digit 款, 7-digit 项)
  with its canonical name (the latest valid name in ref_function_class), its class and section
  with their canonical names, and the years it is valid. Codes found in documents but absent from
  the reference are added with is_in_reference false and the name the reports print. What the
  documents print beside it (int_classification_printed: codes printed in full in a table): how
  many documents, the years seen and every name variant printed.
#}

with

code_names as (
    select * from {{ ref('int_classification_code_names') }}
    where classification = 'function'
),

harmonised as (
    select * from {{ ref('int_function_codes_harmonised') }}
),

printed as (
    select * from {{ ref('int_classification_printed') }}
    where classification = 'function'
),

printed_codes as (
    select
        printed.code,
        count(distinct printed.document_id) as observed_document_count,
        min(printed.fiscal_year) as first_year_seen,
        max(printed.fiscal_year) as last_year_seen,
        {{ string_list('cast(printed.fiscal_year as ' ~ dbt.type_string() ~ ')', ';') }} as years_seen,
        {{ string_list('printed.reported_name', ';') }} as name_variants
    from printed
    group by printed.code
),

codes_with_names as (
    select
        code_names.code,
        code_names.canonical_name,
        code_names.first_valid_year,
        code_names.last_valid_year,
        code_names.name_count,
        true as is_in_reference
    from code_names
),

codes_only_in_documents as (
    select
        harmonised.code,
        min(harmonised.canonical_name) as canonical_name,
        cast(null as integer) as first_valid_year,
        cast(null as integer) as last_valid_year,
        cast(0 as bigint) as name_count,
        false as is_in_reference
    from harmonised
    where not harmonised.is_in_reference
    group by harmonised.code
),

all_codes as (
    select * from codes_with_names
    union all
    select * from codes_only_in_documents
),

final as (
    select
        all_codes.code as function_code,
        {{ level_of_code('all_codes.code') }} as function_level,
        all_codes.canonical_name as function_name,
        case
            when length(all_codes.code) = 7 then substr(all_codes.code, 1, 5)
            when length(all_codes.code) = 5 then substr(all_codes.code, 1, 3)
        end as parent_code,
        substr(all_codes.code, 1, 3) as class_code,
        class_names.canonical_name as class_name,
        case when length(all_codes.code) >= 5 then substr(all_codes.code, 1, 5) end as section_code,
        section_names.canonical_name as section_name,
        all_codes.first_valid_year,
        all_codes.last_valid_year,
        all_codes.name_count,
        all_codes.is_in_reference,
        coalesce(printed_codes.observed_document_count, 0) as observed_document_count,
        printed_codes.first_year_seen,
        printed_codes.last_year_seen,
        printed_codes.years_seen,
        printed_codes.name_variants
    from all_codes
    left join printed_codes
        on all_codes.code = printed_codes.code
    left join all_codes as class_names
        on substr(all_codes.code, 1, 3) = class_names.code
    left join all_codes as section_names
        on length(all_codes.code) >= 5
        and substr(all_codes.code, 1, 5) = section_names.code
)

select * from final
