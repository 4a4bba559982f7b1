"""How each column of the tool's CSV result (`dystonia classify --format csv`) is typed in pandas.

The column names and their order come from the tool's output; the label values come from the tool's result schema
(`dystonia schema --result`). tests/test_columns.py runs the real tool and fails when it emits a column missing here,
or when a column here is no longer emitted.
"""

from __future__ import annotations

import functools
import json
import subprocess
from types import MappingProxyType
from typing import Mapping

import pandas as pd

from ._tool import DystoniaError, tool_error

LABEL = "label"  # a categorical whose categories are the label's values in the result schema

RESULT_COLUMNS: Mapping[str, str] = MappingProxyType(
    {
        "line": "Int64",  # the line of the CSV the package wrote; rows keep the input's index instead
        "id": "string",
        "status": LABEL,
        "distribution": LABEL,
        "legInvolvement": "boolean",
        "ageAtOnsetGroup": LABEL,
        "course": LABEL,
        "variability": "string",  # a set of patterns, `;`-separated
        "associatedFeatures": LABEL,
        "nervousSystemPathology": LABEL,
        "heritability": LABEL,
        "etiology": LABEL,
        "etiologyCertainty": LABEL,
        "legacyCategory": LABEL,
        "suggestedWorkup": "string",  # rule ids, `;`-separated
        "missingFindings": "string",  # field paths, `;`-separated
        "errors": "string",
        "ruleSet": "string",
        "reasoning": "string",  # with reasoning
        "decidedBy": "string",  # without reasoning
    }
)


@functools.lru_cache(maxsize=8)
def label_categories(command: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """The values of each label column, in the result schema's order, read once per tool command."""
    run = subprocess.run([*command, "schema", "--result"], capture_output=True)
    if run.returncode != 0:
        raise tool_error(run.returncode, run.stderr.decode("utf-8", "replace"), [*command, "schema", "--result"])
    definitions = json.loads(run.stdout)["$defs"]
    categories: dict[str, tuple[str, ...]] = {
        "status": (definitions["classified"]["properties"]["status"]["const"],
                   definitions["invalid"]["properties"]["status"]["const"]),
    }
    properties = definitions["classified"]["properties"]
    for column, kind in RESULT_COLUMNS.items():
        if kind != LABEL or column in categories:
            continue
        if column not in properties or "enum" not in properties[column]:
            raise DystoniaError(f"The tool's result schema lists no values for the label column {column!r}.")
        categories[column] = tuple(value for value in properties[column]["enum"] if value is not None)
    return MappingProxyType(categories)


def read_dtypes() -> dict[str, str]:
    """The dtypes pandas reads the result with; labels are read as text first and checked as they become categorical."""
    return {column: "string" if kind == LABEL else kind for column, kind in RESULT_COLUMNS.items()}


def to_labels(frame: pd.DataFrame, categories: Mapping[str, tuple[str, ...]], as_categories: bool) -> pd.DataFrame:
    """Checks every label against the schema's values (a categorical would silently make an unknown one missing) and,
    with ``as_categories``, makes the label columns categoricals whose categories are those values, as text."""
    for column, values in categories.items():
        if column not in frame.columns:
            continue
        text = frame[column]
        labels = text.astype(pd.CategoricalDtype(pd.Index(list(values), dtype="string")))
        unknown = text.notna() & labels.isna()
        if unknown.any():
            raise DystoniaError(
                f"The tool wrote {column} values its result schema does not list: "
                f"{sorted(set(text[unknown]))[:5]}."
            )
        if as_categories:
            frame[column] = labels
    return frame
