{# ref_function_crosswalk (seeds/ref_function_crosswalk.csv) with the types seeds/_seeds.yml declares: what the models read of it. #}

{{ typed_seed('ref_function_crosswalk') }}
