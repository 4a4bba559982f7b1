"""The package's column types against what the real tool writes: one truth, checked, not typed twice."""

from __future__ import annotations

import csv
import io
import subprocess

import pytest

import dystonia
from conftest import SAMPLES


def _header(tool, *options):
    output = subprocess.run(
        [*tool, "classify", str(SAMPLES / "cohort.csv"), "--format", "csv", "-q", *options],
        capture_output=True, check=True,
    ).stdout.decode("utf-8")
    return next(csv.reader(io.StringIO(output)))


@pytest.mark.parametrize("options", [(), ("--no-reasoning",)], ids=["reasoning", "no-reasoning"])
def test_every_column_the_tool_writes_has_a_type(tool, options):
    untyped = [column for column in _header(tool, *options) if column not in dystonia.RESULT_COLUMNS]
    assert untyped == [], f"the tool writes columns dystonia.RESULT_COLUMNS does not type: {untyped}"


def test_every_typed_column_is_still_written_by_the_tool(tool):
    written = set(_header(tool)) | set(_header(tool, "--no-reasoning"))
    assert [column for column in dystonia.RESULT_COLUMNS if column not in written] == []


@pytest.mark.parametrize("options", [(), ("--no-reasoning",)], ids=["reasoning", "no-reasoning"])
def test_the_result_has_the_tools_columns_in_the_tools_order(tool, sample_cohort, options):
    results = dystonia.classify(sample_cohort, tool=tool, reasoning=not options)
    assert list(results.columns) == _header(tool, *options)


def test_label_categories_are_the_result_schemas_values_in_its_order(tool, sample_cohort):
    results = dystonia.classify(sample_cohort, tool=tool, reasoning=False)
    assert list(results["distribution"].cat.categories) == [
        "focal", "segmental", "multifocal", "hemidystonia", "generalized"]
    assert list(results["status"].cat.categories) == ["classified", "invalid"]
    assert list(results["etiologyCertainty"].cat.categories) == ["established", "provisional"]
