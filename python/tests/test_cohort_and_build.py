"""read_cohort's types, and the offline build backend's reading of pyproject.toml."""

from __future__ import annotations

import io
import sys

import pandas as pd
import pytest

import dystonia
from conftest import REPOSITORY

sys.path.insert(0, str(REPOSITORY / "python" / "build_backend"))
import dystonia_build  # noqa: E402


def test_read_cohort_types_the_layout_columns(sample_cohort):
    assert str(sample_cohort["ageAtOnset"].dtype) == "Float64"
    assert str(sample_cohort["familyHistory"].dtype) == "boolean"
    assert str(sample_cohort["regions"].dtype) == "string"
    assert sample_cohort["gene"].isna().any() and sample_cohort["gene"].dropna().iloc[0] == "THAP1"


def test_read_cohort_keeps_na_as_text_and_empty_as_missing():
    cohort = dystonia.read_cohort(io.StringIO("id,ageAtOnset,regions,familyHistory\nNA,,neck,\nnull,3,trunk,TRUE\n"))
    assert list(cohort["id"]) == ["NA", "null"]
    assert cohort.loc[0, "ageAtOnset"] is pd.NA and cohort.loc[0, "familyHistory"] is pd.NA
    assert bool(cohort.loc[1, "familyHistory"]) is True


@pytest.mark.skipif(sys.version_info < (3, 11), reason="compares with tomllib")
def test_the_backends_reader_for_old_pythons_reads_pyproject_as_tomllib_does():
    text = (REPOSITORY / "python" / "pyproject.toml").read_text(encoding="utf-8")
    assert dystonia_build._read_project_subset(text) == dystonia_build._read_project(text)


def test_the_wheel_holds_the_package_and_its_metadata(tmp_path):
    import zipfile

    name = dystonia_build.build_wheel(str(tmp_path))
    with zipfile.ZipFile(tmp_path / name) as wheel:
        names = wheel.namelist()
        metadata = wheel.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "dystonia/__init__.py" in names and "dystonia/py.typed" in names
    assert "Name: dystonia-classification" in metadata and "Requires-Dist: pandas>=1.5" in metadata
