"""Great Expectations suites guarding the pipeline: a failure here is a bug, not a finding.

Report contradictions (a sum that does not add up) are findings and live in
marts.mart_reconciliation; these suites check what must always hold whatever a report says:
codes match their pattern, amounts are finite, units are known, every fact has a source line,
every document has a year, mart keys are unique, shares lie in [0, 1].
Data Docs are written beside the warehouse, to `gx_docs/` in its folder (override with
BUDGET_GX_DOCS_DIR): each warehouse has its own. They open offline: the CSS and scripts GE
loads from CDNs are vendored (budgetwh/assets/vendor/, see budgetwh/checks/offline_docs.py).
"""

from __future__ import annotations

import logging
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import duckdb

from budgetwh.checks.offline_docs import make_data_docs_offline
from ingest.project_vars import accepted_fiscal_years

logging.getLogger("great_expectations").setLevel(logging.ERROR)
# Great Expectations imports pyspark when the `spark` extra is installed, and pyspark warns that
# it does not support pandas 3 yet: irrelevant here (GE runs on pandas, Spark is not used).
warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)


@dataclass(frozen=True)
class Suite:
    name: str
    sql: str
    expectations: list  # (expectation class name, kwargs)


def _suites() -> list[Suite]:
    first_year, last_year = accepted_fiscal_years()
    return [
        Suite("raw_documents", "select * from raw.documents", [
            ("ExpectColumnValuesToNotBeNull", {"column": "document_id"}),
            ("ExpectColumnValuesToBeUnique", {"column": "document_id"}),
            ("ExpectColumnValuesToBeBetween", {"column": "fiscal_year", "min_value": first_year, "max_value": last_year}),
            ("ExpectColumnValuesToBeInSet", {"column": "doc_kind",
                                             "value_set": ["final_accounts", "budget", "performance_evaluation"]}),
            ("ExpectColumnValuesToBeInSet", {"column": "amount_unit_reported", "value_set": ["万元", "元"]}),
            ("ExpectColumnValuesToMatchRegex", {"column": "admin_code", "regex": r"^\d{6}$"}),
        ]),
        # only a page that never says what it belongs to may lack a year (it holds counts only)
        Suite("raw_documents_of_a_known_kind", "select * from raw.documents where doc_kind is not null", [
            ("ExpectColumnValuesToNotBeNull", {"column": "fiscal_year"}),
        ]),
        Suite("raw_budget_lines", "select *, cast(amount_wan as double) as amount_double from raw.budget_lines", [
            ("ExpectColumnValuesToNotBeNull", {"column": "source_line"}),
            ("ExpectColumnValuesToBeBetween", {"column": "source_line", "min_value": 1}),
            ("ExpectColumnValuesToBeInSet", {"column": "classification", "value_set": ["function", "economic"]}),
            ("ExpectColumnValuesToMatchRegex", {"column": "code", "regex": r"^(?:\d{3}|\d{5}|\d{7})$"}),
            ("ExpectColumnValuesToBeInSet", {"column": "unit", "value_set": ["万元", "元"]}),
            ("ExpectColumnValuesToBeInSet", {"column": "measure",
                                             "value_set": ["actual", "budget_initial", "budget_adjusted",
                                                           "prior_year_budget", "prior_year_actual"]}),
            ("ExpectColumnValuesToBeInSet", {"column": "source_kind", "value_set": ["table", "narrative"]}),
            ("ExpectColumnValuesToBeBetween", {"column": "amount_double", "min_value": -1e12, "max_value": 1e12}),
        ]),
        Suite("raw_document_metrics", "select *, cast(value as double) as value_double from raw.document_metrics", [
            ("ExpectColumnValuesToNotBeNull", {"column": "source_line"}),
            ("ExpectColumnValuesToNotBeNull", {"column": "metric"}),
            ("ExpectColumnValuesToBeInSet", {"column": "measure",
                                             "value_set": ["actual", "budget", "budget_initial", "prior_year"]}),
            ("ExpectColumnValuesToBeInSet", {"column": "unit",
                                             "value_set": ["万元", "人", "辆", "件", "人次", "批次", "%", "分"]}),
            ("ExpectColumnValuesToBeBetween", {"column": "value_double", "min_value": -1e12, "max_value": 1e12}),
            ("ExpectColumnValuesToBeInSet", {"column": "printed_pct_kind", "value_set": ["share", "change", "rate"]}),
        ]),
        Suite("raw_disclosure_items", "select * from raw.disclosure_items", [
            ("ExpectColumnValuesToMatchRegex", {"column": "item", "regex": r"^(?:table_0[1-9]|section)_[a-z_]+$"}),
            ("ExpectCompoundColumnsToBeUnique", {"column_list": ["document_id", "item"]}),
        ]),
        Suite("raw_projects", "select * from raw.projects", [
            ("ExpectColumnValuesToNotBeNull", {"column": "project_name"}),
            ("ExpectColumnValuesToNotBeNull", {"column": "source_line"}),
        ]),
        Suite("raw_performance_indicators", "select * from raw.performance_indicators", [
            ("ExpectColumnValuesToNotBeNull", {"column": "indicator"}),
            ("ExpectColumnValuesToNotBeNull", {"column": "source_line"}),
            ("ExpectColumnValuesToBeInSet", {"column": "operator",
                                             "value_set": [">=", "<=", "=", ">", "<", "qualitative"]}),
        ]),
        Suite("marts_dim_document", "select * from marts.dim_document", [
            ("ExpectColumnValuesToBeUnique", {"column": "document_id"}),
            ("ExpectColumnValuesToBeBetween", {"column": "fiscal_year", "min_value": first_year, "max_value": last_year}),
        ]),
        Suite("marts_function_comparison",
              "select *, cast(share_of_department_total as double) as share_double from marts.mart_function_comparison", [
            ("ExpectColumnValuesToBeBetween", {"column": "share_double", "min_value": 0, "max_value": 1}),
            ("ExpectCompoundColumnsToBeUnique", {"column_list": ["document_id", "function_code"]}),
        ]),
        Suite("marts_department_scorecard",
              "select *, cast(basic_share as double) as basic_share_double from marts.mart_department_scorecard", [
            ("ExpectColumnValuesToBeUnique", {"column": "document_id"}),
            ("ExpectColumnValuesToBeBetween", {"column": "basic_share_double", "min_value": 0, "max_value": 1}),
        ]),
        Suite("marts_reconciliation", "select * from marts.mart_reconciliation", [
            ("ExpectCompoundColumnsToBeUnique", {"column_list": ["document_id", "check_name", "subject"]}),
            ("ExpectColumnValuesToNotBeNull", {"column": "passed"}),
        ]),
    ]


def docs_dir(db_path: Path) -> Path:
    configured = os.environ.get("BUDGET_GX_DOCS_DIR")
    return Path(configured).resolve() if configured else db_path.resolve().parent / "gx_docs"


def run_pipeline_expectations(db_path: Path) -> list[str]:
    """Run every suite on the warehouse; return one message per failed expectation."""
    import great_expectations as gx

    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    site = docs_dir(db_path)
    context.add_data_docs_site(site_name="budget_warehouse", site_config={
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site)},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    })
    source = context.data_sources.add_pandas(name="warehouse")
    connection = duckdb.connect(str(db_path), read_only=True)
    failures: list[str] = []
    try:
        for suite_spec in _suites():
            try:
                frame = connection.execute(suite_spec.sql).df()
            except duckdb.CatalogException:
                failures.append(f"{suite_spec.name}: table missing ({suite_spec.sql})")
                continue
            failures.extend(_run_suite(gx, context, source, suite_spec, frame))
    finally:
        connection.close()
    try:
        context.build_data_docs()
        make_data_docs_offline(site)  # GE's pages load their CSS and scripts from CDNs
    except Exception as error:  # docs are a convenience; never hide the check results behind them
        logging.getLogger(__name__).warning("Data Docs not written: %s", error)
    return failures


def _run_suite(gx, context, source, spec: Suite, frame) -> list[str]:
    from great_expectations.checkpoint import UpdateDataDocsAction

    asset = source.add_dataframe_asset(name=spec.name)
    batch_definition = asset.add_batch_definition_whole_dataframe(f"{spec.name}_all")
    suite = context.suites.add(gx.ExpectationSuite(name=spec.name))
    for class_name, kwargs in spec.expectations:
        suite.add_expectation(getattr(gx.expectations, class_name)(**kwargs))
    validation = context.validation_definitions.add(
        gx.ValidationDefinition(name=f"{spec.name}_validation", data=batch_definition, suite=suite))
    checkpoint = context.checkpoints.add(gx.Checkpoint(
        name=f"{spec.name}_checkpoint", validation_definitions=[validation],
        actions=[UpdateDataDocsAction(name="update_docs")]))
    result = checkpoint.run(batch_parameters={"dataframe": frame})
    failures = []
    for run_result in result.run_results.values():
        for expectation_result in run_result.results:
            if not expectation_result.success:
                config = expectation_result.expectation_config
                failures.append(f"{spec.name}: {config.type} {dict(config.kwargs)} "
                                f"(unexpected: {expectation_result.result.get('partial_unexpected_list', [])[:5]})")
    return failures
