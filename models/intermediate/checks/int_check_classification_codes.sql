{#
  Reconciliation findings on the codes a report prints in its tables, against the curated
  reference (int_classification_reference through the dictionary's name_check,
  int_classification_observed). One row per check, document, classification, code and printed
  name (grain: document_id × check_name × subject), in mart_reconciliation's columns; the
  amounts columns are NULL (comparison `classification`: passed says it all).
    code_matches_name    编码与名称不一致: the printed name is not a name of the code, but that
                         year's name of a sibling code (same parent; another class for a class);
    code_valid_in_year   科目当年不存在: the fiscal year lies before the code's known start or
                         after its known end (int_classification_reference.valid_from_known /
                         valid_to_known; where the reference only vouches for some years, no
                         row: it cannot say);
    name_valid_in_year   a name of another year: the code is valid that year, and the name is
                         one it had in other years only (医疗卫生与计划生育支出 printed in 2024).
  Checked: codes the reference lists, and codes it does not list printed with the name it gives
  a sibling that year (siblings never share a name in a year, so the two cannot both be right);
  for the other codes the dictionary is all there is.
#}

with

printed_lines as (
    select * from {{ ref('int_classification_printed') }}
),

dictionary as (
    select * from {{ ref('int_classification_observed') }}
),

printed_codes as (
    select
        printed_lines.document_id,
        printed_lines.classification,
        printed_lines.code,
        printed_lines.fiscal_year,
        printed_lines.name_key,
        min(printed_lines.reported_name) as reported_name,
        {{ fact_id_list('printed_lines.fact_id') }} as fact_ids
    from printed_lines
    group by
        printed_lines.document_id, printed_lines.classification, printed_lines.code,
        printed_lines.fiscal_year, printed_lines.name_key
),

checked as (
    select
        printed_codes.*,
        printed_codes.classification || ' ' || printed_codes.code || ' ' || printed_codes.reported_name as subject,
        dictionary.name_check,
        dictionary.reference_code_of_the_name,
        dictionary.is_code_valid_in_year,
        dictionary.reference_name_in_year,
        cast(dictionary.reference_first_year as {{ dbt.type_string() }}) || '–'
            || coalesce(cast(dictionary.reference_last_year as {{ dbt.type_string() }}), '') as reference_years
    from printed_codes
    inner join dictionary
        on printed_codes.classification = dictionary.classification
        and printed_codes.code = dictionary.code
        and printed_codes.fiscal_year = dictionary.fiscal_year
        and printed_codes.name_key = dictionary.name_key
    where dictionary.name_check <> 'code_not_in_reference'
),

code_matches_name as (
    select
        checked.document_id,
        'code_matches_name' as check_name,
        checked.subject,
        checked.name_check <> 'name_of_another_code' as passed,
        case
            when checked.name_check = 'name_of_another_code' then
                '编码与名称不一致: ''' || checked.reported_name || ''' is the reference name of '
                || checked.reference_code_of_the_name || ' in '
                || cast(checked.fiscal_year as {{ dbt.type_string() }}) || ', not of ' || checked.code
                || coalesce(' (''' || checked.reference_name_in_year || ''')', '')
            else 'the printed name is not the name of another code'
        end as detail,
        checked.fact_ids
    from checked
),

code_valid_in_year as (
    select
        checked.document_id,
        'code_valid_in_year' as check_name,
        checked.subject,
        checked.is_code_valid_in_year as passed,
        case
            when checked.is_code_valid_in_year then 'the reference lists the code in '
                || cast(checked.fiscal_year as {{ dbt.type_string() }})
            else 'code ' || checked.code || ' does not exist in '
                || cast(checked.fiscal_year as {{ dbt.type_string() }}) || ' (the reference lists it '
                || checked.reference_years || ')'
        end as detail,
        checked.fact_ids
    from checked
    where checked.is_code_valid_in_year is not null
),

name_valid_in_year as (
    select
        checked.document_id,
        'name_valid_in_year' as check_name,
        checked.subject,
        checked.name_check = 'matches_reference' as passed,
        case
            when checked.name_check = 'matches_reference' then 'the name is the code''s name in '
                || cast(checked.fiscal_year as {{ dbt.type_string() }})
            else '''' || checked.reported_name || ''' is a name of ' || checked.code || ' in other years; in '
                || cast(checked.fiscal_year as {{ dbt.type_string() }}) || ' it is '''
                || checked.reference_name_in_year || ''''
        end as detail,
        checked.fact_ids
    from checked
    where checked.is_code_valid_in_year
        and checked.name_check in ('matches_reference', 'reference_name_of_another_year')
),

final as (
    select * from code_matches_name
    union all
    select * from code_valid_in_year
    union all
    select * from name_valid_in_year
)

select * from final
