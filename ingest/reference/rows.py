"""A row of a classification seed (ref_function_class, ref_economic_class) as the resolvers hold it."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.reference.text import loose_key, match_key, relaxed_key


@dataclass(frozen=True)
class ClassificationRow:
    code: str
    level: int
    parent_code: str
    name: str
    valid_from: int
    valid_to: int
    source: str
    key: str  # the name's match keys (ingest.reference.text), computed once per row
    relaxed: str
    loose: str

    def valid_in(self, year: int) -> bool:
        return self.valid_from <= year <= self.valid_to

    @staticmethod
    def fields_of(raw: dict) -> dict:
        """The common fields of a seed row, typed, with the name's match keys."""
        return {"code": raw["code"], "level": int(raw["level"]), "parent_code": raw["parent_code"],
                "name": raw["name"], "valid_from": int(raw["valid_from"]), "valid_to": int(raw["valid_to"]),
                "source": raw["source"], "key": match_key(raw["name"]), "relaxed": relaxed_key(raw["name"]),
                "loose": loose_key(raw["name"])}
