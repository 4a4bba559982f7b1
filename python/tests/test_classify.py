"""What a user of dystonia.classify notices: dtypes, missing values, labels, invalid rows, errors, options, size."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import warnings

import pandas as pd
import pytest

import dystonia
from conftest import REPOSITORY, SAMPLES

LABELS = ["status", "distribution", "ageAtOnsetGroup", "course", "associatedFeatures", "nervousSystemPathology",
          "heritability", "etiology", "etiologyCertainty", "legacyCategory"]


def test_the_three_line_example_classifies_the_sample_cohort(tool, monkeypatch):
    monkeypatch.setenv("DYSTONIA_TOOL", " ".join(tool))
    monkeypatch.chdir(REPOSITORY)
    example = (
        "import pandas as pd, dystonia\n"
        "cohort = pd.read_csv('samples/cohort.csv')\n"
        "results = dystonia.classify(cohort)\n"
        "print(pd.crosstab(results['distribution'], results['etiology']).loc['focal', 'primary'])\n"
    )
    run = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "7"


@pytest.mark.parametrize("column, dtype", [
    ("line", "Int64"), ("id", "string"), ("legInvolvement", "boolean"), ("variability", "string"),
    ("suggestedWorkup", "string"), ("missingFindings", "string"), ("errors", "string"), ("ruleSet", "string"),
    ("reasoning", "string"), *((label, "category") for label in LABELS),
])
def test_result_columns_are_typed(tool, sample_cohort, column, dtype):
    results = dystonia.classify(sample_cohort, tool=tool)
    assert str(results[column].dtype) == dtype


def test_no_column_holds_a_float_nan(tool, sample_cohort):
    results = dystonia.classify(sample_cohort, tool=tool)
    assert [column for column in results.columns if results[column].dtype.kind == "f"] == []
    legs = results["legInvolvement"]
    assert legs[results["distribution"] != "generalized"].isna().all()
    assert legs[results["distribution"] == "generalized"].notna().all()
    assert legs.iloc[0] is pd.NA
    assert results["errors"].iloc[0] is pd.NA


def test_labels_can_be_text_with_pd_na_for_a_missing_label(tool, sample_cohort):
    categorical = dystonia.classify(sample_cohort, tool=tool)
    text = dystonia.classify(sample_cohort, tool=tool, labels="string")
    missing = categorical["etiologyCertainty"].isna()
    assert missing.sum() == 4  # the undetermined etiologies
    assert str(text["etiologyCertainty"].dtype) == "string"
    assert all(value is pd.NA for value in text.loc[missing, "etiologyCertainty"])
    pd.testing.assert_frame_equal(categorical[LABELS].astype("string"), text[LABELS])


def test_labels_of_the_sample_patients_are_the_tools_json_lines_labels(tool, sample_cohort):
    results = dystonia.classify(sample_cohort, tool=tool, reasoning=False).set_index("id")
    lines = subprocess.run([*tool, "classify", str(SAMPLES / "cohort.jsonl"), "--no-reasoning", "-q"],
                           capture_output=True, check=True, text=True).stdout.splitlines()
    assert len(lines) == len(results) == 36
    for record in map(json.loads, lines):
        row = results.loc[record["id"]]
        for label in LABELS + ["legInvolvement"]:
            expected = record.get(label)
            actual = row[label]
            assert (None if pd.isna(actual) else actual) == expected, (record["id"], label)
        assert _text(row["variability"]) == ";".join(record["variability"])
        assert _text(row["suggestedWorkup"]) == ";".join(step["ruleId"] for step in record["suggestedWorkup"])
        assert _text(row["missingFindings"]) == ";".join(finding["field"] for finding in record["missingFindings"])


def _text(value):
    return "" if value is pd.NA else value


@pytest.mark.parametrize("patient, distribution, etiology, legs", [
    ("c-001", "focal", "primary", pd.NA),
    ("c-019", "hemidystonia", "secondary", pd.NA),
])
def test_known_sample_patients(tool, sample_cohort, patient, distribution, etiology, legs):
    results = dystonia.classify(sample_cohort, tool=tool).set_index("id")
    assert (results.loc[patient, "distribution"], results.loc[patient, "etiology"]) == (distribution, etiology)
    assert results.loc[patient, "legInvolvement"] is legs


def test_results_keep_the_input_index_and_join_back(tool, sample_cohort):
    shuffled = sample_cohort.sample(frac=1, random_state=7).set_index("id", drop=False)
    results = dystonia.classify(shuffled, tool=tool, reasoning=False)
    assert list(results.index) == list(shuffled.index)
    assert (results["id"] == shuffled["id"]).all()
    joined = shuffled.join(results[["distribution"]])
    assert joined.loc["c-019", "distribution"] == "hemidystonia"


def test_invalid_records_come_back_as_rows_with_their_errors(tool):
    cohort = pd.DataFrame({
        "id": ["ok", "no-regions", "too-old"],
        "ageAtOnset": [30.0, 12.0, 200.0],
        "regions": ["neck", None, "neck"],
    })
    results = dystonia.classify(cohort, tool=tool)
    assert list(results["status"]) == ["classified", "invalid", "invalid"]
    assert "RegionsRequired" in results.loc[1, "errors"]
    assert "AgeOutOfRange" in results.loc[2, "errors"]
    assert results.loc[1:, "distribution"].isna().all()
    assert results.loc[0, "distribution"] == "focal"
    assert results.loc[0, "errors"] is pd.NA


def test_typed_input_with_missing_values_reads_as_plain_text_does(tool):
    typed = pd.DataFrame({
        "id": pd.array(["a", "b"], dtype="string"),
        "ageAtOnset": pd.array([7.5, None], dtype="Float64"),
        "regions": ["neck;trunk", "upperLimb:left"],
        "familyHistory": pd.array([True, None], dtype="boolean"),
    })
    text = pd.DataFrame({"id": ["a", "b"], "ageAtOnset": ["7.5", ""], "regions": ["neck;trunk", "upperLimb:left"],
                         "familyHistory": ["true", ""]})
    pd.testing.assert_frame_equal(dystonia.classify(typed, tool=tool), dystonia.classify(text, tool=tool))
    assert dystonia.classify(typed, tool=tool).loc[0, "ageAtOnsetGroup"] == "childhood"


def test_an_empty_cohort_gives_an_empty_typed_result(tool, sample_cohort):
    results = dystonia.classify(sample_cohort.iloc[0:0], tool=tool)
    assert len(results) == 0
    assert str(results["legInvolvement"].dtype) == "boolean"


def _tool_csv(tool, *options):
    output = subprocess.run([*tool, "classify", str(SAMPLES / "cohort.csv"), "--format", "csv", "-q", *options],
                            capture_output=True, check=True).stdout
    import io
    return pd.read_csv(io.BytesIO(output), dtype=str, keep_default_na=False)


@pytest.mark.parametrize("options, flags, changed", [
    ({"three_or_more_contiguous": "multifocal"}, ["--three-or-more-contiguous", "multifocal"], 2),
    ({"hemidystonia_requires_face": True}, ["--hemidystonia-requires-face"], 3),
    ({"age_forty_late": True}, ["--age-forty-late"], 1),
    ({"cranial_contiguity": "anatomicalchain"}, ["--cranial-contiguity", "anatomicalchain"], 0),
])
def test_classification_options_reach_the_tool(tool, sample_cohort, options, flags, changed):
    default = dystonia.classify(sample_cohort, tool=tool, reasoning=False)
    varied = dystonia.classify(sample_cohort, tool=tool, reasoning=False, **options)
    expected = _tool_csv(tool, "--no-reasoning", *flags)
    for label in LABELS:
        assert list(varied[label].astype("string").fillna("")) == list(expected[label]), label
    differs = (default[LABELS].astype("string").fillna("") != varied[LABELS].astype("string").fillna("")).any(axis=1)
    assert differs.sum() == changed  # as docs/batch-tool.md says for the sample cohort


def test_without_reasoning_the_rule_of_each_axis_replaces_the_reasoning(tool, sample_cohort):
    results = dystonia.classify(sample_cohort, tool=tool, reasoning=False)
    assert "reasoning" not in results.columns
    assert results.loc[0, "decidedBy"].startswith("distribution:DIST-FOCAL;")


def test_language_changes_the_reasoning_not_the_labels(tool, sample_cohort):
    english = dystonia.classify(sample_cohort, tool=tool)
    latvian = dystonia.classify(sample_cohort, tool=tool, language="lv")
    pd.testing.assert_frame_equal(english[LABELS], latvian[LABELS])
    assert (english["reasoning"] != latvian["reasoning"]).all()
    assert latvian.loc[0, "reasoning"].startswith("DIST-FOCAL: ")


def test_a_redcap_export_is_read_with_its_mapping_file(tool):
    export = pd.read_csv(SAMPLES / "redcap" / "export-raw.csv", dtype=str, keep_default_na=False)
    results = dystonia.classify(export, tool=tool, map_file=SAMPLES / "redcap" / "map.json", reasoning=False)
    assert list(results["distribution"]) == ["focal", "generalized", "focal", "segmental", "hemidystonia", "segmental"]


def test_columns_outside_the_layout_stop_the_run_unless_ignored(tool, sample_cohort):
    with_site = sample_cohort.assign(site="Riga")
    with pytest.raises(dystonia.InputError) as raised:
        dystonia.classify(with_site, tool=tool)
    assert raised.value.exit_code == 3
    assert "--keep-columns" in raised.value.stderr
    assert "--keep-columns" in str(raised.value)
    ignored = dystonia.classify(with_site, tool=tool, ignore_extra_columns=True)
    pd.testing.assert_frame_equal(ignored, dystonia.classify(sample_cohort, tool=tool))


def test_an_option_value_the_tool_does_not_know_raises_a_usage_error(tool, sample_cohort):
    with pytest.raises(dystonia.UsageError) as raised:
        dystonia.classify(sample_cohort, tool=tool, language="de")
    assert raised.value.exit_code == 2
    assert raised.value.stderr.strip() != ""


def _fake_tool(tmp_path, tool, exit_code):
    """A tool that answers `schema` as the real one does, then fails a run with the given exit code."""
    script = tmp_path / "dystonia"
    script.write_text(
        "#!/bin/sh\n"
        f'if [ "$1" = schema ]; then exec {" ".join(tool)} "$@"; fi\n'
        "cat > /dev/null\n"
        f"echo 'dystonia: what went wrong' >&2\nexit {exit_code}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return [str(script)]


@pytest.mark.skipif(sys.platform == "win32", reason="the fake tool is a shell script")
@pytest.mark.parametrize("exit_code, error", [
    (2, dystonia.UsageError), (3, dystonia.InputError), (4, dystonia.OutputError),
    (5, dystonia.InternalToolError), (130, dystonia.ToolInterrupted), (9, dystonia.ToolError),
])
def test_each_failing_exit_code_raises_its_error_with_the_tools_message(tmp_path, tool, sample_cohort, exit_code,
                                                                        error):
    with pytest.raises(error) as raised:
        dystonia.classify(sample_cohort, tool=_fake_tool(tmp_path, tool, exit_code))
    assert raised.value.exit_code == exit_code
    assert raised.value.stderr.strip() == "dystonia: what went wrong"
    assert "what went wrong" in str(raised.value)


def test_what_the_tool_warns_about_becomes_a_python_warning(tool, sample_cohort):
    twice = pd.concat([sample_cohort, sample_cohort.iloc[:3]], ignore_index=True)
    with pytest.warns(dystonia.DystoniaWarning, match="3 records repeat the id"):
        dystonia.classify(twice, tool=tool)


def test_a_completed_run_without_remarks_warns_nothing(tool, sample_cohort):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        dystonia.classify(sample_cohort, tool=tool)


def test_a_large_cohort_streams_through_without_deadlock(tool, sample_cohort):
    # 50,000 rows in, about 90 MB of reasoning out: far more than a pipe holds in either direction.
    copies = -(-50_000 // len(sample_cohort))
    cohort = pd.concat([sample_cohort] * copies, ignore_index=True).iloc[:50_000]
    cohort["id"] = [f"p-{i}" for i in range(len(cohort))]
    outcome = {}
    worker = threading.Thread(target=lambda: outcome.update(results=dystonia.classify(cohort, tool=tool)), daemon=True)
    worker.start()
    worker.join(timeout=600)
    assert not worker.is_alive(), "classify did not finish within 10 minutes"
    results = outcome["results"]
    assert len(results) == 50_000
    assert list(results["id"]) == list(cohort["id"])
    single = dystonia.classify(sample_cohort, tool=tool)["distribution"]
    assert list(results["distribution"].iloc[:36]) == list(single)
    assert (results["status"] == "classified").all()


def test_not_a_dataframe_is_refused(tool):
    with pytest.raises(TypeError):
        dystonia.classify([{"regions": "neck"}], tool=tool)
