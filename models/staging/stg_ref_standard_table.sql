{# ref_standard_table (seeds/ref_standard_table.csv) with the types seeds/_seeds.yml declares: what the models read of it. #}

{{ typed_seed('ref_standard_table') }}
