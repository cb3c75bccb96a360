{# ref_table_column (seeds/ref_table_column.csv) with the types seeds/_seeds.yml declares: what the models read of it. #}

{{ typed_seed('ref_table_column') }}
