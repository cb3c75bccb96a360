{# ref_region (seeds/ref_region.csv) with the types seeds/_seeds.yml declares: what the models read of it. #}

{{ typed_seed('ref_region') }}
