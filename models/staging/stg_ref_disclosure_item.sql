{# ref_disclosure_item (seeds/ref_disclosure_item.csv) with the types seeds/_seeds.yml declares: what the models read of it. #}

{{ typed_seed('ref_disclosure_item') }}
