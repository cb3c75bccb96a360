"""The dbt unit tests (models/*/_*.yml `unit_tests:`): the models' SQL on fixed inputs.

A production build leaves them out (budgetwh.build.refresh_models: they test the SQL, not the
warehouse); here they run against the warehouse built from the samples, whose relations give
dbt the column types of each model's inputs.
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

UNIT_TESTS = {  # every unit test of the project: a new one is listed here, or this test fails
    "chosen_line_groups_by_fact_and_keeps_agreement",
    "chosen_metric_prefers_table_then_earliest_line",
    "harmonised_name_is_latest_valid_name",
    "code_names_take_the_latest_valid_name",
    "compared_lines_prefer_general_budget_and_drop_a_class_named_wrong",
    "function_comparison_shares_divide_by_the_level_one_lines",
    "revenue_sources_include_the_special_account",
}


def test_every_dbt_unit_test_passes(built_warehouse):
    from budgetwh.build import dbt_artefacts, run_dbt

    run_dbt(["test", "--select", "test_type:unit"], built_warehouse)
    results = json.loads((dbt_artefacts(built_warehouse) / "target" / "run_results.json").read_text())
    outcomes = {result["unique_id"].rsplit(".", 1)[-1]: result["status"] for result in results["results"]
                if result["unique_id"].startswith("unit_test.")}
    assert outcomes == {name: "pass" for name in UNIT_TESTS}
