{# ref_economic_class (seeds/ref_economic_class.csv) with the types seeds/_seeds.yml declares: what the models read of it. #}

{{ typed_seed('ref_economic_class', {'valid_from': 'valid_from_year', 'valid_to': 'valid_to_year'}) }}
